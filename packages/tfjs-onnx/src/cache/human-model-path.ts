import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { tfjsOnnxErrors } from '../errors.js';

const HUMAN_PACKAGE = '@vladmandic/human';

/** Models of `@vladmandic/human` the converter is tested on (any other file name is accepted too). */
export type HumanModelName =
  | 'blazeface'
  | 'facemesh'
  | 'iris'
  | 'faceres'
  | 'antispoof'
  | 'liveness'
  | (string & {});
let modelsDir: string | undefined;

/**
 * The `models/` folder of the installed `@vladmandic/human` package. Its `exports` map blocks
 * deep imports (even of `package.json`), so the package entry is resolved and the folder found by
 * walking up to the package root.
 *
 * @example
 * ```ts
 * const dir = humanModelsDir(); // …/node_modules/@vladmandic/human/models
 * ```
 */
export function humanModelsDir(): string {
  if (modelsDir) return modelsDir;
  const require = createRequire(import.meta.url);
  let entry: string;
  try {
    entry = require.resolve(HUMAN_PACKAGE);
  } catch (cause) {
    throw tfjsOnnxErrors.create('TFJS_ONNX_MODEL_NOT_FOUND', { details: { file: HUMAN_PACKAGE }, cause });
  }
  for (let dir = path.dirname(entry); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (
      existsSync(manifest) &&
      (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === HUMAN_PACKAGE
    ) {
      modelsDir = path.join(dir, 'models');
      return modelsDir;
    }
  }
  throw tfjsOnnxErrors.create('TFJS_ONNX_MODEL_NOT_FOUND', {
    details: { file: `${HUMAN_PACKAGE}/package.json` },
  });
}

/**
 * Path of a `@vladmandic/human` model JSON (`blazeface`, `facemesh`, `iris`, `faceres`,
 * `antispoof`, `liveness`, …). Throws `TFJS_ONNX_MODEL_NOT_FOUND` when the file does not exist.
 *
 * @example
 * ```ts
 * const { path } = await loadOrConvert({ modelJsonPath: humanModelPath('blazeface') });
 * ```
 */
export function humanModelPath(name: HumanModelName): string {
  if (!/^[a-z0-9][a-z0-9_-]*$/i.test(name)) {
    throw tfjsOnnxErrors.create('TFJS_ONNX_MODEL_NOT_FOUND', { details: { file: 'invalid model name' } });
  }
  const file = path.join(humanModelsDir(), `${name}.json`);
  if (!existsSync(file))
    throw tfjsOnnxErrors.create('TFJS_ONNX_MODEL_NOT_FOUND', { details: { file: `${name}.json` } });
  return file;
}
