import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareOsVersions, decide, majorFromBuild, parseOsVersion, platformOf, type DecideConfig, type DeviceRecord } from '../../src/enroll/decide.ts';
import type { MachineInfo } from '../../src/enroll/machineinfo.ts';

const cfg = (o: Partial<DecideConfig> = {}): DecideConfig => ({
  minimum_os: {},
  allow_unknown_serials: false,
  below_minimum_cannot_update: 'serve',
  identity_type: 'scep',
  has_fallback_identity: false,
  ...o,
});
const dev = (o: Partial<DeviceRecord> = {}): DeviceRecord => ({ token: 'main', serial_number: 'C02XXXXXXXXX', os: 'OSX', device_family: 'Mac', ...o });
const mi = (o: Partial<MachineInfo> = {}): MachineInfo => ({ UDID: 'U-1', SERIAL: 'C02XXXXXXXXX', PRODUCT: 'Mac14,2', VERSION: '23A344', ...o });

test('B.7 worked example: macOS 14.0 below 14.3 (23D56), can update → exact 403 body', () => {
  const d = decide({
    machineInfo: mi({ OS_VERSION: '14.0', VERSION: '23A344', SOFTWARE_UPDATE_DEVICE_ID: 'J413AP', MDM_CAN_REQUEST_SOFTWARE_UPDATE: true, LANGUAGE: 'en-US' }),
    device: dev(),
    config: cfg({ minimum_os: { macOS: { version: '14.3', build: '23D56' } } }),
  });
  assert.equal(d.decision, 'os_update_required');
  assert.equal(d.status, 403);
  assert.equal(
    JSON.stringify((d as { body: unknown }).body),
    '{"code":"com.apple.softwareupdate.required","description":"Device must be updated to 14.3","details":{"OSVersion":"14.3","BuildVersion":"23D56"}}',
  );
  // Without a configured build, no BuildVersion.
  const d2 = decide({
    machineInfo: mi({ OS_VERSION: '14.0', MDM_CAN_REQUEST_SOFTWARE_UPDATE: true }),
    device: dev(),
    config: cfg({ minimum_os: { macOS: { version: '14.3' } } }),
  });
  assert.equal(
    JSON.stringify((d2 as { body: unknown }).body),
    '{"code":"com.apple.softwareupdate.required","description":"Device must be updated to 14.3","details":{"OSVersion":"14.3"}}',
  );
});

const table: {
  name: string;
  mi: Partial<MachineInfo>;
  device?: DeviceRecord | null;
  cfg?: Partial<DecideConfig>;
  want: string;
  code?: string;
  reason?: RegExp;
  identity?: string;
}[] = [
  { name: 'known device, no minimum', mi: { OS_VERSION: '14.2' }, want: 'served', reason: /^ok$/ },
  { name: 'no OS_VERSION with an OS_VERSION-era build: version unknown, served', mi: {}, want: 'served', reason: /OS version unknown/ },
  { name: 'unknown serial', mi: {}, device: null, want: 'refused', code: 'adesync.unknown_device' },
  { name: 'unknown serial allowed', mi: {}, device: null, cfg: { allow_unknown_serials: true }, want: 'served' },
  { name: 'deleted device', mi: {}, device: dev({ deleted_at: '2026-01-01T00:00:00Z' }), want: 'refused', code: 'adesync.unknown_device', reason: /removed/ },
  {
    name: 'at the minimum',
    mi: { OS_VERSION: '14.3', MDM_CAN_REQUEST_SOFTWARE_UPDATE: true },
    cfg: { minimum_os: { macOS: { version: '14.3' } } },
    want: 'served',
  },
  {
    name: '16.10 > 16.9 (numeric)',
    mi: { PRODUCT: 'iPhone15,2', OS_VERSION: '16.10', MDM_CAN_REQUEST_SOFTWARE_UPDATE: true },
    cfg: { minimum_os: { iOS: { version: '16.9' } } },
    want: 'served',
  },
  {
    name: '16.9 < 16.10',
    mi: { PRODUCT: 'iPhone15,2', OS_VERSION: '16.9', MDM_CAN_REQUEST_SOFTWARE_UPDATE: true },
    cfg: { minimum_os: { iOS: { version: '16.10' } } },
    want: 'os_update_required',
  },
  {
    name: 'RSR (a) counts above base',
    mi: { PRODUCT: 'iPhone15,2', OS_VERSION: '17.4', SUPPLEMENTAL_OS_VERSION_EXTRA: '(a)', MDM_CAN_REQUEST_SOFTWARE_UPDATE: true },
    cfg: { minimum_os: { iOS: { version: '17.4 (a)' } } },
    want: 'served',
  },
  {
    name: 'base below its RSR',
    mi: { PRODUCT: 'iPhone15,2', OS_VERSION: '17.4', MDM_CAN_REQUEST_SOFTWARE_UPDATE: true },
    cfg: { minimum_os: { iOS: { version: '17.4 (a)' } } },
    want: 'os_update_required',
  },
  {
    name: 'below, cannot update, serve',
    mi: { OS_VERSION: '14.0' },
    cfg: { minimum_os: { macOS: { version: '14.3' } } },
    want: 'served',
    reason: /below minimum 14\.3; device cannot request an update; served per policy/,
  },
  {
    name: 'below, cannot update, refuse',
    mi: { OS_VERSION: '14.0', MDM_CAN_REQUEST_SOFTWARE_UPDATE: false },
    cfg: { minimum_os: { macOS: { version: '14.3' } }, below_minimum_cannot_update: 'refuse' },
    want: 'refused',
    code: 'adesync.os_below_minimum',
  },
  {
    name: 'minimum for another platform does not apply',
    mi: { OS_VERSION: '14.0', MDM_CAN_REQUEST_SOFTWARE_UPDATE: true },
    cfg: { minimum_os: { iOS: { version: '18.0' } } },
    want: 'served',
  },
  {
    name: 'pre-iOS 17 (no OS_VERSION), major below, policy refuse',
    mi: { PRODUCT: 'iPad4,1', VERSION: '15A5278f', MDM_CAN_REQUEST_SOFTWARE_UPDATE: true },
    device: dev({ os: 'iOS' }),
    cfg: { minimum_os: { iPadOS: { version: '16.0' } }, below_minimum_cannot_update: 'refuse' },
    want: 'refused',
    code: 'adesync.os_below_minimum',
  },
  {
    name: 'pre-iOS 17, never a 403 update request even when it claims it can',
    mi: { PRODUCT: 'iPad4,1', VERSION: '15A5278f', MDM_CAN_REQUEST_SOFTWARE_UPDATE: true },
    cfg: { minimum_os: { iPadOS: { version: '16.0' } } },
    want: 'served',
    reason: /11\.x below minimum/,
  },
  {
    name: 'pre-iOS 17, same major: benefit of the doubt',
    mi: { PRODUCT: 'iPhone14,2', VERSION: '20G75' },
    cfg: { minimum_os: { iOS: { version: '16.4' } }, below_minimum_cannot_update: 'refuse' },
    want: 'served',
  },
  {
    name: 'unreadable build: minimum not checked',
    mi: { PRODUCT: 'iPhone14,2', VERSION: 'weird' },
    cfg: { minimum_os: { iOS: { version: '16.4' } }, below_minimum_cannot_update: 'refuse' },
    want: 'served',
    reason: /not checked/,
  },
  {
    name: 'platform from the device record when PRODUCT is new',
    mi: { PRODUCT: 'Gizmo1,1', OS_VERSION: '17.0', MDM_CAN_REQUEST_SOFTWARE_UPDATE: true },
    device: dev({ os: 'iOS' }),
    cfg: { minimum_os: { iOS: { version: '18.0' } } },
    want: 'os_update_required',
  },
  { name: 'ACME on macOS 14: primary', mi: { OS_VERSION: '14.0' }, cfg: { identity_type: 'acme' }, want: 'served', identity: 'primary' },
  {
    name: 'ACME on macOS 13.0 with fallback',
    mi: { PRODUCT: 'MacBookPro18,1', OS_VERSION: '13.0', VERSION: '22A380' },
    cfg: { identity_type: 'acme', has_fallback_identity: true },
    want: 'served',
    identity: 'fallback',
  },
  {
    name: 'ACME on macOS 13 (build only, minor unknown) without fallback',
    mi: { PRODUCT: 'VirtualMac2,1', VERSION: '22A380' },
    cfg: { identity_type: 'acme' },
    want: 'refused',
    code: 'adesync.acme_unsupported_os',
  },
  {
    name: 'ACME on iOS 16 (build only): proven',
    mi: { PRODUCT: 'iPhone14,2', VERSION: '20G75' },
    cfg: { identity_type: 'acme' },
    want: 'served',
    identity: 'primary',
  },
  {
    name: 'ACME on iPadOS 15 with fallback',
    mi: { PRODUCT: 'iPad13,18', VERSION: '19H12' },
    cfg: { identity_type: 'acme', has_fallback_identity: true },
    want: 'served',
    identity: 'fallback',
  },
  { name: 'ACME on tvOS 17', mi: { PRODUCT: 'AppleTV11,1', OS_VERSION: '17.2' }, cfg: { identity_type: 'acme' }, want: 'served', identity: 'primary' },
  { name: 'ACME on visionOS', mi: { PRODUCT: 'RealityDevice14,1', OS_VERSION: '1.1' }, cfg: { identity_type: 'acme' }, want: 'served', identity: 'primary' },
];

for (const t of table) {
  test(`decide: ${t.name}`, () => {
    const d = decide({ machineInfo: mi(t.mi), device: t.device === null ? undefined : (t.device ?? dev()), config: cfg(t.cfg), profileRule: 'macs' });
    assert.equal(d.decision, t.want, d.reason);
    assert.equal(d.status, t.want === 'served' ? 200 : 403);
    assert.equal(d.profileRule, 'macs');
    if (t.code) assert.equal((d as { body: { code: string } }).body.code, t.code);
    if (t.reason) assert.match(d.reason, t.reason);
    if (t.identity) assert.equal((d as { identity: string }).identity, t.identity);
    if (d.decision === 'refused') assert.ok(d.body.message.length > 10);
  });
}

test('platforms from PRODUCT, versions, builds', () => {
  assert.equal(platformOf('iPhone5,1'), 'iOS');
  assert.equal(platformOf('iPod9,1'), 'iOS');
  assert.equal(platformOf('iPad13,18'), 'iPadOS');
  assert.equal(platformOf('Mac14,7'), 'macOS');
  assert.equal(platformOf('MacBookPro18,1'), 'macOS');
  assert.equal(platformOf('iMac21,1'), 'macOS');
  assert.equal(platformOf('VirtualMac2,1'), 'macOS');
  assert.equal(platformOf('AppleTV14,1'), 'tvOS');
  assert.equal(platformOf('RealityDevice14,1'), 'visionOS');
  assert.equal(platformOf('Watch7,1'), undefined);
  assert.equal(platformOf('Watch7,1', 'OSX'), 'macOS');
  const v = (s: string) => parseOsVersion(s)!;
  assert.ok(compareOsVersions(v('16.10'), v('16.9')) > 0);
  assert.ok(compareOsVersions(v('17'), v('17.0.0')) === 0);
  assert.ok(compareOsVersions(v('16.1 (a)'), v('16.1')) > 0);
  assert.ok(compareOsVersions(v('16.1(b)'), v('16.1 (a)')) > 0);
  assert.ok(compareOsVersions(v('16.1 (a)'), v('16.1.1')) < 0);
  assert.equal(parseOsVersion('seventeen'), undefined);
  assert.deepEqual(majorFromBuild('15A5278f', 'iPadOS')?.parts, [11]);
  assert.deepEqual(majorFromBuild('22A380', 'macOS')?.parts, [13]);
  assert.deepEqual(majorFromBuild('19H15', 'macOS')?.parts, [10, 15]);
  assert.equal(majorFromBuild('23A344', 'iOS'), undefined, 'OS_VERSION-era builds are not guessed');
});
