import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { after } from 'node:test';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MAIN = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));

/** Run the real CLI from source (never a stale dist/) and wait for it. */
export function cli(args: string[], opts: { env?: NodeJS.ProcessEnv; input?: string; timeout?: number } = {}) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', MAIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...opts.env },
    input: opts.input,
    timeout: opts.timeout ?? 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, signal: r.signal };
}

/**
 * Start the real CLI in the background. It is killed when the calling test ends, whatever happened: a failed assertion
 * must not leave a daemon running, whose pipes would keep the test file (and so `npm test`) alive forever.
 */
export function cliSpawn(args: string[], opts: { env?: NodeJS.ProcessEnv } = {}): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...opts.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  after(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  return child;
}

/** A child's log line, with the instant it reached this process (for "within N ms of" figures). */
export interface LogLine {
  at: number;
  msg?: string;
  [k: string]: unknown;
}

/** The JSON log lines a child writes to `stream` (the CLI logs one object a line on stderr), as they arrive; others as {raw}. */
export function logLines(stream: NodeJS.ReadableStream): Record<string, unknown>[] {
  return timedLines(stream);
}

/** logLines, each line with the instant it arrived. */
export function timedLines(stream: NodeJS.ReadableStream): LogLine[] {
  const lines: LogLine[] = [];
  let buf = '';
  stream.on('data', (c) => {
    buf += c;
    for (let i = buf.indexOf('\n'); i >= 0; i = buf.indexOf('\n')) {
      const raw = buf.slice(0, i);
      buf = buf.slice(i + 1);
      try {
        lines.push({ ...JSON.parse(raw), at: Date.now() });
      } catch {
        lines.push({ raw, at: Date.now() });
      }
    }
  });
  return lines;
}

/** Wait for a condition, polling; fails after `ms`. */
export async function until(cond: () => boolean | Promise<boolean>, ms = 90_000, what = 'condition'): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await cond()) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Run the real CLI without blocking this process (needed when this process serves the simulator). */
export function cliAsync(
  args: string[],
  opts: { env?: NodeJS.ProcessEnv; timeout?: number } = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = cliSpawn(args, opts);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (c) => {
    stdout += c;
  });
  child.stderr!.on('data', (c) => {
    stderr += c;
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeout ?? 60_000);
  return new Promise((resolve) =>
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    }),
  );
}
