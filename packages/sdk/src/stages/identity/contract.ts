/** A credential a student presents to prove their record. */
export type IdentityCredential =
  /** A CHSI 图像采集码 image (QR screenshot or saved picture). */
  | { readonly kind: 'chsi-collection-code-image'; readonly image: Uint8Array }
  /** The text decoded from a 采集码, when the client decoded it already. */
  | { readonly kind: 'chsi-collection-code-text'; readonly text: string };

/** A verified student record. Personal fields are already masked by the source. */
export interface Identity {
  /** Identity source id that produced it. */
  readonly source: string;
  /** Stable id of the record within the source (CHSI unique id). */
  readonly subjectId: string;
  readonly school: { readonly name: string; readonly code: string };
  /** 院校类别, e.g. 普通高校, 成人高校. */
  readonly schoolCategory?: string;
  /** 层次, e.g. 本科, 专科. */
  readonly level?: string;
  readonly major?: string;
  /** Masked name, e.g. 王*丽. */
  readonly maskedName: string;
  /** Masked ID number, e.g. *****10111. */
  readonly maskedIdNumber: string;
  readonly studentNo?: string;
  readonly graduationYear?: number;
  /** Enrolment photo (入学照片) for the similarity check, when the source has one. */
  readonly enrolmentPhoto?: Uint8Array;
  /** The raw credential payload to forward with the photo (opaque to us). */
  readonly forwardPayload?: string;
}

/** Identity source stage: credential in, verified record out. */
export interface IdentitySource {
  readonly id: string;
  /** Credential kinds this source accepts. */
  readonly accepts: readonly IdentityCredential['kind'][];
  resolve(input: {
    readonly credential: IdentityCredential;
    readonly signal?: AbortSignal;
  }): Promise<{ readonly identity: Identity }>;
}
