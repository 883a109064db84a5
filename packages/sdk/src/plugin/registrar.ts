import 'reflect-metadata';
import semver from 'semver';
import { type DependencyContainer, instanceCachingFactory } from 'tsyringe';
import { isIdPhotoError } from '../errors/id-photo-error.js';
import { sdkErrors } from '../errors/sdk-errors.js';
import { SDK_VERSION } from '../version.js';
import { type IdPhotoPlugin, isIdPhotoPlugin, type Lifetime, type PluginContext } from './define-plugin.js';
import type { Logger } from './logger.js';
import { capabilityOf, type Resolver, type StageToken } from './token.js';

/** What the registrar learned about a registered plugin (for `idphoto plugins`, `/v1/plugins`). */
export interface RegisteredPlugin {
  readonly name: string;
  readonly version: string;
  readonly license?: string;
  readonly provides: readonly string[];
  readonly requires: readonly string[];
  readonly components: IdPhotoPlugin['components'];
}

/**
 * Validates and registers plugins into `container`, in order. Checks, each with its own code:
 * unbranded plugin (`SDK_PLUGIN_INVALID_MANIFEST`), duplicate names (`SDK_PLUGIN_DUPLICATE`), SDK
 * range (`SDK_PLUGIN_SDK_MISMATCH`), capability conflicts (`SDK_PLUGIN_CONFLICT`), unmet requirements
 * (`SDK_PLUGIN_MISSING_REQUIREMENT`), provisions that disagree with the manifest
 * (`SDK_PLUGIN_PROVISION_MISMATCH`), and setup failures (`SDK_PLUGIN_SETUP_FAILED`).
 */
export function registerPlugins(
  container: DependencyContainer,
  plugins: readonly unknown[],
  logger: Logger,
): { resolver: Resolver; registered: readonly RegisteredPlugin[] } {
  const list: IdPhotoPlugin[] = [];
  const names = new Set<string>();
  for (const [index, plugin] of plugins.entries()) {
    if (!isIdPhotoPlugin(plugin)) {
      throw sdkErrors.create('SDK_PLUGIN_INVALID_MANIFEST', {
        message: `plugins[${index}] is not a plugin created with definePlugin() (did you forget to call the factory?).`,
        details: { index },
      });
    }
    if (names.has(plugin.name)) {
      throw sdkErrors.create('SDK_PLUGIN_DUPLICATE', { details: { plugin: plugin.name } });
    }
    names.add(plugin.name);
    if (
      !semver.validRange(plugin.sdk) ||
      !semver.satisfies(SDK_VERSION, plugin.sdk, { includePrerelease: true })
    ) {
      throw sdkErrors.create('SDK_PLUGIN_SDK_MISMATCH', {
        message: `Plugin "${plugin.name}" supports @idphoto/sdk ${plugin.sdk}; this is ${SDK_VERSION}.`,
        details: { plugin: plugin.name, range: plugin.sdk, sdk: SDK_VERSION },
      });
    }
    list.push(plugin);
  }

  const providers = new Map<string, string>();
  for (const plugin of list) {
    for (const capability of plugin.provides) {
      const previous = providers.get(capability);
      if (previous !== undefined) {
        throw sdkErrors.create('SDK_PLUGIN_CONFLICT', {
          details: { capability, plugins: [previous, plugin.name] },
        });
      }
      providers.set(capability, plugin.name);
    }
  }
  for (const plugin of list) {
    for (const requirement of plugin.requires) {
      const met = requirement.endsWith(':*')
        ? [...providers.keys()].some((c) => c.startsWith(requirement.slice(0, -1)))
        : providers.has(requirement);
      if (!met) {
        throw sdkErrors.create('SDK_PLUGIN_MISSING_REQUIREMENT', {
          message: `Plugin "${plugin.name}" requires "${requirement}", which no registered plugin provides.`,
          details: { plugin: plugin.name, requirement },
        });
      }
    }
  }

  const registry = new Map<symbol, { token: StageToken<unknown>; ids: string[] }>();
  const resolver: Resolver = {
    resolve<T>(token: StageToken<T>): T {
      if (!registry.has(token.symbol)) {
        throw sdkErrors.create('SDK_STAGE_MISSING', { details: { capability: token.name } });
      }
      return container.resolve<T>(token.symbol);
    },
    has(token) {
      return registry.has(token.symbol);
    },
    resolveAll<T extends { readonly id: string }>(token: StageToken<T>): readonly T[] {
      return registry.has(token.symbol) ? container.resolveAll<T>(token.symbol) : [];
    },
    getById<T extends { readonly id: string }>(token: StageToken<T>, id: string): T {
      const entry = registry.get(token.symbol);
      if (!entry || !entry.ids.includes(id)) {
        throw sdkErrors.create('SDK_NOT_FOUND', {
          // The id may come straight from a request: never repeat it (it can be personal data).
          message: `No ${token.name} is registered under the requested id.`,
          details: { capability: token.name, known: entry?.ids ?? [] },
        });
      }
      return container.resolve<T>(memberSymbol(token, id));
    },
  };

  for (const plugin of list) {
    const provided = new Set<string>();
    const ctx: PluginContext = {
      logger: logger.child({ plugin: plugin.name }),
      provide<T>(
        token: StageToken<T>,
        factory: (resolver: Resolver) => T,
        options: { lifetime?: Lifetime; id?: string } = {},
      ) {
        if (token.cardinality === 'many' && !options.id) {
          throw new TypeError(`provide(${token.name}) needs an id: it is a collection token`);
        }
        const capability = capabilityOf(token, options.id);
        if (!plugin.provides.includes(capability)) {
          throw sdkErrors.create('SDK_PLUGIN_PROVISION_MISMATCH', {
            details: { plugin: plugin.name, capability },
          });
        }
        provided.add(capability);
        const wrapped = (): T => factory(resolver);
        const useFactory =
          (options.lifetime ?? 'singleton') === 'singleton' ? instanceCachingFactory(wrapped) : wrapped;
        const entry = registry.get(token.symbol) ?? { token: token as StageToken<unknown>, ids: [] };
        registry.set(token.symbol, entry);
        container.register(token.symbol, { useFactory });
        if (token.cardinality === 'many') {
          entry.ids.push(options.id!);
          container.register(memberSymbol(token, options.id!), { useFactory });
        }
        if (token.validate)
          token.validate(container.resolve<T>(memberSymbol(token, options.id) ?? token.symbol), options.id);
      },
    };
    try {
      plugin.setup(ctx);
    } catch (error) {
      if (isIdPhotoError(error) && error.code.startsWith('SDK_')) throw error;
      throw sdkErrors.create('SDK_PLUGIN_SETUP_FAILED', {
        message: `Plugin "${plugin.name}" failed during setup.`,
        details: { plugin: plugin.name },
        cause: error,
      });
    }
    for (const capability of plugin.provides) {
      if (!provided.has(capability)) {
        throw sdkErrors.create('SDK_PLUGIN_PROVISION_MISMATCH', {
          details: { plugin: plugin.name, capability },
        });
      }
    }
  }

  const registered = list.map((p) => ({
    name: p.name,
    version: p.version,
    ...(p.license === undefined ? {} : { license: p.license }),
    provides: p.provides,
    requires: p.requires,
    components: p.components,
  }));
  return { resolver, registered };
}

function memberSymbol(token: StageToken<unknown>, id: string): symbol;
function memberSymbol(token: StageToken<unknown>, id: string | undefined): symbol | undefined;
function memberSymbol(token: StageToken<unknown>, id: string | undefined): symbol | undefined {
  return id === undefined ? undefined : Symbol.for(`@idphoto/token/${token.name}:${id}`);
}
