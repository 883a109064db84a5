import { defaultPlugins } from '../../packages/preset/src/index.js';
import { createIdPhoto, SPECS } from '../../packages/sdk/src/index.js';
import type { SpecEntry } from './render-spec-table.js';

/**
 * Every spec of `createIdPhoto({ plugins: defaultPlugins() })` with the plugin that registers it.
 * Registration is cheap: plugins load their models lazily, so nothing heavy runs here.
 */
export function defaultSpecEntries(): SpecEntry[] {
  const app = createIdPhoto({ plugins: defaultPlugins() });
  return app.resolver.resolveAll(SPECS).map((spec) => {
    const plugin = app.plugins.find((p) => p.provides.includes(`spec:${spec.id}`));
    return { spec, plugin: plugin?.name ?? '(unknown)' };
  });
}
