import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readJpegInfo } from '@idphoto/sdk';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { main } from '../src/index.js';
import { FIXTURES, fixture } from './fixtures.js';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(`${t}\n`), err: (t) => err.push(`${t}\n`) });
  return { code, out: out.join(''), err: err.join('') };
}

const tmp = await mkdtemp(join(tmpdir(), 'idphoto-cli-layout-'));
// A finished 480×640 CHSI-sized photo (its file says 72 dpi, so its print size must come from the spec).
const PHOTO = join(FIXTURES, 'g02_derived_chsi_candidate_480x640_blue.jpg');

describe('idphoto layout', () => {
  it('--spec: 4 copies on a 6in sheet at 300 dpi with a JSON plan', async () => {
    await fixture('g02_derived_chsi_candidate_480x640_blue.jpg');
    const out = join(tmp, 'sheet.jpg');
    const planPath = join(tmp, 'plan.json');
    const result = await run(
      'layout',
      `${PHOTO}:4`,
      '--spec',
      'chsi-graduation',
      '--paper',
      '6in',
      '-o',
      out,
      '--json',
      planPath,
    );
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(readJpegInfo(new Uint8Array(await readFile(out)))).toMatchObject({
      width: 1205,
      height: 1795,
      dpi: 300,
      hasExif: false,
    });
    const plan = JSON.parse(await readFile(planPath, 'utf8')) as {
      sheets: { file: string; placements: { xMm: number; widthPx: number; label: string }[] }[];
      unplaced: unknown[];
    };
    expect(plan.sheets).toHaveLength(1);
    expect(plan.sheets[0]!.file).toBe(out);
    expect(plan.sheets[0]!.placements.map((p) => p.widthPx)).toEqual([480, 480, 480, 480]);
    expect(plan.unplaced).toEqual([]);
  });

  it('--print-mm and --copies: overflowing copies go to numbered sheets', async () => {
    const passport = join(tmp, 'passport.png');
    await writeFile(
      passport,
      await sharp(PHOTO).extract({ left: 20, top: 0, width: 440, height: 640 }).png().toBuffer(),
    );
    const out = join(tmp, 'passports.jpg');
    const result = await run(
      'layout',
      passport,
      '--print-mm',
      '33x48',
      '--copies',
      '6',
      '--paper',
      '5in',
      '-o',
      out,
    );
    expect(result.code).toBe(0);
    expect(result.out).toContain('passports-1.jpg');
    expect(result.out).toContain('passports-2.jpg');
    const first = readJpegInfo(new Uint8Array(await readFile(join(tmp, 'passports-1.jpg'))))!;
    expect([first.width * first.height, first.dpi]).toEqual([1051 * 1500, 300]);
  });

  it('exit 2 with a typed code for bad input, exit 3 when some copies fit nowhere', async () => {
    const out = join(tmp, 'x.jpg');
    // 480 px at the file's 72 dpi is 169 mm wide: nothing fits on 6in.
    const tooBig = await run('layout', PHOTO, '-o', out);
    expect(tooBig.code).toBe(2);
    expect(tooBig.err).toContain('LAYOUT_DOES_NOT_FIT');
    const aspect = await run('layout', PHOTO, '--print-mm', '33x48', '-o', out);
    expect(aspect.code).toBe(2);
    expect(aspect.err).toContain('LAYOUT_ASPECT_MISMATCH');
    const paper = await run('layout', PHOTO, '--spec', 'chsi-graduation', '--paper', '9in', '-o', out);
    expect(paper.code).toBe(2);
    expect(paper.err).toContain('CLI_USAGE');
    const unknownSpec = await run('layout', PHOTO, '--spec', 'nope', '-o', out);
    expect(unknownSpec.code).toBe(2);
    expect(unknownSpec.err).toContain('SDK_NOT_FOUND');

    // Without --spec/--print-mm every file's own dpi sets its size: a 300 dpi photo fits, a 72 dpi one not.
    const at300 = join(tmp, 'at300.jpg');
    await writeFile(at300, await sharp(PHOTO).withMetadata({ density: 300 }).jpeg().toBuffer());
    const partial = await run(
      'layout',
      `${at300}:2`,
      PHOTO,
      '--paper',
      '6in',
      '-o',
      join(tmp, 'partial.jpg'),
    );
    expect(partial.code).toBe(3);
    expect(partial.err).toContain('not placed: 1 × photo 2 (too-large)');
  });
});
