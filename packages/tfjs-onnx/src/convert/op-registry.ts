import type { OpConverter } from './op-converter.js';
import { convertFusedBatchNorm } from './ops/batch-norm.js';
import {
  convertClipByValue,
  convertMaximum,
  convertMinimum,
  convertRelu,
  convertRelu6,
} from './ops/clamp.js';
import { convertConv2D, convertDepthwise, convertFusedConv2D, convertFusedDepthwise } from './ops/conv.js';
import {
  convertCast,
  convertLeakyRelu,
  convertPrelu,
  convertRsqrt,
  convertSoftmax,
  convertSquare,
  convertSquaredDifference,
  nary,
  unary,
} from './ops/elementwise.js';
import { convertGather, convertTile } from './ops/gather-tile.js';
import {
  convertArgMax,
  convertEqual,
  convertFloorDiv,
  convertFloorMod,
  convertGatherNd,
  convertTopK,
} from './ops/index-ops.js';
import { convertFusedMatMul, convertMatMul } from './ops/matmul.js';
import { convertAvgPool, convertMaxPool } from './ops/pool.js';
import { reduce } from './ops/reduce.js';
import { convertResizeBilinear, convertResizeNearest } from './ops/resize.js';
import {
  convertConcat,
  convertExpandDims,
  convertPad,
  convertReshape,
  convertSqueeze,
  convertTranspose,
} from './ops/shape-ops.js';
import { convertSlice, convertStridedSlice } from './ops/slice.js';
import { convertPack, convertSplit, convertSplitV, convertUnpack } from './ops/split.js';

/** Ops handled by the graph walker itself rather than by a converter. */
export const STRUCTURAL_OPS: ReadonlySet<string> = new Set([
  'Const',
  'Placeholder',
  'Identity',
  'StopGradient',
  'Snapshot',
]);

/** tfjs op name → converter. The README's supported-ops table lists these. */
export const OP_CONVERTERS: ReadonlyMap<string, OpConverter> = new Map<string, OpConverter>([
  ['Conv2D', convertConv2D],
  ['_FusedConv2D', convertFusedConv2D],
  ['DepthwiseConv2dNative', convertDepthwise],
  ['DepthwiseConv2d', convertDepthwise],
  ['FusedDepthwiseConv2dNative', convertFusedDepthwise],
  ['MaxPool', convertMaxPool],
  ['AvgPool', convertAvgPool],
  ['MatMul', convertMatMul],
  ['_FusedMatMul', convertFusedMatMul],
  ['Add', nary('Add')],
  ['AddV2', nary('Add')],
  ['BiasAdd', nary('Add')],
  ['Sub', nary('Sub')],
  ['Mul', nary('Mul')],
  ['RealDiv', nary('Div')],
  ['Div', nary('Div')],
  ['Maximum', convertMaximum],
  ['Minimum', convertMinimum],
  ['Pow', nary('Pow')],
  ['AddN', nary('Sum')],
  ['Relu', convertRelu],
  ['Relu6', convertRelu6],
  ['Elu', unary('Elu')],
  ['LeakyRelu', convertLeakyRelu],
  ['Prelu', convertPrelu],
  ['Sigmoid', unary('Sigmoid')],
  ['Tanh', unary('Tanh')],
  ['Exp', unary('Exp')],
  ['Log', unary('Log')],
  ['Sqrt', unary('Sqrt')],
  ['Rsqrt', convertRsqrt],
  ['Square', convertSquare],
  ['Neg', unary('Neg')],
  ['Abs', unary('Abs')],
  ['Softmax', convertSoftmax],
  ['Mean', reduce('ReduceMean')],
  ['Max', reduce('ReduceMax')],
  ['Min', reduce('ReduceMin')],
  ['Sum', reduce('ReduceSum')],
  ['Prod', reduce('ReduceProd')],
  ['Reshape', convertReshape],
  ['Squeeze', convertSqueeze],
  ['ExpandDims', convertExpandDims],
  ['Transpose', convertTranspose],
  ['ConcatV2', convertConcat],
  ['Pad', convertPad],
  ['PadV2', convertPad],
  ['MirrorPad', convertPad],
  ['ResizeBilinear', convertResizeBilinear],
  ['ResizeNearestNeighbor', convertResizeNearest],
  ['Cast', convertCast],
  ['ClipByValue', convertClipByValue],
  ['SquaredDifference', convertSquaredDifference],
  ['Floor', unary('Floor')],
  ['Ceil', unary('Ceil')],
  ['Round', unary('Round')],
  ['FusedBatchNorm', convertFusedBatchNorm],
  ['FusedBatchNormV2', convertFusedBatchNorm],
  ['FusedBatchNormV3', convertFusedBatchNorm],
  ['Slice', convertSlice],
  ['StridedSlice', convertStridedSlice],
  ['Pack', convertPack],
  ['Unpack', convertUnpack],
  ['Split', convertSplit],
  ['SplitV', convertSplitV],
  ['GatherV2', convertGather],
  ['Tile', convertTile],
  ['ArgMax', convertArgMax],
  ['FloorDiv', convertFloorDiv],
  ['FloorMod', convertFloorMod],
  ['GatherNd', convertGatherNd],
  ['Equal', convertEqual],
  ['TopKV2', convertTopK],
]);
