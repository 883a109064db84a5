import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultPlugins } from '@idphoto/preset';
import { createIdPhoto, type IdPhoto } from '@idphoto/sdk';
import { createStorage } from 'unstorage';
import fsDriver from 'unstorage/drivers/fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/index.js';
import { fixture } from './fixtures.js';
import { capturingLogger, errorOf, form, post, type Requester } from './http.js';

const DAY_MS = 24 * 60 * 60 * 1000;

let idphoto: IdPhoto;
let image: Uint8Array;
beforeAll(async () => {
  // Read first: a missing fixture corpus fails the suite here, saying where it was expected.
  image = await fixture('hv_white_shirt_plain_bg.jpg');
  idphoto = createIdPhoto({ plugins: defaultPlugins() });
  await idphoto.warmup();
}, 300_000);

async function make(app: Requester): Promise<string> {
  const res = await post(app, { image, spec: 'chsi-graduation' });
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

async function statuses(app: Requester, id: string): Promise<[number, number]> {
  return [
    (await app.request(`/v1/photos/${id}`)).status,
    (await app.request(`/v1/photos/${id}/image`)).status,
  ];
}

/** A clock the test moves by hand. */
function manualClock(start = new Date('2026-03-01T08:00:00.000Z')): {
  now: () => Date;
  advance: (days: number) => void;
} {
  let time = start.getTime();
  return {
    now: () => new Date(time),
    advance: (days) => {
      time += days * DAY_MS;
    },
  };
}

describe('DELETE /v1/photos/:id', () => {
  it('removes the job and its photo at once, and only that job, leaving no trace on disk', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'idphoto-delete-'));
    const storage = createStorage({ driver: fsDriver({ base: dir }) });
    const { app } = createApp({ idphoto, storage });
    const [id, other] = [await make(app), await make(app)];
    expect(await statuses(app, id)).toEqual([200, 200]);

    const deleted = await app.request(`/v1/photos/${id}`, { method: 'DELETE' });
    expect(deleted.status).toBe(204);
    expect(await deleted.text()).toBe('');
    expect(await statuses(app, id)).toEqual([404, 404]);
    expect((await storage.getKeys('photos')).some((key) => key.includes(id))).toBe(false);
    // Nothing named after the job is left, not even an empty folder.
    const left = await readdir(dir, { recursive: true });
    expect(left.filter((entry) => entry.includes(id))).toEqual([]);
    expect(left.filter((entry) => entry.includes(other)).length).toBe(2);

    const again = await app.request(`/v1/photos/${id}`, { method: 'DELETE' });
    expect(await errorOf(again)).toMatchObject({ status: 404, code: 'SERVER_NOT_FOUND' });
    expect(await statuses(app, other)).toEqual([200, 200]);
  });

  it('answers 404 for an id that was never made', async () => {
    const { app } = createApp({ idphoto });
    for (const id of ['0b0e6f3c-8a5e-4d5b-9d1e-2f6c1f0e9a11', 'not-a-uuid']) {
      const res = await app.request(`/v1/photos/${id}`, { method: 'DELETE' });
      expect(await errorOf(res)).toMatchObject({ status: 404, code: 'SERVER_NOT_FOUND' });
    }
  });
});

describe('a client that hangs up', () => {
  it('stops its job and stores nothing: the client never learnt an id it could delete', async () => {
    const storage = createStorage();
    const { app, queue } = createApp({ idphoto, storage });
    const hangUp = new AbortController();
    const pending = app.request('/v1/photos', {
      method: 'POST',
      body: form({ image, spec: 'chsi-graduation' }),
      signal: hangUp.signal,
    });
    // Long enough to be inside the pipeline (a make takes seconds), far short of its end.
    await new Promise((r) => setTimeout(r, 300));
    expect(queue.running).toBe(1);
    hangUp.abort();
    expect(await errorOf(await pending)).toMatchObject({ status: 499, code: 'SDK_ABORTED' });
    expect(await storage.getKeys('photos')).toEqual([]);
    expect(queue.running).toBe(0);
    // The server goes on serving.
    await make(app);
    expect((await storage.getKeys('photos')).length).toBe(2);
  });

  it('is logged as a disconnect (499), not a malformed body (400), when it hangs up mid-upload', async () => {
    const { app } = createApp({ idphoto });
    const hangUp = new AbortController();
    const boundary = 'idphoto-test-boundary';
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(
          new TextEncoder().encode(
            `--${boundary}\r\ncontent-disposition: form-data; name="image"; filename="a.jpg"\r\ncontent-type: image/jpeg\r\n\r\n`,
          ),
        );
        controller.enqueue(image.subarray(0, 4096));
        // The connection drops: the request is aborted and the body ends in an error.
        setTimeout(() => {
          hangUp.abort();
          controller.error(new Error('socket hang up'));
        }, 50);
      },
    });
    const res = await app.request('/v1/photos', {
      method: 'POST',
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      body,
      duplex: 'half',
      signal: hangUp.signal,
    } as RequestInit);
    expect(await errorOf(res)).toMatchObject({ status: 499, code: 'SDK_ABORTED' });
  });

  it('leaves the queue while waiting, so its place goes to a live client', async () => {
    const storage = createStorage();
    const { app, queue } = createApp({ idphoto, storage, config: { concurrency: 1, maxQueue: 1 } });
    const first = post(app, { image, spec: 'chsi-graduation' });
    await new Promise((r) => setTimeout(r, 50));
    const hangUp = new AbortController();
    const waiting = app.request('/v1/photos', {
      method: 'POST',
      body: form({ image, spec: 'chsi-graduation' }),
      signal: hangUp.signal,
    });
    await new Promise((r) => setTimeout(r, 50));
    expect(queue.waiting).toBe(1);
    hangUp.abort();
    expect(await errorOf(await waiting)).toMatchObject({ status: 499, code: 'SDK_ABORTED' });
    expect(queue.waiting).toBe(0);
    // Without the fix this third request found the queue full and got 503.
    const third = post(app, { image, spec: 'chsi-graduation' });
    expect((await first).status).toBe(201);
    expect((await third).status).toBe(201);
    expect((await storage.getKeys('photos')).length).toBe(4);
  });
});

describe('retention', () => {
  it('deletes jobs older than the retention period and keeps the fresh ones', async () => {
    const clock = manualClock();
    const { app, sweeper } = createApp({ idphoto, now: clock.now, config: { retentionDays: 30 } });
    const old = await make(app);
    clock.advance(29);
    expect(await sweeper.sweep()).toMatchObject({ deleted: 0, kept: 1 });
    expect(await statuses(app, old)).toEqual([200, 200]);

    const fresh = await make(app);
    clock.advance(2); // `old` is 31 days old, `fresh` 2
    expect(await sweeper.sweep()).toMatchObject({ deleted: 1, kept: 1, undated: 0, failed: 0 });
    expect(await statuses(app, old)).toEqual([404, 404]);
    expect(await statuses(app, fresh)).toEqual([200, 200]);
  });

  it('keeps everything when retention is off (retentionDays 0)', async () => {
    const clock = manualClock();
    const { app, sweeper } = createApp({ idphoto, now: clock.now, config: { retentionDays: 0 } });
    const id = await make(app);
    clock.advance(3650);
    expect(sweeper.enabled).toBe(false);
    expect(await sweeper.sweep()).toMatchObject({ deleted: 0 });
    expect(await statuses(app, id)).toEqual([200, 200]);
  });

  it('is not stopped by a corrupt record: it keeps it as undated, warns, and sweeps the rest', async () => {
    const clock = manualClock();
    const storage = createStorage(); // the memory driver keeps no modification times
    const log = capturingLogger();
    const { app, sweeper } = createApp({ idphoto, storage, now: clock.now, logger: log.logger });
    const corrupt = '0b0e6f3c-8a5e-4d5b-9d1e-2f6c1f0e9a11';
    await storage.setItem(`photos:${corrupt}.record.json`, '{ not json');
    const old = await make(app);
    clock.advance(31);
    expect(await sweeper.sweep()).toMatchObject({ deleted: 1, kept: 0, undated: 1, failed: 0 });
    expect(await statuses(app, old)).toEqual([404, 404]);
    expect(await storage.hasItem(`photos:${corrupt}.record.json`)).toBe(true);
    const warning = log.lines.find((line) => line['level'] === 'warn' && line['undated'] === 1);
    expect(warning).toBeDefined();
    expect(log.text()).not.toContain(corrupt);
  });

  it('counts a job whose storage fails as failed and goes on with the others', async () => {
    const clock = manualClock();
    const broken = '0b0e6f3c-8a5e-4d5b-9d1e-2f6c1f0e9a11';
    const memory = createStorage();
    // A storage that fails on one key, as a flaky disk or network store would.
    const storage = createStorage({
      driver: {
        name: 'flaky',
        hasItem: (key) => memory.hasItem(key),
        getItem: (key) => {
          if (key.includes(broken)) throw new Error('I/O error');
          return memory.getItem(key);
        },
        getItemRaw: (key) => memory.getItemRaw(key),
        setItem: (key, value) => memory.setItem(key, value),
        setItemRaw: (key, value) => memory.setItemRaw(key, value),
        removeItem: (key) => memory.removeItem(key),
        getKeys: (base) => memory.getKeys(base),
      },
    });
    const { app, sweeper } = createApp({ idphoto, storage, now: clock.now });
    await memory.setItem(`photos:${broken}.record.json`, '{}');
    const old = await make(app);
    clock.advance(31);
    expect(await sweeper.sweep()).toMatchObject({ deleted: 1, failed: 1 });
    expect(await statuses(app, old)).toEqual([404, 404]);
  });
});

describe('logging', () => {
  it('logs a busy refusal at warn, with its code and no error', async () => {
    const log = capturingLogger();
    const { app } = createApp({ idphoto, logger: log.logger, config: { concurrency: 1, maxQueue: 0 } });
    const first = post(app, { image, spec: 'chsi-graduation' });
    await new Promise((r) => setTimeout(r, 50));
    const second = await post(app, { image, spec: 'chsi-graduation' });
    expect(second.status).toBe(503);
    expect((await first).status).toBe(201);
    expect(log.lines).toContainEqual(expect.objectContaining({ level: 'warn', code: 'SERVER_BUSY' }));
    expect(log.lines.filter((line) => line['level'] === 'error')).toEqual([]);
  });

  it('logs an unexpected failure at error with its request id, and answers SERVER_INTERNAL', async () => {
    const log = capturingLogger();
    const memory = createStorage();
    const storage = createStorage({
      driver: {
        name: 'failing',
        hasItem: (key) => memory.hasItem(key),
        getItem: () => {
          throw new Error('secret 13800138000');
        },
        getKeys: (base) => memory.getKeys(base),
      },
    });
    const { app } = createApp({ idphoto, storage, logger: log.logger });
    const res = await app.request('/v1/photos/0b0e6f3c-8a5e-4d5b-9d1e-2f6c1f0e9a11');
    expect(await errorOf(res)).toMatchObject({ status: 500, code: 'SERVER_INTERNAL' });
    const requestId = res.headers.get('x-request-id');
    expect(requestId).toBeTruthy();
    expect(log.lines).toContainEqual(expect.objectContaining({ level: 'error', requestId }));
    expect(log.text()).not.toContain('13800138000');
  });
});
