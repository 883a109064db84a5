/** Collects per-stage wall-clock milliseconds. */
export class Timings {
  readonly #values: Record<string, number> = {};

  /** Runs `fn`, adding its duration under `stage` (durations of repeated stages add up). */
  async time<T>(stage: string, fn: () => Promise<T> | T): Promise<T> {
    const start = performance.now();
    try {
      return await fn();
    } finally {
      this.add(stage, performance.now() - start);
    }
  }

  add(stage: string, ms: number): void {
    this.#values[stage] = round((this.#values[stage] ?? 0) + ms);
  }

  /** Copies sub-stage timings reported by a stage under `prefix.`. */
  merge(prefix: string, timings: Readonly<Record<string, number>> | undefined): void {
    for (const [key, value] of Object.entries(timings ?? {})) this.add(`${prefix}.${key}`, value);
  }

  toJSON(): Readonly<Record<string, number>> {
    return { ...this.#values };
  }
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
