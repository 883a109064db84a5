import { join } from 'node:path';
import type { RunnerTask } from 'vitest';
import { startVitest } from 'vitest/node';
import { REPO_ROOT } from './fixtures.js';

/** Full names and states (`pass`, `fail`, `skip`) of every test in a task tree. */
function outcomes(tasks: readonly RunnerTask[], prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const task of tasks) {
    const name = prefix ? `${prefix} > ${task.name}` : task.name;
    if (task.type === 'suite') Object.assign(out, outcomes(task.tasks, name));
    else out[name] = task.mode === 'skip' ? 'skip' : (task.result?.state ?? 'not run');
  }
  return out;
}

/**
 * Runs one file of kit fixtures in a nested vitest and returns each test's state by full name, and
 * the messages of errors that stopped a file from loading (so a broken fixture cannot pass as "no
 * failures").
 */
export async function runNested(
  file: string,
): Promise<{ states: Record<string, string>; loadErrors: string[] }> {
  const vitest = await startVitest('test', [], {
    root: REPO_ROOT,
    config: join(REPO_ROOT, 'vitest.config.ts'),
    include: [file],
    watch: false,
    reporters: [{}],
    silent: true,
  });
  const files = vitest.state.getFiles();
  const states = outcomes(files.flatMap((f) => f.tasks));
  const loadErrors = files.flatMap((f) => f.result?.errors ?? []).map((e) => e.message);
  await vitest.close();
  return { states, loadErrors };
}
