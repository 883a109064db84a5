import type { StandardRule } from '../engine/standard-rule.js';
import { backgroundBlackEdge } from './background-black-edge.js';
import { backgroundColour } from './background-colour.js';
import { backgroundUniformity } from './background-uniformity.js';
import {
  compositionChinBottom,
  compositionEyeDistance,
  compositionEyeLine,
  compositionFaceWidth,
  compositionHeadHeight,
  compositionHeadTop,
} from './composition.js';
import { compositionCentring } from './composition-centring.js';
import { compositionCutOff } from './composition-cut-off.js';
import { faceCount } from './face-count.js';
import { faceEarsVisible, faceEyesOpen, faceMouthClosed } from './face-features.js';
import { fileColourDepth } from './file-colour-depth.js';
import { fileDimensions } from './file-dimensions.js';
import { fileDpi } from './file-dpi.js';
import { fileFormat } from './file-format.js';
import { fileMetadata } from './file-metadata.js';
import { fileQuality } from './file-quality.js';
import { fileSize } from './file-size.js';
import { lightingFaceBalance } from './lighting-face-balance.js';
import { posePitch, poseRoll, poseYaw } from './pose.js';
import { qualityExposure } from './quality-exposure.js';
import { qualitySharpness } from './quality-sharpness.js';

/** Every built-in rule, in the order the README documents them. */
export const BUILT_IN_RULES: readonly StandardRule[] = Object.freeze([
  fileFormat,
  fileDimensions,
  fileSize,
  fileDpi,
  fileColourDepth,
  fileQuality,
  fileMetadata,
  faceCount,
  compositionHeadTop,
  compositionEyeLine,
  compositionFaceWidth,
  compositionCentring,
  compositionHeadHeight,
  compositionChinBottom,
  compositionEyeDistance,
  compositionCutOff,
  poseRoll,
  poseYaw,
  posePitch,
  faceEyesOpen,
  faceMouthClosed,
  faceEarsVisible,
  backgroundColour,
  backgroundUniformity,
  backgroundBlackEdge,
  qualitySharpness,
  qualityExposure,
  lightingFaceBalance,
]);

/** Ids of the built-in rules (for spec conformance kits: `testSpecPlugin(…, { knownRules })`). */
export const BUILT_IN_RULE_IDS: readonly string[] = Object.freeze(BUILT_IN_RULES.map((r) => r.id));
