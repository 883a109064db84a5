import { parseArgs } from 'node:util';
import { type IdPhoto, isIdPhotoError } from '@idphoto/sdk';
import { analyzeCommand } from './commands/analyze.js';
import { checkCommand } from './commands/check.js';
import { compareCommand } from './commands/compare.js';
import { layoutCommand } from './commands/layout.js';
import { makeCommand } from './commands/make.js';
import { matteCommand } from './commands/matte.js';
import { modelsCommand } from './commands/models.js';
import { specsCommand } from './commands/specs.js';
import { type CommandContext, lazyApp } from './context.js';
import { cliErrors } from './errors.js';
import { EXIT, exitCodeFor } from './exit-codes.js';
import { detectLang, LANGS } from './format-report.js';
import { type CliIo, isClosedPipe, processIo } from './stdio.js';

const HELP = `idphoto — ID photos to a spec, checked the way the authority checks them

usage:
  idphoto make <image> --spec <id> -o <out.jpg> [--background blue|white|grey|#rrggbb]
               [--reference <enrolment photo>] [--retouch] [--json <report.json>]
  idphoto check <image> --spec <id> [--background <id>] [--reference <image>] [--json]
  idphoto compare <a> <b> [--json]
  idphoto analyze <image> [--json]
  idphoto matte <image> -o <alpha.png>
  idphoto specs [--json]
  idphoto layout <photo>[:copies] ... (--spec <id> | --print-mm 33x48) -o <sheet.jpg>
                 [--paper 6in|5in|a4|WxH] [--copies N] [--json <plan.json>] [--gutter-mm 2]
                 [--margin-mm 3] [--cut-guide] [--no-cut-marks] [--rotate]
  idphoto models            pre-build the model caches

options: --lang zh|en (default from $LANG)

exit codes: 0 pass · 3 the photo fails rules (report written, output kept) · 2 bad input (error code printed) · 1 other failure`;

const COMMANDS: Record<string, (ctx: CommandContext) => Promise<number>> = {
  make: makeCommand,
  check: checkCommand,
  compare: compareCommand,
  analyze: analyzeCommand,
  matte: matteCommand,
  specs: specsCommand,
  layout: layoutCommand,
  models: modelsCommand,
};

/** How {@link main} is run besides its arguments. */
export interface MainOptions {
  /** The pipeline (default: `createIdPhoto({ plugins: defaultPlugins() })`, built on first use). */
  readonly app?: () => IdPhoto;
}

/** Runs the CLI and returns the exit code (never throws, never calls process.exit). */
export async function main(
  argv: readonly string[],
  io: CliIo = processIo(),
  options: MainOptions = {},
): Promise<number> {
  try {
    // `--json` takes a path for `make` and `layout` (`--json report.json`) and is a switch elsewhere;
    // parseArgs has no optional values, so the switch form is renamed before parsing.
    const jsonTakesPath = ['make', 'layout'].includes(argv.find((a) => !a.startsWith('-')) ?? '');
    const { values, positionals } = parseArgs({
      args: jsonTakesPath ? [...argv] : argv.map((a) => (a === '--json' ? '--print-json' : a)),
      allowPositionals: true,
      strict: true,
      options: {
        spec: { type: 'string' },
        output: { type: 'string', short: 'o' },
        background: { type: 'string' },
        reference: { type: 'string' },
        retouch: { type: 'boolean' },
        json: { type: 'string' },
        'print-json': { type: 'boolean' },
        lang: { type: 'string' },
        paper: { type: 'string' },
        'print-mm': { type: 'string' },
        copies: { type: 'string' },
        'gutter-mm': { type: 'string' },
        'margin-mm': { type: 'string' },
        'cut-guide': { type: 'boolean' },
        'no-cut-marks': { type: 'boolean' },
        rotate: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    const [command, ...args] = positionals;
    if (values['help'] || !command) {
      io.out(HELP);
      return command || values['help'] ? EXIT.ok : EXIT.badInput;
    }
    const run = COMMANDS[command];
    if (!run)
      throw cliErrors.create('CLI_USAGE', { message: `unknown command "${command}"`, details: { command } });
    const lang = values.lang;
    if (lang !== undefined && !(LANGS as readonly string[]).includes(lang)) {
      throw cliErrors.create('CLI_USAGE', {
        message: `--lang takes ${LANGS.join(' or ')}`,
        details: { option: 'lang', allowed: [...LANGS] },
      });
    }
    const flags = { ...values, json: jsonTakesPath ? values.json : values['print-json'] };
    return await run({
      args,
      flags,
      lang: detectLang(lang),
      out: io.out,
      err: io.err,
      app: options.app ?? lazyApp(),
    });
  } catch (error) {
    // The reader of stdout went away (`idphoto specs | head -1`): nothing left to say.
    if (isClosedPipe(error)) return EXIT.ok;
    if (isIdPhotoError(error)) {
      io.err(`error ${error.code}: ${error.message}`);
      if (Object.keys(error.details).length > 0) io.err(`  ${JSON.stringify(error.details)}`);
    } else if (
      error instanceof TypeError &&
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      io.err(`error CLI_USAGE: ${error.message}`);
      return EXIT.badInput;
    } else {
      io.err(`error: ${error instanceof Error ? error.message : String(error)}`);
    }
    return exitCodeFor(error);
  }
}
