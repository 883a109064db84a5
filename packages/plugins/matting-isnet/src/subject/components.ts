/** Statistics of one connected component. */
export interface Component {
  /** Label in {@link Components.labels} (1-based). */
  readonly label: number;
  readonly area: number;
  /** Centroid, pixels. */
  readonly cx: number;
  readonly cy: number;
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
}

/** The 8-connected components of a binary mask. */
export interface Components {
  /** 0 = outside the mask, otherwise the component's label. */
  readonly labels: Int32Array;
  readonly components: readonly Component[];
}

/** Labels the 8-connected components of `mask` (non-zero = inside) with an explicit-stack flood fill. */
export function labelComponents(mask: Uint8Array, width: number, height: number): Components {
  const labels = new Int32Array(width * height);
  const components: Component[] = [];
  const stack = new Int32Array(width * height);
  for (let start = 0; start < mask.length; start++) {
    if (!mask[start] || labels[start]) continue;
    const label = components.length + 1;
    let top = 0;
    stack[top++] = start;
    labels[start] = label;
    let area = 0;
    let sx = 0;
    let sy = 0;
    let minX = width;
    let minY = height;
    let maxX = 0;
    let maxY = 0;
    while (top > 0) {
      const i = stack[--top]!;
      const x = i % width;
      const y = (i - x) / width;
      area++;
      sx += x;
      sy += y;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
      for (let dy = -1; dy <= 1; dy++) {
        const ny = y + dy;
        if (ny < 0 || ny >= height) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const nx = x + dx;
          if (nx < 0 || nx >= width) continue;
          const j = ny * width + nx;
          if (mask[j] && !labels[j]) {
            labels[j] = label;
            stack[top++] = j;
          }
        }
      }
    }
    components.push({ label, area, cx: sx / area, cy: sy / area, minX, minY, maxX, maxY });
  }
  return { labels, components };
}
