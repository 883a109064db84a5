import type { SpecDefinitionInput } from '@idphoto/sdk';

/** One publication a number comes from. */
export type SpecSource = SpecDefinitionInput['sources'][number];

/**
 * Publications behind the exam-photo numbers: exam-board and school notices that quote the
 * national rules (tags follow the project's spec fact sheet; "(low)" marks low-quality pages).
 */
export const EXAM_SOURCES = [
  {
    id: 'S1',
    title: '教毕指〔2017〕99号 repost (light blue RGB 100,197,255; light grey 240)',
    url: 'http://pharmst.cn/ask/detail/cwamcfe10a.html',
  },
  {
    id: 'S41',
    title:
      'NCRE photo review: 192×144 (H×W) minimum, 20–200 KB, no Photoshopped background, clothes not close to the background, ears visible',
    url: 'https://www.leexue.com/miaozhi/667736341043217327.html',
  },
  {
    id: 'S56',
    title:
      'CET photo: light blue or white, ≥ 144×192, 33×48 mm imaging area, 1/10 · 7/10 · 1/5, JPG 20–200 KB, 身份证号.jpg',
    url: 'https://www.educity.cn/cet/2164641.html',
  },
  {
    id: 'S57',
    title: 'CET photo, older (250×350, 20–40 KB, light blue; 身份证号.jpg)',
    url: 'http://hadiwei.com/cet/2180273.html',
  },
  {
    id: 'S58',
    title: 'CET Chongqing 2025 (480×640, 300 dpi, ≤ 200 KB, white)',
    url: 'http://www.dangshu.com/a/177/177592.html',
  },
  {
    id: 'S60',
    title: 'NCRE 2024: light blue, ≥ 144×192, 33×48 mm, 1/10 · 7/10 · 1/5, 20–200 KB',
    url: 'http://51igbt.cn/news/d2eb6346bf8c2cf352ea6092ccf114c0.html',
  },
  {
    id: 'S61',
    title: 'NCRE (white or light background, 20–200 KB)',
    url: 'http://caodingtushuguan.com/a/202411/5220235.html',
  },
  {
    id: 'S63',
    title:
      '国考报名确认 photo: blue or white, JPG, ≥ 295×413 px, official processing tool (output about 10 KB)',
    url: 'http://m.chinagwyw.org/zhongyang/480721.html',
  },
  {
    id: 'S64',
    title: '国考 photo tool manual (no enlarging; 报名照片.JPG)',
    url: 'http://www.ahgwyw.org/2018/1106/33974.html',
  },
  {
    id: 'S65',
    title: '国考 photo: source 30–100 KB; head about 2/3, ears, brows, top of shoulders (low)',
    url: 'http://guangxilong.com/c/022Q03930R023.html',
  },
  {
    id: 'S132',
    title: '国考 photo: source 30–100 KB (low)',
    url: 'http://www.9duwan.com/gjgwy-kaoshi/news/17430411638532.html',
  },
  {
    id: 'S67',
    title:
      'NTCE 教师资格 registration photo: white, 150×200, JPG ≤ 200 KB, head and top of shoulders, within 6 months',
    url: 'https://zige.eolce.com/jiaoshizigezheng/kswtdy/2020093015241212086.html',
  },
  { id: 'S68', title: 'NTCE photo (same numbers)', url: 'https://zhaojiao.cn/xiangqing/NjA0Nl93YW4=' },
  {
    id: 'S69',
    title: 'NTCE photo: 150×200 or 300×400, 2024 300×400 50–190 KB (low)',
    url: 'http://www.jzdpf.cn/post/34554.html',
  },
  {
    id: 'PTH',
    title: '普通话水平测试 photo: 390×567, white/blue/red, JPG ≤ 200 KB, named by ID number (low)',
    note: 'One unattributed excerpt; provincial test stations set their own rules.',
  },
  {
    id: 'S71',
    title:
      '考研网上确认 photo: 3:4, ≤ 10 MB, white (blue if allowed), pose within ±10°, eyes 30–50 % from the top, no glasses or make-up',
    url: 'http://m.maincolor.cn/kaoyan/news/11.html',
  },
  {
    id: 'S72',
    title: '考研网上确认 photo (within 3 months, no make-up)',
    url: 'https://www.leexue.com/kaoyan/651464474070352727.html',
  },
  {
    id: 'S73',
    title: '考研 photo review: compared with the 学信网 photo and a hand-held-ID photo',
    url: 'https://bjdnbx.com/ky/705553.html',
  },
  {
    id: 'S74',
    title: '成人高考 Tianjin 2022 (99号 template: light blue 100,197,255 / white / light grey 240)',
    url: 'https://hqqt.com/chengrengk-kaoshi/news/16613294192636.html',
  },
  {
    id: 'S75',
    title: '成人高考 Henan 2023 (white, 360×480, 300 dpi, 10–50 KB, no glasses)',
    url: 'http://indiana-autoauction.com/news/1404532.html',
  },
  {
    id: 'S76',
    title: '成人高考 photo: 480×640, JPG 20–40 KB, white / light grey / light blue, ears and brows visible',
    url: 'http://www.hebeishuntong.com/baokao/ck-wyw/20251123123955.html',
  },
  {
    id: 'S76b',
    title: '成人高考 photo named by ID number (low)',
    url: 'http://www.xuexi1.com/news/883729.html',
  },
  {
    id: 'S80',
    title:
      '出入境 older technical version on 390×567 (face 189–283, head 354–402, eyes 152–246, hairline 25–45 px)',
    url: 'https://m.110ask.com/zhishi/15102312082500883882.html',
  },
  {
    id: 'S102',
    title: 'ICAO/ISO 19794-5 pose limits: pitch and yaw < ±5°, roll < ±8° (±5° recommended)',
    note: 'Exam boards publish no angles (except 考研); the project’s CHSI calibration 5°/10°/10° is used.',
  },
  {
    id: 'IDP',
    title: 'idphoto choices and calibration',
    note: 'Numbers the authority does not publish, chosen and explained in the README.',
  },
] as const satisfies readonly SpecSource[];

/** Tag of a source in {@link EXAM_SOURCES}. */
export type ExamSourceId = (typeof EXAM_SOURCES)[number]['id'];

/** The sources with the given tags, in register order. */
export function examSources(...ids: readonly ExamSourceId[]): SpecSource[] {
  return EXAM_SOURCES.filter((s) => ids.includes(s.id));
}
