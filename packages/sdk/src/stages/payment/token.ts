import { defineToken } from '../../plugin/token.js';
import type { PaymentProvider } from './contract.js';

/** Payment providers, looked up by id. */
export const PAYMENT_PROVIDERS = defineToken<PaymentProvider>('payment', 'many');
