import type { ValidationItem } from '@idphoto/sdk';
import { describe, expect, it } from 'vitest';
import { reasonProblems } from './reasons.js';

const item = (rule: string, status: ValidationItem['status'], reason?: string): ValidationItem => ({
  rule,
  status,
  ...(reason === undefined ? {} : { reason }),
  measured: null,
  expected: { text: '' },
  message: { zh: '', en: '' },
  fix: { zh: '', en: '' },
});

// Every helper that runs the engine in this package's tests (runRule, the engine and pipeline tests)
// asserts these on every item, so each fixture test checks the reasons of what it produces.
describe('the reason guard used by the fixture tests', () => {
  it('accepts declared reasons, none on a pass, none for a rule with one way to fail', () => {
    expect(
      reasonProblems([
        item('composition.head-top', 'fail', 'too-high'),
        item('face.count', 'warn', 'other-faces'),
        item('face.count', 'pass'),
        item('quality.sharpness', 'fail'),
        item('similarity.reference', 'warn', 'no-face'),
        item('source.cut-off', 'warn'),
      ]),
    ).toEqual([]);
  });

  it('catches a missing, an undeclared and a superfluous reason', () => {
    expect(
      reasonProblems([
        item('file.size', 'fail'),
        item('file.size', 'fail', 'too-big'),
        item('file.size', 'pass', 'too-large'),
        item('quality.sharpness', 'fail', 'blurred'),
      ]),
    ).toHaveLength(4);
  });
});
