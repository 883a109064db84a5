import { compositionInPixels } from '@idphoto/sdk';
import { describe, expect, it } from 'vitest';
import { chsiGraduation } from './chsi-graduation.js';

describe('chsi-graduation', () => {
  it('carries the 99号 numbers', () => {
    const s = chsiGraduation;
    expect([s.canvas.width, s.canvas.height, s.canvas.dpi]).toEqual([480, 640, 300]);
    expect(s.file).toMatchObject({ format: 'jpeg', baseline: true, minQuality: 60, colourDepth: 24 });
    expect(s.file.bytes).toEqual({ min: 20_480, max: 40_960 });
    expect(s.background.options.map((o) => [o.id, o.rgb])).toEqual([
      ['blue', [100, 197, 255]],
      ['white', [255, 255, 255]],
      ['grey', [240, 240, 240]],
    ]);
    expect(s.background.default).toBe('blue');
    const c = compositionInPixels(s, 480, 640);
    expect(c.headTop).toEqual({ min: 50, max: 110 });
    expect(c.eyeLine).toEqual({ min: 200, max: 300 });
    expect(c.faceWidth).toEqual({ min: 180, max: 300 });
  });

  it('allows background replacement and mild retouch only', () => {
    expect(chsiGraduation.edits).toBe('retouch');
  });

  it('checks what the CHSI portal checks (eye %, pupil angle, head top, sharpness, black edge)', () => {
    const ids = chsiGraduation.rules.map((r) => r.id);
    for (const id of [
      'composition.eye-line',
      'pose.roll',
      'composition.head-top',
      'quality.sharpness',
      'background.black-edge',
    ]) {
      expect(ids).toContain(id);
    }
  });
});
