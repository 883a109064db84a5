/** An output edge beyond which the known source area ends. */
export interface CutOff {
  readonly edge: 'top' | 'bottom' | 'left' | 'right';
  /** Output pixels between the known area and that edge of the photo. */
  readonly missing: number;
  /** Whether subject pixels run into the missing strip (the subject is cut off there). */
  readonly subject: boolean;
}

/** Share of a boundary line that must be subject for the subject to count as cut there. */
const MIN_SUBJECT_SHARE = 0.01;

/**
 * Finds the edges of the output that the known area (source pixels, and matte where compositing)
 * does not reach, and whether the subject continues past the known area there — that is, whether
 * the render would need subject pixels the source does not have.
 */
export function findCutOffs(alpha: Float32Array, known: Uint8Array, width: number, height: number): CutOff[] {
  let top = height;
  let bottom = -1;
  let left = width;
  let right = -1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (!known[y * width + x]) continue;
      if (y < top) top = y;
      if (y > bottom) bottom = y;
      if (x < left) left = x;
      if (x > right) right = x;
    }
  }
  if (bottom < 0) {
    return (['top', 'bottom', 'left', 'right'] as const).map((edge) => ({
      edge,
      missing: edge === 'top' || edge === 'bottom' ? height : width,
      subject: true,
    }));
  }
  const share = (fixed: number, horizontal: boolean): boolean => {
    const n = horizontal ? width : height;
    let subject = 0;
    let total = 0;
    for (let k = 0; k < n; k++) {
      const i = horizontal ? fixed * width + k : k * width + fixed;
      if (!known[i]) continue;
      total++;
      if (alpha[i]! >= 0.5) subject++;
    }
    return total > 0 && subject >= Math.max(2, MIN_SUBJECT_SHARE * total);
  };
  const out: CutOff[] = [];
  if (top > 0) out.push({ edge: 'top', missing: top, subject: share(top, true) });
  if (bottom < height - 1)
    out.push({ edge: 'bottom', missing: height - 1 - bottom, subject: share(bottom, true) });
  if (left > 0) out.push({ edge: 'left', missing: left, subject: share(left, false) });
  if (right < width - 1)
    out.push({ edge: 'right', missing: width - 1 - right, subject: share(right, false) });
  return out;
}
