import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createHash, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createRateLimitedLog, silentLogger, type Logger } from '../log.ts';
import { checkSecretFileMode } from '../token/mode.ts';
import { limitConnections, type ConnectionRefusal } from '../enroll/connections.ts';
import type { Metrics } from './metrics.ts';
import { isLoopback } from '../net.ts';

// The admin/ops HTTP endpoint: health and readiness probes, Prometheus metrics, "sync now". It binds loopback unless
// admin.allow_non_loopback (which needs admin.token_file). Being on loopback is not enough against a browser on the same
// machine, so every request passes refuse() first: a Host that is not loopback, the bound address or an allowed name
// (DNS rebinding) is 421; a state change must be a request no cross-site page can send without a CORS preflight (our
// header or a JSON body) and must not carry a foreign Origin; with a token, every request needs it.

interface HealthResult {
  ok: boolean;
  detail?: unknown;
}

/** One readiness check: name, verdict and, when failed, why (shown by /readyz and `adesync status`). */
export interface ReadyCheck {
  name: string;
  ok: boolean;
  detail?: string;
}
export interface ReadyReport {
  ready: boolean;
  checks: ReadyCheck[];
}

/** The header the CLI sends on state-changing requests: a browser sends it cross-site only after a CORS preflight we never grant. */
export const ADMIN_REQUEST_HEADER = 'x-adesync-request';

export interface AdminServerOptions {
  /** "HOST:PORT" as in the config (admin.listen); port 0 picks a free one. Default 127.0.0.1:9641. */
  listen?: string;
  /** admin.allow_non_loopback: bind a non-loopback address anyway (put a firewall or proxy in front). */
  allowNonLoopback?: boolean;
  metrics: Metrics;
  /** Alive and the DB answers. */
  health: () => HealthResult | Promise<HealthResult>;
  /** DB open, config loaded, listeners bound; with checks, each one named (see readiness.ts). */
  ready: () => boolean | ReadyReport;
  /** admin.allowed_hosts: Host names answered besides loopback and the bound address (a proxy's name, say). */
  allowedHosts?: string[];
  /** The bearer token (admin.token_file's content): when set, every request must carry `Authorization: Bearer TOKEN`. */
  token?: string;
  /**
   * Start a sync now for one token (or every token), full = a fresh fetch instead of a cursor sync. Resolves with the
   * token names accepted (already running ones may be left out). Reject with an Error carrying `status` (e.g. 404 for
   * an unknown token) to choose the HTTP answer.
   */
  syncNow: (token?: string, full?: boolean) => Promise<{ accepted: string[]; forwarded?: unknown[] }>;
  logger?: Logger;
  /** admin.max_connections / admin.max_connections_per_peer (defaults 64 / 32): a flood here cannot starve enrollment. */
  maxConnections?: number;
  maxConnectionsPerPeer?: number;
  onConnectionRefused?: (reason: ConnectionRefusal) => void;
}

export interface AdminServer {
  /** Bind; resolves with the bound address (useful with port 0). */
  listen(): Promise<{ host: string; port: number; url: string }>;
  close(): Promise<void>;
}

export class AdminListenError extends Error {
  readonly code = 'ADMIN_LISTEN_INVALID';
}

const DEFAULT_ADMIN_LISTEN = '127.0.0.1:9641';

/** admin.token_file's token: one line of at least 16 characters, in a file only its owner can read. */
export function readAdminToken(file: string): string {
  const insecure = checkSecretFileMode(file);
  if (insecure) throw new AdminListenError(`admin.token_file: ${insecure.message}`);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new AdminListenError(
      `admin.token_file: cannot read ${file} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}): ` +
        `create it (openssl rand -hex 32 > ${file}; chmod 600 ${file}) readable by the user adesync runs as, or remove the key`,
    );
  }
  const token = text.replace(/\r?\n$/, '');
  if (!/^[\x21-\x7e]{16,4096}$/.test(token)) {
    throw new AdminListenError(
      `admin.token_file: ${file} must hold one line of 16 or more printable characters without spaces (openssl rand -hex 32 makes one)`,
    );
  }
  return token;
}

/** "HOST:PORT" / "[v6]:PORT" → parts. */
export function parseListen(listen: string): { host: string; port: number } {
  const m = /^(?:\[([0-9a-fA-F:.]+)\]|([^:[\]]+)):(\d{1,5})$/.exec(listen.trim());
  const port = m ? Number(m[3]) : NaN;
  if (!m || port > 65535) throw new AdminListenError(`admin.listen: expected HOST:PORT such as 127.0.0.1:9641 or [::1]:9641 (got "${listen}")`);
  return { host: m[1] ?? m[2], port };
}

/** The host part of a Host header or an Origin's authority, lower case, brackets and port removed; '' when malformed. */
function hostOnly(hostHeader: string): string {
  const h = hostHeader.trim().toLowerCase();
  const m = /^(?:\[([0-9a-f:.]+)\]|([a-z0-9.-]+))(?::\d{1,5})?$/.exec(h);
  return m ? (m[1] ?? m[2]).replace(/\.$/, '') : '';
}

/** Same origin: the Origin's scheme is http and its host:port is the Host header's (a page on another local port is foreign too). */
function sameOrigin(origin: string, hostHeader: string): boolean {
  let u: URL;
  try {
    u = new URL(origin);
  } catch {
    return false;
  }
  const host = hostHeader.trim().toLowerCase().replace(/:80$/, '');
  return u.protocol === 'http:' && u.origin === origin.trim().toLowerCase().replace(/\/$/, '') && u.host === host;
}

/** Is a Host (or Origin host) one of ours: loopback, the bound address, or an allowed name? */
function hostAllowed(host: string, allowed: ReadonlySet<string>): boolean {
  return host !== '' && (isLoopback(host) || allowed.has(host));
}

type Refusal = { status: number; reason: string; headers?: Record<string, string> };

const sha = (s: string) => createHash('sha256').update(s).digest();

/**
 * Pure: should this request be refused, and how? `allowed` holds the configured names and the bound address; `tokenHash`
 * the SHA-256 of the bearer token, if one is set (compared in constant time).
 */
function refuse(req: { method: string; headers: IncomingMessage['headers'] }, allowed: ReadonlySet<string>, tokenHash?: Buffer): Refusal | null {
  const hostHeader = req.headers.host;
  if (typeof hostHeader !== 'string' || !hostAllowed(hostOnly(hostHeader), allowed)) {
    return { status: 421, reason: 'host', headers: {} };
  }
  if (tokenHash) {
    const m = /^Bearer +(\S+) *$/i.exec(req.headers.authorization ?? '');
    if (!m || !timingSafeEqual(sha(m[1]), tokenHash)) return { status: 401, reason: 'token', headers: { 'WWW-Authenticate': 'Bearer realm="adesync admin"' } };
  }
  if (req.method === 'GET' || req.method === 'HEAD') return null;
  const origin = req.headers.origin;
  if (origin !== undefined && !sameOrigin(origin, hostHeader)) return { status: 403, reason: 'origin' };
  if (req.headers['sec-fetch-site'] === 'cross-site') return { status: 403, reason: 'origin' };
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (req.headers[ADMIN_REQUEST_HEADER] === undefined && type !== 'application/json') return { status: 403, reason: 'simple_request' };
  return null;
}

const REFUSAL_TEXT: Record<string, string> = {
  host: 'misdirected request: this listener answers only Host names that are loopback, its own address or in admin.allowed_hosts\n',
  token: 'unauthorized: send Authorization: Bearer <the content of admin.token_file>\n',
  origin: 'forbidden: a cross-site request (foreign Origin) cannot change anything here\n',
  simple_request: `forbidden: state-changing requests need the header "X-Adesync-Request: 1" (or a JSON body); adesync sync --now sends it\n`,
};

export function createAdminServer(opts: AdminServerOptions): AdminServer {
  const log = opts.logger ?? silentLogger;
  const { host, port } = parseListen(opts.listen ?? DEFAULT_ADMIN_LISTEN);
  if (!isLoopback(host) && !opts.allowNonLoopback) {
    throw new AdminListenError(
      `admin.listen: ${host} is not a loopback address, and the admin endpoint (metrics, sync now) answers ` +
        `anyone who reaches it: use 127.0.0.1:PORT, or set admin.allow_non_loopback: true with admin.token_file and restrict access with a firewall or proxy`,
    );
  }
  if (!isLoopback(host) && !opts.token) {
    throw new AdminListenError(
      `admin.token_file: required when admin.listen (${host}) is not loopback: create a 0600 file holding a long random ` +
        `token (e.g. openssl rand -hex 32 > /etc/adesync/admin-token) and set admin.token_file to its path`,
    );
  }
  // the bound address itself is a fine Host (an IP literal cannot be rebound); wildcards are not
  const allowed = new Set([
    ...(opts.allowedHosts ?? []).map((h) => h.toLowerCase().replace(/\.$/, '')),
    ...(host === '0.0.0.0' || host === '::' ? [] : [host.toLowerCase()]),
  ]);
  const tokenHash = opts.token ? sha(opts.token) : undefined;
  // one warning per reason per minute, with the count since the last: a flood of refusals must not flood the log
  const refusals = createRateLimitedLog({
    intervalMs: 60_000,
    line: (reason, suppressed, req) => {
      const r = req as IncomingMessage;
      log.warn('admin: request refused', {
        reason,
        count: suppressed + 1,
        method: r.method,
        path: (r.url ?? '').slice(0, 200),
        host: String(r.headers.host ?? '').slice(0, 200),
        origin: String(r.headers.origin ?? '').slice(0, 200),
        peer: r.socket.remoteAddress,
      });
    },
    summary: (reason, count) => log.warn('admin: request refused', { reason, count }),
  });
  const noteRefusal = (reason: string, req: IncomingMessage) => refusals.log(reason, req);

  const send = (res: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8', extra: Record<string, string> = {}) => {
    res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'Content-Length': Buffer.byteLength(body), ...extra });
    res.end(res.req.method === 'HEAD' ? undefined : body);
  };
  const json = (res: ServerResponse, status: number, v: unknown) => send(res, status, JSON.stringify(v) + '\n', 'application/json');

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    const refusal = refuse({ method, headers: req.headers }, allowed, tokenHash);
    if (refusal) {
      noteRefusal(refusal.reason, req);
      return send(res, refusal.status, REFUSAL_TEXT[refusal.reason], undefined, refusal.headers);
    }
    const url = new URL(req.url ?? '/', 'http://admin');
    const getOnly = () => {
      if (method === 'GET' || method === 'HEAD') return true;
      send(res, 405, 'method not allowed\n', undefined, { Allow: 'GET, HEAD' });
      return false;
    };
    switch (url.pathname) {
      case '/healthz': {
        if (!getOnly()) return;
        let h: HealthResult;
        try {
          h = await opts.health();
        } catch (e) {
          h = { ok: false, detail: (e as Error).message };
        }
        return json(res, h.ok ? 200 : 503, { ok: h.ok, detail: h.detail ?? null });
      }
      case '/readyz': {
        if (!getOnly()) return;
        let r: ReadyReport;
        try {
          const v = opts.ready();
          r = typeof v === 'boolean' ? { ready: v, checks: [{ name: 'started', ok: v, ...(v ? {} : { detail: 'starting or stopping' }) }] } : v;
        } catch (e) {
          r = { ready: false, checks: [{ name: 'readiness', ok: false, detail: (e as Error).message }] };
        }
        return json(res, r.ready ? 200 : 503, { ready: r.ready, failed: r.checks.filter((c) => !c.ok).map((c) => c.name), checks: r.checks });
      }
      case '/metrics': {
        if (!getOnly()) return;
        return send(res, 200, await opts.metrics.render(), opts.metrics.contentType);
      }
      case '/sync': {
        if (method !== 'POST') return send(res, 405, 'use POST /sync?token=NAME&full=1\n', undefined, { Allow: 'POST' });
        const token = url.searchParams.get('token') || undefined;
        const fullRaw = url.searchParams.get('full');
        if (fullRaw !== null && !['1', '0', 'true', 'false'].includes(fullRaw)) {
          return json(res, 400, { error: `full must be 1 or 0 (got "${fullRaw}")` });
        }
        const full = fullRaw === '1' || fullRaw === 'true';
        req.resume(); // any body is ignored
        try {
          const r = await opts.syncNow(token, full);
          log.info('admin: sync requested', { token: token ?? '*', full, accepted: r.accepted, forwarded: r.forwarded?.length ?? 0 });
          // forwarded (PostgreSQL): tokens another node leads, left for it, each with its leader named
          return json(res, 202, { accepted: r.accepted, ...(r.forwarded?.length ? { forwarded: r.forwarded } : {}), full });
        } catch (e) {
          const status = Number((e as { status?: unknown }).status);
          return json(res, status >= 400 && status < 600 ? status : 500, { error: (e as Error).message });
        }
      }
      default:
        return send(res, 404, 'not found: try /healthz, /readyz, /metrics or POST /sync\n');
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e: Error) => {
      log.error('admin: request failed', { path: req.url, error: e });
      if (!res.headersSent) send(res, 500, 'internal error\n');
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 5000;
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  limitConnections(server, { max: opts.maxConnections ?? 64, perPeer: opts.maxConnectionsPerPeer ?? 32, onRefused: opts.onConnectionRefused });

  return {
    listen: () =>
      new Promise((resolve, reject) => {
        const onError = (e: NodeJS.ErrnoException) =>
          reject(
            new AdminListenError(
              `admin.listen ${opts.listen ?? DEFAULT_ADMIN_LISTEN}: ${
                e.code === 'EADDRINUSE'
                  ? 'address already in use (another adesync running?)'
                  : e.code === 'EPERM' || e.code === 'EACCES'
                    ? `${e.message}: under systemd, allow the port in a drop-in (SocketBindAllow=tcp:${port}, see systemd/README.md)`
                    : e.message
              }`,
            ),
          );
        server.once('error', onError);
        server.listen(port, host, () => {
          server.off('error', onError);
          const a = server.address() as AddressInfo;
          const shown = a.family === 'IPv6' ? `[${a.address}]` : a.address;
          log.info('admin endpoint listening', { listen: `${shown}:${a.port}` });
          resolve({ host: a.address, port: a.port, url: `http://${shown}:${a.port}` });
        });
      }),
    close: () =>
      new Promise((resolve) => {
        refusals.close();
        if (!server.listening) return resolve();
        server.close(() => resolve());
        server.closeIdleConnections();
        // Scrapers keep connections alive; don't let them hold shutdown.
        setTimeout(() => server.closeAllConnections(), 1000).unref();
      }),
  };
}
