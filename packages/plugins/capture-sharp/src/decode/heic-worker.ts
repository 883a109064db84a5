import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** 8-bit RGBA as libheif returns it. */
export interface HeicRgba {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
}

interface Reply {
  readonly id: number;
  readonly width?: number;
  readonly height?: number;
  readonly data?: Uint8Array;
  readonly error?: string;
}

interface Pending {
  resolve(value: HeicRgba): void;
  reject(reason: Error): void;
}

/**
 * The worker body (CommonJS, evaluated). It drives libheif-js, the WebAssembly libheif that heic-decode
 * wraps, resolved through heic-decode so both use the same copy, because heic-decode returns the first
 * top-level image while the file's primary item (`pitm`) is the photo. The decode is synchronous
 * (≈0.35 s per 12 MP), hence the worker; the RGBA result is transferred, not copied. libheif-js
 * reports parse errors with console.log, silenced here.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { createRequire } = require('node:module');
console.log = () => {};
const libheif = createRequire(workerData.heicDecode)('libheif-js/wasm-bundle');
parentPort.on('message', async ({ id, bytes }) => {
  let decoder;
  let images = [];
  try {
    await libheif.ready;
    decoder = new libheif.HeifDecoder();
    images = decoder.decode(bytes);
    if (!images.length) throw new Error('no image in the HEIF file');
    const image = images.find((candidate) => candidate.is_primary()) || images[0];
    const width = image.get_width();
    const height = image.get_height();
    const pixels = await new Promise((resolve, reject) => {
      image.display({ data: new Uint8ClampedArray(width * height * 4), width, height }, (out) =>
        out ? resolve(out.data) : reject(new Error('HEIF decoding error')),
      );
    });
    const rgba = new Uint8Array(pixels.buffer, pixels.byteOffset, pixels.byteLength);
    parentPort.postMessage({ id, width, height, data: rgba }, [rgba.buffer]);
  } catch (error) {
    parentPort.postMessage({ id, error: String((error && error.message) || error) });
  } finally {
    for (const image of images) image.free();
    if (decoder) decoder.decoder.delete();
  }
});
`;

/** Idle time after which the worker (and the WebAssembly memory it grew) is released. */
const IDLE_MS = 60_000;

let worker: Worker | undefined;
let nextId = 0;
let idleTimer: NodeJS.Timeout | undefined;
const pending = new Map<number, Pending>();

function failAll(reason: Error): void {
  for (const entry of pending.values()) entry.reject(reason);
  pending.clear();
}

function startWorker(): Worker {
  const heicDecode = createRequire(import.meta.url).resolve('heic-decode');
  const created = new Worker(WORKER_SOURCE, { eval: true, workerData: { heicDecode } });
  created.on('message', (reply: Reply) => {
    const entry = pending.get(reply.id);
    if (!entry) return;
    pending.delete(reply.id);
    if (reply.error !== undefined || !reply.data || !reply.width || !reply.height) {
      entry.reject(new Error(reply.error ?? 'HEIC decoder returned no image'));
    } else {
      entry.resolve({ width: reply.width, height: reply.height, data: reply.data });
    }
    if (pending.size === 0) {
      // Idle: do not keep the process alive for the worker's sake.
      created.unref();
      scheduleIdleStop(created);
    }
  });
  // A crashed decoder (WebAssembly abort, out of memory) fails its requests; the next one starts afresh.
  created.on('error', (error) => {
    if (worker === created) worker = undefined;
    failAll(error instanceof Error ? error : new Error(String(error)));
  });
  created.on('exit', (code) => {
    if (worker === created) worker = undefined;
    failAll(new Error(`HEIC decoder exited (${code})`));
  });
  return created;
}

function scheduleIdleStop(target: Worker): void {
  clearTimeout(idleTimer);
  idleTimer = setTimeout(() => {
    if (worker === target && pending.size === 0) {
      worker = undefined;
      void target.terminate();
    }
  }, IDLE_MS);
  idleTimer.unref();
}

/** Decodes the primary image of a HEIC/HEIF in a worker thread (one at a time, queued). */
export function decodeHeicInWorker(bytes: Uint8Array): Promise<HeicRgba> {
  clearTimeout(idleTimer);
  worker ??= startWorker();
  worker.ref();
  const id = nextId++;
  // A compact copy: transferring a view would hand over (or clone) its whole underlying buffer.
  const copy = bytes.slice();
  return new Promise<HeicRgba>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker?.postMessage({ id, bytes: copy }, [copy.buffer]);
  });
}
