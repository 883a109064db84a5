import { sharpCapture } from '@idphoto/capture-sharp';
import { mediapipeFace } from '@idphoto/face-mediapipe';
import { isnetMatting } from '@idphoto/matting-isnet';
import { sharpRender } from '@idphoto/render-sharp';
import type { IdPhotoPlugin } from '@idphoto/sdk';
import { chsiSpec } from '@idphoto/spec-chsi';
import { examCnSpec } from '@idphoto/spec-exam-cn';
import { idcardCnSpec } from '@idphoto/spec-idcard-cn';
import { intlSpec } from '@idphoto/spec-intl';
import { passportCnSpec } from '@idphoto/spec-passport-cn';
import { standardValidator } from '@idphoto/validator-standard';

/** Options of {@link defaultPlugins}. */
export interface DefaultPluginsOptions {
  /** Where converted models and assembled weights are cached (default: `$IDPHOTO_CACHE_DIR` or `~/.cache/idphoto`). */
  readonly cacheDir?: string;
  /** Extra plugins appended after the defaults (more specs, payment, fulfillment…). */
  readonly extra?: readonly IdPhotoPlugin[];
}

/**
 * The default composition used by the CLI and the reference server: sharp capture, MediaPipe face
 * analysis and similarity, IS-Net matting, sharp render, the standard validator and the bundled specs
 * (学信网 and 自考, 出入境, identity documents, exams, ICAO/US/UK/Schengen).
 *
 * @example
 * ```ts
 * const idphoto = createIdPhoto({ plugins: defaultPlugins() });
 * ```
 */
export function defaultPlugins(options: DefaultPluginsOptions = {}): IdPhotoPlugin[] {
  const cache = options.cacheDir ? { cacheDir: options.cacheDir } : {};
  return [
    sharpCapture(),
    mediapipeFace(cache),
    isnetMatting(cache),
    sharpRender(),
    standardValidator(),
    chsiSpec(),
    passportCnSpec(),
    idcardCnSpec(),
    examCnSpec(),
    intlSpec(),
    ...(options.extra ?? []),
  ];
}

/** Pre-builds every model cache (used by `pnpm models` and the server's start-up). */
export async function prepareAllModels(options: { readonly cacheDir?: string } = {}): Promise<void> {
  const [{ prepareModels: face }, { prepareModels: matting }] = await Promise.all([
    import('@idphoto/face-mediapipe'),
    import('@idphoto/matting-isnet'),
  ]);
  const cache = options.cacheDir ? { cacheDir: options.cacheDir } : {};
  await face(cache);
  await matting(cache);
}
