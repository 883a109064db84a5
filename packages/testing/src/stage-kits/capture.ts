import {
  CAPTURE,
  type CaptureOutput,
  type CaptureStage,
  crc32,
  type IdPhotoPlugin,
  type ImageFormat,
} from '@idphoto/sdk';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSharp, type SharpModule } from '../load-sharp.js';
import { kitApp, manifestTests, rejectionCode, type StageKitOptions } from './common.js';

/** Formats the capture kit can write as test input (HEIC needs an encoder sharp's prebuilt lacks). */
export type KitImageFormat = Extract<ImageFormat, 'jpeg' | 'png' | 'webp' | 'avif' | 'tiff' | 'gif'>;

/** Options of {@link testCaptureStage}. */
export interface TestCaptureStageOptions extends StageKitOptions {
  /** Formats the stage claims to decode (default `jpeg`, `png`, `webp`: what every phone uploads). */
  readonly formats?: readonly KitImageFormat[];
}

/** Test pattern: four flat quadrants, so orientation and colour are both checkable. */
const QUADRANTS = {
  topLeft: [220, 40, 40],
  topRight: [40, 170, 60],
  bottomLeft: [70, 100, 180],
  bottomRight: [230, 210, 40],
} as const satisfies Record<string, readonly [number, number, number]>;
type Quadrant = keyof typeof QUADRANTS;

const WIDTH = 320;
const HEIGHT = 240;

/** Values that look like personal data, hidden in the EXIF of an upload. */
const PII = ['张三', '13800138000', '110101199003071234'];

/**
 * Conformance kit for Capture stages (`provides: ['capture']`). Registers vitest suites that feed
 * the stage generated uploads and check the contract every later stage relies on: formats sniffed
 * from bytes; EXIF orientation applied; CMYK, greyscale and 16-bit input turned into sRGB 8-bit RGB;
 * transparency flattened onto white (never onto the hidden colour under it); no metadata surviving
 * into the result; and empty, non-image, truncated, corrupt, tiny and decompression-bomb uploads each
 * refused with its own `CAPTURE_*` code, the stage still working afterwards. Needs `sharp` (optional
 * peer) to write the inputs.
 *
 * @example
 * ```ts
 * // test/conformance.test.ts
 * import { testCaptureStage } from '@idphoto/testing';
 * import { myCapture } from '../src/index.js';
 *
 * testCaptureStage(myCapture(), { formats: ['jpeg', 'png', 'webp', 'avif'] });
 * ```
 */
export function testCaptureStage(plugin: IdPhotoPlugin, options: TestCaptureStageOptions = {}): void {
  const formats = options.formats ?? ['jpeg', 'png', 'webp'];
  const timeout = options.timeout ?? 120_000;
  describe(`capture stage ${plugin.name}`, () => {
    manifestTests(plugin, 'capture');
    let stage: CaptureStage;
    let sharp: SharpModule;
    beforeAll(async () => {
      stage = kitApp(plugin, options).resolver.resolve(CAPTURE);
      sharp = await loadSharp();
    }, timeout);
    const load = (bytes: Uint8Array): Promise<CaptureOutput> => stage.load({ bytes });
    const pattern = (): ReturnType<SharpModule> =>
      sharp(quadrantPattern(), { raw: { width: WIDTH, height: HEIGHT, channels: 3 } });

    for (const format of formats) {
      it(`decodes ${format}, sniffed from the bytes, to upright sRGB 8-bit RGB`, { timeout }, async () => {
        const bytes = await encode(pattern(), format);
        const { source } = await load(bytes);
        expect(source.original.format).toBe(format);
        expect(rgbShape(source.image)).toEqual({
          width: WIDTH,
          height: HEIGHT,
          channels: 3,
          bytes: WIDTH * HEIGHT * 3,
        });
        expect(quadrantErrors(source.image, format === 'gif' ? 40 : 24)).toEqual([]);
      });
    }

    it('applies EXIF orientation (6: rotate 90° clockwise to display)', { timeout }, async () => {
      const bytes = await encode(pattern().withMetadata({ orientation: 6 }), 'jpeg');
      const { source } = await load(bytes);
      expect(source.original.orientation).toBe(6);
      expect([source.image.width, source.image.height]).toEqual([HEIGHT, WIDTH]);
      // Rotating clockwise moves the stored bottom-left to the displayed top-left, and so on.
      expect(
        quadrantErrors(source.image, 24, {
          topLeft: 'bottomLeft',
          topRight: 'topLeft',
          bottomLeft: 'bottomRight',
          bottomRight: 'topRight',
        }),
      ).toEqual([]);
    });

    it('converts CMYK to sRGB with the colours kept', { timeout }, async () => {
      const bytes = await encode(pattern().toColourspace('cmyk'), 'jpeg');
      const { source } = await load(bytes);
      expect(source.image.channels).toBe(3);
      // A round trip through a CMYK profile pulls saturated colours into its gamut: hue kept, some chroma lost.
      expect(quadrantErrors(source.image, 36)).toEqual([]);
    });

    it('turns greyscale into equal R, G and B', { timeout }, async () => {
      const bytes = await encode(pattern().toColourspace('b-w'), 'png');
      const { source } = await load(bytes);
      const { data } = source.image;
      let worst = 0;
      for (let i = 0; i < data.length; i += 3) {
        worst = Math.max(worst, Math.abs(data[i]! - data[i + 1]!), Math.abs(data[i]! - data[i + 2]!));
      }
      expect(worst).toBeLessThanOrEqual(1);
    });

    it('reduces 16-bit input to 8 bits without shifting levels', { timeout }, async () => {
      const bytes = await encode(pattern().toColourspace('rgb16'), 'png');
      const { source } = await load(bytes);
      expect(source.original.bitDepth).toBe(16);
      expect(quadrantErrors(source.image, 2)).toEqual([]);
    });

    it('flattens transparency onto white, not onto the colour hidden under it', { timeout }, async () => {
      // Left half: black pixels at alpha 0; right half: opaque red.
      const rgba = new Uint8Array(WIDTH * HEIGHT * 4);
      for (let i = 0; i < WIDTH * HEIGHT; i++) {
        if (i % WIDTH >= WIDTH / 2) rgba.set([220, 40, 40, 255], i * 4);
      }
      const bytes = await encode(sharp(rgba, { raw: { width: WIDTH, height: HEIGHT, channels: 4 } }), 'png');
      const { source } = await load(bytes);
      expect(source.original.hasAlpha).toBe(true);
      expect(pixel(source.image, WIDTH / 4, HEIGHT / 2).every((c) => c >= 250)).toBe(true);
      expect(distance(pixel(source.image, (3 * WIDTH) / 4, HEIGHT / 2), [220, 40, 40])).toBeLessThanOrEqual(
        6,
      );
    });

    it('keeps nothing of the metadata (EXIF text with personal data)', { timeout }, async () => {
      const bytes = await encode(
        pattern().withExif({ IFD0: { Artist: `${PII[0]} ${PII[1]}`, ImageDescription: PII[2]! } }),
        'jpeg',
      );
      expect(Buffer.from(bytes).includes(Buffer.from(PII[1]!))).toBe(true);
      const { source } = await load(bytes);
      const described = JSON.stringify({ original: source.original, notes: source.notes });
      for (const value of PII) expect(described).not.toContain(value);
    });

    describe('refuses bad uploads with their own codes, and keeps working', () => {
      const cases: readonly (readonly [string, string, () => Promise<Uint8Array>])[] = [
        ['an empty file', 'CAPTURE_EMPTY_INPUT', async () => new Uint8Array(0)],
        ['a PDF renamed .jpg', 'CAPTURE_NOT_AN_IMAGE', async () => new TextEncoder().encode(FAKE_PDF)],
        [
          'plain text',
          'CAPTURE_NOT_AN_IMAGE',
          async () => new TextEncoder().encode('name: 张三\nphone: 13800138000\n'.repeat(20)),
        ],
        [
          'a JPEG cut in half',
          'CAPTURE_TRUNCATED',
          async () => {
            const jpeg = await encode(pattern(), 'jpeg');
            return jpeg.subarray(0, jpeg.length >> 1);
          },
        ],
        [
          'a PNG whose image data is scrambled',
          'CAPTURE_CORRUPT',
          async () => {
            const png = await encode(pattern(), 'png');
            const bad = png.slice();
            for (let i = 100; i < bad.length - 20; i += 7) bad[i] = bad[i]! ^ 0x5a;
            return bad;
          },
        ],
        [
          'a 20000×20000 PNG header (decompression bomb)',
          'CAPTURE_TOO_MANY_PIXELS',
          async () => pngHeaderOnly(20_000, 20_000),
        ],
        [
          'a 2×2 image',
          'CAPTURE_TOO_SMALL',
          () => encode(sharp({ create: { width: 2, height: 2, channels: 3, background: '#808080' } }), 'png'),
        ],
      ];
      for (const [what, code, make] of cases) {
        it(`${what}: ${code}`, { timeout }, async () => {
          expect(await rejectionCode(load(await make()))).toBe(code);
          const { source } = await load(await encode(pattern(), 'jpeg'));
          expect(source.image.width).toBe(WIDTH);
        });
      }
    });
  });
}

/** Encodes a sharp pipeline to `format` and returns the bytes. */
async function encode(image: ReturnType<SharpModule>, format: KitImageFormat): Promise<Uint8Array> {
  const buffer = await image.toFormat(format, format === 'jpeg' ? { quality: 92 } : {}).toBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.length);
}

function quadrantPattern(): Uint8Array {
  const data = new Uint8Array(WIDTH * HEIGHT * 3);
  for (let y = 0; y < HEIGHT; y++) {
    for (let x = 0; x < WIDTH; x++) {
      const q: Quadrant = `${y < HEIGHT / 2 ? 'top' : 'bottom'}${x < WIDTH / 2 ? 'Left' : 'Right'}`;
      data.set(QUADRANTS[q], (y * WIDTH + x) * 3);
    }
  }
  return data;
}

function rgbShape(image: CaptureOutput['source']['image']): Record<string, number> {
  return { width: image.width, height: image.height, channels: image.channels, bytes: image.data.length };
}

function pixel(image: CaptureOutput['source']['image'], x: number, y: number): [number, number, number] {
  const i = (Math.floor(y) * image.width + Math.floor(x)) * 3;
  return [image.data[i]!, image.data[i + 1]!, image.data[i + 2]!];
}

function distance(a: readonly number[], b: readonly number[]): number {
  return Math.max(...a.map((v, i) => Math.abs(v - b[i]!)));
}

/**
 * Colour errors at each quadrant's centre beyond `tolerance` (max channel difference), as readable
 * lines. `expected` maps each displayed quadrant to the stored quadrant that should appear there.
 */
function quadrantErrors(
  image: CaptureOutput['source']['image'],
  tolerance: number,
  expected: Record<Quadrant, Quadrant> = {
    topLeft: 'topLeft',
    topRight: 'topRight',
    bottomLeft: 'bottomLeft',
    bottomRight: 'bottomRight',
  },
): string[] {
  const errors: string[] = [];
  for (const [shown, stored] of Object.entries(expected) as [Quadrant, Quadrant][]) {
    const x = (shown.endsWith('Left') ? 0.25 : 0.75) * image.width;
    const y = (shown.startsWith('top') ? 0.25 : 0.75) * image.height;
    const got = pixel(image, x, y);
    const d = distance(got, QUADRANTS[stored]);
    if (d > tolerance)
      errors.push(
        `${shown}: rgb(${got.join(',')}) should be the ${stored} colour rgb(${QUADRANTS[stored].join(',')}) (off by ${d})`,
      );
  }
  return errors;
}

const FAKE_PDF =
  '%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n';

/** A PNG signature and IHDR declaring `width × height`, then a tiny IDAT and IEND: a bomb's header. */
function pngHeaderOnly(width: number, height: number): Uint8Array {
  const chunk = (type: string, data: Uint8Array): Uint8Array => {
    const out = new Uint8Array(12 + data.length);
    const view = new DataView(out.buffer);
    view.setUint32(0, data.length);
    out.set(new TextEncoder().encode(type), 4);
    out.set(data, 8);
    view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
    return out;
  };
  const ihdr = new Uint8Array(13);
  const view = new DataView(ihdr.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', new Uint8Array([0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01])),
    chunk('IEND', new Uint8Array(0)),
  ];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
