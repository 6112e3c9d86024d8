import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkManifest, checkPssoProfile, loadPssoAssets, PssoConfigError } from '../../src/auth/psso-assets.ts';
import { ProfileSigner } from '../../src/cms/sign.ts';
import type { PssoConfig } from '../../src/config/schema.ts';
import { cmsSign, machineInfoXml, makeTestPki, openssl } from '../cms/testpki.ts';
import { tempDir } from '../helpers/tmp.ts';
import { MANIFEST, SSO_PAYLOAD, ssoProfile, writePssoFiles } from './psso-fixtures.ts';

const pki = makeTestPki();
const dir = tempDir();

const fails = (f: () => void, re: RegExp) =>
  assert.throws(f, (e: unknown) => {
    assert.ok(e instanceof PssoConfigError, String(e));
    assert.match(e.message, re);
    return true;
  });

test('the ExtensibleSSO profile check: each defect named with its key, file and fix', () => {
  checkPssoProfile(ssoProfile(), 'ok.mobileconfig');
  checkPssoProfile(machineInfoXml({ PayloadType: 'Configuration', PayloadContent: [SSO_PAYLOAD] }, 'binary'), 'binary.mobileconfig');
  const p = (payload: Record<string, unknown>) => ssoProfile(payload);
  const { EnableRegistrationDuringSetup: _, ...noReg } = SSO_PAYLOAD.PlatformSSO;
  const { TeamIdentifier: __, ...noTeam } = SSO_PAYLOAD;
  fails(
    () => checkPssoProfile(p({ ...SSO_PAYLOAD, PlatformSSO: noReg }), 'a.mobileconfig'),
    /^enrollment\.psso\.profile_file: a\.mobileconfig: .*add <key>EnableRegistrationDuringSetup<\/key><true\/>/,
  );
  fails(() => checkPssoProfile(p({ ...SSO_PAYLOAD, PlatformSSO: { ...noReg, EnableRegistrationDuringSetup: false } }), 'a'), /EnableRegistrationDuringSetup/);
  fails(() => checkPssoProfile(p({ ...SSO_PAYLOAD, PlatformSSO: 'x' }), 'a'), /EnableRegistrationDuringSetup/);
  fails(() => checkPssoProfile(p(noTeam), 'a'), /lacks TeamIdentifier \(required on macOS\)/);
  fails(() => checkPssoProfile(p({ ...SSO_PAYLOAD, PayloadType: 'com.apple.mdm' }), 'a'), /no com\.apple\.extensiblesso payload/);
  fails(() => checkPssoProfile(ssoProfile(SSO_PAYLOAD, { PayloadType: 'Profile Service' }), 'a'), /top level must be "Configuration"/);
  fails(() => checkPssoProfile(Buffer.from('not a plist'), 'a'), /is not a property list/);
  fails(() => checkPssoProfile(cmsSign(pki, ssoProfile(), { signer: pki.signer }), 'a'), /already CMS-signed: give the unsigned/);
});

test('the manifest check: a software-package asset at an https URL', () => {
  checkManifest(machineInfoXml(MANIFEST), 'm.plist');
  fails(() => checkManifest(machineInfoXml({ items: [] }), 'm.plist'), /^enrollment\.psso\.package\.manifest_file: m\.plist names no package/);
  const http = structuredClone(MANIFEST);
  http.items[0].assets[0].url = 'http://downloads.example.test/x.pkg';
  fails(() => checkManifest(machineInfoXml(http), 'm.plist'), /must be an https:\/\/ URL/);
});

test('loadPssoAssets signs the profile’s exact bytes with enrollment.signing (openssl verifies) and reads pinning certificates as DER', () => {
  const files = writePssoFiles(dir);
  const cfg = {
    profile_file: files.profile,
    package: { manifest_file: files.manifest, pinning_cert_files: [pki.signer.root, pki.signer.chain], pinning_revocation_check_required: false },
  } as PssoConfig;
  const a = loadPssoAssets(cfg, ProfileSigner.fromFiles({ cert_file: pki.signer.cert, key_file: pki.signer.key, chain_files: [pki.signer.chain] }));
  const f = join(dir, 'signed.der');
  writeFileSync(f, a.signedProfile);
  const content = openssl(['cms', '-verify', '-inform', 'DER', '-in', f, '-CAfile', pki.signer.root, '-purpose', 'any']);
  assert.deepEqual(content, ssoProfile());
  assert.equal(a.pinningCerts.length, 2);
  assert.equal(Buffer.from(a.pinningCerts[0], 'base64')[0], 0x30, 'DER');
  fails(() => loadPssoAssets({ ...cfg, profile_file: join(dir, 'missing') }, {} as ProfileSigner), /^enrollment\.psso\.profile_file: cannot read .*ENOENT/);
  fails(
    () => loadPssoAssets({ ...cfg, package: { ...cfg.package, pinning_cert_files: [files.manifest] } }, {} as ProfileSigner),
    /^enrollment\.psso\.package\.pinning_cert_files: .*not a PEM or DER certificate/,
  );
});
