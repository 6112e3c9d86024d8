// The endpoint over HTTPS: certificate and key from enrollment.tls, a client trusting the test CA gets the profile,
// an untrusting client is stopped by the handshake, and nothing below TLS 1.2 is spoken.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import https from 'node:https';
import type tls from 'node:tls';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { enrollmentSchema } from '../../src/config/schema.ts';
import { createEnrollmentServer } from '../../src/enroll/server.ts';
import { openDatabase } from '../../src/store/db.ts';
import { tempDir } from '../helpers/tmp.ts';
import { cmsSign, machineInfoXml, makeTestPki, makeTlsServer, openssl } from '../cms/testpki.ts';
import { fetchOnce } from '../helpers/http.ts';

const pki = makeTestPki();
const dir = tempDir();
const p = (n: string) => join(dir, n);
// A TLS CA and a server certificate for 127.0.0.1 / localhost, made with openssl.
const server = makeTlsServer(dir);
const ca = readFileSync(server.ca);

const db = openDatabase(p('adesync.db'));
const now = new Date().toISOString();
db.prepare(
  `INSERT INTO devices (token, serial_number, os, device_family, raw_json, first_seen, last_seen) VALUES ('main', 'C02XXXXXXXXX', 'OSX', 'Mac', '{}', ?, ?)`,
).run(now, now);

const config = enrollmentSchema.parse({
  listen: '127.0.0.1:0',
  tls: { cert_file: server.cert, key_file: server.key },
  device_ca: { pinned_ca_file: pki.deviceCa, chain_files: [pki.root], i_understand_this_is_not_apple: true },
  profile: {
    payload_identifier: 'com.example.mdm.enroll',
    identity: { type: 'acme', directory_url: 'https://mdm.example.com/acme/directory' },
    mdm: { server_url: 'https://mdm.example.com/mdm', topic: 'com.apple.mgmt.External.00000000-1111-2222-3333-444444444444' },
  },
  signing: { cert_file: pki.signer.cert, key_file: pki.signer.key, chain_files: [pki.signer.chain] },
});
const body = cmsSign(
  pki,
  machineInfoXml({ UDID: '7C6E1A2B-0000-5000-8000-000000000000', SERIAL: 'C02XXXXXXXXX', PRODUCT: 'Mac14,2', VERSION: '23D56', OS_VERSION: '14.3' }),
);

interface Answer {
  status: number;
  type?: string;
  body: Buffer;
  protocol: string | null;
}
function post(port: number, o: https.RequestOptions): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = https.request(
      { host: '127.0.0.1', port, path: '/enroll', method: 'POST', headers: { 'Content-Length': body.length }, agent: false, ...o },
      (res) => {
        const chunks: Buffer[] = [];
        const protocol = (res.socket as tls.TLSSocket).getProtocol();
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, type: res.headers['content-type'], body: Buffer.concat(chunks), protocol }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

for (const workers of [1, 2]) {
  test(`HTTPS (${workers} worker thread${workers === 1 ? '' : 's'}): a client trusting the CA gets a verifiable profile; others fail the handshake; TLS 1.2 minimum`, async () => {
    const srv = createEnrollmentServer({ config, db, workers });
    after(() => srv.close());
    const { port } = await srv.listen();

    const r = await post(port, { ca });
    assert.equal(r.status, 200, r.body.toString());
    assert.equal(r.type, 'application/x-apple-aspen-config');
    assert.equal(r.protocol, 'TLSv1.3');
    writeFileSync(p('resp.der'), r.body);
    const xml = openssl(['cms', '-verify', '-inform', 'DER', '-in', p('resp.der'), '-CAfile', pki.signer.root, '-purpose', 'any']).toString();
    assert.match(xml, /<string>com\.apple\.security\.acme<\/string>/);

    const r12 = await post(port, { ca, maxVersion: 'TLSv1.2' });
    assert.equal(r12.status, 200);
    assert.equal(r12.protocol, 'TLSv1.2');
    assert.equal((await post(port, { ca, servername: 'localhost' })).status, 200, 'the certificate names localhost too');

    await assert.rejects(
      post(port, {}),
      (e: NodeJS.ErrnoException) => {
        assert.match(String(e.code), /UNABLE_TO_GET_ISSUER_CERT_LOCALLY|SELF_SIGNED|UNABLE_TO_VERIFY_LEAF_SIGNATURE/);
        return true;
      },
      'a client without the test CA refuses the server',
    );
    // A TLS 1.1 client (security level lowered so it can even offer 1.1): the server answers protocol_version.
    await assert.rejects(post(port, { ca, minVersion: 'TLSv1', maxVersion: 'TLSv1.1', ciphers: 'DEFAULT@SECLEVEL=0' }), (e: NodeJS.ErrnoException) => {
      assert.match(`${e.code} ${e.message}`, /alert protocol version.*SSL alert number 70/s, 'the server refuses TLS 1.1 with a protocol_version alert');
      return true;
    });
    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetchOnce(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
  });
}
