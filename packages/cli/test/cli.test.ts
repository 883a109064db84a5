import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readJpegInfo } from '@idphoto/sdk';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { main } from '../src/index.js';
import { FIXTURES, fixture } from './fixtures.js';

/** Runs the CLI in-process and captures its output. */
async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(`${t}\n`), err: (t) => err.push(`${t}\n`) });
  return { code, out: out.join(''), err: err.join('') };
}

const tmp = await mkdtemp(join(tmpdir(), 'idphoto-cli-'));

describe('idphoto CLI', () => {
  it('make: exit 0, a 480×640 JPEG and a JSON report; check on the output agrees', async () => {
    await fixture('hv_white_shirt_plain_bg.jpg');
    const out = join(tmp, 'suit.jpg');
    const reportPath = join(tmp, 'suit.json');
    const made = await run(
      'make',
      join(FIXTURES, 'hv_white_shirt_plain_bg.jpg'),
      '--spec',
      'chsi-graduation',
      '-o',
      out,
      '--json',
      reportPath,
    );
    expect(made.err).toBe('');
    expect(made.code).toBe(0);
    const bytes = new Uint8Array(await readFile(out));
    expect(readJpegInfo(bytes)).toMatchObject({ width: 480, height: 640, dpi: 300 });
    const report = JSON.parse(await readFile(reportPath, 'utf8')) as {
      pass: boolean;
      items: { rule: string; status: string }[];
      timings: Record<string, number>;
    };
    expect(report.pass).toBe(true);
    expect(Object.keys(report.timings)).toEqual(
      expect.arrayContaining(['capture', 'analyze', 'matting', 'render', 'total']),
    );

    const checked = await run('check', out, '--spec', 'chsi-graduation', '--json');
    expect(checked.code).toBe(0);
    const again = JSON.parse(checked.out) as typeof report;
    expect(again.items.map((i) => [i.rule, i.status])).toEqual(
      report.items
        .filter((i) => !i.rule.startsWith('source.') && i.rule !== 'edit.identity')
        .map((i) => [i.rule, i.status]),
    );
  });

  it('make: exit 3 with the failing rule when the face is too small, output kept', async () => {
    const out = join(tmp, 'small.jpg');
    const reportPath = join(tmp, 'small.json');
    const made = await run(
      'make',
      join(FIXTURES, 'hsd119_face_too_small_480x640.jpg'),
      '--spec',
      'chsi-graduation',
      '-o',
      out,
      '--json',
      reportPath,
    );
    expect(made.code).toBe(3);
    const report = JSON.parse(await readFile(reportPath, 'utf8')) as {
      pass: boolean;
      items: { rule: string; status: string }[];
    };
    expect(report.pass).toBe(false);
    expect(report.items.filter((i) => i.status === 'fail').length).toBeGreaterThan(0);
  });

  it('exit 2 with the error code on bad input', async () => {
    const pdf = join(tmp, 'scan.jpg');
    await writeFile(pdf, '%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n');
    const notImage = await run('make', pdf, '--spec', 'chsi-graduation', '-o', join(tmp, 'x.jpg'));
    expect(notImage.code).toBe(2);
    expect(notImage.err).toContain('CAPTURE_NOT_AN_IMAGE');
    const missing = await run('check', join(tmp, 'nope.jpg'), '--spec', 'chsi-graduation');
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('CLI_FILE_NOT_FOUND');
    const unknownSpec = await run('check', join(FIXTURES, 'hv_man_suit_gray_bg.jpg'), '--spec', 'nope');
    expect(unknownSpec.code).toBe(2);
    expect(unknownSpec.err).toContain('SDK_NOT_FOUND');
    const usage = await run('make', '--bogus');
    expect(usage.code).toBe(2);
    expect(usage.err).toContain('CLI_USAGE');
  });

  it('specs --json lists chsi-graduation with its numbers', async () => {
    const { code, out } = await run('specs', '--json');
    expect(code).toBe(0);
    const specs = JSON.parse(out) as {
      id: string;
      canvas: { width: number; height: number };
      file: { bytes: { min: number; max: number } };
    }[];
    const chsi = specs.find((s) => s.id === 'chsi-graduation');
    expect(chsi?.canvas).toMatchObject({ width: 480, height: 640 });
    expect(chsi?.file.bytes).toEqual({ min: 20_480, max: 40_960 });
  });

  it('compare: same person exit 0, different people exit 3', async () => {
    const same = await run(
      'compare',
      join(FIXTURES, 'a01_obama_enrol_flags.jpg'),
      join(FIXTURES, 'a02_obama_podium.jpg'),
      '--json',
    );
    expect(same.code).toBe(0);
    expect((JSON.parse(same.out) as { similarity: { samePerson: boolean } }).similarity.samePerson).toBe(
      true,
    );
    const different = await run(
      'compare',
      join(FIXTURES, 'a01_obama_enrol_flags.jpg'),
      join(FIXTURES, 'hv_man_suit_gray_bg.jpg'),
    );
    expect(different.code).toBe(3);
    const zh = await run(
      'compare',
      join(FIXTURES, 'a01_obama_enrol_flags.jpg'),
      join(FIXTURES, 'a02_obama_podium.jpg'),
      '--lang',
      'zh',
    );
    expect(zh.code).toBe(0);
    expect(zh.out).toMatch(/[\u4e00-\u9fff]/); // localized, not the English line
    expect(zh.out).not.toMatch(/[A-Za-z]{3,}/);
  });

  it('compare refuses a group photo instead of picking one of the people (exit 2)', async () => {
    const group = await run(
      'compare',
      join(FIXTURES, 'multi_obama_biden.jpg'),
      join(FIXTURES, 'a01_obama_enrol_flags.jpg'),
    );
    expect(group.code).toBe(2);
    expect(group.err).toContain('SIMILARITY_SEVERAL_FACES');
    expect(group.err).toContain('"which":"a"');
    const noFace = await run(
      'compare',
      join(FIXTURES, 'a01_obama_enrol_flags.jpg'),
      join(FIXTURES, 'hsd155_statue_no_face.jpg'),
    );
    expect(noFace.code).toBe(2);
    expect(noFace.err).toContain('SIMILARITY_NO_FACE');
    expect(noFace.err).toContain('"which":"b"');
    const notAPhoto = join(tmp, 'notes.jpg');
    await writeFile(notAPhoto, 'just some text, not a photo\n');
    const text = await run('compare', join(FIXTURES, 'a01_obama_enrol_flags.jpg'), notAPhoto);
    expect(text.code).toBe(2);
    expect(text.err).toContain('CAPTURE_NOT_AN_IMAGE');
    expect(text.err).toContain('"input":"b"');
  });

  it('analyze --json gives box, eyes, angles, face width and head top', async () => {
    const { code, out } = await run('analyze', join(FIXTURES, 'multi_obama_biden.jpg'), '--json');
    expect(code).toBe(0);
    const result = JSON.parse(out) as {
      faces: { headTop: { y: number } | null; eyes: { left: { y: number } }; faceWidth: number }[];
    };
    expect(result.faces).toHaveLength(2);
    for (const face of result.faces) {
      expect(face.headTop).not.toBeNull();
      expect(face.headTop!.y).toBeLessThan(face.eyes.left.y);
      expect(face.faceWidth).toBeGreaterThan(20);
    }
  });

  it('matte writes a source-sized, one-channel greyscale alpha PNG', async () => {
    const out = join(tmp, 'alpha.png');
    const { code } = await run('matte', join(FIXTURES, 'hv_man_suit_gray_bg.jpg'), '-o', out);
    expect(code).toBe(0);
    const png = await readFile(out);
    const source = await sharp(join(FIXTURES, 'hv_man_suit_gray_bg.jpg')).metadata();
    expect(await sharp(png).metadata()).toMatchObject({
      format: 'png',
      channels: 1,
      width: source.width,
      height: source.height,
    });
  });
});
