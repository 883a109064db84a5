import type { Box, GrayImage, Point, RgbImage } from '../../image/types.js';
import type { FaceAnalysis } from '../face/contract.js';

/** Input of {@link MattingStage.matte}. */
export interface MattingInput {
  readonly image: RgbImage;
  /**
   * The face the subject is identified by. The matte keeps only the person connected to it
   * (other people, chairs and poles are dropped). Without it, the largest central person is kept.
   */
  readonly face?: FaceAnalysis;
  /**
   * Restrict the matte to this region of the image (source pixels). The pipeline passes the
   * area the render will use, which keeps 12 MP photos fast. Default: the whole image.
   */
  readonly region?: Box;
  /**
   * Resolution of the returned alpha relative to the source (0 < scale ≤ 1, default 1 = source
   * resolution). The pipeline asks for about twice the output resolution, not 12 MP it would discard.
   */
  readonly scale?: number;
  /** `fast` trades edge detail for speed (used when validating a small finished photo). */
  readonly quality?: 'best' | 'fast';
  readonly signal?: AbortSignal;
}

/** A subject matte at source resolution. */
export interface MattingOutput {
  /** Alpha 0–255 covering `region`, at `scale` × its size (source resolution when `scale` is 1). */
  readonly alpha: GrayImage;
  /** Where `alpha` sits in the source image (source pixels). */
  readonly region: Box;
  /** Alpha pixels per source pixel. */
  readonly scale: number;
  /** Bounding box of the kept subject, source pixels. */
  readonly subjectBox: Box;
  /**
   * Top of the head (top of the hair), found by walking up the chin→forehead axis in the matte.
   * Absent when no face was given.
   */
  readonly headTop?: Point;
  /** Which sides of `region` the subject touches (cut off by the frame). */
  readonly touches: {
    readonly top: boolean;
    readonly left: boolean;
    readonly right: boolean;
    readonly bottom: boolean;
  };
  readonly timings: Readonly<Record<string, number>>;
}

/** Matting stage: separates the main subject from everything else. */
export interface MattingStage {
  readonly id: string;
  matte(input: MattingInput): Promise<MattingOutput>;
  warmup?(): Promise<void>;
}
