import sharp from 'sharp';

/** Decoded 8-bit RGB. */
export interface Rgb {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
}

/** Decodes any image to packed 8-bit RGB. */
export async function decode(bytes: Uint8Array): Promise<Rgb> {
  const { data, info } = await sharp(bytes, { limitInputPixels: false })
    .removeAlpha()
    .toColourspace('srgb')
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data: new Uint8Array(data) };
}

/** A `w × h` window of an image. */
export function crop(image: Rgb, x: number, y: number, w: number, h: number): Rgb {
  const data = new Uint8Array(w * h * 3);
  for (let row = 0; row < h; row++) {
    const from = ((y + row) * image.width + x) * 3;
    data.set(image.data.subarray(from, from + w * 3), row * w * 3);
  }
  return { width: w, height: h, data };
}

/** Mean absolute difference per channel value between two images of the same size. */
export function meanAbsDiff(a: Rgb, b: Rgb): number {
  if (a.width !== b.width || a.height !== b.height) throw new Error('size mismatch');
  let sum = 0;
  for (let i = 0; i < a.data.length; i++) sum += Math.abs(a.data[i]! - b.data[i]!);
  return sum / a.data.length;
}

/** The RGB of one pixel. */
export function pixel(image: Rgb, x: number, y: number): [number, number, number] {
  const i = (y * image.width + x) * 3;
  return [image.data[i]!, image.data[i + 1]!, image.data[i + 2]!];
}

/** Resamples with sharp the way a print lab would: Lanczos-3, cover, centred. */
export async function resampled(bytes: Uint8Array, w: number, h: number): Promise<Rgb> {
  const out = await sharp(bytes).resize(w, h, { fit: 'cover', kernel: 'lanczos3' }).png().toBuffer();
  return decode(new Uint8Array(out));
}
