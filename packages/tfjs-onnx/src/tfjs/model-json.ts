import { tfjsOnnxErrors } from '../errors.js';

/** An attribute value of a TensorFlow `NodeDef`, as tfjs-converter writes it to JSON. */
export interface TfjsAttrValue {
  readonly s?: string;
  readonly i?: string | number;
  readonly f?: number;
  readonly b?: boolean;
  readonly type?: string;
  readonly shape?: TfjsShape;
  readonly list?: {
    readonly s?: readonly string[];
    readonly i?: readonly (string | number)[];
    readonly f?: readonly number[];
    readonly b?: readonly boolean[];
    readonly type?: readonly string[];
  };
}

/** A `TensorShapeProto` in JSON form. */
export interface TfjsShape {
  readonly dim?: readonly { readonly size?: string | number }[];
  readonly unknownRank?: boolean;
}

/** One node of the graph. `input` entries are `name`, `name:index` or `^control`. */
export interface TfjsNodeDef {
  readonly name: string;
  readonly op: string;
  readonly input?: readonly string[];
  readonly attr?: Readonly<Record<string, TfjsAttrValue>>;
}

/** One weight in the manifest, with optional quantization. */
export interface TfjsWeightEntry {
  readonly name: string;
  readonly shape: readonly number[];
  readonly dtype: string;
  readonly quantization?: {
    readonly dtype: string;
    readonly scale?: number;
    readonly min?: number;
    readonly original_dtype?: string;
  };
}

/** A group of weights stored in the shards listed in `paths` (concatenated in order). */
export interface TfjsWeightsGroup {
  readonly paths: readonly string[];
  readonly weights: readonly TfjsWeightEntry[];
}

/** A `SignatureDef`: keys are signature names, `name` the tensor they refer to. */
export interface TfjsSignature {
  readonly inputs?: Readonly<Record<string, { readonly name: string; readonly tensorShape?: TfjsShape }>>;
  readonly outputs?: Readonly<Record<string, { readonly name: string; readonly tensorShape?: TfjsShape }>>;
}

/** The `model.json` of a tfjs graph model. */
export interface TfjsModelJson {
  readonly format?: string;
  readonly generatedBy?: string;
  readonly convertedBy?: string;
  readonly modelTopology: { readonly node: readonly TfjsNodeDef[] };
  readonly weightsManifest: readonly TfjsWeightsGroup[];
  readonly signature?: TfjsSignature;
  readonly userDefinedMetadata?: { readonly signature?: TfjsSignature };
}

/**
 * Parses and checks the parts of a graph-model JSON that the converter relies on.
 * Accepts the JSON text, its UTF-8 bytes or the already-parsed object.
 */
export function parseModelJson(input: TfjsModelJson | string | Uint8Array): TfjsModelJson {
  let value: unknown = input;
  if (typeof input === 'string' || input instanceof Uint8Array) {
    try {
      value = JSON.parse(typeof input === 'string' ? input : new TextDecoder().decode(input));
    } catch (cause) {
      throw tfjsOnnxErrors.create('TFJS_ONNX_INVALID_MODEL', { details: { reason: 'not JSON' }, cause });
    }
  }
  const invalid = (reason: string): never => {
    throw tfjsOnnxErrors.create('TFJS_ONNX_INVALID_MODEL', { details: { reason } });
  };
  if (typeof value !== 'object' || value === null) return invalid('not an object');
  const model = value as Partial<TfjsModelJson>;
  if (model.format !== undefined && model.format !== 'graph-model')
    return invalid(`format "${model.format}"`);
  const nodes = model.modelTopology?.node;
  if (!Array.isArray(nodes)) return invalid('modelTopology.node is missing');
  for (const node of nodes as unknown[]) {
    const n = node as Partial<TfjsNodeDef>;
    if (typeof n?.name !== 'string' || typeof n.op !== 'string') return invalid('a node lacks name or op');
  }
  if (!Array.isArray(model.weightsManifest)) return invalid('weightsManifest is missing');
  for (const group of model.weightsManifest as unknown[]) {
    const g = group as Partial<TfjsWeightsGroup>;
    if (!Array.isArray(g?.paths) || !Array.isArray(g.weights))
      return invalid('a weights group lacks paths or weights');
  }
  return model as TfjsModelJson;
}

/** The signature tfjs-converter uses: `userDefinedMetadata.signature` wins over `signature`. */
export function modelSignature(model: TfjsModelJson): TfjsSignature | undefined {
  return model.userDefinedMetadata?.signature ?? model.signature;
}
