import { testSpecPlugin } from '@idphoto/testing';
import { BUILT_IN_RULE_IDS } from '@idphoto/validator-standard';
import { idcardCnSpec } from '../src/index.js';

testSpecPlugin(idcardCnSpec(), {
  knownRules: BUILT_IN_RULE_IDS,
  expectedSpecs: ['cn-resident-id', 'cn-social-security', 'cn-driving-licence'],
});
