import { definePlugin, type PluginFactory, RENDER } from '@idphoto/sdk';
import { type RenderSharpOptionsInput, RenderSharpOptionsSchema } from './options.js';
import { createSharpRender } from './sharp-render.js';

/** Package name of this plugin. */
export const SHARP_RENDER_PLUGIN = '@idphoto/render-sharp';

/**
 * The render stage on sharp (libvips): solves the crop from landmarks and the matte's head top to
 * the middle of the spec's composition ranges, composites over the spec colour with
 * foreground-colour estimation at the edge, retouches mildly when asked, and encodes a baseline
 * JPEG with the spec's dpi inside its byte range. Limits of the source (cut-off subject, low
 * resolution, unreachable composition, file size) come back as render notes, never hidden.
 *
 * @example
 * ```ts
 * const idphoto = createIdPhoto({
 *   plugins: [sharpCapture(), mediapipeFace(), isnetMatting(), sharpRender({ maxUpscale: 1.5 }), standardValidator(), chsiSpec()],
 * });
 * const { photo, report } = await idphoto.make({ image, spec: 'chsi-graduation', background: 'blue' });
 * ```
 */
export const sharpRender: PluginFactory<RenderSharpOptionsInput> = definePlugin({
  name: SHARP_RENDER_PLUGIN,
  version: '0.1.0',
  sdk: '^0.1.0',
  description: 'Render stage: crop, composite, retouch and encode ID photos to a spec with sharp',
  license: 'MIT',
  provides: ['render'],
  options: RenderSharpOptionsSchema,
  setup(ctx, options) {
    ctx.provide(RENDER, () => createSharpRender(options), { lifetime: 'singleton' });
  },
});
