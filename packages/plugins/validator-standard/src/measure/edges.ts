import type { RuleContext } from '@idphoto/sdk';
import { lumaAt } from './luma.js';
import { imageMatte } from './matte.js';

/** A dark band found along an edge of the photo. */
export interface DarkEdge {
  readonly edge: 'top' | 'left' | 'right' | 'bottom';
  /** Consecutive dark lines from the edge inwards. */
  readonly thickness: number;
}

/**
 * Finds dark bands (scanner or crop borders, 黑边) along the top and side edges: an edge line
 * counts as dark when at least `share` of its non-subject pixels are darker than `maxLuma`
 * (absolute) and than `bgLuma − minDrop`. Side edges are checked above `sideLimit` only (below,
 * shoulders and clothing may legitimately reach them); the bottom is never checked (clothing).
 */
export function darkEdges(
  ctx: RuleContext,
  bgLuma: number,
  sideLimit: number,
  options: { readonly minDrop: number; readonly share: number },
): DarkEdge[] {
  const { width: w, height: h } = ctx.subject.image;
  const data = ctx.subject.image.data;
  const matte = imageMatte(ctx);
  const threshold = bgLuma - options.minDrop;
  const maxDepth = Math.max(2, Math.round(Math.min(w, h) * 0.05));
  const lineDark = (indices: (k: number) => number, n: number): boolean => {
    let counted = 0;
    let dark = 0;
    for (let k = 0; k < n; k++) {
      const i = indices(k);
      if (matte && matte.alphaAt(i % w, Math.floor(i / w)) >= 128) continue;
      counted++;
      if (lumaAt(data, i) < threshold) dark++;
    }
    return counted >= n * 0.3 && dark >= counted * options.share;
  };
  const rows = Math.max(1, Math.min(h, Math.round(sideLimit)));
  const measure = (line: (depth: number) => boolean): number => {
    let t = 0;
    while (t < maxDepth && line(t)) t++;
    return t;
  };
  const found: DarkEdge[] = [];
  const top = measure((d) => lineDark((k) => d * w + k, w));
  if (top > 0) found.push({ edge: 'top', thickness: top });
  const left = measure((d) => lineDark((k) => k * w + d, rows));
  if (left > 0) found.push({ edge: 'left', thickness: left });
  const right = measure((d) => lineDark((k) => k * w + (w - 1 - d), rows));
  if (right > 0) found.push({ edge: 'right', thickness: right });
  return found;
}
