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

test('key usage without digitalSignature and unknown critical extensions are refused; known critical ones are not (openssl-made)', async () => {
  const { execFileSync } = await import('node:child_process');
  const { tempDir } = await import('../helpers/tmp.ts');
  const dir = tempDir();
  const make = (...ext: string[]) =>
    new X509Certificate(
      execFileSync(
        'openssl',
        [
          'req',
          '-x509',
          '-newkey',
          'rsa:1024',
          '-nodes',
          '-keyout',
          `${dir}/k.pem`,
          '-days',
          '1',
          '-subj',
          '/CN=leaf',
          '-addext',
          'basicConstraints=critical,CA:FALSE',
          ...ext.flatMap((e) => ['-addext', e]),
        ],
        { stdio: ['ignore', 'pipe', 'pipe'] },
      ),
    ).raw;
  assert.equal(leafProfileProblem(make('keyUsage=critical,digitalSignature,keyEncipherment', 'extendedKeyUsage=critical,clientAuth')), null);
  assert.equal(leafProfileProblem(make('keyUsage=critical,keyEncipherment')), 'has a key usage without digitalSignature');
  assert.equal(leafProfileProblem(make('1.2.3.4.5=critical,ASN1:NULL')), 'carries an unknown critical extension 1.2.3.4.5');
  assert.equal(leafProfileProblem(make('1.2.3.4.5=ASN1:NULL')), null, 'unknown but not critical');
});
