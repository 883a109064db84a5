import { defineToken } from '../../plugin/token.js';
import type { RenderStage } from './contract.js';

/** The render stage (one per app). */
export const RENDER = defineToken<RenderStage>('render');
