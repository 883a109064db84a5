import { defaultPlugins } from '@idphoto/preset';
import { testSpecPlugin } from '@idphoto/testing';
import { acmeBadgeSpec } from '../src/index.js';
import { fixture } from './fixtures.js';

// Two real head-and-shoulders photos: the Obama official portrait (public domain) and a man in a suit.
const samples = [await fixture('a01_obama_enrol_flags.jpg'), await fixture('hv_man_suit_gray_bg.jpg')];

testSpecPlugin(acmeBadgeSpec(), {
  expectedSpecs: ['acme-badge'],
  pipeline: { plugins: defaultPlugins(), samples },
});
