import { defaultPlugins } from '@idphoto/preset';
import { createIdPhoto, type IdPhoto } from '@idphoto/sdk';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/index.js';
import { fixture } from './fixtures.js';
import { capturingLogger, errorOf, post } from './http.js';

let idphoto: IdPhoto;
let image: Uint8Array;
beforeAll(async () => {
  // Read first: a missing fixture corpus fails the suite here, saying where it was expected.
  image = await fixture('hv_white_shirt_plain_bg.jpg');
  idphoto = createIdPhoto({ plugins: defaultPlugins() });
  await idphoto.warmup();
}, 300_000);

/** Values that look like what users type by mistake: a name with a phone number, an ID number. */
const PII = ['张三13800138000', '110101199003071234', '13800138000', '张三'] as const;

const expectNoPii = (text: string): void => {
  for (const value of PII) expect(text).not.toContain(value);
};

describe('personal data is never echoed', () => {
  it('refuses a form full of personal data without repeating any of it, in the answer or the log', async () => {
    const log = capturingLogger();
    const { app } = createApp({ idphoto, logger: log.logger });
    const res = await post(app, [
      ['image', image],
      ['spec', '张三13800138000'],
      ['background', '110101199003071234'],
      ['retouch', '13800138000'],
      ['13800138000', '张三'],
    ]);
    const text = await res.text();
    expect(res.status).toBe(400);
    expect((JSON.parse(text) as { error: { code: string } }).error.code).toBe('SERVER_INVALID_REQUEST');
    // The issues still say which fields are wrong, so the client can fix them.
    const issues = (JSON.parse(text) as { error: { details: { issues: string[] } } }).error.details.issues;
    expect(issues.some((i) => i.startsWith('spec'))).toBe(true);
    expect(issues.some((i) => i.startsWith('retouch'))).toBe(true);
    expectNoPii(text);
    expect(log.lines.length).toBeGreaterThan(0);
    expectNoPii(log.text());
  });

  it('does not repeat a personal-looking background that reaches the pipeline', async () => {
    const { app } = createApp({ idphoto });
    const res = await post(app, { image, spec: 'chsi-graduation', background: '110101199003071234' });
    expect(res.status).toBe(400);
    expectNoPii(await res.text());
  });

  it('does not repeat an unknown spec id or photo id from the path', async () => {
    const log = capturingLogger();
    const { app } = createApp({ idphoto, logger: log.logger });
    for (const value of PII) {
      const spec = await app.request(`/v1/specs/${encodeURIComponent(value)}`);
      expect(spec.status).toBe(404);
      const specText = await spec.text();
      expect((JSON.parse(specText) as { error: { code: string } }).error.code).toBe('SDK_NOT_FOUND');
      expectNoPii(specText);
      for (const path of [
        `/v1/photos/${encodeURIComponent(value)}`,
        `/v1/photos/${encodeURIComponent(value)}/image`,
      ]) {
        const photo = await app.request(path);
        expect(photo.status).toBe(404);
        expectNoPii(await photo.text());
      }
      const deleted = await app.request(`/v1/photos/${encodeURIComponent(value)}`, { method: 'DELETE' });
      expect(deleted.status).toBe(404);
      expectNoPii(await deleted.text());
    }
    expectNoPii(log.text());
    expectNoPii(decodeURIComponent(log.text()));
  });
});

describe('the photo form is strict', () => {
  it('refuses a reference photo sent as text, naming the field', async () => {
    const { app } = createApp({ idphoto });
    const error = await errorOf(await post(app, { image, spec: 'chsi-graduation', reference: 'not-a-file' }));
    expect(error).toMatchObject({ status: 400, code: 'SERVER_INVALID_REQUEST' });
    expect(error.issues.some((i) => i.startsWith('reference:'))).toBe(true);
  });

  it('refuses an image sent twice, and a spec sent twice', async () => {
    const { app } = createApp({ idphoto });
    const twiceImage = await errorOf(
      await post(app, [
        ['image', image],
        ['image', image],
        ['spec', 'chsi-graduation'],
      ]),
    );
    expect(twiceImage).toMatchObject({ status: 400, code: 'SERVER_INVALID_REQUEST' });
    expect(twiceImage.issues.some((i) => i.startsWith('image:'))).toBe(true);
    const twiceSpec = await errorOf(
      await post(app, [
        ['image', image],
        ['spec', 'chsi-graduation'],
        ['spec', 'cet'],
      ]),
    );
    expect(twiceSpec).toMatchObject({ status: 400, code: 'SERVER_INVALID_REQUEST' });
    expect(twiceSpec.issues.some((i) => i.startsWith('spec:'))).toBe(true);
  });

  it('refuses an image sent as text and text fields sent as files', async () => {
    const { app } = createApp({ idphoto });
    const asText = await errorOf(await post(app, { image: 'abc', spec: 'chsi-graduation' }));
    expect(asText).toMatchObject({ status: 400, code: 'SERVER_INVALID_REQUEST' });
    expect(asText.issues.some((i) => i.startsWith('image:'))).toBe(true);
    const specAsFile = await errorOf(
      await post(app, { image, spec: new TextEncoder().encode('chsi-graduation') }),
    );
    expect(specAsFile).toMatchObject({ status: 400, code: 'SERVER_INVALID_REQUEST' });
    expect(specAsFile.issues.some((i) => i.startsWith('spec:'))).toBe(true);
  });

  it('refuses an unknown field', async () => {
    const { app } = createApp({ idphoto });
    const error = await errorOf(await post(app, { image, spec: 'chsi-graduation', colour: 'blue' }));
    expect(error).toMatchObject({ status: 400, code: 'SERVER_INVALID_REQUEST' });
  });

  it.each([
    '1',
    'on',
    'yes',
    'TRUE',
  ])('refuses retouch=%j (the documented values are true and false)', async (retouch) => {
    const { app } = createApp({ idphoto });
    const error = await errorOf(await post(app, { image, spec: 'chsi-graduation', retouch }));
    expect(error).toMatchObject({ status: 400, code: 'SERVER_INVALID_REQUEST' });
    expect(error.issues.some((i) => i.startsWith('retouch:'))).toBe(true);
  });

  it('treats an empty background as the spec default and an empty retouch as false', async () => {
    const { app } = createApp({ idphoto });
    const spec = idphoto.spec('chsi-graduation');
    const other = spec.background.options.find((o) => o.id !== spec.background.default)?.id;
    expect(other).toBeDefined();
    const corner = async (fields: Record<string, string>): Promise<number[]> => {
      const res = await post(app, { image, spec: 'chsi-graduation', ...fields });
      expect(res.status).toBe(201);
      const { photo } = (await res.json()) as { photo: { url: string } };
      const bytes = new Uint8Array(await (await app.request(photo.url)).arrayBuffer());
      // The top-left corner is background in every framed photo.
      const stats = await sharp(bytes)
        .extract({ left: 2, top: 2, width: 8, height: 8 })
        .removeAlpha()
        .stats();
      return stats.channels.map((c) => c.mean);
    };
    const distance = (a: number[], b: number[]): number =>
      Math.max(...a.map((x, i) => Math.abs(x - (b[i] ?? 0))));
    const empty = await corner({ background: '', retouch: '' });
    const chosenDefault = await corner({ background: spec.background.default, retouch: 'false' });
    const chosenOther = await corner({ background: other ?? '' });
    expect(distance(empty, chosenDefault)).toBeLessThan(3);
    expect(distance(empty, chosenOther)).toBeGreaterThan(20);
  });
});
