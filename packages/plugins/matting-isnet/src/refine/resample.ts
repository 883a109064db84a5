import type { Box } from '@idphoto/sdk';

/**
 * Bilinear resampling of a float map covering `from` (source pixels) onto a `width`×`height`
 * grid covering `to` (source pixels), pixel centres aligned. Grid points outside `from` get 0:
 * the map says nothing there, and the matte only covers what was analysed.
 */
export function resampleMap(
  map: Float32Array,
  mapWidth: number,
  mapHeight: number,
  from: Box,
  to: Box,
  width: number,
  height: number,
): Float32Array {
  const out = new Float32Array(width * height);
  const xs = new Int32Array(width);
  const fx = new Float32Array(width);
  const inX = new Uint8Array(width);
  for (let x = 0; x < width; x++) {
    const sourceX = to.x + ((x + 0.5) * to.width) / width;
    inX[x] = sourceX >= from.x && sourceX <= from.x + from.width ? 1 : 0;
    const u = Math.min(mapWidth - 1, Math.max(0, ((sourceX - from.x) * mapWidth) / from.width - 0.5));
    xs[x] = Math.min(mapWidth - 2, Math.floor(u));
    fx[x] = u - xs[x]!;
    if (mapWidth === 1) {
      xs[x] = 0;
      fx[x] = 0;
    }
  }
  const x1off = mapWidth === 1 ? 0 : 1;
  for (let y = 0; y < height; y++) {
    const sourceY = to.y + ((y + 0.5) * to.height) / height;
    if (sourceY < from.y || sourceY > from.y + from.height) continue;
    const v = Math.min(mapHeight - 1, Math.max(0, ((sourceY - from.y) * mapHeight) / from.height - 0.5));
    const y0 = mapHeight === 1 ? 0 : Math.min(mapHeight - 2, Math.floor(v));
    const fy = mapHeight === 1 ? 0 : v - y0;
    const r0 = y0 * mapWidth;
    const r1 = (mapHeight === 1 ? y0 : y0 + 1) * mapWidth;
    const row = y * width;
    for (let x = 0; x < width; x++) {
      if (!inX[x]) continue;
      const i = xs[x]!;
      const f = fx[x]!;
      const top = map[r0 + i]! + (map[r0 + i + x1off]! - map[r0 + i]!) * f;
      const bottom = map[r1 + i]! + (map[r1 + i + x1off]! - map[r1 + i]!) * f;
      out[row + x] = top + (bottom - top) * fy;
    }
  }
  return out;
}
