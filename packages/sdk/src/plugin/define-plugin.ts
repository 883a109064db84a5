import * as v from 'valibot';
import { sdkErrors } from '../errors/sdk-errors.js';
import { deepFreeze } from '../internal/deep-freeze.js';
import { formatIssues } from '../spec/define-spec.js';
import type { Logger } from './logger.js';
import type { Resolver, StageToken } from './token.js';

const PLUGIN_BRAND: unique symbol = Symbol.for('@idphoto/sdk/plugin');

/** How long a provided instance lives. Model sessions are singletons; cheap stateless helpers may be transient. */
export type Lifetime = 'singleton' | 'transient';

/** What `setup()` receives. Plugins never touch the DI container directly. */
export interface PluginContext {
  /**
   * Provides an implementation for a token. For collection tokens (`spec`, `payment`, …) pass the
   * member `id`, which becomes the capability `spec:<id>`.
   */
  provide<T>(
    token: StageToken<T>,
    factory: (resolver: Resolver) => T,
    options?: { lifetime?: Lifetime; id?: string },
  ): void;
  /** Logger bound to the plugin name. */
  readonly logger: Logger;
}

/** A third-party component shipped or loaded by a plugin, with its licence (e.g. model weights). */
export interface BundledComponent {
  readonly name: string;
  /** SPDX identifier. */
  readonly license: string;
  readonly source?: string;
  readonly note?: string;
}

/** What a plugin author declares. */
export interface PluginDefinition<TInput, TOptions> {
  /** npm package name: `@idphoto/<stage>-<impl>` or `idphoto-plugin-<stage>-<name>`. */
  readonly name: string;
  /** The plugin's own semver version. */
  readonly version: string;
  /** Semver range of `@idphoto/sdk` versions the plugin supports, e.g. `^0.1.0`. */
  readonly sdk: string;
  readonly description?: string;
  /** SPDX licence of the plugin package. */
  readonly license?: string;
  /** Components with licences users must know about (model weights, data). */
  readonly components?: readonly BundledComponent[];
  /** Capabilities provided: `matting`, `face-analyzer`, `spec:chsi-graduation`, … */
  readonly provides: readonly string[];
  /** Capabilities that must be provided by some registered plugin; `spec:*` means any spec. */
  readonly requires?: readonly string[];
  /** Options schema (valibot). Options are validated, defaults filled, then frozen. */
  readonly options?: v.GenericSchema<TInput, TOptions>;
  /** Registers implementations. Runs once per app; must not do slow work (load models lazily). */
  setup(ctx: PluginContext, options: TOptions): void;
}

/** A configured plugin, ready to pass to `createIdPhoto({ plugins })`. */
export interface IdPhotoPlugin {
  readonly [PLUGIN_BRAND]: true;
  readonly name: string;
  readonly version: string;
  readonly sdk: string;
  readonly description?: string;
  readonly license?: string;
  readonly components: readonly BundledComponent[];
  readonly provides: readonly string[];
  readonly requires: readonly string[];
  /** The validated options. */
  readonly options: unknown;
  setup(ctx: PluginContext): void;
}

/** A plugin factory as authors export it (`chsiSpec(options)`). */
export type PluginFactory<TInput> = undefined extends TInput
  ? (options?: TInput) => IdPhotoPlugin
  : (options: TInput) => IdPhotoPlugin;

const NAME =
  /^(?:@idphoto\/[a-z0-9]+(?:-[a-z0-9]+)*|(?:@[a-z0-9][\w.-]*\/)?idphoto-plugin-[a-z0-9]+(?:-[a-z0-9]+)*)$/;
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-.]+)?$/;
const CAPABILITY = /^[a-z][a-z0-9-]*(?::(?:[a-z0-9]+(?:[-.][a-z0-9]+)*|\*))?$/;

const ManifestSchema = v.object({
  name: v.pipe(v.string(), v.regex(NAME, 'use @idphoto/<stage>-<impl> or idphoto-plugin-<stage>-<name>')),
  version: v.pipe(v.string(), v.regex(SEMVER, 'must be a semver version')),
  sdk: v.pipe(v.string(), v.minLength(1)),
  description: v.optional(v.string()),
  license: v.optional(v.string()),
  components: v.optional(
    v.array(
      v.object({
        name: v.string(),
        license: v.string(),
        source: v.optional(v.string()),
        note: v.optional(v.string()),
      }),
    ),
  ),
  provides: v.pipe(
    v.array(v.pipe(v.string(), v.regex(CAPABILITY, 'capability like matting or spec:chsi'))),
    v.minLength(1),
  ),
  requires: v.optional(v.array(v.pipe(v.string(), v.regex(CAPABILITY, 'capability like matting or spec:*')))),
  setup: v.function(),
});

/**
 * Defines a plugin and returns its factory. The manifest is validated now; options are validated
 * each time the factory is called (`SDK_PLUGIN_INVALID_OPTIONS`). The result is frozen.
 *
 * @example
 * ```ts
 * export const badgeSpec = definePlugin({
 *   name: 'idphoto-plugin-spec-acme-badge',
 *   version: '1.0.0',
 *   sdk: '^0.1.0',
 *   provides: ['spec:acme-badge'],
 *   setup(ctx) { ctx.provide(SPECS, () => acmeBadge, { id: acmeBadge.id }); },
 * });
 * const plugin = badgeSpec();
 * ```
 */
export function definePlugin<TInput = undefined, TOptions = TInput>(
  definition: PluginDefinition<TInput, TOptions>,
): PluginFactory<TInput> {
  const manifest = v.safeParse(ManifestSchema, definition);
  if (!manifest.success) {
    throw sdkErrors.create('SDK_PLUGIN_INVALID_MANIFEST', {
      message: `Plugin "${typeof definition?.name === 'string' ? definition.name : '?'}" has an invalid manifest.`,
      details: { issues: formatIssues(manifest.issues) },
    });
  }
  const factory = (input?: TInput): IdPhotoPlugin => {
    let options: TOptions;
    if (definition.options) {
      const parsed = v.safeParse(definition.options, input);
      if (!parsed.success) {
        throw sdkErrors.create('SDK_PLUGIN_INVALID_OPTIONS', {
          message: `Invalid options for plugin "${definition.name}".`,
          details: { plugin: definition.name, issues: formatIssues(parsed.issues) },
        });
      }
      options = deepFreeze(parsed.output);
    } else {
      if (input !== undefined) {
        throw sdkErrors.create('SDK_PLUGIN_INVALID_OPTIONS', {
          message: `Plugin "${definition.name}" takes no options.`,
          details: { plugin: definition.name, issues: ['options: this plugin takes none'] },
        });
      }
      options = undefined as TOptions;
    }
    return Object.freeze({
      [PLUGIN_BRAND]: true as const,
      name: definition.name,
      version: definition.version,
      sdk: definition.sdk,
      ...(definition.description === undefined ? {} : { description: definition.description }),
      ...(definition.license === undefined ? {} : { license: definition.license }),
      components: Object.freeze([...(definition.components ?? [])]),
      provides: Object.freeze([...definition.provides]),
      requires: Object.freeze([...(definition.requires ?? [])]),
      options,
      setup: (ctx: PluginContext) => definition.setup(ctx, options),
    });
  };
  return factory as PluginFactory<TInput>;
}

/** Whether a value is a plugin made by {@link definePlugin}. */
export function isIdPhotoPlugin(value: unknown): value is IdPhotoPlugin {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { [PLUGIN_BRAND]?: unknown })[PLUGIN_BRAND] === true
  );
}
