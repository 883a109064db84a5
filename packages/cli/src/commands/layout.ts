import { existsSync } from 'node:fs';
import { extname } from 'node:path';
import {
  type LayoutInput,
  type LayoutItem,
  layoutSheets,
  PAPERS,
  type PrintMm,
  printMmOfSpec,
  toPlanJson,
} from '@idphoto/print-layout';
import type { CommandContext } from '../context.js';
import { cliErrors } from '../errors.js';
import { EXIT } from '../exit-codes.js';
import { readInput, requireExtension, writeOutput } from '../io.js';

const USAGE =
  'usage: idphoto layout <photo>[:copies] ... (--spec <id> | --print-mm 33x48) --paper 6in|5in|a4 -o <sheet.jpg>';

/**
 * `idphoto layout <photo>[:copies] ... --spec <id> | --print-mm WxH --paper 6in|5in|a4|WxH [--copies N]
 * -o sheet.jpg [--json plan.json]` — print sheets with cut marks. Several sheets are written as
 * `sheet-1.jpg`, `sheet-2.jpg`…; `.png` output writes PNG. Exit 3 when some copies fit on no sheet.
 */
export async function layoutCommand(ctx: CommandContext): Promise<number> {
  const output = ctx.flags['output'];
  if (ctx.args.length === 0 || typeof output !== 'string') {
    throw cliErrors.create('CLI_USAGE', { message: USAGE });
  }
  const extension = requireExtension(output, ['.jpg', '.jpeg', '.png'], 'sheets are written as JPEG or PNG');
  const paper = paperOf(ctx.flags['paper']);
  const printMm = printSize(ctx);
  const copies = count(ctx.flags['copies'], 'copies') ?? 1;
  const items: LayoutItem[] = [];
  for (const arg of ctx.args) {
    const { path, suffix } = splitCopies(arg);
    const n = suffix === undefined ? copies : count(suffix, 'photo:copies')!;
    const photo = await readInput(path, 'photo');
    items.push({
      photo,
      copies: n,
      ...(printMm ? { printMm } : {}),
      label: `${items.length + 1}`,
    });
  }
  const result = await layoutSheets({
    items,
    paper,
    format: extension === '.png' ? 'png' : 'jpeg',
    cutMarks: ctx.flags['no-cut-marks'] !== true,
    cutGuide: ctx.flags['cut-guide'] === true,
    allowRotation: ctx.flags['rotate'] === true,
    ...millimetres(ctx, 'gutter-mm', 'gutterMm'),
    ...millimetres(ctx, 'margin-mm', 'marginMm'),
  });
  const names = result.sheets.map((_, i) => (result.sheets.length === 1 ? output : numbered(output, i + 1)));
  for (const [i, sheet] of result.sheets.entries()) {
    await writeOutput(names[i]!, sheet.bytes, 'output');
    ctx.out(
      `${names[i]}  ${sheet.paper} ${sheet.orientation} ${sheet.widthPx}×${sheet.heightPx} px @${sheet.dpi}dpi  ${sheet.placements.length} photos`,
    );
  }
  if (typeof ctx.flags['json'] === 'string') {
    const plan = toPlanJson(result);
    const json = { ...plan, sheets: plan.sheets.map((s, i) => ({ file: names[i], ...s })) };
    await writeOutput(ctx.flags['json'], `${JSON.stringify(json, null, 2)}\n`, 'json');
  }
  for (const u of result.unplaced) {
    ctx.err(`not placed: ${u.copies} × photo ${u.item + 1} (${u.reason})`);
  }
  return result.unplaced.length > 0 ? EXIT.rulesFailed : EXIT.ok;
}

/**
 * `photo.jpg:4` → path and copies. A suffix after the last `:` that is not a path (no `/` or `\\`)
 * is the copy count — `g01.jpg:abc` is a usage error, not a missing file `g01.jpg:abc` — unless a
 * file of that whole name exists.
 */
function splitCopies(arg: string): { path: string; suffix?: string } {
  const match = /^(.+):([^:/\\]*)$/.exec(arg);
  if (!match || existsSync(arg)) return { path: arg };
  return { path: match[1]!, suffix: match[2]! };
}

function printSize(ctx: CommandContext): PrintMm | undefined {
  const spec = ctx.flags['spec'];
  const mm = ctx.flags['print-mm'];
  if (typeof spec === 'string' && typeof mm === 'string') {
    throw cliErrors.create('CLI_USAGE', { message: 'give either --spec or --print-mm, not both' });
  }
  if (typeof spec === 'string') return printMmOfSpec(ctx.app().spec(spec));
  if (typeof mm !== 'string') return undefined;
  const size = parseMm(mm);
  if (!size)
    throw cliErrors.create('CLI_USAGE', { message: '--print-mm takes WIDTHxHEIGHT in mm, e.g. 33x48' });
  return { width: size[0], height: size[1] };
}

/** `6in`, `5in`, `a4` (default `6in`), or a custom `WIDTHxHEIGHT` in mm. */
function paperOf(value: string | boolean | undefined): LayoutInput['paper'] {
  if (value === undefined) return '6in';
  const name = Object.keys(PAPERS).find((p) => p === value);
  if (name) return name as keyof typeof PAPERS;
  const size = typeof value === 'string' ? parseMm(value) : null;
  if (!size)
    throw cliErrors.create('CLI_USAGE', { message: '--paper takes 6in, 5in, a4 or WIDTHxHEIGHT in mm' });
  return { widthMm: size[0], heightMm: size[1] };
}

function parseMm(value: string): [number, number] | null {
  const match = /^(\d+(?:\.\d+)?)[x×](\d+(?:\.\d+)?)$/i.exec(value);
  return match ? [Number(match[1]), Number(match[2])] : null;
}

function count(value: string | boolean | undefined, argument: string): number | undefined {
  if (value === undefined) return undefined;
  const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!(n >= 1)) throw cliErrors.create('CLI_USAGE', { message: `${argument} must be a whole number ≥ 1` });
  return n;
}

function millimetres(
  ctx: CommandContext,
  flag: string,
  key: 'gutterMm' | 'marginMm',
): Record<string, number> {
  const value = ctx.flags[flag];
  if (value === undefined) return {};
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
  if (!Number.isFinite(n)) throw cliErrors.create('CLI_USAGE', { message: `--${flag} takes millimetres` });
  return { [key]: n };
}

/** `sheet.jpg` → `sheet-2.jpg`. */
function numbered(path: string, n: number): string {
  const ext = extname(path);
  return `${path.slice(0, path.length - ext.length)}-${n}${ext}`;
}
