import { defineToken } from '../../plugin/token.js';
import type { SimilarityStage } from './contract.js';

/** The similarity stage (one per app). */
export const SIMILARITY = defineToken<SimilarityStage>('similarity');
