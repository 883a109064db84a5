import { definePlugin, type PluginFactory, SPECS, VALIDATION_RULES } from '@idphoto/sdk';
import { acmeBadge } from './acme-badge-spec.js';
import { logoZoneRule } from './logo-zone-rule.js';

/** Name of this plugin on npm (third-party spec plugins are named `idphoto-plugin-spec-<name>`). */
export const ACME_BADGE_PLUGIN = 'idphoto-plugin-spec-acme-badge';

/**
 * The ACME badge spec as an idphoto plugin, with the one rule the generic engine cannot express
 * (`acme.logo-zone`: the logo corner must stay clear of hair).
 *
 * @example
 * ```ts
 * import { defaultPlugins } from '@idphoto/preset';
 * import { createIdPhoto } from '@idphoto/sdk';
 * import { acmeBadgeSpec } from 'idphoto-plugin-spec-acme-badge';
 *
 * const idphoto = createIdPhoto({ plugins: defaultPlugins({ extra: [acmeBadgeSpec()] }) });
 * const { photo, report } = await idphoto.make({ image, spec: 'acme-badge' });
 * ```
 */
export const acmeBadgeSpec: PluginFactory<undefined> = definePlugin({
  name: ACME_BADGE_PLUGIN,
  // Keep equal to package.json's version (test/package.test.ts checks it).
  version: '0.1.0',
  sdk: '^0.1.0',
  description: 'ACME employee badge photo spec',
  license: 'MIT',
  provides: [`spec:${acmeBadge.id}`, 'validation-rule:acme-logo-zone'],
  setup(ctx) {
    ctx.provide(SPECS, () => acmeBadge, { id: acmeBadge.id });
    // Collection members are registered under a kebab-case id; the engine uses the rule's own id.
    ctx.provide(VALIDATION_RULES, () => logoZoneRule, { id: 'acme-logo-zone' });
  },
});
