import {
  CAPTURE,
  createIdPhoto,
  FACE_ANALYZER,
  isIdPhotoError,
  primaryFace,
  RENDER,
  type RenderInput,
  readJpegInfo,
} from '@idphoto/sdk';
import { chsiGraduation } from '@idphoto/spec-chsi';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { sharpRender } from '../src/index.js';
import { fixturePath } from './fixtures.js';
import { analysisStages, sourceAndFace } from './stages.js';

const BLUE = { r: 100, g: 197, b: 255 };
const render = createIdPhoto({ plugins: [sharpRender()] }).resolver.resolve(RENDER);

/** Re-captures and re-analyses a finished photo, as the validator does. */
async function measure(bytes: Uint8Array) {
  const app = analysisStages();
  const { source } = await app.resolver.resolve(CAPTURE).load({ bytes });
  const analysis = await app.resolver
    .resolve(FACE_ANALYZER)
    .analyze({ image: source.image, embeddings: false });
  const main = primaryFace(analysis.faces);
  if (main.kind !== 'one') throw new Error('no single face in the output');
  const f = main.face;
  const cheekL = f.landmarks[234]!;
  const cheekR = f.landmarks[454]!;
  return {
    width: source.image.width,
    height: source.image.height,
    eyeLine: (f.eyes.left.y + f.eyes.right.y) / 2,
    faceWidth: f.faceWidth,
    centre: (cheekL.x + cheekR.x) / 2,
  };
}

async function errorOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('sharp render stage, crop-only (pixels as shot)', () => {
  it.each([
    'hv_man_suit_gray_bg.jpg',
    'a01_obama_enrol_flags.jpg',
    'derived_cmyk_alex_portrait.jpg',
  ])('crops %s to the CHSI frame; re-measured eye line, face width and centring are in range', async (name) => {
    const { source, face } = await sourceAndFace(name);
    const out = await render.render({
      source,
      face,
      spec: chsiGraduation,
      background: BLUE,
      mode: 'crop-only',
    });
    const info = readJpegInfo(out.photo.bytes)!;
    expect(info).toMatchObject({
      width: 480,
      height: 640,
      dpi: 300,
      baseline: true,
      components: 3,
      hasExif: false,
    });
    expect(out.photo.quality).toBeGreaterThanOrEqual(60);
    expect(out.photo.bytes.length).toBeGreaterThanOrEqual(20 * 1024);
    expect(out.photo.bytes.length).toBeLessThanOrEqual(40 * 1024);
    // No matte: the head top is estimated and the render says so; nothing else is reported.
    expect(out.notes.map((n) => n.rule)).toEqual(['composition.head-top-estimated']);
    expect(out.alpha).toBeUndefined();
    expect(Object.keys(out.timings)).toEqual(expect.arrayContaining(['plan', 'crop', 'encode']));
    const m = await measure(out.photo.bytes);
    expect(m.eyeLine).toBeGreaterThanOrEqual(200);
    expect(m.eyeLine).toBeLessThanOrEqual(300);
    expect(m.faceWidth).toBeGreaterThanOrEqual(180);
    expect(m.faceWidth).toBeLessThanOrEqual(300);
    expect(Math.abs(m.centre - 240)).toBeLessThanOrEqual(24);
    // The plan's prediction matches the re-measurement within a few pixels.
    expect(Math.abs(out.plan.predicted.eyeLine - m.eyeLine)).toBeLessThan(6);
    expect(Math.abs(out.plan.predicted.faceWidth - m.faceWidth)).toBeLessThan(12);
  });

  it('reports a crop that needs pixels below a source cut at the chin, and fills nothing from the edge', async () => {
    // A portrait fixture cut just below the chin (derived in memory): no room for shoulders.
    const full = await sourceAndFace('hv_man_suit_gray_bg.jpg');
    const cutAt = Math.round(full.face.chin.y + 0.1 * full.face.faceHeight);
    const bytes = new Uint8Array(
      await sharp(fixturePath('hv_man_suit_gray_bg.jpg'))
        .extract({ left: 0, top: 0, width: full.source.image.width, height: cutAt })
        .jpeg({ quality: 95 })
        .toBuffer(),
    );
    const { source, face } = await sourceAndFace(bytes);
    const out = await render.render({
      source,
      face,
      spec: chsiGraduation,
      background: BLUE,
      mode: 'crop-only',
    });
    const cut = out.notes.filter((n) => n.rule === 'source.cut-off');
    expect(cut).toHaveLength(1);
    expect(cut[0]!.severity).toBe('fail');
    expect(
      String(cut[0]!.measured)
        .split(', ')
        .map((part) => part.split(':')[0]),
    ).toContain('bottom');
    // The composition is kept; below the source the frame is the flat background colour, not smeared edge pixels.
    expect(out.plan.predicted.eyeLine).toBeGreaterThan(200);
    const { data } = await sharp(out.photo.bytes).raw().toBuffer({ resolveWithObject: true });
    const last = 639 * 480 * 3;
    expect(Math.abs(data[last + 240 * 3]! - BLUE.r)).toBeLessThan(8);
    expect(Math.abs(data[last + 240 * 3 + 2]! - BLUE.b)).toBeLessThan(8);
  });

  it('reports enlarging a small face beyond the limit (source.resolution) and still renders', async () => {
    const { source, face } = await sourceAndFace('gray_hopper_glasses.jpg');
    const out = await render.render({
      source,
      face,
      spec: chsiGraduation,
      background: BLUE,
      mode: 'crop-only',
    });
    const note = out.notes.find((n) => n.rule === 'source.resolution')!;
    expect(note.severity).toBe('fail');
    expect(note.measured).toBeGreaterThan(1.5);
    expect(out.plan.scale).toBeCloseTo(note.measured as number, 1);
    expect(readJpegInfo(out.photo.bytes)!.width).toBe(480);
  });

  it('skips retouching in crop-only mode and says so', async () => {
    const { source, face } = await sourceAndFace('hv_man_suit_gray_bg.jpg');
    const out = await render.render({
      source,
      face,
      spec: chsiGraduation,
      background: BLUE,
      mode: 'crop-only',
      retouch: { smoothing: 0.5 },
    });
    expect(out.notes.map((n) => n.rule)).toContain('retouch.skipped');
    expect(out.timings['retouch']).toBeUndefined();
  });
});

describe('sharp render stage, input errors', () => {
  it('needs a matte to replace the background (RENDER_MATTE_REQUIRED)', async () => {
    const { source, face } = await sourceAndFace('hv_man_suit_gray_bg.jpg');
    const error = await errorOf(
      render.render({ source, face, spec: chsiGraduation, background: BLUE, mode: 'replace-background' }),
    );
    expect(isIdPhotoError(error, 'RENDER_MATTE_REQUIRED')).toBe(true);
  });

  it('refuses inconsistent input (RENDER_SHARP_INVALID_INPUT)', async () => {
    const { source, face } = await sourceAndFace('hv_man_suit_gray_bg.jpg');
    const base: RenderInput = { source, face, spec: chsiGraduation, background: BLUE, mode: 'crop-only' };
    const truncated = { ...source, image: { ...source.image, data: source.image.data.subarray(0, 100) } };
    const elsewhere = { ...face, eyes: { left: { x: -50, y: 10 }, right: { x: -10, y: 10 } } };
    for (const input of [
      { ...base, source: truncated },
      { ...base, face: elsewhere },
    ]) {
      expect(isIdPhotoError(await errorOf(render.render(input)), 'RENDER_SHARP_INVALID_INPUT')).toBe(true);
    }
  });

  it('stops when aborted (SDK_ABORTED)', async () => {
    const { source, face } = await sourceAndFace('hv_man_suit_gray_bg.jpg');
    const controller = new AbortController();
    controller.abort();
    const error = await errorOf(
      render.render({
        source,
        face,
        spec: chsiGraduation,
        background: BLUE,
        mode: 'crop-only',
        signal: controller.signal,
      }),
    );
    expect(isIdPhotoError(error, 'SDK_ABORTED')).toBe(true);
  });
});

describe('sharpRender plugin', () => {
  it('provides the render capability and validates its options', () => {
    const plugin = sharpRender({ maxUpscale: 1.25, foreground: 'blur-fusion' });
    expect(plugin.name).toBe('@idphoto/render-sharp');
    expect(plugin.provides).toEqual(['render']);
    expect(plugin.options).toMatchObject({ maxUpscale: 1.25, foreground: 'blur-fusion', rangeMargin: 0.1 });
    expect(sharpRender().options).toMatchObject({
      maxUpscale: 1.5,
      foreground: 'multi-level',
      maxSmoothing: 0.6,
    });
    let error: unknown;
    try {
      sharpRender({ maxUpscale: 0.5 });
    } catch (e) {
      error = e;
    }
    expect(isIdPhotoError(error, 'SDK_PLUGIN_INVALID_OPTIONS')).toBe(true);
  });
});
