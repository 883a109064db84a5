import { isIdPhotoError } from '@idphoto/sdk';
import * as ort from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import { attr, GraphBuilder } from '../../test/helpers/graph-builder.js';
import { convertTfjsGraph } from './convert-tfjs-graph.js';

function smallGraph(batch: number): GraphBuilder {
  const g = new GraphBuilder();
  g.placeholder('image', [batch, 4, 4, 3]);
  g.op('conv', 'Conv2D', ['image', g.randomConst('w', [1, 1, 3, 2])], {
    data_format: attr.s('NHWC'),
    strides: attr.ints([1, 1, 1, 1]),
    padding: attr.s('VALID'),
  });
  g.op('scores', 'Sigmoid', ['conv']);
  g.op('Identity', 'Identity', ['conv']);
  return g;
}

describe('convertTfjsGraph', () => {
  it('names inputs and outputs as tfjs does and keeps NHWC shapes', async () => {
    const { json, weights } = smallGraph(-1).build();
    const session = await ort.InferenceSession.create(convertTfjsGraph({ modelJson: json, weights }));
    expect(session.inputNames).toEqual(['image']);
    expect(session.outputNames).toEqual(['scores', 'Identity']);
    const x = new ort.Tensor('float32', new Float32Array(2 * 4 * 4 * 3).fill(1), [2, 4, 4, 3]);
    const out = await session.run({ image: x });
    expect(out.scores?.dims).toEqual([2, 4, 4, 2]);
    expect(out.Identity?.dims).toEqual([2, 4, 4, 2]);
  });

  it('pins a dynamic batch with inputShapes', async () => {
    const { json, weights } = smallGraph(-1).build();
    const onnx = convertTfjsGraph({
      modelJson: JSON.stringify(json),
      weights,
      inputShapes: { image: [1, 4, 4, 3] },
    });
    const session = await ort.InferenceSession.create(onnx);
    const two = new ort.Tensor('float32', new Float32Array(2 * 4 * 4 * 3), [2, 4, 4, 3]);
    await expect(session.run({ image: two })).rejects.toThrow(/dimension|shape/i);
    const one = new ort.Tensor('float32', new Float32Array(4 * 4 * 3), [1, 4, 4, 3]);
    expect((await session.run({ image: one })).scores?.dims).toEqual([1, 4, 4, 2]);
  });

  it('rejects inputShapes that do not fit the model with TFJS_ONNX_INVALID_OPTIONS', () => {
    const { json, weights } = smallGraph(-1).build();
    const invalid = expect.objectContaining({ code: 'TFJS_ONNX_INVALID_OPTIONS' });
    expect(() =>
      convertTfjsGraph({ modelJson: json, weights, inputShapes: { input_1: [1, 4, 4, 3] } }),
    ).toThrow(invalid);
    expect(() => convertTfjsGraph({ modelJson: json, weights, inputShapes: { image: [1, 4, 4] } })).toThrow(
      invalid,
    );
    expect(() =>
      convertTfjsGraph({ modelJson: json, weights, inputShapes: { image: [1, 5, 4, 3] } }),
    ).toThrow(invalid);
    expect(() =>
      convertTfjsGraph({ modelJson: json, weights, inputShapes: { image: [0, 4, 4, 3] } }),
    ).toThrow(invalid);
    expect(() =>
      convertTfjsGraph({ modelJson: json, weights, inputShapes: { image: [2, 4, 4, 3] } }),
    ).not.toThrow();
  });

  it('uses the signature for names and order when the model has one', async () => {
    const { json, weights } = smallGraph(1).build();
    const signed = {
      ...json,
      signature: {
        inputs: { pixels: { name: 'image:0' } },
        outputs: { embedding: { name: 'conv:0' }, probability: { name: 'scores:0' } },
      },
    };
    const session = await ort.InferenceSession.create(convertTfjsGraph({ modelJson: signed, weights }));
    expect(session.inputNames).toEqual(['pixels']);
    expect(session.outputNames).toEqual(['embedding', 'probability']);
  });

  it('orders several inputs as tfjs does, not as the graph walk meets them', async () => {
    const g = new GraphBuilder();
    g.placeholder('b', [1, 2]);
    g.placeholder('a', [1, 2]);
    g.op('sum', 'AddV2', ['a', 'b']);
    const { json, weights } = g.build();
    const session = await ort.InferenceSession.create(convertTfjsGraph({ modelJson: json, weights }));
    expect(session.inputNames).toEqual(['b', 'a']);
    const signed = { ...json, signature: { inputs: { first: { name: 'a:0' }, second: { name: 'b:0' } } } };
    const resigned = await ort.InferenceSession.create(convertTfjsGraph({ modelJson: signed, weights }));
    expect(resigned.inputNames).toEqual(['first', 'second']);
  });

  it('lists every unsupported op in TFJS_ONNX_UNSUPPORTED_OP', () => {
    const g = smallGraph(1);
    g.op('a', 'Cumsum', ['scores', g.const('axis', [1], [], 'int32')]);
    g.op('b', 'Atan2', ['a', 'a']);
    g.op('unused', 'Erf', ['image']);
    const { json, weights } = g.build();
    try {
      convertTfjsGraph({ modelJson: json, weights });
      expect.unreachable('conversion should fail');
    } catch (error) {
      expect(isIdPhotoError(error, 'TFJS_ONNX_UNSUPPORTED_OP')).toBe(true);
      // Erf is reachable only from its own output, so it is listed too: every graph output is converted.
      expect((error as { details: { ops: string[] } }).details.ops).toEqual(['Atan2', 'Cumsum', 'Erf']);
    }
  });

  it('reports a while-loop through its control-flow ops', () => {
    const g = new GraphBuilder();
    g.placeholder('x', [1]);
    g.op('enter', 'Enter', ['x']);
    g.op('merge', 'Merge', ['enter', 'next']);
    g.op('body', 'Relu', ['merge']);
    g.op('next', 'NextIteration', ['body']);
    g.op('exit', 'Exit', ['body']);
    const { json, weights } = g.build();
    expect(() => convertTfjsGraph({ modelJson: json, weights })).toThrow(
      expect.objectContaining({
        code: 'TFJS_ONNX_UNSUPPORTED_OP',
        details: { ops: ['Enter', 'Exit', 'Merge', 'NextIteration'] },
      }),
    );
  });

  it('reports attribute combinations it cannot translate', () => {
    const g = new GraphBuilder();
    g.placeholder('x', [1, 4, 4, 2]);
    g.op('y', 'MirrorPad', ['x', g.const('p', [0, 0, 1, 1, 1, 1, 0, 0], [4, 2], 'int32')], {
      mode: attr.s('SYMMETRIC'),
    });
    const { json, weights } = g.build();
    expect(() => convertTfjsGraph({ modelJson: json, weights })).toThrow(
      expect.objectContaining({ code: 'TFJS_ONNX_UNSUPPORTED_ATTRIBUTE' }),
    );
  });

  it('rejects JSON that is not a graph model with TFJS_ONNX_INVALID_MODEL', () => {
    const invalid = expect.objectContaining({ code: 'TFJS_ONNX_INVALID_MODEL' });
    const weights = new Uint8Array();
    expect(() => convertTfjsGraph({ modelJson: 'not json', weights })).toThrow(invalid);
    expect(() => convertTfjsGraph({ modelJson: '{"format":"layers-model"}', weights })).toThrow(invalid);
    expect(() => convertTfjsGraph({ modelJson: '{"modelTopology":{}}', weights })).toThrow(invalid);
    const g = new GraphBuilder();
    g.placeholder('x', [1, 2]);
    g.op('y', 'Relu', ['missing']);
    const { json } = g.build();
    expect(() => convertTfjsGraph({ modelJson: json, weights })).toThrow(invalid);
  });
});
