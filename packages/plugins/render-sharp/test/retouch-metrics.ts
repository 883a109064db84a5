import { FACEMESH_FACE_OVAL, fillPolygon, growPolygon, type Point, type RgbImage } from '@idphoto/sdk';
import { chsiGraduation } from '@idphoto/spec-chsi';
import { boxBlur } from '../src/image/box-blur.js';
import { cropSource } from '../src/image/crop-source.js';
import { planRender } from '../src/plan/plan-render.js';
import { facePolygons } from '../src/retouch/face-regions.js';
import { sourceAndFace } from './stages.js';

/** Retouch metrics on 480×640 CHSI crops (tests and `bench/retouch-strength.ts`). */
const W = 480;
const H = 640;

/** The face cropped to the CHSI frame (crop only), with its landmarks in output pixels. */
export async function framedFace(name: string) {
  const { source, face } = await sourceAndFace(name, true);
  const planned = planRender(
    { source, face, spec: chsiGraduation, background: { r: 255, g: 255, b: 255 }, mode: 'crop-only' },
    { maxUpscale: 1.5, rangeMargin: 0.1 },
  );
  const image = await cropSource(source.image, planned.window, W, H, { r: 255, g: 255, b: 255 });
  return { image, face, landmarks: face.landmarks.map(planned.toOutput) };
}

function lumaPlane(pixels: RgbImage | Float32Array): Float32Array {
  const data = 'data' in pixels ? pixels.data : pixels;
  const luma = new Float32Array(W * H);
  for (let i = 0; i < W * H; i++)
    luma[i] = 0.299 * data[3 * i]! + 0.587 * data[3 * i + 1]! + 0.114 * data[3 * i + 2]!;
  return luma;
}

/**
 * Skin texture energy over pixels where `where` holds: mean squared Laplacian of the luma (pixel-scale
 * detail: pores, noise) and mean squared difference from a Gaussian of σ ≈ 2.4 px (three box passes;
 * the band of pores, blotches and fine wrinkles at ID-photo size).
 */
export function skinTexture(
  pixels: RgbImage | Float32Array,
  where: (i: number) => boolean,
): { laplacian: number; dog: number } {
  const luma = lumaPlane(pixels);
  const smooth = boxBlur(boxBlur(boxBlur(luma, W, H, 2), W, H, 2), W, H, 2);
  let lap = 0;
  let dog = 0;
  let n = 0;
  for (let y = 1; y < H - 1; y++)
    for (let x = 1; x < W - 1; x++) {
      const i = y * W + x;
      if (!where(i)) continue;
      const l = 4 * luma[i]! - luma[i - 1]! - luma[i + 1]! - luma[i - W]! - luma[i + W]!;
      const d = luma[i]! - smooth[i]!;
      lap += l * l;
      dog += d * d;
      n++;
    }
  return { laplacian: lap / n, dog: dog / n };
}

/** Mean squared Sobel gradient of the luma over pixels where `where` holds (edge sharpness). */
export function edgeEnergy(pixels: RgbImage | Float32Array, where: (i: number) => boolean): number {
  const l = lumaPlane(pixels);
  let sum = 0;
  let n = 0;
  for (let y = 1; y < H - 1; y++)
    for (let x = 1; x < W - 1; x++) {
      const i = y * W + x;
      if (!where(i)) continue;
      const gx =
        l[i - W + 1]! + 2 * l[i + 1]! + l[i + W + 1]! - l[i - W - 1]! - 2 * l[i - 1]! - l[i + W - 1]!;
      const gy =
        l[i + W - 1]! + 2 * l[i + W]! + l[i + W + 1]! - l[i - W - 1]! - 2 * l[i - W]! - l[i - W + 1]!;
      sum += gx * gx + gy * gy;
      n++;
    }
  return sum / n;
}

/**
 * Eyes and brows with their surroundings: each feature hull grown by 8 % of the face width (lids,
 * lashes, brow hairs and the eye socket's edges), features themselves included.
 */
export function featureBand(landmarks: readonly Point[], width = W, height = H): Uint8Array {
  const polygons = facePolygons(landmarks)!;
  const fw = faceWidthOf(polygons.oval);
  const plane = new Float32Array(width * height);
  for (const key of ['rightEye', 'leftEye', 'rightBrow', 'leftBrow'])
    fillPolygon(plane, width, height, growPolygon(polygons.features[key]!, 0.08 * fw), 1);
  return Uint8Array.from(plane, (v) => (v > 0 ? 1 : 0));
}

/**
 * Hairline: a band ±5 % of the face width around the upper face outline (the FaceMesh oval above
 * the brows), where forehead skin meets hair or a fringe.
 */
export function hairlineBand(landmarks: readonly Point[], width = W, height = H): Uint8Array {
  const oval = FACEMESH_FACE_OVAL.map((i) => landmarks[i]!);
  const fw = faceWidthOf(oval);
  const browY = Math.min(landmarks[105]!.y, landmarks[334]!.y);
  const top = oval.filter((p) => p.y < browY);
  const band = new Uint8Array(width * height);
  const r = 0.05 * fw;
  for (let k = 0; k + 1 < top.length; k++) {
    const a = top[k]!;
    const b = top[k + 1]!;
    if (Math.hypot(b.x - a.x, b.y - a.y) > 0.4 * fw) continue; // the oval's wrap-around
    const x0 = Math.max(0, Math.floor(Math.min(a.x, b.x) - r));
    const x1 = Math.min(width - 1, Math.ceil(Math.max(a.x, b.x) + r));
    const y0 = Math.max(0, Math.floor(Math.min(a.y, b.y) - r));
    const y1 = Math.min(height - 1, Math.ceil(Math.max(a.y, b.y) + r));
    for (let y = y0; y <= y1; y++)
      for (let x = x0; x <= x1; x++) if (segmentDistance(x, y, a, b) <= r) band[y * width + x] = 1;
  }
  return band;
}

/** CIELAB (D65) of the mean sRGB colour over `where` (1 = included). */
export function faceMeanLab(pixels: Float32Array, where: Uint8Array): [number, number, number] {
  let r = 0;
  let g = 0;
  let b = 0;
  let n = 0;
  for (let i = 0; i < where.length; i++) {
    if (!where[i]) continue;
    r += pixels[3 * i]!;
    g += pixels[3 * i + 1]!;
    b += pixels[3 * i + 2]!;
    n++;
  }
  const lin = (v: number): number => {
    const c = v / n / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const [R, G, B] = [lin(r), lin(g), lin(b)];
  const X = (0.4124 * R + 0.3576 * G + 0.1805 * B) / 0.95047;
  const Y = 0.2126 * R + 0.7152 * G + 0.0722 * B;
  const Z = (0.0193 * R + 0.1192 * G + 0.9505 * B) / 1.08883;
  const f = (t: number): number => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 / 116) * t + 16 / 116);
  return [116 * f(Y) - 16, 500 * (f(X) - f(Y)), 200 * (f(Y) - f(Z))];
}

function faceWidthOf(points: readonly Point[]): number {
  const xs = points.map((p) => p.x);
  return Math.max(...xs) - Math.min(...xs);
}

function segmentDistance(x: number, y: number, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = dx * dx + dy * dy;
  const t = len > 0 ? Math.max(0, Math.min(1, ((x - a.x) * dx + (y - a.y) * dy) / len)) : 0;
  return Math.hypot(x - a.x - t * dx, y - a.y - t * dy);
}
