import {
  createIdPhoto,
  definePlugin,
  isIdPhotoError,
  type RenderNote,
  type SimilarityResult,
  SPEC_VALIDATOR,
  SPECS,
  VALIDATION_RULES,
  ValidationItemSchema,
  type ValidationRule,
} from '@idphoto/sdk';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { checkingReasons } from '../../test/reasons.js';
import { inputFor } from '../../test/run-rule.js';
import { testSpec } from '../../test/spec.js';
import { portrait } from '../../test/synthetic.js';
import { BUILT_IN_RULES } from '../rules/library.js';
import { standardValidator } from '../standard-validator.js';
import { createValidatorEngine } from './validator-engine.js';

const engine = (pluginRules: ValidationRule[] = [], referenceUnusable: 'warn' | 'fail' = 'warn') =>
  checkingReasons(createValidatorEngine({ builtIns: BUILT_IN_RULES, pluginRules, referenceUnusable }));

/** A photo whose eye line (150 px) is above CHSI's 200–300 px. */
const high = portrait({ eyeY: 150 });
const highPhoto = { image: high.image, faces: [high.face], matte: high.matte };

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return isIdPhotoError(error) ? error.code : `not an IdPhotoError: ${String(error)}`;
  }
  return 'resolved';
}

describe('validator engine', () => {
  it('throws VALIDATOR_UNKNOWN_RULE for a rule id nobody provides', async () => {
    const spec = testSpec([{ id: 'face.count' }, { id: 'composition.nope' }]);
    expect(await codeOf(engine().validate(inputFor(highPhoto, spec)))).toBe('VALIDATOR_UNKNOWN_RULE');
  });

  it('throws VALIDATOR_UNKNOWN_RULE for an unknown id in `only`', async () => {
    const spec = testSpec([{ id: 'face.count' }]);
    expect(await codeOf(engine().validate(inputFor(highPhoto, spec, { only: ['nope.rule'] })))).toBe(
      'VALIDATOR_UNKNOWN_RULE',
    );
  });

  it('fails a rule at severity fail and only warns at severity warn', async () => {
    const failing = await engine().validate(inputFor(highPhoto, testSpec([{ id: 'composition.eye-line' }])));
    expect(failing.items[0]).toMatchObject({ rule: 'composition.eye-line', status: 'fail', measured: 150 });
    const warning = await engine().validate(
      inputFor(highPhoto, testSpec([{ id: 'composition.eye-line', severity: 'warn' }])),
    );
    expect(warning.items[0]).toMatchObject({ rule: 'composition.eye-line', status: 'warn', measured: 150 });
  });

  it('runs only the rules named in `only`, in that order', async () => {
    const spec = testSpec([
      { id: 'face.count' },
      { id: 'composition.eye-line' },
      { id: 'composition.face-width' },
    ]);
    const { items } = await engine().validate(
      inputFor(highPhoto, spec, { only: ['composition.face-width', 'face.count'] }),
    );
    expect(items.map((i) => i.rule)).toEqual(['composition.face-width', 'face.count']);
  });

  it('omits rules that are not applicable (null), e.g. face rules without a face', async () => {
    const spec = testSpec([{ id: 'face.count' }, { id: 'composition.eye-line' }, { id: 'pose.roll' }]);
    const { items } = await engine().validate(inputFor({ image: high.image, faces: [] }, spec));
    expect(items.map((i) => i.rule)).toEqual(['face.count']);
    expect(items[0]?.status).toBe('fail');
  });

  it('checks built-in rule params: unknown names and wrong types throw VALIDATOR_INVALID_PARAM', async () => {
    const typo = testSpec([{ id: 'pose.roll', params: { maximum: 3 } }]);
    expect(await codeOf(engine().validate(inputFor(highPhoto, typo)))).toBe('VALIDATOR_INVALID_PARAM');
    const wrongType = testSpec([{ id: 'pose.roll', params: { max: 'three' } }]);
    expect(await codeOf(engine().validate(inputFor(highPhoto, wrongType)))).toBe('VALIDATOR_INVALID_PARAM');
  });

  it('lets spec params override app-level params, which override the rule default', async () => {
    const withApp = createValidatorEngine({
      builtIns: BUILT_IN_RULES,
      pluginRules: [],
      params: { 'composition.centring': {}, 'pose.roll': { max: 0.5 } },
    });
    const tilted = portrait();
    const photo = { image: tilted.image, faces: [{ ...tilted.face, roll: 2 }] };
    const byApp = await withApp.validate(inputFor(photo, testSpec([{ id: 'pose.roll' }])));
    expect(byApp.items[0]).toMatchObject({ status: 'fail', expected: { max: 0.5 } });
    const bySpec = await withApp.validate(
      inputFor(photo, testSpec([{ id: 'pose.roll', params: { max: 3 } }])),
    );
    expect(bySpec.items[0]).toMatchObject({ status: 'pass', expected: { max: 3 } });
  });

  it('wraps a crashing rule in VALIDATOR_RULE_FAILED and refuses plugin rules that shadow built-ins', async () => {
    const broken: ValidationRule = {
      id: 'acme.broken',
      title: { zh: '坏', en: 'Broken' },
      evaluate() {
        throw new RangeError('boom');
      },
    };
    const spec = testSpec([{ id: 'acme.broken' }]);
    expect(await codeOf(engine([broken]).validate(inputFor(highPhoto, spec)))).toBe('VALIDATOR_RULE_FAILED');
    const shadow: ValidationRule = { ...broken, id: 'face.count' };
    let code = '';
    try {
      engine([shadow]);
    } catch (error) {
      code = isIdPhotoError(error) ? error.code : 'other';
    }
    expect(code).toBe('VALIDATOR_RULE_CONFLICT');
  });

  it('shares memoised measurements between rules of one photo, not between photos', async () => {
    let computed = 0;
    const probe = (id: string): ValidationRule => ({
      id,
      title: { zh: '探针', en: 'Probe' },
      evaluate(ctx) {
        const value = ctx.memo('probe', () => ++computed);
        return {
          status: 'pass',
          measured: value,
          expected: { text: 'any' },
          message: { zh: '探针', en: 'probe' },
          fix: { zh: '无', en: 'none' },
        };
      },
    });
    const e = engine([probe('acme.one'), probe('acme.two')]);
    const spec = testSpec([{ id: 'acme.one' }, { id: 'acme.two' }]);
    const first = await e.validate(inputFor(highPhoto, spec));
    expect(first.items.map((i) => i.measured)).toEqual([1, 1]);
    const second = await e.validate(inputFor(highPhoto, spec));
    expect(second.items.map((i) => i.measured)).toEqual([2, 2]);
  });

  it('produces items that match the report schema, with zh and en text', async () => {
    const rules = BUILT_IN_RULES.map((r) => ({ id: r.id }));
    const spec = testSpec(rules, {
      composition: {
        unit: 'px',
        headTop: { min: 50, max: 110 },
        eyeLine: { min: 200, max: 300 },
        faceWidth: { min: 180, max: 300 },
        headHeight: { min: 300, max: 500 },
        chinToBottom: { min: 60 },
        eyeDistance: { min: 60, max: 120 },
        centreTolerance: 24,
      },
    });
    const { items } = await engine().validate(inputFor(highPhoto, spec));
    expect(items.length).toBeGreaterThan(15);
    for (const item of items) {
      const parsed = v.safeParse(ValidationItemSchema, item);
      expect(parsed.success, item.rule).toBe(true);
      expect(item.message.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(item.fix.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(item.message.en).toMatch(/[A-Za-z]/);
    }
  });
});

describe('items appended after the spec rules', () => {
  const spec = testSpec([{ id: 'face.count' }]);
  const similarity = (score: number): SimilarityResult => ({
    score,
    cosine: score / 100,
    threshold: 70,
    samePerson: score >= 70,
    model: 'test',
  });
  const note: RenderNote = {
    rule: 'source.resolution',
    severity: 'warn',
    measured: 120,
    expectedText: '≥ 180 px face width in the source',
    message: { zh: '原图人脸偏小', en: 'The face in the source is small' },
    fix: { zh: '请使用更清晰的原图', en: 'Use a sharper original' },
  };

  it('adds render notes, identity after retouch and the reference comparison, in that order', async () => {
    const { items } = await engine().validate(
      inputFor(highPhoto, spec, {
        renderNotes: [note],
        identity: similarity(88),
        reference: { status: 'compared', similarity: similarity(91) },
      }),
    );
    expect(items.map((i) => [i.rule, i.status])).toEqual([
      ['face.count', 'pass'],
      ['source.resolution', 'warn'],
      ['edit.identity', 'pass'],
      ['similarity.reference', 'pass'],
    ]);
    expect(items[1]).toMatchObject({
      measured: 120,
      expected: { text: note.expectedText },
      message: note.message,
    });
    expect(items[3]).toMatchObject({ measured: 91, expected: { min: 70 } });
  });

  it('fails identity and reference below their thresholds', async () => {
    const { items } = await engine().validate(
      inputFor(highPhoto, spec, {
        identity: similarity(55),
        reference: { status: 'compared', similarity: similarity(40) },
      }),
    );
    expect(items.slice(1).map((i) => [i.rule, i.status, i.measured])).toEqual([
      ['edit.identity', 'fail', 55],
      ['similarity.reference', 'fail', 40],
    ]);
  });

  it('warns (or fails, when configured) when the reference cannot be compared, saying why', async () => {
    for (const status of ['no-face', 'several-faces', 'unavailable'] as const) {
      const warned = await engine().validate(inputFor(highPhoto, spec, { reference: { status } }));
      expect(warned.items[1]).toMatchObject({
        rule: 'similarity.reference',
        status: 'warn',
        measured: status,
      });
      const failed = await engine([], 'fail').validate(inputFor(highPhoto, spec, { reference: { status } }));
      expect(failed.items[1]).toMatchObject({ status: 'fail', measured: status });
    }
  });
});

describe('standardValidator plugin', () => {
  const acmeSpec = testSpec([{ id: 'face.count' }, { id: 'acme.badge-colour', params: { colour: 'blue' } }]);
  const acmeRule: ValidationRule = {
    id: 'acme.badge-colour',
    title: { zh: '工牌颜色', en: 'Badge colour' },
    evaluate(ctx) {
      return {
        status: ctx.params.colour === 'blue' ? 'fail' : 'pass',
        measured: String(ctx.params.colour),
        expected: { equals: 'red', text: 'red' },
        message: { zh: '工牌颜色不对', en: 'Wrong badge colour' },
        fix: { zh: '换成红色', en: 'Use red' },
      };
    },
  };
  const acmePlugin = definePlugin({
    name: 'idphoto-plugin-spec-acme',
    version: '1.0.0',
    sdk: '^0.1.0',
    // Collection ids are kebab-case capabilities; the rule object carries its dotted rule id.
    provides: ['spec:test-chsi', 'validation-rule:acme-badge-colour'],
    setup(ctx) {
      ctx.provide(SPECS, () => acmeSpec, { id: acmeSpec.id });
      ctx.provide(VALIDATION_RULES, () => acmeRule, { id: 'acme-badge-colour' });
    },
  });

  it('registers through createIdPhoto and runs plugin-provided rules next to built-ins', async () => {
    const app = createIdPhoto({ plugins: [standardValidator(), acmePlugin()] });
    const validator = app.resolver.resolve(SPEC_VALIDATOR);
    const { items } = await validator.validate(inputFor(highPhoto, app.spec('test-chsi')));
    expect(items.map((i) => [i.rule, i.status])).toEqual([
      ['face.count', 'pass'],
      ['acme.badge-colour', 'fail'],
    ]);
  });

  it('validates its options', () => {
    let code = '';
    try {
      standardValidator({ referenceUnusable: 'maybe' as 'warn' });
    } catch (error) {
      code = isIdPhotoError(error) ? error.code : 'other';
    }
    expect(code).toBe('SDK_PLUGIN_INVALID_OPTIONS');
  });
});
