// The CLI's side of the running daemon's admin listener (sync --now, status): where to reach it and what to send, so
// that it passes the listener's checks (src/daemon/admin.ts): a Host it answers, our request header, the bearer token.
import { request } from 'node:http';
import type { Config } from '../config/schema.ts';
import { parseListen, readAdminToken, ADMIN_REQUEST_HEADER, type ReadyCheck } from '../daemon/admin.ts';

/** http://HOST:PORT of admin.listen; a wildcard bind is reached on loopback. */
export function adminBaseUrl(listen: string): string {
  const { host, port } = parseListen(listen);
  const h = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '::1' : host;
  return `http://${h.includes(':') ? `[${h}]` : h}:${port}`;
}

/** Headers for every admin request: ours (marks a deliberate, non-browser request) and the token when one is set. */
function adminHeaders(config: Config): Record<string, string> {
  const h: Record<string, string> = { [ADMIN_REQUEST_HEADER]: '1' };
  if (config.admin.token_file) h.authorization = `Bearer ${readAdminToken(config.admin.token_file)}`;
  return h;
}

/**
 * One request to the daemon's admin listener. node:http rather than fetch: fetch loads undici, ~30 ms that every
 * `adesync status` would pay. A failure carries the errno code (ECONNREFUSED: no daemon) as `cause.code`.
 */
export function askDaemon(config: Config, path: string, init: { method?: string; timeoutMs?: number } = {}): Promise<Response> {
  return new Promise((resolve, reject) => {
    const req = request(adminBaseUrl(config.admin.listen) + path, { method: init.method ?? 'GET', headers: adminHeaders(config) }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () => resolve(new Response(Buffer.concat(chunks), { status: res.statusCode ?? 502 })));
    });
    req.setTimeout(init.timeoutMs ?? 10_000, () => req.destroy(Object.assign(new Error('timeout'), { name: 'TimeoutError' })));
    req.on('error', (e) => reject(Object.assign(new Error(e.message), { name: e.name, cause: e })));
    req.end();
  });
}

export interface DaemonReadiness {
  /** ready / not_ready: the daemon answered; not_running: nothing answered; unknown: something else answered or failed. */
  state: 'ready' | 'not_ready' | 'not_running' | 'unknown';
  url: string;
  failed: string[];
  checks: ReadyCheck[];
  detail?: string;
}

/** Ask the running daemon's /readyz (short timeout): is it ready, and if not, which checks failed and why. */
export async function daemonReadiness(config: Config, timeoutMs = 2000): Promise<DaemonReadiness> {
  const url = adminBaseUrl(config.admin.listen);
  const base = { url, failed: [], checks: [] };
  if (parseListen(config.admin.listen).port === 0)
    return { ...base, state: 'unknown', detail: 'admin.listen has port 0 (a new port at each start): the daemon cannot be found' };
  let r: Response;
  try {
    r = await askDaemon(config, '/readyz', { timeoutMs });
  } catch (e) {
    const err = e as Error & { cause?: { code?: string } };
    if (err.cause?.code === 'ECONNREFUSED') return { ...base, state: 'not_running', detail: `nothing answers at ${url}` };
    return { ...base, state: 'unknown', detail: err.name === 'TimeoutError' ? `${url} did not answer within ${timeoutMs} ms` : err.message };
  }
  const text = await r.text();
  let body: { ready?: unknown; failed?: unknown; checks?: unknown };
  try {
    body = JSON.parse(text);
  } catch {
    return { ...base, state: 'unknown', detail: `${url}/readyz answered ${r.status}: ${text.slice(0, 200).trim()}` };
  }
  if (typeof body.ready !== 'boolean' || !Array.isArray(body.checks))
    return { ...base, state: 'unknown', detail: `${url}/readyz answered ${r.status} without a readiness report` };
  const checks = body.checks as ReadyCheck[];
  return { url, state: body.ready ? 'ready' : 'not_ready', failed: checks.filter((c) => !c.ok).map((c) => c.name), checks };
}

/** One line for `adesync status`. */
export function formatDaemonReadiness(d: DaemonReadiness): string {
  if (d.state === 'ready') return `daemon     ready (${d.url})`;
  if (d.state === 'not_running') return `daemon     not running (${d.detail})`;
  if (d.state === 'unknown') return `daemon     unknown: ${d.detail}`;
  return `daemon     NOT READY: ${d.checks
    .filter((c) => !c.ok)
    .map((c) => `${c.name}: ${c.detail ?? 'failed'}`)
    .join('; ')}`;
}
