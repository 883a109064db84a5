import type { SpecDefinition } from '@idphoto/sdk';
import { describe, expect, it } from 'vitest';
import { main } from '../src/index.js';

/** Runs `idphoto specs …` in-process and returns its output. */
async function specs(...argv: string[]): Promise<{ code: number; out: string }> {
  const out: string[] = [];
  const code = await main(['specs', ...argv], { out: (t) => out.push(`${t}\n`), err: () => {} });
  return { code, out: out.join('') };
}

/** The numbers each bundled spec must publish (a few per spec; the plugins' own tests check the rest). */
const EXPECTED: Record<
  string,
  {
    px: [number, number];
    dpi: number;
    bytes: { min?: number; max?: number };
    edits: string;
    backgrounds: string[];
  }
> = {
  'chsi-graduation': {
    px: [480, 640],
    dpi: 300,
    bytes: { min: 20_480, max: 40_960 },
    edits: 'retouch',
    backgrounds: ['blue', 'white', 'grey'],
  },
  'chsi-zikao-graduation': {
    px: [480, 640],
    dpi: 300,
    bytes: { min: 20_480, max: 40_960 },
    edits: 'retouch',
    backgrounds: ['blue'],
  },
  'chsi-zikao-xinjiang': {
    px: [480, 640],
    dpi: 300,
    bytes: { min: 20_480, max: 40_960 },
    edits: 'retouch',
    backgrounds: ['white'],
  },
  'chsi-zikao-sichuan': {
    px: [360, 480],
    dpi: 300,
    bytes: { max: 30_000 },
    edits: 'retouch',
    backgrounds: ['blue'],
  },
  'cn-passport': {
    px: [354, 472],
    dpi: 300,
    bytes: { min: 30_720, max: 80_000 },
    edits: 'none',
    backgrounds: ['white', 'grey', 'blue'],
  },
  'cn-hk-macau-permit': {
    px: [354, 472],
    dpi: 300,
    bytes: { min: 30_720, max: 80_000 },
    edits: 'none',
    backgrounds: ['white', 'grey', 'blue'],
  },
  'cn-taiwan-permit': {
    px: [354, 472],
    dpi: 300,
    bytes: { min: 30_720, max: 80_000 },
    edits: 'none',
    backgrounds: ['white', 'grey', 'blue'],
  },
  'cn-resident-id': {
    px: [358, 441],
    dpi: 350,
    bytes: { min: 14_336, max: 30_000 },
    edits: 'background',
    backgrounds: ['white'],
  },
  'cn-social-security': {
    px: [358, 441],
    dpi: 350,
    bytes: { min: 14_336, max: 40_000 },
    edits: 'background',
    backgrounds: ['white'],
  },
  'cn-driving-licence': {
    px: [260, 378],
    dpi: 300,
    bytes: { min: 14_336, max: 30_000 },
    edits: 'background',
    backgrounds: ['white'],
  },
  cet: {
    px: [480, 640],
    dpi: 300,
    bytes: { min: 20_480, max: 200_000 },
    edits: 'background',
    backgrounds: ['blue', 'white'],
  },
  ncre: {
    px: [480, 640],
    dpi: 300,
    bytes: { min: 20_480, max: 200_000 },
    edits: 'none',
    backgrounds: ['blue', 'white'],
  },
  'civil-service': {
    px: [295, 413],
    dpi: 300,
    bytes: { min: 30_720, max: 100_000 },
    edits: 'background',
    backgrounds: ['blue', 'white'],
  },
  kaoyan: {
    px: [480, 640],
    dpi: 300,
    bytes: { max: 10_000_000 },
    edits: 'background',
    backgrounds: ['white', 'blue'],
  },
  ntce: { px: [150, 200], dpi: 300, bytes: { max: 200_000 }, edits: 'background', backgrounds: ['white'] },
  putonghua: {
    px: [390, 567],
    dpi: 300,
    bytes: { max: 200_000 },
    edits: 'background',
    backgrounds: ['white', 'blue'],
  },
  'adult-college-entrance': {
    px: [480, 640],
    dpi: 300,
    bytes: { min: 20_480, max: 40_000 },
    edits: 'background',
    backgrounds: ['white', 'grey', 'blue'],
  },
  'icao-9303': {
    px: [413, 531],
    dpi: 300,
    bytes: { max: 10_000_000 },
    edits: 'none',
    backgrounds: ['white', 'grey'],
  },
  'us-passport-visa': {
    px: [600, 600],
    dpi: 300,
    bytes: { min: 54_000, max: 240_000 },
    edits: 'none',
    backgrounds: ['white'],
  },
  'uk-passport-digital': {
    px: [600, 750],
    dpi: 300,
    bytes: { min: 51_200, max: 10_000_000 },
    edits: 'none',
    backgrounds: ['grey', 'cream'],
  },
  'schengen-visa': {
    px: [413, 531],
    dpi: 300,
    bytes: { max: 10_000_000 },
    edits: 'none',
    backgrounds: ['grey', 'white'],
  },
};

describe('idphoto specs --json: the spec catalogue', () => {
  it('lists every bundled spec with its pixels, dpi, bytes, edits and backgrounds', async () => {
    const { code, out } = await specs('--json');
    expect(code).toBe(0);
    const listed = JSON.parse(out) as SpecDefinition[];
    const byId = new Map(listed.map((s) => [s.id, s]));
    expect([...byId.keys()].sort()).toEqual(expect.arrayContaining(Object.keys(EXPECTED).sort()));
    for (const [id, want] of Object.entries(EXPECTED)) {
      const spec = byId.get(id)!;
      expect([spec.canvas.width, spec.canvas.height, spec.canvas.dpi], id).toEqual([...want.px, want.dpi]);
      expect(spec.file.bytes, id).toEqual(want.bytes);
      expect(spec.edits, id).toBe(want.edits);
      expect(
        spec.background.options.map((o) => o.id),
        id,
      ).toEqual(want.backgrounds);
      expect(Object.keys(spec.citations).length, id).toBeGreaterThan(0);
    }
  });

  it('carries the composition numbers the authorities publish', async () => {
    const listed = JSON.parse((await specs('--json')).out) as SpecDefinition[];
    const composition = (id: string) => listed.find((s) => s.id === id)!.composition;
    expect(composition('cn-resident-id')).toMatchObject({
      faceWidth: { min: 193, max: 221 },
      headTop: { min: 7, max: 21 },
      eyeLineFromBottom: { min: 207 },
    });
    expect(composition('us-passport-visa')).toMatchObject({
      unit: 'fraction',
      headHeight: { min: 0.5, max: 0.69 },
      eyeLineFromBottom: { min: 0.56, max: 0.69 },
    });
    expect(composition('icao-9303')).toMatchObject({
      headHeight: { min: 0.7, max: 0.8 },
      eyeLineFromBottom: { min: 0.5, max: 0.7 },
    });
    expect(composition('cn-passport')).toMatchObject({
      unit: 'fraction',
      eyeDistance: { min: 0.23, max: 0.33 },
    });
    expect(composition('cn-driving-licence')).toMatchObject({
      headHeight: { min: 224, max: 260 },
      headTop: { min: 10, max: 20 },
    });
    expect(listed.find((s) => s.id === 'cet')!.file.naming?.pattern).toBe('{idNumber}.jpg');
  });

  it('prints one line per spec without --json', async () => {
    const { code, out } = await specs();
    expect(code).toBe(0);
    for (const id of Object.keys(EXPECTED)) expect(out).toMatch(new RegExp(`^${id}\\s`, 'm'));
  });
});
