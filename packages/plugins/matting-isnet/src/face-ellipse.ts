import type { FaceAnalysis } from '@idphoto/sdk';

/** The face parts the head and hair zones use. */
export type HeadFace = Pick<FaceAnalysis, 'chin' | 'hairline' | 'faceWidth' | 'faceHeight'>;

/** An ellipse in the face's own axes: half sizes in face widths / heights, centre above the chin. */
export interface FaceEllipse {
  readonly halfWidth: number;
  readonly halfHeight: number;
  readonly centreAboveChin: number;
}

/**
 * The ellipse's implicit value at a source point (≤ 1 inside). The axes follow the face's roll:
 * `across` is perpendicular to the chin→hairline line (in face widths), `down` along it (in face
 * heights).
 */
export function faceEllipse(face: HeadFace, ellipse: FaceEllipse): (x: number, y: number) => number {
  const { chin, faceWidth: fw, faceHeight: fh } = face;
  let dx = chin.x - face.hairline.x;
  let dy = chin.y - face.hairline.y;
  const length = Math.hypot(dx, dy) || 1;
  dx /= length;
  dy /= length;
  return (x: number, y: number): number => {
    const ox = x - chin.x;
    const oy = y - chin.y;
    const across = (ox * -dy + oy * dx) / fw;
    const down = (ox * dx + oy * dy) / fh;
    return (across / ellipse.halfWidth) ** 2 + ((down + ellipse.centreAboveChin) / ellipse.halfHeight) ** 2;
  };
}
