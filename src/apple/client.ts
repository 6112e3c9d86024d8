// The Device Assignment client (protocol reference A.1–A.11): one typed function per endpoint, over got 14.
//
// Session (A.4): the first call opens a session with GET /session (OAuth 1.0a, src/apple/oauth.ts); every response's
// X-ADM-Auth-Session header replaces the cached token; a 401 or a 403 FORBIDDEN renews it once (single-flight: all
// concurrent callers await one /session) and replays the request once; a second refusal is a SessionError.
// Retries (src/apple/retry.ts): our own loop around got (got's retry limit is 0), with an injectable sleep.
import { performance } from 'node:perf_hooks';
import { setTimeout as delay } from 'node:timers/promises';
import got, { RequestError as GotRequestError, type Got } from 'got';
import type { ClientOptions, ClientStats, DeviceAssignmentApi } from './api.ts';
import {
  RequestError,
  ResponseFormatError,
  SessionError,
  TokenRejectedError,
  UnavailableError,
  errorFor,
  findErrorCode,
  classifyTokenRefusal,
  type TokenRefusal,
} from './errors.ts';
import { freshNonce, oauthHeader } from './oauth.ts';
import { parseResponse, type ResponseKind, type ResponseTypes } from './shapes.ts';
import { decideRetry, networkFailure, parseRetryAfter, type Failure, type RetryClass, type RetryPolicy } from './retry.ts';
import type { HttpMethod } from './types.ts';
import { silentLogger } from '../log.ts';
import { USER_AGENT } from '../version.ts';

const DEFAULT_BASE_URL = 'https://mdmenrollment.apple.com';
/** Exact spelling Apple's samples and depsim use (A.1). */
export const JSON_CONTENT_TYPE = 'application/json;charset=UTF8';
/** Apple's documented per-call limit for assign (A.7.7). */
const MAX_SERIALS_PER_CALL = 1000;
/** A 200 larger than this is refused (a fetch page of 1000 devices is ~1 MiB). */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;
/** How much of an error body is read; Apple's are a bare code. */
const MAX_ERROR_BODY_BYTES = 64 * 1024;

interface Endpoint {
  method: HttpMethod;
  path: string;
  cls: RetryClass;
  protocolVersion?: number;
}
const EP = {
  session: { method: 'GET', path: '/session', cls: 'read' },
  account: { method: 'GET', path: '/account', cls: 'read' },
  fetch: { method: 'POST', path: '/server/devices', cls: 'read' },
  sync: { method: 'POST', path: '/devices/sync', cls: 'read' },
  details: { method: 'POST', path: '/devices', cls: 'read' },
  disown: { method: 'POST', path: '/devices/disown', cls: 'strict' },
  activationLock: { method: 'POST', path: '/device/activationlock', cls: 'strict' },
  replacement: { method: 'GET', path: '/device/replacementDetails', cls: 'read' },
  define: { method: 'POST', path: '/profile', cls: 'write' },
  getProfile: { method: 'GET', path: '/profile', cls: 'read' },
  assign: { method: 'POST', path: '/profile/devices', cls: 'write' },
  assignPut: { method: 'PUT', path: '/profile/devices', cls: 'write' },
  remove: { method: 'DELETE', path: '/profile/devices', cls: 'write' },
  // A.7.8: Apple's beta page says to send protocol version 1 for this one.
  beta: { method: 'GET', path: '/os-beta-enrollment/tokens', cls: 'read', protocolVersion: 1 },
} as const satisfies Record<string, Endpoint>;

const label = (ep: Endpoint) => `${ep.method} ${ep.path}`;

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** What a doubled 401 on /session means, with what the admin must do. */
const REFUSAL_WHY: Record<TokenRefusal, string> = {
  TOKEN_EXPIRED: 'Apple says it has expired. Download a new server token for this MDM server from Apple Business/School Manager and run "adesync token import"',
  TOKEN_REVOKED:
    "it is not expired and this machine's clock agrees with Apple's, so Apple revoked it (or a newer one replaced it). " +
    'Download a new server token for this MDM server from Apple Business/School Manager and run "adesync token import"',
  CLOCK_SKEW:
    "this machine's clock differs from Apple's by more than 5 minutes, so Apple refuses the signature. Fix the system clock (NTP); the token itself may be fine",
  UNAUTHORIZED:
    "it has expired or been revoked, or this machine's clock is off. " +
    'Download a new server token for this MDM server from Apple Business/School Manager (and check the system clock)',
};
interface Req {
  query?: Record<string, string>;
  body?: unknown;
}

/** A device list for details/disown/assign/remove: non-empty strings, de-duplicated, order kept. */
function serialList(serials: string[], endpoint: string, max?: number): string[] {
  if (!Array.isArray(serials) || serials.some((s) => typeof s !== 'string' || s.trim() === '')) {
    throw new RequestError(`${endpoint}: every serial must be a non-empty string`, { endpoint, code: 'DEVICE_ID_INVALID' });
  }
  const list = [...new Set(serials)];
  // Apple answers 400 DEVICE_ID_REQUIRED; that is our bug, so it never leaves the process.
  if (list.length === 0) throw new RequestError(`${endpoint}: no serials given (the caller should skip the call)`, { endpoint, code: 'DEVICE_ID_REQUIRED' });
  if (max !== undefined && list.length > max) {
    throw new RequestError(`${endpoint}: ${list.length} serials, Apple accepts at most ${max} per call: split the batch`, {
      endpoint,
      code: 'TOO_MANY_DEVICES',
    });
  }
  return list;
}

function requireString(v: unknown, what: string, endpoint: string, code: string): string {
  if (typeof v !== 'string' || v.trim() === '') throw new RequestError(`${endpoint}: ${what} is required`, { endpoint, code });
  return v;
}

export function createClient(opts: ClientOptions): DeviceAssignmentApi {
  const token = opts.token;
  const baseUrl = (opts.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
  const protocolVersion = opts.protocolVersion ?? 10;
  const userAgent = opts.userAgent ?? USER_AGENT;
  const timeoutMs = opts.timeoutMs ?? 30_000;
  const policy: RetryPolicy = { maxRetries: opts.maxRetries ?? 5, maxRetryWaitMs: opts.maxRetryWaitMs ?? 900_000, baseDelayMs: opts.baseDelayMs ?? 1000 };
  const sleep = opts.sleep ?? ((ms: number) => delay(ms));
  const now = opts.now ?? Date.now;
  const random = opts.random ?? Math.random;
  const log = (opts.logger ?? silentLogger).child(opts.tokenName ? { token: opts.tokenName } : {});
  const stats: ClientStats = { calls: {}, statuses: {}, sessions: 0, retries: 0 };

  // Redirects are never followed: they would carry the session header to another host.
  const http: Got = got.extend({ retry: { limit: 0 }, throwHttpErrors: false, followRedirect: false, timeout: { request: timeoutMs } });

  let sessionToken: string | undefined;
  let sessionFlight: Promise<string> | undefined;

  /** One HTTP exchange. Resolves with any status; rejects with got's RequestError family (transport) or ResponseFormatError (too large). */
  async function once(ep: Endpoint, req: Req, auth: Record<string, string>): Promise<Raw> {
    const lbl = label(ep);
    const url = baseUrl + ep.path + (req.query ? `?${new URLSearchParams(req.query)}` : '');
    const headers: Record<string, string> = {
      'user-agent': userAgent,
      'x-server-protocol-version': String(ep.protocolVersion ?? protocolVersion),
      accept: JSON_CONTENT_TYPE,
      ...auth,
    };
    // A.3: /session carries the JSON content type too (depsim requires it), with no body.
    if (req.body !== undefined || ep === EP.session) headers['content-type'] = JSON_CONTENT_TYPE;
    stats.calls[lbl] = (stats.calls[lbl] ?? 0) + 1;
    if (ep === EP.session) stats.sessions++;
    const started = performance.now();
    const stream = http.stream(url, { method: ep.method, headers, ...(req.body !== undefined ? { body: JSON.stringify(req.body) } : {}) });
    stream.on('error', () => {}); // errors surface through the awaits below; never as an uncaught 'error' event
    try {
      const res = await new Promise<{ statusCode: number; headers: Raw['headers'] }>((resolve, reject) => {
        stream.once('response', resolve);
        stream.once('error', reject);
      });
      const status = res.statusCode;
      const ok = status >= 200 && status < 300;
      const cap = ok ? MAX_BODY_BYTES : MAX_ERROR_BODY_BYTES;
      const tooLarge = () =>
        new ResponseFormatError(`${lbl}: HTTP ${status} response larger than ${MAX_BODY_BYTES} bytes refused`, {
          status,
          code: 'RESPONSE_TOO_LARGE',
          endpoint: lbl,
        });
      if (ok && Number(res.headers['content-length']) > cap) throw tooLarge();
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        if (size + chunk.length > cap) {
          if (ok) throw tooLarge();
          chunks.push(chunk.subarray(0, cap - size)); // an error body: keep its head, drop the rest
          break;
        }
        chunks.push(chunk);
        size += chunk.length;
      }
      const ms = Math.round(performance.now() - started);
      const k = `${lbl} ${status}`;
      stats.statuses[k] = (stats.statuses[k] ?? 0) + 1;
      log.debug('apple call', { endpoint: lbl, status, ms });
      opts.onResponse?.(lbl, status, ms);
      // A.4: Apple may rotate the session on any response; refusals carry nothing worth adopting.
      const rotated = res.headers['x-adm-auth-session'];
      if (ep !== EP.session && typeof rotated === 'string' && rotated !== '' && status !== 401 && status !== 403 && rotated !== sessionToken) {
        sessionToken = rotated;
        log.debug('session rotated by response header', { endpoint: lbl });
      }
      return { status, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') };
    } catch (e) {
      if (e instanceof GotRequestError) {
        log.debug('apple call failed', { endpoint: lbl, error: e.code, ms: Math.round(performance.now() - started) });
      }
      throw e;
    } finally {
      if (!stream.readableEnded) stream.destroy(); // an abandoned body; a finished one leaves its socket to keep-alive
    }
  }

  /** once() inside the retry policy. Returns the first non-transient answer; throws UnavailableError when it gives up. */
  async function withRetry(ep: Endpoint, req: Req, auth: () => Record<string, string>): Promise<Raw> {
    const lbl = label(ep);
    for (let retries = 0; ; retries++) {
      let failure: Failure;
      let raw: Raw | undefined;
      try {
        raw = await once(ep, req, auth());
        failure = { kind: 'status', status: raw.status, retryAfterMs: parseRetryAfter(raw.headers['retry-after'], now()) };
      } catch (e) {
        if (!(e instanceof GotRequestError)) throw e;
        failure = networkFailure(e);
        raw = undefined;
      }
      const d = decideRetry(failure, ep.cls, retries, policy, random);
      if (d.retry) {
        stats.retries++;
        log.warn('apple call will be retried', {
          endpoint: lbl,
          ...(raw ? { status: raw.status } : { error: (failure as { code: string }).code }),
          retry: retries + 1,
          of: policy.maxRetries,
          waitMs: d.waitMs,
        });
        await sleep(d.waitMs);
        continue;
      }
      if (d.reason === 'not-transient' && raw) return raw;
      throw unavailable(lbl, failure, raw, d.reason, d.retryAfterMs, retries);
    }
  }

  function unavailable(lbl: string, f: Failure, raw: Raw | undefined, reason: string, retryAfterMs: number | undefined, retries: number): UnavailableError {
    const what = f.kind === 'status' ? `HTTP ${f.status}` : f.code;
    const code = f.kind === 'status' ? (findErrorCode(raw?.body ?? '') ?? `HTTP_${f.status}`) : f.code;
    const why =
      reason === 'retry-after-too-long'
        ? `Apple asks to retry after ${Math.ceil((retryAfterMs ?? 0) / 1000)} s, beyond our ${Math.round(policy.maxRetryWaitMs / 1000)} s cap: reschedule`
        : reason === 'maybe-processed'
          ? 'the request may have been processed; not replayed (the next sync shows the real state)'
          : reason === 'exhausted'
            ? `gave up after ${retries} retries`
            : 'not retried for this endpoint';
    return new UnavailableError(`${lbl}: ${what}: ${why}`, {
      endpoint: lbl,
      code,
      ...(f.kind === 'status' ? { status: f.status, body: raw?.body } : {}),
      ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    });
  }

  // ---- session (A.3, A.4) ----

  async function openSession(): Promise<string> {
    const lbl = label(EP.session);
    const expiry = Date.parse(token.access_token_expiry);
    if (!Number.isNaN(expiry) && expiry <= now()) {
      throw new TokenRejectedError(
        `${lbl}: the server token${opts.tokenName ? ` "${opts.tokenName}"` : ''} expired at ${token.access_token_expiry}: ` +
          'download a new server token for this MDM server from Apple Business/School Manager',
        { endpoint: lbl, code: 'TOKEN_EXPIRED' },
      );
    }
    const url = `${baseUrl}/session`;
    let refused: Raw | undefined;
    for (let attempt = 1; attempt <= 2; attempt++) {
      // A fresh nonce and timestamp on every attempt, retries included (Apple refuses a reused nonce).
      const raw = await withRetry(EP.session, {}, () => ({ authorization: oauthHeader(token, url, freshNonce(now())) }));
      if (raw.status === 401) {
        log.warn('GET /session refused (401)', { attempt });
        refused = raw;
        continue;
      }
      if (raw.status >= 200 && raw.status < 300) {
        const s = parseResponse('session', raw.body, lbl, raw.status).auth_session_token;
        sessionToken = s;
        log.info('session opened');
        return s;
      }
      if (raw.status === 400) {
        throw new RequestError(`${lbl}: HTTP 400: Apple refused the OAuth parameters (a signer bug, not retried)`, {
          status: 400,
          code: findErrorCode(raw.body) ?? 'HTTP_400',
          body: raw.body,
          endpoint: lbl,
        });
      }
      const err = errorFor(raw.status, raw.body, lbl);
      // 403 without ACCESS_DENIED/T_C_NOT_SIGNED on /session itself is still a refusal of this token, not a session problem.
      if (err instanceof SessionError)
        throw new TokenRejectedError(`${err.message}: Apple refused this server token`, { status: raw.status, code: err.code, body: raw.body, endpoint: lbl });
      throw err;
    }
    const date = refused?.headers.date;
    const code = classifyTokenRefusal(refused?.body ?? '', typeof date === 'string' ? date : undefined, now());
    throw new TokenRejectedError(`${lbl}: Apple refused the server token twice (HTTP 401): ${REFUSAL_WHY[code]}`, {
      status: 401,
      code,
      body: refused?.body,
      endpoint: lbl,
    });
  }

  /** Single-flight: every caller that saw `stale` refused awaits the same /session. */
  function renew(stale: string | undefined): Promise<string> {
    if (sessionFlight) return sessionFlight;
    if (sessionToken !== undefined && sessionToken !== stale) return Promise.resolve(sessionToken);
    sessionFlight = openSession().finally(() => {
      sessionFlight = undefined;
    });
    return sessionFlight;
  }

  function isSessionProblem(raw: Raw): boolean {
    return raw.status === 401 || (raw.status === 403 && findErrorCode(raw.body) === 'FORBIDDEN');
  }

  /** An authenticated call: session, retries, one renewal + replay. Returns a non-session-problem answer. */
  async function authed(ep: Endpoint, req: Req): Promise<Raw> {
    const lbl = label(ep);
    let sent = sessionToken ?? (await renew(undefined));
    // Each attempt (retries included) sends the newest token: a response may have rotated it meanwhile.
    const auth = () => {
      sent = sessionToken ?? sent;
      return { 'x-adm-auth-session': sent };
    };
    let raw = await withRetry(ep, req, auth);
    if (!isSessionProblem(raw)) return raw;
    log.info('session refused; renewing', { endpoint: lbl, status: raw.status });
    await renew(sent);
    raw = await withRetry(ep, req, auth);
    if (isSessionProblem(raw)) {
      const code = findErrorCode(raw.body) ?? `HTTP_${raw.status}`;
      throw new SessionError(`${lbl}: HTTP ${raw.status} ${code} again with a fresh session`, { status: raw.status, code, body: raw.body, endpoint: lbl });
    }
    return raw;
  }

  async function call<K extends ResponseKind>(ep: Endpoint, req: Req, kind: K): Promise<ResponseTypes[K]> {
    const raw = await authed(ep, req);
    if (raw.status >= 200 && raw.status < 300) return parseResponse(kind, raw.body, label(ep), raw.status);
    throw errorFor(raw.status, raw.body, label(ep));
  }

  return {
    stats,
    session: () => renew(sessionToken),
    account: () => call(EP.account, {}, 'account'),
    fetchDevices: (req) => call(EP.fetch, { body: req ?? {} }, 'fetch'),
    syncDevices: async (req) => {
      // Apple would answer CURSOR_REQUIRED; the sync state machine handles this error the same way.
      requireString(req?.cursor, 'a cursor', label(EP.sync), 'CURSOR_REQUIRED');
      return call(EP.sync, { body: req }, 'fetch');
    },
    deviceDetails: async (serials) => call(EP.details, { body: { devices: serialList(serials, label(EP.details)) } }, 'details'),
    disownDevices: async (serials) => call(EP.disown, { body: { devices: serialList(serials, label(EP.disown)) } }, 'status'),
    activationLock: async (req) => {
      requireString(req?.device, 'a device serial', label(EP.activationLock), 'DEVICE_ID_REQUIRED');
      return call(EP.activationLock, { body: req }, 'activationLock');
    },
    replacementDetails: async (serial) => {
      requireString(serial, 'a device serial', label(EP.replacement), 'DEVICE_ID_REQUIRED');
      return call(EP.replacement, { query: { device: serial } }, 'replacement');
    },
    defineProfile: async (profile) => {
      const r = await call(EP.define, { body: profile }, 'define');
      if (r.devices === undefined && profile.devices?.length) {
        throw new ResponseFormatError(`${label(EP.define)}: HTTP 200 without per-device results for ${profile.devices.length} serials`, {
          status: 200,
          code: 'UNEXPECTED_SHAPE',
          endpoint: label(EP.define),
        });
      }
      return { ...r, devices: r.devices ?? {} }; // {} only when no serial was sent: nothing to report
    },
    getProfile: async (profileUuid) => {
      requireString(profileUuid, 'a profile UUID', label(EP.getProfile), 'PROFILE_UUID_REQUIRED');
      return call(EP.getProfile, { query: { profile_uuid: profileUuid } }, 'profile');
    },
    assignProfile: async (profileUuid, serials) => {
      const lbl = label(EP.assign);
      requireString(profileUuid, 'a profile UUID', lbl, 'PROFILE_UUID_REQUIRED');
      const req = { body: { profile_uuid: profileUuid, devices: serialList(serials, lbl, MAX_SERIALS_PER_CALL) } };
      let ep: Endpoint = EP.assign;
      let raw = await authed(ep, req);
      if (raw.status === 405) {
        // A.6 #11: POST is current; older deployments (and depsim) take PUT.
        log.info('POST /profile/devices answered 405; falling back to PUT');
        ep = EP.assignPut;
        raw = await authed(ep, req);
      }
      if (raw.status >= 200 && raw.status < 300) return parseResponse('assign', raw.body, label(ep), raw.status);
      throw errorFor(raw.status, raw.body, label(ep));
    },
    removeProfile: async (serials, profileUuid) => {
      const body = { devices: serialList(serials, label(EP.remove), MAX_SERIALS_PER_CALL), ...(profileUuid ? { profile_uuid: profileUuid } : {}) };
      return call(EP.remove, { body }, 'status');
    },
    betaEnrollmentTokens: () => call(EP.beta, {}, 'beta'),
  };
}
