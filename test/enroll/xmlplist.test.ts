import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as plist from 'plist';
import { parseXmlPlist } from '../../src/enroll/xmlplist.ts';
import { MACHINEINFO_LIMITS, PlistLimitError, PlistSyntaxError, type PlistLimits } from '../../src/enroll/plistlimits.ts';
import { fixture } from '../helpers/tmp.ts';
import { openssl } from '../cms/testpki.ts';

const WIDE: PlistLimits = { maxObjects: 100_000, maxBytes: 1 << 24, maxDepth: 24, maxString: 1 << 20, maxData: 1 << 20 };
const real = [
  readFileSync(fixture('device-requests/ipad-machineinfo-2017-decoded.plist'), 'utf8'),
  openssl(['cms', '-verify', '-noverify', '-binary', '-inform', 'DER', '-in', fixture('device-requests/macos-vm-ota-phase2.p7s')]).toString('utf8'),
];

test('every prefix of the real MachineInfo captures is refused with PlistSyntaxError, quickly', () => {
  for (const doc of real) {
    const end = doc.indexOf('</plist>') + '</plist>'.length;
    assert.ok(end > 100);
    const t0 = performance.now();
    for (let n = 0; n < end; n++) {
      assert.throws(
        () => parseXmlPlist(doc.slice(0, n), MACHINEINFO_LIMITS),
        (e: unknown) => e instanceof PlistSyntaxError,
        `prefix of ${n} characters`,
      );
    }
    assert.ok(performance.now() - t0 < 20_000);
    assert.doesNotThrow(() => parseXmlPlist(doc.slice(0, end), MACHINEINFO_LIMITS));
  }
});

test('depth: 24 nested containers are read under maxDepth 24, 25 refused; MachineInfo allows 8', () => {
  const nest = (n: number) => `<plist>${'<array>'.repeat(n)}<true/>${'</array>'.repeat(n)}</plist>`;
  assert.doesNotThrow(() => parseXmlPlist(nest(24), WIDE));
  assert.throws(
    () => parseXmlPlist(nest(25), WIDE),
    (e: unknown) => e instanceof PlistLimitError && e.limit === 'maxDepth',
  );
  assert.doesNotThrow(() => parseXmlPlist(nest(8), MACHINEINFO_LIMITS));
  assert.throws(
    () => parseXmlPlist(nest(9), MACHINEINFO_LIMITS),
    (e: unknown) => e instanceof PlistLimitError && e.limit === 'maxDepth',
  );
  // refused as the 25th opens, not after reading the rest: a deep unclosed document is a limit error, not a syntax one
  assert.throws(
    () => parseXmlPlist(`<plist>${'<array>'.repeat(100_000)}`, WIDE),
    (e: unknown) => e instanceof PlistLimitError,
  );
});

test('every type reads as plist (npm) reads it, and the real captures read the same', () => {
  const doc = `<?xml version="1.0" encoding="UTF-8"?><plist version="1.0"><dict>
    <key>s</key><string>a &amp; b &lt;c&gt; \u00e9\u4e2d</string><key>i</key><integer>-42</integer><key>big</key><integer>9007199254740991</integer>
    <key>r</key><real>3.5e2</real><key>t</key><true/><key>f</key><false/><key>d</key><date>2024-05-01T12:00:00Z</date>
    <key>x</key><data>
      QUJD
      REVG
    </data><key>e</key><data></data><key>a</key><array><string/><dict/><array/></array><key>cd</key><string><![CDATA[<raw>]]></string>
  </dict></plist>`;
  const norm = (v: unknown): unknown =>
    v instanceof Uint8Array
      ? `hex:${Buffer.from(v).toString('hex')}`
      : v instanceof Date
        ? `date:${v.toISOString()}`
        : Array.isArray(v)
          ? v.map(norm)
          : v && typeof v === 'object'
            ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, norm(x)]))
            : v;
  const ours = parseXmlPlist(doc, MACHINEINFO_LIMITS) as Record<string, unknown>;
  assert.deepEqual(norm(ours), norm(plist.parse(doc)));
  assert.equal((ours.x as Buffer).toString(), 'ABCDEF');
  for (const d of real) assert.deepEqual(norm(parseXmlPlist(d, MACHINEINFO_LIMITS)), norm(plist.parse(d)));
});
