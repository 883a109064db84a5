import { testSpecPlugin } from '@idphoto/testing';
import { BUILT_IN_RULE_IDS } from '@idphoto/validator-standard';
import { examCnSpec } from '../src/index.js';

testSpecPlugin(examCnSpec(), {
  knownRules: BUILT_IN_RULE_IDS,
  expectedSpecs: ['cet', 'ncre', 'civil-service', 'kaoyan', 'ntce', 'putonghua', 'adult-college-entrance'],
});
