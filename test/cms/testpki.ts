/** A throw-away device PKI made with openssl, shaped like Apple's: root → "Test iPhone Device CA" → device leaf. */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/tmp.ts';

export function openssl(args: string[], input?: Buffer | string): Buffer {
  return execFileSync('openssl', args, { input, stdio: ['pipe', 'pipe', 'pipe'] });
}

export function python(code: string, input?: Buffer | string): Buffer {
  return execFileSync('python3', ['-c', code], { input, stdio: ['pipe', 'pipe', 'pipe'] });
}

export interface TestPki {
  dir: string;
  root: string; // PEM paths
  deviceCa: string;
  leaf: { cert: string; key: string };
  other: { root: string; deviceCa: string; leaf: { cert: string; key: string } }; // an unrelated hierarchy
  selfSigned: { cert: string; key: string }; // claims the Device CA's name as issuer, own key
  rootIssued: { cert: string; key: string }; // issued by the root directly (skips the Device CA)
  signer: { root: string; cert: string; key: string; chain: string }; // profile signing identity (root → intermediate → signer)
  ecSigner: { cert: string; key: string };
}

const EXT = (dir: string, name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

export function makeTestPki(): TestPki {
  const dir = tempDir('adesync-pki-');
  const p = (n: string) => join(dir, n);
  const caExt = EXT(dir, 'ca.ext', 'basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\n');
  const leafExt = EXT(
    dir,
    'leaf.ext',
    'basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=critical,serverAuth,clientAuth\n',
  );
  const signerExt = EXT(dir, 'signer.ext', 'basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n');
  const root = (name: string, subj: string) => {
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
      '3650',
      '-subj',
      subj,
      '-addext',
      'basicConstraints=critical,CA:TRUE',
      '-addext',
      'keyUsage=critical,keyCertSign,cRLSign',
    ]);
    return p(`${name}.pem`);
  };
  const issue = (name: string, subj: string, issuer: string, ext: string, key = 'rsa:2048') => {
    const keyArgs = key.startsWith('ec:') ? ['-newkey', 'ec', '-pkeyopt', `ec_paramgen_curve:${key.slice(3)}`] : ['-newkey', key];
    openssl(['req', '-new', ...keyArgs, '-nodes', '-keyout', p(`${name}.key`), '-out', p(`${name}.csr`), '-subj', subj]);
    openssl([
      'x509',
      '-req',
      '-in',
      p(`${name}.csr`),
      '-CA',
      p(`${issuer}.pem`),
      '-CAkey',
      p(`${issuer}.key`),
      '-CAcreateserial',
      '-out',
      p(`${name}.pem`),
      '-days',
      '365',
      '-extfile',
      ext,
    ]);
    return { cert: p(`${name}.pem`), key: p(`${name}.key`) };
  };
  const r = root('root', '/C=US/O=Test Inc./OU=Test Certification Authority/CN=Test Root CA');
  issue('deviceca', '/C=US/O=Test Inc./OU=Test iPhone/CN=Test iPhone Device CA', 'root', caExt);
  const leaf = issue('leaf', '/CN=6001A957-6FC5-4856-8C5E-DC2E32C61CB9', 'deviceca', leafExt, 'rsa:1024');
  const or = root('oroot', '/C=US/O=Other/CN=Other Root CA');
  issue('odeviceca', '/C=US/O=Other/CN=Other Device CA', 'oroot', caExt);
  const oleaf = issue('oleaf', '/CN=OTHER-LEAF', 'odeviceca', leafExt, 'rsa:1024');
  // Self-signed, but with the pinned CA's exact name: the issuer-name check passes, the key check must not.
  openssl([
    'req',
    '-x509',
    '-newkey',
    'rsa:1024',
    '-nodes',
    '-keyout',
    p('self.key'),
    '-out',
    p('self.pem'),
    '-days',
    '365',
    '-subj',
    '/C=US/O=Test Inc./OU=Test iPhone/CN=Test iPhone Device CA',
  ]);
  const rootIssued = issue('rootleaf', '/CN=ROOT-ISSUED-LEAF', 'root', leafExt, 'rsa:1024');
  root('sroot', '/C=US/O=Example Corp/CN=Example Profile Signing Root');
  issue('sint', '/C=US/O=Example Corp/CN=Example Profile Signing CA', 'sroot', caExt);
  const signer = issue('signer', '/C=US/O=Example Corp/CN=Example MDM Profile Signer', 'sint', signerExt);
  const ecSigner = issue('ecsigner', '/C=US/O=Example Corp/CN=Example EC Signer', 'sint', signerExt, 'ec:P-256');
  return {
    dir,
    root: r,
    deviceCa: p('deviceca.pem'),
    leaf,
    other: { root: or, deviceCa: p('odeviceca.pem'), leaf: oleaf },
    selfSigned: { cert: p('self.pem'), key: p('self.key') },
    rootIssued,
    signer: { root: p('sroot.pem'), cert: signer.cert, key: signer.key, chain: p('sint.pem') },
    ecSigner,
  };
}

export interface SignOptions {
  md?: 'sha1' | 'sha256';
  noattr?: boolean;
  stream?: boolean;
  certfile?: string;
  signer?: { cert: string; key: string };
}

/** `openssl cms -sign`, attached content, DER (or streamed BER with indefinite lengths and chunked content). */
export function cmsSign(pki: TestPki, content: Buffer, o: SignOptions = {}): Buffer {
  const s = o.signer ?? pki.leaf;
  const args = ['cms', '-sign', '-binary', '-nodetach', '-outform', 'DER', '-signer', s.cert, '-inkey', s.key, '-md', o.md ?? 'sha256'];
  if (o.noattr) args.push('-noattr');
  if (o.stream) args.push('-stream');
  if (o.certfile !== '') args.push('-certfile', o.certfile ?? pki.deviceCa);
  return openssl(args, content);
}

export function readPem(path: string): string {
  return readFileSync(path, 'utf8');
}

/** An XML MachineInfo plist (python3 plistlib, an independent writer). */
export function machineInfoXml(d: Record<string, unknown>, fmt: 'xml' | 'binary' = 'xml'): Buffer {
  return python(
    `import plistlib,sys,json; d=json.load(sys.stdin); sys.stdout.buffer.write(plistlib.dumps(d, fmt=plistlib.FMT_${fmt === 'xml' ? 'XML' : 'BINARY'}))`,
    JSON.stringify(d),
  );
}

/**
 * A minimal ACME enrollment config over this PKI (raw, before enrollmentSchema.parse) for endpoint tests. One serial
 * enrolls again and again in them, so the replay limit is lifted; it has tests of its own (test/enroll/replay.test.ts).
 */
export function rawEnrollmentConfig(pki: TestPki, over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    listen: '127.0.0.1:0',
    device_ca: { pinned_ca_file: pki.deviceCa, chain_files: [pki.root], i_understand_this_is_not_apple: true },
    per_device_limit: { profiles: 100_000 },
    profile: {
      payload_identifier: 'com.example.mdm.enroll',
      identity: { type: 'acme', directory_url: 'https://mdm.example.com/acme/directory' },
      mdm: { server_url: 'https://mdm.example.com/mdm', topic: 'com.apple.mgmt.External.00000000-1111-2222-3333-444444444444' },
    },
    signing: { cert_file: pki.signer.cert, key_file: pki.signer.key, chain_files: [pki.signer.chain] },
    ...over,
  };
}

/** A TLS CA (`ca.pem`) and a server certificate for 127.0.0.1 and localhost (`server.pem`, `server.key`) in `dir`. */
export function makeTlsServer(dir: string, days = 30): { ca: string; cert: string; key: string } {
  const p = (n: string) => join(dir, n);
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];
  openssl([
    'req',
    '-x509',
    ...ec,
    '-keyout',
    p('ca.key'),
    '-out',
    p('ca.pem'),
    '-days',
    String(days),
    '-subj',
    '/CN=adesync test TLS CA',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign',
  ]);
  openssl(['req', '-new', ...ec, '-keyout', p('server.key'), '-out', p('server.csr'), '-subj', '/CN=localhost']);
  writeFileSync(
    p('server.ext'),
    'basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\nsubjectAltName=IP:127.0.0.1,DNS:localhost\n',
  );
  openssl([
    'x509',
    '-req',
    '-in',
    p('server.csr'),
    '-CA',
    p('ca.pem'),
    '-CAkey',
    p('ca.key'),
    '-CAcreateserial',
    '-out',
    p('server.pem'),
    '-days',
    String(days),
    '-extfile',
    p('server.ext'),
  ]);
  return { ca: p('ca.pem'), cert: p('server.pem'), key: p('server.key') };
}
