/** A paper named by the trade, or a custom size in millimetres. */
export type PaperName = '5in' | '6in' | 'a4';

/** A paper size in millimetres, portrait (width ≤ height). */
export interface PaperSize {
  /** `5in`, `6in`, `a4`, or `custom`. */
  readonly id: PaperName | 'custom';
  readonly widthMm: number;
  readonly heightMm: number;
}

/**
 * The standard photo papers. Chinese photo labs name paper by its long side in inches (5寸, 6寸); the
 * sizes are the ones labs cut to, not the nominal inch sizes: 6寸 is 102×152 mm (4R; the US 4×6 in is
 * 101.6×152.4 mm), 5寸 is 89×127 mm (3R/3.5×5 in). A4 is ISO 216.
 */
export const PAPERS: Readonly<Record<PaperName, PaperSize>> = Object.freeze({
  '5in': Object.freeze({ id: '5in', widthMm: 89, heightMm: 127 }),
  '6in': Object.freeze({ id: '6in', widthMm: 102, heightMm: 152 }),
  a4: Object.freeze({ id: 'a4', widthMm: 210, heightMm: 297 }),
});

/** The size of a named or custom paper, normalised to portrait. */
export function resolvePaper(
  paper: PaperName | { readonly widthMm: number; readonly heightMm: number },
): PaperSize {
  if (typeof paper === 'string') return PAPERS[paper];
  return {
    id: 'custom',
    widthMm: Math.min(paper.widthMm, paper.heightMm),
    heightMm: Math.max(paper.widthMm, paper.heightMm),
  };
}
