import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { isIdPhotoError } from '../errors/id-photo-error.js';
import { createIdPhoto } from '../orchestrator/create-id-photo.js';
import type { SpecDefinition } from '../spec/spec-definition.schema.js';
import { SPECS } from '../spec/token.js';
import { MATTING } from '../stages/matting/token.js';
import { SDK_VERSION } from '../version.js';
import { definePlugin } from './define-plugin.js';
import { silentLogger } from './logger.js';
import { defineToken } from './token.js';

/** Runs `fn` and returns the IdPhotoError code it throws (fails the test when it does not throw one). */
function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (isIdPhotoError(error)) return error.code;
    throw error;
  }
  throw new Error('expected an IdPhotoError');
}

const GREETER = defineToken<{ readonly greet: (name: string) => string }>('greeter');

const greeterPlugin = definePlugin({
  name: 'idphoto-plugin-greeter-basic',
  version: '1.0.0',
  sdk: `^${SDK_VERSION}`,
  provides: ['greeter'],
  options: v.optional(v.object({ punctuation: v.optional(v.pipe(v.string(), v.maxLength(1)), '!') }), {}),
  setup(ctx, options) {
    ctx.provide(GREETER, () => ({ greet: (name: string) => `hello ${name}${options.punctuation}` }));
  },
});

describe('definePlugin', () => {
  it('validates options, fills defaults and freezes the plugin', () => {
    const plugin = greeterPlugin();
    expect(plugin.options).toEqual({ punctuation: '!' });
    expect(Object.isFrozen(plugin)).toBe(true);
    expect(Object.isFrozen(plugin.options)).toBe(true);
    const app = createIdPhoto({ plugins: [greeterPlugin({ punctuation: '?' })] });
    expect(app.resolver.resolve(GREETER).greet('x')).toBe('hello x?');
  });

  it('rejects invalid options with SDK_PLUGIN_INVALID_OPTIONS and names the path', () => {
    try {
      greeterPlugin({ punctuation: '!!' });
      expect.unreachable();
    } catch (error) {
      expect(isIdPhotoError(error, 'SDK_PLUGIN_INVALID_OPTIONS')).toBe(true);
      expect(JSON.stringify((error as { details: unknown }).details)).toContain('punctuation');
    }
  });

  it('rejects an invalid manifest with SDK_PLUGIN_INVALID_MANIFEST', () => {
    expect(
      codeOf(() =>
        definePlugin({ name: 'not a package name', version: '1.0.0', sdk: '*', provides: ['x'], setup() {} }),
      ),
    ).toBe('SDK_PLUGIN_INVALID_MANIFEST');
    expect(
      codeOf(() =>
        definePlugin({ name: 'idphoto-plugin-x-y', version: 'one', sdk: '*', provides: ['x'], setup() {} }),
      ),
    ).toBe('SDK_PLUGIN_INVALID_MANIFEST');
    expect(
      codeOf(() =>
        definePlugin({ name: 'idphoto-plugin-x-y', version: '1.0.0', sdk: '*', provides: [], setup() {} }),
      ),
    ).toBe('SDK_PLUGIN_INVALID_MANIFEST');
  });
});

describe('registrar', () => {
  it('refuses the same plugin twice with SDK_PLUGIN_DUPLICATE', () => {
    expect(codeOf(() => createIdPhoto({ plugins: [greeterPlugin(), greeterPlugin()] }))).toBe(
      'SDK_PLUGIN_DUPLICATE',
    );
  });

  it('refuses a plugin built for another SDK with SDK_PLUGIN_SDK_MISMATCH', () => {
    const future = definePlugin({
      name: 'idphoto-plugin-greeter-future',
      version: '1.0.0',
      sdk: '^9.0.0',
      provides: ['greeter'],
      setup() {},
    });
    expect(codeOf(() => createIdPhoto({ plugins: [future()] }))).toBe('SDK_PLUGIN_SDK_MISMATCH');
    const garbage = definePlugin({
      name: 'idphoto-plugin-greeter-bad',
      version: '1.0.0',
      sdk: 'latest-ish',
      provides: ['greeter'],
      setup() {},
    });
    expect(codeOf(() => createIdPhoto({ plugins: [garbage()] }))).toBe('SDK_PLUGIN_SDK_MISMATCH');
  });

  it('refuses a plugin whose requirement nobody provides with SDK_PLUGIN_MISSING_REQUIREMENT', () => {
    const needy = definePlugin({
      name: 'idphoto-plugin-greeter-needy',
      version: '1.0.0',
      sdk: `^${SDK_VERSION}`,
      provides: ['greeter'],
      requires: ['face-analyzer'],
      setup(ctx) {
        ctx.provide(GREETER, () => ({ greet: () => '' }));
      },
    });
    try {
      createIdPhoto({ plugins: [needy()] });
      expect.unreachable();
    } catch (error) {
      expect(isIdPhotoError(error, 'SDK_PLUGIN_MISSING_REQUIREMENT')).toBe(true);
      expect((error as { details: Record<string, unknown> }).details['requirement']).toBe('face-analyzer');
    }
  });

  it('accepts a wildcard requirement when any member is provided', () => {
    const spec = minimalSpecPlugin('demo-spec');
    const wantsSpecs = definePlugin({
      name: 'idphoto-plugin-greeter-specs',
      version: '1.0.0',
      sdk: `^${SDK_VERSION}`,
      provides: ['greeter'],
      requires: ['spec:*'],
      setup(ctx) {
        ctx.provide(GREETER, (r) => ({
          greet: () =>
            r
              .resolveAll(SPECS)
              .map((s) => s.id)
              .join(','),
        }));
      },
    });
    expect(codeOf(() => createIdPhoto({ plugins: [wantsSpecs()] }))).toBe('SDK_PLUGIN_MISSING_REQUIREMENT');
    const app = createIdPhoto({ plugins: [spec(), wantsSpecs()] });
    expect(app.resolver.resolve(GREETER).greet('')).toBe('demo-spec');
  });

  it('refuses two providers of one stage with SDK_PLUGIN_CONFLICT', () => {
    const other = definePlugin({
      name: 'idphoto-plugin-greeter-other',
      version: '1.0.0',
      sdk: `^${SDK_VERSION}`,
      provides: ['greeter'],
      setup(ctx) {
        ctx.provide(GREETER, () => ({ greet: () => '' }));
      },
    });
    expect(codeOf(() => createIdPhoto({ plugins: [greeterPlugin(), other()] }))).toBe('SDK_PLUGIN_CONFLICT');
  });

  it('refuses provisions that disagree with the manifest with SDK_PLUGIN_PROVISION_MISMATCH', () => {
    const sneaky = definePlugin({
      name: 'idphoto-plugin-greeter-sneaky',
      version: '1.0.0',
      sdk: `^${SDK_VERSION}`,
      provides: ['greeter'],
      setup(ctx) {
        ctx.provide(GREETER, () => ({ greet: () => '' }));
        ctx.provide(MATTING, () => {
          throw new Error('never built');
        });
      },
    });
    expect(codeOf(() => createIdPhoto({ plugins: [sneaky()] }))).toBe('SDK_PLUGIN_PROVISION_MISMATCH');
    const lazy = definePlugin({
      name: 'idphoto-plugin-greeter-lazy',
      version: '1.0.0',
      sdk: `^${SDK_VERSION}`,
      provides: ['greeter'],
      setup() {},
    });
    expect(codeOf(() => createIdPhoto({ plugins: [lazy()] }))).toBe('SDK_PLUGIN_PROVISION_MISMATCH');
  });

  it('wraps a throwing setup in SDK_PLUGIN_SETUP_FAILED and keeps the cause', () => {
    const cause = new Error('boom');
    const broken = definePlugin({
      name: 'idphoto-plugin-greeter-broken',
      version: '1.0.0',
      sdk: `^${SDK_VERSION}`,
      provides: ['greeter'],
      setup() {
        throw cause;
      },
    });
    try {
      createIdPhoto({ plugins: [broken()] });
      expect.unreachable();
    } catch (error) {
      expect(isIdPhotoError(error, 'SDK_PLUGIN_SETUP_FAILED')).toBe(true);
      expect((error as Error).cause).toBe(cause);
    }
  });

  it('refuses values that are not plugins', () => {
    expect(codeOf(() => createIdPhoto({ plugins: [greeterPlugin as never] }))).toBe(
      'SDK_PLUGIN_INVALID_MANIFEST',
    );
  });

  it('validates specs at registration and looks them up by id', () => {
    const app = createIdPhoto({ plugins: [minimalSpecPlugin('demo-spec')()] });
    expect(app.specs().map((s) => s.id)).toEqual(['demo-spec']);
    expect(app.spec('demo-spec').canvas.width).toBe(300);
    expect(codeOf(() => app.spec('nope'))).toBe('SDK_NOT_FOUND');
    const typed = '张三110101199003071234';
    const notFound = (() => {
      try {
        app.spec(typed);
      } catch (error) {
        return error;
      }
    })();
    expect(isIdPhotoError(notFound, 'SDK_NOT_FOUND')).toBe(true);
    expect(JSON.stringify(notFound)).not.toContain('110101199003071234');
    expect((notFound as Error).message).not.toContain('张三');
    const invalid = minimalSpecPlugin('bad-spec', { canvas: { width: -1, height: 400, dpi: 300 } });
    expect(codeOf(() => createIdPhoto({ plugins: [invalid()] }))).toBe('SDK_SPEC_INVALID');
  });

  it('reports a missing stage with SDK_STAGE_MISSING', () => {
    const app = createIdPhoto({ plugins: [greeterPlugin()], logger: silentLogger });
    expect(codeOf(() => app.resolver.resolve(MATTING))).toBe('SDK_STAGE_MISSING');
    expect(app.resolver.has(MATTING)).toBe(false);
  });

  it('gives every app its own container (no shared global state)', () => {
    const a = createIdPhoto({ plugins: [greeterPlugin({ punctuation: '.' })] });
    const b = createIdPhoto({ plugins: [greeterPlugin({ punctuation: '?' })] });
    expect(a.resolver.resolve(GREETER).greet('x')).toBe('hello x.');
    expect(b.resolver.resolve(GREETER).greet('x')).toBe('hello x?');
    expect(a.resolver.resolve(GREETER)).toBe(a.resolver.resolve(GREETER));
  });
});

function minimalSpecPlugin(id: string, override: Partial<Record<string, unknown>> = {}) {
  const spec = {
    id,
    version: '1',
    name: { zh: '示例', en: 'Demo' },
    category: 'badge',
    region: 'intl',
    authority: { name: { zh: '示例', en: 'Demo' } },
    sources: [{ id: 'S1', title: 'Demo source' }],
    citations: { canvas: ['S1'] },
    canvas: { width: 300, height: 400, dpi: 300 },
    file: { format: 'jpeg', bytes: { min: 10_000, max: 60_000 } },
    background: {
      default: 'white',
      options: [{ id: 'white', name: { zh: '白', en: 'White' }, rgb: [255, 255, 255] }],
    },
    composition: { unit: 'fraction', eyeLine: { min: 0.35, max: 0.5 }, centreTolerance: 0.05 },
    edits: 'background',
    rules: [{ id: 'file.dimensions' }],
    ...override,
  } as unknown as SpecDefinition;
  return definePlugin({
    name: `idphoto-plugin-spec-${id}`,
    version: '1.0.0',
    sdk: `^${SDK_VERSION}`,
    provides: [`spec:${id}`],
    setup(ctx) {
      ctx.provide(SPECS, () => spec, { id });
    },
  });
}
