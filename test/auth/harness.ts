/**
 * The web-view login's world for tests: a real OpenID Provider (oidc-provider, in-process, over TLS on localhost with a
 * test CA the RP trusts through enrollment.login.ca_file), the enrollment server over TLS for mdm.example.test with the
 * login callback and the web view wired as the daemon wires them, a device-signed MachineInfo made with openssl.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import Provider from 'oidc-provider';
import { enrollmentSchema, type EnrollmentConfig } from '../../src/config/schema.ts';
import { createEnrollmentServer, type EnrollmentServer } from '../../src/enroll/server.ts';
import { createLoginFlow, type LoginService } from '../../src/auth/oidc.ts';
import { createWebViewRoute } from '../../src/auth/webview.ts';
import { openDatabase, type DB } from '../../src/store/db.ts';
import { createLoginSessionStore } from '../../src/store/logins.ts';
import { createLogger } from '../../src/log.ts';
import { cmsSign, machineInfoXml, makeTestPki, openssl, rawEnrollmentConfig, type TestPki } from '../cms/testpki.ts';
import { tempDir } from '../helpers/tmp.ts';

export const MDM_HOST = 'mdm.example.test';
export const SERIAL = 'C02LOGIN0001';
export const UDID = '7C6E1A2B-0000-5000-8000-00000000A001';

/** A TLS CA and a server certificate for `names` (DNS or IP), made with openssl. */
export function tlsCert(dir: string, name: string, names: string[]): { ca: string; cert: string; key: string } {
  const p = (n: string) => join(dir, `${name}-${n}`);
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];
  openssl(['req', '-x509', ...ec, '-keyout', p('ca.key'), '-out', p('ca.pem'), '-days', '30', '-subj', `/CN=${name} test TLS CA`]);
  openssl(['req', '-new', ...ec, '-keyout', p('key.pem'), '-out', p('csr.pem'), '-subj', `/CN=${names[0]}`]);
  const san = names.map((n) => (/^[\d.]+$/.test(n) ? `IP:${n}` : `DNS:${n}`)).join(',');
  writeFileSync(p('ext'), `basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\nsubjectAltName=${san}\n`);
  openssl([
    'x509',
    '-req',
    '-in',
    p('csr.pem'),
    '-CA',
    p('ca.pem'),
    '-CAkey',
    p('ca.key'),
    '-CAcreateserial',
    '-out',
    p('cert.pem'),
    '-days',
    '30',
    '-extfile',
    p('ext'),
  ]);
  return { ca: p('ca.pem'), cert: p('cert.pem'), key: p('key.pem') };
}

/** A port free right now on 127.0.0.1 (the public URL and the IdP's redirect URI need it before the server starts). */
export async function freePort(): Promise<number> {
  const s = http.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as AddressInfo).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

export interface Account {
  email?: string;
  email_verified?: boolean;
  name?: string;
  groups?: string[];
}

export interface Idp {
  issuer: string;
  ca: string;
  provider: Provider;
  close(): Promise<void>;
}

/** oidc-provider over https://localhost:PORT; `accounts` by login name (the dev login form takes any password). */
export async function startIdp(dir: string, redirectUri: string, accounts: Record<string, Account>): Promise<Idp> {
  const cert = tlsCert(dir, 'idp', ['localhost', '127.0.0.1']);
  let handler: http.RequestListener = (_q, s) => s.end();
  const server = https.createServer({ cert: readFileSync(cert.cert), key: readFileSync(cert.key) }, (q, s) => handler(q, s));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const issuer = `https://localhost:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: 'adesync',
        token_endpoint_auth_method: 'none',
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    pkce: { required: () => true },
    findAccount: async (_ctx, sub) => {
      const a = accounts[sub];
      if (!a) return undefined;
      return { accountId: sub, claims: async () => ({ sub, ...a }) };
    },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'groups'] },
    conformIdTokenClaims: false,
    cookies: { keys: ['test-only-key'] },
  });
  // oidc-provider logs its dev-interactions warnings; tests do not need them
  provider.on('server_error', (_ctx: unknown, e: unknown) => console.error('oidc-provider server_error', e));
  handler = provider.callback();
  return {
    issuer,
    ca: cert.ca,
    provider,
    close: () =>
      new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}

export interface World {
  dir: string;
  pki: TestPki;
  db: DB;
  dbPath: string;
  idp: Idp;
  port: number;
  /** https://mdm.example.test:PORT */
  publicUrl: string;
  webUrl: string;
  tls: { ca: string; cert: string; key: string };
  config: EnrollmentConfig;
  server: EnrollmentServer;
  login: LoginService;
  clock: { skewMs: number };
  logs: string[];
  /** base64 of a device-signed MachineInfo for `SERIAL` (or the fields given). */
  blob(fields?: Record<string, unknown>): string;
  close(): Promise<void>;
}

export async function startWorld(
  o: { accounts?: Record<string, Account>; login?: Record<string, unknown>; minimumOs?: Record<string, unknown> } = {},
): Promise<World> {
  const dir = tempDir('adesync-login-');
  const pki = makeTestPki();
  const port = await freePort();
  const publicUrl = `https://${MDM_HOST}:${port}`;
  const accounts = o.accounts ?? {
    alice: { email: 'alice@example.test', email_verified: true, name: 'Alice Example', groups: ['staff', 'mac-users'] },
    bob: { email: 'bob@elsewhere.test', email_verified: true, name: 'Bob Other', groups: ['guests'] },
  };
  const idp = await startIdp(dir, `${publicUrl}/auth/callback`, accounts);
  const tls = tlsCert(dir, 'mdm', [MDM_HOST]);
  const dbPath = join(dir, 'adesync.db');
  const db = openDatabase(dbPath);
  const now = new Date().toISOString();
  db.prepare(`INSERT INTO devices (token, serial_number, os, device_family, raw_json, first_seen, last_seen) VALUES ('main', ?, 'OSX', 'Mac', '{}', ?, ?)`).run(
    SERIAL,
    now,
    now,
  );
  const config = enrollmentSchema.parse(
    rawEnrollmentConfig(pki, {
      listen: `127.0.0.1:${port}`,
      tls: { cert_file: tls.cert, key_file: tls.key },
      public_url: publicUrl,
      login: { issuer: idp.issuer, client_id: 'adesync', ca_file: idp.ca, ...o.login },
      ...(o.minimumOs ? { minimum_os: o.minimumOs } : {}),
    }),
  );
  const logs: string[] = [];
  const logger = createLogger({ level: 'debug', sink: (l) => logs.push(l) });
  const clock = { skewMs: 0 };
  const login = createLoginFlow({ login: config.login!, publicUrl, sessions: createLoginSessionStore(db), logger, now: () => Date.now() + clock.skewMs });
  const server = createEnrollmentServer({
    config,
    db,
    logger,
    workers: 1,
    keepAliveTimeoutMs: 60_000,
    routes: [login.route, createWebViewRoute({ path: config.web_view.path, flow: login, publicUrl })],
  });
  await server.listen();
  const blob = (fields: Record<string, unknown> = {}) =>
    cmsSign(pki, machineInfoXml({ UDID, SERIAL, PRODUCT: 'Mac14,2', VERSION: '23D56', OS_VERSION: '14.3', ...fields })).toString('base64');
  return {
    dir,
    pki,
    db,
    dbPath,
    idp,
    port,
    publicUrl,
    webUrl: `${publicUrl}${config.web_view.path}`,
    tls,
    config,
    server,
    login,
    clock,
    logs,
    blob,
    async close() {
      await server.close();
      await idp.close();
      db.close();
    },
  };
}
