import { tfjsOnnxErrors } from '../errors.js';
import { modelSignature, type TfjsModelJson, type TfjsNodeDef } from '../tfjs/model-json.js';
import { tensorRef } from './context.js';

/** A graph input or output: its public name and the tfjs tensor it refers to. */
export interface GraphEndpoint {
  /** Name in the ONNX model — the name tfjs `GraphModel.inputNodes` / `outputNodes` reports. */
  readonly name: string;
  /** tfjs tensor reference (`node` or `node:1`). */
  readonly ref: string;
}

/**
 * The model's inputs and outputs in tfjs-converter's order: from the signature
 * (`userDefinedMetadata.signature` first) when it has entries, else all Placeholders and every
 * node nothing consumes.
 */
export function graphEndpoints(model: TfjsModelJson): { inputs: GraphEndpoint[]; outputs: GraphEndpoint[] } {
  const nodes = model.modelTopology.node;
  const byName = new Map(nodes.map((n) => [n.name, n]));
  const signature = modelSignature(model);
  const fromSignature = (entries: Record<string, { name: string }> | undefined): GraphEndpoint[] =>
    Object.entries(entries ?? {})
      .filter(([, entry]) => byName.has(nodeName(entry.name)))
      .map(([key, entry]) => ({ name: key, ref: tensorRef(entry.name) }));

  let inputs = fromSignature(signature?.inputs as Record<string, { name: string }> | undefined);
  if (inputs.length === 0) {
    inputs = nodes.filter((n) => n.op.startsWith('Placeholder')).map((n) => ({ name: n.name, ref: n.name }));
  }
  let outputs = fromSignature(signature?.outputs as Record<string, { name: string }> | undefined);
  if (outputs.length === 0) {
    const consumed = new Set(nodes.flatMap((n) => (n.input ?? []).map((i) => nodeName(i))));
    outputs = nodes.filter((n) => !consumed.has(n.name)).map((n) => ({ name: n.name, ref: n.name }));
  }
  if (outputs.length === 0) {
    throw tfjsOnnxErrors.create('TFJS_ONNX_INVALID_MODEL', {
      details: { reason: 'the graph has no outputs' },
    });
  }
  return { inputs, outputs };
}

/** The node name of a tensor reference (`^a`, `a:1` → `a`). */
export function nodeName(ref: string): string {
  const bare = ref.startsWith('^') ? ref.slice(1) : ref;
  const colon = bare.lastIndexOf(':');
  return colon > 0 && /^\d+$/.test(bare.slice(colon + 1)) ? bare.slice(0, colon) : bare;
}

/** The distinct ops of the nodes the outputs depend on (data inputs only); tolerates cycles. */
export function reachableOps(nodes: readonly TfjsNodeDef[], outputs: readonly GraphEndpoint[]): string[] {
  const byName = new Map(nodes.map((n) => [n.name, n]));
  const seen = new Set<string>();
  const queue = outputs.map((o) => nodeName(o.ref));
  const ops = new Set<string>();
  for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
    if (seen.has(name)) continue;
    seen.add(name);
    const node = byName.get(name);
    if (!node) continue; // reported by reachableNodes
    ops.add(node.op);
    for (const input of node.input ?? []) if (!input.startsWith('^')) queue.push(nodeName(input));
  }
  return [...ops];
}

/** The nodes the outputs depend on (data inputs only), in topological order. */
export function reachableNodes(
  nodes: readonly TfjsNodeDef[],
  outputs: readonly GraphEndpoint[],
): TfjsNodeDef[] {
  const byName = new Map(nodes.map((n) => [n.name, n]));
  const order: TfjsNodeDef[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: { node: TfjsNodeDef; next: number }[] = [];
  const push = (name: string): void => {
    const node = byName.get(name);
    if (!node) {
      throw tfjsOnnxErrors.create('TFJS_ONNX_INVALID_MODEL', { details: { reason: `missing node ${name}` } });
    }
    const seen = state.get(name);
    if (seen === 'done') return;
    if (seen === 'visiting') {
      throw tfjsOnnxErrors.create('TFJS_ONNX_INVALID_MODEL', {
        details: { reason: 'the graph has a cycle' },
      });
    }
    state.set(name, 'visiting');
    stack.push({ node, next: 0 });
  };
  for (const output of outputs) {
    push(nodeName(output.ref));
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const inputs = (top.node.input ?? []).filter((i) => !i.startsWith('^'));
      const input = inputs[top.next];
      if (input === undefined) {
        stack.pop();
        state.set(top.node.name, 'done');
        order.push(top.node);
      } else {
        top.next++;
        push(nodeName(input));
      }
    }
  }
  return order;
}
