// EnvelopedData encryption (OTA phase 3, A.4): openssl decrypts it with the recipient's key and reads AES-256-CBC with
// RSA key transport; our own decryptor (the server-token one) agrees; a wrong key or an EC recipient fails.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { X509Certificate } from 'node:crypto';
import { encryptEnvelopedData, EncryptionError } from '../../src/cms/encrypt.ts';
import { decryptEnvelopedData } from '../../src/cms/envelope.ts';
import { makeTestPki, openssl } from './testpki.ts';
import { tempDir } from '../helpers/tmp.ts';

const pki = makeTestPki();
const dir = tempDir();
const der = (pem: string) => new X509Certificate(readFileSync(pem)).raw;

test('openssl cms -decrypt opens it with the recipient key: AES-256-CBC, RSA key transport, DER', () => {
  const content = Buffer.from('<plist><array><dict/></array></plist>\n'.repeat(50));
  const env = encryptEnvelopedData(content, der(pki.signer.cert));
  const file = join(dir, 'env.der');
  writeFileSync(file, env);
  assert.deepEqual(openssl(['cms', '-decrypt', '-inform', 'DER', '-in', file, '-inkey', pki.signer.key, '-recip', pki.signer.cert]), content);
  const printed = openssl(['cms', '-cmsout', '-print', '-inform', 'DER', '-in', file]).toString();
  assert.match(printed, /aes-256-cbc/);
  assert.match(printed, /rsaEncryption/);
  assert.deepEqual(decryptEnvelopedData(env, readFileSync(pki.signer.key, 'utf8')), content);
  assert.throws(() => openssl(['cms', '-decrypt', '-inform', 'DER', '-in', file, '-inkey', pki.leaf.key]));
  const again = encryptEnvelopedData(content, der(pki.signer.cert));
  assert.notDeepEqual(again, env, 'a fresh key and IV each time');
});

test('an EC recipient is refused (key transport needs RSA)', () => {
  assert.throws(() => encryptEnvelopedData(Buffer.from('x'), der(pki.ecSigner.cert)), EncryptionError);
});
