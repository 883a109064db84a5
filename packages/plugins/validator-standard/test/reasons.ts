import type { SpecValidator, ValidationItem } from '@idphoto/sdk';
import { REFERENCE_REASONS, REFERENCE_RULE } from '../src/engine/extra-items.js';
import { BUILT_IN_RULES } from '../src/rules/library.js';

const DECLARED = new Map<string, Readonly<Record<string, string>>>([
  ...BUILT_IN_RULES.map((r) => [r.id, r.reasons] as const),
  [REFERENCE_RULE, REFERENCE_REASONS],
]);

/**
 * What is wrong with the `reason`s of `items`: a fail/warn of a rule with several ways to fail must
 * name one it declares; a rule with one way to fail, and a passing item, carry none. Rules this
 * package does not know (render notes, plugin rules) are not checked. Empty when all is well.
 */
export function reasonProblems(items: readonly ValidationItem[]): string[] {
  const problems: string[] = [];
  for (const item of items) {
    const declared = DECLARED.get(item.rule);
    if (!declared) continue;
    const several = Object.keys(declared).length > 0;
    if (item.status === 'pass' || !several) {
      if (item.reason !== undefined)
        problems.push(`${item.rule} ${item.status}: unexpected reason ${item.reason}`);
    } else if (item.reason === undefined) {
      problems.push(`${item.rule} ${item.status}: no reason`);
    } else if (!Object.hasOwn(declared, item.reason)) {
      problems.push(`${item.rule} ${item.status}: undeclared reason ${item.reason}`);
    }
  }
  return problems;
}

/** Throws when {@link reasonProblems} finds any (used by every helper that runs the engine). */
export function assertReasons(items: readonly ValidationItem[]): void {
  const problems = reasonProblems(items);
  if (problems.length > 0) throw new Error(`report reasons: ${problems.join('; ')}`);
}

/** `validator` whose every report is checked with {@link assertReasons}. */
export function checkingReasons(validator: SpecValidator): SpecValidator {
  return {
    id: validator.id,
    async validate(input) {
      const output = await validator.validate(input);
      assertReasons(output.items);
      return output;
    },
  };
}
