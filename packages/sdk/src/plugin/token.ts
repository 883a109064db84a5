/**
 * A typed DI token. `single` tokens hold exactly one implementation (one matting stage per app);
 * `many` tokens hold a collection looked up by `id` (specs, payment providers, fulfillment).
 */
export interface StageToken<T> {
  /** Capability name used in plugin manifests (`provides`, `requires`), e.g. `matting` or `spec`. */
  readonly name: string;
  readonly symbol: symbol;
  readonly cardinality: 'single' | 'many';
  /** Optional check run on every provided value when its plugin registers (throws on invalid). */
  validate?(value: T, id: string | undefined): void;
  /** Phantom field that carries `T`; never set at run time. */
  readonly __type?: T;
}

/**
 * Declares a token. Stage tokens live in the SDK; plugins may declare their own for extensions.
 *
 * @example
 * ```ts
 * export const MATTING = defineToken<MattingStage>('matting', 'single');
 * ```
 */
export function defineToken<T>(
  name: string,
  cardinality: 'single' | 'many' = 'single',
  validate?: (value: T, id: string | undefined) => void,
): StageToken<T> {
  if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new TypeError(`Token name "${name}" must be kebab-case`);
  return Object.freeze({
    name,
    symbol: Symbol.for(`@idphoto/token/${name}`),
    cardinality,
    ...(validate ? { validate } : {}),
  });
}

/** The capability string a provision stands for: `matting`, or `spec:chsi-graduation` for collections. */
export function capabilityOf(token: StageToken<unknown>, id?: string): string {
  return token.cardinality === 'many' ? `${token.name}:${id ?? ''}` : token.name;
}

/** Read access to what plugins provided. Handed to every factory and to the orchestrator. */
export interface Resolver {
  /** The implementation of a `single` token; throws `SDK_STAGE_MISSING` when none is registered. */
  resolve<T>(token: StageToken<T>): T;
  /** Whether a `single` token has an implementation, or a `many` token has at least one. */
  has(token: StageToken<unknown>): boolean;
  /** Every member of a `many` token, in registration order. */
  resolveAll<T extends { readonly id: string }>(token: StageToken<T>): readonly T[];
  /** One member of a `many` token by id; throws `SDK_NOT_FOUND` with the known ids in `details`. */
  getById<T extends { readonly id: string }>(token: StageToken<T>, id: string): T;
}
