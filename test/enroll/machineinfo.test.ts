import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { looksLikePlist, MachineInfoError, parseMachineInfo } from '../../src/enroll/machineinfo.ts';
import { fixture } from '../helpers/tmp.ts';
import { machineInfoXml } from '../cms/testpki.ts';

const good = { UDID: '00008101-001938611EE9001E', SERIAL: 'G4NQM9HHK0', PRODUCT: 'iPad13,18', VERSION: '21E236', OS_VERSION: '17.4',
  SUPPLEMENTAL_BUILD_VERSION: '21E236', SUPPLEMENTAL_OS_VERSION_EXTRA: '', IMEI: '35 000000 000000 0', MEID: '', LANGUAGE: 'en-US',
  MDM_CAN_REQUEST_SOFTWARE_UPDATE: true, SOFTWARE_UPDATE_DEVICE_ID: 'J307AP' };

test('the real 2017 iPad MachineInfo parses', () => {
  const m = parseMachineInfo(readFileSync(fixture('device-requests/ipad-machineinfo-2017-decoded.plist')));
  assert.deepEqual(m, { UDID: '00000000000000000000000000000000', SERIAL: 'BLXLN1111111', PRODUCT: 'iPad4,1', VERSION: '15A5278f', LANGUAGE: 'en-AU' });
});

test('XML and binary plists give the same MachineInfo; unknown keys are ignored', () => {
  for (const fmt of ['xml', 'binary'] as const) {
    const bytes = machineInfoXml({ ...good, PAIRING_TOKEN_X: 'x', Nested: { a: [1, 2] } }, fmt);
    assert.ok(looksLikePlist(bytes));
    assert.deepEqual(parseMachineInfo(bytes), good);
  }
});

test('missing keys, wrong types, hostile shapes → MachineInfoError with a reason', () => {
  const bad: [Record<string, unknown> | Buffer, RegExp][] = [
    [{ ...good, SERIAL: undefined }, /lacks the required key SERIAL/],
    [{ ...good, UDID: 12 }, /UDID must be a string/],
    [{ ...good, MDM_CAN_REQUEST_SOFTWARE_UPDATE: 'yes' }, /must be a boolean/],
    [{ ...good, OS_VERSION: ['17'] }, /OS_VERSION must be a string/],
    [{ ...good, SERIAL: "X'; DROP TABLE" }, /SERIAL must be/],
    [{ ...good, VERSION: 'x'.repeat(300) }, /1–256/],
    [{ ...good, Deep: [[[[[[[[[[[1]]]]]]]]]]] }, /nests deeper/],
    [Buffer.from('<?xml version="1.0"?><!DOCTYPE plist [<!ENTITY a "aaaa">]><plist><dict><key>UDID</key><string>&a;</string></dict></plist>'), /entities/],
    [Buffer.from('<?xml version="1.0"?><plist><array><string>x</string></array></plist>'), /must be a plist dictionary/],
    [Buffer.from('<?xml version="1.0"?><plist><dict><key>UDID</key>'), /not a valid plist/],
    [Buffer.from('bplist00\x00\x01garbage'), /not a valid plist/],
  ];
  for (const [input, re] of bad) {
    const bytes = Buffer.isBuffer(input) ? input : machineInfoXml(JSON.parse(JSON.stringify(input)));
    assert.throws(() => parseMachineInfo(bytes), (e: unknown) => e instanceof MachineInfoError && re.test(e.message), re.source);
  }
});
