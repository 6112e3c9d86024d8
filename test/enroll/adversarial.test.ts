// Every parser and regular expression that sees a device's bytes, fed 1 MB strings shaped to make backtracking or
// rescanning blow up. Each must finish far inside a generous bound (2 s for work that takes milliseconds): a bound,
// not a benchmark. The old <data> check (/^[A-Za-z0-9+/\s]*={0,2}\s*$/) took 10 s on 60,000 spaces then "!", and the
// old OS_VERSION pattern as long on "1", 60,000 spaces, "x"; both are linear now.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { compactBase64, parseXmlPlist } from '../../src/enroll/xmlplist.ts';
import { parseBinaryPlist } from '../../src/enroll/bplist.ts';
import { MACHINEINFO_LIMITS, type PlistLimits } from '../../src/enroll/plistlimits.ts';
import { looksLikePlist, parseMachineInfo } from '../../src/enroll/machineinfo.ts';
import { majorFromBuild, parseOsVersion, platformOf } from '../../src/enroll/decide.ts';
import { children, octets, oid, readTlv } from '../../src/cms/asn1.ts';
import { DeviceRequestVerifier, loadDeviceTrust, looksLikeSignedData } from '../../src/cms/verify.ts';
import { enrollmentSchema } from '../../src/config/schema.ts';
import { createEnrollmentServer } from '../../src/enroll/server.ts';
import { openDatabase } from '../../src/store/db.ts';
import { tempDir } from '../helpers/tmp.ts';
import { makeTestPki } from '../cms/testpki.ts';

const MB = 1 << 20;
const BOUND_MS = 2000;
const WIDE: PlistLimits = { maxObjects: 10 * MB, maxBytes: 64 * MB, maxDepth: 1 << 20, maxString: 64 * MB, maxData: 64 * MB };

/** Runs fn (a throw is fine: refusing is an answer) and fails when it took longer than the bound. */
function bounded(what: string, fn: () => unknown, bound = BOUND_MS): void {
  const t0 = performance.now();
  try {
    fn();
  } catch {
    /* refused */
  }
  const ms = performance.now() - t0;
  assert.ok(ms < bound, `${what} took ${ms.toFixed(0)} ms (bound ${bound} ms)`);
}

const sp = (n = MB) => ' '.repeat(n);
const rep = (s: string, n = MB) => s.repeat(Math.ceil(n / s.length));
const plistXml = (inner: string) => `<?xml version="1.0" encoding="UTF-8"?><plist version="1.0">${inner}</plist>`;

const XML_CASES: [string, string][] = [
  ['<data> spaces then !', plistXml(`<data>${sp()}!</data>`)],
  ['<data> spaces then = then !', plistXml(`<data>${sp()}=!</data>`)],
  ['<data> base64 and whitespace runs then !', plistXml(`<data>${rep('AAAA\t\n  \r\n')}!</data>`)],
  ['<data> valid, 1 MB', plistXml(`<data>${rep('QUFB\n')}</data>`)],
  ['<integer> digits then x', plistXml(`<integer>${rep('1')}x</integer>`)],
  ['<real> digits then x', plistXml(`<real>${rep('1')}.${rep('1')}ex</real>`)],
  ['<date> 1 MB', plistXml(`<date>${rep('2024-')}</date>`)],
  ['<string> whitespace', plistXml(`<string>${sp()}</string>`)],
  ['<key> 1 MB', plistXml(`<dict><key>${rep('k')}</key><string>v</string></dict>`)],
  ['100k nested arrays', plistXml(rep('<array>', MB))],
  ['wide array', plistXml(`<array>${rep('<true/>')}</array>`)],
  ['long attribute', `<?xml version="1.0"?><plist version="${rep('a')}"><dict/></plist>`],
  ['long comment of dashes', `<?xml version="1.0"?><!--${rep('-')}<plist><dict/></plist>`],
  ['long DOCTYPE', `<?xml version="1.0"?><!DOCTYPE plist PUBLIC "${rep('x')}" ""><plist><dict/></plist>`],
  ['long tag name', `<?xml version="1.0"?><plist><${rep('a')}/></plist>`],
  ['whitespace between values', plistXml(`<array>${sp()}<true/>${sp()}x</array>`)],
  ['&-references', plistXml(`<string>${rep('&amp;')}</string>`)],
  ['unclosed <', `<?xml version="1.0"?><plist>${rep('<')}`],
  ['text outside values', plistXml(`${sp()}x`)],
];

test('the XML plist reader and MachineInfo: 1 MB adversarial documents each finish inside the bound', () => {
  for (const [what, doc] of XML_CASES) {
    // without the MachineInfo limits saxes reads all 1 MB: ~13 µs an element on a busy machine (linear; the old
    // base64 check would have taken hours on this size), so a wider bound
    bounded(`parseXmlPlist (wide limits): ${what}`, () => parseXmlPlist(doc, WIDE), 3 * BOUND_MS);
    bounded(`parseXmlPlist (MachineInfo limits): ${what}`, () => parseXmlPlist(doc, MACHINEINFO_LIMITS));
    bounded(`parseMachineInfo: ${what}`, () => parseMachineInfo(Buffer.from(doc)));
    bounded(`looksLikePlist: ${what}`, () => looksLikePlist(Buffer.from(doc)));
  }
  bounded('parseMachineInfo: <!ENTITY search over 1 MB', () => parseMachineInfo(Buffer.from(plistXml(rep('<!ENTIT')))));
});

test('the base64 check of <data> is linear and agrees with the old pattern on what is base64', () => {
  for (const s of [sp() + '!', rep(' \t') + '==!', rep('A ') + '=', 'QUFB' + sp() + '==x', rep('=')])
    bounded(`compactBase64 ${JSON.stringify(s.slice(-4))}`, () => compactBase64(s));
  const OLD = /^[A-Za-z0-9+/\s]*={0,2}\s*$/; // the old check, on short strings where it is quick
  const samples = [
    '',
    ' ',
    'QUFB',
    'QU FB\n',
    'QUE=',
    'QQ==',
    'QQ===',
    'Q=Q',
    '=',
    '==',
    ' = = ',
    'QQ== \n',
    '!',
    'QUFB!',
    '\tQ\rQ\n=\f=\v',
    'Q\u00a0Q',
    'QQ==A',
  ];
  for (const s of samples) assert.equal(compactBase64(s) !== undefined, OLD.test(s) && !/\u00a0/.test(s), JSON.stringify(s));
  assert.equal(compactBase64(' QU\nFB\t=\n'), 'QUFB=');
});

test('the binary plist reader: 1 MB adversarial files each finish inside the bound', () => {
  const head = Buffer.from('bplist00');
  const trailer = (count: bigint, top: bigint, table: bigint, off = 1, ref = 1) => {
    const t = Buffer.alloc(32);
    t[6] = off;
    t[7] = ref;
    t.writeBigUInt64BE(count, 8);
    t.writeBigUInt64BE(top, 16);
    t.writeBigUInt64BE(table, 24);
    return t;
  };
  const cases: [string, Buffer][] = [
    ['1 MB of 0xAF markers', Buffer.concat([head, Buffer.alloc(MB, 0xaf), trailer(1n, 0n, 8n)])],
    [
      'an array of 1M refs to itself',
      Buffer.concat([head, Buffer.from([0xaf, 0x12, 0, 0x0f, 0x42, 0x40]), Buffer.alloc(1_000_000, 0), Buffer.from([8]), trailer(1n, 0n, 1_000_014n)]),
    ],
    ['1M-entry offset table', Buffer.concat([head, Buffer.from([0x50]), Buffer.alloc((4 * MB) / 4, 0), trailer(BigInt(MB), 0n, 9n)])],
    ['random bytes', Buffer.concat([head, Buffer.from(Array.from({ length: MB }, (_, i) => (i * 2654435761) >>> 24))])],
  ];
  for (const [what, b] of cases) {
    bounded(`parseBinaryPlist (wide): ${what}`, () => parseBinaryPlist(b, WIDE));
    bounded(`parseMachineInfo: ${what}`, () => parseMachineInfo(b));
  }
});

test('OS version, build and product patterns (decide.ts) are linear on 1 MB strings', () => {
  const inputs = ['1' + sp() + 'x', '1' + sp() + '(a', sp() + '1' + sp() + '!', rep('1.'), rep('1') + '.', '17.4' + sp() + '(' + sp() + 'a)', rep('9')];
  for (const s of inputs) {
    bounded(`parseOsVersion ${JSON.stringify(s.slice(0, 6))}…`, () => parseOsVersion(s, s));
    bounded(`majorFromBuild ${JSON.stringify(s.slice(0, 6))}…`, () => majorFromBuild(s, 'iOS'));
    bounded(`platformOf ${JSON.stringify(s.slice(0, 6))}…`, () => platformOf(s, s));
  }
  // what the rewrite must still read
  assert.deepEqual(parseOsVersion(' 16.1 (a) '), { parts: [16, 1], rsr: 'a', majorOnly: false });
  assert.deepEqual(parseOsVersion('16.1(b)'), { parts: [16, 1], rsr: 'b', majorOnly: false });
  assert.deepEqual(parseOsVersion('17.4', ' (c) '), { parts: [17, 4], rsr: 'c', majorOnly: false });
  assert.equal(parseOsVersion('1' + ' '.repeat(100) + 'x'), undefined);
  assert.equal(parseOsVersion('1.2.3.4.5'), undefined);
});

test('the BER reader and the CMS verifier: 1 MB adversarial DER each finish inside the bound', () => {
  const pki = makeTestPki();
  const verifier = new DeviceRequestVerifier(loadDeviceTrust({ pinned_ca_file: pki.deviceCa, chain_files: [pki.root], i_understand_this_is_not_apple: true }));
  const oidSd = Buffer.from([0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x02]);
  const cases: [string, Buffer][] = [
    ['nested indefinite SEQUENCEs', Buffer.concat([Buffer.from([0x30, 0x80]), oidSd, Buffer.from(rep('\x30\x80', MB), 'latin1')])],
    ['constructed OCTET STRING of 1-byte chunks', Buffer.concat([Buffer.from([0x24, 0x80]), Buffer.from(rep('\x04\x01A', MB), 'latin1'), Buffer.from([0, 0])])],
    ['siblings inside indefinite length', Buffer.concat([Buffer.from([0x30, 0x80]), oidSd, Buffer.from(rep('\x05\x00', MB), 'latin1')])],
    ['OID of 1 MB', Buffer.concat([Buffer.from([0x06, 0x83, 0x10, 0x00, 0x00]), Buffer.alloc(MB, 0x81)])],
    ['long lengths', Buffer.from(rep('\x30\x84\xff\xff\xff\xff', MB), 'latin1')],
  ];
  for (const [what, b] of cases) {
    bounded(`verify: ${what}`, () => verifier.verify(b));
    bounded(`looksLikeSignedData: ${what}`, () => looksLikeSignedData(b));
    bounded(`readTlv/children/octets/oid: ${what}`, () => {
      const t = readTlv(b);
      try {
        octets(t);
      } catch {
        /* not one */
      }
      try {
        oid(t);
      } catch {
        /* not one */
      }
      for (const c of children(t).slice(0, 1000)) {
        try {
          children(c);
        } catch {
          /* primitive */
        }
      }
    });
  }
});

test('x-apple-aspen-deviceinfo: the largest header the server reads, shaped against the base64 check, is answered 400 quickly', {
  timeout: 60_000,
}, async () => {
  const pki = makeTestPki();
  const dir = tempDir();
  writeFileSync(join(dir, 'challenge.txt'), 'c\n');
  const config = enrollmentSchema.parse({
    listen: '127.0.0.1:0',
    allow_unknown_serials: true,
    device_ca: { pinned_ca_file: pki.deviceCa, chain_files: [pki.root], i_understand_this_is_not_apple: true },
    profile: {
      payload_identifier: 'com.example.mdm.enroll',
      display_name: 'Example MDM',
      organization: 'Example Corp',
      trust_cert_files: [pki.signer.root],
      identity: { type: 'scep', url: 'https://mdm.example.com/scep', challenge_file: join(dir, 'challenge.txt'), subject: [[['CN', '%SERIAL%']]] },
      mdm: { server_url: 'https://mdm.example.com/mdm', topic: 'com.apple.mgmt.External.00000000-1111-2222-3333-444444444444' },
    },
    signing: { cert_file: pki.signer.cert, key_file: pki.signer.key, chain_files: [pki.signer.chain] },
  });
  const srv = createEnrollmentServer({ config, db: openDatabase(join(dir, 'a.db')), listen: { host: '127.0.0.1', port: 0 } });
  const { port } = await srv.listen();
  try {
    const N = 90 * 1024;
    for (const h of ['A' + ' '.repeat(N) + '!', 'A' + '\t '.repeat(N / 2) + '=!', rep('QUFB ', N) + '===', 'A' + ' '.repeat(N) + '=']) {
      const t0 = performance.now();
      const status = await new Promise<number>((resolve, reject) => {
        http
          .get({ host: '127.0.0.1', port, path: '/enroll', headers: { 'x-apple-aspen-deviceinfo': h } }, (res) => {
            res.resume();
            res.on('end', () => resolve(res.statusCode!));
          })
          .on('error', reject);
      });
      const ms = performance.now() - t0;
      assert.ok(status >= 400 && status < 500, `header ${JSON.stringify(h.slice(-4))}: ${status}`);
      assert.ok(ms < BOUND_MS, `header ${JSON.stringify(h.slice(-4))} took ${ms.toFixed(0)} ms`);
    }
  } finally {
    await srv.close();
  }
});
