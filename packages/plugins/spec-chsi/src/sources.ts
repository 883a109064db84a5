/**
 * Publications behind the CHSI numbers. No primary PDF of 教毕指〔2017〕99号 is public; these are
 * university and exam-board notices that quote it (tags follow docs/specs/ID_PHOTO_SPECS.md).
 */
export const CHSI_SOURCES = [
  {
    id: 'S1',
    title: '高等教育学历证书电子注册图像采集规范及信息标准 (repost)',
    url: 'http://pharmst.cn/ask/detail/cwamcfe10a.html',
  },
  { id: 'S2', title: '学信网毕业照片规格 (repost of 99号)', url: 'https://size.gaitubao.com/1546.html' },
  { id: 'S3', title: '毕业生图像采集规范 (repost of 99号)', url: 'http://caolvse.com/d/508206.html' },
  { id: 'S7', title: '江苏自考毕业图像采集背景色', url: 'http://www.art868.cn/news/28692.html' },
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
    id: 'S102',
    title: 'ICAO/ISO 19794-5 pose limits: pitch and yaw < ±5°, roll < ±8° (±5° recommended)',
    note: 'CHSI publishes no pose thresholds; the ICAO limits are used as the closest standard.',
  },
  {
    id: 'IDP',
    title: 'idphoto calibration on the fixture corpus',
    note: 'Thresholds the authority does not publish, chosen from measurements documented in the README.',
  },
] as const;
