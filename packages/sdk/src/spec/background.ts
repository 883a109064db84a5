import { sdkErrors } from '../errors/sdk-errors.js';
import type { Rgb } from '../image/types.js';
import type { SpecDefinition } from './spec-definition.schema.js';

/** A background chosen for a render: the option id (or `custom`) and its colour. */
export interface ResolvedBackground {
  readonly id: string;
  readonly rgb: Rgb;
}

/**
 * Resolves what a caller asked for (`blue`, `white`, `#64c5ff`, an {@link Rgb}, or nothing) against
 * a spec. Colours outside the spec's options are refused unless the spec allows custom colours —
 * a custom hex that equals an option is accepted as that option.
 */
export function resolveBackground(spec: SpecDefinition, requested?: string | Rgb): ResolvedBackground {
  if (requested === undefined || requested === '') {
    const option = spec.background.options.find((o) => o.id === spec.background.default)!;
    return { id: option.id, rgb: tupleToRgb(option.rgb) };
  }
  if (typeof requested === 'string' && !requested.startsWith('#')) {
    const alias = BACKGROUND_ALIASES[requested.toLowerCase()] ?? requested.toLowerCase();
    const option = spec.background.options.find((o) => o.id === alias);
    if (!option) {
      throw sdkErrors.create('SDK_BACKGROUND_NOT_ALLOWED', {
        details: { spec: spec.id, allowed: spec.background.options.map((o) => o.id) },
      });
    }
    return { id: option.id, rgb: tupleToRgb(option.rgb) };
  }
  const rgb = typeof requested === 'string' ? parseHexColour(requested) : checkedRgb(requested);
  const match = spec.background.options.find(
    (o) => o.rgb[0] === rgb.r && o.rgb[1] === rgb.g && o.rgb[2] === rgb.b,
  );
  if (match) return { id: match.id, rgb };
  if (!spec.background.allowCustom) {
    throw sdkErrors.create('SDK_BACKGROUND_NOT_ALLOWED', {
      details: { spec: spec.id, allowed: spec.background.options.map((o) => o.id) },
    });
  }
  return { id: 'custom', rgb };
}

const BACKGROUND_ALIASES: Readonly<Record<string, string>> = {
  gray: 'grey',
  'light-blue': 'blue',
  lightblue: 'blue',
  'light-grey': 'grey',
  'light-gray': 'grey',
  蓝: 'blue',
  蓝色: 'blue',
  浅蓝: 'blue',
  浅蓝色: 'blue',
  白: 'white',
  白色: 'white',
  灰: 'grey',
  灰色: 'grey',
  浅灰色: 'grey',
};

/** Parses `#rgb` or `#rrggbb`; throws `SDK_BACKGROUND_INVALID` otherwise. */
export function parseHexColour(text: string): Rgb {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(text.trim());
  if (!m) throw sdkErrors.create('SDK_BACKGROUND_INVALID');
  const hex = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
  return {
    r: Number.parseInt(hex.slice(0, 2), 16),
    g: Number.parseInt(hex.slice(2, 4), 16),
    b: Number.parseInt(hex.slice(4, 6), 16),
  };
}

/** An {@link Rgb} given directly must be whole numbers 0–255 (not NaN, not 300, not 0.5). */
function checkedRgb(rgb: Rgb): Rgb {
  const ok = (c: unknown): boolean => typeof c === 'number' && Number.isInteger(c) && c >= 0 && c <= 255;
  if (typeof rgb !== 'object' || rgb === null || !ok(rgb.r) || !ok(rgb.g) || !ok(rgb.b)) {
    throw sdkErrors.create('SDK_BACKGROUND_INVALID', {
      message: 'The background colour must have r, g and b as whole numbers from 0 to 255.',
    });
  }
  return { r: rgb.r, g: rgb.g, b: rgb.b };
}

export function tupleToRgb(t: readonly [number, number, number]): Rgb {
  return { r: t[0], g: t[1], b: t[2] };
}
