// enrollment.login.allow as a table: who may enroll which device after a login (src/auth/policy.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mayEnroll, type DeviceFacts, type LoginAllow } from '../../src/auth/policy.ts';
import type { AuthUser } from '../../src/auth/types.ts';

const user = (o: Partial<AuthUser> = {}): AuthUser => ({ issuer: 'https://idp.example', subject: 'u1', email: 'ann@example.com', groups: ['staff'], ...o });
const mac: DeviceFacts = { family: 'Mac', token: 'main' };

const rows: [string, LoginAllow | undefined, AuthUser, DeviceFacts, boolean | undefined, boolean][] = [
  ['no allow: anyone the IdP logged in', undefined, user({ groups: [] }), {}, undefined, true],
  ['group listed, user in it', { groups: ['staff'] }, user(), mac, undefined, true],
  ['group listed, user not in it', { groups: ['admins'] }, user(), mac, undefined, false],
  ['group names are exact (case)', { groups: ['Staff'] }, user(), mac, undefined, false],
  ['domain listed, email in it', { email_domains: ['example.com'] }, user({ groups: [] }), mac, true, true],
  ['domain compare ignores case', { email_domains: ['EXAMPLE.com'] }, user({ email: 'ann@Example.COM', groups: [] }), mac, undefined, true],
  ['domain listed, email unverified', { email_domains: ['example.com'] }, user({ groups: [] }), mac, false, false],
  ['domain is the whole domain, not a suffix', { email_domains: ['example.com'] }, user({ email: 'x@evilexample.com', groups: [] }), mac, true, false],
  ['subdomain is not the domain', { email_domains: ['example.com'] }, user({ email: 'x@sub.example.com', groups: [] }), mac, true, false],
  ['no email, domain rule only', { email_domains: ['example.com'] }, user({ email: undefined, groups: [] }), mac, undefined, false],
  ['group OR domain: group alone suffices', { groups: ['staff'], email_domains: ['other.org'] }, user(), mac, undefined, true],
  ['group OR domain: domain alone suffices', { groups: ['admins'], email_domains: ['example.com'] }, user(), mac, true, true],
  ['device family listed', { device_families: ['Mac'] }, user(), mac, undefined, true],
  ['device family not listed', { device_families: ['iPad'] }, user(), mac, undefined, false],
  ['device family unknown (OTA)', { device_families: ['Mac'] }, user(), {}, undefined, false],
  ['token listed', { tokens: ['main'] }, user(), mac, undefined, true],
  ['token not listed', { tokens: ['school'] }, user(), mac, undefined, false],
  ['device and user both must hold: device fails', { groups: ['staff'], device_families: ['iPhone'] }, user(), mac, undefined, false],
  ['device and user both must hold: user fails', { groups: ['admins'], device_families: ['Mac'] }, user(), mac, undefined, false],
  ['device and user both hold', { groups: ['staff'], device_families: ['Mac'], tokens: ['main'] }, user(), mac, undefined, true],
];

for (const [name, allow, u, device, verified, expected] of rows)
  test(`policy: ${name}`, () => {
    const v = mayEnroll(u, allow, device, verified);
    assert.equal(v.allow, expected, JSON.stringify(v));
    if (!v.allow) assert.ok(v.reason.length > 10, 'a refusal says why');
  });
