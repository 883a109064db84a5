import type { FaceAnalyzeOutput, RgbImage } from '@idphoto/sdk';
import sharp from 'sharp';
import { analyze } from './analyzer.js';
import { decode, encodeJpeg, fixtureBytes } from './images.js';

/** A finished 480×640 photo made from a fixture, with its analysis. */
export interface RenderedFixture {
  readonly image: RgbImage;
  readonly bytes: Uint8Array;
  readonly analysis: FaceAnalyzeOutput;
}

/**
 * Crops a fixture the way a CHSI render would (face 220 px wide, eye line 250 px from the top,
 * centred), resizes to 480×640 and encodes JPEG q75 at 300 dpi; `edit` may alter the 480×640
 * pixels before encoding. The result is re-analysed, as the validator sees a finished photo.
 */
export async function renderLike(
  name: string,
  edit?: (image: RgbImage) => Promise<RgbImage> | RgbImage,
): Promise<RenderedFixture> {
  const sourceBytes = await fixtureBytes(name);
  const source = await decode(sourceBytes);
  const face = (await analyze(source)).faces[0];
  if (!face) throw new Error(`No face in fixture ${name}`);
  const k = 220 / face.faceWidth;
  const cw = Math.round(480 / k);
  const ch = Math.round(640 / k);
  const cx = (face.eyes.left.x + face.eyes.right.x) / 2;
  const ey = (face.eyes.left.y + face.eyes.right.y) / 2;
  const left = Math.max(0, Math.min(source.width - cw, Math.round(cx - cw / 2)));
  const top = Math.max(0, Math.min(source.height - ch, Math.round(ey - 250 / k)));
  const region = {
    left,
    top,
    width: Math.min(cw, source.width - left),
    height: Math.min(ch, source.height - top),
  };
  const raw = await sharp(source.data, { raw: { width: source.width, height: source.height, channels: 3 } })
    .extract(region)
    .resize(480, 640, { fit: 'fill' })
    .png()
    .toBuffer();
  let image = await decode(new Uint8Array(raw));
  if (edit) image = await edit(image);
  const bytes = await encodeJpeg(image, { quality: 75, dpi: 300 });
  const finished = await decode(bytes);
  return { image: finished, bytes, analysis: await analyze(finished) };
}
