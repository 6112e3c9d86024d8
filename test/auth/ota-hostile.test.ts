// Hostile input on both OTA routes gets a 4xx, never a 5xx, and valid devices are still served afterwards: plist
// amplification families signed by a trusted device and by a trusted OTA identity, mangled CMS, XML entities,
// odd methods and paths.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { enrollmentSchema } from '../../src/config/schema.ts';
import { createEnrollmentServer } from '../../src/enroll/server.ts';
import { createOtaService } from '../../src/auth/ota.ts';
import { createOtaStore, sqliteOtaStore } from '../../src/store/ota.ts';
import { createDeviceLookup } from '../../src/enroll/lookup.ts';
import { openDatabase } from '../../src/store/db.ts';
import { tempDir } from '../helpers/tmp.ts';
import { fetchOnce } from '../helpers/http.ts';
import { cmsSign, machineInfoXml, makeTestPki } from '../cms/testpki.ts';
import { bplistFamilies } from '../proof/plist-families.ts';
import { prng } from '../proof/lib.ts';
import { fixedUserLoginFlow, issueIdentity, makeOtaCa, startChallengeService } from './otakit.ts';

const pki = makeTestPki();
const dir = tempDir();
const otaCa = makeOtaCa(dir);
const db = openDatabase(join(dir, 'adesync.db'));
const store = createOtaStore(db);
const scep = await startChallengeService();
after(() => scep.close());
const config = enrollmentSchema.parse({
  listen: '127.0.0.1:0',
  public_url: 'https://mdm.example.test',
  device_ca: { pinned_ca_file: pki.deviceCa, chain_files: [pki.root], i_understand_this_is_not_apple: true },
  profile: {
    payload_identifier: 'com.example.mdm.enroll',
    identity: { type: 'scep', url: 'https://mdm.example.test/scep', challenge: 'static' },
    mdm: { server_url: 'https://mdm.example.test/mdm', topic: 'com.apple.mgmt.External.00000000-1111-2222-3333-444444444444' },
  },
  signing: { cert_file: pki.signer.cert, key_file: pki.signer.key, chain_files: [pki.signer.chain] },
  ota: {
    identity_ca: { cert_file: otaCa.cert },
    scep: { url: 'https://scep.example.test/ota', challenge_url: scep.url },
    allow_unknown_devices: true,
  },
});
const ota = createOtaService({
  config,
  sessions: sqliteOtaStore(db),
  lookupDevice: createDeviceLookup(db),
  login: fixedUserLoginFlow({ issuer: 'https://idp.example.test', subject: 'h', groups: [] }),
});
const srv = createEnrollmentServer({ config, db, listen: { host: '127.0.0.1', port: 0 }, workers: 1, keepAliveTimeoutMs: 300_000, routes: [ota.route] });
const base = `http://127.0.0.1:${(await srv.listen()).port}`;
after(() => srv.close());
const identity = issueIdentity(otaCa, { udid: 'U-1', serial: 'C02OTA000001', sessionId: 'none' });

async function status(path: string, init: Parameters<typeof fetchOnce>[1] = {}): Promise<number> {
  const res = await fetchOnce(`${base}${path}`, init);
  await res.arrayBuffer();
  return res.status;
}

test('hostile bodies on the phases path: 4xx only, for a device signer and an OTA identity signer alike', async () => {
  const r = prng(1414);
  const bodies: [string, Buffer][] = [];
  for (const f of bplistFamilies(false)) {
    const plist = f.make(r);
    if (plist.length > 60_000) continue; // the 64 KiB body limit has its own case
    bodies.push([`${f.name} (device)`, cmsSign(pki, plist, { md: 'sha1', noattr: true })]);
    bodies.push([`${f.name} (identity)`, cmsSign(pki, plist, { signer: identity, certfile: '' })]);
  }
  bodies.push([
    'xml entity',
    cmsSign(pki, Buffer.from('<?xml version="1.0"?><!DOCTYPE p [<!ENTITY a "aaaa">]><plist><dict><key>UDID</key><string>&a;</string></dict></plist>')),
  ]);
  bodies.push(['deep xml', cmsSign(pki, Buffer.from(`<plist>${'<array>'.repeat(5000)}${'</array>'.repeat(5000)}</plist>`))]);
  bodies.push(['serial not a string', cmsSign(pki, machineInfoXml({ UDID: 'U', SERIAL: 5, CHALLENGE: 'x' }))]);
  bodies.push(['serial with a newline', cmsSign(pki, machineInfoXml({ UDID: 'U', SERIAL: 'A\nB', CHALLENGE: 'x' }))]);
  bodies.push(['challenge 10 KB', cmsSign(pki, machineInfoXml({ UDID: 'U', SERIAL: 'A1', CHALLENGE: 'x'.repeat(10_000) }))]);
  bodies.push(['empty', Buffer.alloc(0)]);
  bodies.push(['not cms', Buffer.from('\x30\x80\x06\x09hello')]);
  const valid = cmsSign(pki, machineInfoXml({ UDID: 'U-1', SERIAL: 'C02OTA000001', CHALLENGE: 'nope' }));
  for (let i = 0; i < 40; i++) {
    const m = Buffer.from(valid);
    for (let k = 0; k < 1 + r.int(0, 4); k++) m[r.int(0, m.length - 1)] = r.int(0, 255);
    bodies.push([`mutated ${i}`, m]);
  }
  assert.ok(bodies.filter(([n]) => n.endsWith('(identity)')).length >= 6, 'the plist families fit the body limit');
  for (const [name, body] of bodies) {
    const s = await status('/ota/profile', { method: 'POST', body });
    assert.ok(s >= 400 && s < 500, `${name}: ${s}`);
  }
});

test('odd methods, paths and headers on both routes: 4xx only; a valid device is still served', async () => {
  for (const [path, init] of [
    ['/ota/profile', { method: 'PUT', body: 'x' }],
    ['/ota/profile', { method: 'DELETE' }],
    ['/ota/profile?x=' + 'a'.repeat(4000), { method: 'GET' }],
    ['/ota/profile', { method: 'POST', body: Buffer.alloc(80_000, 1) }],
    ['/ota/profile', { method: 'POST', body: 'abc', headers: { 'Content-Length': '99999999' } }],
    ['/ota/enroll', { method: 'POST', body: 'x' }],
    ['/ota/enroll', { method: 'PUT' }],
    ['/ota/enroll/../profile', { method: 'POST', body: 'x' }],
    ['/ota/profile/', { method: 'POST', body: 'x' }],
  ] as [string, Parameters<typeof fetchOnce>[1]][]) {
    const s = await status(path, init).catch(() => 400); // a refused oversize body may close the socket mid-send
    assert.ok(s >= 400 && s < 500, `${init?.method} ${path.slice(0, 40)}: ${s}`);
  }
  const challenge = 'still-works';
  store.create({ challenge, user: { issuer: 'i', subject: 's', groups: [] }, ttlSeconds: 600 });
  const ok = await status('/ota/profile', {
    method: 'POST',
    body: cmsSign(pki, machineInfoXml({ UDID: 'U-1', SERIAL: 'C02OTA000001', CHALLENGE: challenge })),
  });
  assert.equal(ok, 200);
});
