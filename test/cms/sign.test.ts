import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ProfileSigner, SigningConfigError } from '../../src/cms/sign.ts';
import { DeviceRequestVerifier, loadDeviceTrust } from '../../src/cms/verify.ts';
import { tempDir } from '../helpers/tmp.ts';
import { makeTestPki, openssl } from './testpki.ts';

const pki = makeTestPki();
const dir = tempDir();
const content = Buffer.from('<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0"><dict><key>A</key><string>&amp; é ✓</string></dict></plist>\n');

function opensslVerify(der: Buffer, caFile: string): { ok: boolean; out: Buffer } {
  const f = join(dir, `p${Math.random()}.der`);
  writeFileSync(f, der);
  try {
    return { ok: true, out: openssl(['cms', '-verify', '-inform', 'DER', '-in', f, '-CAfile', caFile, '-purpose', 'any']) };
  } catch {
    return { ok: false, out: Buffer.alloc(0) };
  }
}

test('RSA: openssl cms -verify accepts the signature; content is byte-identical; wrong CA fails', async () => {
  const signer = ProfileSigner.fromFiles({ cert_file: pki.signer.cert, key_file: pki.signer.key, chain_files: [pki.signer.chain] });
  const der = await signer.sign(content, new Date('2026-03-01T12:34:56Z'));
  const r = opensslVerify(der, pki.signer.root);
  assert.ok(r.ok, 'openssl verifies against the signing root');
  assert.deepEqual(r.out, content);
  assert.equal(opensslVerify(der, pki.other.root).ok, false);
  const f = join(dir, 'print.der');
  writeFileSync(f, der);
  const printed = openssl(['cms', '-cmsout', '-print', '-inform', 'DER', '-in', f]).toString();
  assert.match(printed, /contentType \(1\.2\.840\.113549\.1\.9\.3\)/);
  assert.match(printed, /signingTime[\s\S]*UTCTIME:Mar {2}1 12:34:56 2026 GMT/);
  assert.match(printed, /messageDigest/);
  assert.match(printed, /algorithm: sha256/);
  assert.equal((printed.match(/cert_info:/g) ?? []).length, 2, 'signer + intermediate included');
  // DER, not BER: definite lengths from the first byte on.
  assert.equal(der[0], 0x30);
  assert.notEqual(der[1], 0x80);
  // The sync path produces an equally valid result.
  assert.ok(opensslVerify(signer.signSync(content), pki.signer.root).ok);
});

test('ECDSA P-256 signer works too', async () => {
  const signer = ProfileSigner.fromFiles({ cert_file: pki.ecSigner.cert, key_file: pki.ecSigner.key, chain_files: [pki.signer.chain] });
  const r = opensslVerify(await signer.sign(content), pki.signer.root);
  assert.ok(r.ok);
  assert.deepEqual(r.out, content);
});

test('our own verifier accepts our signature (signed attributes path), given that trust', async () => {
  const signer = ProfileSigner.fromFiles({ cert_file: pki.signer.cert, key_file: pki.signer.key });
  const v = new DeviceRequestVerifier(
    loadDeviceTrust({ pinned_ca_file: pki.signer.chain, chain_files: [pki.signer.root], i_understand_this_is_not_apple: true }),
  );
  const res = v.verify(await signer.sign(content));
  assert.deepEqual(res.content, content);
  assert.equal(res.signedAttributes, true);
});

test('a key that does not match the certificate is refused at load', () => {
  assert.throws(() => ProfileSigner.fromFiles({ cert_file: pki.signer.cert, key_file: pki.ecSigner.key }), SigningConfigError);
  assert.throws(() => ProfileSigner.fromFiles({ cert_file: pki.signer.cert, key_file: join(dir, 'missing.key') }), /cannot load the signing key/);
});
