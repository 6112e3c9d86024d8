import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fillPlaceholders, placeholderUser, unknownPlaceholders, userFieldsIn, userMask, type PlaceholderValues } from '../../src/profile/placeholders.ts';

const device = { serial: 'C02SERIAL', udid: 'UDID-1', product: 'Mac14,2' };
const ada: PlaceholderValues['user'] = { email: 'ada@example.com', name: 'Ada Lovelace', subject: 'sub-ada', issuer: 'https://idp.example.com' };

test('fillPlaceholders: each placeholder, both spellings, and the rule for a value without a user (left out: undefined)', () => {
  const cases: [string, PlaceholderValues, string | undefined][] = [
    ['{{user.email}}', { device, user: ada }, 'ada@example.com'],
    ['{{ user.email }}', { device, user: ada }, 'ada@example.com'],
    ['{{user.name}} ({{user.subject}} at {{user.issuer}})', { device, user: ada }, 'Ada Lovelace (sub-ada at https://idp.example.com)'],
    ['{{device.serial}}/{{device.udid}}/{{device.product}}', { device }, 'C02SERIAL/UDID-1/Mac14,2'],
    ['%SERIAL%-%UDID%-%PRODUCT%', { device }, 'C02SERIAL-UDID-1-Mac14,2'],
    ['{{device.product}}', { device: { serial: 'S', udid: 'U' } }, ''], // no product: empty, as %PRODUCT% always was
    ['plain text', { device }, 'plain text'],
    ['{{user.email}}', { device }, undefined], // a plain ADE POST: no user
    ['{{user.email}}', { device, user: { subject: 'sub-bob', issuer: 'https://idp' } }, undefined], // no email claim
    ['{{device.serial}} {{user.name}}', { device, user: { subject: 's', issuer: 'i' } }, undefined], // one missing: all out
    ['{{user.subject}}', { device, user: { subject: 's', issuer: 'i' } }, 's'],
    ['{{user.email}}', { device, user: { email: '', subject: 's', issuer: 'i' } }, undefined], // empty counts as none
    ['{{user.mail}}', { device, user: ada }, '{{user.mail}}'], // unknown: refused at config load, never guessed
  ];
  for (const [value, v, want] of cases) assert.equal(fillPlaceholders(value, v), want, `${value} with ${JSON.stringify(v.user)}`);
});

test('the config check names unknown placeholders; the user fields a value uses', () => {
  assert.deepEqual(unknownPlaceholders('{{user.mail}} and {{device.imei}} and {{user.email}} and %SERIAL%'), ['{{user.mail}}', '{{device.imei}}']);
  assert.deepEqual(unknownPlaceholders('{{}}'), ['{{}}']);
  assert.deepEqual(unknownPlaceholders('{{toString}}'), ['{{toString}}'], 'no prototype keys');
  assert.deepEqual(unknownPlaceholders('no placeholder, {single} braces, %OTHER%'), []);
  assert.deepEqual(userFieldsIn('{{user.email}}-{{device.serial}}-{{user.email}}-{{user.name}}'), ['email', 'name']);
  assert.deepEqual(userFieldsIn('%UDID%'), []);
});

test('placeholderUser: XML-unsafe characters are removed from claims; an empty claim is none; the mask follows', () => {
  assert.equal(placeholderUser(undefined), undefined);
  const u = placeholderUser({ issuer: 'https://idp', subject: 'sub\u0001x', email: '', name: '\u0007\u0008', groups: [] } as never);
  assert.deepEqual(u, { issuer: 'https://idp', subject: 'subx' });
  assert.equal(userMask(u), '0011');
  assert.equal(userMask(undefined), '0000');
  assert.equal(userMask(ada), '1111');
});
