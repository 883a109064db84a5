import { tfjsOnnxErrors } from '../errors.js';
import { encodeModel } from '../proto/encode-onnx.js';
import type { OnnxDim, OnnxGraph, OnnxNode, OnnxValueInfo } from '../proto/onnx-model.js';
import { NodeAttributes, shapeDims } from '../tfjs/attributes.js';
import { modelSignature, parseModelJson, type TfjsModelJson, type TfjsNodeDef } from '../tfjs/model-json.js';
import { type ConstTensor, decodeWeights } from '../tfjs/weights.js';
import { CONVERTER_VERSION } from '../version.js';
import { ConvertContext, onnxType, type TensorDtype, type TensorInfo, tensorRef } from './context.js';
import { type GraphEndpoint, graphEndpoints, reachableNodes } from './graph-io.js';
import { OP_CONVERTERS, STRUCTURAL_OPS } from './op-registry.js';
import type { Dim } from './shape.js';

/** ONNX opset the converter targets. */
export const ONNX_OPSET = 13;
/** IR version matching opset 13. */
const IR_VERSION = 7;

/** Input of {@link convertTfjsGraph}. */
export interface ConvertTfjsGraphOptions {
  /** The graph model's `model.json` (text, bytes or parsed object). */
  readonly modelJson: TfjsModelJson | string | Uint8Array;
  /** The weight shards listed in `weightsManifest[].paths`, in order (or already concatenated). */
  readonly weights: Uint8Array | readonly Uint8Array[];
  /**
   * Fixes input shapes, keyed by input name (as tfjs reports it, e.g. `input_1`) or Placeholder
   * node name. Use it to pin dynamic batch dims: `{ input_1: [1, 192, 192, 3] }`. Remaining
   * unknown dims become symbolic (`batch` for axis 0).
   */
  readonly inputShapes?: Readonly<Record<string, readonly number[]>>;
}

const DTYPES: Readonly<Record<string, TensorDtype>> = {
  DT_FLOAT: 'float32',
  DT_INT32: 'int32',
  DT_BOOL: 'bool',
};

/**
 * Converts a TensorFlow.js graph model to ONNX (opset 13) `ModelProto` bytes. Layout stays NHWC
 * at the model's edges; convolutions, pools and resizes run in NCHW between Transposes. Weights
 * become initializers (quantized weights are dequantized exactly as tfjs does). Input and output
 * names and order are those of tfjs `GraphModel.inputNodes` / `outputNodes`.
 *
 * @throws IdPhotoError `TFJS_ONNX_UNSUPPORTED_OP` (details.ops lists every missing op),
 *   `TFJS_ONNX_UNSUPPORTED_ATTRIBUTE`, `TFJS_ONNX_INVALID_MODEL`, `TFJS_ONNX_WEIGHTS_MISMATCH`.
 * @example
 * ```ts
 * const onnx = convertTfjsGraph({
 *   modelJson: await readFile('blazeface.json', 'utf8'),
 *   weights: await readFile('blazeface.bin'),
 *   inputShapes: { 'input:0': [1, 256, 256, 3] },
 * });
 * await writeFile('blazeface.onnx', onnx);
 * ```
 */
export function convertTfjsGraph(options: ConvertTfjsGraphOptions): Uint8Array {
  const model = parseModelJson(options.modelJson);
  const weights = decodeWeights(model.weightsManifest, concat(options.weights));
  const { inputs, outputs } = graphEndpoints(model);
  const nodes = reachableNodes(model.modelTopology.node, outputs);

  const unsupported = [...new Set(nodes.map((n) => n.op))].filter(
    (op) => !STRUCTURAL_OPS.has(op) && !OP_CONVERTERS.has(op),
  );
  if (unsupported.length > 0) {
    throw tfjsOnnxErrors.create('TFJS_ONNX_UNSUPPORTED_OP', { details: { ops: unsupported.sort() } });
  }

  checkInputShapes(options.inputShapes, inputs, model);
  const ctx = new ConvertContext([...inputs, ...outputs].map((e) => e.name));
  ctx.consumerCounts = consumerCounts(nodes, outputs);
  const graphInputs: OnnxValueInfo[] = [];
  for (const node of nodes) {
    if (node.op === 'Const') {
      ctx.defineConstant(node.name, constantOf(node, weights));
    } else if (node.op === 'Placeholder') {
      const info = placeholder(node, inputs, model, options.inputShapes);
      ctx.define(node.name, info);
      graphInputs.push(valueInfo(info.name, info));
    } else if (STRUCTURAL_OPS.has(node.op)) {
      if (ctx.isConstant(node, 0)) ctx.defineConstant(node.name, ctx.constant(node, 0));
      else ctx.define(node.name, ctx.stored(node, 0));
    } else {
      OP_CONVERTERS.get(node.op)?.(node, ctx, new NodeAttributes(node));
    }
  }

  const graphOutputs = outputs.map((output) => {
    const source = ctx.value({ name: output.name, op: 'Output', input: [output.ref] }, 0);
    ctx.node('Identity', [source.name], [], output.name, [output.name]);
    return valueInfo(output.name, source);
  });

  return encodeModel({
    irVersion: IR_VERSION,
    opsetVersion: ONNX_OPSET,
    producerName: '@idphoto/tfjs-onnx',
    producerVersion: CONVERTER_VERSION,
    docString: `Converted from a TensorFlow.js graph model${model.generatedBy ? ` (${model.generatedBy})` : ''}.`,
    graph: {
      name: 'tfjs_graph',
      ...liveNodes(
        ctx,
        graphOutputs.map((o) => o.name),
      ),
      inputs: graphInputs,
      outputs: graphOutputs,
      valueInfo: [],
    },
    metadata: {
      'tfjs.inputs': JSON.stringify(inputs.map((i) => i.name)),
      'tfjs.outputs': JSON.stringify(outputs.map((o) => o.name)),
      'tfjs.layout': 'NHWC',
    },
  });
}

/** Number of readers of each tfjs tensor among the converted nodes, graph outputs included. */
function consumerCounts(
  nodes: readonly TfjsNodeDef[],
  outputs: readonly GraphEndpoint[],
): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (ref: string): void => {
    counts.set(ref, (counts.get(ref) ?? 0) + 1);
  };
  for (const node of nodes)
    for (const input of node.input ?? []) if (!input.startsWith('^')) add(tensorRef(input));
  for (const output of outputs) add(output.ref);
  return counts;
}

/** The nodes and initializers the outputs need (clamp merging leaves some nodes unread). */
function liveNodes(
  ctx: ConvertContext,
  outputs: readonly string[],
): Pick<OnnxGraph, 'nodes' | 'initializers'> {
  const needed = new Set(outputs);
  const nodes: OnnxNode[] = [];
  for (let i = ctx.nodes.length - 1; i >= 0; i--) {
    const node = ctx.nodes[i]!;
    if (!node.outputs.some((o) => needed.has(o))) continue;
    nodes.push(node);
    for (const input of node.inputs) needed.add(input);
  }
  return { nodes: nodes.reverse(), initializers: ctx.initializers.filter((t) => needed.has(t.name)) };
}

function concat(weights: Uint8Array | readonly Uint8Array[]): Uint8Array {
  if (weights instanceof Uint8Array) return weights;
  const out = new Uint8Array(weights.reduce((n, w) => n + w.byteLength, 0));
  let offset = 0;
  for (const w of weights) {
    out.set(w, offset);
    offset += w.byteLength;
  }
  return out;
}

function constantOf(node: TfjsNodeDef, weights: ReadonlyMap<string, ConstTensor>): ConstTensor {
  const value = weights.get(node.name);
  if (!value) {
    throw tfjsOnnxErrors.create('TFJS_ONNX_INVALID_MODEL', {
      details: { reason: `constant ${node.name} is not in the weights manifest` },
    });
  }
  return value;
}

/** Rejects `inputShapes` entries that name no input or do not fit its rank. */
function checkInputShapes(
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

function placeholder(
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

function valueInfo(name: string, info: TensorInfo): OnnxValueInfo {
  let unknown = 0;
  const shape: OnnxDim[] | undefined = info.shape?.map((d) => d ?? `${name}_unk${unknown++}`);
  return { name, elemType: onnxType(info.dtype), shape };
}
