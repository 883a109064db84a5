import { describe, expect, it } from 'vitest';
import { photo } from '../test/fixtures.js';
import { sniffFormat } from './sniff-format.js';

const bytes = (...parts: (string | number[])[]): Uint8Array => {
  const out: number[] = [];
  for (const part of parts) {
    if (typeof part === 'string') for (const c of part) out.push(c.charCodeAt(0));
    else out.push(...part);
  }
  return new Uint8Array(out);
};
const ftyp = (major: string, ...compatible: string[]): Uint8Array =>
  bytes([0, 0, 0, 16 + 4 * compatible.length], 'ftyp', major, [0, 0, 0, 0], ...compatible);

describe('sniffFormat', () => {
  it('reads the real format of shared photos, whatever their name says', () => {
    expect(sniffFormat(photo('a01_obama_enrol_flags.jpg'))).toEqual({
      format: 'jpeg',
      label: 'jpeg',
      image: true,
    });
    expect(sniffFormat(photo('rgba_cutout_p3m_818e689d.png')).format).toBe('png');
    // The trap: a WebP file named .jpg.
    expect(sniffFormat(photo('hv_webp_named_jpg_long_hair_outdoor.jpg')).format).toBe('webp');
  });

  it.each([
    ['gif', bytes('GIF89a', [1, 0, 1, 0])],
    ['gif', bytes('GIF87a', [1, 0, 1, 0])],
    ['tiff', bytes('II', [0x2a, 0, 8, 0, 0, 0])],
    ['tiff', bytes('MM', [0, 0x2a, 0, 0, 0, 8])],
    ['avif', ftyp('avif', 'mif1', 'miaf')],
    ['heic', ftyp('heic', 'mif1', 'heic')],
    ['heic', ftyp('mif1', 'heic')],
    ['avif', ftyp('mif1', 'avif')],
  ])('recognises %s', (format, input) => {
    const result = sniffFormat(input);
    expect(result.format).toBe(format);
    expect(result.image).toBe(true);
  });

  it('labels generic HEIF (mif1 without a codec brand) as heif within the heic format', () => {
    expect(sniffFormat(ftyp('mif1', 'miaf'))).toEqual({ format: 'heic', label: 'heif', image: true });
  });

  it('recognises BMP only with a plausible header, not any text starting with BM', () => {
    const bmp = bytes('BM', [70, 0, 0, 0, 0, 0, 0, 0, 54, 0, 0, 0, 40, 0, 0, 0]);
    expect(sniffFormat(bmp).format).toBe('bmp');
    expect(sniffFormat(bytes('BMW is a car brand, not a bitmap')).image).toBe(false);
  });

  it.each([
    ['pdf', bytes('%PDF-1.7\n%âãÏÓ\n1 0 obj')],
    ['zip', bytes('PK', [3, 4, 20, 0, 0, 0])],
    ['mp4', ftyp('isom', 'isom', 'iso2', 'mp41')],
    ['quicktime', ftyp('qt  ', 'qt  ')],
    ['html', bytes('  <!DOCTYPE html><html><body>hi</body></html>')],
    ['xml', bytes('<?xml version="1.0"?><note/>')],
    ['json', bytes('{"name":"x"}')],
    ['text', bytes('Just some words, not an image.\n')],
    ['riff-wave', bytes('RIFF', [36, 0, 0, 0], 'WAVEfmt ')],
    ['unknown', bytes([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])],
  ])('says %s is not an image', (label, input) => {
    expect(sniffFormat(input)).toEqual({ format: 'unknown', label, image: false });
  });

  it.each([
    ['svg', bytes('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>')],
    ['svg', bytes('<svg width="10" height="10"></svg>')],
    ['jxl', bytes([0xff, 0x0a, 0xfa])],
    ['jp2', bytes([0, 0, 0, 0x0c], 'jP  ', [0x0d, 0x0a, 0x87, 0x0a])],
    ['psd', bytes('8BPS', [0, 1])],
    ['camera-raw', ftyp('crx ', 'crx ')],
    ['camera-raw', bytes('II', [0x2a, 0, 16, 0, 0, 0], 'CR', [2, 0])],
    ['netpbm', bytes('P6\n10 10\n255\n')],
  ])('says %s is an image this plugin cannot decode', (label, input) => {
    expect(sniffFormat(input)).toEqual({ format: 'unknown', label, image: true });
  });

  it('treats empty and one-byte input as unknown non-images', () => {
    expect(sniffFormat(new Uint8Array(0))).toEqual({ format: 'unknown', label: 'unknown', image: false });
    expect(sniffFormat(new Uint8Array([0xff])).image).toBe(false);
  });
});
