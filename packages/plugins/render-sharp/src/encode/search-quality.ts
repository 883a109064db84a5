import type { Range } from '@idphoto/sdk';

/** Result of {@link searchQuality}. */
export interface QualitySearchResult {
  readonly bytes: Uint8Array;
  readonly quality: number;
  /** `inside` the byte range, or the nearest legal file when none fits. */
  readonly fit: 'inside' | 'too-big' | 'too-small';
  /** Encodes performed. */
  readonly attempts: number;
}

/**
 * Finds the highest JPEG quality in `[floor, 100]` whose file fits `bytes.max`, by binary search
 * (file size grows with quality). When even `floor` is too big, returns the `floor` file (the
 * smallest legal one); when even 100 is below `bytes.min`, returns the 100 file (the largest) —
 * bytes are never padded. Either way `fit` says so and the caller reports it.
 */
export async function searchQuality(
  encode: (quality: number) => Promise<Uint8Array>,
  floor: number,
  bytes: Range,
): Promise<QualitySearchResult> {
  const cache = new Map<number, Uint8Array>();
  const at = async (q: number): Promise<Uint8Array> => {
    let b = cache.get(q);
    if (!b) {
      b = await encode(q);
      cache.set(q, b);
    }
    return b;
  };
  const lowest = Math.max(1, Math.min(100, Math.round(floor)));
  const fitsMax = (b: Uint8Array): boolean => bytes.max === undefined || b.length <= bytes.max;
  const result = (quality: number, b: Uint8Array): QualitySearchResult => ({
    bytes: b,
    quality,
    fit: !fitsMax(b) ? 'too-big' : bytes.min !== undefined && b.length < bytes.min ? 'too-small' : 'inside',
    attempts: cache.size,
  });
  const best = await at(100);
  if (fitsMax(best)) return result(100, best);
  const smallest = await at(lowest);
  if (!fitsMax(smallest)) return result(lowest, smallest);
  // Invariant: `lo` fits, `hi` does not.
  let lo = lowest;
  let hi = 100;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (fitsMax(await at(mid))) lo = mid;
    else hi = mid;
  }
  return result(lo, (await at(lo))!);
}
