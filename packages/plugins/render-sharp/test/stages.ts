import { sharpCapture } from '@idphoto/capture-sharp';
import { mediapipeFace } from '@idphoto/face-mediapipe';
import {
  CAPTURE,
  createIdPhoto,
  FACE_ANALYZER,
  type FaceAnalysis,
  type IdPhoto,
  primaryFace,
  type SourceImage,
} from '@idphoto/sdk';
import { fixtureBytes } from './fixtures.js';

let analysisApp: IdPhoto | undefined;

/** Capture + face analysis with the real plugins (models load once per test file). */
export function analysisStages(): IdPhoto {
  analysisApp ??= createIdPhoto({ plugins: [sharpCapture(), mediapipeFace({ threads: 1 })] });
  return analysisApp;
}

/** Decodes a fixture with the capture stage and finds its single subject face. */
export async function sourceAndFace(
  photo: string | Uint8Array,
  embeddings = false,
): Promise<{ source: SourceImage; face: FaceAnalysis }> {
  const app = analysisStages();
  const bytes = typeof photo === 'string' ? fixtureBytes(photo) : photo;
  const name = typeof photo === 'string' ? photo : 'the photo';
  const { source } = await app.resolver.resolve(CAPTURE).load({ bytes });
  const analysis = await app.resolver.resolve(FACE_ANALYZER).analyze({ image: source.image, embeddings });
  const main = primaryFace(analysis.faces);
  if (main.kind !== 'one') throw new Error(`expected one face in ${name}, found ${main.kind}`);
  return { source, face: main.face };
}
