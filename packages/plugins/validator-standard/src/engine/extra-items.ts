import type { SimilarityResult, ValidateInput, ValidationItem } from '@idphoto/sdk';
import { fmt, NOTHING_TO_DO } from './text.js';

/** Rule id of the identity check after a retouch. */
export const IDENTITY_RULE = 'edit.identity';
/** Rule id of the 入学相似度 comparison with a reference photo. */
export const REFERENCE_RULE = 'similarity.reference';
/** The `reason`s of a `similarity.reference` fail or warn (README). */
export const REFERENCE_REASONS: Readonly<Record<string, string>> = Object.freeze({
  'different-person': 'the score is below the threshold',
  'no-face': 'no face in the reference photo',
  'several-faces': 'several faces in the reference photo',
  unavailable: 'no similarity stage or face embeddings are configured',
});

/**
 * Items that do not come from the spec's rule list: limits the render ran into, whether the
 * retouched face is still the source face, and the comparison with a reference photo.
 */
export function extraItems(input: ValidateInput, referenceUnusable: 'warn' | 'fail'): ValidationItem[] {
  const items: ValidationItem[] = [];
  for (const note of input.renderNotes ?? []) {
    items.push({
      rule: note.rule,
      status: note.severity,
      ...(note.reason === undefined ? {} : { reason: note.reason }),
      measured: note.measured,
      expected: { text: note.expectedText },
      message: note.message,
      fix: note.fix,
    });
  }
  if (input.identity) items.push(identityItem(input.identity));
  if (input.reference) {
    const ref = input.reference;
    if (ref.status === 'compared') items.push(referenceItem(ref.similarity));
    else items.push(unusableReferenceItem(ref.status, referenceUnusable));
  }
  return items;
}

function scoreExpectation(s: SimilarityResult): ValidationItem['expected'] {
  return { min: s.threshold, text: `≥ ${fmt(s.threshold)}` };
}

function identityItem(s: SimilarityResult): ValidationItem {
  const score = fmt(s.score);
  const threshold = fmt(s.threshold);
  return s.samePerson
    ? {
        rule: IDENTITY_RULE,
        status: 'pass',
        measured: Number(score),
        expected: scoreExpectation(s),
        message: {
          zh: `美颜后的照片与原图的人脸相似度为 ${score}，不低于 ${threshold}，仍是同一人。`,
          en: `The retouched face scores ${score} against the original (threshold ${threshold}): still the same person.`,
        },
        fix: NOTHING_TO_DO,
      }
    : {
        rule: IDENTITY_RULE,
        status: 'fail',
        measured: Number(score),
        expected: scoreExpectation(s),
        message: {
          zh: `美颜后的照片与原图的人脸相似度仅为 ${score}，低于 ${threshold}，比对时可能被判为“不是同一人”。`,
          en: `The retouched face scores only ${score} against the original (threshold ${threshold}); face matching may reject it as a different person.`,
        },
        fix: {
          zh: '请关闭美颜或降低磨皮强度后重新制作。',
          en: 'Make the photo again without retouching, or with weaker smoothing.',
        },
      };
}

function referenceItem(s: SimilarityResult): ValidationItem {
  const score = fmt(s.score);
  const threshold = fmt(s.threshold);
  return s.samePerson
    ? {
        rule: REFERENCE_RULE,
        status: 'pass',
        measured: Number(score),
        expected: scoreExpectation(s),
        message: {
          zh: `与参考照片（入学照片）的相似度为 ${score}，不低于 ${threshold}，判断为同一人。`,
          en: `Similarity to the reference (enrolment) photo is ${score}, at least ${threshold}: judged the same person.`,
        },
        fix: NOTHING_TO_DO,
      }
    : {
        rule: REFERENCE_RULE,
        status: 'fail',
        reason: 'different-person',
        measured: Number(score),
        expected: scoreExpectation(s),
        message: {
          zh: `与参考照片（入学照片）的相似度仅为 ${score}，低于 ${threshold}，学信网比对时可能判为“不是同一人”。`,
          en: `Similarity to the reference (enrolment) photo is only ${score}, below ${threshold}; CHSI face matching may judge it a different person.`,
        },
        fix: {
          zh: '请使用本人近期、未美颜、正面清晰的照片；确认参考照片是本人的入学照片。浓妆、美瞳、修图都会降低相似度。',
          en: 'Use a recent, unretouched, sharp frontal photo of yourself and check that the reference is your own enrolment photo. Heavy make-up, coloured contacts and editing lower the score.',
        },
      };
}

function unusableReferenceItem(
  status: 'no-face' | 'several-faces' | 'unavailable',
  severity: 'warn' | 'fail',
): ValidationItem {
  const expected = { text: 'one face in the reference photo' };
  if (status === 'no-face') {
    return {
      rule: REFERENCE_RULE,
      status: severity,
      reason: status,
      measured: status,
      expected,
      message: {
        zh: '参考照片（入学照片）中未检测到人脸，无法计算相似度。',
        en: 'No face was found in the reference (enrolment) photo, so similarity could not be computed.',
      },
      fix: {
        zh: '请上传清晰、正面、只有本人的参考照片。',
        en: 'Upload a sharp frontal reference photo that shows only you.',
      },
    };
  }
  if (status === 'several-faces') {
    return {
      rule: REFERENCE_RULE,
      status: severity,
      reason: status,
      measured: status,
      expected,
      message: {
        zh: '参考照片（入学照片）中有多张人脸，无法确定与哪一张比对。',
        en: 'The reference (enrolment) photo shows several faces; it is unclear which one to compare.',
      },
      fix: {
        zh: '请上传只有本人的参考照片（可先裁剪掉其他人）。',
        en: 'Upload a reference photo that shows only you (crop the others out).',
      },
    };
  }
  return {
    rule: REFERENCE_RULE,
    status: severity,
    reason: status,
    measured: status,
    expected: { text: 'a similarity score' },
    message: {
      zh: '当前服务未配置人脸比对（缺少相似度模块或人脸特征），无法计算与参考照片的相似度。',
      en: 'Face comparison is not configured (no similarity stage or face embeddings), so the reference could not be compared.',
    },
    fix: {
      zh: '请联系服务提供方启用人脸比对后重试。',
      en: 'Ask the service operator to enable face comparison, then try again.',
    },
  };
}
