import type { CommandContext } from '../context.js';
import { cliErrors } from '../errors.js';
import { EXIT } from '../exit-codes.js';
import { readInput } from '../io.js';

/** `idphoto compare <a> <b> [--json]` — exit 0 when the same person, 3 otherwise. */
export async function compareCommand(ctx: CommandContext): Promise<number> {
  const [a, b] = ctx.args;
  if (!a || !b) throw cliErrors.create('CLI_USAGE', { message: 'usage: idphoto compare <a> <b>' });
  const result = await ctx.app().compare({ a: await readInput(a, 'a'), b: await readInput(b, 'b') });
  const s = result.similarity;
  const score = s.score.toFixed(1);
  if (ctx.flags['json'] === true) ctx.out(JSON.stringify(result, null, 2));
  else if (ctx.lang === 'zh')
    ctx.out(`相似度 ${score} / 100（阈值 ${s.threshold}）：${s.samePerson ? '同一人' : '不是同一人'}`);
  else
    ctx.out(
      `score ${score} / 100 (threshold ${s.threshold}): ${s.samePerson ? 'same person' : 'different people'}`,
    );
  return s.samePerson ? EXIT.ok : EXIT.rulesFailed;
}
