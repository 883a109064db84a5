import { testSpecPlugin } from '@idphoto/testing';
import { BUILT_IN_RULE_IDS } from '@idphoto/validator-standard';
import { passportCnSpec } from '../src/index.js';

testSpecPlugin(passportCnSpec(), {
  knownRules: BUILT_IN_RULE_IDS,
  expectedSpecs: ['cn-passport', 'cn-hk-macau-permit', 'cn-taiwan-permit'],
});
