import { FACEMESH_FACE_OVAL } from '@idphoto/sdk';
import { defineRule, numberParam } from '../engine/standard-rule.js';
import { NOTHING_TO_DO } from '../engine/text.js';
import { subjectHeadTop } from '../measure/head-top.js';
import { imageMatte } from '../measure/matte.js';
import { subjectFace } from '../measure/subject.js';

/** Alpha at which a matte pixel counts as subject. */
const SUBJECT_ALPHA = 128;

const EDGE_TEXT = {
  top: { zh: '上边缘', en: 'top edge' },
  left: { zh: '左边缘', en: 'left edge' },
  right: { zh: '右边缘', en: 'right edge' },
} as const;

type Edge = keyof typeof EDGE_TEXT;

/**
 * `composition.cut-off`: the subject is cut off — the matte's subject touches the top edge, or the
 * left/right edges beside the head (above the chin), or the head top lies at the edge, or the face
 * outline leaves the frame. Without a matte only the face outline can be checked.
 */
export const compositionCutOff = defineRule({
  id: 'composition.cut-off',
  title: { zh: '人像完整', en: 'Subject not cut off' },
  measures: {
    zh: '抠图主体是否触及上边缘或头部两侧的左右边缘；头顶是否在边缘；人脸轮廓是否出框',
    en: 'Whether the matte subject touches the top edge or the side edges beside the head, the head top is at the edge, or the face outline leaves the frame',
  },
  unit: '',
  params: {
    minRun: {
      type: 'number',
      default: 0.02,
      description: 'Share of the edge length the subject must touch to count (ignores single stray pixels).',
    },
  },
  source:
    'CHSI §1.9 (头顶过于靠近边缘, 人像不完整). 2 %: a margin against stray matte pixels, chosen (not yet checked on real mattes)',
  reasons: {
    'face-cut-off': 'part of the face outline is outside the photo',
    'head-cut-off': 'the head or hair runs past the top or a side edge (from the matte)',
  },
  evaluate(ctx) {
    const face = subjectFace(ctx);
    if (!face) return null;
    const { width: w, height: h } = ctx.subject.image;
    const minRun = numberParam(ctx, 'composition.cut-off', 'minRun', 0.02);
    const touched = new Set<Edge | 'face'>();
    const oval = FACEMESH_FACE_OVAL.map((i) => face.landmarks[i]).filter((p) => p !== undefined);
    if (oval.some((p) => p.x < 0 || p.y < 0 || p.x > w - 1 || p.y > h - 1)) touched.add('face');
    const matte = imageMatte(ctx);
    if (matte) {
      const k = matte.known;
      if (k.y === 0) {
        let run = 0;
        for (let x = 0; x < w; x++) if (matte.alphaAt(x, 0) >= SUBJECT_ALPHA) run++;
        if (run >= Math.max(2, minRun * w)) touched.add('top');
      }
      const headTop = subjectHeadTop(ctx);
      if (headTop && headTop.y <= 1) touched.add('top');
      const rows = Math.min(h, Math.max(0, Math.round(face.chin.y)));
      const need = Math.max(2, minRun * h);
      let left = 0;
      let right = 0;
      for (let y = 0; y < rows; y++) {
        if (k.x === 0 && matte.alphaAt(0, y) >= SUBJECT_ALPHA) left++;
        if (k.x + k.width === w && matte.alphaAt(w - 1, y) >= SUBJECT_ALPHA) right++;
      }
      if (left >= need) touched.add('left');
      if (right >= need) touched.add('right');
    }
    const expected = { equals: 'none', text: 'head and hair inside the frame' };
    if (touched.size === 0) {
      return {
        status: 'pass',
        measured: 'none',
        expected,
        message: matte
          ? { zh: '头部（含头发）完整，未被边缘截断。', en: 'The head, hair included, is inside the frame.' }
          : {
              zh: '人脸轮廓完整（无抠图，未检查头发是否被截断）。',
              en: 'The face outline is inside the frame (no matte: the hair was not checked).',
            },
        fix: NOTHING_TO_DO,
      };
    }
    const list = [...touched];
    const edges = list.filter((e): e is Edge => e !== 'face');
    const zh: string[] = [];
    const en: string[] = [];
    if (touched.has('face')) {
      zh.push('人脸有一部分在画面之外');
      en.push('part of the face is outside the photo');
    }
    if (edges.length) {
      zh.push(`头部或头发超出${edges.map((e) => EDGE_TEXT[e].zh).join('、')}`);
      en.push(`the head or hair runs past the ${edges.map((e) => EDGE_TEXT[e].en).join(' and ')}`);
    }
    return {
      status: 'fail',
      reason: touched.has('face') ? 'face-cut-off' : 'head-cut-off',
      measured: list.join(','),
      expected,
      message: { zh: `人像被截断：${zh.join('；')}。`, en: `The subject is cut off: ${en.join('; ')}.` },
      fix: {
        zh: '请重新拍摄或裁剪，使整个头部（含头发）都在画面内，头顶留出空白，并露出双肩。',
        en: 'Shoot or crop again so the whole head, hair included, is inside the frame with space above it and both shoulders visible.',
      },
    };
  },
});
