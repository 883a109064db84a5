import { spawn } from 'node:child_process';
import { mkdtemp, readdir } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = resolve(import.meta.dirname, '../bin/idphoto-server.js');

/** Runs the built server with the given environment until it exits. */
async function startServer(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [BIN], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  const code = await new Promise<number | null>((done) => child.on('close', (c) => done(c)));
  return { code, stderr };
}

describe('idphoto-server start-up failures (the operator gets one line, exit 1)', () => {
  let taken: Server;
  let port = 0;
  beforeAll(async () => {
    taken = createServer();
    await new Promise<void>((ok) => taken.listen(0, '127.0.0.1', ok));
    port = (taken.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((ok) => taken.close(() => ok())));

  it('a port that is taken: SERVER_LISTEN_FAILED, no stack trace, nothing swept', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'idphoto-start-'));
    const { code, stderr } = await startServer({
      IDPHOTO_PORT: String(port),
      IDPHOTO_DATA_DIR: dataDir,
    });
    expect(code).toBe(1);
    // Besides the JSON log lines, exactly one line for the operator.
    const plain = stderr
      .trim()
      .split('\n')
      .filter((line) => !line.startsWith('{'));
    expect(plain).toEqual([`SERVER_LISTEN_FAILED: Cannot listen on 127.0.0.1:${port} (EADDRINUSE).`]);
    expect(await readdir(dataDir)).toEqual([]);
  }, 300_000);

  it('a port that is not plain decimal digits: SERVER_CONFIG_INVALID naming the variable', async () => {
    const { code, stderr } = await startServer({ IDPHOTO_PORT: '0x2000' });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^SERVER_CONFIG_INVALID: .*IDPHOTO_PORT/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
