import { testSpecPlugin } from '@idphoto/testing';
import { BUILT_IN_RULE_IDS } from '@idphoto/validator-standard';
import { chsiSpec } from '../src/index.js';

testSpecPlugin(chsiSpec(), {
  knownRules: BUILT_IN_RULE_IDS,
  expectedSpecs: ['chsi-graduation', 'chsi-zikao-graduation', 'chsi-zikao-xinjiang', 'chsi-zikao-sichuan'],
});
