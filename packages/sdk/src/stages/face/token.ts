import { defineToken } from '../../plugin/token.js';
import type { FaceAnalyzer } from './contract.js';

/** The face analysis stage (one per app). */
export const FACE_ANALYZER = defineToken<FaceAnalyzer>('face-analyzer');
