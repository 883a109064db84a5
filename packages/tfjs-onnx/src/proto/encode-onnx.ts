import type {
  OnnxAttribute,
  OnnxGraph,
  OnnxModel,
  OnnxNode,
  OnnxTensor,
  OnnxValueInfo,
} from './onnx-model.js';
import { ProtoWriter } from './protobuf-writer.js';

// Field numbers from onnx/onnx.proto (proto2; repeated scalars are written unpacked, as proto2 does).
const MODEL = {
  irVersion: 1,
  producerName: 2,
  producerVersion: 3,
  docString: 6,
  graph: 7,
  opsetImport: 8,
  metadataProps: 14,
};
const OPSET = { domain: 1, version: 2 };
const ENTRY = { key: 1, value: 2 };
const GRAPH = { node: 1, name: 2, initializer: 5, input: 11, output: 12, valueInfo: 13 };
const NODE = { input: 1, output: 2, name: 3, opType: 4, attribute: 5 };
const ATTRIBUTE = { name: 1, f: 2, i: 3, s: 4, ints: 8, type: 20 };
const ATTRIBUTE_TYPE = { float: 1, int: 2, string: 3, ints: 7 } as const;
const TENSOR = { dims: 1, dataType: 2, name: 8, rawData: 9 };
const VALUE_INFO = { name: 1, type: 2 };
const TYPE = { tensorType: 1 };
const TENSOR_TYPE = { elemType: 1, shape: 2 };
const SHAPE = { dim: 1 };
const DIMENSION = { dimValue: 1, dimParam: 2 };

/** Serializes a model to ONNX `ModelProto` bytes. */
export function encodeModel(model: OnnxModel): Uint8Array {
  const w = new ProtoWriter();
  w.int(MODEL.irVersion, model.irVersion);
  w.string(MODEL.producerName, model.producerName);
  w.string(MODEL.producerVersion, model.producerVersion);
  if (model.docString) w.string(MODEL.docString, model.docString);
  w.message(MODEL.graph, encodeGraph(model.graph));
  w.message(
    MODEL.opsetImport,
    new ProtoWriter().string(OPSET.domain, '').int(OPSET.version, model.opsetVersion),
  );
  for (const [key, value] of Object.entries(model.metadata)) {
    w.message(MODEL.metadataProps, new ProtoWriter().string(ENTRY.key, key).string(ENTRY.value, value));
  }
  return w.finish();
}

function encodeGraph(graph: OnnxGraph): ProtoWriter {
  const w = new ProtoWriter();
  for (const node of graph.nodes) w.message(GRAPH.node, encodeNode(node));
  w.string(GRAPH.name, graph.name);
  for (const tensor of graph.initializers) w.message(GRAPH.initializer, encodeTensor(tensor));
  for (const value of graph.inputs) w.message(GRAPH.input, encodeValueInfo(value));
  for (const value of graph.outputs) w.message(GRAPH.output, encodeValueInfo(value));
  for (const value of graph.valueInfo) w.message(GRAPH.valueInfo, encodeValueInfo(value));
  return w;
}

function encodeNode(node: OnnxNode): ProtoWriter {
  const w = new ProtoWriter();
  for (const input of node.inputs) w.string(NODE.input, input);
  for (const output of node.outputs) w.string(NODE.output, output);
  w.string(NODE.name, node.name);
  w.string(NODE.opType, node.opType);
  for (const attribute of node.attributes) w.message(NODE.attribute, encodeAttribute(attribute));
  return w;
}

function encodeAttribute(attribute: OnnxAttribute): ProtoWriter {
  const w = new ProtoWriter();
  w.string(ATTRIBUTE.name, attribute.name);
  w.int(ATTRIBUTE.type, ATTRIBUTE_TYPE[attribute.type]);
  switch (attribute.type) {
    case 'float':
      w.float(ATTRIBUTE.f, attribute.value);
      break;
    case 'int':
      w.int(ATTRIBUTE.i, attribute.value);
      break;
    case 'string':
      w.string(ATTRIBUTE.s, attribute.value);
      break;
    case 'ints':
      for (const value of attribute.value) w.int(ATTRIBUTE.ints, value);
      break;
  }
  return w;
}

function encodeTensor(tensor: OnnxTensor): ProtoWriter {
  const w = new ProtoWriter();
  for (const dim of tensor.dims) w.int(TENSOR.dims, dim);
  w.int(TENSOR.dataType, tensor.dataType);
  w.string(TENSOR.name, tensor.name);
  w.bytes(TENSOR.rawData, tensor.rawData);
  return w;
}

function encodeValueInfo(value: OnnxValueInfo): ProtoWriter {
  const tensorType = new ProtoWriter().int(TENSOR_TYPE.elemType, value.elemType);
  if (value.shape) {
    const shape = new ProtoWriter();
    for (const dim of value.shape) {
      const d = new ProtoWriter();
      if (typeof dim === 'number') d.int(DIMENSION.dimValue, dim);
      else d.string(DIMENSION.dimParam, dim);
      shape.message(SHAPE.dim, d);
    }
    tensorType.message(TENSOR_TYPE.shape, shape);
  }
  const type = new ProtoWriter().message(TYPE.tensorType, tensorType);
  return new ProtoWriter().string(VALUE_INFO.name, value.name).message(VALUE_INFO.type, type);
}
