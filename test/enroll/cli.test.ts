import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/tmp.ts';
import { cmsSign, machineInfoXml, makeTestPki } from '../cms/testpki.ts';
import { fetchOnce } from '../helpers/http.ts';
import { openDatabase } from '../../src/store/db.ts';

// The TypeScript source through tsx: a stale dist/ must not decide what this test runs.
const MAIN = new URL('../../src/cli/main.ts', import.meta.url).pathname;

test('adesync enroll --config runs the endpoint alone, serves a profile, records it and its webhook event in SQLite, and stops on SIGTERM', async () => {
  const pki = makeTestPki();
  const dir = tempDir();
  const cfg = join(dir, 'config.yaml');
  writeFileSync(join(dir, 'hook.secret'), `whsec_${randomBytes(32).toString('base64')}\n`, { mode: 0o600 });
  writeFileSync(
    cfg,
    `state_dir: ${dir}/state
webhooks:
  - { name: mdm, url: "http://127.0.0.1:9/hook", secret_file: ${join(dir, 'hook.secret')}, types: ["enrollment.*"] }
enrollment:
  listen: 127.0.0.1:0
  allow_unknown_serials: true
  device_ca:
    pinned_ca_file: ${pki.deviceCa}
    chain_files: [${pki.root}]
    i_understand_this_is_not_apple: true
  profile:
    payload_identifier: com.example.mdm.enroll
    identity: { type: scep, url: "https://mdm.example.com/scep", challenge: s3cret }
    mdm: { server_url: "https://mdm.example.com/mdm", topic: com.apple.mgmt.External.abc }
  signing: { cert_file: ${pki.signer.cert}, key_file: ${pki.signer.key} }
`,
  );
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, 'enroll', '--config', cfg], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stderr.on('data', (d) => {
    err += d;
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (d) => {
      out += d;
      const m = /listening on ([\d.]+):(\d+)(\/\S*)/.exec(out);
      if (m) resolve(`http://${m[1]}:${m[2]}${m[3]}`);
    });
    child.on('exit', (code) => reject(new Error(`exited ${code}: ${err}`)));
  });
  const r = await fetchOnce(url, {
    method: 'POST',
    body: cmsSign(pki, machineInfoXml({ UDID: 'U1', SERIAL: 'ABC123', PRODUCT: 'iPhone15,2', VERSION: '21E236', OS_VERSION: '17.4' })),
  });
  assert.equal(r.status, 200);
  assert.equal(r.headers.get('content-type'), 'application/x-apple-aspen-config');
  const code = await new Promise<number | null>((resolve) => {
    child.on('exit', resolve);
    child.kill('SIGTERM');
  });
  assert.equal(code, 0, err);
  assert.match(err, /NON-APPLE/);
  assert.ok(!err.includes('s3cret'), 'the challenge never reaches the logs');
  // the record, and its event for the daemon to deliver, in the same SQLite file
  const db = openDatabase(join(dir, 'state', 'adesync.db'), { readonly: true });
  try {
    assert.deepEqual(db.prepare('SELECT serial_number, decision FROM enrollments').all(), [{ serial_number: 'ABC123', decision: 'served' }]);
    assert.deepEqual(db.prepare('SELECT type, subject FROM outbox').all(), [{ type: 'enrollment.served', subject: 'ABC123' }]);
  } finally {
    db.close();
  }
});

test('adesync enroll without an enrollment section fails with exit 2 and says what to add', async () => {
  const dir = tempDir();
  const cfg = join(dir, 'config.yaml');
  writeFileSync(cfg, `state_dir: ${dir}/state\n`);
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, 'enroll', '--config', cfg], { stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr.on('data', (d) => {
    err += d;
  });
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  assert.equal(code, 2);
  assert.match(err, /no "enrollment:" section/);
});
