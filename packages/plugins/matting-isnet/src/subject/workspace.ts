/**
 * Typed arrays reused from call to call, grown on demand. Fringe pruning needs several arrays
 * the size of the network's map (≈ 0.5 M pixels, 2 MB each, at 768); with a workspace per stage
 * a warm call allocates none of them, which spares the garbage collector in a process that also
 * holds 12 MP images. The arrays are only valid until the next call (the step is synchronous, so
 * concurrent `matte()` calls never share them), and the caller resets what it reads.
 */
export class Workspace {
  readonly #int32 = new Map<string, Int32Array>();
  readonly #uint8 = new Map<string, Uint8Array>();
  readonly #float32 = new Map<string, Float32Array>();

  /** An `Int32Array` view of `length` elements (contents left from earlier calls). */
  int32(name: string, length: number): Int32Array {
    return view(this.#int32, name, length, (n) => new Int32Array(n));
  }

  /** A `Uint8Array` view of `length` elements (contents left from earlier calls). */
  uint8(name: string, length: number): Uint8Array {
    return view(this.#uint8, name, length, (n) => new Uint8Array(n));
  }

  /** A `Float32Array` view of `length` elements (contents left from earlier calls). */
  float32(name: string, length: number): Float32Array {
    return view(this.#float32, name, length, (n) => new Float32Array(n));
  }
}

function view<T extends Int32Array | Uint8Array | Float32Array>(
  pool: Map<string, T>,
  name: string,
  length: number,
  create: (n: number) => T,
): T {
  let buffer = pool.get(name);
  if (!buffer || buffer.length < length) {
    buffer = create(length);
    pool.set(name, buffer);
  }
  return buffer.subarray(0, length) as T;
}
