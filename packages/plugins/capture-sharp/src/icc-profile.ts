import { u32be } from './structure/verdict.js';

/** The few facts of an ICC profile that capture reports. */
export interface IccProfileInfo {
  /** Data colour space signature, trimmed: `RGB`, `CMYK`, `GRAY`, … */
  readonly colourSpace: string;
  /** Profile description (`desc` tag), e.g. `sRGB IEC61966-2.1` or `Display P3`; empty when absent. */
  readonly description: string;
}

const text = (bytes: Uint8Array, start: number, length: number): string => {
  let out = '';
  for (let i = start; i < start + length && i < bytes.length; i++) {
    const code = bytes[i]!;
    if (code === 0) break;
    out += String.fromCharCode(code);
  }
  return out;
};

/** Reads the colour space and description of an ICC profile; `undefined` when it is not one. */
export function readIccProfile(icc: Uint8Array): IccProfileInfo | undefined {
  if (icc.length < 132 || text(icc, 36, 4) !== 'acsp') return undefined;
  const colourSpace = text(icc, 16, 4).trim();
  const tags = Math.min(u32be(icc, 128), Math.floor((icc.length - 132) / 12));
  for (let i = 0; i < tags; i++) {
    const entry = 132 + i * 12;
    if (text(icc, entry, 4) !== 'desc') continue;
    return { colourSpace, description: readDescription(icc, u32be(icc, entry + 4), u32be(icc, entry + 8)) };
  }
  return { colourSpace, description: '' };
}

function readDescription(icc: Uint8Array, offset: number, size: number): string {
  if (offset + 12 > icc.length || size < 12) return '';
  const type = text(icc, offset, 4);
  if (type === 'desc') return text(icc, offset + 12, Math.min(u32be(icc, offset + 8), size - 12)).trim();
  if (type !== 'mluc' || offset + 28 > icc.length) return '';
  // multiLocalizedUnicodeType: take the first record (UTF-16BE).
  const length = u32be(icc, offset + 20);
  const start = offset + u32be(icc, offset + 24);
  let out = '';
  for (let i = start; i + 1 < start + length && i + 1 < icc.length; i += 2) {
    out += String.fromCharCode((icc[i]! << 8) | icc[i + 1]!);
  }
  return out.replace(/\0+$/, '').trim();
}

/** Whether a profile is (a variant of) sRGB, so applying it changes nothing worth a note. */
export function isSrgbProfile(info: IccProfileInfo | undefined): boolean {
  return info !== undefined && info.colourSpace === 'RGB' && /\bsRGB\b/i.test(info.description);
}
