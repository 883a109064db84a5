import { CAPTURE, FACE_ANALYZER, MATTING, primaryFace } from '@idphoto/sdk';
import type { CommandContext } from '../context.js';
import { cliErrors } from '../errors.js';
import { EXIT } from '../exit-codes.js';
import { readInput, requireExtension, writeOutput } from '../io.js';

/** `idphoto matte <image> -o alpha.png` — the subject's alpha at source resolution, as a greyscale PNG. */
export async function matteCommand(ctx: CommandContext): Promise<number> {
  const [input] = ctx.args;
  const output = ctx.flags['output'];
  if (!input || typeof output !== 'string')
    throw cliErrors.create('CLI_USAGE', { message: 'usage: idphoto matte <image> -o <alpha.png>' });
  requireExtension(output, ['.png'], 'the alpha matte is written as a greyscale PNG');
  const { resolver } = ctx.app();
  const { source } = await resolver.resolve(CAPTURE).load({ bytes: await readInput(input, 'image') });
  const { faces } = await resolver.resolve(FACE_ANALYZER).analyze({ image: source.image, embeddings: false });
  const main = primaryFace(faces);
  const matte = await resolver
    .resolve(MATTING)
    .matte({ image: source.image, ...(main.kind === 'none' ? {} : { face: main.face }) });
  const { width, height } = source.image;
  const full = new Uint8Array(width * height);
  const { region, alpha } = matte;
  for (let y = 0; y < alpha.height; y++)
    full.set(alpha.data.subarray(y * alpha.width, (y + 1) * alpha.width), (region.y + y) * width + region.x);
  const sharp = (await import('sharp')).default;
  // One band in, one band out: without `b-w` sharp writes the grey alpha as a 3-channel RGB PNG.
  const png = await sharp(full, { raw: { width, height, channels: 1 } })
    .toColourspace('b-w')
    .png()
    .toBuffer();
  await writeOutput(output, png, 'output');
  ctx.out(
    `${width}×${height} alpha written (${faces.length} face(s); subject ${matte.subjectBox.width}×${matte.subjectBox.height})`,
  );
  return EXIT.ok;
}
