import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { looksLikePlist, MachineInfoError, parseMachineInfo } from '../../src/enroll/machineinfo.ts';
import { fixture } from '../helpers/tmp.ts';
import { machineInfoXml } from '../cms/testpki.ts';

const good = {
  UDID: '00008101-001938611EE9001E',
  SERIAL: 'G4NQM9HHK0',
  PRODUCT: 'iPad13,18',
  VERSION: '21E236',
  OS_VERSION: '17.4',
  SUPPLEMENTAL_BUILD_VERSION: '21E236',
  SUPPLEMENTAL_OS_VERSION_EXTRA: '',
  IMEI: '35 000000 000000 0',
  MEID: '',
  LANGUAGE: 'en-US',
  MDM_CAN_REQUEST_SOFTWARE_UPDATE: true,
  SOFTWARE_UPDATE_DEVICE_ID: 'J307AP',
};

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

test('MDM_CAN_REQUEST_PSSO_CONFIG (macOS 26) is kept, true or false: the Platform SSO gate reads it', () => {
  for (const v of [true, false]) {
    const mi = parseMachineInfo(machineInfoXml({ ...good, PRODUCT: 'Mac16,1', MDM_CAN_REQUEST_PSSO_CONFIG: v }));
    assert.equal(mi.MDM_CAN_REQUEST_PSSO_CONFIG, v);
  }
});

test('missing keys, wrong types, hostile shapes → MachineInfoError with a reason', () => {
  const bad: [Record<string, unknown> | Buffer, RegExp][] = [
    [{ ...good, SERIAL: undefined }, /lacks the required key SERIAL/],
    [{ ...good, UDID: 12 }, /UDID must be a string/],
    [{ ...good, MDM_CAN_REQUEST_SOFTWARE_UPDATE: 'yes' }, /must be a boolean/],
    [{ ...good, MDM_CAN_REQUEST_PSSO_CONFIG: 1 }, /MDM_CAN_REQUEST_PSSO_CONFIG must be a boolean/],
    [{ ...good, OS_VERSION: ['17'] }, /OS_VERSION must be a string/],
    [{ ...good, SERIAL: "X'; DROP TABLE" }, /SERIAL must be/],
    [{ ...good, VERSION: 'x'.repeat(300) }, /1–256/],
    [{ ...good, Deep: [[[[[[[[[[[1]]]]]]]]]]] }, /nesting deeper than 8/],
    [Buffer.from('<?xml version="1.0"?><!DOCTYPE plist [<!ENTITY a "aaaa">]><plist><dict><key>UDID</key><string>&a;</string></dict></plist>'), /entities/],
    [Buffer.from('<?xml version="1.0"?><plist><array><string>x</string></array></plist>'), /must be a plist dictionary/],
    [Buffer.from('<?xml version="1.0"?><plist><dict><key>UDID</key>'), /not a valid plist/],
    [Buffer.from('bplist00\x00\x01garbage'), /not a valid plist/],
  ];
  for (const [input, re] of bad) {
    const bytes = Buffer.isBuffer(input) ? input : machineInfoXml(JSON.parse(JSON.stringify(input)));
    assert.throws(
      () => parseMachineInfo(bytes),
      (e: unknown) => e instanceof MachineInfoError && re.test(e.message),
      re.source,
    );
  }
});

test('MachineInfo XML is read strictly: every structural fault refused, device text kept out of the message', async () => {
  const { parseMachineInfo, MachineInfoError } = await import('../../src/enroll/machineinfo.ts');
  const wrap = (body: string) => Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><plist version="1.0">${body}</plist>`);
  const bad: [string, RegExp][] = [
    ['<dict><key>UDID</key></dict>', /without a value/],
    ['<dict><string>x</string></dict>', /expects a <key>/],
    ['<dict><key>a</key><string>x</dict>', /not a valid plist/],
    ['<dict><key>a</key><foo/></dict>', /unknown element/],
    ['<dict/><dict/>', /more than one value/],
    ['<dict><key>a</key><integer>1.5</integer></dict>', /integer/],
    ['<dict><key>a</key><string>&bogus;</string></dict>', /not a valid plist/],
    ['<dict><key>a</key><data>!!!</data></dict>', /base64/],
    ['<dict><key>a</key><true>x</true></dict>', /text inside/],
    ['<dict><key>a</key><string>x</string><key>\u202e\u00e9vil</key></dict>', /without a value/],
  ];
  for (const [body, re] of bad) {
    assert.throws(
      () => parseMachineInfo(wrap(body)),
      (e: Error) => e instanceof MachineInfoError && re.test(e.message) && /^[\x20-\x7e]*$/.test(e.message),
      body,
    );
  }
  // every value type, CDATA and entities of XML itself are read as plist.parse reads them
  const mi = parseMachineInfo(
    wrap(
      '<dict><key>UDID</key><string>0000-1</string><key>SERIAL</key><string>C02ABC</string><key>PRODUCT</key><string><![CDATA[Mac14,2]]></string>' +
        '<key>VERSION</key><string>23D56</string><key>LANGUAGE</key><string>en &amp; fr</string><key>MDM_CAN_REQUEST_SOFTWARE_UPDATE</key><false/>' +
        '<key>X</key><array><integer>-3</integer><real>1e3</real><date>2024-01-02T03:04:05Z</date><data>AAEC</data><dict/></array></dict>',
    ),
  );
  assert.deepEqual(
    { ...mi },
    { UDID: '0000-1', SERIAL: 'C02ABC', PRODUCT: 'Mac14,2', VERSION: '23D56', LANGUAGE: 'en & fr', MDM_CAN_REQUEST_SOFTWARE_UPDATE: false },
  );
});

test('over the parser limits → MachineInfoError with reason adesync.machineinfo_limit; malformed → adesync.bad_machineinfo', async () => {
  const { fanoutDag, deepNesting } = await import('../proof/plist-families.ts');
  const reasonOf = (b: Buffer) => {
    try {
      parseMachineInfo(b);
      return 'ok';
    } catch (e) {
      assert.ok(e instanceof MachineInfoError);
      return `${e.reason}: ${e.message}`;
    }
  };
  assert.match(reasonOf(fanoutDag(1000, 3)), /^adesync\.machineinfo_limit: MachineInfo is over the parser's limits: more than 256 values/);
  assert.match(reasonOf(deepNesting(20, 'dict')), /^adesync\.machineinfo_limit: .*nesting deeper than 8/);
  const xmlHuge = Buffer.from(`<?xml version="1.0"?><plist><dict>${Array.from({ length: 300 }, (_, i) => `<key>k${i}</key><true/>`).join('')}</dict></plist>`);
  assert.match(reasonOf(xmlHuge), /^adesync\.machineinfo_limit: .*more than 256 values/);
  assert.match(reasonOf(Buffer.from('bplist00')), /^adesync\.bad_machineinfo: MachineInfo is not a valid plist/);
});
