import { defineToken } from '../../plugin/token.js';
import type { CaptureStage } from './contract.js';

/** The capture stage (one per app). */
export const CAPTURE = defineToken<CaptureStage>('capture');
