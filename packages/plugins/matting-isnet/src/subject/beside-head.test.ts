import { describe, expect, it } from 'vitest';
import { besideHead } from './beside-head.js';

describe('besideHead', () => {
  const upright = besideHead({
    chin: { x: 100, y: 200 },
    hairline: { x: 100, y: 100 },
    faceWidth: 80,
    faceHeight: 100,
  });

  it('is 1 beside and above the head, 0 in it, far to the side and below the neck', () => {
    expect(upright(100, 150)).toBe(0); // the face
    expect(upright(100, 80)).toBe(0); // the skull above the hairline
    expect(upright(20, 150)).toBe(1); // one face width beside the face
    expect(upright(100, 40)).toBe(1); // well above the head
    expect(upright(100 - 170, 150)).toBe(0); // beyond two face widths
    expect(upright(20, 235)).toBe(0); // below the base of the neck
    expect(upright(20, 220)).toBeCloseTo(0.5, 5); // the soft lower edge
  });

  it('turns the head ellipse with a rolled face, keeps the lower edge level', () => {
    // Rolled 45°: the hairline is up and to the image-right of the chin.
    const rolled = besideHead({
      chin: { x: 100, y: 200 },
      hairline: { x: 171, y: 129 },
      faceWidth: 80,
      faceHeight: 100,
    });
    expect(rolled(185, 115)).toBe(0); // the tilted skull, 1.2 face heights up its axis
    expect(upright(185, 115)).toBe(1); // beside an upright head
    expect(rolled(20, 235)).toBe(0);
  });
});
