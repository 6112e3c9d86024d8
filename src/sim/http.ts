// Transport of the simulator: routing, /session (OAuth), X-ADM-Auth-Session, User-Agent, protocol version, Apple-style
// error bodies and fault injection. Endpoint logic lives in state.ts.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import type { Logger } from '../log.ts';
import { isFailure, parseOAuthHeader, verifyOAuth } from './oauth.ts';
import { type Answer, randomHex, type SerialOverride, type SimServer, type SimState } from './state.ts';
import type { Fault } from './types.ts';

const APPLE_BASE = 'https://mdmenrollment.apple.com';

/** A.6 rows 1–16: path → allowed methods. */
const ROUTES: Record<string, string[]> = {
  '/session': ['GET'],
  '/account': ['GET'],
  '/server/devices': ['POST'],
  '/devices/sync': ['POST'],
  '/devices': ['POST'],
  '/devices/disown': ['POST'],
  '/device/activationlock': ['POST'],
  '/device/replacementDetails': ['GET'],
  '/profile': ['POST', 'GET'],
  '/profile/devices': ['POST', 'PUT', 'DELETE'],
  '/os-beta-enrollment/tokens': ['GET'],
  '/account-driven-enrollment/profile': ['POST', 'GET', 'DELETE'],
};

const MAX_BODY = 8 * 1024 * 1024;
const ROTATE_GRACE_MS = 30_000;
const STATUS_CODES: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  429: 'TOO_MANY_REQUESTS',
  500: 'INTERNAL_SERVER_ERROR',
  502: 'BAD_GATEWAY',
  503: 'SERVICE_UNAVAILABLE',
  504: 'GATEWAY_TIMEOUT',
};

interface Session {
  server: number;
  expiresMs: number;
}
interface ActiveFault {
  fault: Fault;
  remaining: number;
}

export interface TransportOptions {
  sessionTtlSeconds: number;
  quotedErrors: boolean;
  logger: Logger;
}

/** Pure: does this fault apply to the request `METHOD /path`? */
export function faultMatches(endpoint: string, method: string, path: string): boolean {
  if (endpoint === '*') return path !== '/session';
  if (endpoint.startsWith('/')) return endpoint === path;
  return endpoint === `${method} ${path}`;
}

export class SimTransport {
  private readonly sessions = new Map<string, Session>();
  private readonly nonces = new Map<string, Map<string, number>>();
  private readonly byConsumerKey = new Map<string, SimServer>();
  faults: ActiveFault[] = [];
  counts: Record<string, number> = {};
  /** Aborted by close(): an injected stall must not hold a shutdown (or the process) for up to its 600 s. */
  private readonly closing = new AbortController();

  constructor(
    readonly state: SimState,
    private readonly opts: TransportOptions,
  ) {
    for (const s of state.servers) this.byConsumerKey.set(s.token.consumer_key, s);
  }

  addFault(f: Fault): void {
    this.faults.push({ fault: f, remaining: f.count ?? 1 });
  }

  /** End every pending injected delay now; their requests get no answer (the listener is closing). */
  close(): void {
    this.closing.abort();
  }

  /** Invalidate every session: the next call with one gets 401. */
  expireSessions(): void {
    for (const s of this.sessions.values()) s.expiresMs = 0;
  }

  private take(method: string, path: string, pred: (f: Fault) => boolean): Fault | undefined {
    for (const a of this.faults) {
      if (a.remaining > 0 && pred(a.fault) && faultMatches(a.fault.endpoint, method, path)) {
        a.remaining--;
        return a.fault;
      }
    }
    this.faults = this.faults.filter((a) => a.remaining > 0);
    return undefined;
  }

  private errorBody(code: string): string {
    return this.opts.quotedErrors && code ? JSON.stringify(code) : code;
  }

  private sendError(res: ServerResponse, status: number, code: string, headers: Record<string, string> = {}): void {
    const body = this.errorBody(code);
    res.writeHead(status, { 'Content-Type': 'text/plain;charset=UTF8', 'Content-Length': Buffer.byteLength(body), ...headers });
    res.end(body);
  }

  private newSession(server: number): string {
    const now = this.state.nowMs();
    if (this.sessions.size > 10_000) {
      for (const [k, v] of this.sessions) if (v.expiresMs < now - 3600_000) this.sessions.delete(k);
    }
    const token = randomHex(64).toUpperCase();
    this.sessions.set(token, { server, expiresMs: now + this.opts.sessionTtlSeconds * 1000 });
    return token;
  }

  private seenNonce = (consumerKey: string, nonce: string, ts: number): boolean => {
    let m = this.nonces.get(consumerKey);
    if (!m) {
      m = new Map();
      this.nonces.set(consumerKey, m);
    }
    if (m.has(nonce)) return true;
    if (m.size > 5000) {
      const cutoff = this.state.nowMs() / 1000 - 900; // outside the ±300 s window a nonce can no longer be replayed
      for (const [k, t] of m) if (t < cutoff) m.delete(k);
    }
    m.set(nonce, ts);
    return false;
  };

  async handle(req: IncomingMessage, res: ServerResponse, path: string, query: URLSearchParams, rawBody: Buffer): Promise<void> {
    const method = req.method ?? 'GET';
    const key = `${method} ${path}`;
    this.counts[key] = (this.counts[key] ?? 0) + 1;
    const allowed = ROUTES[path];
    if (!allowed) return this.sendError(res, 404, 'NOT_FOUND');

    const fault = this.take(method, path, (f) => f.kind !== 'serial_result');
    const flags = new Set<string>();
    if (fault) {
      switch (fault.kind) {
        case 'status': {
          const body = fault.body ?? STATUS_CODES[fault.status] ?? '';
          return this.sendError(res, fault.status, body, fault.retryAfter !== undefined ? { 'Retry-After': fault.retryAfter } : {});
        }
        case 'reset':
          req.socket.destroy();
          return;
        case 'delay':
          try {
            await delay(fault.ms, undefined, { signal: this.closing.signal });
          } catch {
            req.socket.destroy();
            return;
          }
          break;
        case 'session_expire':
          this.expireSessions();
          break;
        default:
          flags.add(fault.kind);
      }
    }
    if (!allowed.includes(method)) return this.sendError(res, 405, 'METHOD_NOT_ALLOWED', { Allow: allowed.join(', ') });
    if (path === '/session') return this.session(req, res);

    // A.4: session first (401 missing/expired, 403 unknown), then User-Agent (not on /account), then the body.
    const token = req.headers['x-adm-auth-session'];
    if (typeof token !== 'string' || token === '') return this.sendError(res, 401, 'UNAUTHORIZED');
    const sess = this.sessions.get(token);
    if (!sess) return this.sendError(res, 403, 'FORBIDDEN');
    if (sess.expiresMs <= this.state.nowMs()) return this.sendError(res, 401, 'UNAUTHORIZED');
    if (path !== '/account') {
      const ua = req.headers['user-agent'];
      if (!ua) return this.sendError(res, 400, 'USER_AGENT_MISSING');
      if (/godep/i.test(ua)) return this.sendError(res, 400, 'USER_AGENT_INVALID');
    }
    const server = this.state.servers[sess.server];
    const pv = Number.parseInt(String(req.headers['x-server-protocol-version'] ?? '1'), 10);
    const protocol = Number.isFinite(pv) && pv > 0 ? pv : 1;

    let body: Record<string, unknown> = {};
    if (method !== 'GET' && rawBody.length > 0) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(rawBody.toString('utf8'));
      } catch {
        return this.sendError(res, 400, 'MALFORMED_REQUEST_BODY');
      }
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return this.sendError(res, 400, 'MALFORMED_REQUEST_BODY');
      body = parsed as Record<string, unknown>;
    }

    let answer: Answer;
    if (flags.has('repeat_cursor') && (path === '/server/devices' || path === '/devices/sync') && typeof body.cursor === 'string' && body.cursor) {
      // No progress: the same cursor back with more_to_follow true (a client must not loop on it).
      answer = {
        status: 200,
        json: { devices: [], cursor: body.cursor, fetched_until: new Date(this.state.nowMs()).toISOString().replace(/\.\d{3}Z$/, 'Z'), more_to_follow: true },
      };
    } else {
      answer = this.dispatch(server, method, path, query, body, protocol);
    }

    let sessionHeader = token;
    if (flags.has('rotate_session')) {
      sessionHeader = this.newSession(sess.server);
      sess.expiresMs = Math.min(sess.expiresMs, this.state.nowMs() + ROTATE_GRACE_MS);
    }
    if (!('json' in answer)) return this.sendError(res, answer.status, answer.code, { 'X-ADM-Auth-Session': sessionHeader });
    let text = JSON.stringify(answer.json);
    if (flags.has('truncated_json')) text = text.slice(0, Math.max(1, Math.floor(text.length / 2)));
    if (flags.has('invalid_json')) text = '<html><head><title>502 Bad Gateway</title></head><body>upstream error</body></html>';
    res.writeHead(answer.status, {
      'Content-Type': 'application/json;charset=UTF8',
      'Content-Length': Buffer.byteLength(text),
      'X-ADM-Auth-Session': sessionHeader,
    });
    res.end(text);
  }

  private dispatch(s: SimServer, method: string, path: string, q: URLSearchParams, body: Record<string, unknown>, protocol: number): Answer {
    const st = this.state;
    switch (path) {
      case '/account':
        return st.account(s, protocol);
      case '/server/devices':
        return st.fetch(s, body, protocol);
      case '/devices/sync':
        return st.sync(s, body, protocol);
      case '/devices':
        return st.details(s, body, protocol);
      case '/devices/disown':
        return st.disown(s, body);
      case '/device/activationlock':
        return st.activationLock(s, body);
      case '/device/replacementDetails':
        return st.replacementDetails(s, q.get('device'), protocol);
      case '/profile':
        return method === 'GET' ? st.getProfile(s, q.get('profile_uuid')) : st.defineProfile(s, body, protocol);
      case '/profile/devices': {
        if (method === 'DELETE') return st.removeProfile(s, body);
        const f =
          this.take(method, path, (x) => x.kind === 'serial_result') ?? this.take(method === 'POST' ? 'PUT' : 'POST', path, (x) => x.kind === 'serial_result');
        const ov: SerialOverride | undefined =
          f && f.kind === 'serial_result' ? { serials: new Set(f.serials), result: f.result, retryAfterSeconds: f.retryAfterSeconds } : undefined;
        return st.assignProfile(s, body, protocol, ov);
      }
      case '/os-beta-enrollment/tokens':
        return st.betaTokens(s);
      case '/account-driven-enrollment/profile':
        return st.discovery(s, method, body);
    }
    return { status: 404, code: 'NOT_FOUND' };
  }

  /** GET /session (A.3). The signature may be computed over the sim's own URL (what a client pointed at it signs) or Apple's. */
  private session(req: IncomingMessage, res: ServerResponse): void {
    const p = parseOAuthHeader(req.headers.authorization);
    if (isFailure(p)) {
      this.opts.logger.debug('session refused', { reason: p.reason });
      return this.sendError(res, p.status, p.status === 401 ? 'UNAUTHORIZED' : 'BAD_REQUEST');
    }
    const server = this.byConsumerKey.get(p.oauth_consumer_key);
    if (!server) {
      this.opts.logger.debug('session refused', { reason: 'unknown consumer key' });
      return this.sendError(res, 401, 'UNAUTHORIZED');
    }
    const host = String(req.headers.host ?? '').toLowerCase();
    const failure = verifyOAuth({
      params: p,
      token: server.token,
      nowMs: this.state.nowMs(),
      seenNonce: this.seenNonce,
      baseUrls: [`http://${host}/session`, `${APPLE_BASE}/session`],
    });
    if (failure) {
      this.opts.logger.debug('session refused', { reason: failure.reason, server: server.name });
      return this.sendError(res, failure.status, 'UNAUTHORIZED');
    }
    const token = this.newSession(server.ordinal);
    const text = JSON.stringify({ auth_session_token: token });
    res.writeHead(200, { 'Content-Type': 'application/json;charset=UTF8', 'Content-Length': Buffer.byteLength(text), 'X-ADM-Auth-Session': token });
    res.end(text);
  }

  /** Read the whole body, refusing more than MAX_BODY. */
  static readBody(req: IncomingMessage): Promise<Buffer | undefined> {
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      let n = 0;
      req.on('data', (c: Buffer) => {
        n += c.length;
        if (n > MAX_BODY) {
          resolve(undefined);
          req.resume();
          return;
        }
        chunks.push(c);
      });
      req.on('end', () => resolve(n > MAX_BODY ? undefined : Buffer.concat(chunks)));
      req.on('error', reject);
    });
  }
}
