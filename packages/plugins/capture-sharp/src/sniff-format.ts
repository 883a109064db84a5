import type { ImageFormat } from '@idphoto/sdk';

/** What the first bytes of an upload say it is. */
export interface SniffResult {
  /** The SDK image format, or `unknown` when the bytes are not one of the SDK's formats. */
  readonly format: ImageFormat;
  /**
   * A precise, safe label of what was recognised: the image formats (`jpeg`, `png`, `webp`, `avif`,
   * `heic`, `heif`, `tiff`, `gif`, `bmp`), other images (`svg`, `jxl`, `jp2`, `psd`, `ico`, `camera-raw`, …),
   * common non-images (`pdf`, `zip`, `mp4`, `html`, `text`, …) or `unknown`.
   */
  readonly label: string;
  /** Whether the bytes are an image of some kind (decodable or not). */
  readonly image: boolean;
}

const ascii = (bytes: Uint8Array, start: number, length: number): string => {
  let out = '';
  for (let i = start; i < start + length && i < bytes.length; i++) out += String.fromCharCode(bytes[i]!);
  return out;
};

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0): boolean =>
  bytes.length >= at + signature.length && signature.every((byte, i) => bytes[at + i] === byte);

const image = (format: ImageFormat, label: string = format): SniffResult => ({ format, label, image: true });
const other = (label: string, isImage = false): SniffResult => ({ format: 'unknown', label, image: isImage });

/** ISO-BMFF brands of still images (HEIF family) and of video/audio files. */
const AVIF_BRANDS = new Set(['avif', 'avis']);
const HEIC_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'hevm', 'hevs']);
const HEIF_BRANDS = new Set(['mif1', 'msf1', 'mif2', 'miaf']);

/**
 * Identifies the format of an upload from its magic numbers, never from a file name.
 *
 * ISO-BMFF files (`ftyp`) are told apart by their brands: AVIF, HEIC (HEVC) and generic HEIF are
 * images; MP4, MOV, 3GP and the like are not. TIFF-based camera raw files (CR2) are reported as
 * `camera-raw`. Text-like uploads (HTML, SVG, XML, plain text) are recognised so errors can say what
 * was sent without echoing it.
 *
 * @example
 * ```ts
 * sniffFormat(new Uint8Array([0xff, 0xd8, 0xff, 0xe0])); // { format: 'jpeg', label: 'jpeg', image: true }
 * sniffFormat(new TextEncoder().encode('%PDF-1.7')); // { format: 'unknown', label: 'pdf', image: false }
 * ```
 */
export function sniffFormat(bytes: Uint8Array): SniffResult {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return image('jpeg');
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return image('png');
  if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a') return image('gif');
  if (ascii(bytes, 0, 4) === 'RIFF' && bytes.length >= 12) {
    return ascii(bytes, 8, 4) === 'WEBP'
      ? image('webp')
      : other(`riff-${ascii(bytes, 8, 4).trim().toLowerCase()}`);
  }
  if (ascii(bytes, 4, 4) === 'ftyp' && bytes.length >= 12) return sniffBmff(bytes);
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) {
    return ascii(bytes, 8, 2) === 'CR' ? other('camera-raw', true) : image('tiff');
  }
  if (startsWith(bytes, [0x49, 0x49, 0x2b, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2b])) {
    return other('bigtiff', true);
  }
  if (isBmp(bytes)) return image('bmp');
  const known = sniffOtherBinary(bytes);
  if (known) return known;
  return sniffText(bytes);
}

function sniffBmff(bytes: Uint8Array): SniffResult {
  const boxSize = ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0;
  const end = Math.min(bytes.length, boxSize >= 16 ? boxSize : 16);
  const brands = [ascii(bytes, 8, 4)];
  for (let at = 16; at + 4 <= end; at += 4) brands.push(ascii(bytes, at, 4));
  const major = brands[0]!;
  if (AVIF_BRANDS.has(major)) return image('avif');
  if (HEIC_BRANDS.has(major)) return image('heic');
  if (major === 'crx ') return other('camera-raw', true);
  if (HEIF_BRANDS.has(major) || brands.some((brand) => HEIF_BRANDS.has(brand))) {
    if (brands.some((brand) => AVIF_BRANDS.has(brand))) return image('avif');
    if (brands.some((brand) => HEIC_BRANDS.has(brand))) return image('heic');
    return image('heic', 'heif');
  }
  if (major === 'qt  ') return other('quicktime');
  return other('mp4');
}

/** BMP needs more than `BM`: the reserved words are zero and the DIB header size is a known one. */
function isBmp(bytes: Uint8Array): boolean {
  if (bytes.length < 18 || bytes[0] !== 0x42 || bytes[1] !== 0x4d) return false;
  const reservedZero = bytes[6] === 0 && bytes[7] === 0 && bytes[8] === 0 && bytes[9] === 0;
  const dib = bytes[14]! | (bytes[15]! << 8) | (bytes[16]! << 16) | (bytes[17]! << 24);
  return reservedZero && [12, 16, 40, 52, 56, 64, 108, 124].includes(dib);
}

const BINARY_SIGNATURES: readonly { readonly signature: readonly number[]; readonly result: SniffResult }[] =
  [
    { signature: [0x25, 0x50, 0x44, 0x46, 0x2d], result: other('pdf') },
    { signature: [0x50, 0x4b, 0x03, 0x04], result: other('zip') },
    { signature: [0x50, 0x4b, 0x05, 0x06], result: other('zip') },
    { signature: [0x1f, 0x8b], result: other('gzip') },
    { signature: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], result: other('rar') },
    { signature: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], result: other('7z') },
    { signature: [0x7f, 0x45, 0x4c, 0x46], result: other('executable') },
    { signature: [0x4d, 0x5a], result: other('executable') },
    { signature: [0x49, 0x44, 0x33], result: other('mp3') },
    { signature: [0x4f, 0x67, 0x67, 0x53], result: other('ogg') },
    { signature: [0x1a, 0x45, 0xdf, 0xa3], result: other('matroska') },
    { signature: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], result: other('ms-office') },
    // Images this plugin does not decode.
    { signature: [0xff, 0x0a], result: other('jxl', true) },
    {
      signature: [0, 0, 0, 0x0c, 0x4a, 0x58, 0x4c, 0x20, 0x0d, 0x0a, 0x87, 0x0a],
      result: other('jxl', true),
    },
    {
      signature: [0, 0, 0, 0x0c, 0x6a, 0x50, 0x20, 0x20, 0x0d, 0x0a, 0x87, 0x0a],
      result: other('jp2', true),
    },
    { signature: [0xff, 0x4f, 0xff, 0x51], result: other('jp2', true) },
    { signature: [0x38, 0x42, 0x50, 0x53], result: other('psd', true) },
    { signature: [0x49, 0x49, 0xbc], result: other('jxr', true) },
    { signature: [0x76, 0x2f, 0x31, 0x01], result: other('exr', true) },
    { signature: [0x71, 0x6f, 0x69, 0x66], result: other('qoi', true) },
    { signature: [0x23, 0x3f, 0x52, 0x41, 0x44, 0x49, 0x41, 0x4e, 0x43, 0x45], result: other('hdr', true) },
    { signature: [0x00, 0x00, 0x01, 0x00], result: other('ico', true) },
  ];

function sniffOtherBinary(bytes: Uint8Array): SniffResult | undefined {
  for (const { signature, result } of BINARY_SIGNATURES) if (startsWith(bytes, signature)) return result;
  // Netpbm (P1–P7) followed by whitespace.
  if (
    bytes[0] === 0x50 &&
    bytes[1]! >= 0x31 &&
    bytes[1]! <= 0x37 &&
    [0x0a, 0x0d, 0x20, 0x09].includes(bytes[2]!)
  ) {
    return other('netpbm', true);
  }
  return undefined;
}

/** Recognises text-like uploads from their first kilobyte (after an optional UTF-8 BOM). */
function sniffText(bytes: Uint8Array): SniffResult {
  const start = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  const head = ascii(bytes, start, 1024);
  const lead = head.trimStart().toLowerCase();
  if (lead.startsWith('<svg') || (lead.startsWith('<?xml') && lead.includes('<svg')))
    return other('svg', true);
  if (lead.startsWith('<!doctype html') || lead.startsWith('<html')) return other('html');
  if (lead.startsWith('<?xml')) return other('xml');
  if (lead.startsWith('{') || lead.startsWith('['))
    return other(looksLikeText(bytes, start) ? 'json' : 'unknown');
  return other(bytes.length > start && looksLikeText(bytes, start) ? 'text' : 'unknown');
}

function looksLikeText(bytes: Uint8Array, start: number): boolean {
  const end = Math.min(bytes.length, start + 1024);
  for (let i = start; i < end; i++) {
    const byte = bytes[i]!;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20) || byte === 0x7f) return false;
  }
  return true;
}
