import { type Box, fillPolygon, type Point } from '@idphoto/sdk';
import { boxBlur } from '../image/box-blur.js';
import { facePolygons, grownFeatures } from './face-regions.js';

/** A soft skin mask and the box it is non-zero in. */
export interface SkinMask {
  /** 0–1 per pixel. */
  readonly weight: Float32Array;
  /** Pixels where the mask may be non-zero (the face box). */
  readonly box: Box;
  /** Pixels of the (hard) skin region, used for colour statistics. */
  readonly core: Uint8Array;
  /** The whole face outline, features included (exposure is judged on it). */
  readonly face: Uint8Array;
  /** Protected features (eyes, brows, lips, nostrils) without the growth margin: always 0. */
  readonly protectedArea: Uint8Array;
  readonly faceWidth: number;
}

/** Options for {@link skinMask}. */
export interface SkinMaskOptions {
  /** Growth of the protected features, as a fraction of the face width. */
  readonly featureMargin?: number;
  /** Feather radius as a fraction of the face width (must stay below the margin). */
  readonly feather?: number;
}

/**
 * Skin of the face from FaceMesh landmarks (output coordinates): the face outline minus the eyes
 * (with lids and lashes), brows, lips and nostrils, each grown by a margin; then gated by
 * similarity to the face's own median skin colour (so glasses frames, fringes and beards inside
 * the outline are spared) and feathered inside the margin. Protected features stay exactly 0.
 */
export function skinMask(
  landmarks: readonly Point[],
  pixels: Float32Array,
  width: number,
  height: number,
  options: SkinMaskOptions = {},
): SkinMask | null {
  const polygons = facePolygons(landmarks);
  if (!polygons) return null;
  const xs = polygons.oval.map((p) => p.x);
  const faceWidth = Math.max(...xs) - Math.min(...xs);
  if (!(faceWidth > 8)) return null;
  const n = width * height;
  const margin = (options.featureMargin ?? 0.045) * faceWidth;
  const feather = Math.min(margin * 0.6, (options.feather ?? 0.02) * faceWidth);
  const region = new Float32Array(n);
  fillPolygon(region, width, height, polygons.oval, 1);
  const face = Uint8Array.from(region);
  const grown = grownFeatures(polygons, margin);
  for (const polygon of grown) fillPolygon(region, width, height, polygon, 0);
  const protectedPlane = new Float32Array(n);
  for (const hull of Object.values(polygons.features)) fillPolygon(protectedPlane, width, height, hull, 1);

  const core = new Uint8Array(n);
  const ys: number[] = [];
  const cbs: number[] = [];
  const crs: number[] = [];
  for (let i = 0; i < n; i++) {
    if (region[i]! < 1) continue;
    core[i] = 1;
    const [y, cb, cr] = ycbcr(pixels, i);
    ys.push(y);
    cbs.push(cb);
    crs.push(cr);
  }
  if (ys.length < 32) return null;
  const refY = median(ys);
  const refCb = median(cbs);
  const refCr = median(crs);
  for (let i = 0; i < n; i++) {
    if (!core[i]) continue;
    const [y, cb, cr] = ycbcr(pixels, i);
    const dy = (y - refY) / 45;
    const dc = Math.hypot(cb - refCb, cr - refCr) / 14;
    region[i] = Math.exp(-0.5 * (dy * dy + dc * dc));
  }
  const weight = boxBlur(region, width, height, feather);
  const protectedArea = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (protectedPlane[i]! > 0) {
      protectedArea[i] = 1;
      weight[i] = 0;
    }
  }
  const ovalXs = polygons.oval.map((p) => p.x);
  const ovalYs = polygons.oval.map((p) => p.y);
  const x0 = Math.max(0, Math.floor(Math.min(...ovalXs) - feather - 1));
  const y0 = Math.max(0, Math.floor(Math.min(...ovalYs) - feather - 1));
  const x1 = Math.min(width, Math.ceil(Math.max(...ovalXs) + feather + 1));
  const y1 = Math.min(height, Math.ceil(Math.max(...ovalYs) + feather + 1));
  return {
    weight,
    box: { x: x0, y: y0, width: Math.max(0, x1 - x0), height: Math.max(0, y1 - y0) },
    core,
    face,
    protectedArea,
    faceWidth,
  };
}

/** BT.601 full-range YCbCr of pixel `i` of interleaved RGB floats (0–255). */
function ycbcr(p: Float32Array, i: number): [number, number, number] {
  const r = p[3 * i]!;
  const g = p[3 * i + 1]!;
  const b = p[3 * i + 2]!;
  return [
    0.299 * r + 0.587 * g + 0.114 * b,
    128 - 0.168736 * r - 0.331264 * g + 0.5 * b,
    128 + 0.5 * r - 0.418688 * g - 0.081312 * b,
  ];
}

function median(values: number[]): number {
  values.sort((a, b) => a - b);
  return values[values.length >> 1]!;
}
