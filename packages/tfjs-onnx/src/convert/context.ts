import { tfjsOnnxErrors } from '../errors.js';
import type { OnnxAttribute, OnnxDataTypeId, OnnxNode, OnnxTensor } from '../proto/onnx-model.js';
import { OnnxDataType } from '../proto/onnx-model.js';
import type { TfjsNodeDef } from '../tfjs/model-json.js';
import type { ConstTensor } from '../tfjs/weights.js';
import { permute, type Shape, TO_NCHW, TO_NHWC } from './shape.js';

/** Element types the converter handles. */
export type TensorDtype = 'float32' | 'int32' | 'bool';

/**
 * A converted value: its ONNX name, element type and (best-effort) static shape. `shape` is
 * always the tfjs (logical, NHWC) shape; `layout: 'nchw'` says the ONNX value holds that rank-4
 * tensor transposed to NCHW, so chains of convolutions and element-wise ops need no Transposes.
 */
export interface TensorInfo {
  readonly name: string;
  readonly dtype: TensorDtype;
  readonly shape: Shape | undefined;
  readonly layout?: 'nchw';
  /** Set when the value is `clamp(source, lo, hi)` (Relu, Relu6, Minimum/Maximum by a scalar). */
  readonly clamp?: { readonly source: TensorInfo; readonly lo: number; readonly hi: number };
}

const ONNX_TYPE: Readonly<Record<TensorDtype, OnnxDataTypeId>> = {
  float32: OnnxDataType.FLOAT,
  int32: OnnxDataType.INT32,
  bool: OnnxDataType.BOOL,
};

/** ONNX element type of a converter dtype. */
export function onnxType(dtype: TensorDtype): OnnxDataTypeId {
  return ONNX_TYPE[dtype];
}

/** Normalizes a tfjs input reference: `name:0` → `name`; control inputs are not values. */
export function tensorRef(input: string): string {
  return input.endsWith(':0') ? input.slice(0, -2) : input;
}

/**
 * Conversion state shared by the op converters: the ONNX nodes and initializers emitted so far,
 * the mapping from tfjs tensor names to ONNX values, and helpers for constants and layouts.
 */
export class ConvertContext {
  readonly nodes: OnnxNode[] = [];
  readonly initializers: OnnxTensor[] = [];
  private readonly values = new Map<string, TensorInfo>();
  private readonly constants = new Map<string, ConstTensor>();
  private readonly materialized = new Map<string, TensorInfo>();
  private readonly nchwCache = new Map<string, string>();
  private readonly nhwcCache = new Map<string, string>();
  private readonly memos = new Map<string, string>();
  private readonly usedNames: Set<string>;

  constructor(reservedNames: Iterable<string>) {
    this.usedNames = new Set(reservedNames);
  }

  /** How many tfjs nodes (and graph outputs) read each tfjs tensor. */
  consumerCounts: ReadonlyMap<string, number> = new Map();

  /** Registers the ONNX value of a tfjs tensor. */
  define(ref: string, info: TensorInfo): void {
    this.values.set(ref, info);
  }

  /** Registers a tfjs tensor as a compile-time constant. */
  defineConstant(ref: string, value: ConstTensor): void {
    this.constants.set(ref, value);
  }

  /** The tfjs tensor reference of a node's `index`-th input. */
  inputRef(node: TfjsNodeDef, index: number): string {
    const input = node.input?.[index];
    if (input === undefined || input.startsWith('^')) this.fail(node, `input ${index} is missing`);
    return tensorRef(input);
  }

  /** Number of data (non-control) inputs. */
  inputCount(node: TfjsNodeDef): number {
    return (node.input ?? []).filter((i) => !i.startsWith('^')).length;
  }

  /** True when input `index` is a compile-time constant. */
  isConstant(node: TfjsNodeDef, index: number): boolean {
    return this.constants.has(this.inputRef(node, index));
  }

  /** The constant value of input `index`; fails when the input is computed at run time. */
  constant(node: TfjsNodeDef, index: number): ConstTensor {
    const value = this.constants.get(this.inputRef(node, index));
    if (!value) this.fail(node, `input ${index} must be a constant`);
    return value;
  }

  /** The ONNX value of input `index` in tfjs (NHWC) layout; constants become initializers on first use. */
  value(node: TfjsNodeDef, index: number): TensorInfo {
    return this.toNhwc(this.stored(node, index));
  }

  /** The ONNX value of input `index` as stored: possibly NCHW (see {@link TensorInfo.layout}). */
  stored(node: TfjsNodeDef, index: number): TensorInfo {
    const ref = this.inputRef(node, index);
    const known = this.values.get(ref) ?? this.materialized.get(ref);
    if (known) return known;
    const constant = this.constants.get(ref);
    if (!constant) {
      throw tfjsOnnxErrors.create('TFJS_ONNX_INVALID_MODEL', {
        details: { reason: `node ${node.name} refers to an unknown tensor` },
      });
    }
    const info = this.constantValue(constant, ref);
    this.materialized.set(ref, info);
    return info;
  }

  /** Adds a constant as an initializer (with its tfjs dtype) and returns its value. */
  constantValue(constant: ConstTensor, base: string): TensorInfo {
    const name = this.initializer(base, constant.dtype, constant.shape, constant.values);
    return { name, dtype: constant.dtype, shape: constant.shape };
  }

  /** Adds an initializer and returns its (unique) name. */
  initializer(
    base: string,
    dtype: TensorDtype | 'int64',
    dims: readonly number[],
    data: Float32Array | Int32Array | Uint8Array | BigInt64Array,
  ): string {
    const name = this.uniqueName(base);
    const dataType = dtype === 'int64' ? OnnxDataType.INT64 : onnxType(dtype);
    const rawData = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    this.initializers.push({ name, dataType, dims: [...dims], rawData: littleEndianCopy(rawData) });
    return name;
  }

  /** Adds a 1-D int64 initializer. */
  int64(base: string, values: readonly number[]): string {
    return this.initializer(base, 'int64', [values.length], BigInt64Array.from(values.map((v) => BigInt(v))));
  }

  /** Adds a float32 initializer. */
  float(base: string, dims: readonly number[], values: Float32Array): string {
    return this.initializer(base, 'float32', dims, values);
  }

  /** Emits one ONNX node and returns its output names (`outputs` names or a count of fresh names). */
  node(
    opType: string,
    inputs: readonly string[],
    attributes: readonly OnnxAttribute[],
    base: string,
    outputs: readonly string[] | number = 1,
  ): string[] {
    const names =
      typeof outputs === 'number'
        ? Array.from({ length: outputs }, (_, i) => this.uniqueName(i === 0 ? base : `${base}:${i}`))
        : [...outputs];
    this.nodes.push({
      opType,
      name: this.uniqueName(`${base}#${opType}`),
      inputs,
      outputs: names,
      attributes,
    });
    return names;
  }

  /**
   * The NCHW form of a rank-4 value, with its physical (NCHW) shape: the value itself when it is
   * stored NCHW, else one Transpose per value, shared by all consumers.
   */
  toNchw(info: TensorInfo): TensorInfo {
    const shape = info.shape ? permute(info.shape, TO_NCHW) : undefined;
    if (info.layout === 'nchw') return { name: info.name, dtype: info.dtype, shape };
    const name = this.transposeOnce(this.nchwCache, info.name, TO_NCHW, 'nchw');
    return { name, dtype: info.dtype, shape };
  }

  /** The NHWC (tfjs layout) form of a value: itself, or one shared Transpose of an NCHW-stored value. */
  toNhwc(info: TensorInfo): TensorInfo {
    if (info.layout !== 'nchw') return info;
    const name = this.transposeOnce(this.nhwcCache, info.name, TO_NHWC, 'nhwc');
    return { name, dtype: info.dtype, shape: info.shape };
  }

  private transposeOnce(
    cache: Map<string, string>,
    source: string,
    perm: readonly number[],
    tag: string,
  ): string {
    const cached = cache.get(source);
    if (cached) return cached;
    const [name] = this.node(
      'Transpose',
      [source],
      [{ name: 'perm', type: 'ints', value: perm }],
      `${source}/${tag}`,
    );
    if (name === undefined) throw new Error('unreachable');
    cache.set(source, name);
    return name;
  }

  /** Memoizes a derived value (e.g. a re-laid-out constant) under `key`. */
  memo(key: string, create: () => string): string {
    const known = this.memos.get(key);
    if (known !== undefined) return known;
    const made = create();
    this.memos.set(key, made);
    return made;
  }

  /** A name not used yet in the graph. */
  uniqueName(base: string): string {
    let name = base;
    for (let i = 1; this.usedNames.has(name); i++) name = `${base}_${i}`;
    this.usedNames.add(name);
    return name;
  }

  /** Throws TFJS_ONNX_UNSUPPORTED_ATTRIBUTE for this node. */
  fail(node: TfjsNodeDef, reason: string): never {
    throw tfjsOnnxErrors.create('TFJS_ONNX_UNSUPPORTED_ATTRIBUTE', {
      details: { op: node.op, node: node.name, reason },
    });
  }
}

function littleEndianCopy(bytes: Uint8Array): Uint8Array {
  // Typed arrays use the platform byte order; ONNX raw_data is little-endian (all Node targets are LE).
  return bytes.slice();
}
