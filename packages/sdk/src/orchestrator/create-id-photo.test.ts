import { describe, expect, it } from 'vitest';
import { definePlugin } from '../plugin/define-plugin.js';
import { defineSpec } from '../spec/define-spec.js';
import { SPECS } from '../spec/token.js';
import { SDK_VERSION } from '../version.js';
import { createIdPhoto, primaryFace } from './create-id-photo.js';

const passportLike = defineSpec({
  id: 'no-retouch-demo',
  version: '1',
  name: { zh: '示例', en: 'Demo' },
  category: 'passport',
  region: 'intl',
  authority: { name: { zh: '示例', en: 'Demo' } },
  sources: [{ id: 'S1', title: 'Demo' }],
  citations: { canvas: ['S1'] },
  canvas: { width: 354, height: 472, dpi: 300 },
  file: { format: 'jpeg', bytes: { min: 20_000, max: 80_000 } },
  background: {
    default: 'white',
    options: [{ id: 'white', name: { zh: '白', en: 'White' }, rgb: [255, 255, 255] }],
  },
  composition: {
    unit: 'fraction',
    eyeLine: { min: 0.3, max: 0.5 },
    faceWidth: { min: 0.4, max: 0.6 },
    centreTolerance: 0.05,
  },
  edits: 'background',
  rules: [{ id: 'file.size' }],
});

const specOnly = definePlugin({
  name: 'idphoto-plugin-spec-no-retouch-demo',
  version: '1.0.0',
  sdk: `^${SDK_VERSION}`,
  provides: ['spec:no-retouch-demo'],
  setup(ctx) {
    ctx.provide(SPECS, () => passportLike, { id: passportLike.id });
  },
});

describe('createIdPhoto().make input checks', () => {
  const app = createIdPhoto({ plugins: [specOnly()] });
  const image = new Uint8Array([0xff, 0xd8, 0xff]);

  it('refuses retouching for a spec that forbids it, before any work is done', async () => {
    await expect(app.make({ image, spec: 'no-retouch-demo', retouch: true })).rejects.toMatchObject({
      code: 'SDK_EDIT_NOT_ALLOWED',
      details: { spec: 'no-retouch-demo', edit: 'retouch', allowed: 'background' },
    });
  });

  it('refuses an unknown spec and a background the spec does not offer', async () => {
    await expect(app.make({ image, spec: 'nope' })).rejects.toMatchObject({ code: 'SDK_NOT_FOUND' });
    await expect(app.make({ image, spec: 'no-retouch-demo', background: 'blue' })).rejects.toMatchObject({
      code: 'SDK_BACKGROUND_NOT_ALLOWED',
    });
  });

  it('needs a capture stage to go further', async () => {
    await expect(app.make({ image, spec: 'no-retouch-demo' })).rejects.toMatchObject({
      code: 'SDK_STAGE_MISSING',
    });
  });
});

describe('primaryFace', () => {
  const face = (ipd: number) => ({ interPupillary: ipd }) as Parameters<typeof primaryFace>[0][number];
  it('picks the largest face unless another is comparable', () => {
    expect(primaryFace([]).kind).toBe('none');
    expect(primaryFace([face(40), face(100)])).toMatchObject({ kind: 'one', face: { interPupillary: 100 } });
    expect(primaryFace([face(80), face(100)]).kind).toBe('several');
  });
});
