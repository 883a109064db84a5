import { createIdPhoto, type IdPhoto, type IdPhotoPlugin, type SpecDefinition } from '@idphoto/sdk';
import { runSample, type SampleRun } from './sample-run.js';

/** The pipeline of a kit run: one app, warmed up once, each (spec, sample) made once. */
export interface SamplePipeline {
  /** Number of sample photos. */
  readonly samples: number;
  /** Per-test timeout in ms. */
  readonly timeout: number;
  /** Builds the app and loads its models (idempotent). */
  ready(): Promise<IdPhoto>;
  /** The run of sample `index` on `spec`, made on first request and shared by every test after. */
  run(spec: SpecDefinition, index: number): Promise<SampleRun>;
}

const DEFAULT_TIMEOUT = 300_000;

/**
 * Composes the pipeline for `plugin`: the given plugins with the plugin under test in place of any
 * plugin of the same name, plus companions that are not already present.
 */
export function samplePipeline(
  plugin: IdPhotoPlugin,
  options: {
    readonly plugins: readonly IdPhotoPlugin[];
    readonly samples: readonly Uint8Array[];
    readonly timeout?: number;
  },
  companions: readonly IdPhotoPlugin[] = [],
): SamplePipeline {
  const plugins = [...options.plugins.filter((p) => p.name !== plugin.name), plugin];
  for (const c of companions) if (!plugins.some((p) => p.name === c.name)) plugins.push(c);
  let app: Promise<IdPhoto> | undefined;
  const runs = new Map<string, Promise<SampleRun>>();
  const ready = (): Promise<IdPhoto> => {
    app ??= (async () => {
      const created = createIdPhoto({ plugins });
      await created.warmup();
      return created;
    })();
    return app;
  };
  return {
    samples: options.samples.length,
    timeout: options.timeout ?? DEFAULT_TIMEOUT,
    ready,
    run(spec, index) {
      const key = `${spec.id}#${index}`;
      let run = runs.get(key);
      if (!run) {
        const image = options.samples[index];
        if (!image) throw new RangeError(`No sample ${index + 1}`);
        run = ready().then((a) => runSample(a, spec, image));
        runs.set(key, run);
      }
      return run;
    },
  };
}
