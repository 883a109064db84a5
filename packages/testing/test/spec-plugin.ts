import { sharpCapture } from '@idphoto/capture-sharp';
import { mediapipeFace } from '@idphoto/face-mediapipe';
import { isnetMatting } from '@idphoto/matting-isnet';
import { sharpRender } from '@idphoto/render-sharp';
import { definePlugin, type IdPhotoPlugin, SPECS, type SpecDefinition } from '@idphoto/sdk';
import { standardValidator } from '@idphoto/validator-standard';

/** Wraps specs in a spec plugin, as a third-party package would. */
export function specPlugin(...specs: SpecDefinition[]): IdPhotoPlugin {
  return definePlugin({
    name: `idphoto-plugin-spec-${specs[0]!.id}`,
    version: '1.0.0',
    sdk: '^0.1.0',
    provides: specs.map((s) => `spec:${s.id}`),
    setup(ctx) {
      for (const spec of specs) ctx.provide(SPECS, () => spec, { id: spec.id });
    },
  })();
}

/** Every stage a spec needs to make a photo: capture, face analysis, matting, render, validator. */
export function stagePlugins(): IdPhotoPlugin[] {
  return [sharpCapture(), mediapipeFace(), isnetMatting(), sharpRender(), standardValidator()];
}
