import { defaultPlugins } from '@idphoto/preset';
import { createIdPhoto, type IdPhoto } from '@idphoto/sdk';
import type { Lang } from './format-report.js';

/** What every command receives. */
export interface CommandContext {
  /** Positional arguments after the command name. */
  readonly args: readonly string[];
  readonly flags: Readonly<Record<string, string | boolean | undefined>>;
  /** Language of human-readable output: `--lang` (checked to be zh or en), else from `$LANG`. */
  readonly lang: Lang;
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** The pipeline, built on first use (commands like `specs` stay fast). */
  app(): IdPhoto;
}

/** Builds the default pipeline once. */
export function lazyApp(): () => IdPhoto {
  let app: IdPhoto | undefined;
  return () => {
    app ??= createIdPhoto({ plugins: defaultPlugins() });
    return app;
  };
}
