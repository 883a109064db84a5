import { defineToken } from '../../plugin/token.js';
import type { FulfillmentProvider } from './contract.js';

/** Fulfillment providers, looked up by id. */
export const FULFILLMENT_PROVIDERS = defineToken<FulfillmentProvider>('fulfillment', 'many');
