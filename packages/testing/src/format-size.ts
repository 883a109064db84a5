import { formatRange, type Range } from '@idphoto/sdk';

/** Bytes as the validator shows them: KB of 1024 bytes, one decimal, with the exact byte count. */
export function formatBytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB (${bytes} bytes)`;
}

/** A byte range in KB (1024 bytes), e.g. `20–40 KB`. */
export function formatByteRange(range: Range): string {
  return formatRange(
    {
      ...(range.min === undefined ? {} : { min: range.min / 1024 }),
      ...(range.max === undefined ? {} : { max: range.max / 1024 }),
    },
    'KB',
  );
}
