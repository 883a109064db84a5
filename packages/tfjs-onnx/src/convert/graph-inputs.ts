import { tfjsOnnxErrors } from '../errors.js';
import { NodeAttributes, shapeDims } from '../tfjs/attributes.js';
import { modelSignature, type TfjsModelJson, type TfjsNodeDef } from '../tfjs/model-json.js';
import type { TensorDtype, TensorInfo } from './context.js';
import type { GraphEndpoint } from './graph-io.js';
import type { Dim } from './shape.js';

const DTYPES: Readonly<Record<string, TensorDtype>> = {
  DT_FLOAT: 'float32',
  DT_INT32: 'int32',
  DT_BOOL: 'bool',
};

/** Rejects `inputShapes` entries that name no input or do not fit its rank. */
export function checkInputShapes(
  shapes: Readonly<Record<string, readonly number[]>> | undefined,
  inputs: readonly GraphEndpoint[],
  model: TfjsModelJson,
): void {
  const names = inputs.map((i) => i.name);
  for (const [key, dims] of Object.entries(shapes ?? {})) {
    const input = inputs.find((i) => i.name === key || i.ref === key);
    const node = input && model.modelTopology.node.find((n) => n.name === input.ref);
    const declared = node ? new NodeAttributes(node).shape('shape') : undefined;
    const reason = !input
      ? `no input named ${key}`
      : !dims.every((d) => Number.isSafeInteger(d) && d > 0)
        ? `sizes for ${key} must be positive integers`
        : declared && declared.length !== dims.length
          ? `${key} has rank ${declared.length}`
          : declared?.some((d, i) => d >= 0 && d !== dims[i])
            ? `${key} has fixed size ${JSON.stringify(declared)}`
            : undefined;
    if (reason)
      throw tfjsOnnxErrors.create('TFJS_ONNX_INVALID_OPTIONS', { details: { reason, inputs: names } });
  }
}

/** The graph input for a Placeholder: public name, dtype and shape (pinned, declared or from the signature). */
export function placeholder(
  node: TfjsNodeDef,
  inputs: readonly GraphEndpoint[],
  model: TfjsModelJson,
  overrides: Readonly<Record<string, readonly number[]>> | undefined,
): TensorInfo {
  const endpoint = inputs.find((i) => i.ref === node.name);
  const name = endpoint?.name ?? node.name;
  const attrs = new NodeAttributes(node);
  const dtype = DTYPES[attrs.type('dtype', 'DT_FLOAT')];
  if (!dtype) {
    throw tfjsOnnxErrors.create('TFJS_ONNX_UNSUPPORTED_ATTRIBUTE', {
      details: { op: node.op, node: node.name, reason: `input dtype ${attrs.type('dtype', '')}` },
    });
  }
  const signatureShape = shapeDims(modelSignature(model)?.inputs?.[name]?.tensorShape);
  const dims = overrides?.[name] ?? overrides?.[node.name] ?? attrs.shape('shape') ?? signatureShape;
  const shape: Dim[] | undefined = dims?.map((d, i) => (d >= 0 ? d : i === 0 ? 'batch' : `${name}_d${i}`));
  return { name, dtype, shape };
}
