import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { readFileSync, writeFileSync, mkdirSync, statSync, existsSync, readdirSync } from 'node:fs';
import { X509Certificate, createPrivateKey } from 'node:crypto';
import { issueCertificate } from '../../src/cms/pki.ts';
import { ProfileSigner } from '../../src/cms/sign.ts';
import { SimulatedDevice, post } from '../../src/demo/device.ts';
import { issueTokenP7m } from '../../src/sim/index.ts';
import { tempDir } from '../helpers/tmp.ts';
import { sim } from '../helpers/sim.ts';
import { cliAsync, cliSpawn, until } from '../helpers/cli.ts';
import { figure, size, startProxy, daemonYaml } from './lib.ts';
import { fetchOnce } from '../helpers/http.ts';

/**
 * A representative flow — token keypair and import from a sim-issued p7m, a daemon (debug logging) that syncs, assigns
 * and serves enrollments, doctor, status --json, token show — then every captured byte (daemon stderr/stdout, every
 * CLI output, the SQLite db/-wal/-shm files) is searched for each token secret, every Apple session token, and the
 * base64 body (and DER) of every private key. None may appear. Key files are 0600; the admin listener refuses a
 * non-loopback address; the enrollment endpoint serves nothing but enrollment and /healthz.
 */
function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => res(p));
    });
    s.on('error', rej);
  });
}

const pemLines = (pem: string) => pem.split('\n').filter((l) => l && !l.startsWith('-----'));
const mode = (p: string) => statSync(p).mode & 0o777;

test('no secret in logs, CLI output or database bytes; key files 0600; admin loopback-only; enrollment endpoint surface', {
  timeout: size(600_000, 600_000),
}, async () => {
  const dir = tempDir();
  const s = await sim({ devices: size(400, 5000), seed: 31 });
  const proxy = await startProxy(s.url);
  after(() => proxy.close());
  const file = (n: string, data: string, m = 0o644) => {
    const p = join(dir, n);
    writeFileSync(p, data, { mode: m });
    return p;
  };
  mkdirSync(join(dir, 'pki'), { recursive: true });
  const root = await issueCertificate({ subject: [['CN', 'secrets root (test only)']], ca: true, days: 2 });
  const deviceCa = await issueCertificate({ subject: [['CN', 'secrets Device CA (test only)']], ca: true, issuer: root, days: 2 });
  const leaf = await issueCertificate({ subject: [['CN', 'SECRETS-DEVICE']], issuer: deviceCa, bits: 1024, eku: ['1.3.6.1.5.5.7.3.2'] });
  const signer = await issueCertificate({ subject: [['CN', 'secrets profile signer']], issuer: root, eku: ['1.3.6.1.5.5.7.3.4'], days: 2 });
  const tls = await issueCertificate({ subject: [['CN', '127.0.0.1']], issuer: root, eku: ['1.3.6.1.5.5.7.3.1'], ips: ['127.0.0.1'], days: 2 });
  const port = await freePort();
  const configPath = file(
    'config.yaml',
    `state_dir: ${dir}
log_level: debug
apple:
  base_url: ${proxy.url}
admin:
  listen: 127.0.0.1:0
${daemonYaml({
  token: 'main',
  port,
  payloadIdentifier: 'com.example.secrets.enroll',
  files: {
    tlsCert: file('pki/tls.pem', tls.certPem),
    tlsKey: file('pki/tls.key', tls.keyPem, 0o600),
    deviceCa: file('pki/ca.pem', deviceCa.certPem),
    root: file('pki/root.pem', root.certPem),
    signerCert: file('pki/signer.pem', signer.certPem),
    signerKey: file('pki/signer.key', signer.keyPem, 0o600),
  },
})}`,
  );
  const outputs: { what: string; text: string }[] = [];
  const run = async (...args: string[]) => {
    const r = await cliAsync(['--config', configPath, ...args], { timeout: 120_000 });
    outputs.push({ what: `adesync ${args.join(' ')}`, text: r.stdout + r.stderr });
    return r;
  };

  // token: key pair, then the p7m Apple would send, encrypted to that certificate, imported by the CLI
  let r = await run('token', 'keypair', '--name', 'main');
  assert.equal(r.code, 0, r.stderr);
  const keyFile = join(dir, 'tokens', 'main.key.pem');
  const p7m = file('main_Token_smime.p7m', issueTokenP7m(s.tokens.sim, readFileSync(join(dir, 'tokens', 'main.cert.pem'), 'utf8')));
  r = await run('token', 'import', '--name', 'main', p7m);
  assert.equal(r.code, 0, r.stderr);
  const tokenFile = join(dir, 'tokens', 'main.json');
  assert.equal(JSON.parse(readFileSync(tokenFile, 'utf8')).consumer_key, s.tokens.sim.consumer_key, 'the imported token is the one Apple issued');

  // the daemon, with debug logging: sync, assignment, enrollments
  const child = cliSpawn(['--config', configPath, 'daemon']);
  let daemonOut = '';
  child.stderr!.on('data', (c) => {
    daemonOut += c;
  });
  child.stdout!.on('data', (c) => {
    daemonOut += c;
  });
  const exited = new Promise((res) => child.once('exit', res));
  after(async () => {
    if (child.exitCode === null) {
      child.kill('SIGKILL');
      await exited;
    }
  });
  await until(() => /adesync daemon ready/.test(daemonOut), 120_000, 'daemon ready');
  await until(() => /"cycle done"/.test(daemonOut), 120_000, 'the first cycle');
  const adminUrl = /"admin":"(http:\/\/[^"]+)"/.exec(daemonOut)?.[1];
  assert.ok(adminUrl, 'the ready line names the admin listener');
  const device = new SimulatedDevice(new ProfileSigner(new X509Certificate(leaf.certPem), createPrivateKey(leaf.keyPem), [deviceCa.cert]));
  const url = `https://127.0.0.1:${port}/enroll`;
  const serials = s.control
    .devices('sim')
    .slice(0, 5)
    .map((d) => d.serial_number);
  for (const serial of [...serials, 'NOTOURS0001']) {
    const a = await post(
      url,
      device.signedMachineInfo({ UDID: `0000-${serial}`, SERIAL: serial, PRODUCT: 'iPhone15,2', VERSION: '22B83', OS_VERSION: '18.1' }),
      { ca: root.certPem, timeoutMs: 60_000 },
    );
    assert.equal(a.status, serial.startsWith('NOTOURS') ? 403 : 200);
  }
  // the session expires at Apple, and Apple rotates it: more session tokens to look for
  s.control.injectFault({ endpoint: 'POST /devices/sync', kind: 'session_expire', count: 1 });
  s.control.injectFault({ endpoint: '/profile/devices', kind: 'rotate_session', count: 1 });
  s.control.addDevices('sim', 3);
  const now = await fetchOnce(`${adminUrl}/sync`, { method: 'POST', headers: { 'X-Adesync-Request': '1' } });
  assert.equal(now.status < 300, true);
  await until(() => (daemonOut.match(/"cycle done"/g) ?? []).length >= 2, 120_000, 'a second cycle');

  for (const args of [
    ['doctor'],
    ['status', '--json'],
    ['status'],
    ['token', 'show'],
    ['devices', '--limit', '5'],
    ['device', serials[0]],
    ['profile', 'show'],
  ])
    await run(...args);

  // the enrollment endpoint: nothing but enrollment and /healthz
  const surface: string[] = [];
  const paths = [
    '/',
    '/admin',
    '/metrics',
    '/sync',
    '/status',
    '/healthz/',
    '/enroll/',
    '/enroll/../metrics',
    '/tokens/main.json',
    '/config.yaml',
    '/.env',
    '/ENROLL',
    '/%2e%2e/config.yaml',
    '/readyz',
    '/debug',
  ];
  const ctx = { ca: root.certPem };
  const https = await import('node:https');
  const req = (method: string, path: string) =>
    new Promise<number>((res) => {
      const q = https.request({ host: '127.0.0.1', port, method, path, ca: ctx.ca }, (x) => {
        x.resume();
        x.on('end', () => res(x.statusCode ?? 0));
      });
      q.on('error', () => res(-1));
      q.end();
    });
  for (const p of paths)
    for (const m of ['GET', 'POST', 'PUT', 'DELETE']) {
      const st = await req(m, p);
      if (st !== 404) surface.push(`${m} ${p} → ${st}`);
    }
  for (const m of ['PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE']) {
    const st = await req(m, '/enroll');
    if (st !== 405) surface.push(`${m} /enroll → ${st}`);
  }
  for (const m of ['POST', 'PUT', 'DELETE']) {
    const st = await req(m, '/healthz');
    if (st !== 405) surface.push(`${m} /healthz → ${st}`);
  }
  assert.equal(await req('GET', '/healthz'), 200);
  assert.deepEqual(surface, [], 'only /enroll and /healthz answer, with 405 for other methods');

  // raw database bytes while the daemon runs (the WAL holds recent pages), and again after it stopped
  const dbFiles = () =>
    readdirSync(dir)
      .filter((f) => /^adesync\.db(-wal|-shm)?$/.test(f))
      .map((f) => ({ what: f, bytes: readFileSync(join(dir, f)) }));
  const running = dbFiles();
  child.kill('SIGTERM');
  await exited;
  const stopped = dbFiles();
  assert.ok(
    running.some((f) => f.what === 'adesync.db-wal'),
    'the WAL was read while the daemon ran',
  );

  // every secret, literally
  const t = s.tokens.sim;
  const needles: { what: string; value: Buffer }[] = [
    { what: 'consumer_key', value: Buffer.from(t.consumer_key) },
    { what: 'consumer_secret', value: Buffer.from(t.consumer_secret) },
    { what: 'access_token', value: Buffer.from(t.access_token) },
    { what: 'access_secret', value: Buffer.from(t.access_secret) },
    ...[...proxy.state.sessions].map((v, i) => ({ what: `session token ${i}`, value: Buffer.from(v) })),
  ];
  const keys = { 'token key': readFileSync(keyFile, 'utf8'), 'signing key': signer.keyPem, 'TLS key': tls.keyPem, 'device key': leaf.keyPem };
  for (const [what, pem] of Object.entries(keys)) {
    const lines = pemLines(pem);
    needles.push({ what: `${what} PEM body`, value: Buffer.from(lines.join('')) });
    lines.filter((l) => l.length >= 40).forEach((l, i) => needles.push({ what: `${what} PEM line ${i}`, value: Buffer.from(l) }));
    needles.push({ what: `${what} DER`, value: createPrivateKey(pem).export({ format: 'der', type: 'pkcs8' }) as Buffer });
  }
  assert.ok(proxy.state.sessions.size >= 3, `three sessions were opened (${proxy.state.sessions.size})`);
  const haystacks = [
    { what: 'daemon stderr/stdout (debug)', bytes: Buffer.from(daemonOut) },
    ...outputs.map((o) => ({ what: o.what, bytes: Buffer.from(o.text) })),
    ...running.map((f) => ({ what: `${f.what} (running)`, bytes: f.bytes })),
    ...stopped.map((f) => ({ what: `${f.what} (stopped)`, bytes: f.bytes })),
  ];
  const found: string[] = [];
  for (const h of haystacks) for (const n of needles) if (h.bytes.includes(n.value)) found.push(`${n.what} in ${h.what}`);
  const scanned = haystacks.reduce((a, h) => a + h.bytes.length, 0);
  figure(
    `secrets needles=${needles.length} haystacks=${haystacks.length} bytes_scanned=${scanned} debug_log_lines=${daemonOut.split('\n').length} sessions=${proxy.state.sessions.size} found=${found.length}`,
  );
  assert.deepEqual(found, [], 'no secret anywhere');
  assert.ok(daemonOut.split('\n').length > 20 && /"level":"debug"/.test(daemonOut), 'debug logging was really on');

  // files holding secrets: 0600, in a 0700 folder
  assert.equal(mode(keyFile), 0o600);
  assert.equal(mode(tokenFile), 0o600);
  assert.equal(mode(join(dir, 'tokens')) & 0o077, 0, 'tokens/ is private');

  // the admin listener: loopback unless explicitly allowed
  for (const listen of ['0.0.0.0:0', '[::]:0', '192.0.2.10:0']) {
    const bad = file(
      `admin-${listen.replace(/\W/g, '')}.yaml`,
      readFileSync(configPath, 'utf8')
        .replace('listen: 127.0.0.1:0', `listen: "${listen}"`)
        .replace(/enrollment:[\s\S]*$/, ''),
    );
    assert.ok(existsSync(bad));
    const d = await cliAsync(['--config', bad, 'daemon'], { timeout: 30_000 });
    assert.notEqual(d.code, 0, `admin on ${listen} refused`);
    assert.match(d.stderr + d.stdout, /not a loopback address/, `admin on ${listen}: ${d.stderr}`);
  }
});
