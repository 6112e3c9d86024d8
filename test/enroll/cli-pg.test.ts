// `adesync enroll` on PostgreSQL, as a real process against a real server: devices looked up in the shared table,
// records and their webhook events written there (the daemon delivers them), SIGTERM drains, a server that is down at
// start is named with the fix.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { cli, cliSpawn, logLines, until } from '../helpers/cli.ts';
import { tempDir } from '../helpers/tmp.ts';
import { freshDatabase, startPostgres } from '../helpers/pg.ts';
import { fetchOnce } from '../helpers/http.ts';
import { cmsSign, machineInfoXml, makeTestPki, rawEnrollmentConfig, type TestPki } from '../cms/testpki.ts';
import { startFakeIdp } from '../auth/fakeidp.ts';
import { freePort } from '../auth/harness.ts';
import { openPool } from '../../src/store/pg/connect.ts';
import { migratePostgres } from '../../src/store/pg/migrate.ts';

const SERIAL = 'F2LXPGCLI001';

/** A config on `database`, with a webhook that wants the enrollment events (the daemon would send them). */
function configFor(database: string, pki: TestPki): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'hook.secret'), `whsec_${randomBytes(32).toString('base64')}\n`, { mode: 0o600 });
  const path = join(dir, 'config.yaml');
  writeFileSync(
    path,
    `state_dir: ${dir}/state
database: ${database}
log_level: info
webhooks:
  - { name: mdm, url: "http://127.0.0.1:9/hook", secret_file: ${join(dir, 'hook.secret')}, types: ["enrollment.*"] }
enrollment:
  listen: 127.0.0.1:0
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
  return path;
}

/** The endpoint's URL once it listens, or the process's exit with what it said. */
function listening(child: ChildProcess, stderr: () => string): Promise<string> {
  let out = '';
  return new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /listening on ([\d.]+):(\d+)(\/\S*)/.exec(out);
      if (m) resolve(`http://${m[1]}:${m[2]}${m[3]}`);
    });
    child.on('exit', (code) => reject(new Error(`exited ${code} before listening: ${stderr()}`)));
  });
}

test('adesync enroll on PostgreSQL serves a device of the shared table, refuses an unknown one, records there, and drains on SIGTERM', {
  timeout: 300_000,
}, async () => {
  const pki = makeTestPki();
  const url = await freshDatabase();
  const pool = openPool({ url });
  after(() => pool.end());
  // the device as a sync on any node left it; the endpoint migrates too (under the lock: a no-op here)
  await migratePostgres(pool);
  const now = new Date().toISOString();
  await pool.query(
    `INSERT INTO device_rows (token, serial_number, raw_json, first_seen, last_seen) VALUES ('main', $1, '{"os":"iOS","device_family":"iPhone"}', $2, $2)`,
    [SERIAL, now],
  );

  const child = cliSpawn(['enroll', '--config', configFor(url, pki)]);
  let err = '';
  child.stderr!.on('data', (d) => {
    err += d;
  });
  const lines = logLines(child.stderr!);
  const endpoint = await listening(child, () => err);

  const served = await fetchOnce(endpoint, {
    method: 'POST',
    body: cmsSign(pki, machineInfoXml({ UDID: 'UDID-PG-1', SERIAL, PRODUCT: 'iPhone15,2', VERSION: '21E236', OS_VERSION: '17.4' })),
  });
  assert.equal(served.status, 200, await served.clone().text());
  assert.equal(served.headers.get('content-type'), 'application/x-apple-aspen-config');
  assert.match(Buffer.from(await served.arrayBuffer()).toString('latin1'), /com\.example\.mdm\.enroll/);

  const unknown = await fetchOnce(endpoint, {
    method: 'POST',
    body: cmsSign(pki, machineInfoXml({ UDID: 'UDID-PG-2', SERIAL: 'NOTOURS00001', PRODUCT: 'iPhone15,2', VERSION: '21E236', OS_VERSION: '17.4' })),
  });
  assert.equal(unknown.status, 403);
  assert.equal(unknown.headers.get('content-type'), 'application/json');
  const refusal = (await unknown.json()) as { code: string; message: string };
  assert.equal(refusal.code, 'adesync.unknown_device');
  assert.ok(refusal.message.length > 5, refusal.message);

  // SIGTERM right away: the records may still sit in the store's batch, and draining writes them before the pool closes
  const code = await new Promise<number | null>((resolve) => {
    child.on('exit', resolve);
    child.kill('SIGTERM');
  });
  assert.equal(code, 0, err);
  assert.ok(
    lines.some((l) => l.msg === 'stopping enrollment endpoint' && l.signal === 'SIGTERM'),
    err,
  );
  assert.ok(!err.includes('s3cret'), 'the challenge never reaches the logs');

  // a served device has its record; an unknown one only its hourly refusal count (strangers never fill the table)
  const records = await pool.query<{ serial_number: string; udid: string; decision: string; token: string; profile_rule: string | null }>(
    'SELECT serial_number, udid, decision, token, profile_rule FROM enrollments ORDER BY id',
  );
  assert.deepEqual(
    records.map((r) => [r.serial_number, r.udid, r.decision, r.token]),
    [[SERIAL, 'UDID-PG-1', 'served', 'main']],
  );
  // the daemon's wiring: the rule the assigner would use is recorded (no rules, no default profile here)
  assert.equal(records[0].profile_rule, 'no rule');
  const refusals = await pool.query<{ code: string; count: number }>('SELECT code, count FROM enrollment_refusals');
  assert.deepEqual(
    refusals.map((r) => [r.code, Number(r.count)]),
    [['adesync.unknown_device', 1]],
  );

  // webhook events in the same transactions, each with its delivery to the endpoint that wants it, for the daemon to send
  const events = await pool.query<{ type: string; subject: string; endpoint: string; state: string }>(
    'SELECT o.type, o.subject, d.endpoint, d.state FROM outbox o JOIN webhook_deliveries d ON d.seq = o.seq ORDER BY o.seq',
  );
  assert.deepEqual(
    events.map((e) => [e.type, e.subject, e.endpoint, e.state]),
    [['enrollment.served', SERIAL, 'mdm', 'pending']],
  );
});

test('adesync enroll with a PostgreSQL that is down at start: exit 1, the database and the fix named, no stack trace', () => {
  const pki = makeTestPki();
  const r = cli(['enroll', '--config', configFor('postgresql://adesync@127.0.0.1:1/adesync', pki)]);
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stderr, /^adesync: database postgresql:\/\/adesync@127\.0\.0\.1:1\/adesync: connection refused at 127\.0\.0\.1:1: start PostgreSQL/);
  assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
  assert.equal(r.stdout, '', 'nothing listened');
});

test('adesync enroll on PostgreSQL through a server restart: 503 adesync.database_unavailable while it is down, served again once it is back', {
  timeout: 300_000,
}, async () => {
  const pki = makeTestPki();
  // a server of its own: this test stops it
  const server = await startPostgres();
  after(() => server.stop());
  const url = server.url();
  const pool = openPool({ url });
  await migratePostgres(pool);
  const now = new Date().toISOString();
  await pool.query(
    `INSERT INTO device_rows (token, serial_number, raw_json, first_seen, last_seen) VALUES ('main', $1, '{"os":"iOS","device_family":"iPhone"}', $2, $2)`,
    [SERIAL, now],
  );
  await pool.end();
  const child = cliSpawn(['enroll', '--config', configFor(url, pki)]);
  let err = '';
  child.stderr!.on('data', (d) => {
    err += d;
  });
  const endpoint = await listening(child, () => err);
  const body = cmsSign(pki, machineInfoXml({ UDID: 'UDID-PG-3', SERIAL, PRODUCT: 'iPhone15,2', VERSION: '21E236', OS_VERSION: '17.4' }));
  const post = () => fetchOnce(endpoint, { method: 'POST', body });
  assert.equal((await post()).status, 200, err);

  server.ctl!('stop', '-m', 'immediate');
  const down = await post();
  const text = await down.text();
  assert.equal(down.status, 503, text);
  assert.equal(down.headers.get('retry-after'), '10');
  assert.equal((JSON.parse(text) as { code: string }).code, 'adesync.database_unavailable');
  assert.equal(child.exitCode, null, `the endpoint stays up: ${err}`);

  server.ctl!('start', '-w', '-t', '60');
  await until(async () => (await post()).status === 200, 90_000, 'a profile served again after the restart');
  const code = await new Promise<number | null>((resolve) => {
    child.on('exit', resolve);
    child.kill('SIGTERM');
  });
  assert.equal(code, 0, err);
});

test('adesync enroll on PostgreSQL serves the login-first web view as the daemon does: login at the IdP, the profile bound to the user, recorded', {
  timeout: 300_000,
}, async () => {
  const pki = makeTestPki();
  const idp = await startFakeIdp({ clientId: 'adesync' });
  after(() => idp.close());
  idp.claims = { sub: 'dana', email: 'dana@example.test', email_verified: true, name: 'Dana Example', groups: ['staff'] };
  const url = await freshDatabase();
  const pool = openPool({ url });
  after(() => pool.end());
  await migratePostgres(pool);
  const serial = 'C02PGWEBV001';
  await pool.query(
    `INSERT INTO device_rows (token, serial_number, raw_json, first_seen, last_seen) VALUES ('main', $1, '{"os":"OSX","device_family":"Mac"}', $2, $2)`,
    [serial, new Date().toISOString()],
  );
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const dir = tempDir();
  const path = join(dir, 'config.yaml');
  // JSON is YAML: the shared enrollment settings of the tests, with the login
  const enrollment = rawEnrollmentConfig(pki, {
    listen: `127.0.0.1:${port}`,
    public_url: base,
    login: { issuer: idp.issuer, client_id: 'adesync', allow: { groups: ['staff'] } },
  });
  writeFileSync(path, JSON.stringify({ state_dir: join(dir, 'state'), database: url, enrollment }));
  const child = cliSpawn(['enroll', '--config', path]);
  let err = '';
  child.stderr!.on('data', (d) => {
    err += d;
  });
  await listening(child, () => err);

  const mi = { UDID: '00008112-000A1C2E3F40PGW1', SERIAL: serial, PRODUCT: 'Mac14,2', VERSION: '23D56', OS_VERSION: '14.3' };
  const begin = await fetchOnce(`${base}/ade/web`, { headers: { 'x-apple-aspen-deviceinfo': cmsSign(pki, machineInfoXml(mi)).toString('base64') } });
  assert.equal(begin.status, 302, `${await begin.text()} ${err}`);
  const authorize = begin.headers.get('location')!;
  assert.ok(authorize.startsWith(`${idp.issuer}/authorize?`), authorize);
  const cookie = begin.headers.get('set-cookie')!.split(';')[0];
  const back = await fetchOnce(authorize);
  assert.equal(back.status, 302);
  const callback = back.headers.get('location')!;
  assert.ok(callback.startsWith(`${base}/auth/callback?`), callback);
  const done = await fetchOnce(callback, { headers: { Cookie: cookie } });
  assert.equal(done.status, 200, `${await done.clone().text()} ${err}`);
  assert.equal(done.headers.get('content-type'), 'application/x-apple-aspen-config');

  const code = await new Promise<number | null>((resolve) => {
    child.on('exit', resolve);
    child.kill('SIGTERM');
  });
  assert.equal(code, 0, err);
  const rows = await pool.query<{ flow: string; user_subject: string; decision: string }>(
    'SELECT flow, user_subject, decision FROM enrollments WHERE serial_number = $1',
    [serial],
  );
  assert.deepEqual(rows, [{ flow: 'webview', user_subject: 'dana', decision: 'served' }]);
});
