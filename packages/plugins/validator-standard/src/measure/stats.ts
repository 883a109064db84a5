/** Value at quantile `q` (0–1) of `values` (nearest-rank; sorts a copy). NaN for an empty list. */
export function quantile(values: ArrayLike<number>, q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = Float64Array.from(values).sort();
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank]!;
}

/** Median of a 256-bin histogram (lower median). */
export function histogramMedian(histogram: ArrayLike<number>, total: number): number {
  let seen = 0;
  const half = total / 2;
  for (let v = 0; v < histogram.length; v++) {
    seen += histogram[v]!;
    if (seen >= half) return v;
  }
  return histogram.length - 1;
}
