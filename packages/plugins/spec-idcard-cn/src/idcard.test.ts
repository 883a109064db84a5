import { compositionInPixels } from '@idphoto/sdk';
import { describe, expect, it } from 'vitest';
import { cnDrivingLicence } from './driving-licence.js';
import { cnResidentId } from './resident-id.js';
import { cnSocialSecurity } from './social-security.js';

describe('identity documents', () => {
  it('居民身份证: GA 461-2004 numbers, eye line from the bottom folded into the top-based range', () => {
    const s = cnResidentId;
    expect([s.canvas.width, s.canvas.height, s.canvas.dpi]).toEqual([358, 441, 350]);
    expect(s.file).toMatchObject({ minQuality: 70, bytes: { min: 14_336, max: 30_000 } });
    const c = compositionInPixels(s, 358, 441);
    expect(c.faceWidth).toEqual({ min: 193, max: 221 });
    expect(c.headTop).toEqual({ min: 7, max: 21 });
    expect(c.eyeLine).toEqual({ max: 441 - 207 });
    expect(s.edits).toBe('background');
    expect(s.rules.find((r) => r.id === 'background.black-edge')?.severity).toBe('fail');
  });

  it('社保卡: 14–40 KB, face 179–255 px, eye midpoint 162–196 px as a ±17 px centring tolerance, ICAO pose', () => {
    const s = cnSocialSecurity;
    expect(s.file.bytes).toEqual({ min: 14_336, max: 40_000 });
    const c = compositionInPixels(s, 358, 441);
    expect(c.faceWidth).toEqual({ min: 179, max: 255 });
    expect([358 / 2 - c.centreTolerance, 358 / 2 + c.centreTolerance]).toEqual([162, 196]);
    expect(s.pose).toEqual({ maxRoll: 8, maxYaw: 5, maxPitch: 5 });
  });

  it('驾驶证: 260×378 at 300 dpi, head length 224–260 px, hair top 10–20 px, 14–30 KB', () => {
    const s = cnDrivingLicence;
    expect([s.canvas.width, s.canvas.height, s.canvas.dpi]).toEqual([260, 378, 300]);
    expect(s.composition).toMatchObject({
      headTop: { min: 10, max: 20 },
      headHeight: { min: 224, max: 260 },
    });
    expect(s.file.bytes).toEqual({ min: 14_336, max: 30_000 });
  });

  it('never allows retouching: every document photo is a face-matching reference', () => {
    for (const s of [cnResidentId, cnSocialSecurity, cnDrivingLicence]) {
      expect(s.edits).toBe('background');
      expect(s.background.options.map((o) => o.rgb)).toEqual([[255, 255, 255]]);
    }
  });
});
