import type { Box, GrayImage, LocalizedText, Rgb } from '../../image/types.js';
import type { SpecDefinition } from '../../spec/spec-definition.schema.js';
import type { SourceImage } from '../capture/contract.js';
import type { FaceAnalysis } from '../face/contract.js';
import type { MattingOutput } from '../matting/contract.js';

/** An encoded, finished photo. */
export interface Photo {
  readonly bytes: Uint8Array;
  readonly format: 'jpeg' | 'png';
  readonly mime: 'image/jpeg' | 'image/png';
  readonly width: number;
  readonly height: number;
  readonly dpi: number;
  /** JPEG quality the encoder settled on. */
  readonly quality?: number;
}

/** Mild retouch (一键美颜) settings; only used when the spec allows `retouch`. */
export interface RetouchOptions {
  /** Skin smoothing strength 0–1 (the render stage picks a default; `render-sharp`: 0.5, capped at 0.6). */
  readonly smoothing?: number;
  /** Auto exposure and white balance on the face (default true). */
  readonly tone?: boolean;
}

/** How the source maps onto the output frame, and where the face will land. */
export interface CropPlan {
  /** Source rectangle mapped onto the whole output (may extend past the source edges). */
  readonly crop: Box;
  /** Output pixels per source pixel. */
  readonly scale: number;
  /** Predicted positions in output pixels. */
  readonly predicted: {
    readonly headTop: number;
    readonly eyeLine: number;
    readonly faceWidth: number;
    readonly centreOffset: number;
    readonly chin: number;
  };
}

/** A limitation the render ran into; surfaced in the report rather than hidden. */
export interface RenderNote {
  /** `source.cut-off`, `source.resolution`, `composition.unreachable`, … */
  readonly rule: string;
  readonly severity: 'warn' | 'fail';
  /** Machine-readable reason (kebab-case), copied to the report item, when the note has several. */
  readonly reason?: string;
  readonly measured: number | string | null;
  readonly expectedText: string;
  readonly message: LocalizedText;
  readonly fix: LocalizedText;
}

/** Input of {@link RenderStage.render}. */
export interface RenderInput {
  readonly source: SourceImage;
  readonly face: FaceAnalysis;
  /** Required unless `mode` is `crop-only`. */
  readonly matte?: MattingOutput;
  readonly spec: SpecDefinition;
  readonly background: Rgb;
  /** `replace-background` composites over `background`; `crop-only` keeps every pixel as shot. */
  readonly mode: 'replace-background' | 'crop-only';
  readonly retouch?: RetouchOptions | false;
  readonly signal?: AbortSignal;
}

/** Output of {@link RenderStage.render}. */
export interface RenderOutput {
  readonly photo: Photo;
  readonly plan: CropPlan;
  readonly notes: readonly RenderNote[];
  /** The subject alpha in output pixels (what was composited), for diagnostics. */
  readonly alpha?: GrayImage;
  readonly timings: Readonly<Record<string, number>>;
}

/** Render stage: crop, composite, retouch and encode to a spec. */
export interface RenderStage {
  readonly id: string;
  render(input: RenderInput): Promise<RenderOutput>;
}
