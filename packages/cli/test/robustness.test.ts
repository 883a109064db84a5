import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { defaultPlugins } from '@idphoto/preset';
import { createIdPhoto, definePlugin, defineSpec, SPECS } from '@idphoto/sdk';
import { describe, expect, it } from 'vitest';
import { main } from '../src/index.js';
import { FIXTURES } from './fixtures.js';

/** Runs the CLI in-process and captures its output. */
async function run(
  argv: readonly string[],
  options: Parameters<typeof main>[2] = {},
): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(`${t}\n`), err: (t) => err.push(`${t}\n`) }, options);
  return { code, out: out.join(''), err: err.join('') };
}

const tmp = await mkdtemp(join(tmpdir(), 'idphoto-cli-robust-'));

describe('idphoto specs (human output)', () => {
  it('prints byte ranges in KB/MB, never raw bytes', async () => {
    const { code, out } = await run(['specs']);
    expect(code).toBe(0);
    const line = (id: string): string => out.split('\n').find((l) => l.startsWith(`${id} `)) ?? '';
    expect(line('chsi-graduation')).toContain(' 20–40 KB ');
    expect(line('chsi-zikao-sichuan')).toContain(' ≤ 29.3 KB ');
    expect(line('kaoyan')).toContain(' ≤ 9.5 MB ');
    expect(line('uk-passport-digital')).toContain(' 50 KB–9.5 MB ');
    expect(out).not.toMatch(/\d{5,}/); // no byte counts
  });

  it('stops quietly when stdout goes away (EPIPE, as in `idphoto specs | head -1`)', async () => {
    let lines = 0;
    const closed = Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });
    const err: string[] = [];
    const code = await main(['specs'], {
      out: () => {
        if (++lines > 1) throw closed;
      },
      err: (t) => err.push(t),
    });
    expect(code).toBe(0);
    expect(err).toEqual([]);
  });

  it('a real process whose stdout reader is gone exits 0 without a stack trace', async () => {
    const script = `import { main } from ${JSON.stringify(resolve(import.meta.dirname, '../src/main.ts'))};
process.exitCode = await main(['specs']);`;
    const child = spawn(
      process.execPath,
      ['--conditions=@idphoto/source', '--import', 'tsx', '--input-type=module', '-e', script],
      { stdio: ['ignore', 'pipe', 'pipe'], cwd: resolve(import.meta.dirname, '../../..') },
    );
    child.stdout.destroy(); // like `head -1` exiting before the CLI writes
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    const code = await new Promise<number | null>((done) => child.on('close', (c) => done(c)));
    expect(stderr).not.toMatch(/EPIPE|at .*\(/);
    expect(code).toBe(0);
  });
});

describe('idphoto input paths (exit 2, CLI_FILE_NOT_FOUND)', () => {
  it('says whether the path is missing or a directory, without repeating the path', async () => {
    const missing = await run([
      'check',
      join(tmp, 'zhang-san-110101199003071234.jpg'),
      '--spec',
      'chsi-graduation',
    ]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('does not exist');
    expect(missing.err).toContain('"reason":"missing"');
    const directory = await run(['check', tmp, '--spec', 'chsi-graduation']);
    expect(directory.code).toBe(2);
    expect(directory.err).toContain('is a directory');
    expect(directory.err).toContain('"reason":"directory"');
    expect(missing.err + directory.err).not.toContain('110101199003071234');
    expect(directory.err).not.toContain(tmp);
  });

  it('`pnpm idphoto` resolves paths from the directory it is typed in (INIT_CWD)', async () => {
    const root = resolve(import.meta.dirname, '../../..');
    const child = spawn(
      process.execPath,
      [join(root, 'scripts/idphoto.mjs'), 'compare', 'a01_obama_enrol_flags.jpg', 'a02_obama_podium.jpg'],
      {
        cwd: root,
        env: { ...process.env, INIT_CWD: FIXTURES },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (d: Buffer) => {
      output += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      output += d.toString();
    });
    const code = await new Promise<number | null>((done) => child.on('close', (c) => done(c)));
    expect(output).not.toContain('CLI_FILE_NOT_FOUND');
    expect(code).toBe(0);
  }, 120_000);
});

describe('idphoto usage errors (exit 2, CLI_USAGE)', () => {
  it('--lang fr lists the languages it takes', async () => {
    const { code, err } = await run(['specs', '--lang', 'fr']);
    expect(code).toBe(2);
    expect(err).toContain('CLI_USAGE');
    expect(err).toContain('"allowed":["zh","en"]');
  });

  it('make -o must carry the extension of the format the spec encodes', async () => {
    const input = join(FIXTURES, 'hv_white_shirt_plain_bg.jpg');
    const png = await run(['make', input, '--spec', 'chsi-graduation', '-o', join(tmp, 'x.png')]);
    expect(png.code).toBe(2);
    expect(png.err).toContain('CLI_USAGE');
    expect(png.err).toContain('"allowed":[".jpg",".jpeg"]');

    // …and the other way round, with a PNG spec registered beside the bundled ones.
    const chsiGraduation = createIdPhoto({ plugins: defaultPlugins() }).spec('chsi-graduation');
    const pngSpec = defineSpec({
      ...chsiGraduation,
      id: 'png-test',
      file: { ...chsiGraduation.file, format: 'png' },
    });
    const plugin = definePlugin({
      name: 'idphoto-plugin-spec-png-test',
      version: '0.1.0',
      sdk: '^0.1.0',
      provides: ['spec:png-test'],
      setup(ctx) {
        ctx.provide(SPECS, () => pngSpec, { id: pngSpec.id });
      },
    });
    const app = createIdPhoto({ plugins: [...defaultPlugins(), plugin()] });
    const jpg = await run(['make', input, '--spec', 'png-test', '-o', join(tmp, 'x.jpg')], {
      app: () => app,
    });
    expect(jpg.code).toBe(2);
    expect(jpg.err).toContain('"allowed":[".png"]');
  });

  it('matte -o must be .png and layout -o .jpg/.jpeg/.png, before any work is done', async () => {
    const input = join(FIXTURES, 'hv_white_shirt_plain_bg.jpg');
    const matte = await run(['matte', input, '-o', join(tmp, 'alpha.jpg')]);
    expect(matte.code).toBe(2);
    expect(matte.err).toContain('"allowed":[".png"]');
    const layout = await run(['layout', input, '--print-mm', '33x48', '-o', join(tmp, 'sheet.gif')]);
    expect(layout.code).toBe(2);
    expect(layout.err).toContain('"allowed":[".jpg",".jpeg",".png"]');
    expect(existsSync(join(tmp, 'alpha.jpg')) || existsSync(join(tmp, 'sheet.gif'))).toBe(false);
  });

  it('layout photo:abc (copies that are not a number)', async () => {
    const { code, err } = await run(['layout', 'g01.jpg:abc', '-o', join(tmp, 'sheet.jpg')]);
    expect(code).toBe(2);
    expect(err).toContain('CLI_USAGE');
    expect(err).not.toContain('CLI_FILE_NOT_FOUND');
  });
});
