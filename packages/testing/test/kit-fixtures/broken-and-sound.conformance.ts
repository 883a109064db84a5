// Run by kit.test.ts in a nested vitest (not collected by the main run: no `.test.ts` suffix).
import { testSpecPlugin } from '../../src/index.js';
import { sharpProbeEncoder } from '../../src/sharp-probe-encoder.js';
import { demoSpec } from '../demo-spec.js';
import { fixture } from '../fixtures.js';
import { specPlugin, stagePlugins } from '../spec-plugin.js';

const encode = sharpProbeEncoder(await fixture('g02_derived_chsi_candidate_480x640_blue.jpg'));
const samples = [await fixture('hv_white_shirt_plain_bg.jpg')];

/** 2000×3000 with at most 10 KB at q ≥ 90, and a head held level to 0.1°. */
const broken = demoSpec({
  id: 'kit-broken',
  canvas: { width: 2000, height: 3000, dpi: 300 },
  file: { format: 'jpeg', minQuality: 90, bytes: { min: 2048, max: 10 * 1024 } },
  composition: {
    unit: 'fraction',
    headTop: { min: 50 / 640, max: 110 / 640 },
    eyeLine: { min: 200 / 640, max: 300 / 640 },
    faceWidth: { min: 180 / 480, max: 300 / 480 },
    centreTolerance: 24 / 480,
  },
  pose: { maxRoll: 0.1, maxYaw: 10, maxPitch: 10 },
});

testSpecPlugin(specPlugin(broken), { encode, pipeline: { plugins: stagePlugins(), samples } });
testSpecPlugin(specPlugin(demoSpec()), { encode, pipeline: { plugins: stagePlugins(), samples } });
testSpecPlugin(specPlugin(demoSpec({ id: 'kit-bare' })));
const missing = { unavailable: 'shared fixtures are missing at ../shared/fixtures/photos' };
testSpecPlugin(specPlugin(demoSpec({ id: 'kit-no-photos' })), { encode: missing, pipeline: missing });
