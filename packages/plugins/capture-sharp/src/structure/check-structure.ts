import type { ImageFormat } from '@idphoto/sdk';
import { checkBmffStructure } from './bmff-structure.js';
import { checkGifStructure } from './gif-structure.js';
import { checkJpegStructure } from './jpeg-structure.js';
import { checkPngStructure } from './png-structure.js';
import { checkTiffStructure } from './tiff-structure.js';
import type { StructureVerdict } from './verdict.js';
import { checkWebpStructure } from './webp-structure.js';

/**
 * Walks the container structure of a sniffed image without decoding pixels, so a cut upload is told
 * apart from damaged data deterministically (decoders word both as "premature end" or "read error").
 */
export function checkStructure(format: ImageFormat, bytes: Uint8Array): StructureVerdict {
  switch (format) {
    case 'jpeg':
      return checkJpegStructure(bytes);
    case 'png':
      return checkPngStructure(bytes);
    case 'webp':
      return checkWebpStructure(bytes);
    case 'gif':
      return checkGifStructure(bytes).verdict;
    case 'tiff':
      return checkTiffStructure(bytes);
    case 'avif':
    case 'heic':
      return checkBmffStructure(bytes);
    default:
      return 'complete';
  }
}
