import type { CommandContext } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { formatByteRange } from '../format-bytes.js';

/** `idphoto specs [--json]` — every registered spec with its numbers. */
export async function specsCommand(ctx: CommandContext): Promise<number> {
  const specs = ctx.app().specs();
  if (ctx.flags['json'] === true) {
    ctx.out(JSON.stringify(specs, null, 2));
    return EXIT.ok;
  }
  const zh = ctx.lang === 'zh';
  for (const spec of specs) {
    const size = formatByteRange(spec.file.bytes);
    ctx.out(
      `${spec.id.padEnd(28)} ${spec.canvas.width}×${spec.canvas.height} @${spec.canvas.dpi}dpi  ${size.padEnd(12)} ${spec.background.options.map((o) => o.id).join('/')}  ${zh ? spec.name.zh : spec.name.en}`,
    );
  }
  return EXIT.ok;
}
