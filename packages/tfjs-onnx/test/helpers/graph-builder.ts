import type { TfjsModelJson } from '../../src/index.js';

type Attr = Record<string, unknown>;

/** Attribute helpers in tfjs JSON form. */
export const attr = {
  s: (value: string): Attr => ({ s: Buffer.from(value).toString('base64') }),
  i: (value: number): Attr => ({ i: String(value) }),
  f: (value: number): Attr => ({ f: value }),
  b: (value: boolean): Attr => ({ b: value }),
  ints: (values: readonly number[]): Attr => ({ list: { i: values.map(String) } }),
  strings: (values: readonly string[]): Attr => ({
    list: { s: values.map((v) => Buffer.from(v).toString('base64')) },
  }),
  type: (value: string): Attr => ({ type: value }),
};

/** Builds small tfjs graph models in memory (model JSON + one weight shard) for op tests. */
export class GraphBuilder {
  private readonly nodes: { name: string; op: string; input: string[]; attr: Record<string, Attr> }[] = [];
  private readonly weights: { name: string; shape: number[]; dtype: string }[] = [];
  private readonly chunks: Uint8Array[] = [];

  /** A float32 (or int32) input with a fixed shape (-1 for dynamic). */
  placeholder(name: string, shape: readonly number[], dtype = 'DT_FLOAT'): string {
    this.nodes.push({
      name,
      op: 'Placeholder',
      input: [],
      attr: {
        dtype: attr.type(dtype),
        shape: { shape: { dim: shape.map((size) => ({ size: String(size) })) } },
      },
    });
    return name;
  }

  /** A constant stored in the weights shard. */
  const(
    name: string,
    values: readonly number[],
    shape: readonly number[],
    dtype: 'float32' | 'int32' = 'float32',
  ): string {
    const data = dtype === 'float32' ? Float32Array.from(values) : Int32Array.from(values);
    this.nodes.push({
      name,
      op: 'Const',
      input: [],
      attr: { dtype: attr.type(dtype === 'float32' ? 'DT_FLOAT' : 'DT_INT32') },
    });
    this.weights.push({ name, shape: [...shape], dtype });
    this.chunks.push(new Uint8Array(data.buffer));
    return name;
  }

  /** A float32 constant with deterministic pseudo-random values in [-1, 1). */
  randomConst(name: string, shape: readonly number[], seed = 1): string {
    const count = shape.reduce((a, b) => a * b, 1);
    const values = Array.from({ length: count }, (_, i) => Math.sin((i + 1) * 12.9898 * seed) * 0.999);
    return this.const(name, values, shape);
  }

  /** An op node; returns its name. */
  op(name: string, op: string, inputs: readonly string[], attrs: Record<string, Attr> = {}): string {
    this.nodes.push({ name, op, input: [...inputs], attr: { T: attr.type('DT_FLOAT'), ...attrs } });
    return name;
  }

  /** The model JSON and its weight bytes. */
  build(): { json: TfjsModelJson; weights: Uint8Array } {
    const total = this.chunks.reduce((n, c) => n + c.byteLength, 0);
    const weights = new Uint8Array(total);
    let offset = 0;
    for (const chunk of this.chunks) {
      weights.set(chunk, offset);
      offset += chunk.byteLength;
    }
    const json = {
      format: 'graph-model',
      generatedBy: 'test',
      convertedBy: 'test',
      modelTopology: { node: this.nodes, library: {}, versions: {} },
      weightsManifest: [{ paths: ['weights.bin'], weights: this.weights }],
    };
    return { json: json as unknown as TfjsModelJson, weights };
  }
}
