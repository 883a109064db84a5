import type { SpecDefinitionInput } from '@idphoto/sdk';

/** One publication a number comes from. */
export type SpecSource = SpecDefinitionInput['sources'][number];

/**
 * Publications behind the 出入境 numbers. The 《出入境证件相片照相指引》 itself is not published as a
 * PDF we could read; these are reposts of it and consular notices (tags follow the project's spec
 * fact sheet).
 */
export const EXIT_ENTRY_SOURCES = [
  {
    id: 'S77',
    title:
      '出入境证件相片照相指引 (repost: white/light grey/light blue, 20–80 KB, 300–600 dpi, 33×48 mm print with 30×40 mm effective area, ≥354×472 px, 3:4)',
    url: 'http://shbk.net/techan/276856.html',
  },
  { id: 'S78', title: '出入境证件相片照相指引 (repost)', url: 'http://readke.com/c/2168157.html' },
  {
    id: 'S79',
    title:
      '出入境证件照片照相指引 (eye distance 0.23–0.33 × width; lips closed; clothes contrast with the background)',
    url: 'https://renrendoc.com/paper/292799635.html',
  },
  {
    id: 'S80',
    title: '出入境证件数字相片 older technical version (390×567, q85, 40–50 KB, face 189–283 px)',
    url: 'https://m.110ask.com/zhishi/15102312082500883882.html',
  },
  {
    id: 'S82',
    title:
      '中国领事服务 passport photo (white, 33×48 mm, head 15–22 × 28–33 mm, crown 3–5 mm, chin ≥ 7 mm, 30–80 KB)',
    url: 'http://huzhao1.com/banli/zhaopian.html',
  },
  {
    id: 'S83',
    title:
      '港澳通行证 photo per the guide (white/grey/light blue; no post-editing or composites; 30–80 KB; mm rules)',
    url: 'https://m.tftnews.com/news2407884',
  },
  {
    id: 'S84',
    title: '施甸县公安局 出入境证件照片标准 2016 (white only; head 21–24 × 28–33 mm)',
    url: 'https://shidian.gov.cn/info/2676/1956243.htm',
  },
  {
    id: 'S85',
    title: '往来台湾通行证 photo (white, 48×33 mm, head 28–33 mm long; ears visible)',
    url: 'http://www.cooxue.com/sifa/811569.html',
  },
  {
    id: 'S118',
    title: '出入境数码相片 2025 (width 354–480, height 472–640 px, 3:4)',
    url: 'http://yopinpei.com/20250107/2/1277309',
  },
  {
    id: 'S135',
    title: 'Consular passport FAQ (no post-editing or composites; JPEG 30–80 KB; mm rules)',
    url: 'https://bbs.sgcn.org/thread-16277781-3-1.html',
  },
  {
    id: 'S97',
    title: 'ICAO Doc 9303 portrait rules as summarised (neutral expression, mouth closed, uniform light)',
    url: 'https://qastack.id/travel/11534/why-are-you-now-required-not-to-smile-in-passport-photos',
  },
  {
    id: 'S102',
    title: 'ICAO/ISO 19794-5 pose limits: pitch and yaw < ±5°, roll < ±8° (±5° recommended)',
    note: 'The guide is written on the basis of ICAO Doc 9303 and publishes no angles; ICAO’s limits are used.',
  },
  {
    id: 'IDP',
    title: 'idphoto choices and calibration',
    note: 'Numbers the authority does not publish, chosen and explained in the README.',
  },
] as const satisfies readonly SpecSource[];
