import type sharpModule from 'sharp';
import { testingErrors } from './errors.js';

/** The `sharp` module type (an optional peer dependency of the kits). */
export type SharpModule = typeof sharpModule;

let loading: Promise<SharpModule> | undefined;

/** Loads the optional peer `sharp` on first use (`TESTING_PEER_MISSING` when it is not installed). */
export function loadSharp(): Promise<SharpModule> {
  loading ??= import('sharp').then(
    (m) => m.default,
    (error: unknown) => {
      loading = undefined;
      throw testingErrors.create('TESTING_PEER_MISSING', { details: { peer: 'sharp' }, cause: error });
    },
  );
  return loading;
}
