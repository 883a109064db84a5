import type { CommandContext } from '../context.js';
import { cliErrors } from '../errors.js';
import { EXIT } from '../exit-codes.js';
import { formatReport } from '../format-report.js';
import { readInput, requireExtension, writeOutput } from '../io.js';

/** `idphoto make <image> --spec <id> -o out.jpg [--background …] [--reference …] [--retouch] [--json report.json]` */
export async function makeCommand(ctx: CommandContext): Promise<number> {
  const [input] = ctx.args;
  const spec = ctx.flags['spec'];
  const output = ctx.flags['output'];
  if (!input || typeof spec !== 'string' || typeof output !== 'string') {
    throw cliErrors.create('CLI_USAGE', { message: 'usage: idphoto make <image> --spec <id> -o <out.jpg>' });
  }
  const format = ctx.app().spec(spec).file.format;
  requireExtension(output, EXTENSIONS[format], `the spec encodes ${format === 'jpeg' ? 'JPEG' : 'PNG'}`);
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
  ctx.out(formatReport(result.report, ctx.lang));
  if (!result.photo) ctx.err('no photo was made: see face.count above');
  return result.report.pass ? EXIT.ok : EXIT.rulesFailed;
}

/** File extensions that match each encoded format. */
const EXTENSIONS = { jpeg: ['.jpg', '.jpeg'], png: ['.png'] } as const;
