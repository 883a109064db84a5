import { sharpCapture } from '@idphoto/capture-sharp';
import { mediapipeFace } from '@idphoto/face-mediapipe';
import { isnetMatting } from '@idphoto/matting-isnet';
import { testCaptureStage, testFaceAnalyzer, testMattingStage } from '../src/index.js';
import { fixture } from './fixtures.js';

// The stage kits run on this repository's own stages (the kits' failure side is proven in
// stage-kits-broken.test.ts).
testCaptureStage(sharpCapture(), { formats: ['jpeg', 'png', 'webp', 'avif', 'tiff', 'gif'] });

testFaceAnalyzer(mediapipeFace(), {
  portraits: [await fixture('hv_white_shirt_plain_bg.jpg'), await fixture('a01_obama_enrol_flags.jpg')],
  noFaces: [await fixture('hsd155_statue_no_face.jpg'), await fixture('exif6_no_face_recurser.jpg')],
});

testMattingStage(isnetMatting(), {
  portraits: [await fixture('hv_white_shirt_plain_bg.jpg')],
  companions: [mediapipeFace()],
});
