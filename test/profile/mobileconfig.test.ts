import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { buildEnrollmentProfile, uuidV5, UUID_RE, type ProfileInput } from '../../src/profile/mobileconfig.ts';

/** Parse with python3 plistlib (an independent parser); data values come back as {"$data": base64}. */
function pyParse(xml: Buffer): any {
  const code = `import plistlib,sys,json,base64
def conv(v):
    if isinstance(v, bytes): return {"$data": base64.b64encode(v).decode()}
    if isinstance(v, dict): return {k: conv(x) for k, x in v.items()}
    if isinstance(v, list): return [conv(x) for x in v]
    if isinstance(v, bool): return v
    if isinstance(v, int): return {"$int": v}
    return v
print(json.dumps(conv(plistlib.loads(sys.stdin.buffer.read()))))`;
  return JSON.parse(execFileSync('python3', ['-c', code], { input: xml }).toString());
}

const u = () => randomUUID().toUpperCase();
const rootDer = Buffer.from('3003020101', 'hex');
const interDer = Buffer.from('3003020102', 'hex');
const mdm = {
  server_url: 'https://mdm.example.com/mdm',
  check_in_url: 'https://mdm.example.com/checkin',
  topic: 'com.apple.mgmt.External.00000000-1111-2222-3333-444444444444',
  access_rights: 8191,
  sign_message: true,
  check_out_when_removed: true,
  use_development_apns: false,
  server_capabilities: ['com.apple.mdm.per-user-connections', 'com.apple.mdm.bootstraptoken'],
};
const base = (over: Partial<ProfileInput>): ProfileInput => ({
  payloadIdentifier: 'com.example.mdm.enroll',
  displayName: 'Example MDM Enrollment',
  organization: 'Example Corp & Co <HQ>',
  platform: 'macOS',
  trustCertificates: [
    { der: rootDer, selfSigned: true },
    { der: interDer, selfSigned: false, fileName: 'inter.cer' },
  ],
  identity: {
    type: 'acme',
    directory_url: 'https://mdm.example.com/acme/directory',
    key_type: 'ECSECPrimeRandom',
    key_size: 384,
    hardware_bound: true,
    attest: true,
    subject: [[['O', 'Example']], [['CN', '%SERIAL% %UDID%']]],
    usage_flags: 1,
    extended_key_usage: ['1.3.6.1.5.5.7.3.2'],
  },
  mdm,
  device: { serial: 'C02XXXXXXXXX', udid: '7C6E1A2B-0000-5000-8000-000000000000', product: 'Mac14,2' },
  profileUuid: u(),
  identityUuid: u(),
  acmeClientIdentifier: 'one-time-abc',
  ...over,
});
const int = (n: number) => ({ $int: n });

test('ACME profile: top level, certificates, identity and MDM payload, read back by plistlib', () => {
  const input = base({});
  const p = pyParse(buildEnrollmentProfile(input).xml);
  assert.equal(p.PayloadType, 'Configuration');
  assert.deepEqual(p.PayloadVersion, int(1));
  assert.equal(p.PayloadIdentifier, 'com.example.mdm.enroll');
  assert.equal(p.PayloadUUID, input.profileUuid);
  assert.equal(p.PayloadDisplayName, 'Example MDM Enrollment');
  assert.equal(p.PayloadOrganization, 'Example Corp & Co <HQ>');
  assert.equal(p.PayloadScope, 'System');
  const [root, inter, acme, m] = p.PayloadContent;
  assert.equal(p.PayloadContent.length, 4);
  assert.equal(root.PayloadType, 'com.apple.security.root');
  assert.deepEqual(root.PayloadContent, { $data: rootDer.toString('base64') });
  assert.equal(inter.PayloadType, 'com.apple.security.pkcs1');
  assert.equal(inter.PayloadCertificateFileName, 'inter.cer');
  assert.deepEqual(inter.PayloadContent, { $data: interDer.toString('base64') });
  assert.equal(acme.PayloadType, 'com.apple.security.acme');
  assert.equal(acme.PayloadUUID, input.identityUuid);
  assert.equal(acme.DirectoryURL, 'https://mdm.example.com/acme/directory');
  assert.equal(acme.ClientIdentifier, 'one-time-abc');
  assert.equal(acme.KeyType, 'ECSECPrimeRandom');
  assert.deepEqual(acme.KeySize, int(384));
  assert.equal(acme.HardwareBound, true);
  assert.equal(acme.Attest, true);
  assert.deepEqual(acme.Subject, [[['O', 'Example']], [['CN', 'C02XXXXXXXXX 7C6E1A2B-0000-5000-8000-000000000000']]]);
  assert.deepEqual(acme.UsageFlags, int(1));
  assert.deepEqual(acme.ExtendedKeyUsage, ['1.3.6.1.5.5.7.3.2']);
  assert.equal(m.PayloadType, 'com.apple.mdm');
  assert.equal(m.IdentityCertificateUUID, acme.PayloadUUID);
  assert.equal(m.ServerURL, mdm.server_url);
  assert.equal(m.CheckInURL, mdm.check_in_url);
  assert.equal(m.Topic, mdm.topic);
  assert.deepEqual(m.AccessRights, int(8191));
  assert.equal(m.SignMessage, true);
  assert.equal(m.CheckOutWhenRemoved, true);
  assert.equal(m.UseDevelopmentAPNS, false);
  assert.deepEqual(m.ServerCapabilities, mdm.server_capabilities);
  const ids = p.PayloadContent.map((x: any) => x.PayloadIdentifier);
  assert.equal(new Set(ids).size, ids.length, 'payload identifiers unique');
  for (const x of p.PayloadContent) {
    assert.ok(x.PayloadIdentifier.startsWith('com.example.mdm.enroll.'));
    assert.match(x.PayloadUUID, UUID_RE);
    assert.deepEqual(x.PayloadVersion, int(1));
  }
});

test('stable vs fresh: MDM and certificate payload UUIDs are stable, profile and identity UUIDs are what the caller passed', () => {
  const a = pyParse(buildEnrollmentProfile(base({})).xml);
  const b = pyParse(buildEnrollmentProfile(base({})).xml);
  assert.notEqual(a.PayloadUUID, b.PayloadUUID);
  assert.equal(a.PayloadIdentifier, b.PayloadIdentifier);
  for (const i of [0, 1, 3]) {
    assert.equal(a.PayloadContent[i].PayloadUUID, b.PayloadContent[i].PayloadUUID);
    assert.equal(a.PayloadContent[i].PayloadIdentifier, b.PayloadContent[i].PayloadIdentifier);
  }
  assert.notEqual(a.PayloadContent[2].PayloadUUID, b.PayloadContent[2].PayloadUUID);
  assert.equal(a.PayloadContent[3].PayloadUUID, uuidV5('com.example.mdm.enroll/mdm'));
  // Same input → same bytes (pure).
  const input = base({});
  assert.deepEqual(buildEnrollmentProfile(input).xml, buildEnrollmentProfile(input).xml);
});

test('SCEP profile: nested PayloadContent with the spaced keys; no PayloadScope on iOS', () => {
  const p = pyParse(
    buildEnrollmentProfile(
      base({
        platform: 'iOS',
        trustCertificates: [],
        identity: {
          type: 'scep',
          url: 'https://mdm.example.com/scep',
          name: 'CA-IDENT',
          key_size: 2048,
          key_usage: 5,
          subject: [[['CN', 'MDM Identity %UDID%']]],
          ca_fingerprint_hex: 'a1b2',
        },
        scepChallenge: 'one-time-8c1f',
        acmeClientIdentifier: undefined,
      }),
    ).xml,
  );
  assert.equal(p.PayloadScope, undefined);
  const [scep, m] = p.PayloadContent;
  assert.equal(scep.PayloadType, 'com.apple.security.scep');
  assert.deepEqual(scep.PayloadContent, {
    URL: 'https://mdm.example.com/scep',
    Name: 'CA-IDENT',
    Challenge: 'one-time-8c1f',
    Keysize: int(2048),
    'Key Type': 'RSA',
    'Key Usage': int(5),
    Subject: [[['CN', 'MDM Identity 7C6E1A2B-0000-5000-8000-000000000000']]],
    CAFingerprint: { $data: Buffer.from('a1b2', 'hex').toString('base64') },
  });
  assert.equal(m.IdentityCertificateUUID, scep.PayloadUUID);
});

test('PKCS#12 profile carries the data and password', () => {
  const p12 = Buffer.from('not really a p12');
  const p = pyParse(buildEnrollmentProfile(base({ identity: { type: 'pkcs12', data: p12, password: 'pw' }, acmeClientIdentifier: undefined })).xml);
  const id = p.PayloadContent[2];
  assert.equal(id.PayloadType, 'com.apple.security.pkcs12');
  assert.deepEqual(id.PayloadContent, { $data: p12.toString('base64') });
  assert.equal(id.Password, 'pw');
});

test('bad inputs are refused: lower-case UUIDs, ACME without ClientIdentifier', () => {
  assert.throws(() => buildEnrollmentProfile(base({ profileUuid: randomUUID() })), /upper-case/);
  assert.throws(() => buildEnrollmentProfile(base({ acmeClientIdentifier: undefined })), /ClientIdentifier/);
});

test('the XML writer agrees with plist.parse and plistlib on awkward values, and refuses what XML cannot carry', async () => {
  const { xmlPlist } = await import('../../src/profile/mobileconfig.ts');
  const plist = await import('plist');
  const v = {
    s: 'a & b < c > d " \' é ✓ \t\n',
    empty: '',
    n: 8191,
    z: 0,
    neg: -5,
    t: true,
    f: false,
    d: Buffer.from([0, 1, 2, 255]),
    a: [],
    o: {},
    nested: [{ k: ['x'] }],
  };
  const xml = xmlPlist(v);
  const back = plist.parse(xml) as Record<string, unknown>;
  assert.deepEqual({ ...back, d: Buffer.from(back.d as Uint8Array) }, v);
  const py = pyParse(Buffer.from(xml));
  assert.equal(py.s, v.s);
  assert.deepEqual(py.d, { $data: 'AAEC/w==' });
  assert.throws(() => xmlPlist({ s: 'bell\u0007' }), /XML cannot carry/);
  assert.throws(() => xmlPlist({ n: 1.5 }), /integers/);
  assert.throws(() => xmlPlist({ n: null }), /null/);
});

test('a profile filled from its template is byte for byte the one the builder writes', async () => {
  const { profileTemplate } = await import('../../src/profile/mobileconfig.ts');
  const scep = {
    type: 'scep' as const,
    url: 'https://scep.example.com/scep',
    key_size: 2048,
    key_usage: 5,
    subject: [[['CN', 'dev-%SERIAL%-%PRODUCT%']]] as [string, string][][],
    ca_fingerprint_hex: 'aabb',
  };
  const pkcs12 = { type: 'pkcs12' as const, data: Buffer.from('not really a p12'), password: 'p&ss<w>rd' };
  const kinds: Partial<ProfileInput>[] = [
    {},
    { platform: 'iOS' },
    { platform: undefined, description: 'desc' },
    { identity: scep, acmeClientIdentifier: undefined, scepChallenge: 'chal&<>"\'' },
    { identity: scep, acmeClientIdentifier: undefined },
    { identity: pkcs12, acmeClientIdentifier: undefined },
  ];
  for (const kind of kinds) {
    const fixedInput = base(kind);
    const { device: _d, profileUuid: _p, identityUuid: _i, acmeClientIdentifier, scepChallenge, ...fixed } = fixedInput;
    const fill = profileTemplate(fixed, { acme: acmeClientIdentifier !== undefined, scepChallenge: scepChallenge !== undefined });
    assert.ok(fill, 'a template for an ordinary config');
    for (const device of [
      { serial: 'C02ABC', udid: 'UD-1', product: 'Mac14,2' },
      { serial: 'S&<x>', udid: '"quoted"', product: undefined },
    ]) {
      const input = { ...fixedInput, device, profileUuid: u(), identityUuid: u(), acmeClientIdentifier: acmeClientIdentifier && `id-${device.serial}` };
      assert.equal(fill!(input).toString('utf8'), buildEnrollmentProfile(input).xml.toString('utf8'), JSON.stringify(kind));
    }
    assert.throws(() => fill!({ ...fixedInput, profileUuid: 'lower-case' }), /upper-case UUIDs/);
  }
  // a config value that carries a marker character falls back to the builder
  const odd = base({ organization: 'Odd \uE000 Corp' });
  const { device: _d, profileUuid: _p, identityUuid: _i, acmeClientIdentifier: _a, scepChallenge: _s, ...fixed } = odd;
  assert.equal(profileTemplate(fixed, { acme: true, scepChallenge: false }), undefined);
});

test('placeholders: the user in Subject and SubjectAltName, XML-escaped; without a value the entry is left out; template = builder', async () => {
  const { profileTemplate } = await import('../../src/profile/mobileconfig.ts');
  const { placeholderUser, USER_FIELDS } = await import('../../src/profile/placeholders.ts');
  const subject: [string, string][][] = [[['CN', '{{device.udid}}']], [['OU', '{{user.name}}']], [['O', 'Example']]];
  const san = { rfc822_name: '{{user.email}}', uniform_resource_identifier: 'https://idp.example.com/u/{{user.subject}}', dns_name: '{{device.serial}}.dev' };
  const acme = { ...(base({}).identity as Extract<ProfileInput['identity'], { type: 'acme' }>), subject, subject_alt_name: san };
  const scep = { type: 'scep' as const, url: 'https://scep.example.com/scep', key_size: 2048, key_usage: 5, subject, subject_alt_name: san };
  const users = [
    undefined,
    { issuer: 'https://idp.example.com', subject: 'sub-ada', email: 'ada@example.com', name: 'Ada <Lovelace> & "Co"', groups: [] },
    { issuer: 'https://idp.example.com', subject: 'sub-bob', groups: [] }, // no email, no name claim
  ];
  const got: Record<string, unknown>[] = [];
  for (const identity of [acme, scep]) {
    for (const au of users) {
      const user = placeholderUser(au);
      const input = base({ identity, user, acmeClientIdentifier: identity.type === 'acme' ? 'one-time' : undefined, scepChallenge: undefined });
      const built = buildEnrollmentProfile(input);
      const { device: _d, user: _u, profileUuid: _p, identityUuid: _i, acmeClientIdentifier, scepChallenge: _s, ...fixed } = input;
      const fill = profileTemplate(fixed, { acme: acmeClientIdentifier !== undefined, scepChallenge: false, user: USER_FIELDS.filter((f) => user?.[f]) });
      assert.equal(fill!(input).toString('utf8'), built.xml.toString('utf8'), `${identity.type} ${au?.subject}: template and builder agree`);
      const py = pyParse(built.xml).PayloadContent[2];
      const payload = identity.type === 'acme' ? py : py.PayloadContent;
      got.push({ type: identity.type, user: au?.subject ?? null, Subject: payload.Subject, SubjectAltName: payload.SubjectAltName ?? null });
      if (au?.name) assert.match(built.xml.toString(), /<string>Ada &lt;Lovelace&gt; &amp; "Co"<\/string>/, 'escaped in the XML');
    }
  }
  const udid = '7C6E1A2B-0000-5000-8000-000000000000';
  for (const type of ['acme', 'scep']) {
    assert.deepEqual(
      got.filter((g) => g.type === type),
      [
        { type, user: null, Subject: [[['CN', udid]], [['O', 'Example']]], SubjectAltName: { dNSName: 'C02XXXXXXXXX.dev' } },
        {
          type,
          user: 'sub-ada',
          Subject: [[['CN', udid]], [['OU', 'Ada <Lovelace> & "Co"']], [['O', 'Example']]],
          SubjectAltName: { rfc822Name: 'ada@example.com', dNSName: 'C02XXXXXXXXX.dev', uniformResourceIdentifier: 'https://idp.example.com/u/sub-ada' },
        },
        {
          type,
          user: 'sub-bob',
          Subject: [[['CN', udid]], [['O', 'Example']]],
          SubjectAltName: { dNSName: 'C02XXXXXXXXX.dev', uniformResourceIdentifier: 'https://idp.example.com/u/sub-bob' },
        },
      ],
    );
  }
  // only user entries: a user-less profile carries no SubjectAltName at all (not an empty dict)
  const only = buildEnrollmentProfile(base({ identity: { ...acme, subject_alt_name: { rfc822_name: '{{user.email}}' } } }));
  assert.equal(pyParse(only.xml).PayloadContent[2].SubjectAltName, undefined);
});
