import { testSpecPlugin } from '@idphoto/testing';
import { BUILT_IN_RULE_IDS } from '@idphoto/validator-standard';
import { intlSpec } from '../src/index.js';

testSpecPlugin(intlSpec(), {
  knownRules: BUILT_IN_RULE_IDS,
  expectedSpecs: ['icao-9303', 'us-passport-visa', 'uk-passport-digital', 'schengen-visa'],
});
