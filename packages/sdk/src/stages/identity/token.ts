import { defineToken } from '../../plugin/token.js';
import type { IdentitySource } from './contract.js';

/** Identity sources, looked up by id. */
export const IDENTITY_SOURCES = defineToken<IdentitySource>('identity', 'many');
