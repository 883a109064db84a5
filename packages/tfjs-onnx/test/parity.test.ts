import * as ort from 'onnxruntime-node';
import { afterAll, describe, expect, it } from 'vitest';
import { convertTfjsGraph, humanModelPath } from '../src/index.js';
import { fixturePhoto, photoInput, seededUniform } from './helpers/fixtures.js';
import {
  asModelInput,
  compareOutputs,
  MODEL_CASES,
  ortInput,
  PARITY_PHOTO,
  parityTolerance,
} from './helpers/model-cases.js';
import { loadTfjsReference, readTfjsModel } from './helpers/tfjs-reference.js';

const report: string[] = [];

describe.each(MODEL_CASES)('$name: converted ONNX vs tfjs-wasm', (model) => {
  it('agrees on a seeded random input and on a real face photo', async () => {
    const { json, weights } = await readTfjsModel(humanModelPath(model.name));
    const reference = await loadTfjsReference(json, weights);
    const shape = [1, model.size, model.size, model.channels];
    const onnx = convertTfjsGraph({
      modelJson: json,
      weights,
      inputShapes: { [reference.inputName]: shape },
    });
    const session = await ort.InferenceSession.create(onnx, { intraOpNumThreads: 2 });
    expect(session.inputNames).toEqual([reference.inputName]);
    expect(session.outputNames).toEqual(reference.outputNames);

    const inputs = {
      random: asModelInput(
        model,
        seededUniform(
          shape.reduce((a, b) => a * b, 1),
          20240601,
          model.range[0],
          model.range[1],
        ),
      ),
      photo: asModelInput(
        model,
        await photoInput(fixturePhoto(PARITY_PHOTO), model.region, model.size, model.range, model.channels),
      ),
    };
    for (const [label, input] of Object.entries(inputs)) {
      const expected = await reference.run(input, shape);
      const actual = await session.run({ [reference.inputName]: ortInput(input, shape) });
      reference.outputNames.forEach((name, i) => {
        const out = actual[name];
        const want = expected[i];
        if (!out || !want) throw new Error(`missing output ${name}`);
        const { maxAbsDiff, maxAbs } = compareOutputs(out.data as Float32Array, want);
        report.push(
          `${model.name} ${label} ${name}: max |diff| ${maxAbsDiff.toExponential(2)} (max |x| ${maxAbs.toFixed(3)})`,
        );
        expect(maxAbsDiff, `${model.name} ${label} ${name}`).toBeLessThanOrEqual(
          parityTolerance(maxAbs, model.relativeTolerance),
        );
        expect(maxAbs, `${model.name} ${label} ${name} is not all zeros`).toBeGreaterThan(0);
      });
    }
    await session.release();
  });
});

describe.each(MODEL_CASES.filter((m) => m.dynamicBatch))('$name: dynamic batch', (model) => {
  it('keeps the batch dimension free and agrees with tfjs on a batch of 2', async () => {
    const { json, weights } = await readTfjsModel(humanModelPath(model.name));
    const reference = await loadTfjsReference(json, weights);
    const session = await ort.InferenceSession.create(convertTfjsGraph({ modelJson: json, weights }), {
      intraOpNumThreads: 2,
    });
    const shape = [2, model.size, model.size, model.channels];
    const input = seededUniform(
      shape.reduce((a, b) => a * b, 1),
      99,
      model.range[0],
      model.range[1],
    );
    const expected = await reference.run(input, shape);
    const actual = await session.run({ [reference.inputName]: ortInput(input, shape) });
    reference.outputNames.forEach((name, i) => {
      const out = actual[name];
      const want = expected[i];
      if (!out || !want) throw new Error(`missing output ${name}`);
      expect(out.dims[0]).toBe(2);
      const { maxAbsDiff, maxAbs } = compareOutputs(out.data as Float32Array, want);
      report.push(
        `${model.name} batch-2 ${name}: max |diff| ${maxAbsDiff.toExponential(2)} (max |x| ${maxAbs.toFixed(3)})`,
      );
      expect(maxAbsDiff, `${model.name} batch-2 ${name}`).toBeLessThanOrEqual(
        parityTolerance(maxAbs, model.relativeTolerance),
      );
    });
    await session.release();
  });
});

afterAll(() => {
  console.info(`Parity (ONNX Runtime vs tfjs-wasm):\n${report.join('\n')}`);
});
