/**
 * A small, strict BER reader and DER writer for the few CMS structures we touch.
 * Why not pkijs on the hot path: its schema matching parses a device request at ~280/s per core, far below the
 * enrollment target; this walker only slices bytes (no copies) and leaves every cryptographic check to node:crypto.
 */

export class Asn1Error extends Error {
  readonly code = 'ASN1_INVALID';
}

export interface Tlv {
  /** The identifier octet (single-byte tags only: all CMS tags we read fit). */
  tag: number;
  constructed: boolean;
  /** The whole element, header included (for definite lengths: exactly its bytes; for indefinite: up to and including 00 00). */
  raw: Buffer;
  /** The contents (for indefinite lengths: without the end-of-contents octets). */
  body: Buffer;
  /** Whether the length was definite (DER-style). */
  definite: boolean;
}

const MAX_DEPTH = 24;
/** More elements than any CMS structure we read holds (OCTET STRING chunks excepted: octets() walks those itself). */
const MAX_CHILDREN = 1024;

/** Where the element at `off` starts its contents and where it ends (after the end-of-contents octets when indefinite). */
interface Extent {
  tag: number;
  start: number;
  end: number;
  definite: boolean;
}

/** Measures one element without allocating: indefinite lengths are walked to their end-of-contents, depth-limited. */
function extent(buf: Buffer, off: number, depth: number): Extent {
  if (depth > MAX_DEPTH) throw new Asn1Error('ASN.1 nesting too deep');
  if (off + 2 > buf.length) throw new Asn1Error('truncated ASN.1 element');
  const tag = buf[off];
  if ((tag & 0x1f) === 0x1f) throw new Asn1Error('multi-byte ASN.1 tags are not expected here');
  let p = off + 1;
  const l0 = buf[p++];
  if (l0 === 0x80) {
    if (!(tag & 0x20)) throw new Asn1Error('indefinite length on a primitive element');
    let q = p;
    for (;;) {
      if (q + 2 > buf.length) throw new Asn1Error('truncated indefinite-length element (no end-of-contents)');
      if (buf[q] === 0 && buf[q + 1] === 0) break;
      q = extent(buf, q, depth + 1).end;
    }
    return { tag, start: p, end: q + 2, definite: false };
  }
  let len: number;
  if (l0 < 0x80) len = l0;
  else {
    const n = l0 & 0x7f;
    if (n > 4) throw new Asn1Error('ASN.1 length too large');
    if (p + n > buf.length) throw new Asn1Error('truncated ASN.1 length');
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + buf[p++];
  }
  if (p + len > buf.length) throw new Asn1Error('truncated ASN.1 element');
  return { tag, start: p, end: p + len, definite: true };
}

/** Read one element at `off` of `buf`. Throws Asn1Error on anything malformed or truncated. */
export function readTlv(buf: Buffer, off = 0, depth = 0): Tlv {
  const e = extent(buf, off, depth);
  const bodyEnd = e.definite ? e.end : e.end - 2;
  return { tag: e.tag, constructed: (e.tag & 0x20) !== 0, raw: buf.subarray(off, e.end), body: buf.subarray(e.start, bodyEnd), definite: e.definite };
}

/** The children of a constructed element. */
export function children(t: Tlv, depth = 0): Tlv[] {
  if (!t.constructed) throw new Asn1Error(`expected a constructed element, got tag 0x${t.tag.toString(16)}`);
  const out: Tlv[] = [];
  let q = 0;
  while (q < t.body.length) {
    if (out.length === MAX_CHILDREN) throw new Asn1Error(`more than ${MAX_CHILDREN} elements in one ASN.1 structure`);
    const c = readTlv(t.body, q, depth + 1);
    out.push(c);
    q += c.raw.length;
  }
  return out;
}

export function expectTag(t: Tlv | undefined, tag: number, what: string): Tlv {
  if (!t) throw new Asn1Error(`${what}: missing`);
  if (t.tag !== tag) throw new Asn1Error(`${what}: expected tag 0x${tag.toString(16)}, got 0x${t.tag.toString(16)}`);
  return t;
}

/**
 * OCTET STRING contents, joining the chunks of a constructed (BER) one. Chunks are measured, then copied once:
 * a body of 20,000 one-byte chunks costs two walks, not 20,000 element objects.
 */
export function octets(t: Tlv): Buffer {
  if (t.tag === 0x04) return t.body;
  if (t.tag !== 0x24) throw new Asn1Error(`expected an OCTET STRING, got tag 0x${t.tag.toString(16)}`);
  const chunks = (visit: (b: Buffer, start: number, end: number) => void) => {
    const walk = (b: Buffer, from: number, to: number, depth: number): void => {
      for (let q = from; q < to; ) {
        const e = extent(b, q, depth);
        if (e.end > to) throw new Asn1Error('an OCTET STRING chunk past its parent');
        if (e.tag === 0x04) visit(b, e.start, e.end);
        else if (e.tag === 0x24) walk(b, e.start, e.definite ? e.end : e.end - 2, depth + 1);
        else throw new Asn1Error(`expected an OCTET STRING chunk, got tag 0x${e.tag.toString(16)}`);
        q = e.end;
      }
    };
    walk(t.body, 0, t.body.length, 1);
  };
  let total = 0;
  chunks((_b, s, e) => {
    total += e - s;
  });
  const out = Buffer.allocUnsafe(total);
  let at = 0;
  chunks((b, s, e) => {
    at += b.copy(out, at, s, e);
  });
  return out;
}

/** Dotted OID text of an OBJECT IDENTIFIER element. */
export function oid(t: Tlv): string {
  if (t.tag !== 0x06 || t.body.length === 0) throw new Asn1Error('expected an OBJECT IDENTIFIER');
  const b = t.body;
  const parts: number[] = [];
  let v = 0;
  for (let i = 0; i < b.length; i++) {
    // X.690 8.19.2: a subidentifier never starts with 0x80 (OpenSSL refuses the padding too)
    if (v === 0 && b[i] === 0x80) throw new Asn1Error('OID subidentifier with leading 0x80 padding');
    v = v * 128 + (b[i] & 0x7f);
    if (v > Number.MAX_SAFE_INTEGER / 256) throw new Asn1Error('OID arc too large');
    if (!(b[i] & 0x80)) {
      if (parts.length === 0) {
        const first = v < 80 ? Math.floor(v / 40) : 2;
        parts.push(first, v - first * 40);
      } else parts.push(v);
      v = 0;
    } else if (i === b.length - 1) throw new Asn1Error('truncated OID');
  }
  return parts.join('.');
}

// ---- DER writer ----

function lengthBytes(n: number): Buffer {
  if (n < 0x80) return Buffer.from([n]);
  const bytes: number[] = [];
  while (n > 0) {
    bytes.unshift(n & 0xff);
    n = Math.floor(n / 256);
  }
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

/** One DER element from a tag and its contents. */
export function der(tag: number, ...content: Buffer[]): Buffer {
  const body = content.length === 1 ? content[0] : Buffer.concat(content);
  return Buffer.concat([Buffer.from([tag]), lengthBytes(body.length), body]);
}

export function derOid(dotted: string): Buffer {
  const arcs = dotted.split('.').map(Number);
  const out: number[] = [];
  const enc = (v: number) => {
    const stack = [v & 0x7f];
    v = Math.floor(v / 128);
    while (v > 0) {
      stack.unshift((v & 0x7f) | 0x80);
      v = Math.floor(v / 128);
    }
    out.push(...stack);
  };
  enc(arcs[0] * 40 + arcs[1]);
  for (const a of arcs.slice(2)) enc(a);
  return der(0x06, Buffer.from(out));
}

export const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  sha1: '1.3.14.3.2.26',
  sha256: '2.16.840.1.101.3.4.2.1',
  sha384: '2.16.840.1.101.3.4.2.2',
  sha512: '2.16.840.1.101.3.4.2.3',
  rsaEncryption: '1.2.840.113549.1.1.1',
  sha1WithRSA: '1.2.840.113549.1.1.5',
  sha256WithRSA: '1.2.840.113549.1.1.11',
  sha384WithRSA: '1.2.840.113549.1.1.12',
  sha512WithRSA: '1.2.840.113549.1.1.13',
  ecdsaWithSHA1: '1.2.840.10045.4.1',
  ecdsaWithSHA256: '1.2.840.10045.4.3.2',
  ecdsaWithSHA384: '1.2.840.10045.4.3.3',
  ecdsaWithSHA512: '1.2.840.10045.4.3.4',
  subjectKeyIdentifier: '2.5.29.14',
} as const;

/** Fields of an X.509 certificate we need without a full parse: raw issuer/subject Names, serial, and SKI. */
export interface CertFields {
  serial: Buffer;
  issuer: Buffer;
  subject: Buffer;
  ski?: Buffer;
}

export function certFields(certDer: Buffer): CertFields {
  const cert = readTlv(certDer);
  const [tbs] = children(expectTag(cert, 0x30, 'Certificate'));
  const f = children(expectTag(tbs, 0x30, 'TBSCertificate'));
  let i = 0;
  if (f[0]?.tag === 0xa0) i++; // [0] version
  const serial = expectTag(f[i++], 0x02, 'serialNumber').body;
  i++; // signature AlgorithmIdentifier
  const issuer = expectTag(f[i++], 0x30, 'issuer').raw;
  i++; // validity
  const subject = expectTag(f[i++], 0x30, 'subject').raw;
  let ski: Buffer | undefined;
  const ext = f.find((x) => x.tag === 0xa3);
  if (ext) {
    for (const e of children(children(ext)[0])) {
      const parts = children(e);
      if (oid(parts[0]) === OID.subjectKeyIdentifier) ski = readTlv(octets(parts[parts.length - 1])).body;
    }
  }
  return { serial, issuer, subject, ski };
}
