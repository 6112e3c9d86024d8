import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { X509Certificate } from 'node:crypto';
import { leafProfileProblem } from '../../src/cms/verify.ts';
import { issueCertificate } from '../../src/cms/pki.ts';
import { fixture } from '../helpers/tmp.ts';

test('genuine Apple device leaves have the profile of a device identity', () => {
  for (const f of ['apple-ca/device-leaf-2018.pem', 'apple-ca/device-leaf-appletv-2024.pem']) {
    assert.equal(leafProfileProblem(new X509Certificate(readFileSync(fixture(f))).raw), null, f);
  }
});

test('a CA certificate is not a device identity', async () => {
  const ca = await issueCertificate({ subject: [['CN', 'not a device']], ca: true, bits: 1024 });
  assert.match(leafProfileProblem(ca.cert.raw)!, /CA:TRUE/);
  const leaf = await issueCertificate({ subject: [['CN', 'device']], issuer: ca, bits: 1024 });
  assert.equal(leafProfileProblem(leaf.cert.raw), null);
  assert.equal(leafProfileProblem(Buffer.from('garbage')), 'does not parse as X.509');
});
