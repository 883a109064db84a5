import {
  createRgbImage,
  type FaceAnalysis,
  type GrayImage,
  type MattingOutput,
  type Rgb,
  type RgbImage,
} from '@idphoto/sdk';

/** How a generated portrait is drawn. Lengths in pixels. */
export interface PortraitOptions {
  readonly width?: number;
  readonly height?: number;
  /** A colour, or a function of the pixel position (gradients, shadows, objects). */
  readonly background?: Rgb | ((x: number, y: number) => Rgb);
  readonly skin?: Rgb;
  readonly hair?: Rgb;
  readonly garment?: Rgb;
  /** Face centre x (default: the middle). */
  readonly faceX?: number;
  /** Eye line from the top (default 250). */
  readonly eyeY?: number;
  /** Cheek-to-cheek face width (default 220). */
  readonly faceWidth?: number;
  /** Draw shoulders and a torso (default true). */
  readonly torso?: boolean;
}

/** A generated head-and-shoulders "subject": ellipses for hair and face, a trapezoid torso. */
export interface SyntheticPortrait {
  readonly image: RgbImage;
  /** Exact subject matte of what was drawn, with the top of the hair as `headTop`. */
  readonly matte: MattingOutput;
  /** A face analysis built from the drawn geometry (no mesh: rules fall back to ellipses). */
  readonly face: FaceAnalysis;
  readonly headTop: number;
}

/** Draws a synthetic portrait. Pure geometry: the truth of every measurement is known. */
export function portrait(options: PortraitOptions = {}): SyntheticPortrait {
  const w = options.width ?? 480;
  const h = options.height ?? 640;
  const fw = options.faceWidth ?? 220;
  const cx = options.faceX ?? w / 2;
  const eyeY = options.eyeY ?? 250;
  const bg = options.background ?? { r: 100, g: 197, b: 255 };
  const skin = options.skin ?? { r: 224, g: 180, b: 150 };
  const hair = options.hair ?? { r: 30, g: 24, b: 20 };
  const garment = options.garment ?? { r: 30, g: 35, b: 60 };
  const faceRy = 0.68 * fw;
  const faceCy = eyeY + 0.1 * fw;
  const chinY = faceCy + faceRy;
  const hairCy = faceCy - 0.12 * fw;
  const hairRx = 0.58 * fw;
  const hairRy = 0.8 * fw;
  const headTop = hairCy - hairRy;
  const shoulderY = chinY + 0.3 * fw;
  const data = new Uint8Array(w * h * 3);
  const alpha = new Uint8Array(w * h);
  const inEllipse = (x: number, y: number, ex: number, ey: number, rx: number, ry: number): boolean =>
    ((x - ex) / rx) ** 2 + ((y - ey) / ry) ** 2 <= 1;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const px = x + 0.5;
      const py = y + 0.5;
      let c: Rgb = typeof bg === 'function' ? bg(x, y) : bg;
      let subject = false;
      const torso =
        options.torso !== false &&
        ((py >= chinY - 0.1 * fw && Math.abs(px - cx) <= 0.22 * fw) ||
          (py >= shoulderY && Math.abs(px - cx) <= 1.1 * fw + (py - shoulderY) * 0.6));
      if (torso) {
        c = py < shoulderY ? skin : garment;
        subject = true;
      }
      if (inEllipse(px, py, cx, hairCy, hairRx, hairRy) && py < faceCy + 0.2 * fw) {
        c = hair;
        subject = true;
      }
      if (inEllipse(px, py, cx, faceCy, fw / 2, faceRy)) {
        c = skin;
        subject = true;
      }
      const i = y * w + x;
      data[3 * i] = c.r;
      data[3 * i + 1] = c.g;
      data[3 * i + 2] = c.b;
      alpha[i] = subject ? 255 : 0;
    }
  }
  const image = createRgbImage(w, h, data);
  const matteImage: GrayImage = { width: w, height: h, channels: 1, data: alpha };
  const touches = touchesOf(alpha, w, h);
  const matte: MattingOutput = {
    alpha: matteImage,
    region: { x: 0, y: 0, width: w, height: h },
    scale: 1,
    subjectBox: { x: 0, y: Math.max(0, headTop), width: w, height: h - Math.max(0, headTop) },
    headTop: { x: cx, y: Math.max(0, Math.round(headTop)) },
    touches,
    timings: {},
  };
  return { image, matte, face: syntheticFace({ cx, eyeY, fw, chinY, hairlineY: faceCy - faceRy }), headTop };
}

function touchesOf(alpha: Uint8Array, w: number, h: number): MattingOutput['touches'] {
  let top = false;
  let bottom = false;
  let left = false;
  let right = false;
  for (let x = 0; x < w; x++) {
    if (alpha[x]) top = true;
    if (alpha[(h - 1) * w + x]) bottom = true;
  }
  for (let y = 0; y < h; y++) {
    if (alpha[y * w]) left = true;
    if (alpha[y * w + w - 1]) right = true;
  }
  return { top, bottom, left, right };
}

/** Face geometry → a {@link FaceAnalysis} without a mesh. */
export function syntheticFace(g: {
  readonly cx: number;
  readonly eyeY: number;
  readonly fw: number;
  readonly chinY: number;
  readonly hairlineY: number;
  readonly roll?: number;
  readonly yaw?: number;
  readonly pitch?: number;
}): FaceAnalysis {
  const half = 0.22 * g.fw;
  const roll = ((g.roll ?? 0) * Math.PI) / 180;
  const dx = half * Math.cos(roll);
  const dy = half * Math.sin(roll);
  return {
    box: { x: g.cx - g.fw / 2, y: g.hairlineY, width: g.fw, height: g.chinY - g.hairlineY },
    score: 0.95,
    meshScore: 0.9,
    landmarks: [],
    eyes: { left: { x: g.cx - dx, y: g.eyeY - dy }, right: { x: g.cx + dx, y: g.eyeY + dy } },
    interPupillary: 2 * half,
    roll: g.roll ?? 0,
    yaw: g.yaw ?? 0,
    pitch: g.pitch ?? 0,
    chin: { x: g.cx, y: g.chinY },
    hairline: { x: g.cx, y: g.hairlineY },
    faceWidth: g.fw,
    faceHeight: g.chinY - g.hairlineY,
    ears: { left: { score: 0.9, visible: true }, right: { score: 0.9, visible: true } },
    eyeOpenness: { left: 0.3, right: 0.3 },
    eyesOpen: true,
    mouthOpenness: 0.04,
    mouthClosed: true,
  };
}

/** A solid image. */
export function solid(width: number, height: number, c: Rgb): RgbImage {
  const data = new Uint8Array(width * height * 3);
  for (let i = 0; i < width * height; i++) {
    data[3 * i] = c.r;
    data[3 * i + 1] = c.g;
    data[3 * i + 2] = c.b;
  }
  return createRgbImage(width, height, data);
}

/** Multiplies linear light of pixels where `where(x, y)` holds by `factor` (a shadow). */
export function shade(image: RgbImage, factor: number, where: (x: number, y: number) => boolean): RgbImage {
  const out = new Uint8Array(image.data);
  const toLinear = (v: number): number => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const toSrgb = (l: number): number => {
    const c = l <= 0.0031308 ? 12.92 * l : 1.055 * l ** (1 / 2.4) - 0.055;
    return Math.round(Math.max(0, Math.min(1, c)) * 255);
  };
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      if (!where(x, y)) continue;
      const i = 3 * (y * image.width + x);
      for (let k = 0; k < 3; k++) out[i + k] = toSrgb(toLinear(out[i + k]!) * factor);
    }
  }
  return createRgbImage(image.width, image.height, out);
}

/**
 * Paints a deterministic natural-looking texture inside the face ellipse of a synthetic portrait:
 * value noise summed over octaves of 1–32 px with amplitude proportional to the octave size, which
 * gives the 1/f amplitude spectrum of natural images (white noise would not: its detail survives
 * blurring in a way faces do not).
 */
export function textureFace(p: SyntheticPortrait, amplitude = 2): RgbImage {
  const { width: w, height: h } = p.image;
  const out = new Uint8Array(p.image.data);
  const f = p.face;
  const cx = (f.eyes.left.x + f.eyes.right.x) / 2;
  const cy = (f.hairline.y + f.chin.y) / 2;
  const rx = f.faceWidth / 2;
  const ry = (f.chin.y - f.hairline.y) / 2;
  let seed = 12345;
  const random = (): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const noise = new Float64Array(w * h);
  for (const size of [1, 2, 4, 8, 16, 32]) {
    const gw = Math.ceil(w / size) + 2;
    const gh = Math.ceil(h / size) + 2;
    const grid = Float64Array.from({ length: gw * gh }, () => random() * 2 - 1);
    for (let y = 0; y < h; y++) {
      const gy = y / size;
      const y0 = Math.floor(gy);
      const ty = gy - y0;
      for (let x = 0; x < w; x++) {
        const gx = x / size;
        const x0 = Math.floor(gx);
        const tx = gx - x0;
        const g = (i: number, j: number): number => grid[j * gw + i]!;
        const v =
          (1 - ty) * ((1 - tx) * g(x0, y0) + tx * g(x0 + 1, y0)) +
          ty * ((1 - tx) * g(x0, y0 + 1) + tx * g(x0 + 1, y0 + 1));
        noise[y * w + x]! += v * amplitude * size;
      }
    }
  }
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      if (((x + 0.5 - cx) / rx) ** 2 + ((y + 0.5 - cy) / ry) ** 2 > 1) continue;
      const i = 3 * (y * w + x);
      const n = noise[y * w + x]!;
      for (let k = 0; k < 3; k++) out[i + k] = Math.max(0, Math.min(255, Math.round(out[i + k]! + n)));
    }
  }
  return createRgbImage(w, h, out);
}
