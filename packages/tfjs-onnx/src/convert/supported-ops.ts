import { OP_CONVERTERS, STRUCTURAL_OPS } from './op-registry.js';

/**
 * The tfjs ops the converter translates, sorted.
 *
 * @example
 * ```ts
 * if (!supportedOps().includes('ResizeBilinear')) throw new Error('converter too old');
 * ```
 */
export function supportedOps(): string[] {
  return [...STRUCTURAL_OPS, ...OP_CONVERTERS.keys()].sort();
}
