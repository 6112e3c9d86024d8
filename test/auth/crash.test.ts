// A real `adesync daemon` SIGKILLed while logins are in progress (spec E.5 "crash"): the sessions live in SQLite, the
// RP configuration is rebuilt at first use, so after a restart the logins begun before the kill complete, each once.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cmsSign, machineInfoXml, makeTestPki } from '../cms/testpki.ts';
import { cliSpawn, until } from '../helpers/cli.ts';
import { fetchOnce } from '../helpers/http.ts';
import { tempDir } from '../helpers/tmp.ts';
import { startFakeIdp } from './fakeidp.ts';
import { freePort } from './harness.ts';

test('SIGKILL mid-login: after a restart the logins begun before the kill complete (once each); a new one works too', { timeout: 300_000 }, async () => {
  const pki = makeTestPki();
  const dir = tempDir('adesync-login-crash-');
  const idp = await startFakeIdp({ clientId: 'adesync' });
  after(() => idp.close());
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const path = join(dir, 'config.yaml');
  writeFileSync(
    path,
    `state_dir: ${dir}
database: ${join(dir, 'adesync.db')}
admin: { listen: "127.0.0.1:0" }
enrollment:
  listen: 127.0.0.1:${port}
  public_url: ${base}
  allow_unknown_serials: true
  workers: 1
  device_ca: { pinned_ca_file: ${pki.deviceCa}, chain_files: [${pki.root}], i_understand_this_is_not_apple: true }
  login: { issuer: "${idp.issuer}", client_id: adesync }
  profile:
    payload_identifier: com.example.mdm.enroll
    identity: { type: acme, directory_url: "https://mdm.example.test/acme/directory" }
    mdm: { server_url: "https://mdm.example.test/mdm", topic: com.apple.mgmt.External.00000000-1111-2222-3333-444444444444 }
  signing: { cert_file: ${pki.signer.cert}, key_file: ${pki.signer.key}, chain_files: [${pki.signer.chain}] }
`,
  );
  const blob = (serial: string) =>
    cmsSign(pki, machineInfoXml({ UDID: `UDID-${serial}`, SERIAL: serial, PRODUCT: 'Mac14,2', VERSION: '23D56', OS_VERSION: '14.3' })).toString('base64');
  const startDaemon = async () => {
    const child = cliSpawn(['--config', path, 'daemon']);
    let stderr = '';
    child.stderr!.on('data', (c) => {
      stderr += c;
    });
    child.stdout!.resume();
    await until(
      async () => {
        if (child.exitCode !== null) throw new Error(`the daemon exited ${child.exitCode}: ${stderr.slice(-2000)}`);
        return (await fetchOnce(`${base}/healthz`, { timeoutMs: 2000 }).catch(() => undefined))?.status === 200;
      },
      120_000,
      'the daemon to listen',
    );
    return { child, stderr: () => stderr };
  };
  /** Begins the web-view login for `serial` and has the IdP answer: the callback URL and the cookie, not yet used. */
  const beginLogin = async (serial: string) => {
    const r = await fetchOnce(`${base}/ade/web`, { headers: { 'x-apple-aspen-deviceinfo': blob(serial) } });
    assert.equal(r.status, 302, await r.text());
    const cookie = r.headers.get('set-cookie')!.split(';')[0];
    const a = await fetchOnce(r.headers.get('location')!);
    return { callback: a.headers.get('location')!, cookie };
  };
  const finish = (l: { callback: string; cookie: string }) => fetchOnce(l.callback, { headers: { Cookie: l.cookie } });

  const first = await startDaemon();
  const logins = [await beginLogin('C02CRASH0001'), await beginLogin('C02CRASH0002'), await beginLogin('C02CRASH0003')];
  const exited = new Promise((r) => first.child.once('exit', r));
  first.child.kill('SIGKILL');
  await exited;

  const second = await startDaemon();
  try {
    for (const l of logins) {
      const res = await finish(l);
      assert.equal(res.status, 200, `${await res.clone().text()}\n${second.stderr().slice(-2000)}`);
      assert.equal(res.headers.get('content-type'), 'application/x-apple-aspen-config');
      assert.equal((await finish(l)).status, 400, 'each login completes once');
    }
    const fresh = await beginLogin('C02CRASH0004');
    assert.equal((await finish(fresh)).status, 200, 'a login begun after the restart completes');
  } finally {
    second.child.kill('SIGTERM');
    await new Promise((r) => (second.child.exitCode === null ? second.child.once('exit', r) : r(null)));
  }
});
