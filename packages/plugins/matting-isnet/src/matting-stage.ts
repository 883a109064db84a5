import {
  type Box,
  clampBox,
  type GrayImage,
  type MattingInput,
  type MattingOutput,
  type MattingStage,
  mattingErrors,
  measureHeadTop,
  type RgbImage,
  sdkErrors,
} from '@idphoto/sdk';
import { cropResize } from './image/sharp-resize.js';
import { createIsnetSession, type IsnetSession } from './inference/isnet-session.js';
import { prepareModels } from './model/prepare-models.js';
import { clearBackgroundGaps } from './refine/background-gaps.js';
import { refineMatte } from './refine/refine-matte.js';
import { resampleMap } from './refine/resample.js';
import { pruneForeignFringe } from './subject/foreign-fringe.js';
import { faceSeed, inferenceCrop, inferenceSize } from './subject/inference-crop.js';
import { selectSubject } from './subject/select-subject.js';
import { subjectExtent } from './subject/subject-extent.js';
import { Workspace } from './subject/workspace.js';

/** Settings of the stage (the plugin's validated options). */
export interface MattingStageSettings {
  readonly cacheDir?: string;
  readonly inferenceSize: number;
  readonly fastInferenceSize: number;
  readonly refine: boolean;
  readonly refineRadius: number;
  readonly refineEpsilon: number;
  /** Remove background objects half-attached beside or above the head (with a face). */
  readonly pruneFringe: boolean;
  /** Lower alpha where the background shows between hair strands (with a face and refinement). */
  readonly clearGaps: boolean;
  readonly threads?: number;
}

/** Stage id reported by {@link MattingStage.id}. */
export const STAGE_ID = 'isnet';

/**
 * The IS-Net matting stage: subject crop → IS-Net at a modest size → subject selection from the
 * face → removal of background objects half-attached beside the head → guided-filter refinement
 * against the photo at the output resolution → background gaps between hair strands cleared.
 */
export function createMattingStage(settings: MattingStageSettings): MattingStage {
  let session: Promise<IsnetSession> | undefined;
  const work = new Workspace(); // pruning's scratch arrays; the step is synchronous, calls never share it
  const load = (): Promise<IsnetSession> => {
    session ??= prepareModels(settings.cacheDir ? { cacheDir: settings.cacheDir } : {})
      .then(({ model }) => createIsnetSession(model, settings.threads ? { threads: settings.threads } : {}))
      .catch((error: unknown) => {
        session = undefined;
        throw error;
      });
    return session;
  };

  return {
    id: STAGE_ID,
    async warmup() {
      // One run at the usual size: the first run of a session pays one-off initialisation.
      const isnet = await load();
      const size = inferenceSize({ x: 0, y: 0, width: 3, height: 4 }, settings.inferenceSize);
      await isnet.run(new Uint8Array(size.width * size.height * 3), size.width, size.height);
    },
    async matte(input: MattingInput): Promise<MattingOutput> {
      const timings: Record<string, number> = {};
      const time = async <T>(name: string, fn: () => Promise<T> | T): Promise<T> => {
        const start = performance.now();
        try {
          return await fn();
        } finally {
          timings[name] = Math.round((performance.now() - start) * 10) / 10;
        }
      };
      const { image, face, signal } = input;
      checkImage(image);
      const region = resolveRegion(input.region, image);
      const scale = input.scale ?? 1;
      if (!(scale > 0 && scale <= 1)) {
        throw sdkErrors.create('SDK_INVALID_INPUT', { details: { issues: ['scale: must be in (0, 1]'] } });
      }
      const fast = input.quality === 'fast';
      const outWidth = Math.max(1, Math.round(region.width * scale));
      const outHeight = Math.max(1, Math.round(region.height * scale));
      abortIfNeeded(signal);

      const isnet = await time('load', load);
      const crop = inferenceCrop(region, face);
      const size = inferenceSize(crop, fast ? settings.fastInferenceSize : settings.inferenceSize);
      const pixels = await time('resize', () => cropResize(image, 3, crop, size.width, size.height));
      abortIfNeeded(signal);
      const coarse = await time('inference', () => isnet.run(pixels, size.width, size.height));
      abortIfNeeded(signal);
      await time('select', () => {
        const keep = selectSubject(
          coarse,
          size.width,
          size.height,
          face ? faceSeed(face, crop, size.width, size.height) : undefined,
        );
        for (let i = 0; i < coarse.length; i++) if (!keep[i]) coarse[i] = 0;
      });
      if (face && settings.pruneFringe) {
        await time('prune', () =>
          pruneForeignFringe(coarse, size.width, size.height, pixels, face, crop, work),
        );
      }

      const refined = await time('refine', async () => {
        if (!settings.refine) {
          return {
            alpha: toBytes(resampleMap(coarse, size.width, size.height, crop, region, outWidth, outHeight)),
          };
        }
        return refineMatte({
          image,
          region,
          crop,
          pixels,
          map: coarse,
          width: size.width,
          height: size.height,
          outWidth,
          outHeight,
          radius: settings.refineRadius,
          epsilon: settings.refineEpsilon,
        });
      });
      const data = refined.alpha;
      if (face && settings.clearGaps && 'guide' in refined) {
        const { guide } = refined;
        await time('gaps', () =>
          clearBackgroundGaps({ alpha: data, rgb: guide, width: outWidth, height: outHeight, region, face }),
        );
      }
      const alpha: GrayImage = { width: outWidth, height: outHeight, channels: 1, data };
      const { extent, headTop } = await time('measure', () => ({
        extent: subjectExtent(alpha, region),
        headTop: face ? measureHeadTop({ alpha, region }, face) : undefined,
      }));
      return {
        alpha,
        region,
        scale,
        subjectBox: extent.subjectBox,
        ...(headTop ? { headTop } : {}),
        touches: extent.touches,
        timings,
      };
    },
  };
}

function checkImage(image: RgbImage): void {
  const ok =
    Number.isInteger(image.width) &&
    Number.isInteger(image.height) &&
    image.width > 0 &&
    image.height > 0 &&
    image.channels === 3 &&
    image.data.length === image.width * image.height * 3;
  if (!ok)
    throw sdkErrors.create('SDK_INVALID_INPUT', {
      details: { issues: ['image: not an RGB image of its stated size'] },
    });
}

/** The region clamped to the image and snapped outwards to whole pixels. */
function resolveRegion(region: Box | undefined, image: RgbImage): Box {
  if (!region) return { x: 0, y: 0, width: image.width, height: image.height };
  const values = [region.x, region.y, region.width, region.height];
  if (!values.every(Number.isFinite)) throw mattingErrors.create('MATTING_INVALID_REGION');
  const clamped = clampBox(region, image.width, image.height);
  const x0 = Math.floor(clamped.x);
  const y0 = Math.floor(clamped.y);
  const x1 = Math.ceil(clamped.x + clamped.width);
  const y1 = Math.ceil(clamped.y + clamped.height);
  if (x1 - x0 < 1 || y1 - y0 < 1 || clamped.width <= 0 || clamped.height <= 0) {
    throw mattingErrors.create('MATTING_INVALID_REGION', {
      details: { width: image.width, height: image.height },
    });
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

function toBytes(map: Float32Array): Uint8Array {
  const out = new Uint8Array(map.length);
  for (let i = 0; i < map.length; i++) {
    const v = map[i]! * 255;
    out[i] = v <= 0 ? 0 : v >= 255 ? 255 : Math.round(v);
  }
  return out;
}

function abortIfNeeded(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw sdkErrors.create('SDK_ABORTED', { cause: signal.reason });
}
