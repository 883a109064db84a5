import type { ValidationReport } from '@idphoto/sdk';

/** Languages of human-readable output (`--lang`). */
export const LANGS = ['zh', 'en'] as const;

/** Output language for human-readable text. */
export type Lang = (typeof LANGS)[number];

/** Picks the language from `--lang` or the environment (zh when LANG starts with zh). */
export function detectLang(flag: string | undefined): Lang {
  if (flag === 'zh' || flag === 'en') return flag;
  return (process.env['LANG'] ?? '').toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

const MARK = { pass: '✔', warn: '!', fail: '✘' } as const;

/** A report as a readable table: one line per rule, fixes under failures. */
export function formatReport(report: ValidationReport, lang: Lang): string {
  const lines: string[] = [];
  const verdict = report.pass ? (lang === 'zh' ? '通过' : 'PASS') : lang === 'zh' ? '不通过' : 'FAIL';
  lines.push(`${report.spec}: ${verdict}`);
  if (report.output) {
    const o = report.output;
    lines.push(`  ${o.width}×${o.height}, ${(o.bytes / 1024).toFixed(1)} KB, ${o.dpi ?? '?'} dpi`);
  }
  for (const item of report.items) {
    const measured =
      item.measured === null ? '—' : `${formatValue(item.measured)}${item.unit ? ` ${item.unit}` : ''}`;
    lines.push(`  ${MARK[item.status]} ${item.rule.padEnd(26)} ${measured.padEnd(14)} ${item.expected.text}`);
    if (item.status !== 'pass') {
      lines.push(`      ${item.message[lang]}`);
      lines.push(`      → ${item.fix[lang]}`);
    }
  }
  if (report.similarity) {
    const s = report.similarity;
    const label = lang === 'zh' ? '入学相似度' : 'similarity to reference';
    lines.push(
      `  ${label}: ${s.score.toFixed(0)} / 100 (${lang === 'zh' ? '阈值' : 'threshold'} ${s.threshold})`,
    );
  }
  const total = report.timings['total'];
  if (total !== undefined) lines.push(`  ${lang === 'zh' ? '用时' : 'time'}: ${Math.round(total)} ms`);
  return lines.join('\n');
}

function formatValue(value: number | string | boolean): string {
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : value.toFixed(2);
  return String(value);
}
