import { describe, expect, it } from 'vitest';
import { resolutionNote } from './notes.js';

describe('resolutionNote', () => {
  it('never shows an enlargement that fails as the limit itself', () => {
    expect(resolutionNote(1.9, 1.5).measured).toBe(1.9);
    expect(resolutionNote(1.50042, 1.5).measured).toBe(1.5004);
    expect(resolutionNote(1.50042, 1.5).message.en).toContain('1.5004×');
    expect(resolutionNote(1.503, 1.5).measured).toBe(1.503);
  });
});
