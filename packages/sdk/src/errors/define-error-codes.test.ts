import { describe, expect, it } from 'vitest';
import { defineErrorCodes } from './define-error-codes.js';
import { IdPhotoError, isIdPhotoError } from './id-photo-error.js';

describe('defineErrorCodes', () => {
  const errors = defineErrorCodes({
    DEMO_BROKEN: { status: 422, message: 'Broken.', cause: 'c', fix: 'f' },
  });

  it('creates branded errors with code, status, details and cause', () => {
    const cause = new Error('inner');
    const error = errors.create('DEMO_BROKEN', { details: { limit: 3 }, cause });
    expect(isIdPhotoError(error)).toBe(true);
    expect(isIdPhotoError(error, 'DEMO_BROKEN')).toBe(true);
    expect(isIdPhotoError(error, 'OTHER_CODE')).toBe(false);
    expect(error).toBeInstanceOf(IdPhotoError);
    expect(error.status).toBe(422);
    expect(error.details).toEqual({ limit: 3 });
    expect(error.cause).toBe(cause);
    expect(error.toJSON()).toEqual({
      code: 'DEMO_BROKEN',
      message: 'Broken.',
      status: 422,
      details: { limit: 3 },
    });
    expect(errors.codes.DEMO_BROKEN).toBe('DEMO_BROKEN');
  });

  it('rejects codes that are not UPPER_SNAKE with a prefix', () => {
    expect(() => defineErrorCodes({ broken: { status: 400, message: 'x', cause: 'c', fix: 'f' } })).toThrow(
      TypeError,
    );
    expect(() => defineErrorCodes({ BROKEN: { status: 400, message: 'x', cause: 'c', fix: 'f' } })).toThrow(
      TypeError,
    );
  });

  it('does not treat look-alike objects as errors', () => {
    expect(isIdPhotoError({ code: 'DEMO_BROKEN', message: 'x' })).toBe(false);
    expect(isIdPhotoError(new Error('x'))).toBe(false);
    expect(isIdPhotoError(null)).toBe(false);
  });
});
