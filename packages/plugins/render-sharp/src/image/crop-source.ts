import type { Rgb, RgbImage } from '@idphoto/sdk';
import { loadSharp } from './load-sharp.js';
import type { SourceWindow } from './source-window.js';

/**
 * Resamples the window's source pixels (Lanczos-3, with sharp) onto an output canvas. Output
 * pixels the source does not cover are set to `fill`; they are never stretched from the edge.
 * Only the window is read, so a 12 MP source costs one extract and one resize.
 */
export async function cropSource(
  source: RgbImage,
  window: SourceWindow,
  outWidth: number,
  outHeight: number,
  fill: Rgb,
): Promise<RgbImage> {
  const sharp = await loadSharp();
  const { covered, place } = window;
  const { data } = await sharp(source.data, {
    raw: { width: source.width, height: source.height, channels: 3 },
  })
    .extract({
      left: window.source.x,
      top: window.source.y,
      width: window.source.width,
      height: window.source.height,
    })
    .resize(window.resized.width, window.resized.height, { fit: 'fill', kernel: 'lanczos3' })
    .extract({
      left: covered.x - place.x,
      top: covered.y - place.y,
      width: covered.width,
      height: covered.height,
    })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const out = new Uint8Array(outWidth * outHeight * 3);
  for (let i = 0; i < outWidth * outHeight; i++) {
    out[3 * i] = fill.r;
    out[3 * i + 1] = fill.g;
    out[3 * i + 2] = fill.b;
  }
  const rowBytes = covered.width * 3;
  for (let y = 0; y < covered.height; y++) {
    const from = y * rowBytes;
    out.set(data.subarray(from, from + rowBytes), ((covered.y + y) * outWidth + covered.x) * 3);
  }
  return { width: outWidth, height: outHeight, channels: 3, data: out };
}
