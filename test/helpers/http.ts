// fetch() for tests, on a fresh connection each time. The built-in fetch keeps connections alive and reuses them; on a
// busy machine the reuse can race the server's keepAliveTimeout (the server closes the idle socket just as the next
// request goes out) and the test fails with a bare "fetch failed". A connection per request cannot race, and a failure
// names its cause (ECONNREFUSED, ECONNRESET, timeout) and the URL.
import http from 'node:http';
import https from 'node:https';

export interface FetchOnceInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer | Uint8Array;
  /** Whole request, connect to last byte (default 60 s: generous for a loaded machine). */
  timeoutMs?: number;
  /** https: the CA to trust (PEM), or false to skip verification. */
  ca?: string | Buffer;
  rejectUnauthorized?: boolean;
}

export function fetchOnce(url: string | URL, init: FetchOnceInit = {}): Promise<Response> {
  const u = new URL(url);
  const body = typeof init.body === 'string' ? Buffer.from(init.body) : init.body ? Buffer.from(init.body) : undefined;
  const headers: Record<string, string | number> = { Connection: 'close', ...init.headers };
  if (body && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-length')) headers['Content-Length'] = body.length;
  const mod = u.protocol === 'https:' ? https : http;
  const what = `${init.method ?? 'GET'} ${u.href}`;
  return new Promise((resolve, reject) => {
    const req = mod.request(
      u,
      {
        method: init.method ?? 'GET',
        headers,
        agent: false,
        ...(u.protocol === 'https:' ? { ca: init.ca, rejectUnauthorized: init.rejectUnauthorized ?? true } : {}),
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', (e) => reject(new Error(`${what}: response broken (${(e as NodeJS.ErrnoException).code ?? e.message})`, { cause: e })));
        res.on('end', () => {
          const h = new Headers();
          for (const [k, v] of Object.entries(res.headers)) {
            if (v === undefined) continue;
            for (const one of Array.isArray(v) ? v : [v]) h.append(k, one);
          }
          const status = res.statusCode ?? 0;
          const nullBody = status === 204 || status === 304 || init.method === 'HEAD';
          resolve(new Response(nullBody ? null : Buffer.concat(chunks), { status, statusText: res.statusMessage, headers: h }));
        });
      },
    );
    req.setTimeout(init.timeoutMs ?? 60_000, () => req.destroy(new Error(`no answer within ${init.timeoutMs ?? 60_000} ms`)));
    req.on('error', (e) => reject(new Error(`${what}: ${(e as NodeJS.ErrnoException).code ?? ''} ${e.message}`.trim(), { cause: e })));
    req.end(body);
  });
}
