import type { SpecDefinitionInput } from '@idphoto/sdk';

/** One publication a number comes from. */
export type SpecSource = SpecDefinitionInput['sources'][number];

/**
 * Publications behind the CHSI and 自考 numbers. No primary PDF of 教毕指〔2017〕99号 or of the 自考
 * template is public; these are university and exam-board notices that quote them (tags follow the
 * project's spec fact sheet).
 */
export const CHSI_SOURCES = [
  {
    id: 'S1',
    title: '高等教育学历证书电子注册图像采集规范及信息标准 (repost)',
    url: 'http://pharmst.cn/ask/detail/cwamcfe10a.html',
  },
  { id: 'S2', title: '学信网毕业照片规格 (repost of 99号)', url: 'https://size.gaitubao.com/1546.html' },
  { id: 'S3', title: '毕业生图像采集规范 (repost of 99号)', url: 'http://caolvse.com/d/508206.html' },
  {
    id: 'S4',
    title: '自考毕业证书电子注册图像采集规范 (repost: 480×640, q≥60, lamps 5500–5600 K)',
    url: 'http://www.jmdrkj.cn/227978.html',
  },
  {
    id: 'S5',
    title:
      '高等教育自学考试毕业证书电子注册图像采集规范及信息标准 (national template, light blue 100,197,255)',
    url: 'https://www.liuxue86.com/k_自考毕业证书电子注册图像采集规范/',
  },
  { id: 'S7', title: '江苏自考毕业图像采集背景色', url: 'http://www.art868.cn/news/28692.html' },
  {
    id: 'S8',
    title: '新疆自考毕业生图像采集 2023 (white background only, within half a year)',
    url: 'http://m.ssgshop.cn/xinjiang/news/zh20231219094024.shtml',
  },
  {
    id: 'S9',
    title: '新疆自考毕业照片要求 (white background)',
    url: 'https://zhankao.com/zikao/xq/8164.html',
  },
  {
    id: 'S10',
    title: '湖北自考毕业照片 (480×640, 20–40 KB)',
    url: 'http://senbk.com/techan/c5f2d417d89cf370fa0d0d22f88a7265.html',
  },
  {
    id: 'S11',
    title: '贵州自考学位照片要求 (cites 教毕指〔2017〕99号)',
    url: 'https://www.zikaosw.cn/news/13081689.html',
  },
  {
    id: 'S12',
    title: '榆林学院 2025 届毕业生图像采集通知',
    url: 'https://jjy.ylu.edu.cn/info/1005/1301.htm',
  },
  {
    id: 'S26',
    title:
      '新华社大学生图像信息采集网 automatic checks (eye %, pupil angle, head top, sharpness, black edge)',
    url: 'https://m.tftnews.com/news2960762',
  },
  {
    id: 'S53',
    title: '四川自考报名照片 (360×480 W×H, ≤30 KB, light blue cloth, 成像区 1/10, 7/10, 1/5)',
    url: 'https://www.sczxks.com.cn/baoming/10624.html',
  },
  {
    id: 'S54',
    title: '四川自考照片 2015 (registration photo reused on the certificate, about 20 KB)',
    url: 'https://www.zikao365.com/sichuan/kaowukaoji/li2014110615150580870038.shtml',
  },
  {
    id: 'S102',
    title: 'ICAO/ISO 19794-5 pose limits: pitch and yaw < ±5°, roll < ±8° (±5° recommended)',
    note: 'CHSI publishes no pose thresholds; the ICAO limits are used as the closest standard.',
  },
  {
    id: 'IDP',
    title: 'idphoto calibration on the fixture corpus',
    note: 'Thresholds the authority does not publish, chosen from measurements documented in the README.',
  },
] as const satisfies readonly SpecSource[];

/** Tag of a source in {@link CHSI_SOURCES}. */
export type ChsiSourceId = (typeof CHSI_SOURCES)[number]['id'];

/** The sources with the given tags, in register order (a spec lists only what it cites). */
export function chsiSources(...ids: readonly ChsiSourceId[]): SpecSource[] {
  return CHSI_SOURCES.filter((s) => ids.includes(s.id));
}
