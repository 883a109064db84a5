/**
 * FaceMesh indices used by this package. "Image-left" is the subject's right side in an
 * ordinary (not mirrored) photo; MediaPipe names points from the subject's point of view.
 */
export const LM = {
  /** Forehead centre at the hairline. */
  hairline: 10,
  /** Lowest chin point. */
  chin: 152,
  /** Cheek contour at the ear line, image-left / image-right. */
  cheekLeft: 234,
  cheekRight: 454,
  noseTip: 1,
  /** Image-left eye: outer and inner corner, upper and lower lid centre. */
  leftEyeOuter: 33,
  leftEyeInner: 133,
  leftEyeUpper: 159,
  leftEyeLower: 145,
  /** Image-right eye. */
  rightEyeOuter: 263,
  rightEyeInner: 362,
  rightEyeUpper: 386,
  rightEyeLower: 374,
  /** Mouth corners and inner-lip centres. */
  mouthLeft: 61,
  mouthRight: 291,
  lipUpperInner: 13,
  lipLowerInner: 14,
  /** Upper forehead contour, image-left / image-right (hair reference above them). */
  foreheadLeft: 103,
  foreheadRight: 332,
  /** Mid-cheek points used as the skin colour reference. */
  cheekSkinLeft: 50,
  cheekSkinRight: 280,
  /** Iris centres in the 478-point layout (image-left iris first). */
  leftIris: 468,
  rightIris: 473,
} as const;

/**
 * Mesh indices of the eye contour points the Iris model refines, in the Iris model's contour
 * order (lower lid, upper lid, then the outer rings), for the image-left eye; the image-right
 * eye uses {@link RIGHT_EYE_CONTOUR}.
 */
export const LEFT_EYE_CONTOUR: readonly (readonly [number, readonly number[]])[] = [
  [0, [33, 7, 163, 144, 145, 153, 154, 155, 133]],
  [9, [246, 161, 160, 159, 158, 157, 173]],
];

/** The image-right eye's lower and upper lid points, in Iris contour order. */
export const RIGHT_EYE_CONTOUR: readonly (readonly [number, readonly number[]])[] = [
  [0, [263, 249, 390, 373, 374, 380, 381, 382, 362]],
  [9, [466, 388, 387, 386, 385, 384, 398]],
];
