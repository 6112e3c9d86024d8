import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { openDatabase } from '../../src/store/db.ts';
import { createRuntime } from '../../src/daemon/runtime.ts';
import { createOutbox } from '../../src/events/outbox.ts';
import { startSender } from '../../src/events/deliver.ts';
import { parseSecret } from '../../src/events/sign.ts';
import { enrollmentSchema } from '../../src/config/schema.ts';
import { createEnrollmentServer } from '../../src/enroll/server.ts';
import { silentLogger } from '../../src/log.ts';
import { tempDir } from '../helpers/tmp.ts';
import { sim, simConfig } from '../helpers/sim.ts';
import { until } from '../helpers/cli.ts';
import { cmsSign, machineInfoXml, makeTestPki } from '../cms/testpki.ts';
import { startReceiver } from './receiver.ts';
import { fetchOnce } from '../helpers/http.ts';

/**
 * Delivery runs off the sync and enrollment paths: with a receiver that never answers, a whole sync + assignment cycle
 * completes and enrollments are served, their events committed, while every delivery is still waiting at the receiver.
 */
test('a receiver that never answers slows neither sync nor enrollment; unverified refusals never reach the outbox', { timeout: 180_000 }, async () => {
  const s = await sim({ devices: 2000, seed: 8 });
  const r = await startReceiver();
  r.answer = () => 'hold';
  const dir = tempDir();
  writeFileSync(join(dir, 'hook.secret'), r.secret, { mode: 0o600 });
  const { config } = simConfig(s, dir, `webhooks:\n  - name: mdm\n    url: ${r.url}\n    secret_file: hook.secret\n`);
  const db = openDatabase(join(dir, 'adesync.db'));
  const sender = startSender({
    db,
    logger: silentLogger,
    pollMs: 20,
    endpoints: [
      {
        name: 'mdm',
        url: r.url,
        key: parseSecret(r.secret),
        filter: { name: 'mdm', types: [], tokens: [] },
        timeoutMs: 600_000,
        maxAgeMs: 3_600_000,
        retryBaseMs: 1000,
      },
    ],
  });
  after(() => sender.stop());
  const outbox = createOutbox(db, config.webhooks, () => sender.kick());
  const rt = createRuntime({ config, db, logger: silentLogger, outbox, clientOptions: { sleep: async () => {} } });

  // the first deliveries go out while the first page is still being fetched; none is ever answered
  const cycle = await rt.runCycle('sim');
  assert.equal(cycle.sync.ok, true);
  assert.equal(cycle.assign?.sent, 2000);
  await until(() => r.open === 8, 30_000, 'deliveries held at the receiver');

  const pki = makeTestPki();
  writeFileSync(join(dir, 'challenge.txt'), 'challenge\n', { mode: 0o600 });
  const server = createEnrollmentServer({
    db,
    logger: silentLogger,
    listen: { host: '127.0.0.1', port: 0 },
    workers: 1,
    outbox,
    config: enrollmentSchema.parse({
      device_ca: { pinned_ca_file: pki.deviceCa, chain_files: [pki.root], i_understand_this_is_not_apple: true },
      per_device_limit: { profiles: 100_000 }, // one serial enrolls again and again here; the replay limit has its own tests
      profile: {
        payload_identifier: 'com.example.mdm.enroll',
        trust_cert_files: [pki.signer.root],
        identity: { type: 'scep', url: 'https://mdm.example.com/scep', challenge_file: join(dir, 'challenge.txt') },
        mdm: { server_url: 'https://mdm.example.com/mdm', topic: 'com.apple.mgmt.External.00000000-1111-2222-3333-444444444444' },
      },
      signing: { cert_file: pki.signer.cert, key_file: pki.signer.key, chain_files: [pki.signer.chain] },
    }),
  });
  // signed first (openssl is slow on a busy machine), then sent back to back: no keep-alive connection left idle to race
  const bodies = s.control
    .devices('sim')
    .slice(0, 5)
    .map((d) =>
      cmsSign(
        pki,
        machineInfoXml({
          UDID: `UDID-${d.serial_number}`,
          SERIAL: d.serial_number,
          PRODUCT: d.device_family === 'Mac' ? 'Mac14,2' : 'iPhone15,2',
          VERSION: '23D56',
          OS_VERSION: d.device_family === 'Mac' ? '14.3' : '17.4',
          LANGUAGE: 'en-US',
        }),
      ),
    );
  // refusals: none of these may become an event. Unsigned, untrusted and garbage are anyone's to send; a verified refusal of
  // a serial that is not ours is counted, not recorded (any device-CA key, a VM's, can sign one), so it never reaches
  // the outbox either. A verified refusal of one of our devices does (test/events/outbox.test.ts).
  const mi = (serial: string) =>
    machineInfoXml({ UDID: `UDID-${serial}`, SERIAL: serial, PRODUCT: 'iPhone15,2', VERSION: '21E236', OS_VERSION: '17.4', LANGUAGE: 'en-US' });
  const refusals: [Buffer, number][] = [
    [mi('UNSIGNED0001'), 403], // unsigned plist
    [cmsSign(pki, mi('UNTRUSTED001'), { signer: pki.other.leaf, certfile: pki.other.deviceCa }), 403], // another CA
    [Buffer.from('garbage'), 400],
    [cmsSign(pki, mi('NOTOURS00001')), 403], // verified, not ours: counted only
  ];
  const addr = await server.listen();
  after(() => server.close());
  for (const body of bodies) {
    const res = await fetchOnce(`http://127.0.0.1:${addr.port}/enroll`, { method: 'POST', body, headers: { 'Content-Type': 'application/pkcs7-signature' } });
    assert.equal(res.status, 200, await res.text());
  }
  for (const [body, status] of refusals) {
    const res = await fetchOnce(`http://127.0.0.1:${addr.port}/enroll`, { method: 'POST', body, headers: { 'Content-Type': 'application/pkcs7-signature' } });
    assert.equal(res.status, status, await res.text());
  }
  await until(() => (db.prepare("SELECT COUNT(*) FROM outbox WHERE type LIKE 'enrollment.%'").pluck().get() as number) === 5, 10_000, 'enrollment events');
  assert.deepEqual(db.prepare("SELECT subject FROM outbox WHERE type = 'enrollment.refused'").pluck().all(), []);
  // everything above happened while the receiver had not answered once
  assert.equal(db.prepare("SELECT COUNT(*) FROM webhook_deliveries WHERE state = 'delivered'").pluck().get(), 0);
  assert.equal(r.maxOpen, 8);
  assert.equal(db.prepare('SELECT COUNT(*) FROM outbox').pluck().get(), 4005);
  r.release(200);
});
