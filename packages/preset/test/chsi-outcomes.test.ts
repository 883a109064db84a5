import { createIdPhoto, type IdPhoto, type ValidationReport } from '@idphoto/sdk';
import { BUILT_IN_RULES } from '@idphoto/validator-standard';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultPlugins } from '../src/index.js';
import { fixture } from './fixtures.js';

/**
 * The main job on the fixture corpus (学信网 graduation photo, light blue): photos with a usable frontal
 * face come out passing; the ones that cannot be fixed fail with the rule that explains why.
 */
let idphoto: IdPhoto;
beforeAll(async () => {
  idphoto = createIdPhoto({ plugins: defaultPlugins() });
  await idphoto.warmup();
}, 300_000);

const failing = (report: ValidationReport): string[] =>
  report.items.filter((i) => i.status === 'fail').map((i) => i.rule);

const REASONS = new Map(BUILT_IN_RULES.map((r) => [r.id, Object.keys(r.reasons)]));

/** Every fail/warn of a built-in rule with several ways to fail names one of its reasons. */
function expectReasons(report: ValidationReport): void {
  for (const item of report.items) {
    const reasons = REASONS.get(item.rule);
    if (!reasons?.length || item.status === 'pass') continue;
    expect(reasons, `${item.rule} ${item.status}`).toContain(item.reason);
  }
}

describe('chsi-graduation on the fixture corpus', () => {
  it.each([
    'hv_white_shirt_plain_bg.jpg',
    'g01_hv_bow_white_shirt.jpg',
    'hv_webp_named_jpg_long_hair_outdoor.jpg',
  ])('%s (frontal, neutral mouth) comes out passing, and check on the output agrees', async (name) => {
    const made = await idphoto.make({ image: await fixture(name), spec: 'chsi-graduation' });
    expect(failing(made.report)).toEqual([]);
    expect(made.report.pass).toBe(true);
    expectReasons(made.report);
    expect(made.photo).toMatchObject({ width: 480, height: 640, dpi: 300 });
    const checked = await idphoto.check({
      image: made.photo!.bytes,
      spec: 'chsi-graduation',
      background: 'blue',
    });
    expect(checked.report.pass).toBe(true);
    const pipelineOnly = (rule: string): boolean =>
      rule.startsWith('source.') || rule.startsWith('encode.') || rule.startsWith('composition.head-top-');
    expect(checked.report.items.map((i) => [i.rule, i.status, i.measured])).toEqual(
      made.report.items.filter((i) => !pipelineOnly(i.rule)).map((i) => [i.rule, i.status, i.measured]),
    );
  });

  it.each([
    ['hsd155_statue_no_face.jpg', 'no face (a plaster bust)', 'face.count'],
    ['exif6_no_face_recurser.jpg', 'no face (landscape)', 'face.count'],
    ['multi_obama_biden.jpg', 'several faces', 'face.count'],
    ['hsd119_face_too_small_480x640.jpg', 'face too small to detect usefully', 'face.count'],
    [
      'c01_kit_outdoor_small_face.jpg',
      'face so small the render would have to enlarge it',
      'source.resolution',
    ],
    ['hsd099_tilted_head_white_shirt.jpg', 'tilted head', 'pose.roll'],
    ['c02_kit_closeup_long_hair.jpg', 'subject cut off by the frame', 'source.cut-off'],
    ['d01_rose_long_hair_cluttered.jpg', 'hair cut off at the top of the original', 'source.cut-off'],
    ['a01_obama_enrol_flags.jpg', 'teeth showing (99号: lips naturally closed)', 'face.mouth-closed'],
  ])('%s: %s → fails %s', async (name, _why, rule) => {
    const made = await idphoto.make({ image: await fixture(name), spec: 'chsi-graduation' });
    expect(made.report.pass).toBe(false);
    expect(failing(made.report)).toContain(rule);
    expectReasons(made.report);
  });

  it('says why no face was found (too small) rather than just "none"', async () => {
    const made = await idphoto.make({
      image: await fixture('hsd119_face_too_small_480x640.jpg'),
      spec: 'chsi-graduation',
    });
    const item = made.report.items.find((i) => i.rule === 'face.count')!;
    expect(made.photo).toBeNull();
    expect(item).toMatchObject({ status: 'fail', reason: 'too-small', measured: 0 });
  });

  it('counts a photo with two people as several faces', async () => {
    const made = await idphoto.make({
      image: await fixture('multi_obama_biden.jpg'),
      spec: 'chsi-graduation',
    });
    expect(made.report.items.find((i) => i.rule === 'face.count')).toMatchObject({
      status: 'fail',
      reason: 'several',
      measured: 2,
    });
  });

  it('judges the derived 480×640 candidate with check: right size, wrong file and composition', async () => {
    const { report } = await idphoto.check({
      image: await fixture('g02_derived_chsi_candidate_480x640_blue.jpg'),
      spec: 'chsi-graduation',
    });
    const status = Object.fromEntries(report.items.map((i) => [i.rule, i.status]));
    expect(status).toMatchObject({
      'file.dimensions': 'pass',
      'face.count': 'pass',
      'composition.face-width': 'pass',
      'file.size': 'fail',
      'file.dpi': 'fail',
      'composition.head-top': 'fail',
      'background.uniformity': 'fail',
    });
  });

  it('compares with an enrolment photo (入学相似度) and keeps identity through retouch', async () => {
    const made = await idphoto.make({
      image: await fixture('g01_hv_bow_white_shirt.jpg'),
      spec: 'chsi-graduation',
      reference: await fixture('g02_derived_chsi_candidate_480x640_blue.jpg'),
      retouch: true,
    });
    expect(made.report.similarity?.samePerson).toBe(true);
    expect(made.report.items.find((i) => i.rule === 'similarity.reference')?.status).toBe('pass');
    expect(made.report.items.find((i) => i.rule === 'edit.identity')?.status).toBe('pass');
    const stranger = await idphoto.make({
      image: await fixture('hv_white_shirt_plain_bg.jpg'),
      spec: 'chsi-graduation',
      reference: await fixture('g01_hv_bow_white_shirt.jpg'),
    });
    expect(stranger.report.similarity?.samePerson).toBe(false);
    expect(stranger.report.items.find((i) => i.rule === 'similarity.reference')?.status).toBe('fail');
  });
});
