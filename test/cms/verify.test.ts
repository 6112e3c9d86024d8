import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  DeviceRequestVerifier,
  DeviceSignatureError,
  loadAppleDeviceTrust,
  loadDeviceTrust,
  looksLikeSignedData,
  TrustConfigError,
} from '../../src/cms/verify.ts';
import { fixture } from '../helpers/tmp.ts';
import { cmsSign, machineInfoXml, makeTestPki, openssl } from './testpki.ts';

const pki = makeTestPki();
const testTrust = loadDeviceTrust({ pinned_ca_file: pki.deviceCa, chain_files: [pki.root], i_understand_this_is_not_apple: true });
const verifier = new DeviceRequestVerifier(testTrust);
const plist = machineInfoXml({ UDID: '00008101-001938611EE9001E', SERIAL: 'G4NQM9HHK0', PRODUCT: 'iPad13,18', VERSION: '21E236', OS_VERSION: '17.4' });

function rejects(bytes: Buffer, code: string, v = verifier, re?: RegExp) {
  assert.throws(
    () => v.verify(bytes),
    (e: unknown) => {
      assert.ok(e instanceof DeviceSignatureError, String(e));
      assert.equal(e.code, code, e.message);
      if (re) assert.match(e.message, re);
      return true;
    },
  );
}

test('the real device request verifies under production (shipped Apple) trust, without date checks', () => {
  const bytes = readFileSync(fixture('device-requests/macos-vm-ota-phase2.p7s'));
  const r = new DeviceRequestVerifier(loadAppleDeviceTrust()).verify(bytes);
  assert.equal(r.digestAlgorithm, 'sha1');
  assert.equal(r.signedAttributes, false);
  assert.equal(r.content.length, 790);
  assert.match(r.content.toString(), /<string>ZDL2M9PTJ3<\/string>/);
  assert.match(r.signerSubject, /0B5938EB-A130-466F-BFA5-BFA950500D03/);
  // The same bytes under the test trust: untrusted, not malformed.
  rejects(bytes, 'CMS_UNTRUSTED', verifier, /not by the pinned "C=US, O=Test Inc./);
});

for (const md of ['sha1', 'sha256'] as const) {
  for (const noattr of [false, true]) {
    for (const stream of [false, true]) {
      test(`openssl cms -sign -md ${md}${noattr ? ' -noattr' : ''}${stream ? ' -stream (BER, chunked)' : ''} verifies`, () => {
        const bytes = cmsSign(pki, plist, { md, noattr, stream });
        if (stream) assert.equal(bytes[1], 0x80, 'streamed output uses indefinite lengths');
        assert.ok(looksLikeSignedData(bytes));
        const r = verifier.verify(bytes);
        assert.deepEqual(r.content, plist);
        assert.equal(r.digestAlgorithm, md);
        assert.equal(r.signedAttributes, !noattr);
      });
    }
  }
}

test('a large streamed content arrives in several chunks and is joined', () => {
  const big = Buffer.concat([plist, Buffer.alloc(9000, 0x20)]);
  const bytes = cmsSign(pki, big, { stream: true, noattr: true });
  assert.deepEqual(verifier.verify(bytes).content, big);
});

test('the signer certificate may come without the Device CA in the CMS (we ship the chain)', () => {
  const bytes = cmsSign(pki, plist, { certfile: '' });
  assert.deepEqual(verifier.verify(bytes).content, plist);
});

test('tampered content is refused: messageDigest (with attributes) and signature (without)', () => {
  for (const noattr of [false, true]) {
    const bytes = Buffer.from(cmsSign(pki, plist, { noattr }));
    const at = bytes.indexOf('G4NQM9HHK0');
    bytes[at] = 'X'.charCodeAt(0);
    rejects(bytes, 'CMS_BAD_SIGNATURE', verifier, noattr ? /signature does not verify/ : /messageDigest/);
  }
});

test('signers not issued by the pinned CA are refused', () => {
  rejects(cmsSign(pki, plist, { signer: pki.other.leaf, certfile: pki.other.deviceCa }), 'CMS_UNTRUSTED', verifier, /issued by "C=US, O=Other/);
  rejects(cmsSign(pki, plist, { signer: pki.selfSigned, certfile: '' }), 'CMS_UNTRUSTED', verifier, /not signed by its key/);
  rejects(cmsSign(pki, plist, { signer: pki.rootIssued, certfile: pki.root }), 'CMS_UNTRUSTED', verifier, /Test Root CA/);
  // The pinned CA signing for itself is not a device.
  rejects(cmsSign(pki, plist, { signer: { cert: pki.deviceCa, key: pki.deviceCa.replace('.pem', '.key') }, certfile: '' }), 'CMS_UNTRUSTED');
});

test('no certificates, two signers, truncation and garbage are refused with specific errors', () => {
  const nocerts = openssl(['cms', '-sign', '-binary', '-nodetach', '-nocerts', '-outform', 'DER', '-signer', pki.leaf.cert, '-inkey', pki.leaf.key], plist);
  rejects(nocerts, 'CMS_UNTRUSTED', verifier, /no certificates/);
  const two = openssl(
    [
      'cms',
      '-sign',
      '-binary',
      '-nodetach',
      '-outform',
      'DER',
      '-signer',
      pki.leaf.cert,
      '-inkey',
      pki.leaf.key,
      '-signer',
      pki.other.leaf.cert,
      '-inkey',
      pki.other.leaf.key,
    ],
    plist,
  );
  rejects(two, 'CMS_UNSUPPORTED', verifier, /exactly one signer/);
  const good = cmsSign(pki, plist, { stream: true });
  for (const cut of [20, 200, good.length - 2, good.length - 1]) rejects(good.subarray(0, cut), 'CMS_MALFORMED');
  rejects(Buffer.concat([good, Buffer.from([0])]), 'CMS_MALFORMED', verifier, /trailing/);
  rejects(Buffer.from('hello world, not CMS at all'), 'CMS_MALFORMED');
  // The right prefix, then nonsense.
  const prefix = Buffer.from('3080060a2a864886f70d010702a080', 'hex');
  rejects(Buffer.concat([prefix, Buffer.alloc(100, 0xff)]), 'CMS_MALFORMED');
  const deep = Buffer.concat([Buffer.from('308006092a864886f70d010702', 'hex'), Buffer.alloc(4000, 0x30).map((_, i) => (i % 2 ? 0x80 : 0x30))]);
  rejects(deep, 'CMS_MALFORMED');
});

test('a detached signature is refused (devices attach MachineInfo)', () => {
  const det = openssl(['cms', '-sign', '-binary', '-outform', 'DER', '-signer', pki.leaf.cert, '-inkey', pki.leaf.key], plist);
  rejects(det, 'CMS_MALFORMED', verifier, /no attached content/);
});

test('a non-Apple trust needs the explicit acknowledgement and a complete chain', () => {
  assert.throws(
    () => loadDeviceTrust({ pinned_ca_file: pki.deviceCa, chain_files: [pki.root], i_understand_this_is_not_apple: false as unknown as true }),
    TrustConfigError,
  );
  assert.throws(() => loadDeviceTrust({ pinned_ca_file: pki.deviceCa, chain_files: [], i_understand_this_is_not_apple: true }), /not a self-signed root/);
  assert.throws(
    () => loadDeviceTrust({ pinned_ca_file: pki.deviceCa, chain_files: [pki.other.root], i_understand_this_is_not_apple: true }),
    /is not signed by/,
  );
  assert.equal(testTrust.apple, false);
  assert.equal(loadAppleDeviceTrust().apple, true);
});
