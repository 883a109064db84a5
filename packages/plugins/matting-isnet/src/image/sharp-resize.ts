import type { Box } from '@idphoto/sdk';
import type { Sharp } from 'sharp';

type SharpFactory = (
  input: Uint8Array,
  options: { raw: { width: number; height: number; channels: 1 | 3 } },
) => Sharp;

let sharpPromise: Promise<SharpFactory> | undefined;

/** Loads sharp on first use, so importing the plugin stays cheap. */
function loadSharp(): Promise<SharpFactory> {
  sharpPromise ??= import('sharp').then((m) => m.default as unknown as SharpFactory);
  return sharpPromise;
}

/** Interleaved 8-bit pixels of a known size. */
export interface RawPixels {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
}

/**
 * Crops `box` (integer source pixels) out of raw pixels and resizes it to `width`×`height`
 * with libvips (exact size, no aspect-preserving crop: masks and tensors need `fit: 'fill'`).
 */
export async function cropResize(
  source: RawPixels,
  channels: 1 | 3,
  box: Box,
  width: number,
  height: number,
): Promise<Uint8Array> {
  const sharp = await loadSharp();
  let pipeline = sharp(source.data, { raw: { width: source.width, height: source.height, channels } });
  if (box.x !== 0 || box.y !== 0 || box.width !== source.width || box.height !== source.height) {
    pipeline = pipeline.extract({ left: box.x, top: box.y, width: box.width, height: box.height });
  }
  if (width !== box.width || height !== box.height) {
    pipeline = pipeline.resize(width, height, { fit: 'fill', kernel: 'linear' });
  }
  // libvips treats one band as black-and-white and sharp would emit sRGB: keep a single channel.
  if (channels === 1) pipeline = pipeline.extractChannel(0);
  const out = await pipeline.raw().toBuffer();
  return new Uint8Array(out.buffer, out.byteOffset, out.length);
}

/** Copies a box (integer pixels) out of interleaved pixels without resampling. */
export function cropPixels(source: RawPixels, channels: number, box: Box): Uint8Array {
  if (box.x === 0 && box.y === 0 && box.width === source.width && box.height === source.height) {
    return source.data;
  }
  const out = new Uint8Array(box.width * box.height * channels);
  const rowBytes = box.width * channels;
  for (let y = 0; y < box.height; y++) {
    const from = ((box.y + y) * source.width + box.x) * channels;
    out.set(source.data.subarray(from, from + rowBytes), y * rowBytes);
  }
  return out;
}
