import { describe, expect, it } from 'vitest';
import { inferenceSize, MIN_INFERENCE_SIDE } from './inference-crop.js';

describe('inferenceSize', () => {
  it('keeps the aspect with multiples of 32', () => {
    expect(inferenceSize({ x: 0, y: 0, width: 3000, height: 4000 }, 768)).toEqual({
      width: 576,
      height: 768,
    });
    expect(inferenceSize({ x: 5, y: 9, width: 1728, height: 1080 }, 768)).toEqual({
      width: 768,
      height: 480,
    });
  });

  it('never gives the network a side under the minimum', () => {
    const tall = inferenceSize({ x: 0, y: 0, width: 970, height: 2204 }, 768);
    expect(tall).toEqual({ width: MIN_INFERENCE_SIDE, height: 768 });
    expect(inferenceSize({ x: 0, y: 0, width: 480, height: 640 }, 384)).toEqual({ width: 384, height: 384 });
  });
});
