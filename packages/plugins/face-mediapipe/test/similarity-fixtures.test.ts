import type { FaceEmbedding } from '@idphoto/sdk';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from './app.js';
import { fixturesDir, fixturesPresent } from './fixtures.js';

/** Single-person fixtures and their MANIFEST identity labels. */
const IDENTITY: Record<string, string> = {
  'a01_obama_enrol_flags.jpg': 'person_a',
  'a02_obama_podium.jpg': 'person_a',
  'rgba_opaque_obama.png': 'person_a',
  'b01_biden_tall_standing.jpg': 'person_b',
  'c01_kit_outdoor_small_face.jpg': 'person_c',
  'c02_kit_closeup_long_hair.jpg': 'person_c',
  'd01_rose_long_hair_cluttered.jpg': 'person_d',
  'derived_cmyk_alex_portrait.jpg': 'person_e',
  'exif6_hopper_glasses.jpg': 'person_f',
  'gray_hopper_glasses.jpg': 'person_f',
  'g01_hv_bow_white_shirt.jpg': 'person_g',
  'g02_derived_chsi_candidate_480x640_blue.jpg': 'person_g',
  'hsd006_dark_skin_glasses_braids.jpg': 'person_k',
  'hsd099_tilted_head_white_shirt.jpg': 'person_l',
  'hv_man_suit_gray_bg.jpg': 'person_i',
  'hv_webp_named_jpg_long_hair_outdoor.jpg': 'person_j',
  'hv_white_shirt_plain_bg.jpg': 'person_h',
  'rgba_cutout_p3m_818e689d.png': 'person_n',
};

describe.runIf(fixturesPresent)('similarity on the fixture identities', () => {
  const app = createTestApp();
  const embeddings = new Map<string, FaceEmbedding>();

  beforeAll(async () => {
    for (const name of Object.keys(IDENTITY)) {
      const out = await app.analyzer.analyze({ image: await app.load(name) });
      embeddings.set(name, out.faces[0]!.embedding!);
    }
    // The two-person photo: Obama is the image-left face, Biden the image-right one.
    for (const name of ['multi_obama_biden.jpg', 'derived_very_large_7000px_multi.jpg']) {
      const out = await app.analyzer.analyze({ image: await app.load(name) });
      const [p, q] = [...out.faces].slice(0, 2).sort((x, y) => x.eyes.left.x - y.eyes.left.x);
      const [obama, biden] = name.startsWith('multi') ? [p!, q!] : [q!, p!];
      embeddings.set(`${name}#obama`, obama.embedding!);
      IDENTITY[`${name}#obama`] = 'person_a';
      embeddings.set(`${name}#biden`, biden.embedding!);
      IDENTITY[`${name}#biden`] = 'person_b';
    }
  }, 300_000);

  it('scores every same-person pair at or above the threshold and every other pair below it', () => {
    const names = [...embeddings.keys()];
    const wrong: string[] = [];
    let same = 0;
    for (let i = 0; i < names.length; i++) {
      for (let j = i + 1; j < names.length; j++) {
        const a = names[i]!;
        const b = names[j]!;
        const result = app.similarity.compare({ a: embeddings.get(a)!, b: embeddings.get(b)! });
        const expected = IDENTITY[a] === IDENTITY[b];
        if (expected) same++;
        if (result.samePerson !== expected) wrong.push(`${a} ~ ${b}: ${result.score} (cos ${result.cosine})`);
      }
    }
    expect(same).toBeGreaterThanOrEqual(15);
    expect(wrong).toEqual([]);
  });

  it('gives an identical photo (a02 vs its PNG copy) a near-perfect score', () => {
    const result = app.similarity.compare({
      a: embeddings.get('a02_obama_podium.jpg')!,
      b: embeddings.get('rgba_opaque_obama.png')!,
    });
    expect(result.score).toBeGreaterThan(95);
    expect(result.model).toBe('faceres@human-3.3');
  });
});

describe('fixture photos', () => {
  it(`are present at ${fixturesDir} (the tests above need them)`, () => {
    expect(fixturesPresent, `fixture photos missing at ${fixturesDir}`).toBe(true);
  });
});
