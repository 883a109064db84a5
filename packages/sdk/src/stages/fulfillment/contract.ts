import type { Photo } from '../render/contract.js';

/** One approved photo to fulfil, with the identity fields naming rules may need. */
export interface FulfillmentItem {
  /** Our order id. */
  readonly orderId: string;
  /** Spec the photo was made for. */
  readonly spec: string;
  readonly photo: Photo;
  /**
   * Values for the spec's file-naming placeholders (`studentNo`, `idNumber`, `examNo`, …). These are
   * personal data: providers put them only where the authority requires them, never in logs.
   */
  readonly naming: Readonly<Record<string, string>>;
  /** Authority-side reference, e.g. the 采集码 payload an authorised collector forwards. */
  readonly authorityRef?: string;
}

/** A postal address for printed photos. */
export interface PostalAddress {
  readonly recipient: string;
  readonly phone: string;
  readonly province: string;
  readonly city: string;
  readonly district?: string;
  readonly street: string;
  readonly postcode?: string;
}

/** An artefact a provider produced (a ZIP for an authority, a print sheet, a manifest). */
export interface FulfillmentArtifact {
  readonly fileName: string;
  readonly mime: string;
  readonly bytes: Uint8Array;
}

/** State of a batch delivery to an authority. */
export type BatchState = 'prepared' | 'submitted' | 'accepted' | 'partially-rejected' | 'rejected';

/** A batch of photos delivered to an authority (e.g. CHSI via an authorised collector). */
export interface FulfillmentBatch {
  readonly batchId: string;
  readonly state: BatchState;
  readonly artifacts: readonly FulfillmentArtifact[];
  /** Per item: the file name it got in the batch, and the authority's verdict once known. */
  readonly entries: readonly {
    readonly orderId: string;
    readonly fileName: string;
    readonly state: 'included' | 'accepted' | 'rejected';
    readonly reason?: string;
  }[];
}

/** State of a printed-and-mailed shipment. */
export type ShipmentState =
  | 'created'
  | 'printing'
  | 'shipped'
  | 'in-transit'
  | 'delivered'
  | 'returned'
  | 'cancelled';

/** A tracking event of a shipment. */
export interface ShipmentEvent {
  readonly at: Date;
  readonly state: ShipmentState;
  readonly description: string;
}

/** A print-and-mail shipment. */
export interface Shipment {
  readonly shipmentId: string;
  readonly orderId: string;
  readonly state: ShipmentState;
  readonly carrier?: string;
  readonly trackingNumber?: string;
  /** Print sheets produced for this shipment (e.g. 6-inch paper with cut marks). */
  readonly artifacts: readonly FulfillmentArtifact[];
  readonly events: readonly ShipmentEvent[];
}

/** Delivers photo files to an authority in batches (CHSI export, exam-board uploads). */
export interface BatchFulfillmentProvider {
  readonly id: string;
  readonly mode: 'batch';
  /** Specs whose photos this provider can deliver. */
  readonly specs: readonly string[];
  createBatch(input: {
    readonly batchId: string;
    readonly items: readonly FulfillmentItem[];
  }): Promise<FulfillmentBatch>;
  /** Hands a prepared batch to the authority (or marks it handed over, for manual uploads). */
  submitBatch(input: { readonly batchId: string }): Promise<FulfillmentBatch>;
  getBatch(input: { readonly batchId: string }): Promise<FulfillmentBatch>;
}

/** Prints photos and mails them, with tracking. */
export interface ShipmentFulfillmentProvider {
  readonly id: string;
  readonly mode: 'shipment';
  createShipment(input: {
    readonly orderId: string;
    readonly items: readonly FulfillmentItem[];
    readonly copies: number;
    readonly address: PostalAddress;
    /** Paper, e.g. `6in` (102×152 mm), `5in`, `a4`. */
    readonly paper?: string;
  }): Promise<Shipment>;
  trackShipment(input: { readonly shipmentId: string }): Promise<Shipment>;
  cancelShipment(input: { readonly shipmentId: string }): Promise<Shipment>;
}

/** Any fulfillment provider, discriminated by `mode`. */
export type FulfillmentProvider = BatchFulfillmentProvider | ShipmentFulfillmentProvider;
