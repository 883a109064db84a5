/**
 * The subset of the ONNX IR this converter emits, as plain data. Encoded to protobuf bytes by
 * `encodeModel` (encode-onnx.ts); field numbers follow onnx/onnx.proto.
 */

/** `TensorProto.DataType` values used here. */
export const OnnxDataType = {
  FLOAT: 1,
  UINT8: 2,
  INT8: 3,
  INT32: 6,
  INT64: 7,
  BOOL: 9,
} as const;

/** One of {@link OnnxDataType}. */
export type OnnxDataTypeId = (typeof OnnxDataType)[keyof typeof OnnxDataType];

/** A constant tensor (initializer); data is little-endian raw bytes. */
export interface OnnxTensor {
  readonly name: string;
  readonly dataType: OnnxDataTypeId;
  readonly dims: readonly number[];
  readonly rawData: Uint8Array;
}

/** A node attribute. */
export type OnnxAttribute =
  | { readonly name: string; readonly type: 'float'; readonly value: number }
  | { readonly name: string; readonly type: 'int'; readonly value: number }
  | { readonly name: string; readonly type: 'string'; readonly value: string }
  | { readonly name: string; readonly type: 'ints'; readonly value: readonly number[] };

/** One operator application. */
export interface OnnxNode {
  readonly opType: string;
  readonly name: string;
  readonly inputs: readonly string[];
  readonly outputs: readonly string[];
  readonly attributes: readonly OnnxAttribute[];
}

/** A dimension: a fixed size, or a symbolic name for a size known only at run time. */
export type OnnxDim = number | string;

/** Name, element type and shape of a graph input, output or intermediate value. */
export interface OnnxValueInfo {
  readonly name: string;
  readonly elemType: OnnxDataTypeId;
  readonly shape: readonly OnnxDim[] | undefined;
}

/** The computation graph. */
export interface OnnxGraph {
  readonly name: string;
  readonly nodes: readonly OnnxNode[];
  readonly initializers: readonly OnnxTensor[];
  readonly inputs: readonly OnnxValueInfo[];
  readonly outputs: readonly OnnxValueInfo[];
  readonly valueInfo: readonly OnnxValueInfo[];
}

/** A whole model file. */
export interface OnnxModel {
  readonly irVersion: number;
  readonly opsetVersion: number;
  readonly producerName: string;
  readonly producerVersion: string;
  readonly docString: string;
  readonly graph: OnnxGraph;
  readonly metadata: Readonly<Record<string, string>>;
}
