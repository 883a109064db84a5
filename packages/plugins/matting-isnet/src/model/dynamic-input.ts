import {
  bytesField,
  concatBytes,
  readFields,
  textOf,
  textsOf,
  varintField,
  type WireField,
} from './protobuf-wire.js';

/**
 * Rewrites the IS-Net ONNX export so it accepts any input size, and keeps only its `output`.
 *
 * The published model declares a fixed `[1, 3, 1024, 1024]` input. Its decoder upsamples with
 * `Resize` nodes whose target size is `Concat(Slice(Shape(src), 0..2), Constant[h, w])`: the
 * batch and channel come from the tensor, the spatial size is a constant traced at export time
 * (the size of the skip connection it is concatenated with, or of the input for the side outputs).
 * Replacing each constant with `Slice(Shape(target), 2..4)` restores what the PyTorch code does
 * (`_upsample_like(src, tar)`), so the network runs at any size: every convolution is size-agnostic
 * and the `ceil_mode` max-pools produce sizes the decoder now follows. At 1024² the rewritten
 * graph computes exactly what the original does.
 *
 * Also drops the shape annotations (`value_info`, all fixed to 1024) and every graph output but
 * `output` (the five deep-supervision side maps and six feature maps are never used), which lets
 * the runtime prune the nodes that only fed them. Weights stay fp16, untouched.
 */
export function makeInputDynamic(model: Uint8Array): Uint8Array {
  const top = readFields(model);
  const graphField = top.find((f) => f.field === 7);
  if (!graphField) throw new Error('ONNX model without a graph');
  const graph = rewriteGraph(readFields(graphField.payload));
  return concatBytes(top.map((f) => (f === graphField ? bytesField(7, graph) : f.raw)));
}

interface GraphNode {
  readonly field: WireField;
  readonly op: string;
  readonly name: string;
  readonly inputs: readonly string[];
  readonly outputs: readonly string[];
}

/** ONNX field numbers used here (onnx.proto3). */
const GRAPH = { node: 1, initializer: 5, input: 11, output: 12, valueInfo: 13 } as const;
const NODE = { input: 1, output: 2, name: 3, opType: 4 } as const;
const INPUT_NAME = 'input';
const OUTPUT_NAME = 'output';
const SLICE_CONSTANTS = {
  start: 'dynamic_hw_start',
  end: 'dynamic_hw_end',
  axis: 'dynamic_hw_axis',
} as const;

function rewriteGraph(fields: readonly WireField[]): Uint8Array {
  const nodes: GraphNode[] = fields
    .filter((f) => f.field === GRAPH.node)
    .map((field) => {
      const inner = readFields(field.payload);
      return {
        field,
        op: textOf(inner, NODE.opType) ?? '',
        name: textOf(inner, NODE.name) ?? '',
        inputs: textsOf(inner, NODE.input),
        outputs: textsOf(inner, NODE.output),
      };
    });
  const producer = new Map<string, GraphNode>();
  const consumers = new Map<string, GraphNode[]>();
  for (const node of nodes) {
    for (const output of node.outputs) producer.set(output, node);
    for (const input of node.inputs) consumers.set(input, [...(consumers.get(input) ?? []), node]);
  }

  /** Per size-`Concat`: which input to swap, and the nodes computing the replacement. */
  const patches = new Map<GraphNode, { from: string; to: string; before: Uint8Array[] }>();
  const dropped = new Set<GraphNode>();
  for (const resize of nodes.filter((n) => n.op === 'Resize')) {
    const sizes = producer.get(resize.inputs[3] ?? '');
    const constant = producer.get(sizes?.inputs[1] ?? '');
    if (!sizes || sizes.op !== 'Concat' || !constant || constant.op !== 'Constant') {
      throw new Error(`Unexpected Resize pattern at ${resize.name}`);
    }
    const target = upsampleTarget(resize, consumers);
    const prefix = `${resize.name}/dynamic`;
    patches.set(sizes, {
      from: constant.outputs[0]!,
      to: `${prefix}/hw`,
      before: [
        nodeBytes('Shape', [target], [`${prefix}/shape`], `${prefix}/Shape`),
        nodeBytes(
          'Slice',
          [`${prefix}/shape`, SLICE_CONSTANTS.start, SLICE_CONSTANTS.end, SLICE_CONSTANTS.axis],
          [`${prefix}/hw`],
          `${prefix}/Slice`,
        ),
      ],
    });
    if ((consumers.get(constant.outputs[0]!) ?? []).length === 1) dropped.add(constant);
  }
  if (patches.size === 0) throw new Error('No Resize nodes found: not the expected IS-Net export');

  const out: Uint8Array[] = [];
  let nodeIndex = 0;
  let constantsWritten = false;
  for (const field of fields) {
    switch (field.field) {
      case GRAPH.valueInfo:
        break;
      case GRAPH.input:
        out.push(bytesField(GRAPH.input, dynamicValueInfo(field, 3)));
        break;
      case GRAPH.output:
        if (textOf(readFields(field.payload), 1) === OUTPUT_NAME)
          out.push(bytesField(GRAPH.output, dynamicValueInfo(field, 1)));
        break;
      case GRAPH.node: {
        const node = nodes[nodeIndex++]!;
        if (dropped.has(node)) break;
        const patch = patches.get(node);
        if (!patch) {
          out.push(field.raw);
          break;
        }
        for (const extra of patch.before) out.push(bytesField(GRAPH.node, extra));
        const inner = readFields(node.field.payload).map((f) =>
          f.field === NODE.input && textOf([f], NODE.input) === patch.from
            ? bytesField(NODE.input, patch.to)
            : f.raw,
        );
        out.push(bytesField(GRAPH.node, concatBytes(inner)));
        break;
      }
      case GRAPH.initializer:
        if (!constantsWritten) {
          constantsWritten = true;
          out.push(bytesField(GRAPH.initializer, int64Scalar1d(SLICE_CONSTANTS.start, 2)));
          out.push(bytesField(GRAPH.initializer, int64Scalar1d(SLICE_CONSTANTS.end, 4)));
          out.push(bytesField(GRAPH.initializer, int64Scalar1d(SLICE_CONSTANTS.axis, 0)));
        }
        out.push(field.raw);
        break;
      default:
        out.push(field.raw);
    }
  }
  return concatBytes(out);
}

/**
 * The tensor whose size a `Resize` should reach: the other operand of the `Concat` it feeds (a
 * skip connection), or the network input for the side outputs that end in a `Sigmoid`.
 */
function upsampleTarget(resize: GraphNode, consumers: ReadonlyMap<string, GraphNode[]>): string {
  let output = resize.outputs[0]!;
  let users = consumers.get(output) ?? [];
  // fp16 exports wrap Resize in Casts (fp16 → fp32 → Resize → fp16).
  if (users.length === 1 && users[0]!.op === 'Cast') {
    output = users[0]!.outputs[0]!;
    users = consumers.get(output) ?? [];
  }
  if (users.length === 1 && users[0]!.op === 'Concat') {
    const other = users[0]!.inputs.filter((name) => name !== output);
    if (other.length === 1) return other[0]!;
  }
  if (users.length > 0 && users.every((u) => u.op === 'Sigmoid')) return INPUT_NAME;
  throw new Error(`Unexpected use of Resize ${resize.name}`);
}

function nodeBytes(
  op: string,
  inputs: readonly string[],
  outputs: readonly string[],
  name: string,
): Uint8Array {
  return concatBytes([
    ...inputs.map((i) => bytesField(NODE.input, i)),
    ...outputs.map((o) => bytesField(NODE.output, o)),
    bytesField(NODE.name, name),
    bytesField(NODE.opType, op),
  ]);
}

/** A float32 `ValueInfoProto` of shape `[1, channels, height, width]` with symbolic height and width. */
function dynamicValueInfo(field: WireField, channels: number): Uint8Array {
  const name = textOf(readFields(field.payload), 1) ?? '';
  const dim = (value: number | string): Uint8Array =>
    bytesField(1, typeof value === 'string' ? bytesField(2, value) : varintField(1, value));
  const shape = concatBytes([dim(1), dim(channels), dim('height'), dim('width')]);
  const tensorType = concatBytes([varintField(1, 1), bytesField(2, shape)]);
  return concatBytes([bytesField(1, name), bytesField(2, bytesField(1, tensorType))]);
}

/** A 1-D int64 initializer holding one value. */
function int64Scalar1d(name: string, value: number): Uint8Array {
  const data = new Uint8Array(8);
  new DataView(data.buffer).setBigInt64(0, BigInt(value), true);
  return concatBytes([varintField(1, 1), varintField(2, 7), bytesField(8, name), bytesField(9, data)]);
}
