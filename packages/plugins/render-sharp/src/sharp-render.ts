import {
  type GrayImage,
  type RenderInput,
  type RenderNote,
  type RenderOutput,
  type RenderStage,
  type RgbImage,
  renderErrors,
  sdkErrors,
} from '@idphoto/sdk';
import { defaultRadii, estimateForegroundBlurFusion } from './composite/blur-fusion-foreground.js';
import { compositeOver } from './composite/composite-over.js';
import { estimateForegroundMultiLevel } from './composite/multi-level-foreground.js';
import { encodePhoto } from './encode/encode-photo.js';
import { renderSharpErrors } from './errors.js';
import { cropSource } from './image/crop-source.js';
import { findCutOffs } from './matte/find-cut-offs.js';
import { matteToOutput } from './matte/matte-to-output.js';
import { cutOffNote, retouchSkippedNote } from './notes.js';
import type { RenderSharpOptions } from './options.js';
import { planRender } from './plan/plan-render.js';
import { retouchSubject } from './retouch/retouch-subject.js';

/** Stage id reported by the render stage. */
export const SHARP_RENDER_ID = 'sharp';

/**
 * Default retouch strength when the caller asks for retouching without a number: on the fixture
 * portraits it removes 21–42 % of the skin's pixel-scale (Laplacian) energy while the eyes and brows
 * keep ≥ 98 % of their edge energy and identity stays ≥ 99 / 100 (`bench/retouch-strength.ts`) —
 * visible on pores and blotches, mild enough for 99号.
 */
export const DEFAULT_SMOOTHING = 0.5;

/**
 * Creates the render stage: plan → crop (sharp, Lanczos) → matte to output → cut-off check →
 * foreground estimation → retouch → composite → encode. Works at output resolution throughout
 * (the only full-resolution operation is sharp's extract + resize of the crop window).
 */
export function createSharpRender(options: RenderSharpOptions): RenderStage {
  return {
    id: SHARP_RENDER_ID,
    async render(input: RenderInput): Promise<RenderOutput> {
      checkInput(input);
      const timings: Record<string, number> = {};
      const time = async <T>(step: string, fn: () => T | Promise<T>): Promise<T> => {
        abortIfNeeded(input.signal);
        const start = performance.now();
        try {
          return await fn();
        } finally {
          timings[step] = Math.round((performance.now() - start) * 10) / 10;
        }
      };
      const { spec, mode, matte, background } = input;
      const { width: W, height: H } = spec.canvas;
      const planned = await time('plan', () => planRender(input, options));
      const notes: RenderNote[] = [...planned.notes];
      const { window } = planned;
      const cropped = await time('crop', () => cropSource(input.source.image, window, W, H, background));

      const covered = coveredMask(window.covered, W, H);
      const outAlpha = matte
        ? await time('matte-resample', () =>
            matteToOutput(matte, W, H, window.mapX, window.mapY, window.covered),
          )
        : undefined;
      const known = mode === 'crop-only' ? covered : outAlpha!.known;
      const cuts = findCutOffs(outAlpha?.alpha ?? new Float32Array(W * H), known, W, H);
      const reported = cuts.filter((cut) => mode === 'crop-only' || cut.subject);
      if (reported.length > 0) notes.push(cutOffNote(reported, mode));

      let image: RgbImage = cropped;
      const wantsRetouch = input.retouch !== undefined && input.retouch !== false;
      if (mode === 'replace-background') {
        const alpha = outAlpha!.alpha;
        const foreground = await time('foreground', () =>
          options.foreground === 'multi-level'
            ? estimateForegroundMultiLevel(cropped, alpha, covered)
            : options.foreground === 'blur-fusion'
              ? estimateForegroundBlurFusion(cropped, alpha, defaultRadii(Math.max(W, H)), covered)
              : Float32Array.from(cropped.data),
        );
        if (wantsRetouch && input.retouch) {
          const retouch = input.retouch;
          const report = await time('retouch', () =>
            retouchSubject(foreground, W, H, input.face.landmarks.map(planned.toOutput), {
              smoothing: Math.min(options.maxSmoothing, retouch.smoothing ?? DEFAULT_SMOOTHING),
              tone: retouch.tone ?? true,
            }),
          );
          if (!report.applied) notes.push(retouchSkippedNote('no-face-outline'));
        }
        image = await time('composite', () => compositeOver(foreground, alpha, W, H, background));
      } else if (wantsRetouch) {
        notes.push(retouchSkippedNote('crop-only'));
      }

      const encoded = await time('encode', () => encodePhoto(image, spec, options.chromaSubsampling));
      notes.push(...encoded.notes);
      return {
        photo: encoded.photo,
        plan: planned.plan,
        notes,
        ...(outAlpha ? { alpha: toGray(outAlpha.alpha, W, H) } : {}),
        timings,
      };
    },
  };
}

function checkInput(input: RenderInput): void {
  const { image } = input.source;
  if (
    !Number.isInteger(image.width) ||
    !Number.isInteger(image.height) ||
    image.width <= 0 ||
    image.height <= 0 ||
    image.data.length !== image.width * image.height * 3
  )
    throw renderSharpErrors.create('RENDER_SHARP_INVALID_INPUT', { details: { reason: 'source' } });
  if (input.mode === 'replace-background' && !input.matte) throw renderErrors.create('RENDER_MATTE_REQUIRED');
  const m = input.matte;
  if (
    m &&
    (m.alpha.data.length !== m.alpha.width * m.alpha.height || m.region.width <= 0 || m.region.height <= 0)
  )
    throw renderSharpErrors.create('RENDER_SHARP_INVALID_INPUT', { details: { reason: 'matte' } });
  const { eyes } = input.face;
  const inside = (p: { x: number; y: number }): boolean =>
    Number.isFinite(p.x) &&
    Number.isFinite(p.y) &&
    p.x >= 0 &&
    p.y >= 0 &&
    p.x <= image.width &&
    p.y <= image.height;
  if (!inside(eyes.left) || !inside(eyes.right) || !(input.face.faceWidth > 0))
    throw renderSharpErrors.create('RENDER_SHARP_INVALID_INPUT', { details: { reason: 'face' } });
}

function coveredMask(
  box: { x: number; y: number; width: number; height: number },
  W: number,
  H: number,
): Uint8Array {
  const mask = new Uint8Array(W * H);
  for (let y = box.y; y < box.y + box.height; y++) mask.fill(1, y * W + box.x, y * W + box.x + box.width);
  return mask;
}

function toGray(alpha: Float32Array, width: number, height: number): GrayImage {
  const data = new Uint8Array(width * height);
  for (let i = 0; i < data.length; i++) data[i] = Math.round(alpha[i]! * 255);
  return { width, height, channels: 1, data };
}

function abortIfNeeded(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw sdkErrors.create('SDK_ABORTED', { cause: signal.reason });
}
