import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { ACME_BADGE_PLUGIN, acmeBadgeSpec } from '../src/index.js';

interface PackageJson {
  name: string;
  version: string;
  keywords: string[];
  peerDependencies?: Record<string, string>;
  dependencies?: Record<string, string>;
  exports: Record<string, unknown>;
  types: string;
  files: string[];
}

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as PackageJson;

/** What makes the package publishable as a third-party spec plugin (see docs/01-guide/write-a-spec-plugin.md). */
describe('package.json', () => {
  it('is named idphoto-plugin-spec-<name>, like the plugin, at the plugin version', () => {
    expect(pkg.name).toMatch(/^idphoto-plugin-spec-[a-z0-9-]+$/);
    expect(pkg.name).toBe(ACME_BADGE_PLUGIN);
    const plugin = acmeBadgeSpec();
    expect(plugin.name).toBe(pkg.name);
    expect(plugin.version).toBe(pkg.version);
  });

  it('carries the keywords plugin search uses', () => {
    expect(pkg.keywords).toEqual(expect.arrayContaining(['idphoto-plugin', 'idphoto-plugin-spec']));
  });

  it('takes @idphoto/sdk as a peer dependency, in the range the plugin declares, and not as a dependency', () => {
    expect(pkg.peerDependencies?.['@idphoto/sdk']).toBe(acmeBadgeSpec().sdk);
    expect(pkg.dependencies?.['@idphoto/sdk']).toBeUndefined();
  });

  it('exports built ESM with declarations and ships them', () => {
    expect(pkg.exports['.']).toMatchObject({ types: './dist/index.d.ts', default: './dist/index.js' });
    expect(pkg.types).toBe('./dist/index.d.ts');
    expect(pkg.files).toContain('dist');
  });
});
