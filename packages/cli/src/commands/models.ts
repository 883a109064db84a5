import { prepareAllModels } from '@idphoto/preset';
import type { CommandContext } from '../context.js';
import { EXIT } from '../exit-codes.js';

/** `idphoto models` — converts and caches every model so the first request is fast. */
export async function modelsCommand(ctx: CommandContext): Promise<number> {
  const started = performance.now();
  await prepareAllModels();
  ctx.out(`models ready in ${Math.round(performance.now() - started)} ms`);
  return EXIT.ok;
}
