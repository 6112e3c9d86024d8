import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { isIP } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../log.ts';
import { silentLogger } from '../log.ts';
import { limitConnections, type ConnectionRefusal } from '../enroll/connections.ts';
import type { Metrics } from './metrics.ts';

// The admin/ops HTTP endpoint: health and readiness probes, Prometheus metrics, "sync now". No authentication, so by
// default it only binds loopback; anything else must be asked for with admin.allow_non_loopback: true.

export interface HealthResult { ok: boolean; detail?: unknown }

export interface AdminServerOptions {
  /** "HOST:PORT" as in the config (admin.listen); port 0 picks a free one. Default 127.0.0.1:9641. */
  listen?: string;
  /** admin.allow_non_loopback: bind a non-loopback address anyway (put a firewall or proxy in front). */
  allowNonLoopback?: boolean;
  metrics: Metrics;
  /** Alive and the DB answers. */
  health: () => HealthResult | Promise<HealthResult>;
  /** DB open, config loaded, listeners bound. */
  ready: () => boolean;
  /**
   * Start a sync now for one token (or every token), full = a fresh fetch instead of a cursor sync. Resolves with the
   * token names accepted (already running ones may be left out). Reject with an Error carrying `status` (e.g. 404 for
   * an unknown token) to choose the HTTP answer.
   */
  syncNow: (token?: string, full?: boolean) => Promise<{ accepted: string[] }>;
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

export const DEFAULT_ADMIN_LISTEN = '127.0.0.1:9641';

/** "HOST:PORT" / "[v6]:PORT" → parts. */
export function parseListen(listen: string): { host: string; port: number } {
  const m = /^(?:\[([0-9a-fA-F:.]+)\]|([^:\[\]]+)):(\d{1,5})$/.exec(listen.trim());
  const port = m ? Number(m[3]) : NaN;
  if (!m || port > 65535) throw new AdminListenError(`admin.listen: expected HOST:PORT such as 127.0.0.1:9641 or [::1]:9641 (got "${listen}")`);
  return { host: m[1] ?? m[2], port };
}

export function isLoopback(host: string): boolean {
  if (host === 'localhost') return true;
  const v = isIP(host);
  if (v === 4) return host.startsWith('127.');
  if (v === 6) return host === '::1' || /^::ffff:127\./i.test(host) || /^0{0,4}(:0{0,4}){6}:0{0,3}1$/.test(host);
  return false;
}

export function createAdminServer(opts: AdminServerOptions): AdminServer {
  const log = opts.logger ?? silentLogger;
  const { host, port } = parseListen(opts.listen ?? DEFAULT_ADMIN_LISTEN);
  if (!isLoopback(host) && !opts.allowNonLoopback) {
    throw new AdminListenError(`admin.listen: ${host} is not a loopback address, and the admin endpoint (metrics, sync now) has no ` +
      `authentication: use 127.0.0.1:PORT, or set admin.allow_non_loopback: true and restrict access with a firewall or proxy`);
  }

  const send = (res: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8', extra: Record<string, string> = {}) => {
    res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'Content-Length': Buffer.byteLength(body), ...extra });
    res.end(res.req.method === 'HEAD' ? undefined : body);
  };
  const json = (res: ServerResponse, status: number, v: unknown) => send(res, status, JSON.stringify(v) + '\n', 'application/json');

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://admin');
    const method = req.method ?? 'GET';
    const getOnly = () => {
      if (method === 'GET' || method === 'HEAD') return true;
      send(res, 405, 'method not allowed\n', undefined, { Allow: 'GET, HEAD' });
      return false;
    };
    switch (url.pathname) {
      case '/healthz': {
        if (!getOnly()) return;
        let h: HealthResult;
        try { h = await opts.health(); } catch (e) { h = { ok: false, detail: (e as Error).message }; }
        return json(res, h.ok ? 200 : 503, { ok: h.ok, detail: h.detail ?? null });
      }
      case '/readyz': {
        if (!getOnly()) return;
        let ok = false;
        try { ok = opts.ready(); } catch { ok = false; }
        return send(res, ok ? 200 : 503, ok ? 'ready\n' : 'not ready\n');
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
          log.info('admin: sync requested', { token: token ?? '*', full, accepted: r.accepted });
          return json(res, 202, { accepted: r.accepted, full });
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
      if (!res.headersSent) send(res, 500, 'internal error\n'); else res.destroy();
    });
  });
  server.keepAliveTimeout = 5000;
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  limitConnections(server, { max: opts.maxConnections ?? 64, perPeer: opts.maxConnectionsPerPeer ?? 32, onRefused: opts.onConnectionRefused });

  return {
    listen: () => new Promise((resolve, reject) => {
      const onError = (e: NodeJS.ErrnoException) => reject(new AdminListenError(
        `admin.listen ${opts.listen ?? DEFAULT_ADMIN_LISTEN}: ${e.code === 'EADDRINUSE' ? 'address already in use (another adesync running?)' : e.message}`));
      server.once('error', onError);
      server.listen(port, host, () => {
        server.off('error', onError);
        const a = server.address() as AddressInfo;
        const shown = a.family === 'IPv6' ? `[${a.address}]` : a.address;
        log.info('admin endpoint listening', { listen: `${shown}:${a.port}` });
        resolve({ host: a.address, port: a.port, url: `http://${shown}:${a.port}` });
      });
    }),
    close: () => new Promise((resolve) => {
      if (!server.listening) return resolve();
      server.close(() => resolve());
      server.closeIdleConnections();
      // Scrapers keep connections alive; don't let them hold shutdown.
      setTimeout(() => server.closeAllConnections(), 1000).unref();
    }),
  };
}
