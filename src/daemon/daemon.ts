import cron, { type ScheduledTask } from 'node-cron';
import { loadConfig, ConfigError } from '../config/load.ts';
import type { Config } from '../config/schema.ts';
import { openDatabase, ping, type DB } from '../store/db.ts';
import { startBackground } from '../store/background.ts';
import { createLogger, type Level, type Logger } from '../log.ts';
import { createRuntime, type Runtime } from './runtime.ts';
import { createMetrics, type Metrics, type TokenStatus as MetricTokenStatus } from './metrics.ts';
import { createAdminServer, readAdminToken, type AdminServer } from './admin.ts';
import { createNotifier, watchdogIntervalMs } from './notify.ts';
import { createReadiness, type Limits, type Readiness } from './readiness.ts';
import { databaseFailure } from '../store/health.ts';
import { dirname } from 'node:path';
import { loadRules } from '../assign/context.ts';
import { ProfileNotFoundError } from '../apple/errors.ts';
import { startEnrollment, type EnrollmentHandle } from './enrollment.ts';
import { startPruning } from './prune.ts';
import { startWebhooks, type Webhooks } from './webhooks.ts';
import { openStore, sqliteStore, type Store } from '../store/index.ts';
import { createEventCollector } from '../events/outbox.ts';
import { LeaseBusyError, SELF } from '../store/leases.ts';
import { startLeadership, type Leadership } from './leadership.ts';

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
  store: Store;
  /** The SQLite database (tests read it); undefined on PostgreSQL. */
  db?: DB;
  /** PostgreSQL: which tokens this node leads (undefined on SQLite, where each cycle takes the lease for itself). */
  leadership?: Leadership;
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
  const { store, webhooks, background } = await openDaemonStore(config, opts.configPath, logger);
  const metrics = createMetrics({ logger });
  const stopping = new AbortController();
  const runtime = createRuntime({
    config,
    store,
    logger,
    onAppleResponse: (t, e, s, ms) => metrics.appleResponse(t, e, s, ms),
    onAssignResult: (t, r, n) => metrics.assignmentResults(t, r, n),
  });
  const gauges = store.daemon.gauges;
  // per-token counts kept by triggers (migration 005): a few rows at each scrape
  metrics.setDeviceCounts(() => gauges.devices());
  metrics.setAssignmentCounts(() => gauges.assignments());
  // alerting: cursor age at each scrape, and the last good sync survives a restart (or "no sync for 30 min" never fires)
  metrics.setCursors(() => gauges.cursors());
  for (const r of await gauges.lastSuccessfulSyncs()) metrics.syncLastSuccessAt(r.token, r.at);

  const warned = new Map<string, number>();
  async function tokenGauges() {
    for (const t of config.tokens) {
      const row = await store.tokens.get(t.name);
      if (!row) {
        metrics.tokenStatus(t.name, 'missing');
        continue;
      }
      metrics.tokenExpiry(t.name, row.access_token_expiry);
      await webhooks?.tokenExpiry(t.name, row.access_token_expiry);
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

  /** Gauges after a cycle or a reload: a database that does not answer leaves the last values and says so once per call. */
  const refreshGauges = () => tokenGauges().catch((e) => logger.warn('token gauges not refreshed', { error: (e as Error).message }));

  async function cycle(name: string, trigger: string, full = false) {
    if (stopping.signal.aborted) return;
    // on PostgreSQL only the token's leader syncs it; the others' schedules pass (their leadership ticks watch the leader)
    const led = leadership?.led(name);
    if (leadership && !led) return;
    const started = Date.now();
    let dbFailed = false;
    // a cycle that ends after this node lost the token (PostgreSQL) no longer counts towards its readiness
    const result = (code: string | undefined, message?: string) => {
      dbFailed = databaseFailure(code);
      if (!led || led.lease === leadership?.led(name)?.lease) readiness.cycleResult(code, message);
    };
    try {
      const signal = led ? AbortSignal.any([stopping.signal, led.signal]) : stopping.signal;
      const r = await runtime.runCycle(name, { trigger, full, signal, lease: led?.lease });
      result(r.sync.error?.code, r.sync.error?.message);
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
      result(String((e as { code?: unknown }).code ?? 'ERROR'), (e as Error).message);
      if (e instanceof LeaseBusyError)
        logger.warn('cycle skipped: another process is syncing this token', {
          token: name,
          trigger,
          holder_pid: e.holder.holder_pid,
          holder_host: e.holder.holder_host,
        });
      else logger.error('cycle failed', { token: name, error: (e as Error).message });
    } finally {
      await refreshGauges();
      if (dbFailed && leadership) retryAfterOutage(name);
    }
  }

  // PostgreSQL: a leader keeps its token through an outage shorter than the lease, so no takeover will resume the cycle the
  // outage broke; it tries again each renewal period (from the stored cursor) instead of waiting for the next schedule
  const retrying = new Set<string>();
  function retryAfterOutage(name: string) {
    if (retrying.has(name) || stopping.signal.aborted) return;
    retrying.add(name);
    setTimeout(() => {
      retrying.delete(name);
      if (leadership?.led(name)) void cycle(name, 'retry');
    }, config.sync.lease_renew_seconds * 1000).unref();
  }

  async function dailyCheck() {
    for (const [name, rt] of runtime.tokens) {
      if (leadership && !leadership.led(name)) continue; // the leader checks its tokens
      try {
        await runtime.checkAccount(name);
        for (const [profile, uuid] of await store.assign.currentUuids(name)) {
          if (!uuid) continue;
          try {
            await rt.api.getProfile(uuid);
            await store.daemon.markProfileVerified(name, uuid);
          } catch (e) {
            if (!(e instanceof ProfileNotFoundError)) throw e;
            logger.warn('profile no longer exists at Apple: it will be defined again and re-assigned', { token: name, profile, profile_uuid: uuid });
            await store.assign.forgetProfile(name, uuid);
          }
        }
        const issued = await store.daemon.cursorIssuedAt(name);
        if (issued && Date.now() - Date.parse(issued) > config.sync.cursor_refresh_days * DAY) void cycle(name, 'cursor-refresh');
        const lastFetch = await store.daemon.lastFullFetchAt(name);
        if (config.sync.full_fetch_days && (!lastFetch || Date.now() - Date.parse(lastFetch) > config.sync.full_fetch_days * DAY))
          void cycle(name, 'periodic-full', true);
      } catch (e) {
        logger.warn('daily check failed', { token: name, error: (e as Error).message });
      }
    }
    await refreshGauges();
  }

  // PostgreSQL: one leader per token across the nodes; its first cycle runs as it takes the lease
  let leading = false;
  const leadership =
    store.engine === 'postgresql'
      ? startLeadership({
          store,
          tokens: () => [...runtime.tokens.keys()],
          durationMs: () => config.sync.lease_seconds * 1000,
          tickMs: () => config.sync.lease_renew_seconds * 1000,
          logger,
          onLead: (name) => {
            if (leading || !opts.noStartupSync) void cycle(name, leading ? 'takeover' : 'startup');
          },
          onRequest: (r) => {
            logger.info('sync requested through another node', { token: r.token, full: r.full, requested_by: r.requested_by });
            void cycle(r.token, 'now', r.full);
          },
          // the database failures of cycles this node no longer runs say nothing of it: a follower's readiness is its own probes
          onLose: () => {
            if (![...runtime.tokens.keys()].some((t) => leadership?.led(t))) readiness.cycleResult(undefined);
          },
        })
      : undefined;

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
  if (config.enrollment) enrollment = await startEnrollment({ config: config.enrollment, store, logger, metrics, rules: () => runtime.config });

  const watchdogMs = watchdogIntervalMs(env);
  const readiness = createReadiness({
    probeWrite: () => store.daemon.probeWrite(),
    logger,
    // PostgreSQL's disk is the server's: its full disk fails the write probe
    dirs: () => (store.engine === 'sqlite' ? [config.state_dir, dirname(config.database!)] : [config.state_dir]),
    minFreeDiskMb: () => config.admin.min_free_disk_mb,
    enrollment: () => enrollment?.server ?? null,
    intervalMs: opts.readinessIntervalMs ?? Math.max(50, Math.min(5000, watchdogMs === null ? 5000 : watchdogMs / 2)),
    limits: opts.readinessLimits,
  });
  metrics.setReadiness(() => readiness.report().ready);
  const pruning = startPruning({ store, logger, config: () => config });
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
    // liveness: the process answers. A shared database's outage is readiness's to report: restarting every node would not mend it
    health: () => {
      if (store.engine === 'sqlite') ping(store.db);
      return { ok: true };
    },
    ready: () => readiness.report(),
    syncNow: async (token, full) => {
      const names = token ? [token] : [...runtime.tokens.keys()];
      if (token && !runtime.tokens.has(token)) throw Object.assign(new Error(`no usable token named "${token}"`), { status: 404 });
      const accepted: string[] = [];
      const forwarded: ForwardedSync[] = [];
      for (const n of names) {
        if (!leadership || leadership.led(n)) {
          void cycle(n, 'now', !!full);
          accepted.push(n);
          continue;
        }
        await store.leases.requestSync({ token: n, full: !!full, requested_by: `${SELF.host} pid ${SELF.pid}` });
        const l = leadership.leader(n);
        forwarded.push({ token: n, leader: l?.holder_node ? { host: l.holder_host, pid: l.holder_pid, since: l.acquired_at } : null });
      }
      return { accepted, forwarded };
    },
  });
  const bound = await admin.listen();
  // "next sync" in `adesync status` is shown only while this heartbeat is current
  const beat = () =>
    store.daemon.heartbeat(config.sync.lease_seconds * 1000).catch((e) => logger.warn('daemon heartbeat failed', { error: (e as Error).message }));
  await beat();
  const beatTimer = setInterval(beat, config.sync.lease_renew_seconds * 1000);
  beatTimer.unref();
  schedule(buildTasks(config));
  await refreshGauges();
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
  if (leadership) {
    await leadership.start();
    leading = true;
  } else if (!opts.noStartupSync) for (const t of config.tokens) void cycle(t.name, 'startup');

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
    webhooks?.reload(next, opts.configPath);
    if (JSON.stringify(next.store) !== JSON.stringify(config.store) || next.database !== config.database)
      logger.warn('database settings changed: restart the daemon to apply them');
    config = next;
    runtime.reload(next);
    schedule(nextTasks);
    if (next.enrollment && enrollment) enrollment.reload(next.enrollment);
    logger.info('config reloaded', { tokens: next.tokens.map((t) => t.name) });
    void refreshGauges();
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
      // handed back once the cycles are done, so a follower takes over now rather than at the lease's expiry
      await leadership?.stop();
      await pruning.stop();
      await webhooks?.stop();
      clearInterval(beatTimer);
      await store.daemon.gone().catch(() => {
        /* the row expires by itself */
      });
      await background?.stop();
      await store.close();
      logger.info('stopped');
    })();
    return stopped;
  }

  return {
    runtime,
    store,
    db: store.engine === 'sqlite' ? store.db : undefined,
    leadership,
    metrics,
    admin,
    adminUrl: bound.url,
    enrollment,
    readiness,
    reload,
    stop,
    dailyCheck,
  };
}

/** A "sync now" for a token another node leads: left for its leader (store/leases.ts requestSync). */
interface ForwardedSync {
  token: string;
  leader: { host: string | null; pid: number | null; since: string | null } | null;
}

/** The config's store and the webhooks, whose outbox its transactions write; on SQLite also its WAL checkpointer. */
async function openDaemonStore(
  config: Config,
  path: string,
  logger: Logger,
): Promise<{ store: Store; webhooks?: Webhooks; background?: { stop(): Promise<void> } }> {
  if (config.store) {
    let webhooks: Webhooks | undefined;
    const events = createEventCollector(config.webhooks, () => webhooks?.sender.kick());
    const store = await openStore(config, {
      onIdleError: (e) => logger.warn('database connection dropped: reconnecting at the next query', { error: e.message }),
      events,
    });
    try {
      if (store.engine === 'postgresql') webhooks = await startWebhooks({ config, path, pool: store.pool, events, logger });
    } catch (e) {
      await store.close().catch(() => {});
      throw e;
    }
    return { store, webhooks };
  }
  const db = openDatabase(config.database!, {
    createUnder: config.state_dir,
    onCreate: (p) => logger.warn('created a new, empty database: every token starts with a full fetch', { database: p }),
  });
  const background = startBackground(db, { onError: (error) => logger.warn('background thread: WAL checkpoint or query failed', { error }) });
  const webhooks = await startWebhooks({ config, path, db, logger });
  return { store: sqliteStore(db, webhooks.outbox), webhooks, background };
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
