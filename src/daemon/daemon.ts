import cron, { type ScheduledTask } from 'node-cron';
import { loadConfig, ConfigError } from '../config/load.ts';
import type { Config } from '../config/schema.ts';
import { openDatabase, type DB } from '../store/db.ts';
import { startBackground } from '../store/background.ts';
import { createLogger, type Level, type Logger } from '../log.ts';
import { createRuntime, type Runtime } from './runtime.ts';
import { createMetrics, type Metrics, type TokenStatus as MetricTokenStatus } from './metrics.ts';
import { createAdminServer, type AdminServer } from './admin.ts';
import { createNotifier } from './notify.ts';
import { getToken } from '../store/tokens.ts';
import { currentUuids, forgetProfile } from '../assign/assigner.ts';
import { ProfileNotFoundError } from '../apple/errors.ts';
import { startEnrollment, type EnrollmentHandle } from './enrollment.ts';
import { assignmentCounts, deviceCounts } from '../store/counts.ts';
import { daemonGone, daemonHeartbeat, LeaseBusyError } from '../store/leases.ts';

const DAY = 86_400_000;
/** Days before expiry at which a token's expiry is logged (once per threshold). */
export const EXPIRY_WARNINGS = [30, 14, 7, 1];

export interface DaemonOptions {
  configPath: string;
  logger?: Logger;
  /** Skip the immediate first cycle (tests that drive cycles themselves). */
  noStartupSync?: boolean;
  /** Upper bound for a SIGTERM drain before giving up on in-flight work. */
  drainMs?: number;
}

export interface Daemon {
  runtime: Runtime;
  db: DB;
  metrics: Metrics;
  admin: AdminServer;
  adminUrl: string;
  enrollment: EnrollmentHandle | null;
  reload(): boolean;
  stop(): Promise<void>;
  /** Run the daily check now: account, profiles still at Apple, token expiry, cursor age. */
  dailyCheck(): Promise<void>;
}

const metricStatus: Record<string, MetricTokenStatus> = {
  ok: 'ok', t_c_not_signed: 'terms_not_accepted', access_denied: 'invalid', unauthorized: 'invalid', expired: 'expired',
  unavailable: 'unavailable', error: 'unavailable', unknown: 'ok', revoked: 'invalid', clock_skew: 'invalid',
};

/**
 * The one place that wires everything: config → store → a worker per token (node-cron, no overlap, jitter),
 * the enrollment endpoint, the admin listener; SIGHUP reloads, SIGTERM drains. Readiness is signalled only once the
 * database is migrated and every listener is bound.
 */
export async function startDaemon(opts: DaemonOptions): Promise<Daemon> {
  let config: Config = loadConfig(opts.configPath);
  const logger = opts.logger ?? createLogger({ level: config.log_level as Level });
  const notifier = createNotifier({ logger });
  const db = openDatabase(config.database!);
  const background = startBackground(db, { onError: (error) => logger.warn('background thread: WAL checkpoint or query failed', { error }) });
  const metrics = createMetrics({ logger });
  const stopping = new AbortController();
  const runtime = createRuntime({
    config, db, logger,
    onAppleResponse: (t, e, s, ms) => metrics.appleResponse(t, e, s, ms),
    onAssignResult: (t, r, n) => metrics.assignmentResults(t, r, n),
  });
  // per-token counts kept by triggers (migration 005): a few rows at each scrape
  metrics.setDeviceCounts(() => deviceCounts(db));
  metrics.setAssignmentCounts(() => assignmentCounts(db));

  const warned = new Map<string, number>();
  function tokenGauges() {
    for (const t of config.tokens) {
      const row = getToken(db, t.name);
      if (!row) { metrics.tokenStatus(t.name, 'missing'); continue; }
      metrics.tokenExpiry(t.name, row.access_token_expiry);
      const days = Math.floor((Date.parse(row.access_token_expiry) - Date.now()) / DAY);
      metrics.tokenStatus(t.name, days < 0 ? 'expired' : row.status === 'ok' && days <= 30 ? 'expiring' : metricStatus[row.status] ?? 'unavailable');
      const threshold = EXPIRY_WARNINGS.filter((w) => days <= w).at(-1);
      if (days < 0) logger.error('server token expired: download a new one in Apple Business/School Manager and run "adesync token import"', { token: t.name, expiry: row.access_token_expiry });
      else if (threshold !== undefined && warned.get(t.name) !== threshold) {
        warned.set(t.name, threshold);
        logger.warn(`server token expires in ${days} day(s): renew it in Apple Business/School Manager`, { token: t.name, expiry: row.access_token_expiry, days_left: days });
      }
    }
  }

  async function cycle(name: string, trigger: string, full = false) {
    if (stopping.signal.aborted) return;
    const started = Date.now();
    try {
      const r = await runtime.runCycle(name, { trigger, full, signal: stopping.signal });
      metrics.syncFinished(name, r.sync.phase === 'fetch' || full ? 'fetch' : 'sync', Date.now() - started, r.sync.ok);
      if (r.sync.pages) metrics.syncPage(name, r.sync.pages);
      logger.info('cycle done', { token: name, trigger, ok: r.sync.ok, pages: r.sync.pages, devices: r.sync.devices, added: r.sync.added,
        modified: r.sync.modified, deleted: r.sync.deleted, gone: r.sync.gone, assigned: r.assign?.results.SUCCESS ?? 0, sent: r.assign?.sent ?? 0,
        error: r.sync.error?.code ?? r.assign?.error?.code });
    } catch (e) {
      if (e instanceof LeaseBusyError) logger.warn('cycle skipped: another process is syncing this token', { token: name, trigger, holder_pid: e.holder.holder_pid, holder_host: e.holder.holder_host });
      else logger.error('cycle failed', { token: name, error: (e as Error).message });
    } finally {
      tokenGauges();
    }
  }

  async function dailyCheck() {
    for (const [name, rt] of runtime.tokens) {
      try {
        await runtime.checkAccount(name);
        for (const [profile, uuid] of currentUuids(db, name)) {
          if (!uuid) continue;
          try {
            await rt.api.getProfile(uuid);
            db.prepare('UPDATE profiles SET verified_at = ? WHERE token = ? AND profile_uuid = ?').run(new Date().toISOString(), name, uuid);
          } catch (e) {
            if (!(e instanceof ProfileNotFoundError)) throw e;
            logger.warn('profile no longer exists at Apple: it will be defined again and re-assigned', { token: name, profile, profile_uuid: uuid });
            forgetProfile(db, name, uuid);
          }
        }
        const cur = db.prepare('SELECT issued_at FROM cursors WHERE token = ?').get(name) as { issued_at: string | null } | undefined;
        if (cur?.issued_at && Date.now() - Date.parse(cur.issued_at) > config.sync.cursor_refresh_days * DAY) void cycle(name, 'cursor-refresh');
        const last = db.prepare(`SELECT MAX(started_at) AS at FROM sync_runs WHERE token = ? AND kind = 'fetch' AND result = 'ok'`).get(name) as { at: string | null };
        if (config.sync.full_fetch_days && (!last.at || Date.now() - Date.parse(last.at) > config.sync.full_fetch_days * DAY)) void cycle(name, 'periodic-full', true);
      } catch (e) {
        logger.warn('daily check failed', { token: name, error: (e as Error).message });
      }
    }
    tokenGauges();
  }

  let tasks: ScheduledTask[] = [];
  function schedule() {
    for (const t of tasks) t.destroy();
    tasks = [];
    for (const t of config.tokens) {
      tasks.push(cron.schedule(t.sync_schedule ?? config.sync.schedule, () => cycle(t.name, 'schedule'),
        { name: `sync-${t.name}`, noOverlap: true, maxRandomDelay: config.sync.jitter_seconds * 1000 }));
    }
    tasks.push(cron.schedule(config.sync.daily_check, () => dailyCheck(), { name: 'daily-check', noOverlap: true }));
  }

  let enrollment: EnrollmentHandle | null = null;
  if (config.enrollment) enrollment = await startEnrollment({ config: config.enrollment, db, logger, metrics, rules: () => runtime.config });

  let ready = false;
  const admin = createAdminServer({
    listen: config.admin.listen,
    allowNonLoopback: (config.admin as { allow_non_loopback?: boolean }).allow_non_loopback,
    metrics, logger,
    health: () => { db.prepare('SELECT 1').get(); return { ok: true }; },
    ready: () => ready,
    syncNow: async (token, full) => {
      const names = token ? [token] : [...runtime.tokens.keys()];
      if (token && !runtime.tokens.has(token)) throw Object.assign(new Error(`no usable token named "${token}"`), { status: 404 });
      for (const n of names) void cycle(n, 'now', !!full);
      return { accepted: names };
    },
  });
  const bound = await admin.listen();
  // "next sync" in `adesync status` is shown only while this heartbeat is current
  const beat = () => { try { daemonHeartbeat(db, config.sync.lease_seconds * 1000); } catch (e) { logger.warn('daemon heartbeat failed', { error: (e as Error).message }); } };
  beat();
  const beatTimer = setInterval(beat, config.sync.lease_renew_seconds * 1000);
  beatTimer.unref();
  schedule();
  tokenGauges();
  ready = true;
  logger.info('adesync daemon ready', { tokens: config.tokens.map((t) => t.name), admin: bound.url, enrollment: enrollment?.url ?? null, database: config.database });
  await notifier.ready(`syncing ${config.tokens.length} token(s)`);
  const stopWatchdog = notifier.startWatchdog(() => !stopping.signal.aborted);
  if (!opts.noStartupSync) for (const t of config.tokens) void cycle(t.name, 'startup');

  function reload(): boolean {
    let next: Config;
    try { next = loadConfig(opts.configPath); } catch (e) {
      logger.error('config reload refused: keeping the running config', { problems: e instanceof ConfigError ? e.problems : [(e as Error).message] });
      return false;
    }
    void notifier.reloading();
    config = next;
    runtime.reload(next);
    schedule();
    if (next.enrollment && enrollment) enrollment.reload(next.enrollment);
    logger.info('config reloaded', { tokens: next.tokens.map((t) => t.name) });
    tokenGauges();
    void notifier.ready(`syncing ${next.tokens.length} token(s)`);
    return true;
  }

  let stopped: Promise<void> | null = null;
  function stop(): Promise<void> {
    stopped ??= (async () => {
      logger.info('stopping: finishing the current page and in-flight requests');
      await notifier.stopping();
      stopping.abort();
      for (const t of tasks) t.stop();
      const drain = Promise.allSettled([runtime.idle(), enrollment?.close(), admin.close(), cron.shutdown(opts.drainMs ?? 20_000)]);
      await Promise.race([drain, new Promise((r) => setTimeout(r, opts.drainMs ?? 20_000).unref())]);
      stopWatchdog?.();
      clearInterval(beatTimer);
      try { daemonGone(db); } catch { /* the row expires by itself */ }
      await background.stop();
      db.close();
      logger.info('stopped');
    })();
    return stopped;
  }

  return { runtime, db, metrics, admin, adminUrl: bound.url, enrollment, reload, stop, dailyCheck };
}

/** `adesync daemon`: start, and handle SIGHUP (reload) and SIGTERM/SIGINT (drain, exit 0). */
export async function runDaemon(configPath: string): Promise<void> {
  // Handlers go in before READY=1 is sent: a signal right after readiness must not meet the default action.
  let daemon: Daemon | null = null;
  let stopRequested = false;
  const onStop = async () => {
    stopRequested = true;
    if (!daemon) return;  // still starting: stop as soon as it is up
    await daemon.stop();
    process.exit(0);
  };
  process.on('SIGHUP', () => { daemon?.reload(); });
  process.once('SIGTERM', onStop);
  process.once('SIGINT', onStop);
  daemon = await startDaemon({ configPath });
  if (stopRequested) await onStop();
}
