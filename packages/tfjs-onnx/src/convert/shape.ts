/**
 * Static shapes tracked during conversion. A dim is a size, a symbol shared with a graph input
 * (`'batch'`), or `null` when it is only known at run time.
 */
export type Dim = number | string | null;

/** A tensor shape; `undefined` elsewhere means "rank unknown". */
export type Shape = readonly Dim[];

/** NHWC → NCHW permutation. */
export const TO_NCHW: readonly number[] = [0, 3, 1, 2];
/** NCHW → NHWC permutation. */
export const TO_NHWC: readonly number[] = [0, 2, 3, 1];

/** Permutes a shape. */
export function permute(shape: Shape, perm: readonly number[]): Dim[] {
  return perm.map((axis) => shape[axis] ?? null);
}

/** NumPy-style broadcast of two shapes (ranks aligned on the right). */
export function broadcastShapes(a: Shape | undefined, b: Shape | undefined): Dim[] | undefined {
  if (!a || !b) return undefined;
  const rank = Math.max(a.length, b.length);
  const out: Dim[] = [];
  for (let i = 0; i < rank; i++) {
    const x = a[a.length - rank + i] ?? 1;
    const y = b[b.length - rank + i] ?? 1;
    if (x === 1) out.push(y);
    else if (y === 1) out.push(x);
    else if (typeof x === 'number' && typeof y === 'number') out.push(Math.max(x, y));
    else if (x === y) out.push(x);
    else out.push(typeof x === 'number' ? x : typeof y === 'number' ? y : null);
  }
  return out;
}

/** Output size of a conv/pool window along one axis with TF padding semantics. */
export function windowOutput(
  input: Dim,
  kernel: number,
  stride: number,
  dilation: number,
  padding: string,
): Dim {
  if (typeof input !== 'number') return null;
  const effective = (kernel - 1) * dilation + 1;
  return padding === 'SAME' ? Math.ceil(input / stride) : Math.floor((input - effective) / stride) + 1;
}

/** TF "SAME" padding for one axis: [begin, end], the extra pixel going to the end. */
export function samePadding(
  input: number,
  kernel: number,
  stride: number,
  dilation: number,
): [number, number] {
  const effective = (kernel - 1) * dilation + 1;
  const out = Math.ceil(input / stride);
  const total = Math.max((out - 1) * stride + effective - input, 0);
  const begin = Math.floor(total / 2);
  return [begin, total - begin];
}

/** Product of the numeric dims. */
export function knownProduct(shape: Shape): number {
  return shape.reduce<number>((a, d) => (typeof d === 'number' ? a * d : a), 1);
}

/** Output shape of a TF Reshape: resolves -1 when the input's unknown part is a single dim. */
export function reshapeShape(input: Shape | undefined, target: readonly number[]): Dim[] {
  const out: Dim[] = target.map((d) => (d === -1 ? null : d));
  const wildcard = target.indexOf(-1);
  if (wildcard < 0 || !input) return out;
  const unknown = input.filter((d) => typeof d !== 'number');
  const known = knownProduct(target.filter((d) => d !== -1));
  if (unknown.length === 0) out[wildcard] = knownProduct(input) / known;
  else if (unknown.length === 1 && knownProduct(input) === known) out[wildcard] = unknown[0] ?? null;
  return out;
}
