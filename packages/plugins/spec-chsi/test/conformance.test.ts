import { testSpecPlugin } from '@idphoto/testing';
import { chsiSpec } from '../src/index.js';

testSpecPlugin(chsiSpec(), { expectedSpecs: ['chsi-graduation'] });
