import { createIdPhoto, FACE_ANALYZER, isIdPhotoError, SIMILARITY } from '@idphoto/sdk';
import { describe, expect, it } from 'vitest';
import { mediapipeFace } from './plugin.js';

describe('mediapipeFace', () => {
  it('fills documented defaults', () => {
    const plugin = mediapipeFace();
    expect(plugin.options).toMatchObject({
      minConfidence: 0.5,
      maxFaces: 10,
      minFaceSize: 16,
      similarityThreshold: 60,
    });
    expect(plugin.provides).toEqual(['face-analyzer', 'similarity']);
  });

  it('rejects invalid options with SDK_PLUGIN_INVALID_OPTIONS', () => {
    for (const bad of [{ minConfidence: 2 }, { maxFaces: 0 }, { threads: 1.5 }, { minFaceSize: 'big' }]) {
      let error: unknown;
      try {
        mediapipeFace(bad as never);
      } catch (e) {
        error = e;
      }
      expect(isIdPhotoError(error, 'SDK_PLUGIN_INVALID_OPTIONS')).toBe(true);
    }
  });

  it('provides the face analyzer and the similarity stage without loading any model', () => {
    const app = createIdPhoto({ plugins: [mediapipeFace({ minConfidence: 0.6 })] });
    expect(app.resolver.resolve(FACE_ANALYZER).id).toBe('mediapipe');
    expect(app.resolver.resolve(SIMILARITY).id).toBe('faceres-cosine');
    expect(app.resolver.resolve(FACE_ANALYZER)).toBe(app.resolver.resolve(FACE_ANALYZER));
  });
});
