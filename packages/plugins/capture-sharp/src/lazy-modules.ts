import type { Sharp, SharpOptions } from 'sharp';

/** The `sharp` constructor, typed without importing the native module eagerly. */
export type SharpFactory = (input: Uint8Array, options?: SharpOptions) => Sharp;

let sharpPromise: Promise<SharpFactory> | undefined;

/** Loads sharp (libvips, native) on first use, so importing the plugin stays cheap. */
export function loadSharp(): Promise<SharpFactory> {
  sharpPromise ??= import('sharp').then((module) => module.default as SharpFactory);
  sharpPromise.catch(() => {
    sharpPromise = undefined;
  });
  return sharpPromise;
}
