import type { NodeAttributes } from '../tfjs/attributes.js';
import type { TfjsNodeDef } from '../tfjs/model-json.js';
import type { ConvertContext } from './context.js';

/**
 * Translates one tfjs node into ONNX nodes. It reads inputs through the context and registers
 * every output of the tfjs node with `ctx.define(name, …)` (output `i > 0` as `name:i`).
 */
export type OpConverter = (node: TfjsNodeDef, ctx: ConvertContext, attrs: NodeAttributes) => void;
