import { sdkErrors } from '@idphoto/sdk';
import { serverErrors } from './errors.js';

/**
 * A bounded work queue: at most `concurrency` jobs run, at most `maxQueue` wait; the rest are
 * refused at once with `SERVER_BUSY` (503 + Retry-After) instead of piling up until memory runs out.
 */
export class BoundedQueue {
  readonly #concurrency: number;
  readonly #maxQueue: number;
  #running = 0;
  readonly #waiting: (() => void)[] = [];
  /** Moving average of job durations (ms), for Retry-After. */
  #averageMs = 3000;

  constructor(concurrency: number, maxQueue: number) {
    this.#concurrency = concurrency;
    this.#maxQueue = maxQueue;
  }

  get running(): number {
    return this.#running;
  }

  get waiting(): number {
    return this.#waiting.length;
  }

  /** Seconds a client should wait before retrying, from the queue length and recent job times. */
  retryAfterSeconds(): number {
    const ahead = this.#running + this.#waiting.length;
    return Math.max(1, Math.ceil((ahead * this.#averageMs) / this.#concurrency / 1000));
  }

  /**
   * Runs `job` when a slot is free; throws `SERVER_BUSY` when the queue is full. When `signal` fires
   * while the job waits, it leaves the queue at once with `SDK_ABORTED` and never runs: a client
   * that hung up does not hold a place that a live client could use.
   */
  async run<T>(job: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    throwIfAborted(signal);
    if (this.#running < this.#concurrency) {
      this.#running++;
    } else if (this.#waiting.length >= this.#maxQueue) {
      throw serverErrors.create('SERVER_BUSY', { details: { retryAfterSeconds: this.retryAfterSeconds() } });
    } else {
      // The finishing job hands its slot over directly, so `running` never exceeds `concurrency`.
      await new Promise<void>((resolve, reject) => {
        const onAbort = (): void => {
          const at = this.#waiting.indexOf(granted);
          if (at >= 0) this.#waiting.splice(at, 1);
          reject(abortedError(signal));
        };
        const granted = (): void => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        };
        this.#waiting.push(granted);
        signal?.addEventListener('abort', onAbort, { once: true });
      });
    }
    const started = performance.now();
    let ran = false;
    try {
      throwIfAborted(signal);
      ran = true;
      return await job();
    } finally {
      if (ran) this.#averageMs = this.#averageMs * 0.7 + (performance.now() - started) * 0.3;
      const next = this.#waiting.shift();
      if (next) next();
      else this.#running--;
    }
  }
}

function abortedError(signal: AbortSignal | undefined): Error {
  return sdkErrors.create('SDK_ABORTED', { cause: signal?.reason });
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortedError(signal);
}
