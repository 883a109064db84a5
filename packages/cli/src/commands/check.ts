import type { CommandContext } from '../context.js';
import { cliErrors } from '../errors.js';
import { EXIT } from '../exit-codes.js';
import { formatReport } from '../format-report.js';
import { readInput } from '../io.js';

/** `idphoto check <image> --spec <id> [--background …] [--reference …] [--json]` */
export async function checkCommand(ctx: CommandContext): Promise<number> {
  const [input] = ctx.args;
  const spec = ctx.flags['spec'];
  if (!input || typeof spec !== 'string')
    throw cliErrors.create('CLI_USAGE', { message: 'usage: idphoto check <image> --spec <id>' });
  const image = await readInput(input, 'image');
  const reference =
    typeof ctx.flags['reference'] === 'string'
      ? await readInput(ctx.flags['reference'], 'reference')
      : undefined;
  const background = typeof ctx.flags['background'] === 'string' ? ctx.flags['background'] : undefined;
  const { report } = await ctx
    .app()
    .check({ image, spec, ...(background ? { background } : {}), ...(reference ? { reference } : {}) });
  if (ctx.flags['json'] === true) ctx.out(JSON.stringify(report, null, 2));
  else ctx.out(formatReport(report, ctx.lang));
  return report.pass ? EXIT.ok : EXIT.rulesFailed;
}
