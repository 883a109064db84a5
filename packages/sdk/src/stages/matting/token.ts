import { defineToken } from '../../plugin/token.js';
import type { MattingStage } from './contract.js';

/** The matting stage (one per app). */
export const MATTING = defineToken<MattingStage>('matting');
