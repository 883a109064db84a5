import { defineRule } from '../engine/standard-rule.js';
import { fmt, NOTHING_TO_DO, round } from '../engine/text.js';
import { faceCentreX, subjectFace } from '../measure/subject.js';
import { pixelComposition } from './composition.js';

/** `composition.centring`: |face centre x − width/2| ≤ the spec's centre tolerance. */
export const compositionCentring = defineRule({
  id: 'composition.centring',
  title: { zh: '水平居中', en: 'Horizontal centring' },
  measures: {
    zh: '人脸中心（两颊中点）偏离画面中线的距离',
    en: 'Offset of the face centre (cheek midpoint) from the vertical centre line',
  },
  unit: 'px',
  params: {},
  source: 'spec `composition.centreTolerance` (CHSI “人像水平居中”: 24 px = 5 % of the width, our tolerance)',
  reasons: {
    'off-left': 'the face sits left of the centre line (image left)',
    'off-right': 'the face sits right of the centre line (image right)',
  },
  evaluate(ctx) {
    const face = subjectFace(ctx);
    if (!face) return null;
    const tolerance = pixelComposition(ctx).centreTolerance;
    const offset = faceCentreX(face) - ctx.subject.image.width / 2;
    const distance = Math.abs(offset);
    const expected = { max: round(tolerance), text: `≤ ${fmt(tolerance)} px` };
    const side = offset < 0 ? { zh: '偏左', en: 'left' } : { zh: '偏右', en: 'right' };
    if (distance <= tolerance) {
      return {
        status: 'pass',
        measured: round(distance),
        unit: 'px',
        expected,
        message: {
          zh: `人脸中心距画面中线 ${fmt(distance)} px，在 ±${fmt(tolerance)} px 以内。`,
          en: `The face centre is ${fmt(distance)} px from the centre line, within ±${fmt(tolerance)} px.`,
        },
        fix: NOTHING_TO_DO,
      };
    }
    return {
      status: 'fail',
      reason: offset < 0 ? 'off-left' : 'off-right',
      measured: round(distance),
      unit: 'px',
      expected,
      message: {
        zh: `人像${side.zh} ${fmt(distance)} px，应在画面中线 ±${fmt(tolerance)} px 以内。`,
        en: `The face is ${fmt(distance)} px ${side.en} of centre; expected within ±${fmt(tolerance)} px.`,
      },
      fix: {
        zh: `请重新裁剪使人像水平居中（向${offset < 0 ? '右' : '左'}移动裁剪框中的人像）；拍摄时请正对镜头。`,
        en: `Crop again so the subject is centred (move it to the ${offset < 0 ? 'right' : 'left'}); face the camera squarely when shooting.`,
      },
    };
  },
});
