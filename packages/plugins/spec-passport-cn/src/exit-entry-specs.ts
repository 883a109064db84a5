import type { SpecDefinition } from '@idphoto/sdk';
import { exitEntrySpec } from './exit-entry-photo.js';

/** 中华人民共和国普通护照. */
export const cnPassport: SpecDefinition = exitEntrySpec({
  id: 'cn-passport',
  name: { zh: '中国护照照片', en: 'Chinese passport photo' },
  document: { zh: '普通护照', en: 'Chinese passport' },
  tags: ['passport', '护照'],
});

/** 往来港澳通行证. */
export const cnHongKongMacauPermit: SpecDefinition = exitEntrySpec({
  id: 'cn-hk-macau-permit',
  name: { zh: '港澳通行证照片', en: 'Exit-entry permit for Hong Kong and Macao photo' },
  document: { zh: '往来港澳通行证', en: 'Exit-entry permit for travelling to and from Hong Kong and Macao' },
  tags: ['港澳通行证', 'hong-kong', 'macao'],
});

/** 大陆居民往来台湾通行证. */
export const cnTaiwanPermit: SpecDefinition = exitEntrySpec({
  id: 'cn-taiwan-permit',
  name: { zh: '台湾通行证照片', en: 'Mainland travel permit for Taiwan photo' },
  document: { zh: '大陆居民往来台湾通行证', en: 'Mainland residents’ travel permit for Taiwan' },
  tags: ['台湾通行证', 'taiwan'],
});
