import type { SpecDefinitionInput } from '@idphoto/sdk';

type Option = SpecDefinitionInput['background']['options'][number];

export const WHITE: Option = { id: 'white', name: { zh: '白色', en: 'White' }, rgb: [255, 255, 255] };
/** ICAO publishes no colour values; the ICAO-based Chinese guide's light grey (luminance ≥ 198/240). */
export const LIGHT_GREY: Option = {
  id: 'grey',
  name: { zh: '浅灰色', en: 'Light grey' },
  rgb: [210, 210, 210],
};

/** ICAO / ISO 19794-5 pose limits (roll ±8°, yaw and pitch ±5°). */
export const ICAO_POSE = { maxRoll: 8, maxYaw: 5, maxPitch: 5 } as const;

/**
 * The rules every ICAO-style spec runs, in report order, with the spec's composition rules in the
 * middle. `background.black-edge` only warns: no authority here publishes a clothing rule.
 */
export function icaoRules(composition: readonly string[]): SpecDefinitionInput['rules'] {
  return [
    { id: 'file.format' },
    { id: 'file.dimensions' },
    { id: 'file.size' },
    { id: 'file.colour-depth' },
    { id: 'file.metadata', severity: 'warn' },
    { id: 'face.count' },
    ...composition.map((id) => ({ id })),
    { id: 'composition.centring' },
    { id: 'composition.cut-off' },
    { id: 'pose.roll' },
    { id: 'pose.yaw' },
    { id: 'pose.pitch' },
    { id: 'face.eyes-open' },
    { id: 'face.mouth-closed' },
    { id: 'background.colour' },
    { id: 'background.uniformity' },
    { id: 'background.black-edge', severity: 'warn' },
    { id: 'quality.sharpness' },
    { id: 'quality.exposure' },
    { id: 'lighting.face-balance' },
  ];
}

/** ICAO-style advice shown before shooting. */
export const ICAO_GUIDELINES: NonNullable<SpecDefinitionInput['guidelines']> = [
  {
    zh: '正对镜头，表情自然，双眼睁开，嘴巴闭合。',
    en: 'Face the camera square on: neutral expression, eyes open, mouth closed.',
  },
  {
    zh: '在浅色纯色墙前拍摄，光线均匀，脸部和背景无阴影。',
    en: 'Stand in front of a plain light wall in even light: no shadows on the face or the background.',
  },
  {
    zh: '照片不得用软件修改（包括换背景和滤镜）。',
    en: 'The photo must not be altered by software (no background replacement, no filters).',
  },
  {
    zh: '头发不遮挡眼睛；不戴帽子（宗教或医疗原因除外，且须露出整个面部）。',
    en: 'Hair off the eyes; no head covering except for religious or medical reasons, with the whole face visible.',
  },
];
