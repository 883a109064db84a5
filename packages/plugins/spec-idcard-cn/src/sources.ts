import type { SpecDefinitionInput } from '@idphoto/sdk';

/** One publication a number comes from. */
export type SpecSource = SpecDefinitionInput['sources'][number];

/**
 * Publications behind the identity-document numbers: reposts of GA 461-2004, of the MOHRSS social
 * security card photo requirements and of the driving-licence photo rules (tags follow the project's
 * spec fact sheet; no primary PDF was available).
 */
export const IDCARD_SOURCES = [
  {
    id: 'S86',
    title:
      'GA 461-2004 居民身份证制证用数字相片技术要求 (repost: 358×441, 350 dpi, white, face 207±14 px, hairline 7–21 px, eyes ≥ 207 px from the bottom, no white tops)',
    url: 'http://szwlxq.com/blog/post/8041.html',
  },
  {
    id: 'S87',
    title: 'GA 461-2004 (repost, same numbers)',
    url: 'http://hybridbeedesign.com/news_mini.asp?id=2088',
  },
  {
    id: 'S88',
    title: '居住证 photo per GA 461 (JPEG quality factor 70, 14–30 KB)',
    url: 'https://0551fangchan.com/2022-08-24/08413681.html',
  },
  {
    id: 'S89',
    title: '身份证相片 (quality factor 70, typically 14–20 KB; collar tips at the bottom edge)',
    url: 'http://chifeng.kuyiso.com/news/a13u8g8269db.html',
  },
  {
    id: 'GA2019',
    title: 'GA 461-2004 catalogue entry: replaced by GA/T 461-2019',
    url: 'https://www.baikeworld.com/ics/175108024022625.html',
    note: 'The 2019 revision was not available; the 2004 numbers are the ones quoted everywhere.',
  },
  {
    id: 'S90',
    title:
      '社会保障卡制证用数字相片技术要求 (358×441, 350 dpi, white, q70, 14–40 KB, face 179–255 px, hairline 7–21 px, eye midpoint 162–196 px from the left, eyes ≥ 207 px from the bottom)',
    url: 'https://rsc.sdws.edu.cn/2019/0416/c253a1938/page.htm',
  },
  {
    id: 'S91',
    title:
      '社会保障卡 photo: normative references ISO/IEC 19794-5:2005, ICAO 9303, GA 461-2004; within 6 months',
    url: 'https://m.zhuangpeitu.com/article/173362432.html',
  },
  {
    id: 'S92',
    title: '社保卡 photo variant (9–20 KB; face width ear root to ear root 15 ± 1 mm)',
    url: 'https://wiki.dushiquan.net/wd/20220814/6003.html',
  },
  {
    id: 'S93',
    title: 'A city’s 社保卡 upload (≥ 140 KB, local)',
    url: 'http://m.gansulong.com/c/010R4153F2024.html',
  },
  {
    id: 'S94',
    title:
      '驾驶证档案用数字相片 (260×378, 300 dpi, white, q ≥ 70, 14–30 KB, head 165–189 × 224–260 px, hairline 10–20 px, dark clothes)',
    url: 'https://m.w09.net/Life/ca51fcaf862fb80d0bb76a0e1f43df45.html',
  },
  {
    id: 'S95',
    title: '驾驶证照片要求 (repost, same numbers; within 6 months)',
    url: 'https://wenxiaoda.com/2024/0516/390738.html',
  },
  {
    id: 'S96',
    title: '驾驶证 photo print sizes (head 14–16 × 19–22 mm) and 交管12123 submission',
    url: 'https://www.chehua.com/news/4353.html',
  },
  {
    id: 'S97',
    title: 'ICAO Doc 9303 portrait rules as summarised (neutral expression, mouth closed)',
    url: 'https://qastack.id/travel/11534/why-are-you-now-required-not-to-smile-in-passport-photos',
  },
  {
    id: 'S102',
    title: 'ICAO/ISO 19794-5 pose limits: pitch and yaw < ±5°, roll < ±8° (±5° recommended)',
    note: 'Used where the document cites ISO 19794-5 / ICAO 9303 (社保卡), as the closest standard otherwise.',
  },
  {
    id: 'IDP',
    title: 'idphoto choices and calibration',
    note: 'Numbers the authority does not publish, chosen and explained in the README (e.g. the CHSI pose calibration 5°/10°/10°).',
  },
] as const satisfies readonly SpecSource[];

/** Tag of a source in {@link IDCARD_SOURCES}. */
export type IdcardSourceId = (typeof IDCARD_SOURCES)[number]['id'];

/** The sources with the given tags, in register order. */
export function idcardSources(...ids: readonly IdcardSourceId[]): SpecSource[] {
  return IDCARD_SOURCES.filter((s) => ids.includes(s.id));
}
