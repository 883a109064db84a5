import type { SpecDefinitionInput } from '@idphoto/sdk';

type Rules = SpecDefinitionInput['rules'];

/** The white background every Chinese identity document requires. */
export const WHITE: SpecDefinitionInput['background']['options'][number] = {
  id: 'white',
  name: { zh: '白色', en: 'White' },
  rgb: [255, 255, 255],
};

/**
 * The rules the identity-document specs share, in report order; `clothes` is the severity of
 * `background.black-edge` (clothes that merge with the white background), `mouth` of
 * `face.mouth-closed`.
 */
export function idcardRules(options: {
  readonly composition: readonly string[];
  readonly clothes: 'fail' | 'warn';
  readonly mouth: 'fail' | 'warn';
}): Rules {
  return [
    { id: 'file.format' },
    { id: 'file.dimensions' },
    { id: 'file.size' },
    { id: 'file.dpi' },
    { id: 'file.colour-depth' },
    { id: 'file.quality' },
    { id: 'file.metadata', severity: 'warn' },
    { id: 'face.count' },
    ...options.composition.map((id) => ({ id })),
    { id: 'composition.centring' },
    { id: 'composition.cut-off' },
    { id: 'pose.roll' },
    { id: 'pose.yaw' },
    { id: 'pose.pitch' },
    { id: 'face.eyes-open' },
    { id: 'face.mouth-closed', severity: options.mouth },
    { id: 'background.colour' },
    { id: 'background.uniformity' },
    { id: 'background.black-edge', severity: options.clothes },
    { id: 'quality.sharpness' },
    { id: 'quality.exposure' },
    { id: 'lighting.face-balance' },
  ];
}

/** Advice shown before shooting, shared by the three documents. */
export const IDCARD_GUIDELINES: NonNullable<SpecDefinitionInput['guidelines']> = [
  {
    zh: '六个月内近照，正面免冠，表情自然，双眼睁开。',
    en: 'Taken within six months: bare-headed, facing the camera, natural expression, eyes open.',
  },
  {
    zh: '白色背景，不穿白色或浅色上衣，不穿制服。',
    en: 'White background: no white or very light top, no uniform.',
  },
  {
    zh: '常戴眼镜者应戴眼镜，镜片无反光。',
    en: 'Wear your glasses if you usually do; no glare on the lenses.',
  },
  { zh: '光线均匀，脸部无阴影。', en: 'Even light, no shadow on the face.' },
];
