import { resolve } from 'node:path';
import { sharpProbeEncoderFromFile, testSpecPlugin } from '@idphoto/testing';
import { BUILT_IN_RULE_IDS } from '@idphoto/validator-standard';
import { passportCnSpec } from '../src/index.js';

// A finished-looking head-and-shoulders photo on a plain backdrop (1304×1290, larger than every canvas
// here) from the shared corpus; when ../shared is missing the probe is skipped and says so.
const encode = await sharpProbeEncoderFromFile(
  resolve(import.meta.dirname, '../../../../../shared/fixtures/photos/hv_man_suit_gray_bg.jpg'),
);

testSpecPlugin(passportCnSpec(), {
  knownRules: BUILT_IN_RULE_IDS,
  encode,
  expectedSpecs: ['cn-passport', 'cn-hk-macau-permit', 'cn-taiwan-permit'],
});
