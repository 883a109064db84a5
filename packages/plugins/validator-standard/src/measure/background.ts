import type { FaceAnalysis, Rgb, RuleContext } from '@idphoto/sdk';
import { deltaE2000, type Lab, labOf, rgbToLab } from '../colour/colour.js';
import { imageMatte } from './matte.js';
import { dilate } from './morphology.js';
import { histogramMedian } from './stats.js';
import { subjectFace } from './subject.js';

/** Alpha below which a matte pixel counts as background. */
const BACKGROUND_ALPHA = 32;

/** Grid spacing so the short side of the measuring grid has at most this many points. */
export const GRID_SHORT_SIDE = 640;

/**
 * Which pixels are background, on a sampling grid (every `step`-th pixel in x and y; `step` is 1
 * for photos up to 640 px on the short side, so finished ID photos are measured at every pixel).
 */
export interface BackgroundMask {
  readonly step: number;
  /** Grid size. */
  readonly gw: number;
  readonly gh: number;
  /** 1 = background, per grid point `gy * gw + gx` (photo pixel `(gx * step, gy * step)`). */
  readonly mask: Uint8Array;
  readonly count: number;
  /** `matte`: not subject and away from its edge; `border`: edge bands minus the face and torso. */
  readonly source: 'matte' | 'border';
}

/**
 * Background pixels: with a matte, pixels it marks as not subject, eroded away from the subject's
 * edge (hair halo, soft alpha) by 1.5 % of the short side; without one, bands along the top and
 * sides minus the face and the torso below it.
 */
export function backgroundMask(ctx: RuleContext): BackgroundMask {
  return ctx.memo('background.mask', () => {
    const { width, height } = ctx.subject.image;
    const step = Math.max(1, Math.ceil(Math.min(width, height) / GRID_SHORT_SIDE));
    const gw = Math.ceil(width / step);
    const gh = Math.ceil(height / step);
    const matte = imageMatte(ctx);
    if (!matte) return borderMask(width, height, step, subjectFace(ctx));
    const subject = new Uint8Array(gw * gh);
    for (let gy = 0; gy < gh; gy++)
      for (let gx = 0; gx < gw; gx++)
        subject[gy * gw + gx] = matte.alphaAt(gx * step, gy * step) >= BACKGROUND_ALPHA ? 1 : 0;
    const radius = Math.max(2, Math.round((0.015 * Math.min(width, height)) / step));
    const grown = dilate(subject, gw, gh, radius);
    const mask = new Uint8Array(gw * gh);
    const k = matte.known;
    let count = 0;
    for (let gy = 0; gy < gh; gy++) {
      const y = gy * step;
      if (y < k.y || y >= k.y + k.height) continue;
      for (let gx = 0; gx < gw; gx++) {
        const x = gx * step;
        const i = gy * gw + gx;
        if (x >= k.x && x < k.x + k.width && !grown[i]) {
          mask[i] = 1;
          count++;
        }
      }
    }
    return { step, gw, gh, mask, count, source: 'matte' as const };
  });
}

/** Bands along the top and sides, minus a head ellipse and the torso under it, on a grid. */
export function borderMask(
  width: number,
  height: number,
  step: number,
  face: FaceAnalysis | undefined,
): BackgroundMask {
  const gw = Math.ceil(width / step);
  const gh = Math.ceil(height / step);
  const band = Math.max(2, Math.round(0.1 * Math.min(width, height)));
  const mask = new Uint8Array(gw * gh);
  const sideBottom = face
    ? Math.min(height, face.chin.y + 0.15 * (face.chin.y - face.hairline.y))
    : height / 2;
  let count = 0;
  const cx = face ? (face.eyes.left.x + face.eyes.right.x) / 2 : 0;
  const headRx = face ? face.faceWidth * 0.8 : 0;
  const headCy = face ? (face.hairline.y + face.chin.y) / 2 - 0.15 * (face.chin.y - face.hairline.y) : 0;
  const headRy = face ? (face.chin.y - face.hairline.y) * 0.95 : 0;
  for (let gy = 0; gy < gh; gy++) {
    const y = gy * step;
    if (y >= band && y >= sideBottom) break;
    for (let gx = 0; gx < gw; gx++) {
      const x = gx * step;
      if (y >= band && x >= band && x < width - band) {
        gx = Math.ceil((width - band) / step) - 1; // jump to the right band
        continue;
      }
      if (face) {
        const dx = (x - cx) / headRx;
        const dy = (y - headCy) / headRy;
        if (dx * dx + dy * dy <= 1) continue;
        if (y > face.chin.y && Math.abs(x - cx) < face.faceWidth * 1.6) continue;
      }
      mask[gy * gw + gx] = 1;
      count++;
    }
  }
  return { step, gw, gh, mask, count, source: 'border' };
}

/** Robust statistics of the background. */
export interface BackgroundStats {
  readonly source: 'matte' | 'border';
  /** Background grid points measured. */
  readonly count: number;
  /** Share of the photo they cover. */
  readonly fraction: number;
  /** Per-channel median colour. */
  readonly median: Rgb;
  readonly medianLab: Lab;
  /** 95th-percentile CIEDE2000 distance of background pixels from the median. */
  readonly spread: number;
  /** Largest ΔE00 between the medians of opposite halves (top/bottom, left/right): a gradient. */
  readonly gradient: number;
  /** Which opposite halves differ most. */
  readonly gradientAxis: 'vertical' | 'horizontal';
}

/** Statistics of the background pixels, memoised; `null` when there are too few to judge. */
export function backgroundStats(ctx: RuleContext): BackgroundStats | null {
  return ctx.memo('background.stats', () => {
    const { mask, count, source, step, gw, gh } = backgroundMask(ctx);
    const { width, height, data } = ctx.subject.image;
    if (count < Math.max(200, gw * gh * 0.01)) return null;
    // The spread is a 95th percentile: 40 000 evenly spread samples estimate it to a fraction of a
    // ΔE while keeping the number of ΔE00 evaluations bounded on busy backgrounds.
    const every = Math.max(1, Math.ceil(count / 40_000));
    const colours = new Map<number, number>();
    const hist = [new Float64Array(256), new Float64Array(256), new Float64Array(256)] as const;
    const halves = {
      top: newHist(),
      bottom: newHist(),
      left: newHist(),
      right: newHist(),
    };
    let n = 0;
    for (let gy = 0; gy < gh; gy++) {
      const y = gy * step;
      for (let gx = 0; gx < gw; gx++) {
        if (!mask[gy * gw + gx]) continue;
        const x = gx * step;
        const i = y * width + x;
        const r = data[3 * i]!;
        const g = data[3 * i + 1]!;
        const b = data[3 * i + 2]!;
        if (n % every === 0) {
          const key = (r << 16) | (g << 8) | b;
          colours.set(key, (colours.get(key) ?? 0) + 1);
        }
        hist[0][r]!++;
        hist[1][g]!++;
        hist[2][b]!++;
        add(y < height / 2 ? halves.top : halves.bottom, r, g, b);
        add(x < width / 2 ? halves.left : halves.right, r, g, b);
        n++;
      }
    }
    const median = {
      r: histogramMedian(hist[0], n),
      g: histogramMedian(hist[1], n),
      b: histogramMedian(hist[2], n),
    };
    const medianLab = labOf(median);
    const spread = weightedQuantile(colours, medianLab, 0.95);
    const minPart = n * 0.05;
    const diff = (p: PartHist, q: PartHist): number =>
      p.n >= minPart && q.n >= minPart ? deltaE2000(labOf(partMedian(p)), labOf(partMedian(q))) : 0;
    const vertical = diff(halves.top, halves.bottom);
    const horizontal = diff(halves.left, halves.right);
    return {
      source,
      count,
      fraction: count / (gw * gh),
      median,
      medianLab,
      spread,
      gradient: Math.max(vertical, horizontal),
      gradientAxis: vertical >= horizontal ? ('vertical' as const) : ('horizontal' as const),
    };
  });
}

interface PartHist {
  r: Float64Array;
  g: Float64Array;
  b: Float64Array;
  n: number;
}

function newHist(): PartHist {
  return { r: new Float64Array(256), g: new Float64Array(256), b: new Float64Array(256), n: 0 };
}

function add(h: PartHist, r: number, g: number, b: number): void {
  h.r[r]!++;
  h.g[g]!++;
  h.b[b]!++;
  h.n++;
}

function partMedian(h: PartHist): Rgb {
  return { r: histogramMedian(h.r, h.n), g: histogramMedian(h.g, h.n), b: histogramMedian(h.b, h.n) };
}

/** Quantile `q` of the ΔE00 of every counted colour from `ref`, weighted by pixel count. */
function weightedQuantile(colours: ReadonlyMap<number, number>, ref: Lab, q: number): number {
  const entries: [number, number][] = [];
  let total = 0;
  for (const [key, count] of colours) {
    entries.push([deltaE2000(rgbToLab(key >> 16, (key >> 8) & 255, key & 255), ref), count]);
    total += count;
  }
  entries.sort((a, b) => a[0] - b[0]);
  let seen = 0;
  for (const [de, count] of entries) {
    seen += count;
    if (seen >= q * total) return de;
  }
  return entries.length ? entries[entries.length - 1]![0] : 0;
}
