import cron, { type ScheduledTask } from 'node-cron';
import { loadConfig, ConfigError } from '../config/load.ts';
import type { Config } from '../config/schema.ts';
import { openDatabase, ping, type DB } from '../store/db.ts';
import { startBackground } from '../store/background.ts';
import { cursorsIssued, lastSuccessfulSyncs } from '../store/metrics.ts';
import { createLogger, type Level, type Logger } from '../log.ts';
import { createRuntime, type Runtime } from './runtime.ts';
import { createMetrics, type Metrics, type TokenStatus as MetricTokenStatus } from './metrics.ts';
import { createAdminServer, readAdminToken, type AdminServer } from './admin.ts';
import { createNotifier, watchdogIntervalMs } from './notify.ts';
import { createReadiness, type Limits, type Readiness } from './readiness.ts';
import { dirname } from 'node:path';
import { getToken } from '../store/tokens.ts';
import { currentUuids, forgetProfile, markProfileVerified } from '../store/profiles.ts';
import { cursorIssuedAt, lastFullFetchAt } from '../store/state.ts';
import { loadRules } from '../assign/context.ts';
import { ProfileNotFoundError } from '../apple/errors.ts';
import { startEnrollment, type EnrollmentHandle } from './enrollment.ts';
import { startPruning } from './prune.ts';
import { startWebhooks } from './webhooks.ts';
import { assignmentCounts, deviceCounts } from '../store/counts.ts';
import { sqliteStore } from '../store/index.ts';
import { daemonGone, daemonHeartbeat, LeaseBusyError } from '../store/leases.ts';

const DAY = 86_400_000;
/** Days before expiry at which a token's expiry is logged (once per threshold). */
const EXPIRY_WARNINGS = [30, 14, 7, 1];

export interface DaemonOptions {
  configPath: string;
  logger?: Logger;
  /** Skip the immediate first cycle (tests that drive cycles themselves). */
  noStartupSync?: boolean;
  /** Upper bound for a SIGTERM drain before giving up on in-flight work. */
  drainMs?: number;
  /** The environment systemd's variables are read from (NOTIFY_SOCKET, WATCHDOG_USEC); default process.env. */
  env?: NodeJS.ProcessEnv;
  /** How often the readiness checks run; default 5 s, or a quarter of the watchdog period when that is shorter. */
  readinessIntervalMs?: number;
  /** Overrides of the readiness and watchdog limits (tests). */
  readinessLimits?: Partial<Limits>;
}

export interface Daemon {
  runtime: Runtime;
  db: DB;
  metrics: Metrics;
  admin: AdminServer;
  adminUrl: string;
  enrollment: EnrollmentHandle | null;
  readiness: Readiness;
  reload(): boolean;
  stop(): Promise<void>;
  /** Run the daily check now: account, profiles still at Apple, token expiry, cursor age. */
  dailyCheck(): Promise<void>;
}

const metricStatus: Record<string, MetricTokenStatus> = {
  ok: 'ok',
  t_c_not_signed: 'terms_not_accepted',
  access_denied: 'invalid',
  unauthorized: 'invalid',
  expired: 'expired',
  unavailable: 'unavailable',
  error: 'unavailable',
  unknown: 'ok',
  revoked: 'invalid',
  clock_skew: 'invalid',
};

/**
 * The one place that wires everything: config → store → a worker per token (node-cron, no overlap, jitter),
 * the enrollment endpoint, the admin listener; SIGHUP reloads, SIGTERM drains. Readiness is signalled only once the
 * database is migrated and every listener is bound.
 */
export async function startDaemon(opts: DaemonOptions): Promise<Daemon> {
  let config: Config = loadConfig(opts.configPath);
  const logger = opts.logger ?? createLogger({ level: config.log_level as Level });
  const env = opts.env ?? process.env;
  const notifier = createNotifier({ logger, env });
  // read before anything starts: a bad token file is a config error, not a half-started daemon
  const adminToken = config.admin.token_file ? readAdminToken(config.admin.token_file) : undefined;
  // enrollment, metrics and the admin API still read SQLite directly (issue #13): say so rather than fail on the URL as a path
  if (config.store)
    throw Object.assign(
      new Error(
        `database ${config.database}: the daemon runs on SQLite only in this version ("adesync sync" runs on PostgreSQL): set database: PATH to run it`,
      ),
      { exitCode: 2 },
    );
  const db = openDatabase(config.database!, {
    createUnder: config.state_dir,
    onCreate: (path) => logger.warn('created a new, empty database: every token starts with a full fetch', { database: path }),
  });
  const background = startBackground(db, { onError: (error) => logger.warn('background thread: WAL checkpoint or query failed', { error }) });
  const metrics = createMetrics({ logger });
  const stopping = new AbortController();
  const webhooks = startWebhooks({ config, path: opts.configPath, db, logger });
  const runtime = createRuntime({
    config,
    db,
    logger,
    onAppleResponse: (t, e, s, ms) => metrics.appleResponse(t, e, s, ms),
    onAssignResult: (t, r, n) => metrics.assignmentResults(t, r, n),
    outbox: webhooks.outbox,
  });
  // per-token counts kept by triggers (migration 005): a few rows at each scrape
  metrics.setDeviceCounts(() => deviceCounts(db));
  metrics.setAssignmentCounts(() => assignmentCounts(db));
  // alerting: cursor age at each scrape, and the last good sync survives a restart (or "no sync for 30 min" never fires)
  metrics.setCursors(() => cursorsIssued(db));
  for (const r of lastSuccessfulSyncs(db)) metrics.syncLastSuccessAt(r.token, r.at);

  const warned = new Map<string, number>();
  function tokenGauges() {
    for (const t of config.tokens) {
      const row = getToken(db, t.name);
      if (!row) {
        metrics.tokenStatus(t.name, 'missing');
        continue;
      }
      metrics.tokenExpiry(t.name, row.access_token_expiry);
      webhooks.outbox.tokenExpiry(t.name, row.access_token_expiry);
      const days = Math.floor((Date.parse(row.access_token_expiry) - Date.now()) / DAY);
      metrics.tokenStatus(t.name, days < 0 ? 'expired' : row.status === 'ok' && days <= 30 ? 'expiring' : (metricStatus[row.status] ?? 'unavailable'));
      const threshold = EXPIRY_WARNINGS.filter((w) => days <= w).at(-1);
      if (days < 0)
        logger.error('server token expired: download a new one in Apple Business/School Manager and run "adesync token import"', {
          token: t.name,
          expiry: row.access_token_expiry,
        });
      else if (threshold !== undefined && warned.get(t.name) !== threshold) {
        warned.set(t.name, threshold);
        logger.warn(`server token expires in ${days} day(s): renew it in Apple Business/School Manager`, {
          token: t.name,
          expiry: row.access_token_expiry,
          days_left: days,
        });
      }
    }
  }

  async function cycle(name: string, trigger: string, full = false) {
    if (stopping.signal.aborted) return;
    const started = Date.now();
    try {
      const r = await runtime.runCycle(name, { trigger, full, signal: stopping.signal });
      readiness.cycleResult(r.sync.error?.code, r.sync.error?.message);
      metrics.syncFinished(name, r.sync.phase === 'fetch' || full ? 'fetch' : 'sync', Date.now() - started, r.sync.ok);
      if (r.sync.pages) metrics.syncPage(name, r.sync.pages);
      logger.info('cycle done', {
        token: name,
        trigger,
        ok: r.sync.ok,
        pages: r.sync.pages,
        devices: r.sync.devices,
        added: r.sync.added,
        modified: r.sync.modified,
        deleted: r.sync.deleted,
        gone: r.sync.gone,
        assigned: r.assign?.results.SUCCESS ?? 0,
        sent: r.assign?.sent ?? 0,
        error: r.sync.error?.code ?? r.assign?.error?.code,
      });
    } catch (e) {
      readiness.cycleResult(String((e as { code?: unknown }).code ?? 'ERROR'), (e as Error).message);
      if (e instanceof LeaseBusyError)
        logger.warn('cycle skipped: another process is syncing this token', {
          token: name,
          trigger,
          holder_pid: e.holder.holder_pid,
          holder_host: e.holder.holder_host,
        });
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
            markProfileVerified(db, name, uuid);
          } catch (e) {
            if (!(e instanceof ProfileNotFoundError)) throw e;
            logger.warn('profile no longer exists at Apple: it will be defined again and re-assigned', { token: name, profile, profile_uuid: uuid });
            forgetProfile(db, name, uuid);
          }
        }
        const issued = cursorIssuedAt(db, name);
        if (issued && Date.now() - Date.parse(issued) > config.sync.cursor_refresh_days * DAY) void cycle(name, 'cursor-refresh');
        const lastFetch = lastFullFetchAt(db, name);
        if (config.sync.full_fetch_days && (!lastFetch || Date.now() - Date.parse(lastFetch) > config.sync.full_fetch_days * DAY))
          void cycle(name, 'periodic-full', true);
      } catch (e) {
        logger.warn('daily check failed', { token: name, error: (e as Error).message });
      }
    }
    tokenGauges();
  }

  let tasks: ScheduledTask[] = [];
  /** Every task of a config, created but not started: a bad expression throws here, before anything running is touched. */
  function buildTasks(c: Config): ScheduledTask[] {
    const built: ScheduledTask[] = [];
    try {
      for (const t of c.tokens) {
        built.push(
          cron.createTask(t.sync_schedule ?? c.sync.schedule, () => cycle(t.name, 'schedule'), {
            name: `sync-${t.name}`,
            noOverlap: true,
            maxRandomDelay: c.sync.jitter_seconds * 1000,
          }),
        );
      }
      built.push(cron.createTask(c.sync.daily_check, () => dailyCheck(), { name: 'daily-check', noOverlap: true }));
      return built;
    } catch (e) {
      for (const t of built) t.destroy();
      throw e;
    }
  }
  function schedule(next: ScheduledTask[]) {
    for (const t of tasks) t.destroy();
    tasks = next;
    for (const t of tasks) t.start();
  }

  let enrollment: EnrollmentHandle | null = null;
  if (config.enrollment)
    enrollment = await startEnrollment({ config: config.enrollment, store: sqliteStore(db, webhooks.outbox), logger, metrics, rules: () => runtime.config });

  const watchdogMs = watchdogIntervalMs(env);
  const readiness = createReadiness({
    db,
    logger,
    dirs: () => [config.state_dir, dirname(config.database!)],
    minFreeDiskMb: () => config.admin.min_free_disk_mb,
    enrollment: () => enrollment?.server ?? null,
    intervalMs: opts.readinessIntervalMs ?? Math.max(50, Math.min(5000, watchdogMs === null ? 5000 : watchdogMs / 2)),
    limits: opts.readinessLimits,
  });
  metrics.setReadiness(() => readiness.report().ready);
  const pruning = startPruning({ db, logger, config: () => config });
  const admin = createAdminServer({
    listen: config.admin.listen,
    allowNonLoopback: config.admin.allow_non_loopback,
    allowedHosts: config.admin.allowed_hosts,
    token: adminToken,
    metrics,
    logger,
    maxConnections: config.admin.max_connections,
    maxConnectionsPerPeer: config.admin.max_connections_per_peer,
    onConnectionRefused: (r) => metrics.connectionRefused('admin', r),
    health: () => {
      ping(db);
      return { ok: true };
    },
    ready: () => readiness.report(),
    syncNow: async (token, full) => {
      const names = token ? [token] : [...runtime.tokens.keys()];
      if (token && !runtime.tokens.has(token)) throw Object.assign(new Error(`no usable token named "${token}"`), { status: 404 });
      for (const n of names) void cycle(n, 'now', !!full);
      return { accepted: names };
    },
  });
  const bound = await admin.listen();
  // "next sync" in `adesync status` is shown only while this heartbeat is current
  const beat = () => {
    try {
      daemonHeartbeat(db, config.sync.lease_seconds * 1000);
    } catch (e) {
      logger.warn('daemon heartbeat failed', { error: (e as Error).message });
    }
  };
  beat();
  const beatTimer = setInterval(beat, config.sync.lease_renew_seconds * 1000);
  beatTimer.unref();
  schedule(buildTasks(config));
  tokenGauges();
  await readiness.start();
  logger.info('adesync daemon ready', {
    tokens: config.tokens.map((t) => t.name),
    admin: bound.url,
    enrollment: enrollment?.url ?? null,
    database: config.database,
  });
  await notifier.ready(`syncing ${config.tokens.length} token(s)`);
  let starved: string | undefined;
  const stopWatchdog = notifier.startWatchdog(() => {
    const v = readiness.watchdog();
    // say why once, before systemd's SIGABRT: the journal then shows the cause next to the restart
    if (!v.ok && v.why !== starved && !stopping.signal.aborted) logger.error('watchdog not fed', { why: v.why });
    starved = v.ok ? undefined : v.why;
    return v.ok;
  });
  if (!opts.noStartupSync) for (const t of config.tokens) void cycle(t.name, 'startup');

  /** SIGHUP: everything the new config needs is built first; only then is the running one replaced. A refusal keeps it. */
  function reload(): boolean {
    let next: Config;
    let nextTasks: ScheduledTask[];
    try {
      next = loadConfig(opts.configPath);
      loadRules(next); // reads every serials_file: a missing one is refused here, not half-way through applying
      nextTasks = buildTasks(next);
    } catch (e) {
      logger.error('config reload refused: keeping the running config', { problems: e instanceof ConfigError ? e.problems : [(e as Error).message] });
      return false;
    }
    void notifier.reloading();
    // the admin listener keeps its address, names and token until a restart; the disk threshold is read live
    const fixed = (c: Config) => JSON.stringify({ ...c.admin, min_free_disk_mb: 0 });
    if (fixed(next) !== fixed(config)) logger.warn('admin settings changed: restart the daemon to apply them (admin.min_free_disk_mb applies now)');
    webhooks.reload(next, opts.configPath);
    config = next;
    runtime.reload(next);
    schedule(nextTasks);
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
      readiness.stop();
      for (const t of tasks) t.stop();
      const drain = Promise.allSettled([runtime.idle(), enrollment?.close(), admin.close(), cron.shutdown(opts.drainMs ?? 20_000)]);
      await Promise.race([drain, new Promise((r) => setTimeout(r, opts.drainMs ?? 20_000).unref())]);
      stopWatchdog?.();
      await pruning.stop();
      await webhooks.stop();
      clearInterval(beatTimer);
      try {
        daemonGone(db);
      } catch {
        /* the row expires by itself */
      }
      await background.stop();
      db.close();
      logger.info('stopped');
    })();
    return stopped;
  }

  return { runtime, db, metrics, admin, adminUrl: bound.url, enrollment, readiness, reload, stop, dailyCheck };
}

/** `adesync daemon`: start, and handle SIGHUP (reload) and SIGTERM/SIGINT (drain, exit 0). */
export async function runDaemon(configPath: string): Promise<void> {
  // Handlers go in before READY=1 is sent: a signal right after readiness must not meet the default action.
  let daemon: Daemon | null = null;
  let stopRequested = false;
  const onStop = async () => {
    stopRequested = true;
    if (!daemon) return; // still starting: stop as soon as it is up
    await daemon.stop();
    process.exit(0);
  };
  process.on('SIGHUP', () => {
    // whatever goes wrong in a reload, the running daemon stays up on its old config
    try {
      daemon?.reload();
    } catch (e) {
      process.stderr.write(
        JSON.stringify({
          time: new Date().toISOString(),
          level: 'error',
          msg: 'config reload failed: keeping the running config',
          error: (e as Error).message,
        }) + '\n',
      );
    }
  });
  process.once('SIGTERM', onStop);
  process.once('SIGINT', onStop);
  daemon = await startDaemon({ configPath });
  if (stopRequested) await onStop();
}
