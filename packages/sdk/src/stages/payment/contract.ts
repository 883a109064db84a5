/** An amount of money in the smallest unit (fen for CNY). Never a float of yuan. */
export interface Money {
  /** Integer, > 0, in minor units (fen). */
  readonly total: number;
  /** ISO 4217; `CNY` for domestic WeChat Pay merchants. */
  readonly currency: string;
}

/** Where the payer pays. */
export type PaymentChannel =
  /** WeChat mini-program or in-WeChat H5 (needs `payer.openid`). */
  | 'jsapi'
  /** Phone browser outside WeChat (needs `clientIp`). */
  | 'h5'
  /** QR code shown on a desktop page. */
  | 'native';

/** Input of {@link PaymentProvider.createPayment}. */
export interface CreatePaymentInput {
  /** Our order attempt number (`out_trade_no`): unique per merchant, 6–32 chars of `[0-9A-Za-z_-]`. */
  readonly orderNo: string;
  readonly amount: Money;
  /** Goods text shown on the payer's bill (≤ 127 chars). */
  readonly description: string;
  readonly channel: PaymentChannel;
  /** Required for `jsapi`: the payer's openid under the same app id. */
  readonly payer?: { readonly openid: string };
  /** Required for `h5`: the payer's IP as seen by our server. */
  readonly clientIp?: string;
  /** After this instant the order can no longer be paid. */
  readonly expiresAt?: Date;
  /** Opaque text echoed back in notifications (≤ 128 chars). */
  readonly attach?: string;
  /** Public https URL the provider notifies; providers may have a configured default. */
  readonly notifyUrl?: string;
}

/** What the client needs to open the cashier. */
export type PaymentInvocation =
  /** `wx.requestPayment` parameters, already signed; pass them through unchanged. */
  | {
      readonly kind: 'jsapi';
      readonly params: {
        readonly appId: string;
        readonly timeStamp: string;
        readonly nonceStr: string;
        readonly package: string;
        readonly signType: 'RSA';
        readonly paySign: string;
      };
    }
  /** Redirect the browser here (valid a few minutes). */
  | { readonly kind: 'h5'; readonly url: string }
  /** Render this as a QR code. */
  | { readonly kind: 'native'; readonly codeUrl: string }
  /** Test providers: the payment completes without a cashier. */
  | { readonly kind: 'none' };

/** Output of {@link PaymentProvider.createPayment}. */
export interface CreatePaymentOutput {
  readonly orderNo: string;
  /** Provider handle for the pending payment (e.g. WeChat `prepay_id`), valid until `validUntil`. */
  readonly prepayId?: string;
  readonly validUntil?: Date;
  readonly invocation: PaymentInvocation;
}

/** Normalised payment state across providers. */
export type PaymentState = 'pending' | 'paying' | 'paid' | 'refunded' | 'closed' | 'failed';

/** A payment as the provider reports it (query answer or verified notification). */
export interface PaymentTransaction {
  readonly orderNo: string;
  /** Provider transaction id, set once paid. */
  readonly transactionId?: string;
  readonly state: PaymentState;
  /** Provider state verbatim (e.g. `SUCCESS`, `NOTPAY`). */
  readonly providerState: string;
  /** What we asked for. */
  readonly amount: Money;
  /** What the payer actually paid after coupons. */
  readonly payerTotal?: number;
  readonly paidAt?: Date;
  readonly attach?: string;
  /** App and merchant the transaction belongs to; callers check they are their own. */
  readonly appId?: string;
  readonly merchantId?: string;
}

/** Refund state across providers. */
export type RefundState = 'processing' | 'succeeded' | 'closed' | 'abnormal';

/** A refund as the provider reports it. */
export interface RefundRecord {
  readonly refundNo: string;
  readonly orderNo: string;
  readonly refundId?: string;
  readonly state: RefundState;
  readonly providerState: string;
  readonly amount: { readonly refund: number; readonly total: number; readonly currency: string };
  readonly succeededAt?: Date;
  /** Where the money went, e.g. "支付用户零钱". */
  readonly receivedAccount?: string;
}

/** Input of {@link PaymentProvider.verifyNotification}: the raw HTTP request, untouched. */
export interface PaymentNotificationInput {
  /** Header names lower-cased. */
  readonly headers: Readonly<Record<string, string>>;
  /** The exact body bytes as received (signatures cover them byte for byte). */
  readonly body: string;
}

/** A verified, decrypted notification. */
export type PaymentNotification =
  | {
      readonly kind: 'payment';
      readonly eventId: string;
      readonly eventType: string;
      readonly transaction: PaymentTransaction;
    }
  | {
      readonly kind: 'refund';
      readonly eventId: string;
      readonly eventType: string;
      readonly refund: RefundRecord;
    };

/** Input of {@link PaymentProvider.refund}. */
export interface RefundInput {
  readonly orderNo: string;
  /** Idempotency key: the same refund number refunds at most once; retry failures with the same number. */
  readonly refundNo: string;
  readonly amount: { readonly refund: number; readonly total: number; readonly currency: string };
  /** Shown to the payer (≤ 80 chars). */
  readonly reason?: string;
  readonly notifyUrl?: string;
}

/**
 * A payment provider (WeChat Pay API v3, a mock, …). Amounts are integer minor units.
 * `verifyNotification` must check the signature before decrypting and throw `PAYMENT_*` codes for
 * forged, stale or undecryptable requests; it has no side effects, so duplicates are harmless.
 */
export interface PaymentProvider {
  readonly id: string;
  /** Channels this provider supports. */
  readonly channels: readonly PaymentChannel[];
  createPayment(input: CreatePaymentInput): Promise<CreatePaymentOutput>;
  verifyNotification(input: PaymentNotificationInput): Promise<PaymentNotification>;
  queryPayment(
    input: { readonly orderNo: string } | { readonly transactionId: string },
  ): Promise<PaymentTransaction>;
  /** Stops a pending payment (before re-ordering under a new number, or when our window ends). */
  closePayment(input: { readonly orderNo: string }): Promise<{ readonly closed: true }>;
  refund(input: RefundInput): Promise<RefundRecord>;
  queryRefund(input: { readonly refundNo: string }): Promise<RefundRecord>;
}
