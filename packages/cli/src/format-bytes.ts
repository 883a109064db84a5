/** Bytes per KB/MB, as Windows and the upload portals count them (the validator's `file.size` too). */
const KB = 1024;
const MB = 1024 * 1024;

/** `n` with at most one decimal and no trailing `.0`. */
const num = (n: number): string => String(Math.round(n * 10) / 10);

/** The unit a byte count reads best in: MB from 1 MB, else KB. */
function unitOf(bytes: number): { name: string; size: number } {
  return bytes >= MB ? { name: 'MB', size: MB } : { name: 'KB', size: KB };
}

/**
 * A byte range as people read it: `20–40 KB`, `≤ 40 KB`, `≥ 14 KB`, `≤ 1 MB`, `50 KB–10 MB`. Each
 * bound is in KB, or MB from 1 MB; no bounds → `any size`.
 *
 * @example
 * ```ts
 * formatByteRange({ min: 20_480, max: 40_960 }); // '20–40 KB'
 * formatByteRange({ max: 1_048_576 }); // '≤ 1 MB'
 * ```
 */
export function formatByteRange(range: { readonly min?: number; readonly max?: number }): string {
  const { min, max } = range;
  const text = (bytes: number): { value: string; unit: string } => {
    const u = unitOf(bytes);
    return { value: num(bytes / u.size), unit: u.name };
  };
  if (min !== undefined && max !== undefined) {
    const a = text(min);
    const b = text(max);
    return a.unit === b.unit
      ? `${a.value}–${b.value} ${b.unit}`
      : `${a.value} ${a.unit}–${b.value} ${b.unit}`;
  }
  if (max !== undefined) return `≤ ${text(max).value} ${text(max).unit}`;
  if (min !== undefined) return `≥ ${text(min).value} ${text(min).unit}`;
  return 'any size';
}
