import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pssoStep, tokenMismatch, type PssoInput } from '../../src/auth/psso-policy.ts';
import { enrollmentSchema, type PssoConfig } from '../../src/config/schema.ts';

const psso = (over: Record<string, unknown> = {}): PssoConfig =>
  ({
    enabled: true,
    tokens: [],
    profiles: [],
    unsupported_devices: 'serve',
    message: 'm',
    profile_file: 'p',
    package: { manifest_url: 'https://x.example/m.plist', pinning_cert_files: [], pinning_revocation_check_required: false },
    token_ttl_seconds: 300,
    link_ttl_seconds: 900,
    ...over,
  }) as PssoConfig;
const mi = (o: Record<string, unknown> = {}) =>
  ({ UDID: 'U-1', SERIAL: 'C02A', PRODUCT: 'Mac16,1', VERSION: '25B78', OS_VERSION: '26.1', ...o }) as PssoInput['mi'];
const device = { token: 'main', serial_number: 'C02A', os: 'OSX' };
const T = 'A'.repeat(43);

test('pssoStep: scope, the flag, the bearer token and devices that cannot do Platform SSO (table)', () => {
  const rows: [string, Partial<PssoInput>, string][] = [
    ['off', { config: psso({ enabled: false }), mi: mi({ MDM_CAN_REQUEST_PSSO_CONFIG: true }) }, 'serve'],
    ['no psso section', { config: undefined, mi: mi({ MDM_CAN_REQUEST_PSSO_CONFIG: true }) }, 'serve'],
    ['flag → 403', { mi: mi({ MDM_CAN_REQUEST_PSSO_CONFIG: true }) }, 'require'],
    ['flag wins over a bearer (the re-POST has no flag)', { mi: mi({ MDM_CAN_REQUEST_PSSO_CONFIG: true }), authorization: `Bearer ${T}` }, 'require'],
    ['flag false, macOS 26, no token', { mi: mi({ MDM_CAN_REQUEST_PSSO_CONFIG: false }) }, 'refuse adesync.psso_sign_in_required'],
    ['macOS 27, no token', { mi: mi({ OS_VERSION: '27.0' }) }, 'refuse adesync.psso_sign_in_required'],
    ['bearer', { authorization: `Bearer ${T}` }, `token ${T}`],
    ['bearer, scheme in any case', { authorization: `bearer ${T}` }, `token ${T}`],
    ['bearer too short', { authorization: 'Bearer abc' }, 'refuse adesync.psso_token_invalid'],
    ['not bearer', { authorization: 'Basic dXNlcg==' }, 'refuse adesync.psso_token_invalid'],
    ['empty Authorization', { authorization: '' }, 'refuse adesync.psso_token_invalid'],
    ['macOS 15, no token, serve', { mi: mi({ OS_VERSION: '15.4' }) }, 'serve'],
    ['macOS 15, no token, refuse', { mi: mi({ OS_VERSION: '15.4' }), config: psso({ unsupported_devices: 'refuse' }) }, 'refuse adesync.psso_unsupported'],
    [
      'no OS_VERSION (before 14), refuse',
      { mi: mi({ OS_VERSION: undefined }), config: psso({ unsupported_devices: 'refuse' }) },
      'refuse adesync.psso_unsupported',
    ],
    ['macOS 15 with a bearer: checked all the same', { mi: mi({ OS_VERSION: '15.4' }), authorization: `Bearer ${T}` }, `token ${T}`],
    ['iPhone with the flag', { mi: mi({ PRODUCT: 'iPhone17,1', MDM_CAN_REQUEST_PSSO_CONFIG: true }) }, 'serve'],
    ['unknown product, device record says OSX', { mi: mi({ PRODUCT: 'Xyz1,1', MDM_CAN_REQUEST_PSSO_CONFIG: true }) }, 'require'],
    ['token listed', { config: psso({ tokens: ['main'] }), mi: mi({ MDM_CAN_REQUEST_PSSO_CONFIG: true }) }, 'require'],
    ['token not listed', { config: psso({ tokens: ['labs'] }), mi: mi({ MDM_CAN_REQUEST_PSSO_CONFIG: true }) }, 'serve'],
    ['unknown serial, tokens listed', { config: psso({ tokens: ['main'] }), device: undefined, mi: mi({ MDM_CAN_REQUEST_PSSO_CONFIG: true }) }, 'serve'],
    ['profile listed', { config: psso({ profiles: ['staff'] }), adeProfile: 'staff', mi: mi({ MDM_CAN_REQUEST_PSSO_CONFIG: true }) }, 'require'],
    ['profile not listed', { config: psso({ profiles: ['staff'] }), adeProfile: 'kiosk', mi: mi({ MDM_CAN_REQUEST_PSSO_CONFIG: true }) }, 'serve'],
    ['profile unknown', { config: psso({ profiles: ['staff'] }), mi: mi({ MDM_CAN_REQUEST_PSSO_CONFIG: true }) }, 'serve'],
  ];
  for (const [name, over, want] of rows) {
    const s = pssoStep({ config: psso(), mi: mi(), device, ...over });
    const got = s.step === 'refuse' ? `refuse ${s.code}` : s.step === 'token' ? `token ${s.token}` : s.step;
    assert.equal(got, want, name);
    if (s.step === 'refuse') assert.ok(s.message.length > 20 && s.reason, name);
  }
});

test('tokenMismatch: serial first, then UDID', () => {
  assert.equal(tokenMismatch({ serial_number: 'C02A', udid: 'U-1' }, { SERIAL: 'C02A', UDID: 'U-1' }), undefined);
  assert.match(tokenMismatch({ serial_number: 'C02A', udid: 'U-1' }, { SERIAL: 'C02B', UDID: 'U-1' })!, /serial/);
  assert.match(tokenMismatch({ serial_number: 'C02A', udid: 'U-1' }, { SERIAL: 'C02A', UDID: 'U-2' })!, /UDID/);
});

test('enrollment.psso config: defaults, and errors that name the key and the fix', () => {
  const base = {
    profile: {
      payload_identifier: 'com.example.e',
      identity: { type: 'acme', directory_url: 'https://acme.example.com/d' },
      mdm: { server_url: 'https://mdm.example.com/mdm', topic: 'com.apple.mgmt.External.x' },
    },
    signing: { cert_file: 'c', key_file: 'k' },
    public_url: 'https://mdm.example.com',
  };
  const ok = enrollmentSchema.parse({ ...base, psso: { enabled: true, profile_file: 'p', package: { manifest_file: 'm' } } });
  assert.deepEqual(
    { ...ok.psso, package: undefined },
    {
      enabled: true,
      tokens: [],
      profiles: [],
      unsupported_devices: 'serve',
      message: 'Sign in with your organisation account to continue.',
      profile_file: 'p',
      package: undefined,
      token_ttl_seconds: 300,
      link_ttl_seconds: 900,
    },
  );
  const issues = (e: Record<string, unknown>) => {
    const r = enrollmentSchema.safeParse(e);
    assert.ok(!r.success, JSON.stringify(e));
    return r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };
  const psso = { enabled: true, profile_file: 'p', package: { manifest_file: 'm' } };
  assert.match(issues({ ...base, public_url: undefined, psso })[0], /^psso\.enabled: Platform SSO needs enrollment\.public_url/);
  assert.match(
    issues({ ...base, psso: { ...psso, package: { manifest_file: 'm', manifest_url: 'https://x.example/m' } } })[0],
    /^psso\.package: give exactly one/,
  );
  assert.match(issues({ ...base, psso: { ...psso, package: {} } })[0], /^psso\.package: give exactly one/);
  assert.match(issues({ ...base, psso: { ...psso, package: { manifest_url: 'http://x.example/m' } } })[0], /^psso\.package\.manifest_url: must be an https/);
  assert.match(issues({ ...base, psso: { ...psso, token_ttl_seconds: 601 } })[0], /^psso\.token_ttl_seconds/);
  assert.match(issues({ ...base, psso: { ...psso, unsupported_devices: 'maybe' } })[0], /^psso\.unsupported_devices/);
});
