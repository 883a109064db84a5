import { type FaceAnalysis, primaryFace, type RuleContext } from '@idphoto/sdk';

/** The photo's subject as the pipeline sees it: none, one, or several comparable faces. */
export type FaceVerdict = ReturnType<typeof primaryFace>;

/** {@link primaryFace} of the photo, memoised. */
export function faceVerdict(ctx: RuleContext): FaceVerdict {
  return ctx.memo('face.verdict', () => primaryFace(ctx.subject.analysis.faces));
}

/**
 * The face rules measure: the single subject face, or `undefined` when the photo has no face or
 * several (then only `face.count` reports, and face-geometry rules are not applicable).
 */
export function subjectFace(ctx: RuleContext): FaceAnalysis | undefined {
  const verdict = faceVerdict(ctx);
  return verdict.kind === 'one' ? verdict.face : undefined;
}

/** Mean y of the two eye centres. */
export function eyeLineY(face: FaceAnalysis): number {
  return (face.eyes.left.y + face.eyes.right.y) / 2;
}

/** Horizontal centre of the face: midway between the cheek points (mesh 234/454), else the eyes. */
export function faceCentreX(face: FaceAnalysis): number {
  const a = face.landmarks[234];
  const b = face.landmarks[454];
  if (a && b) return (a.x + b.x) / 2;
  return (face.eyes.left.x + face.eyes.right.x) / 2;
}
