// The server-side cost of one ADE web-view login round trip beside the ADE POST: the first GET (verify the device's
// header blob in a worker, decide, store the login, 302 to the IdP) and the callback (take the login, exchange the code,
// check the ID token, verify + decide + record + build + sign the profile). The IdP is test/auth/fakeidp.ts on loopback
// in this process; its token endpoint's own time is measured and subtracted ("IdP excluded"). Server, IdP and client
// share this process and its cores: figures, never a verdict.
// Run: node --import tsx bench/login.ts [round-trips]
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLoginFlow } from '../src/auth/oidc.ts';
import { createWebViewRoute } from '../src/auth/webview.ts';
import { enrollmentSchema } from '../src/config/schema.ts';
import { createEnrollmentServer } from '../src/enroll/server.ts';
import { silentLogger } from '../src/log.ts';
import { openDatabase } from '../src/store/db.ts';
import { startFakeIdp } from '../test/auth/fakeidp.ts';
import { fetchOnce } from '../test/helpers/http.ts';
import { benchPki, openssl } from './kit.ts';

/** The bench PKI (device CA, profile signer) and one device leaf. */
function pki(dir: string) {
  const { p, issue } = benchPki(dir);
  issue('leaf', '/CN=leaf', 'dca', 'leaf.ext');
  return p;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function benchLogin(n = 200): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'adesync-bench-login-'));
  const p = pki(dir);
  const serial = 'C02BENCH0001';
  const mi = `<?xml version="1.0" encoding="UTF-8"?><plist version="1.0"><dict><key>PRODUCT</key><string>Mac14,2</string><key>SERIAL</key><string>${serial}</string><key>UDID</key><string>00008020-000000000001</string><key>VERSION</key><string>23D56</string><key>OS_VERSION</key><string>14.3</string></dict></plist>`;
  const blob = openssl(
    ['cms', '-sign', '-binary', '-nodetach', '-outform', 'DER', '-signer', p('leaf.pem'), '-inkey', p('leaf.key'), '-certfile', p('dca.pem')],
    mi,
  );
  const idp = await startFakeIdp({ clientId: 'adesync' });
  const db = openDatabase(p('bench.db'));
  const now = new Date().toISOString();
  db.prepare(
    `INSERT INTO devices (token, serial_number, os, device_family, raw_json, first_seen, last_seen) VALUES ('bench', ?, 'OSX', 'Mac', '{}', ?, ?)`,
  ).run(serial, now, now);
  // the public URL needs the port: listen once to learn a free one
  const probe = (await import('node:http')).createServer();
  await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
  const port = (probe.address() as AddressInfo).port;
  await new Promise<void>((r) => probe.close(() => r()));
  const base = `http://127.0.0.1:${port}`;
  const config = enrollmentSchema.parse({
    listen: `127.0.0.1:${port}`,
    public_url: base,
    device_ca: { pinned_ca_file: p('dca.pem'), chain_files: [p('root.pem')], i_understand_this_is_not_apple: true },
    per_device_limit: { profiles: 100_000 },
    login: { issuer: idp.issuer, client_id: 'adesync' },
    profile: {
      payload_identifier: 'com.example.mdm.enroll',
      identity: { type: 'acme', directory_url: 'https://mdm.example.com/acme/directory' },
      mdm: { server_url: 'https://mdm.example.com/mdm', topic: 'com.apple.mgmt.External.00000000-1111-2222-3333-444444444444' },
    },
    signing: { cert_file: p('signer.pem'), key_file: p('signer.key') },
  });
  const login = createLoginFlow({ login: config.login!, publicUrl: base, db, logger: silentLogger });
  const server = createEnrollmentServer({
    config,
    db,
    workers: 1,
    routes: [login.route, createWebViewRoute({ path: config.web_view.path, flow: login, publicUrl: base })],
  });
  await server.listen();
  const header = { 'x-apple-aspen-deviceinfo': blob.toString('base64') };
  const time = async <T>(f: () => Promise<T>): Promise<[T, number]> => {
    const t0 = performance.now();
    const r = await f();
    return [r, performance.now() - t0];
  };
  const post: number[] = [];
  const first: number[] = [];
  const cb: number[] = [];
  const tokenBefore = idp.tokenMs.length;
  for (let i = 0; i < n + 10; i++) {
    const [pr, pms] = await time(() => fetchOnce(`${base}/enroll`, { method: 'POST', body: blob }));
    if (pr.status !== 200) throw new Error(`POST answered ${pr.status}`);
    const [g, gms] = await time(() => fetchOnce(`${base}/ade/web`, { headers: header }));
    if (g.status !== 302) throw new Error(`first GET answered ${g.status}: ${await g.text()}`);
    const cookie = g.headers.get('set-cookie')!.split(';')[0];
    const back = (await fetchOnce(g.headers.get('location')!)).headers.get('location')!;
    const [c, cms] = await time(() => fetchOnce(back, { headers: { Cookie: cookie } }));
    if (c.status !== 200) throw new Error(`callback answered ${c.status}: ${await c.text()}`);
    if (i >= 10) {
      post.push(pms);
      first.push(gms);
      cb.push(cms);
    }
  }
  const idpMs = idp.tokenMs.slice(tokenBefore + 10);
  const cbServer = cb.map((x, i) => x - (idpMs[i] ?? 0));
  console.log(`login: ${n} sequential round trips on loopback HTTP, 1 worker thread; server, IdP (test/auth/fakeidp.ts) and client share this process`);
  console.log(`login: ADE POST (verify + decide + record + build + sign)          median ${median(post).toFixed(2)} ms`);
  console.log(`login: web view first GET (verify + decide + store login + 302)      median ${median(first).toFixed(2)} ms`);
  console.log(
    `login: web view callback, IdP token endpoint excluded                median ${median(cbServer).toFixed(2)} ms (IdP's own: ${median(idpMs).toFixed(2)} ms)`,
  );
  console.log(`login: web view round trip, server side (first GET + callback)       median ${(median(first) + median(cbServer)).toFixed(2)} ms`);
  await server.close();
  await idp.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
}

if (import.meta.url === `file://${process.argv[1]}`) await benchLogin(Number(process.argv[2] ?? 200));
