import type {
  Box,
  FaceAnalysis,
  FaceAnalyzeInput,
  FaceAnalyzeOutput,
  FaceAnalyzer,
  RejectedFace,
} from '@idphoto/sdk';
import { clampBox, sdkErrors } from '@idphoto/sdk';
import { throwIfAborted } from './abort.js';
import { detectFaces } from './detect/detect-faces.js';
import { type Detection, iou } from './detect/detection.js';
import { embedFace } from './embed/faceres.js';
import { describeFace } from './geometry/describe-face.js';
import { eyeEvidence } from './geometry/eye-evidence.js';
import { meanLuma } from './image/luma.js';
import { buildPyramid } from './image/pyramid.js';
import { MESH_POINTS } from './mesh/face-mesh.js';
import { refineFace } from './mesh/refine.js';
import { MODEL_NAMES, type ModelProvider } from './runtime/model-runner.js';

/** Detections below this score are noise and not reported at all. */
const CANDIDATE_SCORE = 0.35;
/** A face with more than this share of its mesh outside the image is `cut-off`. */
const MAX_OUTSIDE_SHARE = 0.15;

/** Settings of {@link createAnalyzer} (the plugin's validated options). */
export interface AnalyzerSettings {
  readonly id: string;
  readonly minConfidence: number;
  readonly minMeshScore: number;
  readonly maxFaces: number;
  readonly minFaceSize: number;
  /** The floor also grows with the image: at least this fraction of the longer side. */
  readonly minFaceRatio: number;
  readonly relativeMinFace: number;
}

/**
 * The face analyzer: multi-scale BlazeFace detection, FaceMesh + Iris on an eye-level crop,
 * derived geometry, and faceres embeddings. Models come from `models` (ORT sessions in the
 * plugin), created on first use or by `warmup()`. The plugin builds this from its options; call
 * it directly only to run the analyzer outside a pipeline or on another {@link ModelProvider}.
 *
 * @example
 * ```ts
 * const analyzer = createAnalyzer(
 *   { id: 'mediapipe', minConfidence: 0.5, minMeshScore: 0.5, maxFaces: 10, minFaceSize: 16, minFaceRatio: 0.01, relativeMinFace: 0.4 },
 *   createOrtProvider({ threads: 2 }),
 * );
 * const { faces } = await analyzer.analyze({ image });
 * ```
 */
export function createAnalyzer(settings: AnalyzerSettings, models: ModelProvider): FaceAnalyzer {
  return {
    id: settings.id,
    async warmup(): Promise<void> {
      await Promise.all(MODEL_NAMES.map((name) => models.get(name)));
    },
    async analyze(input: FaceAnalyzeInput): Promise<FaceAnalyzeOutput> {
      const { image, signal } = input;
      if (!image || image.channels !== 3 || image.data.length !== image.width * image.height * 3) {
        throw sdkErrors.create('SDK_INVALID_INPUT', { details: { field: 'image', expected: 'RgbImage' } });
      }
      throwIfAborted(signal);
      const started = performance.now();
      const timings: Record<string, number> = {};
      const lap = (stage: string, since: number): number => {
        const now = performance.now();
        timings[stage] = round((timings[stage] ?? 0) + now - since);
        return now;
      };
      // The smallest eye distance searched for and returned, for this image.
      const minFace = Math.max(
        settings.minFaceSize,
        settings.minFaceRatio * Math.max(image.width, image.height),
      );
      let t = performance.now();
      const pyramid = buildPyramid(image);
      const luma = meanLuma(pyramid.levels[Math.min(1, pyramid.levels.length - 1)]!);
      t = lap('prepare', t);
      const [blazeface, facemesh, iris] = await Promise.all([
        models.get('blazeface'),
        models.get('facemesh'),
        models.get('iris'),
      ]);
      t = lap('load', t);
      const found = await detectFaces(blazeface, pyramid, {
        candidateScore: CANDIDATE_SCORE,
        minConfidence: settings.minConfidence,
        minEyeDistance: minFace,
        relativeMinFace: settings.relativeMinFace,
        ...(signal ? { signal } : {}),
      });
      throwIfAborted(signal);
      lap('detect', t);

      const maxFaces = Math.max(1, Math.min(settings.maxFaces, input.maxFaces ?? settings.maxFaces));
      const rejected: RejectedFace[] = [];
      const accepted: { face: FaceAnalysis; area: number }[] = [];
      const reject = (d: Detection, reason: RejectedFace['reason']): void => {
        rejected.push({ box: roundBox(d.box), score: round3(d.score), reason });
      };
      // Largest first, so `maxFaces` keeps the faces that matter.
      const candidates = [...found.detections].sort((p, q) => q.box.width - p.box.width);
      for (const detection of candidates) {
        throwIfAborted(signal);
        if (detection.score < settings.minConfidence) {
          reject(detection, 'low-confidence');
          continue;
        }
        const [le, re] = detection.keypoints;
        const roughEyes = le && re ? Math.hypot(re.x - le.x, re.y - le.y) : 0;
        if (roughEyes < 0.7 * minFace) {
          reject(detection, 'too-small');
          continue;
        }
        if (accepted.length >= maxFaces) break;
        const tm = performance.now();
        const refined = await refineFace(facemesh, iris, pyramid, detection);
        const evidence = eyeEvidence(pyramid, refined.landmarks);
        const tg = lap('mesh', tm);
        const meshScore = Math.min(refined.meshScore, evidence);
        if (meshScore < settings.minMeshScore) {
          reject(detection, 'not-a-face');
          continue;
        }
        if (outsideShare(refined.landmarks, image.width, image.height) > MAX_OUTSIDE_SHARE) {
          reject(detection, 'cut-off');
          continue;
        }
        const face = describeFace(
          pyramid,
          roundBox(clampBox(detection.box, image.width, image.height)),
          detection.score,
          meshScore,
          refined.landmarks,
        );
        if (face.interPupillary < minFace) {
          reject(detection, 'too-small');
          continue;
        }
        const box = meshBox(refined.landmarks);
        if (accepted.some((a) => iou(meshBox(a.face.landmarks), box) > 0.5)) continue;
        accepted.push({ face, area: box.width * box.height });
        lap('geometry', tg);
      }

      accepted.sort((p, q) => q.face.interPupillary - p.face.interPupillary);
      let faces = accepted.map((a) => a.face);
      if (input.embeddings !== false && faces.length > 0) {
        const te = performance.now();
        const faceres = await models.get('faceres');
        const withEmbeddings: FaceAnalysis[] = [];
        for (const face of faces) {
          throwIfAborted(signal);
          withEmbeddings.push({ ...face, embedding: await embedFace(faceres, pyramid, face.landmarks) });
        }
        faces = withEmbeddings;
        lap('embed', te);
      }
      timings['total'] = round(performance.now() - started);
      timings['windows'] = found.windows;
      return {
        faces,
        rejected: rejected.sort((p, q) => q.score - p.score),
        minFaceSize: round(minFace),
        meanLuma: luma,
        timings,
      };
    },
  };
}

function outsideShare(points: FaceAnalysis['landmarks'], width: number, height: number): number {
  let outside = 0;
  for (let i = 0; i < MESH_POINTS; i++) {
    const p = points[i]!;
    if (p.x < 0 || p.y < 0 || p.x >= width || p.y >= height) outside++;
  }
  return outside / MESH_POINTS;
}

function meshBox(points: FaceAnalysis['landmarks']): Box {
  let x0 = Number.POSITIVE_INFINITY;
  let y0 = Number.POSITIVE_INFINITY;
  let x1 = Number.NEGATIVE_INFINITY;
  let y1 = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < MESH_POINTS; i++) {
    const p = points[i]!;
    x0 = Math.min(x0, p.x);
    y0 = Math.min(y0, p.y);
    x1 = Math.max(x1, p.x);
    y1 = Math.max(y1, p.y);
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

function roundBox(b: Box): Box {
  return { x: round(b.x), y: round(b.y), width: round(b.width), height: round(b.height) };
}

function round(v: number): number {
  return Math.round(v * 10) / 10;
}

function round3(v: number): number {
  return Math.round(v * 1000) / 1000;
}
