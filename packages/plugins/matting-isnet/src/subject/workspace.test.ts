import { describe, expect, it } from 'vitest';
import { Workspace } from './workspace.js';

describe('Workspace', () => {
  it('lends views of the requested length, reusing and growing one buffer per name', () => {
    const work = new Workspace();
    const a = work.int32('steps', 10).fill(7);
    const b = work.int32('steps', 4);
    expect(b).toHaveLength(4);
    expect(b.buffer).toBe(a.buffer);
    expect([...b]).toEqual([7, 7, 7, 7]); // contents are left: callers reset what they read
    const grown = work.int32('steps', 20);
    expect(grown).toHaveLength(20);
    expect(grown.buffer).not.toBe(a.buffer);
    expect(work.int32('other', 4).buffer).not.toBe(grown.buffer);
    expect(work.uint8('flags', 3)).toBeInstanceOf(Uint8Array);
    expect(work.float32('near', 3)).toBeInstanceOf(Float32Array);
  });
});
