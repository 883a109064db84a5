import { CAPTURE, definePlugin, type PluginFactory } from '@idphoto/sdk';
import { createCaptureStage } from './capture-stage.js';
import { type SharpCaptureOptionsInput, SharpCaptureOptionsSchema } from './options.js';

/** Package name of this plugin. */
export const SHARP_CAPTURE_PLUGIN = '@idphoto/capture-sharp';

/**
 * The capture stage on sharp (libvips): sniffs the format from the bytes, refuses empty, oversize,
 * non-image, truncated, corrupt, too-small and decompression-bomb uploads with distinct `CAPTURE_*`
 * codes, and returns an upright, sRGB, 8-bit RGB image with alpha flattened onto white and no metadata.
 * Decodes JPEG, PNG, WebP, AVIF, TIFF, GIF (first frame) and HEIC/HEIF (through `heic-decode`).
 *
 * @example
 * ```ts
 * import { createIdPhoto } from '@idphoto/sdk';
 * import { sharpCapture } from '@idphoto/capture-sharp';
 *
 * const idphoto = createIdPhoto({ plugins: [sharpCapture({ maxBytes: 15 * 1024 * 1024 }), …otherStages] });
 * ```
 */
export const sharpCapture: PluginFactory<SharpCaptureOptionsInput> = definePlugin({
  name: SHARP_CAPTURE_PLUGIN,
  version: '0.1.0',
  sdk: '^0.1.0',
  description: 'Capture stage: sniffs, decodes, orients and normalises uploaded photos with sharp',
  license: 'MIT',
  components: [
    { name: 'sharp / libvips', license: 'Apache-2.0 AND LGPL-3.0-or-later', source: 'npm:sharp' },
    {
      name: 'heic-decode / libheif-js',
      license: 'ISC AND LGPL-3.0',
      source: 'npm:heic-decode',
      note: 'Loaded only for HEIC/HEIF uploads; disable with { heic: false }.',
    },
  ],
  provides: ['capture'],
  options: SharpCaptureOptionsSchema,
  setup(ctx, options) {
    ctx.provide(CAPTURE, () => createCaptureStage(options), { lifetime: 'singleton' });
  },
});
