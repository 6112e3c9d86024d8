import { spawn } from 'node:child_process';
import type { Logger } from '../log.ts';

// sd_notify(3) without a native addon: Node has no AF_UNIX datagram sockets, so each message goes through a short-lived
// `systemd-notify` child (present wherever systemd is). systemd 252's tool follows the message with BARRIER=1 and waits
// until the manager has processed it, so "ready" is never lost to a quick exit. The sender is the child, not MAINPID:
// the unit needs NotifyAccess=all. Everything is a no-op when NOTIFY_SOCKET is unset (not started by systemd).

export interface NotifierOptions {
  env?: NodeJS.ProcessEnv;
  /** The helper binary; default "systemd-notify" from PATH. */
  command?: string;
  logger?: Logger;
}

export interface Notifier {
  /** True when NOTIFY_SOCKET is set, i.e. a service manager listens. */
  readonly enabled: boolean;
  /** READY=1 (+ STATUS=): call after the DB is open and the listeners are bound. Resolves true when the message went out. */
  ready(status?: string): Promise<boolean>;
  /** STATUS=: one line shown by `systemctl status`. */
  status(text: string): Promise<boolean>;
  /** STOPPING=1: at the start of a drain (SIGTERM). */
  stopping(status?: string): Promise<boolean>;
  /** RELOADING=1 + MONOTONIC_USEC (SIGHUP); follow with ready() when the new config is in place. */
  reloading(status?: string): Promise<boolean>;
  /** Any raw assignments, e.g. ["WATCHDOG=1"] or ["ERRNO=2"]. */
  send(assignments: string[]): Promise<boolean>;
  /**
   * When the unit sets WatchdogSec= (WATCHDOG_USEC in the environment, WATCHDOG_PID ours or unset), send WATCHDOG=1 every
   * half period while `alive()` says so. Returns a stop function; null when no watchdog is asked for.
   */
  startWatchdog(alive?: () => boolean): (() => void) | null;
}

/** STATUS= is one line; newlines would start a new assignment. */
function oneLine(s: string): string {
  return s.replace(/[\r\n]+/g, ' ').slice(0, 1024);
}

/** CLOCK_MONOTONIC in microseconds: libuv's hrtime reads the same clock systemd compares against. */
export function monotonicUsec(): bigint {
  return process.hrtime.bigint() / 1000n;
}

/** The watchdog period in ms to ping at (half of WATCHDOG_USEC), or null when none applies to this process. */
export function watchdogIntervalMs(env: NodeJS.ProcessEnv = process.env, pid = process.pid): number | null {
  const usec = Number(env.WATCHDOG_USEC);
  if (!env.NOTIFY_SOCKET || !Number.isFinite(usec) || usec <= 0) return null;
  if (env.WATCHDOG_PID && Number(env.WATCHDOG_PID) !== pid) return null;
  return Math.max(1, Math.floor(usec / 2000));
}

export function createNotifier(opts: NotifierOptions = {}): Notifier {
  const env = opts.env ?? process.env;
  const command = opts.command ?? 'systemd-notify';
  const enabled = !!env.NOTIFY_SOCKET;
  let warned = false;

  function send(assignments: string[]): Promise<boolean> {
    if (!enabled || assignments.length === 0) return Promise.resolve(false);
    return new Promise((resolve) => {
      let stderr = '';
      const child = spawn(command, assignments, { env: { ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
      child.stderr!.on('data', (d: Buffer) => {
        if (stderr.length < 2000) stderr += d.toString();
      });
      const fail = (why: string) => {
        if (!warned) {
          warned = true;
          opts.logger?.warn('systemd notification failed', { command, why, sent: assignments[0] });
        }
        resolve(false);
      };
      child.on('error', (e: NodeJS.ErrnoException) => fail(e.code === 'ENOENT' ? `${command} not found: install systemd or use Type=exec` : e.message));
      child.on('close', (code) => (code === 0 ? resolve(true) : fail(`exit ${code}: ${stderr.trim()}`)));
    });
  }

  const withStatus = (first: string[], status?: string) => (status === undefined ? first : [...first, `STATUS=${oneLine(status)}`]);

  return {
    enabled,
    send,
    ready: (status) => send(withStatus(['READY=1'], status)),
    status: (text) => send([`STATUS=${oneLine(text)}`]),
    stopping: (status) => send(withStatus(['STOPPING=1'], status)),
    reloading: (status) => send(withStatus(['RELOADING=1', `MONOTONIC_USEC=${monotonicUsec()}`], status)),
    startWatchdog(alive = () => true) {
      const every = watchdogIntervalMs(env);
      if (every === null) return null;
      const timer = setInterval(() => {
        if (alive()) void send(['WATCHDOG=1']);
      }, every);
      timer.unref();
      return () => clearInterval(timer);
    },
  };
}

// The process-wide notifier for callers that want plain functions.
let shared: Notifier | undefined;
const notifier = () => (shared ??= createNotifier());
export const notifyReady = (status?: string) => notifier().ready(status);
export const notifyStatus = (text: string) => notifier().status(text);
export const notifyStopping = (status?: string) => notifier().stopping(status);
export const notifyReloading = (status?: string) => notifier().reloading(status);
