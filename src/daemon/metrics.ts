import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Logger } from '../log.ts';

// Prometheus metrics on a registry of our own (never prom-client's global one, so tests and embedders can hold several).
// Callers use the small methods of `Metrics`; nothing else in adesync imports prom-client.

interface DeviceCount {
  token: string;
  profile_status: string;
  count: number;
}
interface AssignmentCount {
  token: string;
  state: string;
  count: number;
}
interface CursorIssued {
  token: string;
  issued_at: string;
}
/** The decisions the enrollment server reports (src/enroll/server.ts EnrollmentOutcome); their counters start at 0. */
const ENROLLMENT_OUTCOMES = ['served', 'os_update_required', 'refused', 'bad_request', 'error'] as const;
type Source<T> = () => T[] | Promise<T[]>;

/** What a token can be, from the daemon's point of view (peers.md: operators want expiry/invalid/terms surfaced). */
const TOKEN_STATUSES = ['ok', 'expiring', 'expired', 'invalid', 'terms_not_accepted', 'unavailable', 'missing'] as const;
export type TokenStatus = (typeof TOKEN_STATUSES)[number];

/** The login-first flows (src/enroll/server.ts LoginFlowName): a bounded label set, each series from 0. */
const LOGIN_FLOWS = ['webview', 'ota', 'psso'] as const;
type LoginFlow = (typeof LOGIN_FLOWS)[number];

type SyncKind = 'fetch' | 'sync' | 'full';
/** The enrollment worker pool at a scrape. */
interface EnrollmentPoolFigures {
  queued: number;
  workers: number;
  busy: number;
  restarts: number;
}
type EnrollmentDecision = 'serve' | 'refuse' | 'os_update_required' | 'unknown_serial' | 'bad_request' | 'error' | (string & {});

export interface Metrics {
  readonly registry: Registry;
  /** Content-Type of render()'s text. */
  readonly contentType: string;
  render(): Promise<string>;
  /** One Apple response (or network failure: status "error"), with how long it took. Matches ClientOptions.onResponse. */
  appleResponse(token: string, endpoint: string, status: number | string, ms: number): void;
  /** A sync run ended (ok or not). */
  syncFinished(token: string, kind: SyncKind, ms: number, ok?: boolean): void;
  /** One device page fetched and committed. */
  syncPage(token: string, n?: number): void;
  /** Apple's per-serial answers to an assignment: SUCCESS, NOT_ACCESSIBLE, FAILED, ... */
  assignmentResults(token: string, result: string, n?: number): void;
  /** One enrollment request decided, with how long it took end to end. */
  enrollment(decision: EnrollmentDecision, ms: number): void;
  /** An enrollment request answered 503 for declared overload (queue_full, deadline, worker_lost), or dropped unanswered (client_gone). */
  enrollmentOverload(reason: string): void;
  /** A connection closed at accept by a listener's limits (max_connections, per_peer). */
  connectionRefused(listener: 'enrollment' | 'admin', reason: string): void;
  /** Called at each scrape for the enrollment queue length, workers and restarts. */
  setEnrollmentPool(fn: () => EnrollmentPoolFigures): void;
  /** One enrollment refused, by its code (a bounded set: src/enroll/refusals.ts). */
  enrollmentRefusal(code: string): void;
  /** A serial served again within its per-device window ('served'), or refused for the limit ('limited'). */
  enrollmentRepeat(outcome: 'served' | 'limited'): void;
  /** A profile served bound to a logged-in user, by the flow that logged it in (webview, ota, psso). */
  enrollmentLogin(flow: LoginFlow): void;
  /** The token's access_token_expiry; the gauge counts down at each scrape (negative once expired). */
  tokenExpiry(token: string, expiry: Date | string): void;
  /** The token's current status: its label is 1, the others 0. */
  tokenStatus(token: string, status: TokenStatus): void;
  /** Drop a token's series (it left the config). */
  forgetToken(token: string): Promise<void>;
  /** Called at each scrape to fill adesync_devices{token,profile_status}. */
  setDeviceCounts(fn: Source<DeviceCount>): void;
  /** Called at each scrape to fill adesync_assignments{token,state}. */
  setAssignmentCounts(fn: Source<AssignmentCount>): void;
  // For the alerts in contrib/prometheus/adesync.rules.yml:
  /** Called at each scrape to fill adesync_ready (1 ready, 0 not). */
  setReadiness(fn: () => boolean): void;
  /** Called at each scrape to fill adesync_sync_cursor_age_seconds{token} from when each cursor was issued. */
  setCursors(fn: Source<CursorIssued>): void;
  /** The last successful sync before this process started (from the database), so the alert survives restarts. */
  syncLastSuccessAt(token: string, at: Date | string): void;
}

export interface MetricsOptions {
  /** Process and Node.js default metrics (CPU, memory, event loop lag, GC); default true. */
  defaultMetrics?: boolean;
  logger?: Logger;
  /** For tests: the clock used by the token expiry gauge. */
  now?: () => number;
}

export function createMetrics(opts: MetricsOptions = {}): Metrics {
  const registry = new Registry();
  const registers = [registry];
  const now = opts.now ?? Date.now;
  if (opts.defaultMetrics !== false) collectDefaultMetrics({ register: registry });

  const appleRequests = new Counter({
    name: 'adesync_apple_requests_total',
    help: 'Responses from Apple\'s Device Assignment service, by token, endpoint and HTTP status ("error": no response)',
    labelNames: ['token', 'endpoint', 'status'] as const,
    registers,
  });
  const appleDuration = new Histogram({
    name: 'adesync_apple_request_duration_seconds',
    help: 'Time from request to response for Apple calls',
    labelNames: ['token', 'endpoint'] as const,
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
    registers,
  });
  const syncDuration = new Histogram({
    name: 'adesync_sync_duration_seconds',
    help: 'Duration of a device sync run (fetch: full list; sync: changes since the cursor)',
    labelNames: ['token', 'kind'] as const,
    buckets: [0.5, 1, 5, 15, 30, 60, 120, 300, 600, 1800, 3600],
    registers,
  });
  const syncRuns = new Counter({
    name: 'adesync_sync_runs_total',
    help: 'Device sync runs by outcome',
    labelNames: ['token', 'kind', 'result'] as const,
    registers,
  });
  const syncLastSuccess = new Gauge({
    name: 'adesync_sync_last_success_timestamp_seconds',
    help: 'Unix time of the last successful sync run (alert when it gets old)',
    labelNames: ['token'] as const,
    registers,
  });
  const syncPages = new Counter({
    name: 'adesync_sync_pages_total',
    help: 'Device pages fetched and committed',
    labelNames: ['token'] as const,
    registers,
  });
  const assignmentResultsC = new Counter({
    name: 'adesync_assignment_results_total',
    help: "Apple's per-serial answers to profile assignments",
    labelNames: ['token', 'result'] as const,
    registers,
  });
  const enrollRequests = new Counter({
    name: 'adesync_enrollment_requests_total',
    help: 'Enrollment requests by decision',
    labelNames: ['decision'] as const,
    registers,
  });
  const enrollRefusals = new Counter({
    name: 'adesync_enrollment_refusals_total',
    help: 'Enrollment requests refused, by code (the per-hour counts are in the enrollment_refusals table)',
    labelNames: ['code'] as const,
    registers,
  });
  const enrollRepeats = new Counter({
    name: 'adesync_enrollment_repeats_total',
    help: "Profiles served to a serial already served within enrollment.per_device_limit's window (served), and requests refused for that limit (limited)",
    labelNames: ['outcome'] as const,
    registers,
  });
  const enrollLogins = new Counter({
    name: 'adesync_enrollment_logins_total',
    help: 'Profiles served bound to a logged-in user (who enrolled the device: adesync enrollments), by flow: webview, ota, psso',
    labelNames: ['flow'] as const,
    registers,
  });
  const enrollDuration = new Histogram({
    name: 'adesync_enrollment_duration_seconds',
    help: 'Enrollment request handling time (verify, decide, build, sign)',
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers,
  });

  const enrollRejected = new Counter({
    name: 'adesync_enrollment_rejected_total',
    help: 'Enrollment requests answered 503 + Retry-After for declared overload: queue_full, deadline (a job ran or waited too long), worker_lost',
    labelNames: ['reason'] as const,
    registers,
  });
  const enrollAbandoned = new Counter({
    name: 'adesync_enrollment_abandoned_total',
    help: 'Enrollment requests whose client went away before their job ran (the job was dropped, not run)',
    registers,
  });
  const connectionsRefused = new Counter({
    name: 'adesync_connections_refused_total',
    help: "Connections closed at accept by a listener's limits (max_connections, per_peer)",
    labelNames: ['listener', 'reason'] as const,
    registers,
  });
  let poolSource: (() => EnrollmentPoolFigures) | undefined;
  new Gauge({
    name: 'adesync_enrollment_queue_length',
    help: 'Enrollment jobs waiting for a worker thread',
    registers,
    collect() {
      if (poolSource) this.set(poolSource().queued);
    },
  });
  new Gauge({
    name: 'adesync_enrollment_workers',
    help: 'Enrollment worker threads running (loaded and taking jobs), and of those busy with a job',
    labelNames: ['state'] as const,
    registers,
    collect() {
      if (!poolSource) return;
      const p = poolSource();
      this.set({ state: 'running' }, p.workers);
      this.set({ state: 'busy' }, p.busy);
    },
  });
  new Counter({
    name: 'adesync_enrollment_worker_restarts_total',
    help: 'Enrollment worker threads replaced after dying or running a job past its deadline',
    registers,
    collect() {
      if (poolSource) {
        this.reset();
        this.inc(poolSource().restarts);
      }
    },
  });

  const expiries = new Map<string, number>();
  new Gauge({
    name: 'adesync_token_expiry_seconds',
    help: "Seconds until the server token's access_token_expiry (negative: expired)",
    labelNames: ['token'] as const,
    registers,
    collect() {
      this.reset();
      for (const [token, at] of expiries) this.set({ token }, Math.round((at - now()) / 1000));
    },
  });
  const tokenStatusG = new Gauge({
    name: 'adesync_token_status',
    help: "The token's current status (1 for the current one)",
    labelNames: ['token', 'status'] as const,
    registers,
  });

  let deviceSource: Source<DeviceCount> | undefined;
  let assignmentSource: Source<AssignmentCount> | undefined;
  const warnOnce = new Set<string>();
  const failed = (what: string, e: unknown) => {
    if (!warnOnce.has(what)) {
      warnOnce.add(what);
      opts.logger?.warn(`metrics: ${what} collect failed`, { error: e });
    }
  };
  new Gauge({
    name: 'adesync_devices',
    help: 'Devices known per token and Apple profile_status',
    labelNames: ['token', 'profile_status'] as const,
    registers,
    async collect() {
      if (!deviceSource) return;
      try {
        const rows = await deviceSource();
        this.reset();
        for (const r of rows) this.set({ token: r.token, profile_status: r.profile_status }, r.count);
      } catch (e) {
        failed('devices', e);
      } // keep the last values rather than failing the whole scrape
    },
  });
  new Gauge({
    name: 'adesync_assignments',
    help: 'Devices per token and assignment state',
    labelNames: ['token', 'state'] as const,
    registers,
    async collect() {
      if (!assignmentSource) return;
      try {
        const rows = await assignmentSource();
        this.reset();
        for (const r of rows) this.set({ token: r.token, state: r.state }, r.count);
      } catch (e) {
        failed('assignments', e);
      }
    },
  });

  // Alerting: readiness, cursor age (Apple refuses cursors 7 days old), both computed at each scrape.
  let readySource: (() => boolean) | undefined;
  new Gauge({
    name: 'adesync_ready',
    help: '1 when the daemon is ready (database migrated, listeners bound), 0 while starting or stopping',
    registers,
    collect() {
      let ok = false;
      try {
        ok = readySource?.() ?? false;
      } catch {
        ok = false;
      }
      this.set(ok ? 1 : 0);
    },
  });
  let cursorSource: Source<CursorIssued> | undefined;
  new Gauge({
    name: 'adesync_sync_cursor_age_seconds',
    help: "Age of the token's sync cursor (Apple answers EXPIRED_CURSOR at 7 days; adesync refreshes at sync.cursor_refresh_days)",
    labelNames: ['token'] as const,
    registers,
    async collect() {
      if (!cursorSource) return;
      try {
        const rows = await cursorSource();
        this.reset();
        for (const r of rows) {
          const at = Date.parse(r.issued_at);
          if (Number.isFinite(at)) this.set({ token: r.token }, Math.max(0, Math.round((now() - at) / 1000)));
        }
      } catch (e) {
        failed('cursors', e);
      }
    },
  });

  // Counters start at 0 for the outcomes alerts watch: increase() cannot see a series' first sample, so a burst of
  // enrollment errors (or the first FAILED assignments of a token) that created the series would otherwise go unseen.
  for (const decision of ENROLLMENT_OUTCOMES) enrollRequests.inc({ decision }, 0);
  for (const flow of LOGIN_FLOWS) enrollLogins.inc({ flow }, 0);
  const zeroed = new Set<string>();
  const zeroToken = (token: string) => {
    if (zeroed.has(token)) return;
    zeroed.add(token);
    for (const result of ['SUCCESS', 'FAILED', 'NOT_ACCESSIBLE', 'THROTTLED']) assignmentResultsC.inc({ token, result }, 0);
    for (const result of ['ok', 'error']) syncRuns.inc({ token, kind: 'sync', result }, 0);
  };

  const sec = (ms: number) => Math.max(0, ms) / 1000;

  return {
    registry,
    contentType: registry.contentType,
    render: () => registry.metrics(),
    appleResponse(token, endpoint, status, ms) {
      appleRequests.inc({ token, endpoint, status: String(status) });
      appleDuration.observe({ token, endpoint }, sec(ms));
    },
    syncFinished(token, kind, ms, ok = true) {
      syncRuns.inc({ token, kind, result: ok ? 'ok' : 'error' });
      if (!ok) return;
      syncDuration.observe({ token, kind }, sec(ms));
      syncLastSuccess.set({ token }, Math.floor(now() / 1000));
    },
    syncPage: (token, n = 1) => syncPages.inc({ token }, n),
    assignmentResults: (token, result, n = 1) => assignmentResultsC.inc({ token, result }, n),
    enrollment(decision, ms) {
      enrollRequests.inc({ decision });
      enrollDuration.observe(sec(ms));
    },
    enrollmentOverload(reason) {
      if (reason === 'client_gone') enrollAbandoned.inc();
      else enrollRejected.inc({ reason });
    },
    connectionRefused: (listener, reason) => connectionsRefused.inc({ listener, reason }),
    setEnrollmentPool(fn) {
      poolSource = fn;
    },
    enrollmentRefusal: (code) => enrollRefusals.inc({ code }),
    enrollmentRepeat: (outcome) => enrollRepeats.inc({ outcome }),
    enrollmentLogin: (flow) => enrollLogins.inc({ flow }),
    tokenExpiry(token, expiry) {
      const at = typeof expiry === 'string' ? Date.parse(expiry) : expiry.getTime();
      if (Number.isFinite(at)) expiries.set(token, at);
      else expiries.delete(token);
    },
    tokenStatus(token, status) {
      zeroToken(token);
      for (const s of TOKEN_STATUSES) tokenStatusG.set({ token, status: s }, s === status ? 1 : 0);
    },
    async forgetToken(token) {
      expiries.delete(token);
      zeroed.delete(token);
      for (const m of [appleRequests, appleDuration, syncDuration, syncRuns, syncLastSuccess, syncPages, assignmentResultsC, tokenStatusG]) {
        await removeToken(m, token);
      }
    },
    setDeviceCounts(fn) {
      deviceSource = fn;
    },
    setAssignmentCounts(fn) {
      assignmentSource = fn;
    },
    setReadiness(fn) {
      readySource = fn;
    },
    setCursors(fn) {
      cursorSource = fn;
    },
    syncLastSuccessAt(token, at) {
      const t = typeof at === 'string' ? Date.parse(at) : at.getTime();
      if (Number.isFinite(t)) syncLastSuccess.set({ token }, Math.floor(t / 1000));
    },
  };
}

/** prom-client removes series by full label set only; find every set with this token via get(). */
async function removeToken(metric: Counter<string> | Gauge<string> | Histogram<string>, token: string): Promise<void> {
  const m = await metric.get();
  const seen = new Set<string>();
  for (const v of m.values) {
    if (v.labels.token !== token) continue;
    // histogram samples carry "le" (and _sum/_count names); the series is the rest of the labels
    const labels = Object.fromEntries(Object.entries(v.labels).filter(([k]) => k !== 'le')) as Record<string, string | number>;
    const key = JSON.stringify(labels);
    if (seen.has(key)) continue;
    seen.add(key);
    metric.remove(labels);
  }
}
