/**
 * OTA test parts, all real: an OTA identity CA and identities made with openssl, a loopback SCEP challenge service, and
 * an in-test LoginFlow that completes with a fixed user (the real-IdP test is the login helper's; it is named so).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import type { LoginComplete, LoginFlow, LoginPurpose } from '../../src/auth/login.ts';
import type { AuthUser } from '../../src/auth/types.ts';
import { openssl, python } from '../cms/testpki.ts';

export interface OtaCa {
  cert: string;
  key: string;
  dir: string;
}

/** A self-signed OTA identity CA (what enrollment.ota.identity_ca names), key mode 0600. */
export function makeOtaCa(dir: string, name = 'ota-ca'): OtaCa {
  const p = (n: string) => join(dir, n);
  openssl([
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    p(`${name}.key`),
    '-out',
    p(`${name}.pem`),
    '-days',
    '365',
    '-subj',
    `/O=Example Corp/CN=Example OTA Identity CA ${name}`,
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  ]);
  writeFileSync(p('identity.ext'), 'basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=clientAuth\n');
  return { cert: p(`${name}.pem`), key: p(`${name}.key`), dir };
}

let seq = 0;
/** What the SCEP server would issue for the phase-2 payload: subject CN=UDID, serialNumber=SERIAL, OU=adesync-ota <session>. */
export function issueIdentity(ca: OtaCa, o: { udid: string; serial: string; sessionId: string; days?: number; ou?: string }): { cert: string; key: string } {
  const n = `id${++seq}`;
  const p = (x: string) => join(ca.dir, x);
  const subj = `/CN=${o.udid}/serialNumber=${o.serial}/OU=${o.ou ?? `adesync-ota ${o.sessionId}`}`;
  openssl(['req', '-new', '-newkey', 'rsa:2048', '-nodes', '-keyout', p(`${n}.key`), '-out', p(`${n}.csr`), '-subj', subj]);
  openssl([
    'x509',
    '-req',
    '-in',
    p(`${n}.csr`),
    '-CA',
    ca.cert,
    '-CAkey',
    ca.key,
    '-CAcreateserial',
    '-out',
    p(`${n}.pem`),
    '-days',
    String(o.days ?? 365),
    '-extfile',
    p('identity.ext'),
  ]);
  return { cert: p(`${n}.pem`), key: p(`${n}.key`) };
}

/** A loopback SCEP challenge service: a fresh challenge per POST, every request kept. */
export async function startChallengeService(): Promise<{ url: string; requests: Record<string, string>[]; issued: string[]; close(): Promise<void> }> {
  const requests: Record<string, string>[] = [];
  const issued: string[] = [];
  const srv = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      requests.push(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, string>);
      const c = `scep-once-${issued.length}-${Math.random().toString(36).slice(2)}`;
      issued.push(c);
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.end(c);
    });
  });
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const port = (srv.address() as AddressInfo).port;
  return { url: `http://127.0.0.1:${port}/challenge`, requests, issued, close: () => new Promise((r) => srv.close(() => r())) };
}

/**
 * IN-TEST LoginFlow, NOT an IdP: begin() completes the login at once with a fixed user (or, with `deny`, answers 302
 * to a pretend IdP and never completes). The real OIDC flow is tested with oidc-provider by the login code's tests.
 */
export function fixedUserLoginFlow(user: AuthUser, o: { deny?: boolean } = {}): LoginFlow & { begun: LoginPurpose[] } {
  const handlers = new Map<LoginPurpose, LoginComplete>();
  const begun: LoginPurpose[] = [];
  return {
    begun,
    onComplete(purpose, handler) {
      handlers.set(purpose, handler);
    },
    async begin(req, res, purpose, data) {
      begun.push(purpose);
      if (o.deny) {
        res.writeHead(302, { Location: 'https://idp.example.test/authorize' });
        res.end();
        return;
      }
      const handler = handlers.get(purpose);
      if (!handler) throw new Error(`no login handler for ${purpose}`);
      await handler(req, res, user, data, new AbortController().signal);
    },
  };
}

/** A plist (python's plistlib, an independent reader) as JSON; data values become base64 strings. */
export function plistJson(xml: Buffer): Record<string, unknown> {
  const code = `import plistlib,sys,json,base64
def conv(o):
    if isinstance(o, (bytes, bytearray)): return base64.b64encode(o).decode()
    if isinstance(o, dict): return {k: conv(v) for k, v in o.items()}
    if isinstance(o, list): return [conv(v) for v in o]
    return o
sys.stdout.write(json.dumps(conv(plistlib.loads(sys.stdin.buffer.read()))))`;
  return JSON.parse(python(code, xml).toString('utf8')) as Record<string, unknown>;
}
