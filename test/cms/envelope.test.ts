import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decryptEnvelopedData, pkcs1v15Unpad, TokenDecryptError } from '../../src/cms/envelope.ts';
import { tempDir } from '../helpers/tmp.ts';
import { encrypt, makeRecipient, openssl } from '../token/openssl.ts';

const dir = tempDir();
const me = makeRecipient(dir, 'me');
const other = makeRecipient(dir, 'other');
// Long enough that -stream splits the content into several chunks.
const plain = Buffer.concat([Buffer.from('-----BEGIN MESSAGE-----\n{"consumer_key":"CK_x"}\n'), randomBytes(5000)]);

const oid = (hex: string) => Buffer.from(hex.replace(/ /g, ''), 'hex');
const OIDS = {
  aes128: oid('06 09 60 86 48 01 65 03 04 01 02'),
  aes192: oid('06 09 60 86 48 01 65 03 04 01 16'),
  aes256: oid('06 09 60 86 48 01 65 03 04 01 2a'),
  des3: oid('06 08 2a 86 48 86 f7 0d 03 07'),
  rsaEncryption: oid('06 09 2a 86 48 86 f7 0d 01 01 01'),
  oaep: oid('06 09 2a 86 48 86 f7 0d 01 01 07'),
  sha256: oid('06 09 60 86 48 01 65 03 04 02 01'),
};

/** DER of an S/MIME output (base64 after the header block). */
function smimeToDer(out: Buffer): Buffer {
  const text = out.toString('latin1');
  return Buffer.from(text.slice(text.search(/\r?\n\r?\n/)).replace(/\s+/g, ''), 'base64');
}

function expectError(fn: () => unknown, reason: TokenDecryptError['reason']): TokenDecryptError {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof TokenDecryptError, `expected TokenDecryptError, got ${(e as Error)?.constructor?.name}: ${(e as Error)?.message}`);
    assert.equal(e.reason, reason, e.message);
    assert.equal(e.code, 'TOKEN_DECRYPT_FAILED');
    return e;
  }
  assert.fail('expected a TokenDecryptError');
}

const variants: { name: string; tool: 'smime' | 'cms'; flags: string[]; has: Buffer[]; indefinite?: boolean }[] = [
  { name: 'smime default (3DES, PKCS#1 v1.5)', tool: 'smime', flags: [], has: [OIDS.des3, OIDS.rsaEncryption] },
  { name: "smime -aes128 (the real ABM token's algorithms)", tool: 'smime', flags: ['-aes128'], has: [OIDS.aes128, OIDS.rsaEncryption] },
  { name: 'smime -aes192', tool: 'smime', flags: ['-aes192'], has: [OIDS.aes192] },
  { name: 'smime -aes256', tool: 'smime', flags: ['-aes256'], has: [OIDS.aes256] },
  { name: 'smime -des3', tool: 'smime', flags: ['-des3'], has: [OIDS.des3] },
  { name: 'smime -aes256 -stream (indefinite BER, chunked content)', tool: 'smime', flags: ['-aes256', '-stream'], has: [OIDS.aes256], indefinite: true },
  { name: 'cms default', tool: 'cms', flags: ['-outform', 'DER'], has: [OIDS.rsaEncryption] },
  {
    name: 'cms OAEP (SHA-1)',
    tool: 'cms',
    flags: ['-aes256', '-outform', 'DER', '-recip', me.cert, '-keyopt', 'rsa_padding_mode:oaep'],
    has: [OIDS.oaep, OIDS.aes256],
  },
  {
    name: 'cms OAEP SHA-256',
    tool: 'cms',
    flags: ['-aes128', '-outform', 'DER', '-recip', me.cert, '-keyopt', 'rsa_padding_mode:oaep', '-keyopt', 'rsa_oaep_md:sha256'],
    has: [OIDS.oaep, OIDS.sha256],
  },
  {
    name: 'cms OAEP with a label',
    tool: 'cms',
    flags: ['-aes128', '-outform', 'DER', '-recip', me.cert, '-keyopt', 'rsa_padding_mode:oaep', '-keyopt', 'rsa_oaep_label:0102abcd'],
    has: [OIDS.oaep, oid('04 04 01 02 ab cd')],
  },
  { name: 'cms -stream DER', tool: 'cms', flags: ['-aes128', '-stream', '-outform', 'DER'], has: [OIDS.aes128], indefinite: true },
];

for (const v of variants) {
  test(`decrypts openssl ${v.name}`, () => {
    const certs = v.flags.includes('-recip') ? [] : [me.cert];
    const out = encrypt(dir, v.tool, v.flags, plain, certs);
    const der = v.flags.includes('DER') ? out : smimeToDer(out);
    for (const h of v.has) assert.ok(der.includes(h), `variant really uses OID ${h.toString('hex')}`);
    if (v.indefinite) assert.equal(der[1], 0x80, 'outer SEQUENCE has indefinite length');
    assert.deepEqual(decryptEnvelopedData(der, me.keyPem), plain);
  });
}

test('accepts a PKCS#1 (BEGIN RSA PRIVATE KEY) key as well as PKCS#8', () => {
  const pkcs1 = openssl(['pkey', '-in', me.key, '-traditional']).toString();
  assert.match(pkcs1, /BEGIN RSA PRIVATE KEY/);
  const der = encrypt(dir, 'cms', ['-aes128', '-outform', 'DER'], plain, [me.cert]);
  assert.deepEqual(decryptEnvelopedData(der, pkcs1), plain);
});

test('finds our recipient among several', () => {
  const der = encrypt(dir, 'cms', ['-aes256', '-outform', 'DER'], plain, [other.cert, me.cert]);
  assert.deepEqual(decryptEnvelopedData(der, me.keyPem), plain);
  assert.deepEqual(decryptEnvelopedData(der, other.keyPem), plain);
});

test('wrong key, tampered key transport and tampered content all give one identical error', () => {
  const v15 = encrypt(dir, 'cms', ['-aes256', '-outform', 'DER'], plain, [me.cert]);
  const oaep = encrypt(dir, 'cms', ['-aes256', '-outform', 'DER', '-recip', me.cert, '-keyopt', 'rsa_padding_mode:oaep'], plain, []);
  const des = encrypt(dir, 'smime', ['-des3'], plain, [me.cert]);

  const badEk = Buffer.from(v15);
  const ek = badEk.indexOf(Buffer.from('04820100', 'hex')); // OCTET STRING of 256 bytes: the encrypted key
  assert.ok(ek > 0);
  badEk[ek + 4 + 100] ^= 0x01;

  // Flip the last byte of the penultimate block: the last plaintext byte (CBC padding 1..16) becomes > 16.
  const badPad = Buffer.from(v15);
  badPad[badPad.length - 1 - 16] ^= 0xff;

  const messages = [
    expectError(() => decryptEnvelopedData(v15, other.keyPem), 'decrypt_failed').message,
    expectError(() => decryptEnvelopedData(oaep, other.keyPem), 'decrypt_failed').message,
    expectError(() => decryptEnvelopedData(smimeToDer(des), other.keyPem), 'decrypt_failed').message,
    expectError(() => decryptEnvelopedData(badEk, me.keyPem), 'decrypt_failed').message,
    expectError(() => decryptEnvelopedData(badPad, me.keyPem), 'decrypt_failed').message,
  ];
  assert.equal(new Set(messages).size, 1, messages.join('\n'));
  assert.match(messages[0], /private key/);
});

test('EME-PKCS1-v1_5 unpadding: every malformed block fails the same way', () => {
  const ok = Buffer.concat([Buffer.from([0, 2]), Buffer.alloc(8, 0xaa), Buffer.from([0]), Buffer.from('key')]);
  assert.deepEqual(pkcs1v15Unpad(ok), Buffer.from('key'));
  const bad = [
    Buffer.concat([Buffer.from([1, 2]), ok.subarray(2)]), // first byte not 00
    Buffer.concat([Buffer.from([0, 1]), ok.subarray(2)]), // block type 01 (signature)
    Buffer.concat([Buffer.from([0, 2]), Buffer.alloc(7, 0xaa), Buffer.from([0]), Buffer.from('key')]), // PS shorter than 8
    Buffer.concat([Buffer.from([0, 2]), Buffer.alloc(20, 0xaa)]), // no separator
    Buffer.from([0, 2, 0]), // too short
  ];
  const msgs = bad.map((b) => expectError(() => pkcs1v15Unpad(b), 'decrypt_failed').message);
  assert.equal(new Set(msgs).size, 1);
});

test('garbage, truncated and non-enveloped input are refused as not CMS', () => {
  const der = encrypt(dir, 'cms', ['-aes128', '-outform', 'DER'], plain, [me.cert]);
  const streamed = encrypt(dir, 'cms', ['-aes128', '-stream', '-outform', 'DER'], plain, [me.cert]);
  const signed = openssl(['cms', '-sign', '-binary', '-outform', 'DER', '-nodetach', '-signer', me.cert, '-inkey', me.key, '-in', join(dir, 'me.cert.pem')]);
  const cases: [string, Buffer][] = [
    ['empty', Buffer.alloc(0)],
    ['text', Buffer.from('hello, this is not a token')],
    ['random bytes after a SEQUENCE tag', Buffer.concat([Buffer.from([0x30, 0x82, 0x01, 0x00]), randomBytes(256)])],
    ['truncated DER', der.subarray(0, Math.floor(der.length / 2))],
    ['truncated indefinite-length BER', streamed.subarray(0, streamed.length - 20)],
    ['a SignedData', signed],
  ];
  for (const [name, input] of cases) {
    const e = expectError(() => decryptEnvelopedData(input, me.keyPem), 'not_cms');
    assert.match(e.message, /not a CMS EnvelopedData/, name);
  }
  assert.match(expectError(() => decryptEnvelopedData(signed, me.keyPem), 'not_cms').message, /1\.2\.840\.113549\.1\.7\.2/);
});

test('unsupported algorithms and recipients name what is unsupported', () => {
  const camellia = encrypt(dir, 'cms', ['-camellia128', '-outform', 'DER'], plain, [me.cert]);
  assert.match(
    expectError(() => decryptEnvelopedData(camellia, me.keyPem), 'unsupported').message,
    /content encryption algorithm 1\.2\.392\.200011\.61\.1\.1\.1\.2/,
  );

  const mixed = encrypt(
    dir,
    'cms',
    ['-aes128', '-outform', 'DER', '-recip', me.cert, '-keyopt', 'rsa_padding_mode:oaep', '-keyopt', 'rsa_oaep_md:sha256', '-keyopt', 'rsa_mgf1_md:sha1'],
    plain,
    [],
  );
  assert.match(expectError(() => decryptEnvelopedData(mixed, me.keyPem), 'unsupported').message, /MGF1 hash sha1 differing from OAEP hash sha256/);

  const ec = makeRecipient(dir, 'ec', 'ec');
  const toEc = encrypt(dir, 'cms', ['-aes128', '-outform', 'DER'], plain, [ec.cert]);
  assert.match(expectError(() => decryptEnvelopedData(toEc, me.keyPem), 'unsupported').message, /recipient type/);
  assert.match(expectError(() => decryptEnvelopedData(toEc, ec.keyPem), 'bad_key').message, /ec.*RSA/);
});

test('an unreadable or passphrase-protected key is a bad_key error', () => {
  const der = encrypt(dir, 'cms', ['-aes128', '-outform', 'DER'], plain, [me.cert]);
  assert.match(expectError(() => decryptEnvelopedData(der, 'not a key'), 'bad_key').message, /PEM/);
  const locked = openssl(['pkey', '-in', me.key, '-aes256', '-passout', 'pass:secret']).toString();
  assert.match(expectError(() => decryptEnvelopedData(der, locked), 'bad_key').message, /passphrase/);
});

test('the real ABM token decrypts to its inner MIME entity', async () => {
  const { fixture } = await import('../helpers/tmp.ts');
  const text = readFileSync(fixture('server-token/abm-server-token.p7m'), 'utf8');
  const der = smimeToDer(Buffer.from(text));
  assert.ok(der.includes(OIDS.aes128) && der.includes(OIDS.rsaEncryption), 'A.2: PKCS#1 v1.5 + AES-128-CBC');
  assert.equal(der[1], 0x80, 'A.2: indefinite-length BER');
  const out = decryptEnvelopedData(der, readFileSync(fixture('server-token/abm-server-token-key.pem'), 'utf8')).toString();
  assert.match(out, /^Content-Type: text\/plain;charset=UTF-8\r\n/);
  assert.match(out, /-----BEGIN MESSAGE-----\n\{"consumer_key":"CK_75b2eb55/);
});
