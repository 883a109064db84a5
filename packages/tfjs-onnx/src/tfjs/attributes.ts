import type { TfjsAttrValue, TfjsNodeDef, TfjsShape } from './model-json.js';

/** Typed access to a node's attributes (strings are base64 in the JSON). */
export class NodeAttributes {
  constructor(private readonly node: TfjsNodeDef) {}

  /** True when the attribute is present. */
  has(name: string): boolean {
    return this.get(name) !== undefined;
  }

  /** A string attribute (decoded from base64), or `fallback`. */
  string(name: string, fallback: string): string {
    const s = this.get(name)?.s;
    return s === undefined ? fallback : decodeBase64(s);
  }

  /** A list-of-strings attribute (decoded from base64). */
  strings(name: string): string[] {
    return (this.get(name)?.list?.s ?? []).map(decodeBase64);
  }

  /** An integer attribute, or `fallback`. */
  int(name: string, fallback: number): number {
    const i = this.get(name)?.i;
    return i === undefined ? fallback : Number(i);
  }

  /** A list-of-ints attribute, or `fallback` when absent or empty. */
  ints(name: string, fallback: readonly number[]): number[] {
    const list = this.get(name)?.list?.i;
    return list && list.length > 0 ? list.map(Number) : [...fallback];
  }

  /** A float attribute, or `fallback`. */
  float(name: string, fallback: number): number {
    return this.get(name)?.f ?? fallback;
  }

  /** A boolean attribute, or `fallback`. */
  bool(name: string, fallback: boolean): boolean {
    return this.get(name)?.b ?? fallback;
  }

  /** A dtype attribute (`DT_FLOAT`…), or `fallback`. */
  type(name: string, fallback: string): string {
    return this.get(name)?.type ?? fallback;
  }

  /** A shape attribute as dims (`-1` for unknown), or undefined when absent / unknown rank. */
  shape(name: string): number[] | undefined {
    return shapeDims(this.get(name)?.shape);
  }

  private get(name: string): TfjsAttrValue | undefined {
    return this.node.attr?.[name];
  }
}

/** Dims of a JSON `TensorShapeProto`; -1 marks an unknown size. */
export function shapeDims(shape: TfjsShape | undefined): number[] | undefined {
  if (!shape || shape.unknownRank) return undefined;
  return (shape.dim ?? []).map((d) => Number(d.size ?? -1));
}

function decodeBase64(value: string): string {
  return Buffer.from(value, 'base64').toString('utf8');
}
