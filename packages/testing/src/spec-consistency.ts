import { compositionInPixels, type Range, type SpecDefinition } from '@idphoto/sdk';

/**
 * Internal-consistency problems of a spec, as PII-free sentences (empty when consistent):
 * the composition must fit inside the frame and be satisfiable, and every number must be cited.
 */
export function specConsistencyProblems(spec: SpecDefinition): string[] {
  const problems: string[] = [];
  const { width: W, height: H } = spec.canvas;
  const c = compositionInPixels(spec, W, H);
  const within = (name: string, r: Range | undefined, limit: number): void => {
    if (!r) return;
    if ((r.min ?? 0) < 0 || (r.max ?? 0) > limit)
      problems.push(`composition.${name} ${fmt(r)} does not fit in 0–${limit} px`);
  };
  within('headTop', c.headTop, H);
  within('eyeLine', c.eyeLine, H);
  within('faceWidth', c.faceWidth, W);
  within('headHeight', c.headHeight, H);
  within('chinToBottom', c.chinToBottom, H);
  within('eyeDistance', c.eyeDistance, W);
  if (
    c.eyeLine &&
    c.eyeLine.min !== undefined &&
    c.eyeLine.max !== undefined &&
    c.eyeLine.min > c.eyeLine.max
  ) {
    problems.push('composition.eyeLine is empty after combining eyeLine and eyeLineFromBottom');
  }
  if (c.headTop?.min !== undefined && c.eyeLine?.max !== undefined && c.headTop.min >= c.eyeLine.max) {
    problems.push('the head top must be able to sit above the eye line');
  }
  if (!c.eyeLine && !c.headHeight && !c.headTop) {
    problems.push(
      'composition needs at least one vertical target (eyeLine, eyeLineFromBottom, headTop or headHeight)',
    );
  }
  if (!c.faceWidth && !c.headHeight && !c.eyeDistance) {
    problems.push('composition needs a size target (faceWidth, headHeight or eyeDistance)');
  }
  if (c.centreTolerance <= 0 || c.centreTolerance > W / 4)
    problems.push('composition.centreTolerance must be in (0, width/4]');
  if (spec.canvas.accept) {
    const a = spec.canvas.accept;
    if (W < a.minWidth || W > a.maxWidth || H < a.minHeight || H > a.maxHeight) {
      problems.push('canvas width × height must lie inside canvas.accept');
    }
  }
  const cited = (path: string): boolean =>
    Object.keys(spec.citations).some((key) => key === path || path.startsWith(`${key}.`));
  const mustCite = ['canvas', 'file.bytes', 'background.options'];
  for (const key of Object.keys(spec.composition)) {
    if (key !== 'unit' && key !== 'centreTolerance') mustCite.push(`composition.${key}`);
  }
  for (const path of mustCite) if (!cited(path)) problems.push(`${path} has no citation`);
  return problems;
}

function fmt(r: Range): string {
  return `${r.min ?? '−∞'}–${r.max ?? '∞'}`;
}
