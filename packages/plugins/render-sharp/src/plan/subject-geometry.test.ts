import type { MattingOutput } from '@idphoto/sdk';
import { describe, expect, it } from 'vitest';
import { headSpan } from './subject-geometry.js';

/** A matte over region (100, 50) at half resolution: a head blob and wide shoulders below row 60. */
function matte(): MattingOutput {
  const w = 100;
  const h = 80;
  const data = new Uint8Array(w * h);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      const head = y >= 10 && y < 60 && x >= 30 && x < 72;
      const shoulders = y >= 60 && x >= 5 && x < 95;
      data[y * w + x] = head || shoulders ? 255 : x === 29 && y === 20 ? 100 : 0;
    }
  return {
    alpha: { width: w, height: h, channels: 1, data },
    region: { x: 100, y: 50, width: 200, height: 160 },
    scale: 0.5,
    subjectBox: { x: 110, y: 70, width: 180, height: 140 },
    touches: { top: false, left: false, right: false, bottom: true },
    timings: {},
  };
}

describe('headSpan', () => {
  it('spans the subject between head top and chin in source pixels, ignoring faint alpha and the shoulders', () => {
    // Rows 10–59 of the alpha are source y 70–168; columns 30–71 are source x 160–244.
    expect(headSpan(matte(), 70, 168)).toEqual({ left: 160, right: 244 });
  });

  it('includes the shoulders once the rows reach them, and is absent above the subject', () => {
    expect(headSpan(matte(), 70, 200)).toEqual({ left: 110, right: 290 });
    expect(headSpan(matte(), 50, 60)).toBeUndefined();
  });
});
