import type { FaceAnalysis, RuleContext, RuleOutcome } from '@idphoto/sdk';
import { deltaE2000, hex, labOf } from '../colour/colour.js';
import { defineRule, numberParam } from '../engine/standard-rule.js';
import { fmt, NOTHING_TO_DO, round } from '../engine/text.js';
import { backgroundStats, GRID_SHORT_SIDE } from '../measure/background.js';
import { darkEdges } from '../measure/edges.js';
import { imageMatte } from '../measure/matte.js';
import { histogramMedian } from '../measure/stats.js';
import { faceCentreX, subjectFace } from '../measure/subject.js';

const EDGE_ZH = { top: '上', left: '左', right: '右', bottom: '下' } as const;

/**
 * `background.black-edge` (黑边检测): clothing and shoulders too close to the background colour
 * (ΔE00 between the garment region below the chin and the background), too little subject where
 * the shoulders should be, or a dark band along the photo's edges.
 */
export const backgroundBlackEdge = defineRule({
  id: 'background.black-edge',
  title: { zh: '黑边检测', en: 'Edge check (黑边)' },
  measures: {
    zh: '肩部衣服区域（下巴以下、颈部两侧）中位色与背景的 ΔE00；肩部区域的人像占比；上/左/右边缘是否有暗带',
    en: 'ΔE00 between the garment region (below the chin, beside the neck) and the background; subject share there; dark bands along the top/side edges',
  },
  unit: 'ΔE00',
  params: {
    minDeltaE: { type: 'number', default: 12, description: 'Smallest garment-vs-background ΔE00.' },
    minShoulderShare: {
      type: 'number',
      default: 0.25,
      description: 'Smallest share of the shoulder zone the matte must mark as subject.',
    },
    edgeDrop: {
      type: 'number',
      default: 60,
      description: 'Luma drop below the background that makes an edge line dark.',
    },
  },
  source:
    'CHSI §1.8 黑边检测 (thresholds unpublished). 12 ΔE00: our numbers — light-blue/sky-blue shirts on CHSI blue measure 3.5–6.2, white/off-white on white 2.0–5.9, light grey (200) on light grey 9.1, while denim on blue measures 20.6 and beige on white 17.2. 60 luma: a dark scan border on a light background. 25 %: chosen, not calibrated — generated CHSI framings fill 98–100 % of the zone, a head without shoulders 0 %',
  reasons: {
    'dark-edge': 'a dark band along the top or a side edge (scan or print border)',
    'no-shoulders': 'too little subject in the shoulder zone (subject too small, or no shoulders)',
    'clothing-like-background': 'the clothing is too close to the background colour',
  },
  evaluate(ctx) {
    const stats = backgroundStats(ctx);
    if (!stats) return null; // background.colour reports a missing background
    const { height: h } = ctx.subject.image;
    const face = subjectFace(ctx);
    const bgLuma = 0.299 * stats.median.r + 0.587 * stats.median.g + 0.114 * stats.median.b;
    const minDelta = numberParam(ctx, 'background.black-edge', 'minDeltaE', 12);
    const minShare = numberParam(ctx, 'background.black-edge', 'minShoulderShare', 0.25);
    const edgeDrop = numberParam(ctx, 'background.black-edge', 'edgeDrop', 60);
    const expected = {
      min: minDelta,
      text: `clothing ≥ ${fmt(minDelta)} ΔE00 from the background; no dark band at the edges`,
    };
    const sideLimit = face ? face.chin.y : h / 2;
    const edges =
      bgLuma > edgeDrop + 20 ? darkEdges(ctx, bgLuma, sideLimit, { minDrop: edgeDrop, share: 0.6 }) : [];
    if (edges.length > 0) {
      const names = edges.map((e) => e.edge);
      const px = Math.max(...edges.map((e) => e.thickness));
      return {
        status: 'fail',
        reason: 'dark-edge',
        measured: `dark-edge:${names.join(',')}`,
        expected,
        message: {
          zh: `照片${names.map((n) => EDGE_ZH[n]).join('、')}边缘有约 ${px} px 宽的暗色边带（黑边）。`,
          en: `There is a dark band about ${px} px wide along the ${names.join(', ')} edge(s) of the photo.`,
        },
        fix: {
          zh: '请不要用扫描件或翻拍件；重新裁剪去掉黑边，或从原图重新制作。',
          en: 'Do not use scans or photos of prints; crop the dark border away or make the photo again from the original.',
        },
      };
    }
    if (!face) return null;
    const garment = garmentColour(ctx, face);
    if (garment.share < minShare) {
      return {
        status: 'fail',
        reason: 'no-shoulders',
        measured: round(garment.share, 2),
        unit: 'share',
        expected: {
          min: minShare,
          text: `shoulders fill ≥ ${Math.round(minShare * 100)} % of the shoulder zone`,
        },
        message: {
          zh: `肩部区域只有 ${Math.round(garment.share * 100)}% 是人像：人像在画面中太小或没有露出双肩。`,
          en: `Only ${Math.round(garment.share * 100)} % of the shoulder zone shows the subject: the subject is too small in the frame or the shoulders are missing.`,
        },
        fix: {
          zh: '请拍摄包含双肩的上半身照，并按规定放大人像，不要用大头贴或截图。',
          en: 'Use a head-and-shoulders photo with both shoulders, framed at the required size; no tight face crops or screenshots.',
        },
      };
    }
    if (!garment.lab) return null;
    const de = deltaE2000(garment.lab, stats.medianLab);
    const base = { measured: round(de), unit: 'ΔE00', expected };
    if (de >= minDelta) {
      return {
        ...base,
        status: 'pass',
        message: {
          zh: `衣服颜色与背景相差 ΔE ${fmt(de)}，不低于 ${fmt(minDelta)}，边缘无暗带。`,
          en: `The clothing differs from the background by ΔE ${fmt(de)} (at least ${fmt(minDelta)}); no dark band at the edges.`,
        },
        fix: NOTHING_TO_DO,
      };
    }
    return garmentFail(base, de, minDelta, garment.hex, hex(stats.median), ctx.spec.edits === 'none');
  },
});

function garmentFail(
  base: Pick<RuleOutcome, 'measured' | 'unit' | 'expected'>,
  de: number,
  min: number,
  garmentHex: string,
  bgHex: string,
  cropOnly: boolean,
): RuleOutcome {
  return {
    ...base,
    status: 'fail',
    reason: 'clothing-like-background',
    message: {
      zh: `衣服颜色 ${garmentHex} 与背景 ${bgHex} 太接近（ΔE ${fmt(de)}，应不低于 ${fmt(min)}），肩部会与背景融为一体。`,
      en: `The clothing ${garmentHex} is too close to the background ${bgHex} (ΔE ${fmt(de)}; expected at least ${fmt(min)}): the shoulders merge into the background.`,
    },
    fix: cropOnly
      ? {
          zh: '请换一件与背景颜色明显不同的衣服（蓝底不要穿蓝色或浅蓝色，白底不要穿白色），或在其他允许颜色的纯色背景前重新拍摄（该规格不允许替换背景）。',
          en: 'Wear clothing clearly different from the background (no blue on blue, no white on white), or shoot again in front of another allowed plain background colour (this spec allows no background replacement).',
        }
      : {
          zh: '请换一件与背景颜色明显不同的衣服（蓝底不要穿蓝色或浅蓝色，白底不要穿白色），或改用其他允许的背景色。',
          en: 'Wear clothing clearly different from the background (no blue on blue, no white on white), or choose another allowed background colour.',
        },
  };
}

/**
 * Share of the photo height that must remain below the nominal shoulder zone's top; with less, the
 * frame is a tight identity-card crop and the zone starts just below the chin instead.
 */
const TIGHT_FRAME_ROWS = 0.05;

/** Median colour of the subject in the shoulder zone, and how much of the zone is subject. */
function garmentColour(
  ctx: RuleContext,
  face: FaceAnalysis,
): { lab: ReturnType<typeof labOf> | null; hex: string; share: number } {
  return ctx.memo('garment', () => {
    const { width: w, height: h, data } = ctx.subject.image;
    const matte = imageMatte(ctx);
    const faceHeight = Math.max(1, face.chin.y - face.hairline.y);
    const nominal = face.chin.y + 0.35 * faceHeight;
    // Tight framings (identity cards: GA 461's bottom edge just shows the collar) leave the nominal
    // zone below the frame; the strip just under the chin, beside the neck, then shows the clothes.
    const tight = nominal > h * (1 - TIGHT_FRAME_ROWS);
    const top = Math.max(0, Math.round(tight ? face.chin.y + 0.1 * faceHeight : nominal));
    const cx = faceCentreX(face);
    const inner = 0.55 * face.faceWidth;
    const outer = 1.5 * face.faceWidth;
    const hist = [new Float64Array(256), new Float64Array(256), new Float64Array(256)];
    let zone = 0;
    let n = 0;
    const step = Math.max(1, Math.ceil(Math.min(w, h) / GRID_SHORT_SIDE));
    for (let y = top; y < h; y += step) {
      for (let x = 0; x < w; x += step) {
        const d = Math.abs(x - cx);
        if (d < inner || d > outer) continue;
        zone++;
        if (matte && matte.alphaAt(x, y) < 200) continue;
        const i = y * w + x;
        hist[0]![data[3 * i]!]!++;
        hist[1]![data[3 * i + 1]!]!++;
        hist[2]![data[3 * i + 2]!]!++;
        n++;
      }
    }
    // Without a matte every zone pixel counts: a garment the colour of the background then reads as
    // background, which is exactly what this rule must catch.
    const share = zone === 0 ? 0 : n / zone;
    if (n === 0) return { lab: null, hex: '', share };
    const rgb = {
      r: histogramMedian(hist[0]!, n),
      g: histogramMedian(hist[1]!, n),
      b: histogramMedian(hist[2]!, n),
    };
    return { lab: labOf(rgb), hex: hex(rgb), share };
  });
}
