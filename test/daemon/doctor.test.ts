import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../helpers/tmp.ts';
import { runDoctor, needsAdmin, checkCertificateFile, loadClientFactory, type CheckResult } from '../../src/daemon/doctor.ts';
import { createServer } from 'node:net';
import { openDatabase } from '../../src/store/db.ts';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const DAY = 86_400_000;

function openssl(args: string[], cwd: string): void {
  execFileSync('openssl', args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
}

/** A self-signed EC certificate and its key, valid `days` from now. */
function selfSigned(dir: string, name: string, days: number): { cert: string; key: string } {
  const cert = join(dir, `${name}.pem`),
    key = join(dir, `${name}.key`);
  openssl(
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:P-256',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-subj',
      `/CN=${name}`,
      '-days',
      String(days),
    ],
    dir,
  );
  chmodSync(key, 0o600);
  return { cert, key };
}

/** A certificate that expired in 2020, made with `openssl ca` (req -x509 cannot back-date). */
function expiredCert(dir: string, keyFile: string): string {
  const ca = join(dir, 'ca-db');
  mkdirSync(ca);
  writeFileSync(join(ca, 'index.txt'), '');
  writeFileSync(join(ca, 'serial'), '01\n');
  writeFileSync(
    join(ca, 'ca.cnf'),
    '[ca]\ndefault_ca = d\n[d]\ndatabase = index.txt\nnew_certs_dir = .\nserial = serial\ndefault_md = sha256\npolicy = p\n[p]\ncommonName = supplied\n',
  );
  openssl(['req', '-new', '-key', keyFile, '-subj', '/CN=old-signing', '-out', 'r.csr'], ca);
  const out = join(dir, 'expired.pem');
  openssl(
    [
      'ca',
      '-batch',
      '-notext',
      '-config',
      'ca.cnf',
      '-selfsign',
      '-keyfile',
      keyFile,
      '-in',
      'r.csr',
      '-out',
      out,
      '-startdate',
      '20200101000000Z',
      '-enddate',
      '20200201000000Z',
    ],
    ca,
  );
  return out;
}

/** A complete, healthy setup: config, state dir, token, keys, certificates, migrated DB. */
function goodSetup() {
  const root = tempDir('adesync-doctor-');
  const state = join(root, 'state');
  mkdirSync(join(state, 'tokens'), { recursive: true, mode: 0o700 });
  chmodSync(state, 0o700);
  const etc = join(root, 'etc');
  mkdirSync(etc);
  const signing = selfSigned(etc, 'signing', 365);
  const tls = selfSigned(etc, 'tls', 365);
  const trust = selfSigned(etc, 'trust-root', 3650);
  const challenge = join(etc, 'scep-challenge');
  writeFileSync(challenge, 'sekrit\n', { mode: 0o600 });
  writeFileSync(join(etc, 'legacy.p12'), 'not checked for content', { mode: 0o600 });
  writeFileSync(join(etc, 'legacy.pass'), 'pw\n', { mode: 0o600 });
  const tokenFile = join(state, 'tokens', 'main.json');
  writeFileSync(
    tokenFile,
    JSON.stringify({
      consumer_key: 'CK_x',
      consumer_secret: 'CS_x',
      access_token: 'AT_x',
      access_secret: 'AS_x',
      access_token_expiry: new Date(Date.now() + 300 * DAY).toISOString().replace(/\.\d+Z$/, 'Z'),
    }),
    { mode: 0o600 },
  );
  const keypairKey = join(state, 'tokens', 'main.key.pem');
  copyFileSync(signing.key, keypairKey);
  chmodSync(keypairKey, 0o600);
  writeFileSync(join(state, 'tokens', 'main.cert.pem'), 'public\n', { mode: 0o644 }); // public half: not a secret
  openDatabase(join(state, 'adesync.db')).close();
  const config = join(etc, 'config.yaml');
  writeFileSync(
    config,
    `state_dir: ${state}
tokens:
  - name: main
    default_profile: supervised
profiles:
  supervised:
    profile_name: Supervised
    url: https://mdm.example.com/enroll
    anchor_cert_files: [trust-root.pem]
enrollment:
  listen: 127.0.0.1:8443
  tls: { cert_file: tls.pem, key_file: tls.key }
  profile:
    payload_identifier: com.example.enroll
    trust_cert_files: [trust-root.pem]
    identity: { type: scep, url: "https://ca.example.com/scep", challenge_file: scep-challenge }
    fallback_identity: { type: pkcs12, file: legacy.p12, password_file: legacy.pass }
    mdm: { server_url: "https://mdm.example.com/mdm", topic: com.apple.mgmt.External.1234 }
  signing: { cert_file: signing.pem, key_file: signing.key }
`,
  );
  return { root, state, etc, config, signing, tls, trust, challenge, tokenFile, keypairKey };
}

const find = (r: CheckResult[], check: string) => r.filter((x) => x.check === check);
const bad = (r: CheckResult[]) => r.filter((x) => x.status === 'warn' || x.status === 'error');

test('a good setup passes every offline check', async () => {
  const s = goodSetup();
  const r = await runDoctor({ configPath: s.config, online: false });
  assert.deepEqual(bad(r), [], JSON.stringify(bad(r), null, 2));
  assert.equal(needsAdmin(r), false);
  const checks = r.map((x) => x.check);
  for (const c of [
    'config',
    'state dir',
    'secret: token main',
    'token expiry: main',
    'secret: enrollment signing key',
    'secret: TLS key',
    'secret: SCEP challenge',
    'secret: fallback PKCS#12 identity',
    'secret: fallback PKCS#12 password',
    'secret: token store main.key.pem',
    'certificate: enrollment signing',
    'certificate: TLS',
    'certificate: trust',
    'certificate: profile supervised anchor',
    'key pair: enrollment signing',
    'key pair: TLS',
    'database',
  ]) {
    assert.ok(checks.includes(c), `missing check "${c}" in ${checks.join(', ')}`);
  }
  assert.match(find(r, 'database')[0].detail, /integrity ok, schema version \d+/);
  assert.ok(!checks.includes('secret: token store main.cert.pem'));
});

test('a world-readable key is an error with the chmod fix', async () => {
  const s = goodSetup();
  chmodSync(s.signing.key, 0o644);
  const r = await runDoctor({ configPath: s.config, online: false });
  const [k] = find(r, 'secret: enrollment signing key');
  assert.equal(k.status, 'error');
  assert.match(k.detail, /mode 0?644/);
  assert.equal(k.fix, `chmod 600 ${s.signing.key}`);
  assert.equal(needsAdmin(r), true);
  chmodSync(s.keypairKey, 0o640); // group-readable counts too
  assert.equal(find(await runDoctor({ configPath: s.config, online: false }), 'secret: token store main.key.pem')[0].status, 'error');
});

test('an expired certificate is an error; one about to expire is a warning', async () => {
  const s = goodSetup();
  copyFileSync(expiredCert(s.etc, s.signing.key), s.signing.cert);
  let r = await runDoctor({ configPath: s.config, online: false });
  const [c] = find(r, 'certificate: enrollment signing');
  assert.equal(c.status, 'error');
  assert.match(c.detail, /old-signing\) expired on 2020-02-01/);
  assert.equal(find(r, 'key pair: enrollment signing')[0].status, 'ok', 'same key, only the dates are wrong');

  const soon = selfSigned(s.etc, 'soon', 10);
  copyFileSync(soon.cert, s.tls.cert);
  r = await runDoctor({ configPath: s.config, online: false });
  const [t] = find(r, 'certificate: TLS');
  assert.equal(t.status, 'warn');
  assert.match(t.detail, /expires in (9|10) days/);
  assert.equal(find(r, 'key pair: TLS')[0].status, 'error', 'the new cert does not match tls.key');

  // the profile signer within 30 days: a warning that says why it matters for replacing installed profiles (Part D)
  const signer = selfSigned(s.etc, 'signer-soon', 29);
  copyFileSync(signer.cert, s.signing.cert);
  const [g] = find(await runDoctor({ configPath: s.config, online: false }), 'certificate: enrollment signing');
  assert.equal(g.status, 'warn');
  assert.match(g.detail, /expires in (28|29) days/);
  assert.match(g.fix ?? '', /replaced only by one signed by the same identity/);
});

test('missing files are errors that say what to do', async () => {
  const s = goodSetup();
  rmSync(s.challenge);
  rmSync(s.tokenFile);
  rmSync(s.trust.cert);
  const r = await runDoctor({ configPath: s.config, online: false });
  assert.equal(find(r, 'secret: SCEP challenge')[0].status, 'error');
  assert.match(find(r, 'secret: SCEP challenge')[0].detail, /is missing/);
  const [t] = find(r, 'secret: token main');
  assert.equal(t.status, 'error');
  assert.match(t.fix!, /adesync token import --name main/);
  assert.equal(find(r, 'token expiry: main').length, 0);
  assert.ok(find(r, 'certificate: trust').every((x) => x.status === 'error' && /missing/.test(x.detail)));
});

test('an invalid config, an expired token and a missing database', async () => {
  const s = goodSetup();
  writeFileSync(s.tokenFile, JSON.stringify({ consumer_key: 'CK', access_token_expiry: '2024-01-17T11:02:21Z' }), { mode: 0o600 });
  rmSync(join(s.state, 'adesync.db'));
  let r = await runDoctor({ configPath: s.config, online: false });
  assert.match(find(r, 'token expiry: main')[0].detail, /expired on 2024-01-17/);
  assert.equal(find(r, 'database')[0].status, 'error');
  assert.match(find(r, 'database')[0].fix!, /adesync migrate/);

  writeFileSync(s.config, 'state_dir: 5\nbogus: 1\n');
  r = await runDoctor({ configPath: s.config, online: false });
  assert.equal(r.length, 2, 'one result per problem');
  assert.ok(r.every((x) => x.status === 'error' && x.check === 'config'));
  assert.match(r.map((x) => x.detail).join('\n'), /bogus: unknown key/);
  assert.match(r.map((x) => x.detail).join('\n'), /state_dir: .*\(got 5\)/);
});

test("online: a token account check without a client is skipped, and a client's answer is reported", async () => {
  const s = goodSetup();
  let r = await runDoctor({ configPath: s.config, online: true, clientFactory: null });
  assert.deepEqual(find(r, 'apple account: main')[0], { check: 'apple account: main', status: 'skip', detail: 'skipped (client unavailable)' });
  assert.equal(needsAdmin(r), false);
  // The factory seam only: the real client is tested against the simulator in its own suite.
  const fake = (answer: 'ok' | 'fail') => () =>
    ({
      account: async () => {
        if (answer === 'fail') throw Object.assign(new Error('token rejected'), { code: 'UNAUTHORIZED' });
        return { server_name: 'MDM One', org_name: 'Example', server_uuid: 'u-1' };
      },
    }) as never;
  r = await runDoctor({ configPath: s.config, online: true, clientFactory: fake('ok') });
  assert.match(find(r, 'apple account: main')[0].detail, /MDM One \(Example\), server_uuid u-1/);
  r = await runDoctor({ configPath: s.config, online: true, clientFactory: fake('fail') });
  assert.equal(find(r, 'apple account: main')[0].status, 'error');
  assert.match(find(r, 'apple account: main')[0].detail, /UNAUTHORIZED: token rejected/);
});

test('online with the real client: an unreachable Apple is an error naming GET /account', async () => {
  assert.equal(typeof (await loadClientFactory()), 'function', 'src/apple/client.ts exports createClient');
  const s = goodSetup();
  // A loopback port that was just free: connection refused, no traffic leaves the machine.
  const port = await new Promise<number>((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const p = (srv.address() as { port: number }).port;
      srv.close(() => resolve(p));
    });
  });
  writeFileSync(s.config, readFileSync(s.config, 'utf8').replace('  - name: main\n', `  - name: main\n    base_url: http://127.0.0.1:${port}\n`));
  const r = await runDoctor({ configPath: s.config, online: true });
  const [a] = find(r, 'apple account: main');
  assert.equal(a.status, 'error');
  assert.match(a.detail, /GET \/account failed/);
  assert.match(a.fix!, /network path to Apple/);
});

test('a file that is not a certificate says so', () => {
  const dir = tempDir();
  const f = join(dir, 'not-a-cert.pem');
  writeFileSync(f, '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n');
  const [r] = checkCertificateFile('x', f);
  assert.equal(r.status, 'error');
  assert.match(r.detail, /does not parse/);
});

function cli(args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', join(REPO, 'src/cli/main.ts'), ...args], { encoding: 'utf8', cwd: REPO });
}

test('CLI: adesync migrate, then doctor exits 0 when all is well and 3 when an admin is needed', () => {
  const s = goodSetup();
  rmSync(join(s.state, 'adesync.db'));
  let p = cli(['--config', s.config, 'migrate', '--json']);
  assert.equal(p.status, 0, p.stderr);
  const m = JSON.parse(p.stdout);
  assert.equal(m.from, 0);
  assert.ok(m.applied.includes('001_init.sql'));
  p = cli(['--config', s.config, 'migrate']);
  assert.match(p.stdout, /up to date/);

  p = cli(['--config', s.config, 'doctor', '--no-online']);
  assert.equal(p.status, 0, p.stdout + p.stderr);
  assert.match(p.stdout, /^STATUS\s+CHECK\s+DETAIL/);
  assert.match(p.stdout, /all good/);

  chmodSync(s.tls.key, 0o644);
  p = cli(['--config', s.config, 'doctor', '--no-online', '--json']);
  assert.equal(p.status, 3, p.stderr);
  const j = JSON.parse(p.stdout);
  assert.equal(j.ok, false);
  assert.equal(j.checks.find((c: CheckResult) => c.check === 'secret: TLS key').fix, `chmod 600 ${s.tls.key}`);
});

test('doctor: a profile url that does not reach the enrollment path is flagged with the fix', async () => {
  const { checkProfileUrls } = await import('../../src/daemon/doctor.ts');
  const { parseConfig } = await import('../../src/config/load.ts');
  const base = (url: string) =>
    parseConfig(
      `profiles:
  p:
    profile_name: P
    url: ${url}
enrollment:
  path: /enroll
  profile:
    payload_identifier: com.example.enroll
    identity: { type: acme, directory_url: "https://acme.example.com/directory" }
    mdm: { server_url: "https://mdm.example.com/mdm", topic: com.apple.mgmt.External.x }
  signing: { cert_file: s.pem, key_file: s.key }
`,
      't.yaml',
      '/etc/adesync',
    );
  assert.deepEqual(
    checkProfileUrls(base('https://mdm.example.com/enroll?token=x')).map((r) => r.status),
    ['ok'],
  );
  const bad = checkProfileUrls(base('https://mdm.example.com/mdm/enroll'));
  assert.equal(bad[0].status, 'warn');
  assert.match(bad[0].detail, /has path \/mdm\/enroll, but the enrollment endpoint serves \/enroll/);
  assert.match(bad[0].fix!, /profiles\.p\.url/);
});

test('CLI: an invalid config is one line per problem and exit 2, as for every other command; an http Apple URL is one of them', () => {
  const s = goodSetup();
  writeFileSync(
    s.config,
    readFileSync(s.config, 'utf8') + 'apple:\n  base_url: http://apple.example.com\nsync:\n  schedule: "every 5 minutes"\n  jiter_seconds: 3\n',
  );
  const d = cli(['--config', s.config, 'doctor', '--no-online']);
  const st = cli(['--config', s.config, 'status']);
  assert.equal(st.status, 2, st.stderr);
  assert.equal(d.status, st.status, `doctor exits as status does for the same problem: ${d.stdout}`);
  const errors = d.stdout.split('\n').filter((l) => /^ERROR\s+config\s/.test(l));
  assert.equal(errors.length, 3, d.stdout);
  assert.ok(errors.some((l) => /apple\.base_url: must be an https:\/\/ URL/.test(l)));
  assert.ok(errors.some((l) => /sync\.schedule: not a cron expression/.test(l)));
  assert.ok(errors.some((l) => /sync\.jiter_seconds: unknown key: did you mean "jitter_seconds"\?/.test(l)));
  // a YAML error: its row, then the lines around it, indented under the detail column
  writeFileSync(s.config, 'state_dir: /tmp\nsync:\n  schedule: */5 * * * *\n');
  const y = cli(['--config', s.config, 'doctor', '--no-online']);
  assert.equal(y.status, 2, y.stdout + y.stderr);
  assert.match(y.stdout, /^ERROR\s+config\s+\S+: not valid YAML at line 3, column \d+: bad indentation/m);
  assert.match(y.stdout, /^\s+hint: line 3: a value starting with "\*" must be quoted/m);
});

test('doctor reports a missing or empty serials_file (the sync would stop assigning on it)', async () => {
  const s = goodSetup();
  writeFileSync(
    s.config,
    readFileSync(s.config, 'utf8') +
      'rules:\n  - name: loaners\n    match: { serials_file: loaners.txt }\n    action: exclude\n' +
      '  - match: { serials_file: empty.txt }\n    action: hold\n',
  );
  writeFileSync(join(s.etc, 'empty.txt'), '# none yet\n');
  let r = await runDoctor({ configPath: s.config, online: false });
  const missing = find(r, 'serials file: rules[0] (loaners)')[0];
  assert.equal(missing.status, 'error');
  assert.match(missing.detail, new RegExp(`${join(s.etc, 'loaners.txt')} is missing`));
  assert.match(missing.fix!, /rules\[0\]\.match\.serials_file/);
  assert.equal(find(r, 'serials file: rules[1]')[0].status, 'warn');
  writeFileSync(join(s.etc, 'loaners.txt'), 'C02ABC123DEF\n# a comment\nDMPXK1XXXXXX\n');
  r = await runDoctor({ configPath: s.config, online: false });
  assert.equal(find(r, 'serials file: rules[0] (loaners)')[0].status, 'ok');
  assert.match(find(r, 'serials file: rules[0] (loaners)')[0].detail, /2 serials/);
});

test('doctor checks enrollment.psso’s profile and manifest as the daemon does at start', async () => {
  const { checkPssoFiles } = await import('../../src/daemon/doctor.ts');
  const { parseConfig } = await import('../../src/config/load.ts');
  const { writePssoFiles, ssoProfile, SSO_PAYLOAD } = await import('../auth/psso-fixtures.ts');
  const dir = tempDir();
  const files = writePssoFiles(dir);
  const config = (profile: string) =>
    parseConfig(
      `enrollment:
  public_url: https://mdm.example.com
  profile:
    payload_identifier: com.example.enroll
    identity: { type: acme, directory_url: "https://acme.example.com/directory" }
    mdm: { server_url: "https://mdm.example.com/mdm", topic: com.apple.mgmt.External.x }
  signing: { cert_file: s.pem, key_file: s.key }
  psso: { enabled: true, profile_file: ${profile}, package: { manifest_file: ${files.manifest} } }
`,
      't.yaml',
      dir,
    );
  assert.deepEqual(
    checkPssoFiles(config(files.profile)).map((r) => [r.check, r.status]),
    [
      ['Platform SSO profile', 'ok'],
      ['Platform SSO manifest', 'ok'],
    ],
  );
  writeFileSync(join(dir, 'noreg.mobileconfig'), ssoProfile({ ...SSO_PAYLOAD, PlatformSSO: {} }));
  const [bad] = checkPssoFiles(config('noreg.mobileconfig'));
  assert.equal(bad.status, 'error');
  assert.match(bad.detail, /EnableRegistrationDuringSetup/);
  assert.match(checkPssoFiles(config('missing.mobileconfig'))[0].detail, /cannot read .*ENOENT/);
});
