import { compositionInPixels } from '@idphoto/sdk';
import { describe, expect, it } from 'vitest';
import { adultCollegeEntrance } from './adult-college.js';
import { cet } from './cet.js';
import { civilService } from './civil-service.js';
import { kaoyan } from './kaoyan.js';
import { ncre } from './ncre.js';
import { ntce } from './ntce.js';
import { putonghua } from './putonghua.js';

describe('exam photos', () => {
  it('CET and NCRE: 20–200 KB, at least 144×192 accepted, 成像区 1/10 and 7/10 inside the ranges', () => {
    for (const s of [cet, ncre]) {
      expect(s.file.bytes).toEqual({ min: 20_480, max: 200_000 });
      expect(s.canvas.accept).toMatchObject({ minWidth: 144, minHeight: 192, aspect: { ratio: 0.75 } });
      const c = compositionInPixels(s, 480, 640);
      expect(c.headTop!.min! < 64 && c.headTop!.max! > 64).toBe(true);
      expect(c.headHeight!.min! < 448 && c.headHeight!.max! > 448).toBe(true);
    }
    expect(cet.file.naming?.pattern).toBe('{idNumber}.jpg');
  });

  it('NCRE is crop only (不得PS背景) and fails clothes close to the background', () => {
    expect(ncre.edits).toBe('none');
    expect(ncre.rules.find((r) => r.id === 'background.black-edge')?.severity).toBe('fail');
    expect(cet.edits).toBe('background');
  });

  it('国考: the tool source photo, at least 295×413, never enlarged', () => {
    expect([civilService.canvas.width, civilService.canvas.height]).toEqual([295, 413]);
    expect(civilService.canvas.accept).toMatchObject({ minWidth: 295, minHeight: 413 });
    expect(civilService.file.bytes).toEqual({ min: 30_720, max: 100_000 });
  });

  it('考研: the published ±10° pose and 30–50 % eye line, white first, no retouching', () => {
    expect(kaoyan.pose).toEqual({ maxRoll: 10, maxYaw: 10, maxPitch: 10 });
    expect(compositionInPixels(kaoyan, 480, 640).eyeLine).toEqual({ min: 192, max: 320 });
    expect(kaoyan.background.default).toBe('white');
    expect(kaoyan.edits).toBe('background');
    expect(kaoyan.file.bytes).toEqual({ max: 10_000_000 });
  });

  it('教师资格 150×200 ≤ 200 KB white; 普通话 390×567 named by ID number (indicative)', () => {
    expect([ntce.canvas.width, ntce.canvas.height]).toEqual([150, 200]);
    expect(ntce.background.options.map((o) => o.id)).toEqual(['white']);
    expect([putonghua.canvas.width, putonghua.canvas.height]).toEqual([390, 567]);
    expect(putonghua.tags).toContain('low-confidence');
    expect(putonghua.file.naming?.pattern).toBe('{idNumber}.jpg');
  });

  it('成人高考: the 99号 template numbers with white first', () => {
    expect(adultCollegeEntrance.composition).toMatchObject({
      headTop: { min: 50, max: 110 },
      eyeLine: { min: 200, max: 300 },
      faceWidth: { min: 180, max: 300 },
    });
    expect(adultCollegeEntrance.background.options.map((o) => [o.id, o.rgb])).toEqual([
      ['white', [255, 255, 255]],
      ['grey', [240, 240, 240]],
      ['blue', [100, 197, 255]],
    ]);
  });
});
