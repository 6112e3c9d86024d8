// Real `adesync daemon` processes sharing one PostgreSQL (the several-node tests): a node's config, the process with its
// timed JSON log lines, its leadership as its log tells it, its admin listener, and stopping it. A failure inside
// explained() prints every node's last lines.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import type { ChildProcess } from 'node:child_process';
import { ADMIN_REQUEST_HEADER } from '../../src/daemon/admin.ts';
import type { RunningSim } from '../../src/sim/index.ts';
import { cliSpawn, timedLines, until, type LogLine } from './cli.ts';
import { fetchOnce } from './http.ts';
import { simConfig } from './sim.ts';
import { tempDir } from './tmp.ts';

export interface Node {
  name: string;
  child: ChildProcess;
  pid: number;
  /** The config file it runs with. */
  path: string;
  lines: LogLine[];
  alive(): boolean;
  /** The admin listener's base URL, from its 'admin endpoint listening' line. */
  admin(): Promise<string>;
  /** Its 'adesync daemon ready' line (admin and enrollment URLs), once written. */
  ready(): Promise<LogLine>;
}

export interface NodeOptions {
  /** The database every node shares. */
  database: string;
  /** Apple's URL when it is not the simulator's own (a recording proxy in front of it). */
  apple?: string;
  /** Short leases, so that takeovers happen within a test's patience. */
  lease: { seconds: number; renew: number };
  /** More `sync:` settings, one YAML line each. */
  sync?: string[];
  /** Top-level YAML appended (an enrollment endpoint). */
  extra?: string;
  /** Apple's request timeout, when 5 s is too short (a proxy that holds requests). */
  appleTimeoutSeconds?: number;
}

/** A node's config: its own state_dir and admin port, info logs (the leadership lines), pages of 100. */
export function nodeConfig(s: RunningSim, o: NodeOptions): string {
  const sync = ['page_limit: 100', `lease_seconds: ${o.lease.seconds}`, `lease_renew_seconds: ${o.lease.renew}`, ...(o.sync ?? [])];
  const extra = `database: ${o.database}\nsync:\n${sync.map((l) => `  ${l}\n`).join('')}${o.extra ?? ''}`;
  const { yaml, path } = simConfig(o.apple ? { ...s, url: o.apple } : s, tempDir(), extra);
  let text = yaml.replace('log_level: warn', 'log_level: info');
  if (o.appleTimeoutSeconds) text = text.replace('timeout_seconds: 5', `timeout_seconds: ${o.appleTimeoutSeconds}`);
  writeFileSync(path, text);
  return path;
}

/** Start a real `adesync daemon`; it is SIGKILLed when the test ends if still running (cliSpawn). */
export function startNode(name: string, path: string): Node {
  const child = cliSpawn(['--config', path, 'daemon'], { env: { ADESYNC_CONFIG: '', NOTIFY_SOCKET: '' } });
  child.stdout!.resume();
  const lines = timedLines(child.stderr!);
  const node: Node = {
    name,
    child,
    pid: child.pid!,
    path,
    lines,
    alive: () => child.exitCode === null && child.signalCode === null,
    admin: async () => `http://${(await waitForLine(node, (l) => l.msg === 'admin endpoint listening', 120_000, 'its admin listener')).listen}`,
    ready: () => waitForLine(node, (l) => l.msg === 'adesync daemon ready', 300_000, 'the daemon ready'),
  };
  return node;
}

/** The first line of `n` that `match` finds, waiting up to `ms`; fails with its last lines when it exits first or time runs out. */
export async function waitForLine(n: Node, match: (l: LogLine) => boolean, ms: number, what: string): Promise<LogLine> {
  await explained([n], async () => {
    await until(() => n.lines.some(match) || !n.alive(), ms, `${n.name}: ${what}`);
  });
  const line = n.lines.find(match);
  assert.ok(line, `${n.name} exited before ${what}\n${tails([n])}`);
  return line;
}

export const LEADING = 'leading this token';
export const FOLLOWING = 'following:';
export const LOST = 'leadership lost';
export const starts = (l: LogLine, prefix: string) => typeof l.msg === 'string' && l.msg.startsWith(prefix);
export const lineAfter = (n: Node, prefix: string, t: number) => n.lines.find((l) => l.at > t && starts(l, prefix));

/** Whether the node leads now, by its own log: its last leadership line says so and it is alive. */
export function leads(n: Node): boolean {
  if (!n.alive()) return false;
  for (let i = n.lines.length - 1; i >= 0; i--) {
    if (starts(n.lines[i], LEADING)) return true;
    if (starts(n.lines[i], LOST)) return false;
  }
  return false;
}

/** Whether the node has led at any time. */
export const hasLed = (n: Node) => n.lines.some((l) => starts(l, LEADING));

/** The last lines of every node: what a failure prints. */
export function tails(nodes: Node[]): string {
  return nodes
    .map(
      (n) =>
        `--- ${n.name} (pid ${n.pid}, ${n.alive() ? 'alive' : `exited ${n.child.exitCode ?? n.child.signalCode}`}) ---\n` +
        n.lines
          .slice(-25)
          .map(({ at, ...l }) => `${new Date(at).toISOString().slice(11, 23)} ${JSON.stringify(l)}`)
          .join('\n'),
    )
    .join('\n');
}

/** The error `e`, its message followed by every node's last log lines. */
export function withTails(e: unknown, nodes: Node[]): unknown {
  if (e instanceof Error) e.message += `\n${tails(nodes)}`;
  return e;
}

/** Run `fn`; a failure carries every node's last log lines. */
export async function explained(nodes: Node[], fn: () => Promise<void>): Promise<void> {
  try {
    await fn();
  } catch (e) {
    throw withTails(e, nodes);
  }
}

/** "Sync now" asked of a node's admin listener (a follower leaves it for the leader); its answer, a 202. */
export async function syncNow(n: Node, full = false): Promise<Response> {
  const r = await fetchOnce(`${await n.admin()}/sync?token=sim${full ? '&full=1' : ''}`, { method: 'POST', headers: { [ADMIN_REQUEST_HEADER]: '1' } });
  if (r.status !== 202) assert.fail(`${n.name}: POST /sync: ${r.status} ${await r.text()}`);
  return r;
}

/** SIGTERM (the daemon drains and hands its leases back), SIGKILL if it has not exited after `graceMs`; resolves once it has. */
export function stop(n: Node, graceMs = 120_000): Promise<void> {
  return new Promise<void>((resolve) => {
    if (!n.alive()) return resolve();
    const hard = setTimeout(() => n.child.kill('SIGKILL'), graceMs);
    n.child.once('exit', () => {
      clearTimeout(hard);
      resolve();
    });
    n.child.kill('SIGTERM');
  });
}
