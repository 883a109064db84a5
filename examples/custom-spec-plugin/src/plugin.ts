import { definePlugin, type PluginFactory, SPECS } from '@idphoto/sdk';
import { acmeBadge } from './acme-badge-spec.js';

/** Name of this plugin on npm (third-party spec plugins are named `idphoto-plugin-spec-<name>`). */
export const ACME_BADGE_PLUGIN = 'idphoto-plugin-spec-acme-badge';

/**
 * The ACME badge spec as an idphoto plugin.
 *
 * @example
 * ```ts
 * import { createIdPhoto } from '@idphoto/sdk';
 * import { acmeBadgeSpec } from 'idphoto-plugin-spec-acme-badge';
 * const idphoto = createIdPhoto({ plugins: [acmeBadgeSpec(), …stages] });
 * await idphoto.make({ image, spec: 'acme-badge' });
 * ```
 */
export const acmeBadgeSpec: PluginFactory<undefined> = definePlugin({
  name: ACME_BADGE_PLUGIN,
  version: '1.0.0',
  sdk: '^0.1.0',
  description: 'ACME employee badge photo spec',
  license: 'MIT',
  provides: [`spec:${acmeBadge.id}`],
  setup(ctx) {
    ctx.provide(SPECS, () => acmeBadge, { id: acmeBadge.id });
  },
});
