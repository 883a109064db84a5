import { testSpecPlugin } from '@idphoto/testing';
import { acmeBadgeSpec } from '../src/index.js';

testSpecPlugin(acmeBadgeSpec(), { expectedSpecs: ['acme-badge'] });
