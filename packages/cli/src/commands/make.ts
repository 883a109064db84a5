import type { CommandContext } from '../context.js';
import { cliErrors } from '../errors.js';
import { EXIT } from '../exit-codes.js';
import { detectLang, formatReport } from '../format-report.js';
import { readInput, writeOutput } from '../io.js';

/** `idphoto make <image> --spec <id> -o out.jpg [--background …] [--reference …] [--retouch] [--json report.json]` */
export async function makeCommand(ctx: CommandContext): Promise<number> {
  const [input] = ctx.args;
  const spec = ctx.flags['spec'];
  const output = ctx.flags['output'];
  if (!input || typeof spec !== 'string' || typeof output !== 'string') {
    throw cliErrors.create('CLI_USAGE', { message: 'usage: idphoto make <image> --spec <id> -o <out.jpg>' });
  }
  const image = await readInput(input, 'image');
  const reference =
    typeof ctx.flags['reference'] === 'string'
      ? await readInput(ctx.flags['reference'], 'reference')
      : undefined;
  const background = typeof ctx.flags['background'] === 'string' ? ctx.flags['background'] : undefined;
  const result = await ctx.app().make({
    image,
    spec,
    ...(background ? { background } : {}),
    ...(reference ? { reference } : {}),
    retouch: ctx.flags['retouch'] === true,
  });
  if (result.photo) await writeOutput(output, result.photo.bytes, 'output');
  if (typeof ctx.flags['json'] === 'string') {
    await writeOutput(ctx.flags['json'], `${JSON.stringify(result.report, null, 2)}\n`, 'json');
  }
  ctx.out(formatReport(result.report, detectLang(asString(ctx.flags['lang']))));
  if (!result.photo) ctx.err('no photo was made: see face.count above');
  return result.report.pass ? EXIT.ok : EXIT.rulesFailed;
}

function asString(value: string | boolean | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
