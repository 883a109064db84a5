import { sharpCapture } from '@idphoto/capture-sharp';
import { mediapipeFace } from '@idphoto/face-mediapipe';
import { sharpRender } from '@idphoto/render-sharp';
import {
  createIdPhoto,
  definePlugin,
  defineSpec,
  SPECS,
  type ValidationReport,
  ValidationReportSchema,
} from '@idphoto/sdk';
import { chsiGraduation, chsiSpec } from '@idphoto/spec-chsi';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_RULE_IDS } from '../src/rules/library.js';
import { standardValidator } from '../src/standard-validator.js';
import { fixtureBytes } from './images.js';
import { assertReasons } from './reasons.js';

/** CHSI numbers, but crop-only (no background replacement), so `make` runs without a matting stage. */
const chsiCropOnly = defineSpec({ ...chsiGraduation, id: 'chsi-crop-only', edits: 'none' });
const cropOnlySpec = definePlugin({
  name: 'idphoto-plugin-spec-chsi-crop-only',
  version: '0.1.0',
  sdk: '^0.1.0',
  provides: ['spec:chsi-crop-only'],
  setup(ctx) {
    ctx.provide(SPECS, () => chsiCropOnly, { id: chsiCropOnly.id });
  },
});

const app = createIdPhoto({
  plugins: [sharpCapture(), mediapipeFace(), sharpRender(), chsiSpec(), cropOnlySpec(), standardValidator()],
});

/** Statuses by rule; checks on the way that every fail/warn names its reason where it must. */
const byRule = (report: ValidationReport): Record<string, string> => {
  assertReasons(report.items);
  return Object.fromEntries(report.items.map((i) => [i.rule, i.status]));
};

describe('the validator inside the pipeline (createIdPhoto)', () => {
  it('knows every rule the CHSI spec lists', () => {
    expect(chsiGraduation.rules.map((r) => r.id).filter((id) => !BUILT_IN_RULE_IDS.includes(id))).toEqual([]);
  });

  it('checks a finished photo made elsewhere and says what is wrong with it', async () => {
    const { report } = await app.check({
      image: await fixtureBytes('g02_derived_chsi_candidate_480x640_blue.jpg'),
      spec: 'chsi-graduation',
      background: 'blue',
    });
    expect(v.safeParse(ValidationReportSchema, report).success).toBe(true);
    expect(report.pass).toBe(false);
    expect(byRule(report)).toMatchObject({
      'file.format': 'pass',
      'file.dimensions': 'pass',
      'file.size': 'fail', // 63 KB
      'file.dpi': 'fail', // 72 dpi
      'face.count': 'pass',
      'composition.head-top': 'warn', // no matting stage registered
      'composition.face-width': 'pass',
      'background.colour': 'fail', // a darker blue gradient, not (100, 197, 255)
      'background.uniformity': 'fail',
      'quality.sharpness': 'pass',
    });
  });

  it('judges the photo it made: the render meets the file and composition rules', async () => {
    const { photo, report } = await app.make({
      image: await fixtureBytes('hv_man_suit_gray_bg.jpg'),
      spec: 'chsi-crop-only',
    });
    expect(photo).not.toBeNull();
    const status = byRule(report);
    for (const rule of [
      'file.format',
      'file.dimensions',
      'file.size',
      'file.dpi',
      'file.colour-depth',
      'file.quality',
      'file.metadata',
      'face.count',
      'composition.eye-line',
      'composition.face-width',
      'composition.centring',
      'composition.cut-off',
      'quality.sharpness',
      'quality.exposure',
    ]) {
      expect(status[rule], rule).toBe('pass');
    }
  });

  it('explains a photo no ID photo can be made from', async () => {
    const { photo, report } = await app.make({
      image: await fixtureBytes('multi_obama_biden.jpg'),
      spec: 'chsi-crop-only',
    });
    expect(photo).toBeNull();
    assertReasons(report.items);
    expect(report.items).toHaveLength(1);
    expect(report.items[0]).toMatchObject({ rule: 'face.count', status: 'fail', measured: 2 });
  });
});
