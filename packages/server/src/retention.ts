import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Logger } from '@idphoto/sdk';
import type { PhotoStore } from './photo-store.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Options of {@link RetentionSweeper}. */
export interface RetentionOptions {
  readonly store: PhotoStore;
  /** Days a job is kept; `0` disables the sweep (jobs stay until deleted through the API). */
  readonly retentionDays: number;
  /** Minutes between sweeps once started. */
  readonly intervalMinutes: number;
  /** The clock (tests inject one). */
  readonly now?: () => Date;
  readonly logger: Logger;
}

/** What one sweep did. Counts only: ids and contents are never logged. */
export interface SweepResult {
  /** Jobs older than the retention period, deleted. */
  readonly deleted: number;
  /** Jobs still within the retention period. */
  readonly kept: number;
  /** Jobs nothing dates (a corrupt record in a driver without modification times): kept, and warned about. */
  readonly undated: number;
  /** Jobs whose dating or deletion threw (storage trouble): retried at the next sweep. */
  readonly failed: number;
}

/**
 * Deletes produced photos and reports older than `retentionDays` (PIPL: personal data is kept no
 * longer than needed). One sweep runs at {@link RetentionSweeper.start} and then every
 * `intervalMinutes` on an unref'd timer, so it never keeps the process alive. A sweep handles one
 * job at a time and yields to the event loop between jobs, so requests are served meanwhile; one
 * bad job (corrupt record, storage error) is counted and skipped, never fatal.
 *
 * @example
 * ```ts
 * const sweeper = new RetentionSweeper({ store, retentionDays: 30, intervalMinutes: 60, logger });
 * sweeper.start();
 * // on shutdown:
 * sweeper.stop();
 * ```
 */
export class RetentionSweeper {
  readonly #options: RetentionOptions;
  readonly #now: () => Date;
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<SweepResult> | undefined;

  constructor(options: RetentionOptions) {
    this.#options = options;
    this.#now = options.now ?? (() => new Date());
  }

  /** Whether jobs expire at all (`retentionDays > 0`). */
  get enabled(): boolean {
    return this.#options.retentionDays > 0;
  }

  /** Sweeps now (in the background) and then on the interval. Does nothing when retention is off. */
  start(): void {
    if (!this.enabled || this.#timer) return;
    void this.sweep();
    this.#timer = setInterval(() => void this.sweep(), this.#options.intervalMinutes * 60_000);
    this.#timer.unref();
  }

  /** Stops the interval (a sweep in progress finishes on its own). */
  stop(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = undefined;
  }

  /** Runs one sweep; a call while one is running joins it instead of starting a second. Never rejects. */
  sweep(): Promise<SweepResult> {
    this.#running ??= this.#sweepOnce().finally(() => {
      this.#running = undefined;
    });
    return this.#running;
  }

  async #sweepOnce(): Promise<SweepResult> {
    const result = { deleted: 0, kept: 0, undated: 0, failed: 0 };
    if (!this.enabled) return result;
    const { store, logger } = this.#options;
    const cutoff = this.#now().getTime() - this.#options.retentionDays * DAY_MS;
    let ids: string[];
    try {
      ids = await store.ids();
    } catch (error) {
      logger.error('retention sweep could not list the stored jobs', { error: errorName(error) });
      return result;
    }
    for (const id of ids) {
      try {
        const created = await store.createdAt(id);
        if (created === null) result.undated++;
        else if (created.getTime() < cutoff) {
          await store.delete(id);
          result.deleted++;
        } else result.kept++;
      } catch {
        result.failed++;
      }
      await nextTurn();
    }
    const level = result.undated > 0 || result.failed > 0 ? 'warn' : 'info';
    logger[level]('retention sweep', { ...result, retentionDays: this.#options.retentionDays });
    return result;
  }
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}
