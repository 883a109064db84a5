import {
  type Box,
  type CropPlan,
  clampBox,
  compositionInPixels,
  type Point,
  type RenderInput,
  type RenderNote,
} from '@idphoto/sdk';
import { renderSharpErrors } from '../errors.js';
import { type SourceWindow, sourceWindow } from '../image/source-window.js';
import { headTopEstimatedNote, resolutionNote, unreachableNote } from '../notes.js';
import { excess } from './penalised-least-squares.js';
import { type Quantity, type SubjectEdges, solvePlan } from './solve-plan.js';
import { type SubjectGeometry, subjectGeometry } from './subject-geometry.js';

/** A solved, realised crop plan and the notes it raised. */
export interface RenderPlan {
  readonly plan: CropPlan;
  readonly window: SourceWindow;
  readonly geometry: SubjectGeometry;
  /** Maps a source point to output pixels through the realised mapping. */
  readonly toOutput: (p: Point) => Point;
  readonly notes: readonly RenderNote[];
}

/**
 * Solves the crop plan for a render input (see {@link solvePlan}), realises it on whole source
 * pixels, and raises the notes the plan alone can tell: unreachable composition ranges,
 * enlargement beyond `maxUpscale`, and a head top that had to be estimated.
 */
export function planRender(
  input: RenderInput,
  options: { readonly maxUpscale: number; readonly rangeMargin: number },
): RenderPlan {
  const { source, spec, matte, mode } = input;
  const { width: W, height: H } = spec.canvas;
  const srcW = source.image.width;
  const srcH = source.image.height;
  const composition = compositionInPixels(spec, W, H);
  const geometry = subjectGeometry(input.face, matte);
  const whole: Box = { x: 0, y: 0, width: srcW, height: srcH };
  let known = whole;
  let keepInside: SubjectEdges = { top: true, bottom: true, left: true, right: true };
  if (mode === 'replace-background' && matte) {
    known = clampBox(matte.region, srcW, srcH);
    keepInside = matte.touches;
  }
  const solution = solvePlan({
    geometry,
    canvas: { width: W, height: H },
    composition,
    margin: options.rangeMargin,
    known,
    keepInside,
  });
  const window = sourceWindow(solution, srcW, srcH, W, H);
  if (!window) throw renderSharpErrors.create('RENDER_SHARP_INVALID_INPUT', { details: { reason: 'face' } });
  const { mapX, mapY } = window;
  const toOutput = (p: Point): Point => ({
    x: mapX.scale * p.x + mapX.offset,
    y: mapY.scale * p.y + mapY.offset,
  });
  const predicted: Record<Quantity, number> = {
    headTop: mapY.scale * geometry.headTopY + mapY.offset,
    eyeLine: mapY.scale * geometry.eyeY + mapY.offset,
    faceWidth: mapX.scale * geometry.faceWidth,
    headHeight: mapY.scale * (geometry.chinY - geometry.headTopY),
    chinToBottom: H - (mapY.scale * geometry.chinY + mapY.offset),
    eyeDistance: mapX.scale * geometry.eyeDistance,
  };
  const notes: RenderNote[] = [];
  for (const [quantity, value] of Object.entries(predicted) as [Quantity, number][]) {
    const range = composition[quantity];
    if (range && excess(value, range.min, range.max) > 1) notes.push(unreachableNote(quantity, value, range));
  }
  if (solution.scale > options.maxUpscale) notes.push(resolutionNote(solution.scale, options.maxUpscale));
  if (!geometry.headTopFromMatte) notes.push(headTopEstimatedNote());
  const plan: CropPlan = {
    crop: {
      x: -mapX.offset / mapX.scale,
      y: -mapY.offset / mapY.scale,
      width: W / mapX.scale,
      height: H / mapY.scale,
    },
    scale: solution.scale,
    predicted: {
      headTop: predicted.headTop,
      eyeLine: predicted.eyeLine,
      faceWidth: predicted.faceWidth,
      centreOffset: mapX.scale * geometry.centreX + mapX.offset - W / 2,
      chin: mapY.scale * geometry.chinY + mapY.offset,
    },
  };
  return { plan, window, geometry, toOutput, notes };
}
