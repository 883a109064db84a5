import { tfjsOnnxErrors } from '../errors.js';
import { encodeModel } from '../proto/encode-onnx.js';
import type { OnnxDim, OnnxValueInfo } from '../proto/onnx-model.js';
import { NodeAttributes } from '../tfjs/attributes.js';
import { parseModelJson, type TfjsModelJson, type TfjsNodeDef } from '../tfjs/model-json.js';
import { type ConstTensor, decodeWeights } from '../tfjs/weights.js';
import { CONVERTER_VERSION } from '../version.js';
import { ConvertContext, onnxType, type TensorInfo } from './context.js';
import { checkInputShapes, placeholder } from './graph-inputs.js';
import { type GraphEndpoint, graphEndpoints, reachableNodes, reachableOps } from './graph-io.js';
import { consumerCounts, liveNodes } from './graph-usage.js';
import { OP_CONVERTERS, STRUCTURAL_OPS } from './op-registry.js';

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
  // Ops are checked before sorting, so a while-loop (a cycle) reports its control-flow ops.
  const ops = reachableOps(model.modelTopology.node, outputs);

  const unsupported = ops.filter((op) => !STRUCTURAL_OPS.has(op) && !OP_CONVERTERS.has(op));
  if (unsupported.length > 0) {
    throw tfjsOnnxErrors.create('TFJS_ONNX_UNSUPPORTED_OP', { details: { ops: unsupported.sort() } });
  }
  const nodes = reachableNodes(model.modelTopology.node, outputs);

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
      inputs: inputOrder(graphInputs, inputs),
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

/** Graph inputs in tfjs' `inputNodes` order (the walk meets them in topological order). */
function inputOrder(values: readonly OnnxValueInfo[], inputs: readonly GraphEndpoint[]): OnnxValueInfo[] {
  const rank = (v: OnnxValueInfo): number => {
    const i = inputs.findIndex((e) => e.name === v.name);
    return i < 0 ? inputs.length : i;
  };
  return [...values].sort((a, b) => rank(a) - rank(b));
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

function valueInfo(name: string, info: TensorInfo): OnnxValueInfo {
  let unknown = 0;
  const shape: OnnxDim[] | undefined = info.shape?.map((d) => d ?? `${name}_unk${unknown++}`);
  return { name, elemType: onnxType(info.dtype), shape };
}
