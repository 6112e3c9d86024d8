// Shared pieces of the proof suites: size switch, seeded PRNG, figures, and a recording proxy in front of the simulator.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** `ADESYNC_STRESS=large` (npm run stress) selects the large sizes; CI runs the small ones. */
export const LARGE = process.env.ADESYNC_STRESS === 'large';
export const size = <T>(small: T, large: T): T => (LARGE ? large : small);

/** The seed: ADESYNC_SEED to replay a run, else a fixed default (CI is deterministic). */
export function seedFor(suite: string, fallback: number): number {
  const s = process.env.ADESYNC_SEED ? Number(process.env.ADESYNC_SEED) : fallback;
  figure(`${suite} seed=${s} size=${LARGE ? 'large' : 'small'} (replay: ADESYNC_SEED=${s})`);
  return s;
}

/** mulberry32: small, fast, good enough to pick kill instants and garbage. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)],
    bytes: (n: number) => {
      const b = Buffer.alloc(n);
      for (let i = 0; i < n; i++) b[i] = (next() * 256) | 0;
      return b;
    },
  };
}
export type Prng = ReturnType<typeof prng>;

/** One figure line in the TAP output. */
export function figure(line: string): void {
  console.log(`# stress: ${line}`);
}

export const mib = (n: number) => `${(n / 1048576).toFixed(1)} MiB`;

export function percentile(xs: number[], p: number): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

export interface ProxiedRequest {
  n: number;
  key: string; // "METHOD /path"
  body: Buffer;
  json?: any;
}

export interface ProxyHooks {
  /** Before the request reaches the simulator; resolve false to drop it (the client's connection is destroyed). */
  before?: (r: ProxiedRequest) => boolean | undefined | Promise<boolean | undefined>;
  /** After the simulator answered, before the client sees it. */
  after?: (r: ProxiedRequest, status: number, body: Buffer) => void | Promise<void>;
}

/**
 * A loopback proxy in front of the simulator that sees every request and answer: what Apple was asked and what it
 * said, per serial and per cursor. The Host header is forwarded unchanged, so OAuth signatures (over the client's
 * own URL) still verify at the simulator.
 */
export async function startProxy(target: string, hooks: ProxyHooks = {}) {
  const t = new URL(target);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
  let n = 0;
  const state = {
    hooks,
    /** "serial uuid" → how many assign calls carried it to Apple. */
    assignSends: new Map<string, number>(),
    /** cursor returned by Apple → the cursor sent with that request and the serials in that page. */
    pages: new Map<string, { sent: string | null; serials: string[] }>(),
    counts: {} as Record<string, number>,
    /** Every session token Apple handed out (to look for in logs). */
    sessions: new Set<string>(),
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('error', () => {});
    res.on('error', () => {});
    req.on('end', () => {
      void (async () => {
        const body = Buffer.concat(chunks);
        const key = `${req.method} ${(req.url ?? '/').split('?')[0]}`;
        state.counts[key] = (state.counts[key] ?? 0) + 1;
        let json: any;
        if (body.length) {
          try {
            json = JSON.parse(body.toString('utf8'));
          } catch {
            /* not JSON */
          }
        }
        const r: ProxiedRequest = { n: ++n, key, body, json };
        if ((await state.hooks.before?.(r)) === false) {
          req.socket.destroy();
          return;
        }
        const up = http.request({ host: t.hostname, port: t.port, method: req.method, path: req.url, headers: req.headers, agent }, (ur) => {
          const rc: Buffer[] = [];
          ur.on('data', (c: Buffer) => rc.push(c));
          ur.on('error', () => req.socket.destroy());
          ur.on('end', () => {
            void (async () => {
              const rb = Buffer.concat(rc);
              const status = ur.statusCode ?? 0;
              const sh = ur.headers['x-adm-auth-session'];
              if (typeof sh === 'string' && sh) state.sessions.add(sh);
              if ((key === 'POST /profile/devices' || key === 'PUT /profile/devices') && json?.profile_uuid && Array.isArray(json.devices)) {
                for (const s of json.devices) {
                  const k = `${s} ${json.profile_uuid}`;
                  state.assignSends.set(k, (state.assignSends.get(k) ?? 0) + 1);
                }
              }
              if ((key === 'POST /server/devices' || key === 'POST /devices/sync') && status === 200) {
                try {
                  const page = JSON.parse(rb.toString('utf8'));
                  if (typeof page.cursor === 'string')
                    state.pages.set(page.cursor, { sent: json?.cursor ?? null, serials: (page.devices ?? []).map((d: any) => d.serial_number) });
                } catch {
                  /* a fault's broken body */
                }
              }
              await state.hooks.after?.(r, status, rb);
              if (res.destroyed || req.socket.destroyed) return;
              const headers = { ...ur.headers };
              res.writeHead(status, headers);
              res.end(rb);
            })();
          });
        });
        up.on('error', () => req.socket.destroy());
        up.end(body);
      })().catch(() => req.socket.destroy());
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    state,
    /** Every serial Apple returned in the chain of pages that ends with `cursor` (walking back through sent cursors). */
    chainSerials(cursor: string): { serials: Set<string>; pages: number; complete: boolean } {
      const out = new Set<string>();
      let c: string | null = cursor;
      let pages = 0;
      const seen = new Set<string>();
      while (c !== null && !seen.has(c)) {
        seen.add(c);
        const p = state.pages.get(c);
        if (!p) return { serials: out, pages, complete: false };
        for (const s of p.serials) out.add(s);
        pages++;
        c = p.sent;
      }
      return { serials: out, pages, complete: c === null };
    },
    close: () =>
      new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
        agent.destroy();
      }),
  };
}

/** Paths of the PKI files a proof daemon's enrollment endpoint reads. */
export interface EnrollmentFiles {
  tlsCert: string;
  tlsKey: string;
  deviceCa: string;
  root: string;
  signerCert: string;
  signerKey: string;
}

/**
 * The part of a proof daemon's config after `admin:` — one token, its supervised profile pointing at the enrollment
 * endpoint, and that endpoint (TLS on loopback, a test device CA, an ACME identity).
 */
export function daemonYaml(o: { token: string; port: number; files: EnrollmentFiles; payloadIdentifier: string; organization?: string }): string {
  const f = o.files;
  return `tokens:
  - name: ${o.token}
    default_profile: supervised
profiles:
  supervised:
    profile_name: Supervised
    url: https://127.0.0.1:${o.port}/enroll
    department: IT
enrollment:
  listen: 127.0.0.1:${o.port}
  path: /enroll
  tls: { cert_file: ${f.tlsCert}, key_file: ${f.tlsKey} }
  device_ca:
    pinned_ca_file: ${f.deviceCa}
    chain_files: [${f.root}]
    i_understand_this_is_not_apple: true
  profile:
    payload_identifier: ${o.payloadIdentifier}
${o.organization ? `    organization: ${o.organization}\n` : ''}    trust_cert_files: [${f.root}]
    identity: { type: acme, directory_url: "https://mdm.example.invalid/acme/directory", subject: [[[CN, "%SERIAL%"]]] }
    mdm: { server_url: "https://mdm.example.invalid/mdm", topic: com.apple.mgmt.External.00000000-0000-4000-8000-000000000000 }
  signing: { cert_file: ${f.signerCert}, key_file: ${f.signerKey} }
`;
}
