import type { SpecDefinitionInput } from '@idphoto/sdk';

/** One publication a number comes from. */
export type SpecSource = SpecDefinitionInput['sources'][number];

/**
 * Publications behind the international numbers. Primary pages (icao.int, travel.state.gov,
 * gov.uk) were not in the corpus; these quote them (tags follow the project's spec fact sheet, plus
 * three pages found while writing these specs: USEMB, USPPT, SI).
 */
export const INTL_SOURCES = [
  {
    id: 'S77',
    title: '出入境证件相片照相指引 (ICAO-based; light grey: luminance ≥ 198/240 → RGB 210)',
    url: 'http://shbk.net/techan/276856.html',
  },
  {
    id: 'S97',
    title:
      'ICAO Doc 9303 portrait rules as summarised: chin to crown 70–80 % of the height, neutral expression, mouth closed, plain light background',
    url: 'https://qastack.id/travel/11534/why-are-you-now-required-not-to-smile-in-passport-photos',
  },
  {
    id: 'S98',
    title: 'ISO/IEC 19794-5:2005 catalogue (Full Frontal image type)',
    url: 'https://standards.iteh.ai/catalog/standards/iso/db31d52e-3fc7-4986-9b55-ee70ea34d8b4/iso-iec-19794-5-2005',
  },
  {
    id: 'S100',
    title:
      'INCITS 385-2004 §8 / B.2.1 as quoted in code: image width : head width 7:4–2:1; eye line 50–70 % of the height from the bottom',
    url: 'https://github.com/OpenPhysical/FaceOFFx',
  },
  {
    id: 'S100b',
    title: 'ISO 19794-5 / ICAO: at least 90 px between the eye centres; scans ≥ 300 dpi',
    note: 'Code-index excerpts (repositories not named).',
  },
  {
    id: 'S102',
    title: 'ICAO/ISO 19794-5 pose limits: pitch and yaw < ±5°, roll < ±8° (±5° recommended)',
    note: 'Code-index excerpt (repository not named), medium confidence.',
  },
  {
    id: 'S104',
    title: 'US Department of State: Digital Image Requirements for the online visa application (DS-160)',
    note: 'paperzz.com copy; URL truncated by the index.',
  },
  {
    id: 'USEMB',
    title:
      'US Embassy France, DS-160 digital image requirements: square 600×600–1200×1200 px, 24-bit sRGB, JPEG/JFIF, ≤ 240 kB, compression ≤ 20:1',
    url: 'http://france.usembassy.gov/niv/photo.html',
  },
  {
    id: 'S105',
    title: 'US photo guidelines: head 1–1 3/8 in, eyes 1 1/8–1 3/8 in from the bottom of a 2×2 in photo',
    url: 'http://evisalesotho.com/photo-guidelines/',
  },
  {
    id: 'S106',
    title: 'US passport photo requirements citing travel.state.gov (2×2 in, white or off-white, no glasses)',
    url: 'https://github.com/hanaraya/photoid-saas',
  },
  {
    id: 'USPPT',
    title: 'New York Passport Agency director: passport photos cannot be photoshopped, no filters',
    url: 'https://spectrumlocalnews.com/travel/2017/01/2/tips-for-taking-a-good-passport-photo',
  },
  {
    id: 'S108',
    title:
      'UK passport photo rules: digital ≥ 600×750 px, 50 KB–10 MB; unaltered by software such as Photoshop or filters',
    url: 'https://funandflip.com/news-detail/what-are-the-uk-passport-photo-requirements-everything-you-need-to-know.html',
  },
  {
    id: 'S109',
    title: 'UK passport: 35×45 mm, chin to crown 29–34 mm, plain light grey or cream',
    url: 'https://atpei.ca/united-kingdom-passport-photos/',
  },
  {
    id: 'S110',
    title: 'UK passport photo (cites gov.uk/photos-for-passports): white is a common rejection',
    url: 'https://easyphoto.in/uk-passport-photo/',
  },
  {
    id: 'S112',
    title: 'Schengen visa photo: 35×45 mm, face 70–80 %, light background',
    url: 'http://passport-photos.net/category/schengen-visapassport/',
  },
  {
    id: 'S113',
    title: 'Schengen visa photo: chin to crown 32–36 mm, light grey or white',
    url: 'https://visasnap.app/news/schengen-visa-photo-specifications-official-size-dimensions',
  },
  {
    id: 'S114',
    title: 'Schengen photo: print ≥ 600 dpi (vendor)',
    url: 'http://passportphotosoftware.com/?p=35',
  },
  {
    id: 'SI',
    title:
      'Slovenia (Schengen) info portal for foreigners: true likeness, no graphical modifications, 3.5×4.5 cm',
    url: 'https://infotujci.si/en/adequate-photography/',
  },
  {
    id: 'IDP',
    title: 'idphoto choices and calibration',
    note: 'Numbers the authority does not publish, chosen and explained in the README.',
  },
] as const satisfies readonly SpecSource[];

/** Tag of a source in {@link INTL_SOURCES}. */
export type IntlSourceId = (typeof INTL_SOURCES)[number]['id'];

/** The sources with the given tags, in register order. */
export function intlSources(...ids: readonly IntlSourceId[]): SpecSource[] {
  return INTL_SOURCES.filter((s) => ids.includes(s.id));
}
