import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { APPLE_ASSET_FILES, APPLE_FINGERPRINTS, loadAppleDeviceTrust, TrustConfigError } from '../../src/cms/verify.ts';
import { fixture, tempDir } from '../helpers/tmp.ts';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

// The fingerprints exactly as printed in apple-ade-protocol.md B.3.2.
const SPEC_B32 = {
  'Apple iPhone Device CA': '76:F2:7D:00:E1:33:3B:C8:8D:E0:E2:91:6C:38:C9:A7:F2:B7:57:74:C2:5A:79:4C:09:2A:80:E3:C4:C6:6C:CE',
  'Apple iPhone Certification Authority': 'E4:E2:93:6D:3C:07:6E:C4:AE:A8:AC:37:27:75:24:95:0C:A0:05:89:4B:39:BB:A2:D3:47:FA:33:15:5A:E5:FA',
  'Apple Root CA': 'B0:B1:73:0E:CB:C7:FF:45:05:14:2C:49:F1:29:5E:6E:DA:6B:CA:ED:7E:2C:68:C5:BE:91:B5:A1:10:01:F0:24',
};

test('the shipped Apple CA certificates have the fingerprints and names of spec B.3.2', () => {
  const files = [APPLE_ASSET_FILES.deviceCa, APPLE_ASSET_FILES.iPhoneCa, APPLE_ASSET_FILES.root];
  const names = Object.keys(SPEC_B32) as (keyof typeof SPEC_B32)[];
  files.forEach((f, i) => {
    const c = new X509Certificate(readFileSync(f));
    assert.equal(c.fingerprint256, SPEC_B32[names[i]], f);
    assert.match(c.subject, new RegExp(`CN=${names[i]}$`));
  });
  assert.deepEqual(Object.values(APPLE_FINGERPRINTS), Object.values(SPEC_B32));
});

test('the shipped files are our own encoding, not copies of the fixtures', () => {
  const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
  const fixtures = [fixture('apple-ca/apple-iphone-device-ca-fullchain.pem'), fixture('apple-ca/apple-root-ca.cer')].map((f) => sha(readFileSync(f)));
  for (const f of Object.values(APPLE_ASSET_FILES)) assert.ok(!fixtures.includes(sha(readFileSync(f))), f);
});

test('the Apple chain checks out (signatures, no dates) and an altered asset is refused', () => {
  const t = loadAppleDeviceTrust();
  assert.equal(t.path.length, 3);
  assert.ok(new Date(t.path[0].validTo) < new Date('2015-01-01'), 'the Device CA is expired, and still accepted');
  const dir = tempDir();
  const fake = join(dir, 'fake.pem');
  writeFileSync(fake, readFileSync(APPLE_ASSET_FILES.iPhoneCa)); // right file format, wrong certificate
  assert.throws(
    () => loadAppleDeviceTrust({ ...APPLE_ASSET_FILES, deviceCa: fake }),
    (e: unknown) => e instanceof TrustConfigError && /altered/.test(e.message),
  );
});

test('genuine device leaves from the fixtures are issued by the shipped Device CA', () => {
  const t = loadAppleDeviceTrust();
  for (const f of ['apple-ca/device-leaf-2018.pem', 'apple-ca/device-leaf-appletv-2024.pem']) {
    const leaf = new X509Certificate(readFileSync(fixture(f)));
    assert.ok(leaf.checkIssued(t.pinned) && leaf.verify(t.pinned.publicKey), f);
  }
});
