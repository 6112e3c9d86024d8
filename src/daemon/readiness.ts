import { statfsSync } from 'node:fs';
import { databaseFailure, type WriteProbe } from '../store/health.ts';
import type { Logger } from '../log.ts';
import { within } from './within.ts';
import type { ReadyCheck, ReadyReport } from './admin.ts';

// Readiness that tells the truth. The checks run on a timer (never per request): a real write to the database, the
// free space of the state dir's filesystem, the enrollment workers' own health (when the server offers it), and the
// sync cycles' recent database errors. /readyz reports the last run; the systemd watchdog is fed only while these runs
// keep happening on time (the event loop answers) and the enrollment workers answer.

/** What one run of the checks saw; the input of the pure verdicts below. */
export interface Observation {
  started: boolean;
  stopping: boolean;
  /** Milliseconds since the last run finished (Infinity before the first). */
  sinceRunMs: number;
  intervalMs: number;
  /** How late the last run's timer fired: the event loop's lag. */
  lagMs: number;
  write?: WriteProbe;
  disks: { dir: string; freeBytes?: number; totalBytes?: number; error?: string }[];
  minFreeBytes: number;
  /** undefined: the enrollment server offers no health() (or there is no enrollment endpoint). */
  enrollment?: { ok: boolean; reason?: string; timedOut?: boolean };
  /** Since when the enrollment workers have failed to answer or reported not ok (undefined while they are fine). */
  enrollmentFailingSinceMs?: number;
  dbCycleFailures: number;
  dbCycleError?: string;
}

export interface Limits {
  /** Consecutive sync cycles failing on a database error before readiness fails. */
  dbCycleFailures: number;
  /** Event-loop lag beyond which the watchdog is not fed. */
  maxLagMs: number;
  /** How long enrollment workers may fail to answer before the watchdog stops being fed (systemd then restarts us). */
  workersStuckMs: number;
}

export const DEFAULT_LIMITS: Limits = { dbCycleFailures: 2, maxLagMs: 10_000, workersStuckMs: 60_000 };

const mb = (b: number) => `${Math.floor(b / 1048576)} MB`;

/** Pure: the named checks and the verdict. */
export function readinessVerdict(o: Observation, limits: Limits = DEFAULT_LIMITS): ReadyReport {
  const checks: ReadyCheck[] = [];
  const add = (name: string, ok: boolean, detail?: string) => checks.push(ok ? { name, ok } : { name, ok, detail });
  add('started', o.started && !o.stopping, o.stopping ? 'stopping' : 'starting: database or listeners not ready yet');
  if (o.started && !o.stopping) {
    const stale = o.sinceRunMs > 3 * o.intervalMs + 5000;
    add(
      'checks_recent',
      !stale,
      Number.isFinite(o.sinceRunMs)
        ? `the readiness checks last ran ${Math.round(o.sinceRunMs / 1000)} s ago (every ${o.intervalMs / 1000} s expected): the process is stalled`
        : 'the readiness checks have not run yet',
    );
    if (o.write) add('database_write', o.write.ok, o.write.ok ? undefined : `a test write failed: ${o.write.code}: ${o.write.message}`);
    for (const d of o.disks) {
      if (d.error) add('disk_space', false, `${d.dir}: cannot read free space: ${d.error}`);
      else
        add(
          'disk_space',
          d.freeBytes! >= o.minFreeBytes,
          `${d.dir}: ${mb(d.freeBytes!)} free of ${mb(d.totalBytes!)}, below admin.min_free_disk_mb (${mb(o.minFreeBytes)})`,
        );
    }
    add(
      'sync_database',
      o.dbCycleFailures < limits.dbCycleFailures,
      `the last ${o.dbCycleFailures} sync cycles failed on the database: ${o.dbCycleError ?? 'unknown error'}`,
    );
    if (o.enrollment) {
      add(
        'enrollment_workers',
        o.enrollment.ok,
        o.enrollment.timedOut
          ? 'the enrollment workers did not answer the health check in time (stuck?)'
          : `enrollment: ${o.enrollment.reason ?? 'not healthy'}`,
      );
    }
  }
  return { ready: checks.every((c) => c.ok), checks };
}

/** Pure: feed the watchdog? Only while the checks run on time, the loop's lag is bounded and the workers answer. */
export function watchdogVerdict(o: Observation, limits: Limits = DEFAULT_LIMITS): { ok: boolean; why?: string } {
  if (o.stopping) return { ok: false, why: 'stopping' };
  if (!(o.sinceRunMs <= 2 * o.intervalMs + 5000)) return { ok: false, why: `readiness checks last ran ${Math.round(o.sinceRunMs)} ms ago` };
  if (o.lagMs > limits.maxLagMs) return { ok: false, why: `event loop lagged ${Math.round(o.lagMs)} ms` };
  if (o.enrollmentFailingSinceMs !== undefined && o.enrollmentFailingSinceMs > limits.workersStuckMs) {
    return { ok: false, why: `enrollment workers have not answered healthy for ${Math.round(o.enrollmentFailingSinceMs / 1000)} s` };
  }
  return { ok: true };
}

type HealthFn = () => Promise<{ ok: boolean; reason?: string }>;

export interface ReadinessOptions {
  /** A real write to the store (store/daemon.ts probeWrite). */
  probeWrite: () => Promise<WriteProbe>;
  /** Folders whose filesystems must keep free space (the state dir, the database's folder). */
  dirs: () => string[];
  minFreeDiskMb: () => number;
  /** The enrollment server, if any: its health() is used when it has one. */
  enrollment: () => unknown;
  intervalMs: number;
  healthTimeoutMs?: number;
  limits?: Partial<Limits>;
  logger: Logger;
}

/** A database that does not answer in time (a partition, a server gone) fails the probe rather than stalling the checks. */
async function probeWithin(probe: () => Promise<WriteProbe>, ms: number): Promise<WriteProbe> {
  try {
    return (await within(probe(), ms)) ?? { ok: false, code: 'TIMEOUT', message: `the database did not answer within ${ms} ms` };
  } catch (e) {
    return { ok: false, code: String((e as { code?: unknown }).code ?? 'ERROR'), message: (e as Error).message };
  }
}

export function createReadiness(o: ReadinessOptions) {
  const limits = { ...DEFAULT_LIMITS, ...o.limits };
  const healthTimeoutMs = o.healthTimeoutMs ?? Math.min(5000, Math.max(200, o.intervalMs / 2));
  let started = false;
  let stopping = false;
  let lastRunAt = -Infinity;
  let lagMs = 0;
  // the worst lag since the watchdog last asked: a stall between two of its ticks is not forgotten by a quick run after it
  let lagSinceWatchdog = 0;
  let write: WriteProbe | undefined;
  let disks: Observation['disks'] = [];
  let enrollment: Observation['enrollment'];
  let enrollmentFailingFrom: number | undefined;
  let dbCycleFailures = 0;
  let dbCycleError: string | undefined;
  let timer: NodeJS.Timeout | undefined;
  let lastReport: ReadyReport | undefined;

  async function enrollmentHealth(): Promise<Observation['enrollment']> {
    const server = o.enrollment() as { health?: HealthFn } | null | undefined;
    if (!server || typeof server.health !== 'function') return undefined;
    try {
      const h = await within(server.health(), healthTimeoutMs);
      return h === undefined ? { ok: false, timedOut: true } : { ok: !!h.ok, reason: h.reason };
    } catch (e) {
      return { ok: false, reason: `health check failed: ${(e as Error).message}` };
    }
  }

  function statDisks(): Observation['disks'] {
    return [...new Set(o.dirs())].map((dir) => {
      try {
        const s = statfsSync(dir);
        return { dir, freeBytes: s.bavail * s.bsize, totalBytes: s.blocks * s.bsize };
      } catch (e) {
        return { dir, error: (e as NodeJS.ErrnoException).code ?? (e as Error).message };
      }
    });
  }

  /** One run of every check. */
  async function run(): Promise<void> {
    write = await probeWithin(o.probeWrite, healthTimeoutMs);
    disks = statDisks();
    enrollment = await enrollmentHealth();
    const now = performance.now();
    if (enrollment && !enrollment.ok) enrollmentFailingFrom ??= now;
    else enrollmentFailingFrom = undefined;
    lastRunAt = now;
    const r = readinessVerdict(observe(), limits);
    const failed = r.checks
      .filter((c) => !c.ok)
      .map((c) => `${c.name}: ${c.detail}`)
      .join('; ');
    const before = lastReport?.checks
      .filter((c) => !c.ok)
      .map((c) => `${c.name}: ${c.detail}`)
      .join('; ');
    if (failed !== before && started) {
      if (failed) o.logger.error('not ready', { failed });
      else if (before) o.logger.info('ready again');
    }
    lastReport = r;
  }

  function observe(): Observation {
    const now = performance.now();
    return {
      started,
      stopping,
      sinceRunMs: now - lastRunAt,
      intervalMs: o.intervalMs,
      lagMs,
      write,
      disks,
      minFreeBytes: o.minFreeDiskMb() * 1048576,
      enrollment,
      enrollmentFailingSinceMs: enrollmentFailingFrom === undefined ? undefined : now - enrollmentFailingFrom,
      dbCycleFailures,
      dbCycleError,
    };
  }

  function schedule() {
    const due = performance.now() + o.intervalMs;
    timer = setTimeout(() => {
      lagMs = Math.max(0, performance.now() - due);
      lagSinceWatchdog = Math.max(lagSinceWatchdog, lagMs);
      run()
        .catch((e) => o.logger.error('readiness checks failed', { error: (e as Error).message }))
        .finally(() => {
          if (!stopping) schedule();
        });
    }, o.intervalMs);
    timer.unref();
  }

  return {
    /** Listeners bound: run the checks now, then on the timer. */
    async start(): Promise<void> {
      started = true;
      await run();
      schedule();
    },
    stop(): void {
      stopping = true;
      clearTimeout(timer);
    },
    /** What /readyz answers. */
    report: (): ReadyReport => readinessVerdict(observe(), limits),
    /** The watchdog's question: are we alive, beyond a timer firing? */
    watchdog: () => {
      const v = watchdogVerdict({ ...observe(), lagMs: Math.max(lagMs, lagSinceWatchdog) }, limits);
      lagSinceWatchdog = 0;
      return v;
    },
    /**
     * After each sync cycle: a database error (SQLITE_*, an unusable PostgreSQL, its connection or shutdown classes 08
     * and 57P) counts towards sync_database, anything else clears it.
     */
    cycleResult(code: string | undefined, message?: string): void {
      if (databaseFailure(code)) {
        dbCycleFailures++;
        dbCycleError = `${code}${message ? `: ${message}` : ''}`;
      } else {
        dbCycleFailures = 0;
        dbCycleError = undefined;
      }
    },
    runNow: run,
  };
}
export type Readiness = ReturnType<typeof createReadiness>;
