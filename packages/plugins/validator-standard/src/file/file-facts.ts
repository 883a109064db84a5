import { type JpegInfo, type RuleContext, readJpegInfo } from '@idphoto/sdk';
import { type PngInfo, readPngInfo } from './png-info.js';
import { type FileFormat, sniffFormat } from './sniff.js';

/** What the file's headers say, read once per photo. */
export interface FileFacts {
  readonly format: FileFormat;
  readonly jpeg: JpegInfo | null;
  readonly png: PngInfo | null;
}

/** Header facts of the submitted bytes, memoised. */
export function fileFacts(ctx: RuleContext): FileFacts {
  return ctx.memo('file.facts', () => {
    const bytes = ctx.subject.bytes;
    const format = sniffFormat(bytes);
    return {
      format,
      jpeg: format === 'jpeg' ? readJpegInfo(bytes) : null,
      png: format === 'png' ? readPngInfo(bytes) : null,
    };
  });
}

/** Display name of a format for messages. */
export function formatName(format: string): string {
  return format === 'jpeg' ? 'JPEG' : format.toUpperCase();
}
