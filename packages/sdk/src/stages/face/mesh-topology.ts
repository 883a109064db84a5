/**
 * FaceMesh (468-point) topology shared by stages that build regions from `FaceAnalysis.landmarks`.
 * Face-oval contour, in order: forehead hairline (10) → image-right cheek → chin (152) → image-left
 * cheek → back to the hairline (MediaPipe `FACEMESH_FACE_OVAL`).
 */
export const FACEMESH_FACE_OVAL = [
  10, 338, 297, 332, 284, 251, 389, 356, 454, 323, 361, 288, 397, 365, 379, 378, 400, 377, 152, 148, 176, 149,
  150, 136, 172, 58, 132, 93, 234, 127, 162, 21, 54, 103, 67, 109,
] as const;
