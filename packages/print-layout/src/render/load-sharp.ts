import type sharpModule from 'sharp';

type Sharp = typeof sharpModule;

let loading: Promise<Sharp> | undefined;

/** Loads sharp on first use, so importing the package (e.g. for `planSheets`) loads no native module. */
export function loadSharp(): Promise<Sharp> {
  loading ??= import('sharp').then(
    (m) => m.default,
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
