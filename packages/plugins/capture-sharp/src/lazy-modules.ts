import type HeicDecode from 'heic-decode';
import type { Sharp, SharpOptions } from 'sharp';

/** The `sharp` constructor, typed without importing the native module eagerly. */
export type SharpFactory = (input: Uint8Array, options?: SharpOptions) => Sharp;

let sharpPromise: Promise<SharpFactory> | undefined;
let heicPromise: Promise<typeof HeicDecode> | undefined;

/** Loads sharp (libvips, native) on first use, so importing the plugin stays cheap. */
export function loadSharp(): Promise<SharpFactory> {
  sharpPromise ??= import('sharp').then((module) => module.default as SharpFactory);
  sharpPromise.catch(() => {
    sharpPromise = undefined;
  });
  return sharpPromise;
}

/** Loads heic-decode (libheif as WebAssembly, ~2 MB to compile) on the first HEIC upload. */
export function loadHeicDecode(): Promise<typeof HeicDecode> {
  // A CommonJS module: Node puts `module.exports` on `default`; the typings describe `module.exports`.
  heicPromise ??= import('heic-decode').then(
    (module: unknown) => commonJsExports(module) as typeof HeicDecode,
  );
  heicPromise.catch(() => {
    heicPromise = undefined;
  });
  return heicPromise;
}

function commonJsExports(namespace: unknown): unknown {
  return typeof namespace === 'object' && namespace !== null && 'default' in namespace
    ? namespace.default
    : namespace;
}
