import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { decryptEnvelopedData, TokenDecryptError } from '../../src/cms/envelope.ts';
import { prng } from '../proof/lib.ts';

test('any bytes after a SEQUENCE tag fail with the one token error, never a stray library error', () => {
  const pem = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
  const r = prng(20261125);
  for (let i = 0; i < 5000; i++) {
    const input = Buffer.concat([Buffer.from([0x30, 0x82, 0x01, 0x00]), r.bytes(256)]);
    assert.throws(
      () => decryptEnvelopedData(input, pem),
      (e: unknown) => e instanceof TokenDecryptError && e.reason === 'not_cms',
      `case ${i}`,
    );
  }
});
