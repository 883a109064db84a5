import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { isIdPhotoError } from '@idphoto/sdk';
import { describe, expect, it } from 'vitest';
import { humanModelPath, humanModelsDir } from './human-model-path.js';

describe('humanModelPath', () => {
  it('finds the model JSON files inside @vladmandic/human', () => {
    for (const name of ['blazeface', 'facemesh', 'iris', 'faceres', 'antispoof', 'liveness']) {
      const file = humanModelPath(name);
      expect(path.basename(file)).toBe(`${name}.json`);
      expect(path.dirname(file)).toBe(humanModelsDir());
      expect(existsSync(file)).toBe(true);
    }
    expect(humanModelsDir()).toMatch(/@vladmandic[\\/]human[\\/]models$/);
  });

  it('rejects unknown names and path tricks with TFJS_ONNX_MODEL_NOT_FOUND', () => {
    for (const name of ['no-such-model', '../package', 'models/blazeface', '']) {
      expect(() => humanModelPath(name)).toThrow(
        expect.objectContaining({ code: 'TFJS_ONNX_MODEL_NOT_FOUND' }),
      );
    }
    try {
      humanModelPath('no-such-model');
    } catch (error) {
      expect(isIdPhotoError(error, 'TFJS_ONNX_MODEL_NOT_FOUND')).toBe(true);
    }
  });
});
