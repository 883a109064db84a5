import { formatRange, type Range, type RenderNote } from '@idphoto/sdk';
import type { CutOff } from './matte/find-cut-offs.js';
import type { Quantity } from './plan/solve-plan.js';

const QUANTITY_TEXT: Readonly<Record<Quantity, { zh: string; en: string }>> = {
  headTop: { zh: '头顶到上边缘距离', en: 'head top to top edge' },
  eyeLine: { zh: '眼睛到上边缘距离', en: 'eye line to top edge' },
  faceWidth: { zh: '脸宽', en: 'face width' },
  headHeight: { zh: '头部高度', en: 'head height' },
  chinToBottom: { zh: '下巴到下边缘距离', en: 'chin to bottom edge' },
  eyeDistance: { zh: '两眼间距', en: 'eye distance' },
};

const EDGE_TEXT: Readonly<Record<CutOff['edge'], { zh: string; en: string }>> = {
  top: { zh: '上', en: 'top' },
  bottom: { zh: '下', en: 'bottom' },
  left: { zh: '左', en: 'left' },
  right: { zh: '右', en: 'right' },
};

/** The spec's ranges cannot all be met at once for this subject (e.g. a tall bun). */
export function unreachableNote(quantity: Quantity, predicted: number, range: Range): RenderNote {
  const q = QUANTITY_TEXT[quantity];
  const measured = Math.round(predicted);
  const expected = formatRange(range, 'px');
  return {
    rule: 'composition.unreachable',
    severity: 'fail',
    measured,
    expectedText: `${quantity} ${expected}`,
    message: {
      zh: `按照片中的人像比例，无法同时满足所有构图要求：${q.zh}为 ${measured} 像素，要求 ${expected}。`,
      en: `The subject's proportions do not allow every composition range at once: ${q.en} is ${measured} px, required ${expected}.`,
    },
    fix: {
      zh: '请放下高发髻或发饰，保持头部端正，重新拍摄上半身照片。',
      en: 'Take down a high bun or hair ornament, hold the head upright, and shoot a new head-and-shoulders photo.',
    },
  };
}

/**
 * The crop needs subject pixels the source does not have (or, keeping pixels as shot, any pixels),
 * at one or more edges: one note listing every edge, so a report has one `source.cut-off` item.
 */
export function cutOffNote(cuts: readonly CutOff[], mode: 'replace-background' | 'crop-only'): RenderNote {
  const zh = cuts.map((c) => `${EDGE_TEXT[c.edge].zh}侧 ${c.missing} 像素`).join('、');
  const en = cuts.map((c) => `${c.missing} px at the ${EDGE_TEXT[c.edge].en}`).join(', ');
  const what =
    mode === 'crop-only'
      ? {
          zh: `原图画面不够：按规格裁剪需要原图之外的画面（${zh}），已用底色填充。`,
          en: `The source photo ends too early: the spec's crop needs pixels beyond it (${en}), filled with the background colour.`,
        }
      : {
          zh: `人像在原图边缘被截断：按规格裁剪需要原图之外的人像（${zh}），无法补出。`,
          en: `The subject is cut off by the edge of the source photo: the spec's crop needs subject beyond it (${en}), which cannot be made up.`,
        };
  return {
    rule: 'source.cut-off',
    severity: 'fail',
    measured: cuts.map((c) => `${c.edge}: ${c.missing} px`).join(', '),
    expectedText: '0 px beyond every edge',
    message: what,
    fix: {
      zh: '请离镜头远一些重新拍摄，让头顶上方留出空间，并拍到双肩和上半身。',
      en: 'Step back and shoot again with space above the head and both shoulders and the upper body in frame.',
    },
  };
}

/** The face is so small in the source that the photo had to be enlarged beyond `max`. */
export function resolutionNote(scale: number, max: number): RenderNote {
  // Two decimals, more where two would show the limit itself (1.5004 → 1.5004, not a failing 1.5).
  let digits = 2;
  while (digits < 5 && Math.round(scale * 10 ** digits) / 10 ** digits <= max) digits++;
  const factor = Math.round(scale * 10 ** digits) / 10 ** digits;
  return {
    rule: 'source.resolution',
    severity: 'fail',
    measured: factor,
    expectedText: `≤ ${max}×`,
    message: {
      zh: `原图中的人脸太小，需要放大 ${factor} 倍（上限 ${max} 倍），照片会模糊。`,
      en: `The face is too small in the source photo: it had to be enlarged ${factor}× (at most ${max}×), so the photo will be blurry.`,
    },
    fix: {
      zh: '请靠近一些、使用更高分辨率（手机后置主摄像头，不要数码变焦或截图）重新拍摄。',
      en: "Move closer and shoot at full resolution (the phone's main rear camera, no digital zoom or screenshots).",
    },
  };
}

/**
 * No quality at or above the floor lands inside the byte range. The validator's `file.size` rule
 * fails on the measured file; this note explains why re-encoding cannot help, so it only warns.
 */
export function fileSizeNote(bytes: number, range: Range, quality: number | undefined): RenderNote {
  const kb = Math.round((bytes / 1024) * 10) / 10;
  const expected = formatRange({
    ...(range.min === undefined ? {} : { min: range.min / 1024 }),
    ...(range.max === undefined ? {} : { max: range.max / 1024 }),
  });
  const q = quality === undefined ? '' : ` (q ${quality})`;
  return {
    rule: 'encode.size-unreachable',
    severity: 'warn',
    measured: bytes,
    expectedText: `${expected} KB`,
    message: {
      zh: `在允许的压缩质量内，文件大小只能做到 ${kb} KB${q}，要求 ${expected} KB。`,
      en: `Within the allowed JPEG quality the file comes out at ${kb} KB${q}; required ${expected} KB.`,
    },
    fix: {
      zh: '照片细节过多或过少：请在纯色背景前重新拍摄，避免杂乱花纹的衣服。',
      en: 'The photo has too much or too little detail: reshoot against a plain background, without busy patterns.',
    },
  };
}

/** No matte gave the top of the hair, so it was estimated from the hairline. */
export function headTopEstimatedNote(): RenderNote {
  return {
    rule: 'composition.head-top-estimated',
    severity: 'warn',
    measured: null,
    expectedText: 'head top from the subject matte',
    message: {
      zh: '未进行人像抠图，头顶位置按发际线估算，头顶留白可能不准确。',
      en: 'No subject matte was available, so the head top was estimated from the hairline; the space above the head may be off.',
    },
    fix: {
      zh: '启用抠图模块后重新制作。',
      en: 'Enable a matting stage and make the photo again.',
    },
  };
}

/** Retouching was asked for but not done. */
export function retouchSkippedNote(reason: 'crop-only' | 'no-face-outline'): RenderNote {
  return {
    rule: 'retouch.skipped',
    severity: 'warn',
    measured: reason,
    expectedText: 'retouch applied',
    message:
      reason === 'crop-only'
        ? {
            zh: '该规格要求保留原始像素（仅裁剪），未进行美颜。',
            en: 'This spec keeps the pixels as shot (crop only), so no retouching was done.',
          }
        : {
            zh: '未能确定面部轮廓，未进行美颜。',
            en: 'The face outline could not be determined, so no retouching was done.',
          },
    fix: { zh: '无需操作。', en: 'Nothing to do.' },
  };
}
