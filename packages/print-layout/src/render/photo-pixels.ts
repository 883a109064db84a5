import { resamplePhoto, rotateClockwise } from './prepare-photo.js';

/** Resampled pixels of the photos being placed, made once per photo and orientation. */
export interface PhotoPixels {
  /** The photo's pixels at its box size, turned 90° clockwise when `rotated`. */
  get(item: number, rotated: boolean): Promise<Uint8Array>;
  /** Drops a photo's pixels once no later sheet needs them (keeps memory at about one sheet's worth). */
  release(item: number): void;
}

/** A cache of resampled photos for one layout. */
export function photoPixels(
  photos: readonly Uint8Array[],
  boxes: readonly { readonly boxWidthPx: number; readonly boxHeightPx: number }[],
): PhotoPixels {
  const cache = new Map<string, Uint8Array>();
  return {
    async get(item, rotated) {
      const hit = cache.get(`${item}:${rotated}`);
      if (hit) return hit;
      const { boxWidthPx: w, boxHeightPx: h } = boxes[item]!;
      let upright = cache.get(`${item}:false`);
      if (!upright) {
        upright = await resamplePhoto(photos[item]!, item, w, h);
        cache.set(`${item}:false`, upright);
      }
      if (!rotated) return upright;
      const turned = rotateClockwise(upright, w, h);
      cache.set(`${item}:true`, turned);
      return turned;
    },
    release(item) {
      cache.delete(`${item}:false`);
      cache.delete(`${item}:true`);
    },
  };
}
