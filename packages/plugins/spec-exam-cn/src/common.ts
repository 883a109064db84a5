import type { SpecDefinitionInput } from '@idphoto/sdk';

type Option = SpecDefinitionInput['background']['options'][number];
type Rules = SpecDefinitionInput['rules'];

/** 99号's light blue: exam boards say "浅蓝色" without a value; this is the one published reference. */
export const LIGHT_BLUE: Option = {
  id: 'blue',
  name: { zh: '浅蓝色', en: 'Light blue' },
  rgb: [100, 197, 255],
};
export const WHITE: Option = { id: 'white', name: { zh: '白色', en: 'White' }, rgb: [255, 255, 255] };
export const LIGHT_GREY: Option = {
  id: 'grey',
  name: { zh: '浅灰色', en: 'Light grey' },
  rgb: [240, 240, 240],
};

/** The project's pose calibration (as for CHSI) where the exam board publishes no angles. */
export const CALIBRATED_POSE = { maxRoll: 5, maxYaw: 10, maxPitch: 10 } as const;

/** Options of {@link examRules}. */
export interface ExamRuleOptions {
  /** Composition rule ids, in report order. */
  readonly composition: readonly string[];
  /** Whether the board publishes a dpi / a JPEG quality floor (the rule is only listed then). */
  readonly dpi?: boolean;
  readonly quality?: boolean;
  /** Severity of `background.black-edge`: `fail` where the board rejects clothes close to the background. */
  readonly clothes: 'fail' | 'warn';
  /** Whether ears must show (always `warn`: the analyzer's ear verdict is a hint). */
  readonly ears?: boolean;
}

/** The rules the exam specs share, in report order. */
export function examRules(o: ExamRuleOptions): Rules {
  return [
    { id: 'file.format' },
    { id: 'file.dimensions' },
    { id: 'file.size' },
    ...(o.dpi ? [{ id: 'file.dpi' }] : []),
    { id: 'file.colour-depth' },
    ...(o.quality ? [{ id: 'file.quality' }] : []),
    { id: 'file.metadata', severity: 'warn' as const },
    { id: 'face.count' },
    ...o.composition.map((id) => ({ id })),
    { id: 'composition.centring' },
    { id: 'composition.cut-off' },
    { id: 'pose.roll' },
    { id: 'pose.yaw' },
    { id: 'pose.pitch' },
    { id: 'face.eyes-open' },
    { id: 'face.mouth-closed', severity: 'warn' as const },
    ...(o.ears ? [{ id: 'face.ears-visible', severity: 'warn' as const }] : []),
    { id: 'background.colour' },
    { id: 'background.uniformity' },
    { id: 'background.black-edge', severity: o.clothes },
    { id: 'quality.sharpness' },
    { id: 'quality.exposure' },
    { id: 'lighting.face-balance' },
  ];
}

/** Advice shown before shooting, shared by the exam specs. */
export const EXAM_GUIDELINES: NonNullable<SpecDefinitionInput['guidelines']> = [
  {
    zh: '近期正面免冠彩色证件照，不要生活照、艺术照、侧面照。',
    en: 'A recent frontal bare-headed colour portrait; no snapshots, art photos or profiles.',
  },
  { zh: '露出双耳和眉毛，头发不遮挡眼睛。', en: 'Ears and eyebrows visible; hair off the eyes.' },
  { zh: '衣服颜色与背景区分明显。', en: 'Clothes clearly different from the background.' },
  { zh: '不要翻拍、扫描照片，不要放大小图。', en: 'No photos of prints, scans or enlarged small images.' },
];

/**
 * The NEEA 成像区 proportions (CET, NCRE): top margin 1/10, head 7/10, shoulders 1/5 of the height.
 * They are nominal; ±0.05 of the height around each is our tolerance.
 */
export const NEEA_COMPOSITION: SpecDefinitionInput['composition'] = {
  unit: 'fraction',
  headTop: { min: 0.05, max: 0.15 },
  headHeight: { min: 0.65, max: 0.75 },
  centreTolerance: 0.05,
};

/** Sizes `check` accepts for the NEEA exams: at least 144×192, 3:4; the upper bound is our choice. */
export const NEEA_ACCEPT = {
  minWidth: 144,
  maxWidth: 1200,
  minHeight: 192,
  maxHeight: 1600,
  aspect: { ratio: 0.75, tolerance: 0.01 },
} as const;
