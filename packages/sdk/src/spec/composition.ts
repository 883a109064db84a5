import type { Range, SpecDefinition } from './spec-definition.schema.js';

/** A spec's composition targets converted to pixels of a given output size. */
export interface PixelComposition {
  readonly headTop?: Range;
  readonly eyeLine?: Range;
  readonly faceWidth?: Range;
  readonly headHeight?: Range;
  readonly chinToBottom?: Range;
  readonly eyeDistance?: Range;
  readonly centreTolerance: number;
}

/**
 * Converts composition targets to pixels for a `width × height` photo. `eyeLineFromBottom` is folded
 * into `eyeLine` (measured from the top) so renderers and validators handle a single quantity.
 */
export function compositionInPixels(spec: SpecDefinition, width: number, height: number): PixelComposition {
  const c = spec.composition;
  const v = c.unit === 'px' ? 1 : height;
  const h = c.unit === 'px' ? 1 : width;
  const scale = (r: Range | undefined, k: number): Range | undefined =>
    r
      ? {
          ...(r.min === undefined ? {} : { min: r.min * k }),
          ...(r.max === undefined ? {} : { max: r.max * k }),
        }
      : undefined;
  let eyeLine = scale(c.eyeLine, v);
  if (c.eyeLineFromBottom) {
    const fb = scale(c.eyeLineFromBottom, v)!;
    const fromTop: Range = {
      ...(fb.max === undefined ? {} : { min: height - fb.max }),
      ...(fb.min === undefined ? {} : { max: height - fb.min }),
    };
    eyeLine = intersect(eyeLine, fromTop);
  }
  const out: PixelComposition = {
    centreTolerance: c.centreTolerance * h,
    ...withDefined('headTop', scale(c.headTop, v)),
    ...withDefined('eyeLine', eyeLine),
    ...withDefined('faceWidth', scale(c.faceWidth, h)),
    ...withDefined('headHeight', scale(c.headHeight, v)),
    ...withDefined('chinToBottom', scale(c.chinToBottom, v)),
    ...withDefined('eyeDistance', scale(c.eyeDistance, h)),
  };
  return out;
}

function withDefined<K extends string>(key: K, value: Range | undefined): { [P in K]?: Range } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: Range };
}

/** Intersection of two ranges (either may be absent). */
export function intersect(a: Range | undefined, b: Range | undefined): Range | undefined {
  if (!a) return b;
  if (!b) return a;
  const min = a.min === undefined ? b.min : b.min === undefined ? a.min : Math.max(a.min, b.min);
  const max = a.max === undefined ? b.max : b.max === undefined ? a.max : Math.min(a.max, b.max);
  return { ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
}

/** Whether `value` lies in `range` (inclusive). */
export function inRange(value: number, range: Range): boolean {
  return (range.min === undefined || value >= range.min) && (range.max === undefined || value <= range.max);
}

/**
 * Formats a range for messages: `50–110 px`, `≥ 207 px`, `≤ 40 KB`. Numbers get at most one decimal
 * and no trailing `.0` (`35.4–59 px`, `300–414 px`), so float noise never reaches a message.
 */
export function formatRange(range: Range, unit = ''): string {
  const u = unit ? ` ${unit}` : '';
  const f = (n: number): string => String(Math.round(n * 10) / 10 || 0);
  if (range.min !== undefined && range.max !== undefined) return `${f(range.min)}–${f(range.max)}${u}`;
  if (range.min !== undefined) return `≥ ${f(range.min)}${u}`;
  return `≤ ${f(range.max!)}${u}`;
}
