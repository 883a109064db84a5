import { mediapipeFace } from '@idphoto/face-mediapipe';
import { createIdPhoto, FACE_ANALYZER, type FaceAnalyzeOutput, type RgbImage } from '@idphoto/sdk';

let app: ReturnType<typeof createIdPhoto> | undefined;

/** Analyses pixels with the real face analyzer (`@idphoto/face-mediapipe`, models cached on first use). */
export async function analyze(image: RgbImage, embeddings = false): Promise<FaceAnalyzeOutput> {
  app ??= createIdPhoto({ plugins: [mediapipeFace()] });
  return app.resolver.resolve(FACE_ANALYZER).analyze({ image, embeddings });
}
