import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Asn1Error, certFields, children, der, derOid, octets, oid, readTlv, type Tlv } from '../../src/cms/asn1.ts';
import { cmsSign, makeTestPki, openssl } from './testpki.ts';
import { readFileSync } from 'node:fs';

const hex = (s: string): Buffer => Buffer.from(s.replace(/\s+/g, ''), 'hex');
const asn1Fails = (fn: () => unknown, re: RegExp) => assert.throws(fn, (e: unknown) => e instanceof Asn1Error && re.test(e.message), re.source);

/** Reads an element and everything under it, as the verifier would; only Asn1Error may come out. */
function walk(t: Tlv, depth = 0): number {
  if (!t.constructed) return 1;
  if (t.tag === 0x24) {
    octets(t);
    return 1;
  }
  return 1 + children(t, depth).reduce((n, c) => n + walk(c, depth + 1), 0);
}

test('lengths: long form up to 4 bytes is read, over 4 bytes refused; truncated lengths and contents refused', () => {
  assert.equal(readTlv(hex('04 84 00 00 00 01 41')).body.toString(), 'A');
  assert.equal(readTlv(hex('04 81 01 41')).body.toString(), 'A');
  asn1Fails(() => readTlv(hex('04 85 00 00 00 00 01 41')), /length too large/);
  asn1Fails(() => readTlv(hex('04 88 00 00 00 00 00 00 00 01 41')), /length too large/);
  asn1Fails(() => readTlv(hex('04 84 ff ff ff ff 41')), /truncated/);
  asn1Fails(() => readTlv(hex('04 83 00 00')), /truncated ASN.1 length/);
  asn1Fails(() => readTlv(hex('04')), /truncated/);
  asn1Fails(() => readTlv(hex('1f 01 00')), /multi-byte/);
});

test('indefinite lengths: refused on primitives, end-of-contents required, read on constructed', () => {
  asn1Fails(() => readTlv(hex('04 80 41 00 00')), /indefinite length on a primitive/);
  asn1Fails(() => readTlv(hex('02 80 01 00 00')), /indefinite length on a primitive/);
  asn1Fails(() => readTlv(hex('30 80 05 00')), /no end-of-contents/);
  asn1Fails(() => readTlv(hex('30 80 30 80 05 00 00 00')), /no end-of-contents/);
  asn1Fails(() => readTlv(hex('30 80 05')), /truncated/);
  const t = readTlv(hex('30 80 05 00 30 80 00 00 00 00 ff'));
  assert.equal(t.definite, false);
  assert.equal(t.raw.length, 10);
  assert.deepEqual(
    children(t).map((c) => c.tag),
    [0x05, 0x30],
  );
  // a constructed OCTET STRING of chunks, nested and mixed definite/indefinite, joins in order
  assert.equal(octets(readTlv(hex('24 80 04 01 41 24 06 04 01 42 04 01 43 24 80 04 01 44 00 00 00 00'))).toString(), 'ABCD');
  asn1Fails(() => octets(readTlv(hex('24 80 04 01 41 02 01 00 00 00'))), /OCTET STRING chunk/);
  asn1Fails(() => octets(readTlv(hex('30 03 04 01 41'))), /expected an OCTET STRING/);
});

test('depth: 25 nested levels are read (0–24), the 26th is refused, in readTlv, children and octets', () => {
  const nest = (n: number, open: string, leaf: string) => hex(open.repeat(n) + leaf + '0000'.repeat(n));
  assert.doesNotThrow(() => readTlv(nest(24, '3080', '0500'))); // 24 indefinite levels + the leaf at depth 24
  asn1Fails(() => readTlv(nest(25, '3080', '0500')), /nesting too deep/);
  asn1Fails(() => readTlv(nest(200, '3080', '0500')), /nesting too deep/);
  assert.equal(octets(readTlv(nest(23, '2480', '040141'))).toString(), 'A');
  asn1Fails(() => octets(readTlv(nest(30, '2480', '040141'))), /nesting too deep/);
  // definite nesting 1000 deep: a definite length is read without descending; a walk that passes its depth down stops at 25
  let b = hex('0500');
  for (let i = 0; i < 1000; i++) b = der(0x30, b);
  assert.equal(readTlv(b).raw.length, b.length);
  asn1Fails(() => walk(readTlv(b)), /nesting too deep/);
  let ok: Buffer = hex('0500');
  for (let i = 0; i < 24; i++) ok = der(0x30, ok);
  assert.equal(walk(readTlv(ok)), 25);
});

test('children: at most 1024 elements in one structure', () => {
  assert.equal(children(readTlv(der(0x30, Buffer.from('0500'.repeat(1024), 'hex')))).length, 1024);
  asn1Fails(() => children(readTlv(der(0x30, Buffer.from('0500'.repeat(1025), 'hex')))), /more than 1024/);
});

test('OIDs round-trip; truncated and oversized arcs are refused', () => {
  for (const o of ['1.2.840.113549.1.7.2', '2.16.840.1.101.3.4.2.1', '1.3.14.3.2.26', '2.999.1', '0.0']) assert.equal(oid(readTlv(derOid(o))), o);
  asn1Fails(() => oid(readTlv(hex('06 02 2a 86'))), /truncated OID/);
  asn1Fails(() => oid(readTlv(hex('06 00'))), /OBJECT IDENTIFIER/);
  asn1Fails(() => oid(readTlv(Buffer.concat([hex('06 0b'), Buffer.alloc(10, 0xff), hex('01')]))), /arc too large/);
});

const pki = makeTestPki();
const content = Buffer.from('<?xml version="1.0"?><plist><dict><key>SERIAL</key><string>X</string></dict></plist>');
const samples = {
  der: cmsSign(pki, content),
  ber_stream: cmsSign(pki, Buffer.concat([content, Buffer.alloc(5000, 0x20)]), { stream: true }),
  noattr_sha1: cmsSign(pki, content, { md: 'sha1', noattr: true }),
};

test('the reader agrees with openssl asn1parse on the element tree of real CMS (DER and streamed BER)', () => {
  for (const [name, bytes] of Object.entries(samples)) {
    const ours: string[] = [];
    const visit = (t: Tlv, d: number) => {
      ours.push(`${d}:${t.tag.toString(16)}`);
      if (t.constructed && t.tag !== 0x24) for (const c of children(t)) visit(c, d + 1);
      else if (t.tag === 0x24) for (const c of children(t)) visit(c, d + 1);
    };
    visit(readTlv(bytes), 0);
    // openssl prints "d=N hl=H l=L cons|prim: TYPE"; end-of-contents lines are not elements
    const theirs = openssl(['asn1parse', '-inform', 'DER'], bytes)
      .toString()
      .split('\n')
      .filter((l) => /d=\d+/.test(l) && !/EOC/.test(l))
      .map((l) => l.match(/d=\s*(\d+)/)![1]);
    assert.deepEqual(
      ours.map((x) => x.split(':')[0]),
      theirs,
      name,
    );
  }
  // the joined content of the streamed one is the signed content
  const fields = certFields(Buffer.from(openssl(['x509', '-outform', 'DER', '-in', pki.leaf.cert])));
  assert.ok(fields.serial.length > 0 && fields.issuer[0] === 0x30 && fields.subject[0] === 0x30);
  assert.ok(readFileSync(pki.leaf.cert).length > 0);
});

test('truncation at every byte of a DER and a streamed BER CMS: each prefix refused with Asn1Error, never another error, never a hang', () => {
  for (const [name, full] of Object.entries(samples)) {
    const t0 = performance.now();
    for (let n = 0; n < full.length; n++) {
      const prefix = full.subarray(0, n);
      assert.throws(
        () => walk(readTlv(prefix)),
        (e: unknown) => e instanceof Asn1Error,
        `${name}: prefix of ${n} bytes`,
      );
    }
    assert.ok(performance.now() - t0 < 20_000, `${name}: ${full.length} prefixes took ${(performance.now() - t0).toFixed(0)} ms`);
    assert.equal(walk(readTlv(full)) > 10, true);
  }
});
