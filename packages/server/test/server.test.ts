import { defaultPlugins } from '@idphoto/preset';
import { createIdPhoto, type IdPhoto, readJpegInfo } from '@idphoto/sdk';
import sharp from 'sharp';
import { createStorage } from 'unstorage';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/index.js';
import { fixture } from './fixtures.js';
import { form } from './http.js';

let idphoto: IdPhoto;
beforeAll(async () => {
  idphoto = createIdPhoto({ plugins: defaultPlugins() });
  await idphoto.warmup();
}, 300_000);

describe('reference server', () => {
  it('uploads a photo, returns the report and serves the produced photo', async () => {
    const storage = createStorage();
    const { app } = createApp({ idphoto, storage });
    const res = await app.request('/v1/photos', {
      method: 'POST',
      body: form({
        image: await fixture('hv_white_shirt_plain_bg.jpg'),
        spec: 'chsi-graduation',
        background: 'blue',
      }),
    });
    expect(res.status).toBe(201);
    const body = (await res.json()) as {
      id: string;
      pass: boolean;
      report: { items: { rule: string; status: string }[] };
      photo: { url: string; width: number };
    };
    expect(body.report.items.filter((i) => i.status === 'fail')).toEqual([]);
    expect(body.pass).toBe(true);
    expect(body.photo.width).toBe(480);

    const again = await app.request(`/v1/photos/${body.id}`);
    expect(again.status).toBe(200);
    expect(((await again.json()) as { id: string }).id).toBe(body.id);

    const image = await app.request(body.photo.url);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/jpeg');
    const bytes = new Uint8Array(await image.arrayBuffer());
    const info = readJpegInfo(bytes);
    expect(info).toMatchObject({ width: 480, height: 640, dpi: 300, baseline: true, hasExif: false });
    const meta = await sharp(bytes).metadata();
    expect(meta.exif).toBeUndefined();
    expect((await storage.getKeys('photos')).length).toBe(2);
  });

  it('reports a photo that cannot be made as a failing report, not an error', async () => {
    const { app } = createApp({ idphoto });
    const res = await app.request('/v1/photos', {
      method: 'POST',
      body: form({ image: await fixture('hsd155_statue_no_face.jpg'), spec: 'chsi-graduation' }),
    });
    expect(res.status).toBe(201);
    const body = (await res.json()) as {
      pass: boolean;
      photo: unknown;
      report: { items: { rule: string; status: string }[] };
    };
    expect(body.pass).toBe(false);
    expect(body.photo).toBeNull();
    expect(body.report.items).toContainEqual(expect.objectContaining({ rule: 'face.count', status: 'fail' }));
  });

  it.each([
    [
      'a PDF renamed .jpg',
      () => new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n'),
      415,
      'CAPTURE_NOT_AN_IMAGE',
    ],
    ['an empty file', () => new Uint8Array(0), 400, 'CAPTURE_EMPTY_INPUT'],
  ])('refuses %s with a typed error and keeps running', async (_label, make, status, code) => {
    const { app } = createApp({ idphoto });
    const res = await app.request('/v1/photos', {
      method: 'POST',
      body: form({ image: make(), spec: 'chsi-graduation' }),
    });
    expect(res.status).toBe(status);
    const body = (await res.json()) as { error: { code: string; details: { input?: string } } };
    expect(body.error.code).toBe(code);
    expect(body.error.details.input).toBe('image');
    expect((await app.request('/healthz')).status).toBe(200);
  });

  /** A good CHSI upload with the given reference photo. */
  const withReference = async (reference: Uint8Array): Promise<Response> =>
    createApp({ idphoto }).app.request('/v1/photos', {
      method: 'POST',
      body: form({ image: await fixture('hv_white_shirt_plain_bg.jpg'), spec: 'chsi-graduation', reference }),
    });

  it('says when the bad file is the reference photo, not the upload', async () => {
    const res = await withReference(new TextEncoder().encode('just some text, not a photo\n'));
    expect(res.status).toBe(415);
    expect(await res.json()).toMatchObject({
      error: { code: 'CAPTURE_NOT_AN_IMAGE', details: { input: 'reference' } },
    });
  });

  it('refuses missing fields, a non-multipart body, unknown specs and backgrounds', async () => {
    const { app } = createApp({ idphoto });
    const image = await fixture('hv_man_suit_gray_bg.jpg');
    const code = async (res: Response): Promise<[number, string]> => [
      res.status,
      ((await res.json()) as { error: { code: string } }).error.code,
    ];
    expect(
      await code(
        await app.request('/v1/photos', { method: 'POST', body: form({ spec: 'chsi-graduation' }) }),
      ),
    ).toEqual([400, 'SERVER_INVALID_REQUEST']);
    expect(
      await code(
        await app.request('/v1/photos', {
          method: 'POST',
          body: '{}',
          headers: { 'content-type': 'application/json' },
        }),
      ),
    ).toEqual([400, 'SERVER_INVALID_REQUEST']);
    expect(
      await code(
        await app.request('/v1/photos', { method: 'POST', body: form({ image, spec: 'no-such-spec' }) }),
      ),
    ).toEqual([404, 'SDK_NOT_FOUND']);
    expect(
      await code(
        await app.request('/v1/photos', {
          method: 'POST',
          body: form({ image, spec: 'chsi-graduation', background: 'red' }),
        }),
      ),
    ).toEqual([400, 'SDK_BACKGROUND_NOT_ALLOWED']);
    expect(await code(await app.request('/v1/photos/not-a-uuid'))).toEqual([404, 'SERVER_NOT_FOUND']);
    expect(await code(await app.request('/v1/photos/0b0e6f3c-8a5e-4d5b-9d1e-2f6c1f0e9a11'))).toEqual([
      404,
      'SERVER_NOT_FOUND',
    ]);
  });

  it('never echoes the upload in an error', async () => {
    const { app } = createApp({ idphoto });
    const secret = '张三 110101199003071234 13800138000';
    const res = await app.request('/v1/photos', {
      method: 'POST',
      body: form({ image: new TextEncoder().encode(secret), spec: 'chsi-graduation' }),
    });
    expect(await res.text()).not.toContain('110101199003071234');
  });

  it('fails the report when the reference photo cannot be compared, instead of passing without it', async () => {
    const res = await withReference(await fixture('hsd155_statue_no_face.jpg'));
    expect(res.status).toBe(201);
    const body = (await res.json()) as {
      pass: boolean;
      report: { similarity?: unknown; items: { rule: string; status: string; reason?: string }[] };
    };
    expect(body.report.items.find((i) => i.rule === 'similarity.reference')).toMatchObject({
      status: 'fail',
      reason: 'no-face',
    });
    // The photo itself is fine: the reference is the only failing item.
    expect(body.report.items.filter((i) => i.status === 'fail').map((i) => i.rule)).toEqual([
      'similarity.reference',
    ]);
    expect(body.pass).toBe(false);
    expect(body.report.similarity).toBeUndefined();
  });

  it('enforces the body-size limit with 413', async () => {
    const { app } = createApp({ idphoto, config: { maxBodyBytes: 64 * 1024 } });
    const res = await app.request('/v1/photos', {
      method: 'POST',
      body: form({ image: await fixture('b01_biden_tall_standing.jpg'), spec: 'chsi-graduation' }),
    });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('SERVER_PAYLOAD_TOO_LARGE');
  });

  it('answers 503 with Retry-After when the processing queue is full', async () => {
    const { app } = createApp({ idphoto, config: { concurrency: 1, maxQueue: 0 } });
    const image = await fixture('hv_man_suit_gray_bg.jpg');
    const first = app.request('/v1/photos', {
      method: 'POST',
      body: form({ image, spec: 'chsi-graduation' }),
    });
    await new Promise((r) => setTimeout(r, 50));
    const second = await app.request('/v1/photos', {
      method: 'POST',
      body: form({ image, spec: 'chsi-graduation' }),
    });
    expect(second.status).toBe(503);
    expect(Number(second.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(((await second.json()) as { error: { code: string } }).error.code).toBe('SERVER_BUSY');
    expect((await first).status).toBe(201);
  });

  it('refuses a tampered stored record with its own code, and keeps serving the others', async () => {
    const storage = createStorage();
    const { app } = createApp({ idphoto, storage });
    const made = await app.request('/v1/photos', {
      method: 'POST',
      body: form({ image: await fixture('hv_white_shirt_plain_bg.jpg'), spec: 'chsi-graduation' }),
    });
    const { id } = (await made.json()) as { id: string };
    const forged = '0b0e6f3c-8a5e-4d5b-9d1e-2f6c1f0e9a11';
    await storage.setItem(`photos:${forged}.record.json`, JSON.stringify({ id: forged, pass: 'yes' }));
    const bad = await app.request(`/v1/photos/${forged}`);
    expect(bad.status).toBe(500);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe(
      'SERVER_STORED_RECORD_INVALID',
    );
    expect((await app.request(`/v1/photos/${id}`)).status).toBe(200);
    expect((await app.request(`/v1/photos/${id}/image`)).headers.get('content-type')).toBe('image/jpeg');
  });

  it('lists specs and serves an OpenAPI 3.1 document', async () => {
    const { app } = createApp({ idphoto });
    const specs = (await (await app.request('/v1/specs')).json()) as {
      specs: { id: string; canvas: { width: number } }[];
    };
    expect(specs.specs.find((s) => s.id === 'chsi-graduation')?.canvas.width).toBe(480);
    const doc = (await (await app.request('/openapi.json')).json()) as {
      openapi: string;
      paths: Record<string, unknown>;
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/v1/photos', '/v1/photos/{id}', '/v1/photos/{id}/image', '/v1/specs']),
    );
  });
});
