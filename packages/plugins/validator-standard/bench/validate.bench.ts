/**
 * Speed of the standard validator: all CHSI rules on a finished 480×640 photo (with and without a
 * matte), on a 12 MP photo checked as uploaded, and each rule's own cost on a fresh memo.
 * Run: npx tsx --conditions=@idphoto/source packages/plugins/validator-standard/bench/validate.bench.ts
 */
import type { FaceAnalysis, MattingOutput, RgbImage, ValidateInput } from '@idphoto/sdk';
import { chsiGraduation } from '@idphoto/spec-chsi';
import sharp from 'sharp';
import { createValidatorEngine } from '../src/engine/validator-engine.js';
import { BUILT_IN_RULES } from '../src/rules/library.js';
import { analyze } from '../test/analyzer.js';
import { decode, encodeJpeg, fixtureBytes } from '../test/images.js';
import { renderLike } from '../test/render-like.js';
import { inputFor } from '../test/run-rule.js';
import { portrait } from '../test/synthetic.js';

const engine = createValidatorEngine({ builtIns: BUILT_IN_RULES, pluginRules: [] });
let peak = process.memoryUsage().rss;
const sample = (): void => {
  peak = Math.max(peak, process.memoryUsage().rss);
};

async function time(label: string, runs: number, fn: () => Promise<unknown>): Promise<number> {
  await fn(); // warm-up
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
    sample();
  }
  ms.sort((a, b) => a - b);
  const median = ms[Math.floor(ms.length / 2)]!;
  const p95 = ms[Math.min(ms.length - 1, Math.ceil(ms.length * 0.95) - 1)]!;
  console.log(
    `${label.padEnd(52)} median ${median.toFixed(1).padStart(7)} ms   p95 ${p95.toFixed(1).padStart(7)} ms`,
  );
  return median;
}

function fullMatte(image: RgbImage, alpha: Uint8Array, face: FaceAnalysis): MattingOutput {
  return {
    alpha: { width: image.width, height: image.height, channels: 1, data: alpha },
    region: { x: 0, y: 0, width: image.width, height: image.height },
    scale: 1,
    subjectBox: { x: 0, y: 0, width: image.width, height: image.height },
    headTop: { x: face.chin.x, y: Math.max(0, face.hairline.y - 40) },
    touches: { top: false, left: false, right: false, bottom: true },
    timings: {},
  };
}

// 1. A finished CHSI photo (fixture rendered to 480×640, q75, 300 dpi), with its real analysis.
const chsi = await renderLike('hv_man_suit_gray_bg.jpg');
const chsiInput = inputFor(
  { image: chsi.image, bytes: chsi.bytes, faces: chsi.analysis.faces, analysis: chsi.analysis },
  chsiGraduation,
);
// The same photo with a matte: a generated portrait's exact matte on its own pixels.
const synthetic = portrait();
const syntheticBytes = await encodeJpeg(synthetic.image, { quality: 75, dpi: 300 });
const matteInput = inputFor(
  { image: synthetic.image, bytes: syntheticBytes, faces: [synthetic.face], matte: synthetic.matte },
  chsiGraduation,
);
// 2. A 12 MP upload checked as is (4000×3000 enlargement of a fixture), with a coarse matte.
const bigBytes = new Uint8Array(
  await sharp(await fixtureBytes('a01_obama_enrol_flags.jpg'))
    .resize(3000, 4000, { fit: 'fill' })
    .jpeg({ quality: 85 })
    .toBuffer(),
);
const big = await decode(bigBytes);
const bigAnalysis = await analyze(big);
const bigAlpha = new Uint8Array(big.width * big.height);
const bigFace = bigAnalysis.faces[0]!;
for (let y = Math.round(bigFace.hairline.y - 300); y < big.height; y++)
  for (let x = Math.round(bigFace.chin.x - 900); x < Math.round(bigFace.chin.x + 900); x++)
    if (x >= 0 && x < big.width && y >= 0) bigAlpha[y * big.width + x] = 255;
const bigInput: ValidateInput = inputFor(
  {
    image: big,
    bytes: bigBytes,
    faces: bigAnalysis.faces,
    analysis: bigAnalysis,
    matte: fullMatte(big, bigAlpha, bigFace),
  },
  chsiGraduation,
);

console.log(`standard validator, ${chsiGraduation.rules.length} CHSI rules, Node ${process.version}`);
const base = await time('480×640 finished photo, no matte (25 rules)', 30, () => engine.validate(chsiInput));
const withMatte = await time('480×640 generated portrait with matte (25 rules)', 30, () =>
  engine.validate(matteInput),
);
const large = await time('3000×4000 upload with matte (25 rules)', 5, () => engine.validate(bigInput));
console.log(
  `ratio 12 MP / 480×640: ${(large / withMatte).toFixed(1)}×; matte vs none: ${(withMatte / base).toFixed(2)}×`,
);

console.log('\nper rule on the 480×640 photo with matte (fresh memo: includes the measurements it triggers)');
for (const rule of chsiGraduation.rules) {
  const only: ValidateInput = { ...matteInput, only: [rule.id] };
  await time(`  ${rule.id}`, 10, () => engine.validate(only));
}
console.log(`\npeak RSS ${(peak / 1024 / 1024).toFixed(0)} MB`);
