import {
  FACEMESH_FACE_OVAL,
  type FaceAnalysis,
  type Point,
  polygonPixels,
  type RuleContext,
} from '@idphoto/sdk';
import { lumaAt } from './luma.js';
import { dilate } from './morphology.js';

/** Face width (cheek to cheek) the face is resampled to before measuring, in pixels. */
export const SHARPNESS_FACE_WIDTH = 160;

/** Result of {@link faceSharpness}. */
export interface SharpnessMeasure {
  /**
   * RMS Laplacian / RMS gradient inside the face oval at the normalised scale, × 100. A
   * dimensionless share of fine detail: contrast and skin tone cancel out, and blur or upscaling
   * removes the finest scale first, so the index drops.
   */
  readonly index: number;
  /** Effective face width in source pixels (what the index was normalised from). */
  readonly faceWidth: number;
}

/**
 * Sharpness of the face: a face wider than {@link SHARPNESS_FACE_WIDTH} px is shrunk to that width
 * (area averaging; narrower faces are measured as they are), then the ratio of the RMS 4-neighbour
 * Laplacian to the RMS central-difference gradient is taken inside the face oval, eroded so the
 * hair and background edges around the face do not count. Resolution-independent for faces at
 * least as wide as the normalised width; a face upscaled from a tiny original keeps its blur.
 */
export function faceSharpness(ctx: RuleContext, face: FaceAnalysis): SharpnessMeasure | null {
  return ctx.memo('face.sharpness', () => {
    const { width: w, height: h } = ctx.subject.image;
    const data = ctx.subject.image.data;
    const outline = faceOutline(face);
    let x0 = Number.POSITIVE_INFINITY;
    let y0 = Number.POSITIVE_INFINITY;
    let x1 = Number.NEGATIVE_INFINITY;
    let y1 = Number.NEGATIVE_INFINITY;
    for (const p of outline) {
      x0 = Math.min(x0, p.x);
      y0 = Math.min(y0, p.y);
      x1 = Math.max(x1, p.x);
      y1 = Math.max(y1, p.y);
    }
    x0 = Math.max(0, Math.floor(x0));
    y0 = Math.max(0, Math.floor(y0));
    x1 = Math.min(w, Math.ceil(x1));
    y1 = Math.min(h, Math.ceil(y1));
    if (x1 - x0 < 8 || y1 - y0 < 8 || face.faceWidth < 4) return null;
    // Never enlarge: a face narrower than the normalised width (a 150×200 exam photo, a 260×378
    // driving-licence photo) is measured as it is — enlarging adds no detail and would read a small
    // but sharp photo as blurred.
    const k = Math.min(1, SHARPNESS_FACE_WIDTH / face.faceWidth);
    const W = Math.max(8, Math.round((x1 - x0) * k));
    const H = Math.max(8, Math.round((y1 - y0) * k));
    const plane = resample(data, w, h, x0, y0, x1 - x0, y1 - y0, W, H);
    const scaled = outline.map((p) => ({ x: (p.x - x0) * (W / (x1 - x0)), y: (p.y - y0) * (H / (y1 - y0)) }));
    const inside = new Uint8Array(W * H);
    for (const i of polygonPixels(scaled, W, H)) inside[i] = 1;
    // Erode the oval by 3 px: dilate its complement.
    const outside = new Uint8Array(W * H);
    for (let i = 0; i < outside.length; i++) outside[i] = inside[i] ? 0 : 1;
    const grown = dilate(outside, W, H, 3);
    let lap2 = 0;
    let grad2 = 0;
    let n = 0;
    for (let y = 1; y < H - 1; y++) {
      for (let x = 1; x < W - 1; x++) {
        const i = y * W + x;
        if (grown[i]) continue;
        const c = plane[i]!;
        const l = plane[i - 1]!;
        const r = plane[i + 1]!;
        const u = plane[i - W]!;
        const d = plane[i + W]!;
        const lap = 4 * c - l - r - u - d;
        const gx = (r - l) / 2;
        const gy = (d - u) / 2;
        lap2 += lap * lap;
        grad2 += gx * gx + gy * gy;
        n++;
      }
    }
    if (n < 100 || grad2 === 0) return null;
    return { index: (Math.sqrt(lap2 / n) / Math.sqrt(grad2 / n)) * 100, faceWidth: face.faceWidth };
  });
}

function faceOutline(face: FaceAnalysis): Point[] {
  if (face.landmarks.length >= 468) return FACEMESH_FACE_OVAL.map((i) => face.landmarks[i]!);
  const cx = (face.eyes.left.x + face.eyes.right.x) / 2;
  const top = face.hairline.y;
  const rx = face.faceWidth / 2;
  const ry = (face.chin.y - top) / 2;
  const out: Point[] = [];
  for (let t = 0; t < 32; t++) {
    const a = (t / 32) * 2 * Math.PI;
    out.push({ x: cx + rx * Math.cos(a), y: top + ry + ry * Math.sin(a) });
  }
  return out;
}

/** Resamples a rectangle of the luma of RGB `src` to `W × H`: area average when shrinking, bilinear when enlarging. */
function resample(
  src: Uint8Array,
  w: number,
  h: number,
  rx: number,
  ry: number,
  rw: number,
  rh: number,
  W: number,
  H: number,
): Float64Array {
  const out = new Float64Array(W * H);
  const sx = rw / W;
  const sy = rh / H;
  for (let Y = 0; Y < H; Y++) {
    for (let X = 0; X < W; X++) {
      const fx0 = rx + X * sx;
      const fy0 = ry + Y * sy;
      if (sx >= 1 && sy >= 1) {
        const xa = Math.floor(fx0);
        const ya = Math.floor(fy0);
        const xb = Math.max(xa + 1, Math.min(w, Math.floor(fx0 + sx)));
        const yb = Math.max(ya + 1, Math.min(h, Math.floor(fy0 + sy)));
        let sum = 0;
        for (let y = ya; y < yb; y++) for (let x = xa; x < xb; x++) sum += lumaAt(src, y * w + x);
        out[Y * W + X] = sum / ((xb - xa) * (yb - ya));
      } else {
        const fx = fx0 + sx / 2 - 0.5;
        const fy = fy0 + sy / 2 - 0.5;
        const ix = Math.floor(fx);
        const iy = Math.floor(fy);
        const ax = fx - ix;
        const ay = fy - iy;
        const at = (x: number, y: number): number =>
          lumaAt(src, Math.min(h - 1, Math.max(0, y)) * w + Math.min(w - 1, Math.max(0, x)));
        out[Y * W + X] =
          (1 - ay) * ((1 - ax) * at(ix, iy) + ax * at(ix + 1, iy)) +
          ay * ((1 - ax) * at(ix, iy + 1) + ax * at(ix + 1, iy + 1));
      }
    }
  }
  return out;
}
