import { readFile } from 'node:fs/promises';
import { sharpCapture } from '@idphoto/capture-sharp';
import type { FaceAnalyzer, RgbImage, SimilarityStage } from '@idphoto/sdk';
import { CAPTURE, createIdPhoto, FACE_ANALYZER, SIMILARITY } from '@idphoto/sdk';
import { mediapipeFace } from '../src/index.js';
import { fixturePath } from './fixtures.js';

/** One app for a test file: the real capture stage and this plugin (ORT sessions). */
export function createTestApp(): {
  analyzer: FaceAnalyzer;
  similarity: SimilarityStage;
  load(name: string): Promise<RgbImage>;
} {
  const app = createIdPhoto({ plugins: [sharpCapture(), mediapipeFace()] });
  return {
    analyzer: app.resolver.resolve(FACE_ANALYZER),
    similarity: app.resolver.resolve(SIMILARITY),
    async load(name: string): Promise<RgbImage> {
      const bytes = new Uint8Array(await readFile(fixturePath(name)));
      return (await app.resolver.resolve(CAPTURE).load({ bytes })).source.image;
    },
  };
}
