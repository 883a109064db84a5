import type { OnnxGraph, OnnxNode } from '../proto/onnx-model.js';
import type { TfjsNodeDef } from '../tfjs/model-json.js';
import { type ConvertContext, tensorRef } from './context.js';
import type { GraphEndpoint } from './graph-io.js';

/** Number of readers of each tfjs tensor among the converted nodes, graph outputs included. */
export function consumerCounts(
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
export function liveNodes(
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
