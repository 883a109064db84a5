/** Input side of the BlazeFace ("back camera", 256 px) model. */
export const BLAZEFACE_SIZE = 256;

/**
 * BlazeFace SSD anchor centres in input pixels: a 16×16 grid (stride 16) with 2 anchors per cell
 * followed by an 8×8 grid (stride 32) with 6 anchors per cell — 896 anchors, the order of the
 * model's concatenated outputs (512 then 384).
 */
export function blazeFaceAnchors(size = BLAZEFACE_SIZE): Float32Array {
  const layers = [
    { stride: size / 16, count: 2 },
    { stride: size / 8, count: 6 },
  ];
  const total = layers.reduce((n, l) => n + Math.ceil(size / l.stride) ** 2 * l.count, 0);
  const anchors = new Float32Array(total * 2);
  let i = 0;
  for (const { stride, count } of layers) {
    const cells = Math.ceil(size / stride);
    for (let gy = 0; gy < cells; gy++) {
      for (let gx = 0; gx < cells; gx++) {
        for (let n = 0; n < count; n++) {
          anchors[i++] = stride * (gx + 0.5);
          anchors[i++] = stride * (gy + 0.5);
        }
      }
    }
  }
  return anchors;
}
