/**
 * The enrollment endpoint (B.3–B.7): verify the device-signed MachineInfo, decide, answer with a signed .mobileconfig,
 * a 403 com.apple.softwareupdate.required, or a JSON refusal. Serves only `enrollment.path` and /healthz.
 *
 * Status codes: 200 profile; 400 malformed (not CMS, bad CMS, bad MachineInfo, missing device info); 403 unsigned,
 * untrusted or bad signature, not our device, OS policy; 404 other paths; 405 other methods; 408 slow sender (Node);
 * 413 body or header over the limit; 503 with Retry-After (so the device's "Try Again" works) only for declared
 * overload — the job queue is full, a job ran or waited past its deadline, the worker running it died (pool.ts) — or
 * when OUR upstream (the per-device SCEP challenge service) fails. A client's bad input is never a 5xx.
 *
 * The main thread only frames HTTP, looks the serial up, decides and records: everything that parses or verifies
 * what a client sent runs in a worker thread (pool.ts), with a deadline, a heap limit and a bounded queue. Each
 * listener caps its connections, in all and per peer (connections.ts).
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { availableParallelism } from 'node:os';
import type { EnrollmentConfig } from '../config/schema.ts';
import { type DeviceRequestVerifier, looksLikeSignedData } from '../cms/verify.ts';
import { ChallengeUnavailableError, fetchScepChallenge } from './challenge.ts';
import { databaseFailure } from '../store/health.ts';
import { createRateLimitedLog, silentLogger, type Logger } from '../log.ts';
import type { DB } from '../store/db.ts';
import { decide, type DecideConfig, type Decision, type DeviceRecord } from './decide.ts';
import { limitConnections, type ConnectionRefusal } from './connections.ts';
import { loadPrepared, type Prepared } from './engine.ts';
import type { LookupDevice } from './lookup.ts';
import { looksLikePlist, type MachineInfo } from './machineinfo.ts';
import { AbandonedError, createEnginePool, OverloadError, type EnginePool, type OverloadReason, type PoolHealth, type PoolStats } from './pool.ts';
import { createBatchedRecorder, type EnrollmentRecord } from './record.ts';
import { createRefusals } from './refusals.ts';
import { createServeLimit, tooManyMessage, TOO_MANY, type StoredWindow } from './replay.ts';
import { createSqliteEnrollmentStore, type EnrollmentFlow, type EnrollmentStore } from '../store/enrollments.ts';
import { fixedFieldsJson } from '../profile/fixed.ts';
import type { Outbox } from '../events/outbox.ts';
import type { AuthUser } from '../auth/types.ts';

const MAX_BODY_BYTES = 64 * 1024;
/** Seconds a device is told to wait after a declared overload (the user taps Try Again). */
const OVERLOAD_RETRY_AFTER = '5';
/** Connections per peer when enrollment.limits.max_connections_per_peer is not set and no proxy is in front. */
const DEFAULT_MAX_CONNECTIONS_PER_PEER = 256;
const DEVICE_INFO_HEADER = 'x-apple-aspen-deviceinfo';

export interface EnrollmentServerOptions {
  config: EnrollmentConfig;
  /** Where lookups and records go: `store` (either engine), or an SQLite `db` (its store is made here, with `outbox`). */
  db?: DB;
  store?: EnrollmentStore;
  logger?: Logger;
  /** Default: the store's lookup (an indexed query on the devices table), asked with the serial's recent records. */
  lookupDevice?: LookupDevice;
  /** The name of the rule that chose this device's profile, for the record. */
  profileRule?: (device: DeviceRecord | undefined, mi: MachineInfo) => string | undefined;
  /** Overrides enrollment.listen (tests: 127.0.0.1:0). */
  listen?: { host: string; port: number };
  headersTimeoutMs?: number;
  requestTimeoutMs?: number;
  /** Default 5 s. Tests whose event loop blocks on openssl/python raise it, so no reused connection races its close. */
  keepAliveTimeoutMs?: number;
  /**
   * Called once per answered request on the enrollment path (not /healthz, not other paths), after the answer is
   * written, with the end-to-end time in ms. decision: 'served', 'os_update_required', 'refused' (403), 'bad_request'
   * (400/405/413: malformed input), 'overloaded' (the 503 of a declared overload) or 'error' (the 503 for a failed
   * SCEP challenge service or a database that does not answer, or a 500). Not called for a client that went away unanswered (see onOverload).
   */
  onDecision?: (decision: EnrollmentOutcome, ms: number) => void;
  /** A request answered 503 for overload, or dropped unanswered because its client had gone ('client_gone'). */
  onOverload?: (reason: OverloadReason | 'client_gone') => void;
  /** A connection closed at accept by the listener's limits. */
  onConnectionRefused?: (reason: ConnectionRefusal) => void;
  /** Overrides enrollment.workers: 0 = one worker thread per core, N = N worker threads. */
  workers?: number;
  /** How long health() waits for a worker's ping answer (tests). */
  pingTimeoutMs?: number;
  /** Called once per refusal with its code (a bounded set: refusals.ts). */
  onRefusal?: (code: string) => void;
  /** Called when a serial is served again within its limit's window ('served') or refused for the limit ('limited'). */
  onRepeat?: (outcome: 'served' | 'limited') => void;
  /** Called once per profile served bound to a logged-in user, with the flow that logged it in. */
  onLogin?: (flow: LoginFlowName) => void;
  /** One log line per refusal code per this interval (default 60 s). */
  refusalLogIntervalMs?: number;
  /** enrollment.* events for webhooks, written with each batch of records. */
  outbox?: Outbox;
  /** Routes beside the enrollment path (src/auth), tried in order before the 404. */
  routes?: EnrollRoute[];
  /** Consulted before a served profile is built (src/auth/psso). */
  gate?: EnrollmentGate;
}

/** The login-first flows a served profile can be bound through. */
type LoginFlowName = Exclude<EnrollmentFlow, 'ade'>;

export type EnrollmentOutcome = 'served' | 'os_update_required' | 'refused' | 'bad_request' | 'overloaded' | 'error';

/** An answer a gate or route sends instead of the profile (a 403 JSON, usually). */
export interface GateAnswer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/**
 * Consulted for a verified device the policy would serve, before its profile is built (PSSO: the 403
 * com.apple.psso.required, or the bearer token's check). `answer`: send that instead; `user`: serve, bound to that user.
 */
export type EnrollmentGate = (
  req: http.IncomingMessage,
  mi: MachineInfo,
  device: DeviceRecord | undefined,
) => Promise<{ answer: GateAnswer } | { user: AuthUser } | undefined>;

/** What an extra route (src/auth: web view, OTA, PSSO endpoints) uses: the POST path's own verify, decide and serve. */
export interface EnrollContext {
  readonly config: EnrollmentConfig;
  readonly pool: EnginePool;
  readonly logger: Logger;
  remoteAddr(req: http.IncomingMessage): string | undefined;
  readBody(req: http.IncomingMessage): Promise<Buffer>;
  sendJson(res: http.ServerResponse, status: number, body: unknown, headers?: Record<string, string>): void;
  /** Queue a full record with the endpoint's batched recorder (OTA phases). */
  record(rec: EnrollmentRecord): void;
  /** Count a refusal per hour and code, logged at most once a minute per code (refusals.ts). */
  refuse(code: string, fields: Record<string, unknown>): void;
  /**
   * The enrollment path for device-signed bytes (the web view's header, a stored blob): verify, decide, record and
   * answer exactly as a POST would, with `user` bound to the record and the profile's placeholders. `gate`: false skips
   * the gate (the web view has logged its user in already). `flow`: the record's flow for a user (default webview).
   */
  enrollBytes(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    bytes: Buffer,
    gone: AbortSignal,
    o?: { user?: AuthUser; gate?: boolean; flow?: LoginFlowName },
  ): Promise<EnrollmentOutcome>;
  /** Verify and decide only (no record, no answer): for a first request that must refuse early or go on to a login. */
  assess(
    bytes: Buffer,
    gone: AbortSignal,
  ): Promise<
    { ok: false; status: number; code: string; message: string } | { ok: true; mi: MachineInfo; device: DeviceRecord | undefined; decision: Decision }
  >;
}

/** An extra route: undefined when the path is not its own (the next route, then 404, gets it). */
export type EnrollRoute = (
  req: http.IncomingMessage,
  res: http.ServerResponse,
  ctx: EnrollContext,
  gone: AbortSignal,
) => Promise<EnrollmentOutcome | undefined> | undefined;

export interface EnrollmentServer {
  listen(): Promise<AddressInfo>;
  /** Stop accepting, let in-flight requests finish, then resolve. */
  close(): Promise<void>;
  readonly verifier: DeviceRequestVerifier;
  /** Worker threads doing verify/parse/build/sign. */
  readonly workers: number;
  /** The worker pool. */
  readonly pool: EnginePool;
  /** Not ok (with a reason) when no worker runs or every one is stuck; for /readyz and the watchdog. */
  health(): Promise<PoolHealth>;
  /** Queue, workers and overload counts, for metrics. */
  stats(): PoolStats;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly errorCode: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** Load (and so check) everything the endpoint reads from disk; announce a non-Apple device CA at warn. */
function prepareEnrollment(config: EnrollmentConfig, logger: Logger): Prepared {
  const prepared = loadPrepared(config);
  const trust = prepared.verifier.trust;
  if (!trust.apple) {
    logger.warn('enrollment trusts a NON-APPLE device CA: real devices will be refused and anyone holding that CA can enroll', {
      pinned_ca: trust.pinned.subject.replace(/\n/g, ', '),
      fingerprint: trust.pinned.fingerprint256,
    });
  }
  return prepared;
}

/** `enrollment.workers` (or the option) as a thread count: 0 = one per core. */
function resolveWorkers(configured: number): number {
  return configured === 0 ? availableParallelism() : configured;
}

/** One warn line per reason per interval, with a count: a flood of 503s must not become a flood of log lines. */
function overloadLog(logger: Logger, intervalMs = 10_000) {
  const interval_s = intervalMs / 1000;
  return createRateLimitedLog({
    intervalMs,
    line: (reason, count) => logger.warn('enrollment shedding load', { reason, interval_s, ...(count ? { count } : {}) }),
    summary: (reason, count) => logger.warn('enrollment shedding load', { reason, count, interval_s }),
  });
}

/** Aborts when the client goes away before its answer is written: its queued jobs are then dropped, never run. */
function clientGone(req: http.IncomingMessage, res: http.ServerResponse): AbortSignal {
  const ac = new AbortController();
  if (req.socket.destroyed) ac.abort();
  else
    res.once('close', () => {
      if (!res.writableFinished) ac.abort();
    });
  return ac.signal;
}

function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text), 'Cache-Control': 'no-store', ...headers });
  res.end(text);
}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_BODY_BYTES) {
      reject(new HttpError(413, 'adesync.too_large', `request body over ${MAX_BODY_BYTES} bytes`));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (c: Buffer) => {
      if (done) return;
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        done = true;
        reject(new HttpError(413, 'adesync.too_large', `request body over ${MAX_BODY_BYTES} bytes`));
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => {
      if (!done) {
        done = true;
        resolve(Buffer.concat(chunks));
      }
    });
    // A client that drops the connection mid-body made a bad request, not a server error.
    req.on('error', (e) => {
      if (!done) {
        done = true;
        reject(new HttpError(400, 'adesync.bad_request', `the request body did not arrive complete (${(e as NodeJS.ErrnoException).code ?? e.message})`));
      }
    });
  });
}

export function createEnrollmentServer(opts: EnrollmentServerOptions): EnrollmentServer {
  const { config } = opts;
  const logger = opts.logger ?? silentLogger;
  const prepared = prepareEnrollment(config, logger);
  const store = opts.store ?? (opts.db ? createSqliteEnrollmentStore(opts.db, opts.outbox) : undefined);
  if (!store) throw new Error('createEnrollmentServer needs a store or a db');
  // what every profile of this server holds fixed (Part D), for `adesync profile show`'s comparison with the config
  const servedFixed = fixedFieldsJson(config, prepared.signer.certificate);
  const lookupDevice = opts.lookupDevice ?? store.lookup;
  const recorder = createBatchedRecorder(store, (e) => logger.error('cannot record enrollments', { err: e as Error }));
  const record = recorder.record;
  const refusals = createRefusals({ recorder, logger, intervalMs: opts.refusalLogIntervalMs ?? 60_000, onRefusal: opts.onRefusal });
  const serveLimit = createServeLimit({ limit: config.per_device_limit, recent: store.recent, pending: recorder.pending });
  const hook = (name: string, f: () => void) => {
    try {
      f();
    } catch (e) {
      logger.error(`enrollment ${name} hook failed`, { err: e as Error });
    }
  };
  const repeat = (outcome: 'served' | 'limited') => hook('onRepeat', () => opts.onRepeat?.(outcome));
  const onDecision = opts.onDecision;
  const decideConfig: DecideConfig = {
    minimum_os: config.minimum_os,
    allow_unknown_serials: config.allow_unknown_serials,
    below_minimum_cannot_update: config.below_minimum_cannot_update,
    identity_type: config.profile.identity.type,
    has_fallback_identity: !!prepared.fallback,
  };
  const challengeTimeoutMs = config.profile.challenge_timeout_seconds * 1000;
  const workers = resolveWorkers(opts.workers ?? config.workers);
  const pool = createEnginePool({ config, size: workers, logger, pingTimeoutMs: opts.pingTimeoutMs });
  const logOverload = overloadLog(logger);

  function remoteAddr(req: http.IncomingMessage): string | undefined {
    if (config.trust_forwarded_headers) {
      // The rightmost entry is the one our own proxy appended; entries left of it are client-supplied.
      const xff = String(req.headers['x-forwarded-for'] ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      if (xff.length) return xff[xff.length - 1].slice(0, 64);
    }
    return req.socket.remoteAddress;
  }

  async function deviceInfoBytes(req: http.IncomingMessage): Promise<Buffer> {
    const body = req.method === 'POST' ? await readBody(req) : Buffer.alloc(0);
    if (body.length) return body;
    const header = req.headers[DEVICE_INFO_HEADER];
    if (typeof header === 'string' && header.length) {
      const compact = header.replace(/\s+/g, '');
      if (!/^[A-Za-z0-9+/]+={0,2}$/.test(compact)) throw new HttpError(400, 'adesync.bad_request', `${DEVICE_INFO_HEADER} is not base64`);
      const bytes = Buffer.from(compact, 'base64');
      if (bytes.length > MAX_BODY_BYTES) throw new HttpError(413, 'adesync.too_large', `${DEVICE_INFO_HEADER} over ${MAX_BODY_BYTES} bytes`);
      return bytes;
    }
    throw new HttpError(400, 'adesync.bad_request', `no device information: POST the CMS-signed MachineInfo, or send it base64 in ${DEVICE_INFO_HEADER}`);
  }

  /**
   * The serial's device and its stored records in the limit's window, asked together (one round trip on PostgreSQL); with
   * a lookup of the caller's own, the device alone (the limit then asks for the records when it needs them).
   */
  async function look(serial: string): Promise<{ device: DeviceRecord | undefined; read?: StoredWindow }> {
    if (opts.lookupDevice) return { device: await opts.lookupDevice(serial) };
    const w = serveLimit.window();
    const { device, recent } = await store!.lookupWithRecent(serial, w.since);
    return { device, read: { t: w.t, stored: recent } };
  }

  /** Answers one request on the enrollment path; returns what was decided, for onDecision. */
  async function enroll(req: http.IncomingMessage, res: http.ServerResponse, gone: AbortSignal): Promise<EnrollmentOutcome> {
    // Counted per hour and code, logged at most once a minute per code: never a row or a line per request (refusals.ts).
    const refuse = (status: number, code: string, message: string): EnrollmentOutcome => {
      refusals.refuse(code, { status, reason: message, remote: remoteAddr(req) });
      sendJson(res, status, { code, message });
      return status === 403 ? 'refused' : 'bad_request';
    };
    let bytes: Buffer;
    try {
      bytes = await deviceInfoBytes(req);
    } catch (e) {
      if (e instanceof HttpError) {
        if (e.status === 413) res.setHeader('Connection', 'close');
        const outcome = refuse(e.status, e.errorCode, e.message);
        if (e.status === 413) req.resume();
        return outcome;
      }
      throw e;
    }
    return enrollBytes(req, res, bytes, gone);
  }

  async function enrollBytes(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    bytes: Buffer,
    gone: AbortSignal,
    o: { user?: AuthUser; gate?: boolean; flow?: LoginFlowName } = {},
  ): Promise<EnrollmentOutcome> {
    const remote = remoteAddr(req);
    const base: Partial<EnrollmentRecord> = { remote_addr: remote };
    const refuse = (
      status: number,
      code: string,
      message: string,
      extra: Partial<EnrollmentRecord> = {},
      headers: Record<string, string> = {},
    ): EnrollmentOutcome => {
      refusals.refuse(code, { status, reason: message, serial: extra.serial_number, remote });
      sendJson(res, status, { code, message }, headers);
      return status === 403 ? 'refused' : 'bad_request';
    };
    if (!looksLikeSignedData(bytes)) {
      if (looksLikePlist(bytes)) return refuse(403, 'adesync.unsigned', 'MachineInfo must be CMS-signed by the device; an unsigned plist is not accepted');
      return refuse(400, 'adesync.bad_request', 'the body is neither a CMS SignedData nor a plist');
    }
    const opened = await pool.open(bytes, gone);
    if (!opened.ok) return refuse(opened.status, opened.code, opened.message);
    const mi = opened.mi;
    let { device, read } = await look(mi.SERIAL);
    const rule = opts.profileRule?.(device, mi);
    const d: Decision = decide({ machineInfo: mi, device, config: decideConfig, profileRule: rule });
    const rec: EnrollmentRecord = {
      ...base,
      token: d.token,
      serial_number: mi.SERIAL,
      udid: mi.UDID,
      product: mi.PRODUCT,
      os_version: mi.OS_VERSION ?? d.osVersion,
      build_version: mi.SUPPLEMENTAL_BUILD_VERSION ?? mi.VERSION,
      language: mi.LANGUAGE,
      decision: d.decision,
      reason: d.reason,
      profile_rule: rule,
    };
    const log = { serial: mi.SERIAL, udid: mi.UDID, product: mi.PRODUCT, os: d.osVersion, token: d.token, remote };
    if (d.decision !== 'served') {
      // A full record only for a serial of ours, and only up to its limit per window: replays add to a counter.
      const kept = !!device && (await serveLimit.mayRecord(mi.SERIAL, read));
      if (kept) record(rec);
      else if (device) recorder.limited(mi.SERIAL, d.body.code);
      if (d.decision === 'refused') refusals.refuse(d.body.code, { ...log, reason: d.reason });
      else if (kept) logger.info('enrollment: OS update required', { ...log, reason: d.reason, code: d.body.code });
      sendJson(res, d.status, d.body);
      return d.decision;
    }
    let user = o.user;
    let flow: LoginFlowName = o.flow ?? 'webview';
    if (opts.gate && o.gate !== false) {
      read = undefined; // the gate may take a while: the limit reads the window afresh after it
      const gated = await opts.gate(req, mi, device);
      if (gated && 'answer' in gated) {
        const a = gated.answer;
        const code = (a.body as { code?: string } | undefined)?.code ?? 'adesync.refused';
        refusals.count(code);
        sendJson(res, a.status, a.body, a.headers);
        return a.status === 403 ? 'refused' : 'bad_request';
      }
      if (gated) {
        user = gated.user;
        flow = 'psso';
      }
    }
    const slot = await serveLimit.admit(mi.SERIAL, read);
    if (!slot.ok) {
      recorder.limited(mi.SERIAL, TOO_MANY);
      repeat('limited');
      return refuse(
        403,
        TOO_MANY,
        tooManyMessage(config.per_device_limit, slot.retryAfterSeconds),
        { serial_number: mi.SERIAL },
        { 'Retry-After': String(slot.retryAfterSeconds) },
      );
    }
    // the slot is held until the record is queued (the limit counts it from then on) or serving failed
    try {
      const outcome = await serveProfile(res, mi, d, user ? { ...rec, user, flow } : rec, log, gone);
      if (outcome === 'served' && slot.repeat) repeat('served');
      if (outcome === 'served' && user) hook('onLogin', () => opts.onLogin?.(flow));
      return outcome;
    } finally {
      slot.release();
    }
  }

  /** Build, sign and send the profile; its record is queued before the answer goes out. */
  async function serveProfile(
    res: http.ServerResponse,
    mi: MachineInfo,
    d: Extract<Decision, { decision: 'served' }>,
    rec: EnrollmentRecord,
    log: Record<string, unknown>,
    gone: AbortSignal,
  ): Promise<EnrollmentOutcome> {
    const identity = d.identity === 'fallback' ? prepared.fallback! : prepared.identity;
    let scepChallenge: string | undefined;
    if (identity.kind === 'scep') {
      try {
        scepChallenge = identity.challengeUrl
          ? await fetchScepChallenge(identity.challengeUrl, { serial: mi.SERIAL, udid: mi.UDID }, challengeTimeoutMs)
          : identity.challenge;
      } catch (e) {
        if (e instanceof ChallengeUnavailableError) {
          record({ ...rec, decision: 'refused', reason: `${e.code}: ${e.message}` });
          refusals.count(e.code);
          logger.error('enrollment: SCEP challenge service failed', { ...log, reason: e.message });
          sendJson(res, 503, { code: e.code, message: 'Enrollment is temporarily unavailable; try again.' }, { 'Retry-After': '10' });
          return 'error';
        }
        throw e;
      }
    }
    const built = await pool.build(
      { platform: d.platform, identity: d.identity, device: { serial: mi.SERIAL, udid: mi.UDID, product: mi.PRODUCT }, scepChallenge, user: rec.user },
      gone,
    );
    rec.profile_served = `${config.profile.payload_identifier} ${built.profileUuid}`;
    record(rec);
    recorder.servedFixed(servedFixed);
    const who = rec.user ? { flow: rec.flow, user_issuer: rec.user.issuer, user_subject: rec.user.subject } : {};
    logger.info('enrollment profile served', { ...log, ...who, reason: d.reason, identity: identity.kind, profile_uuid: built.profileUuid });
    res.writeHead(200, {
      'Content-Type': 'application/x-apple-aspen-config',
      'Content-Length': built.signed.length,
      'Content-Disposition': 'attachment; filename="enroll.mobileconfig"',
      'Cache-Control': 'no-store',
    });
    res.end(built.signed);
    return 'served';
  }

  /** Undefined for requests that are not enrollments (/healthz, other paths). */
  async function handle(req: http.IncomingMessage, res: http.ServerResponse, gone: AbortSignal): Promise<EnrollmentOutcome | undefined> {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/healthz') {
      if (req.method !== 'GET' && req.method !== 'HEAD')
        return void sendJson(res, 405, { code: 'adesync.method_not_allowed', message: 'use GET' }, { Allow: 'GET, HEAD' });
      return void sendJson(res, 200, { status: 'ok' });
    }
    if (path !== config.path) {
      for (const route of opts.routes ?? []) {
        const answered = route(req, res, ctx, gone);
        if (answered) return answered;
      }
      return void sendJson(res, 404, { code: 'adesync.not_found', message: 'not found' });
    }
    if (req.method !== 'POST' && req.method !== 'GET') {
      sendJson(res, 405, { code: 'adesync.method_not_allowed', message: 'use POST (or GET with x-apple-aspen-deviceinfo)' }, { Allow: 'GET, POST' });
      return 'bad_request';
    }
    return enroll(req, res, gone);
  }

  const ctx: EnrollContext = {
    config,
    pool,
    logger,
    remoteAddr,
    readBody,
    sendJson,
    record,
    refuse: (code, fields) => refusals.refuse(code, fields),
    enrollBytes,
    async assess(bytes, gone) {
      if (!looksLikeSignedData(bytes))
        return { ok: false, status: 400, code: 'adesync.bad_request', message: 'the device information is not a CMS SignedData' };
      const opened = await pool.open(bytes, gone);
      if (!opened.ok) return opened;
      const device = await lookupDevice(opened.mi.SERIAL);
      const decision = decide({ machineInfo: opened.mi, device, config: decideConfig, profileRule: opts.profileRule?.(device, opened.mi) });
      return { ok: true, mi: opened.mi, device, decision };
    },
  };

  const serverOpts: http.ServerOptions = {
    maxHeaderSize: 96 * 1024, // room for a base64 x-apple-aspen-deviceinfo of up to 64 KiB
    headersTimeout: opts.headersTimeoutMs ?? 10_000,
    requestTimeout: opts.requestTimeoutMs ?? 30_000,
    connectionsCheckingInterval: 500, // so slow senders are cut off promptly, not at Node's default 30 s
    keepAliveTimeout: opts.keepAliveTimeoutMs ?? 5_000,
  };
  const report = (outcome: EnrollmentOutcome | undefined, t0: number) => {
    if (!outcome || !onDecision) return;
    try {
      onDecision(outcome, performance.now() - t0);
    } catch (e) {
      logger.error('enrollment onDecision hook failed', { err: e as Error });
    }
  };
  const overloaded = (reason: OverloadReason | 'client_gone') => {
    logOverload.log(reason);
    try {
      opts.onOverload?.(reason);
    } catch (e) {
      logger.error('enrollment onOverload hook failed', { err: e as Error });
    }
  };
  const onRequest = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const t0 = performance.now();
    handle(req, res, clientGone(req, res)).then(
      (outcome) => report(outcome, t0),
      (e) => {
        if (e instanceof AbandonedError) {
          overloaded('client_gone');
          res.destroy();
          return;
        }
        if (e instanceof OverloadError) {
          overloaded(e.reason);
          if (!res.headersSent)
            sendJson(res, 503, { code: 'adesync.overloaded', message: 'Enrollment is busy; try again.' }, { 'Retry-After': OVERLOAD_RETRY_AFTER });
          else res.destroy();
          report('overloaded', t0);
          return;
        }
        logger.error('enrollment handler failed', { err: e as Error });
        // the shared database down (a failover, a restart): a declared 503, so Setup Assistant's "Try Again" works
        if (!res.headersSent && databaseFailure((e as { code?: string }).code))
          sendJson(res, 503, { code: 'adesync.database_unavailable', message: 'Enrollment is temporarily unavailable; try again.' }, { 'Retry-After': '10' });
        else if (!res.headersSent) sendJson(res, 500, { code: 'adesync.internal', message: 'internal error' });
        else res.destroy();
        report('error', t0);
      },
    );
  };
  const server = config.tls
    ? https.createServer({ ...serverOpts, cert: readFileSync(config.tls.cert_file), key: readFileSync(config.tls.key_file), minVersion: 'TLSv1.2' }, onRequest)
    : http.createServer(serverOpts, onRequest);
  const limits = config.limits;
  limitConnections(server, {
    max: limits.max_connections,
    perPeer: limits.max_connections_per_peer ?? (config.trust_forwarded_headers ? limits.max_connections : DEFAULT_MAX_CONNECTIONS_PER_PEER),
    onRefused: (reason) => {
      logOverload.log(`connections: ${reason}`);
      opts.onConnectionRefused?.(reason);
    },
  });
  server.on('clientError', (err: NodeJS.ErrnoException, socket) => {
    if (!socket.writable) return socket.destroy();
    const status = err.code === 'HPE_HEADER_OVERFLOW' ? 431 : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
    const text = JSON.stringify({
      code: 'adesync.bad_request',
      message: status === 431 ? 'headers too large' : status === 408 ? 'request too slow' : 'malformed HTTP request',
    });
    socket.end(
      `HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\nContent-Type: application/json\r\nContent-Length: ${text.length}\r\nConnection: close\r\n\r\n${text}`,
    );
  });

  let closed: Promise<void> | undefined;
  return {
    verifier: prepared.verifier,
    workers: pool.size,
    pool,
    health: () => pool.health(),
    stats: () => pool.stats(),
    async listen() {
      try {
        await pool.ready();
      } catch (e) {
        await pool.close();
        throw e;
      }
      logger.info('enrollment workers ready', { workers: pool.size });
      const [host, portText] = opts.listen
        ? [opts.listen.host, String(opts.listen.port)]
        : [config.listen.replace(/:\d+$/, '').replace(/^\[|\]$/g, ''), config.listen.split(':').pop()!];
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        // A deep accept queue: a room of devices activating at once must not have its connections dropped at the kernel
        // (Node's default backlog is 511; the kernel caps this at net.core.somaxconn).
        server.listen({ port: Number(portText), host, backlog: 4096 }, () => {
          server.off('error', reject);
          const addr = server.address() as AddressInfo;
          logger.info('enrollment endpoint listening', {
            address: addr.address,
            port: addr.port,
            path: config.path,
            tls: !!config.tls,
            workers: pool.size,
            limits,
          });
          resolve(addr);
        });
      });
    },
    close() {
      closed ??= new Promise<void>((resolve) => {
        const done = () => {
          refusals.close();
          logOverload.close();
          recorder
            .flush()
            .then(() => pool.close())
            .then(
              () => resolve(),
              () => resolve(),
            );
        };
        if (!server.listening) return done();
        const force = setTimeout(() => server.closeAllConnections(), 10_000);
        force.unref();
        server.close(() => {
          clearTimeout(force);
          done();
        });
        server.closeIdleConnections();
      });
      return closed;
    },
  };
}
