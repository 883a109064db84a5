import * as ort from 'onnxruntime-node';
import type { Region } from './fixtures.js';

/** How each human model is fed in the parity tests and bench: input size, value range, photo crop. */
export interface ModelCase {
  readonly name:
    | 'blazeface'
    | 'facemesh'
    | 'iris'
    | 'faceres'
    | 'antispoof'
    | 'liveness'
    | 'emotion'
    | 'handlandmark-lite'
    | 'movenet-lightning'
    | 'centernet';
  /** Square input size in pixels. */
  readonly size: number;
  /** Colour channels: 3 (RGB) or 1 (grey, emotion). */
  readonly channels: 1 | 3;
  /** Pixel value range the model expects (human's preprocessing). */
  readonly range: readonly [number, number];
  /**
   * Region of `hv_man_suit_gray_bg.jpg` (1304×1290) fed to the model: the whole frame for the
   * detector, the face for mesh / embedding / liveness models, the left eye for iris (boxes read
   * off the photo by eye; any plausible crop exercises the real-image path).
   */
  readonly region: Region;
  /** True when the graph's batch dimension is dynamic (all but BlazeFace, which is fixed at 1). */
  readonly dynamicBatch: boolean;
  /** `int32` for models fed raw 0–255 pixels (movenet); default float32. */
  readonly inputType?: 'int32';
  /**
   * Relative part of the parity bound (default 1e-5 of the output's largest magnitude). centernet
   * needs 5e-5: a 512² network whose box sizes reach 380, where tfjs's own cpu and wasm backends
   * differ by 9.0e-3 (2.4e-5 relative) — the same as ONNX Runtime vs tfjs-wasm.
   */
  readonly relativeTolerance?: number;
}

const face: Region = { left: 420, top: 130, width: 480, height: 480 };

/** The parity-tested models. */
export const MODEL_CASES: readonly ModelCase[] = [
  {
    name: 'blazeface',
    size: 256,
    channels: 3,
    range: [-1, 1],
    region: { left: 0, top: 0, width: 1290, height: 1290 },
    dynamicBatch: false,
  },
  { name: 'facemesh', size: 192, channels: 3, range: [0, 1], region: face, dynamicBatch: true },
  {
    name: 'iris',
    size: 64,
    channels: 3,
    range: [0, 1],
    region: { left: 535, top: 283, width: 130, height: 130 },
    dynamicBatch: true,
  },
  { name: 'faceres', size: 224, channels: 3, range: [0, 1], region: face, dynamicBatch: true },
  { name: 'antispoof', size: 128, channels: 3, range: [0, 1], region: face, dynamicBatch: true },
  { name: 'liveness', size: 32, channels: 3, range: [0, 1], region: face, dynamicBatch: true },
  // Not face-pipeline targets, but more real graphs (Relu6, AddN, Mean, grey input) for the converter.
  { name: 'emotion', size: 64, channels: 1, range: [0, 1], region: face, dynamicBatch: true },
  { name: 'handlandmark-lite', size: 224, channels: 3, range: [0, 1], region: face, dynamicBatch: false },
  {
    name: 'movenet-lightning',
    size: 192,
    channels: 3,
    range: [0, 255],
    region: { left: 0, top: 0, width: 1290, height: 1290 },
    dynamicBatch: false,
    inputType: 'int32',
  },
  {
    name: 'centernet',
    size: 512,
    channels: 3,
    range: [0, 1],
    region: { left: 0, top: 0, width: 1290, height: 1290 },
    dynamicBatch: false,
    relativeTolerance: 5e-5,
  },
];

/** Casts a float input to the model's input type (rounding for int32 pixel models). */
export function asModelInput(model: ModelCase, values: Float32Array): Float32Array | Int32Array {
  return model.inputType === 'int32' ? Int32Array.from(values, Math.round) : values;
}

/** An ONNX Runtime input tensor of the matching element type. */
export function ortInput(values: Float32Array | Int32Array, shape: readonly number[]): ort.Tensor {
  return values instanceof Int32Array
    ? new ort.Tensor('int32', values, [...shape])
    : new ort.Tensor('float32', values, [...shape]);
}

/** The real photo the parity tests and bench use. */
export const PARITY_PHOTO = 'hv_man_suit_gray_bg.jpg';

/** Largest |a − b| and largest |b| over two equally long arrays. */
export function compareOutputs(
  actual: ArrayLike<number>,
  expected: ArrayLike<number>,
): { maxAbsDiff: number; maxAbs: number } {
  if (actual.length !== expected.length) throw new Error(`length ${actual.length} ≠ ${expected.length}`);
  let maxAbsDiff = 0;
  let maxAbs = 0;
  for (let i = 0; i < actual.length; i++) {
    const d = Math.abs(actual[i]! - expected[i]!);
    if (!(d <= maxAbsDiff)) maxAbsDiff = Number.isNaN(d) ? Number.POSITIVE_INFINITY : d;
    maxAbs = Math.max(maxAbs, Math.abs(expected[i]!));
  }
  return { maxAbsDiff, maxAbs };
}

/**
 * The parity bound: 1e-4 absolute, widened to 1e-5 of the output's largest magnitude for outputs
 * in the hundreds or thousands (raw box coordinates and logits), where 1e-4 is below float32's
 * accumulated rounding: tfjs's own cpu and wasm backends differ by up to 1.2e-3 on blazeface's
 * logits (|x| ≈ 1300) and 6e-5 on facemesh's pixel coordinates.
 */
export function parityTolerance(maxAbs: number, relative = 1e-5): number {
  return Math.max(1e-4, relative * maxAbs);
}
