/**
 * Verifying a device-signed CMS SignedData (MachineInfo, B.3 / B.3.2).
 *
 * Apple's device chain cannot pass a date-checking path builder (the Device CA expired in 2014), so we do what Apple's own
 * policy does: signature checks only, no dates. The leaf must be issued by the pinned "Apple iPhone Device CA" (issuer name
 * AND key); the pinned CA → intermediates → root path is checked once, when the trust is loaded.
 */
import { X509Certificate, createHash, verify as cryptoVerify, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Asn1Error, OID, certFields, children, expectTag, octets, oid, readTlv, type Tlv } from './asn1.ts';

export type DeviceSignatureCode =
  | 'CMS_MALFORMED' // not parseable as the SignedData we expect → 400
  | 'CMS_UNSUPPORTED' // well-formed, but an algorithm/shape we do not accept → 400
  | 'CMS_BAD_SIGNATURE' // signature or messageDigest does not match → 403
  | 'CMS_UNTRUSTED'; // signer not issued by the pinned device CA → 403

export class DeviceSignatureError extends Error {
  constructor(
    readonly code: DeviceSignatureCode,
    message: string,
  ) {
    super(message);
  }
  get status(): number {
    return this.code === 'CMS_MALFORMED' || this.code === 'CMS_UNSUPPORTED' ? 400 : 403;
  }
}

/** SHA-256 fingerprints (colon hex) of the three Apple CAs we ship in assets/apple (spec B.3.2). */
export const APPLE_FINGERPRINTS = {
  deviceCa: '76:F2:7D:00:E1:33:3B:C8:8D:E0:E2:91:6C:38:C9:A7:F2:B7:57:74:C2:5A:79:4C:09:2A:80:E3:C4:C6:6C:CE',
  iPhoneCa: 'E4:E2:93:6D:3C:07:6E:C4:AE:A8:AC:37:27:75:24:95:0C:A0:05:89:4B:39:BB:A2:D3:47:FA:33:15:5A:E5:FA',
  root: 'B0:B1:73:0E:CB:C7:FF:45:05:14:2C:49:F1:29:5E:6E:DA:6B:CA:ED:7E:2C:68:C5:BE:91:B5:A1:10:01:F0:24',
} as const;

/** assets/apple sits beside src/ and dist/ alike. */
const APPLE_ASSETS_DIR = fileURLToPath(new URL('../../assets/apple/', import.meta.url));
export const APPLE_ASSET_FILES = {
  deviceCa: APPLE_ASSETS_DIR + 'apple-iphone-device-ca.pem',
  iPhoneCa: APPLE_ASSETS_DIR + 'apple-iphone-certification-authority.pem',
  root: APPLE_ASSETS_DIR + 'apple-root-ca.pem',
} as const;

export class TrustConfigError extends Error {
  readonly code = 'DEVICE_TRUST_INVALID';
}

/** Every certificate in a PEM file (any number of blocks, comments allowed) or a single DER file. */
export function readCertificates(path: string): X509Certificate[] {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new TrustConfigError(`cannot read certificate file ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const text = bytes.toString('latin1');
  const blocks = text.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g);
  try {
    if (blocks) return blocks.map((b) => new X509Certificate(b));
    return [new X509Certificate(bytes)];
  } catch (e) {
    throw new TrustConfigError(`${path}: not a PEM or DER certificate (${(e as Error).message})`);
  }
}

export interface DeviceTrust {
  /** The CA that must issue every device leaf. */
  pinned: X509Certificate;
  /** DER of the pinned CA's subject Name: compared byte for byte with the leaf's issuer. */
  pinnedSubject: Buffer;
  /** pinned → … → root, as checked. */
  path: X509Certificate[];
  /** True only for the shipped Apple chain with matching fingerprints. */
  apple: boolean;
}

/** Check pinned → chain[0] → … → a self-signed root, by signatures only (no dates: B.3.2). */
function checkPath(path: X509Certificate[], label: string): void {
  for (let i = 0; i < path.length; i++) {
    const cert = path[i];
    const issuer = path[i + 1] ?? cert;
    if (!cert.ca) throw new TrustConfigError(`${label}: "${cert.subject.replace(/\n/g, ', ')}" is not a CA certificate`);
    if (!cert.checkIssued(issuer) || !cert.verify(issuer.publicKey)) {
      throw new TrustConfigError(
        i + 1 < path.length
          ? `${label}: "${cert.subject.replace(/\n/g, ', ')}" is not signed by "${issuer.subject.replace(/\n/g, ', ')}": list chain_files in order from the pinned CA up to its root`
          : `${label}: the last certificate "${cert.subject.replace(/\n/g, ', ')}" is not a self-signed root: add the remaining certificates up to the root to chain_files`,
      );
    }
  }
}

function pinnedSubjectDer(cert: X509Certificate): Buffer {
  return Buffer.from(certFields(cert.raw).subject);
}

/** The production trust: the three Apple CAs shipped in assets/apple, each pinned by fingerprint. */
export function loadAppleDeviceTrust(files = APPLE_ASSET_FILES): DeviceTrust {
  const load = (path: string, want: string, name: string) => {
    const [c] = readCertificates(path);
    if (c.fingerprint256 !== want)
      throw new TrustConfigError(`${path}: fingerprint ${c.fingerprint256} is not ${name}'s (${want}): the shipped file was altered`);
    return c;
  };
  const path = [
    load(files.deviceCa, APPLE_FINGERPRINTS.deviceCa, 'Apple iPhone Device CA'),
    load(files.iPhoneCa, APPLE_FINGERPRINTS.iPhoneCa, 'Apple iPhone Certification Authority'),
    load(files.root, APPLE_FINGERPRINTS.root, 'Apple Root CA'),
  ];
  checkPath(path, 'Apple device CA chain');
  return { pinned: path[0], pinnedSubject: pinnedSubjectDer(path[0]), path, apple: true };
}

export interface DeviceCaConfig {
  pinned_ca_file: string;
  chain_files: string[];
  i_understand_this_is_not_apple: true;
}

/**
 * Apple's trust when `cfg` is absent; otherwise the configured (non-Apple) anchor, which requires the explicit
 * acknowledgement and is announced at warn level by the caller at every start.
 */
export function loadDeviceTrust(cfg?: DeviceCaConfig): DeviceTrust {
  if (!cfg) return loadAppleDeviceTrust();
  if (cfg.i_understand_this_is_not_apple !== true) {
    throw new TrustConfigError('enrollment.device_ca: set i_understand_this_is_not_apple: true to trust a non-Apple device CA (tests and demos only)');
  }
  const pinnedCerts = readCertificates(cfg.pinned_ca_file);
  if (pinnedCerts.length !== 1)
    throw new TrustConfigError(`${cfg.pinned_ca_file}: expected exactly one certificate (the pinned device CA), found ${pinnedCerts.length}`);
  const path = [pinnedCerts[0], ...cfg.chain_files.flatMap((f) => readCertificates(f))];
  checkPath(path, 'enrollment.device_ca');
  const apple = path[0].fingerprint256 === APPLE_FINGERPRINTS.deviceCa;
  return { pinned: path[0], pinnedSubject: pinnedSubjectDer(path[0]), path, apple };
}

const CMS_PREFIX_OID = Buffer.from([0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x02]);

/** True when the bytes start like a CMS ContentInfo holding SignedData (30 80 / 30 8x …, then the OID). Never looks at Content-Type. */
export function looksLikeSignedData(b: Uint8Array): boolean {
  if (b.length < 2 + CMS_PREFIX_OID.length || b[0] !== 0x30) return false;
  let p: number;
  if (b[1] === 0x80 || b[1] < 0x80) p = 2;
  else {
    const n = b[1] & 0x7f;
    if (n > 4) return false;
    p = 2 + n;
  }
  return Buffer.from(b.buffer, b.byteOffset + p, Math.min(CMS_PREFIX_OID.length, b.length - p)).equals(CMS_PREFIX_OID);
}

/** The (type OID, values) of each Attribute in a SET OF Attribute (signed or unsigned attributes). */
function attributes(set: Tlv): [string, Tlv[]][] {
  return children(set).map((a) => {
    const parts = children(expectTag(a, 0x30, 'Attribute'));
    if (parts.length !== 2) throw new Asn1Error('an Attribute must hold a type and a SET of values');
    return [oid(parts[0]), children(expectTag(parts[1], 0x31, 'Attribute values'))];
  });
}

const DIGESTS: Record<string, string> = { [OID.sha1]: 'sha1', [OID.sha256]: 'sha256', [OID.sha384]: 'sha384', [OID.sha512]: 'sha512' };
/** Signature algorithms accepted, with the digest they imply (undefined: the SignerInfo's digestAlgorithm decides). */
const SIGNATURES: Record<string, string | undefined> = {
  [OID.rsaEncryption]: undefined,
  [OID.sha1WithRSA]: 'sha1',
  [OID.sha256WithRSA]: 'sha256',
  [OID.sha384WithRSA]: 'sha384',
  [OID.sha512WithRSA]: 'sha512',
  [OID.ecdsaWithSHA1]: 'sha1',
  [OID.ecdsaWithSHA256]: 'sha256',
  [OID.ecdsaWithSHA384]: 'sha384',
  [OID.ecdsaWithSHA512]: 'sha512',
};

export interface VerifiedMessage {
  /** The signed content (eContent, chunks joined). */
  content: Buffer;
  digestAlgorithm: string;
  signedAttributes: boolean;
  /** SHA-256 fingerprint (colon hex) and subject of the device leaf. */
  signerFingerprint: string;
  signerSubject: string;
  /** The signer's certificate (DER): OTA phase 3 checks its dates and encrypts to it. */
  signerCertificate: Buffer;
}

interface LeafVerdict {
  ok: true;
  publicKey: KeyObject;
  subject: string;
  fingerprint: string;
  der: Buffer;
}

export interface VerifierOptions {
  cacheSize?: number;
}

/**
 * Verifies device-signed SignedData against one DeviceTrust. Keeps a bounded cache of leaf verdicts by certificate
 * fingerprint so a device retrying (or a burst from one device) costs one hash, not an X.509 parse and RSA verify.
 */
export class DeviceRequestVerifier {
  private readonly cache = new Map<string, LeafVerdict>();
  private readonly wellFormed = new Set<string>();
  private readonly cacheSize: number;
  constructor(
    readonly trust: DeviceTrust,
    opts: VerifierOptions = {},
  ) {
    this.cacheSize = opts.cacheSize ?? 8192;
  }

  verify(bytes: Buffer): VerifiedMessage {
    try {
      return this.verifyInner(bytes);
    } catch (e) {
      if (e instanceof DeviceSignatureError) throw e;
      if (e instanceof Asn1Error || e instanceof RangeError) throw new DeviceSignatureError('CMS_MALFORMED', `malformed CMS: ${e.message}`);
      throw new DeviceSignatureError('CMS_MALFORMED', `malformed CMS: ${(e as Error).message}`);
    }
  }

  private verifyInner(bytes: Buffer): VerifiedMessage {
    const malformed = (m: string) => new DeviceSignatureError('CMS_MALFORMED', m);
    if (!looksLikeSignedData(bytes)) throw malformed('not a CMS SignedData (expected 30 80/30 82 … OID 1.2.840.113549.1.7.2)');
    const ci = readTlv(bytes);
    if (ci.raw.length !== bytes.length) throw malformed(`${bytes.length - ci.raw.length} trailing bytes after the CMS ContentInfo`);
    const [ctype, explicit] = children(expectTag(ci, 0x30, 'ContentInfo'));
    if (oid(ctype) !== OID.signedData) throw malformed('ContentInfo is not SignedData');
    const sdSeq = children(expectTag(explicit, 0xa0, 'ContentInfo content'));
    if (sdSeq.length !== 1) throw malformed('ContentInfo [0] must hold one SignedData');
    const sd = children(expectTag(sdSeq[0], 0x30, 'SignedData'));
    let i = 0;
    expectTag(sd[i++], 0x02, 'SignedData.version');
    // openssl digests the content with every algorithm listed here: an unknown or malformed one fails its verify, so here too
    for (const a of children(expectTag(sd[i++], 0x31, 'SignedData.digestAlgorithms'))) {
      const d = oid(children(expectTag(a, 0x30, 'DigestAlgorithmIdentifier'))[0]);
      if (!DIGESTS[d]) throw new DeviceSignatureError('CMS_UNSUPPORTED', `digest algorithm ${d} is not accepted (SHA-1/256/384/512)`);
    }
    const eci = children(expectTag(sd[i++], 0x30, 'EncapsulatedContentInfo'));
    const eContentType = oid(eci[0]);
    if (eContentType !== OID.data) throw new DeviceSignatureError('CMS_UNSUPPORTED', `eContentType ${eContentType} is not id-data`);
    if (!eci[1]) throw malformed('no attached content (detached signatures are not how devices send MachineInfo)');
    const ec = children(expectTag(eci[1], 0xa0, 'eContent'));
    if (ec.length !== 1) throw malformed('eContent [0] must hold one OCTET STRING');
    const content = octets(ec[0]);
    let certs: Tlv[] = [];
    if (sd[i]?.tag === 0xa0) certs = children(sd[i++]);
    if (sd[i]?.tag === 0xa1) throw new DeviceSignatureError('CMS_UNSUPPORTED', 'revocation information (crls) is not something a device sends');
    const signerInfos = children(expectTag(sd[i++], 0x31, 'SignedData.signerInfos'));
    if (i !== sd.length) throw malformed('unexpected fields after signerInfos');
    if (signerInfos.length !== 1) throw new DeviceSignatureError('CMS_UNSUPPORTED', `expected exactly one signer, found ${signerInfos.length}`);
    if (certs.length === 0) throw new DeviceSignatureError('CMS_UNTRUSTED', 'no certificates in the SignedData: the device certificate must be included');
    if (certs.length > 16) throw malformed('too many certificates');
    for (const c of certs) this.wellFormedCertificate(c);

    const si = children(expectTag(signerInfos[0], 0x30, 'SignerInfo'));
    let j = 0;
    expectTag(si[j++], 0x02, 'SignerInfo.version');
    const sid = si[j++];
    const digestOid = oid(children(expectTag(si[j++], 0x30, 'SignerInfo.digestAlgorithm'))[0]);
    let signedAttrs: Tlv | undefined;
    if (si[j]?.tag === 0xa0) signedAttrs = si[j++];
    const sigOid = oid(children(expectTag(si[j++], 0x30, 'SignerInfo.signatureAlgorithm'))[0]);
    const signature = octets(
      si[j++] ??
        (() => {
          throw malformed('SignerInfo.signature: missing');
        })(),
    );
    if (si[j]?.tag === 0xa1) attributes(si[j++]); // unsignedAttrs: read for shape, not used
    if (j !== si.length) throw malformed('unexpected fields after the SignerInfo signature');

    const hash = DIGESTS[digestOid];
    if (!hash) throw new DeviceSignatureError('CMS_UNSUPPORTED', `digest algorithm ${digestOid} is not accepted (SHA-1/256/384/512)`);
    if (!(sigOid in SIGNATURES)) throw new DeviceSignatureError('CMS_UNSUPPORTED', `signature algorithm ${sigOid} is not accepted (RSA PKCS#1 v1.5 or ECDSA)`);
    const implied = SIGNATURES[sigOid];
    if (implied && implied !== hash) throw new DeviceSignatureError('CMS_UNSUPPORTED', `signature algorithm ${sigOid} does not match digest ${hash}`);

    // Find the signer's certificate by issuer+serial (or subject key identifier).
    let leafDer: Buffer | undefined;
    if (sid?.tag === 0x30) {
      const [iss, ser] = children(sid);
      const serial = expectTag(ser, 0x02, 'sid.serialNumber').body;
      for (const c of certs) {
        const f = certFields(c.raw);
        if (f.serial.equals(serial) && f.issuer.equals(expectTag(iss, 0x30, 'sid.issuer').raw)) {
          leafDer = c.raw;
          break;
        }
      }
    } else if (sid?.tag === 0x80) {
      for (const c of certs)
        if (certFields(c.raw).ski?.equals(sid.body)) {
          leafDer = c.raw;
          break;
        }
    } else throw malformed('SignerInfo.sid: neither issuerAndSerialNumber nor subjectKeyIdentifier');
    if (!leafDer) throw new DeviceSignatureError('CMS_UNTRUSTED', 'the signer certificate is not in the SignedData');

    const leaf = this.leafVerdict(leafDer);

    // What was signed: the DER SET OF signed attributes (tag [0] read as SET), or the content itself.
    let signedBytes: Buffer = content;
    if (signedAttrs) {
      if (!signedAttrs.definite) throw new DeviceSignatureError('CMS_UNSUPPORTED', 'signed attributes must be DER (definite length)');
      signedBytes = Buffer.concat([Buffer.from([0x31]), signedAttrs.raw.subarray(1)]);
      let md: Buffer | undefined;
      let ct: string | undefined;
      let mdCount = 0;
      let ctCount = 0;
      for (const [type, values] of attributes(signedAttrs)) {
        if (type === OID.messageDigest) {
          mdCount++;
          if (values.length !== 1) throw malformed('messageDigest must have one value');
          md = expectTag(values[0], 0x04, 'messageDigest').body;
        }
        if (type === OID.contentType) {
          ctCount++;
          if (values.length !== 1) throw malformed('contentType must have one value');
          ct = oid(values[0]);
        }
      }
      if (mdCount !== 1 || ctCount !== 1)
        throw new DeviceSignatureError('CMS_BAD_SIGNATURE', 'signed attributes must carry exactly one messageDigest and one contentType');
      if (ct !== eContentType) throw new DeviceSignatureError('CMS_BAD_SIGNATURE', 'the signed contentType does not match the content');
      if (!createHash(hash).update(content).digest().equals(md!))
        throw new DeviceSignatureError('CMS_BAD_SIGNATURE', 'messageDigest does not match the content (tampered)');
    }
    let ok = false;
    try {
      ok = cryptoVerify(hash, signedBytes, leaf.publicKey, signature);
    } catch {
      ok = false;
    }
    if (!ok) throw new DeviceSignatureError('CMS_BAD_SIGNATURE', 'the signature does not verify with the signer certificate');
    return {
      content,
      digestAlgorithm: hash,
      signedAttributes: !!signedAttrs,
      signerFingerprint: leaf.fingerprint,
      signerSubject: leaf.subject,
      signerCertificate: leaf.der,
    };
  }

  /**
   * Every entry of the certificate bag is an X.509 certificate that OpenSSL's decoder reads, as `openssl cms -verify`
   * requires; by SHA-256, cached like leaf verdicts (the same few intermediates arrive with every request).
   */
  private wellFormedCertificate(c: Tlv): void {
    if (c.tag !== 0x30)
      throw new DeviceSignatureError('CMS_UNSUPPORTED', `a certificate choice with tag 0x${c.tag.toString(16)} (only X.509 certificates are expected)`);
    const key = createHash('sha256').update(c.raw).digest('hex');
    if (this.wellFormed.has(key)) return;
    try {
      new X509Certificate(c.raw);
    } catch (e) {
      throw new DeviceSignatureError('CMS_MALFORMED', `a certificate in the SignedData does not parse: ${(e as Error).message}`);
    }
    this.wellFormed.add(key);
    if (this.wellFormed.size > this.cacheSize) this.wellFormed.delete(this.wellFormed.values().next().value!);
  }

  /** Leaf → pinned CA: issuer name equal to the pinned subject AND signature by the pinned key. Dates are not checked (B.3.2). */
  private leafVerdict(leafDer: Buffer): LeafVerdict {
    const key = createHash('sha256').update(leafDer).digest('hex');
    const hit = this.cache.get(key);
    if (hit) {
      this.cache.delete(key);
      this.cache.set(key, hit);
      return hit;
    }
    let leaf: X509Certificate;
    try {
      leaf = new X509Certificate(leafDer);
    } catch (e) {
      throw new DeviceSignatureError('CMS_MALFORMED', `the signer certificate does not parse: ${(e as Error).message}`);
    }
    const pinnedName = this.trust.pinned.subject.replace(/\n/g, ', ');
    if (!certFields(leafDer).issuer.equals(this.trust.pinnedSubject)) {
      throw new DeviceSignatureError(
        'CMS_UNTRUSTED',
        `the signer certificate is issued by "${leaf.issuer.replace(/\n/g, ', ')}", not by the pinned "${pinnedName}"`,
      );
    }
    if (leaf.fingerprint256 === this.trust.pinned.fingerprint256 || !leaf.verify(this.trust.pinned.publicKey)) {
      throw new DeviceSignatureError('CMS_UNTRUSTED', `the signer certificate names "${pinnedName}" as issuer but is not signed by its key`);
    }
    const problem = leafProfileProblem(leafDer);
    if (problem) throw new DeviceSignatureError('CMS_UNTRUSTED', `the signer certificate ${problem}`);
    const verdict: LeafVerdict = {
      ok: true,
      publicKey: leaf.publicKey,
      subject: leaf.subject.replace(/\n/g, ', '),
      fingerprint: leaf.fingerprint256,
      der: Buffer.from(leafDer),
    };
    this.cache.set(key, verdict);
    if (this.cache.size > this.cacheSize) this.cache.delete(this.cache.keys().next().value!);
    return verdict;
  }
}

/** Critical extensions a device identity may carry (Apple's leaves: basic constraints, key usage, EKU). */
const KNOWN_CRITICAL = new Set(['2.5.29.19', '2.5.29.15', '2.5.29.37', '2.5.29.17', '2.5.29.32']);

/**
 * A device identity is an end-entity signing key: not a CA, key usage (when present) allows digitalSignature, and no
 * critical extension we do not understand (RFC 5280 §4.2). Read with our DER reader once per leaf (verdicts are
 * cached): pkijs took ~2–10 ms a certificate, paid by every device seen for the first time and every OTA phase 3.
 */
export function leafProfileProblem(der: Buffer): string | null {
  try {
    const [tbs] = children(expectTag(readTlv(der), 0x30, 'Certificate'));
    const ext = children(expectTag(tbs, 0x30, 'TBSCertificate')).find((x) => x.tag === 0xa3);
    for (const e of ext ? children(expectTag(children(ext)[0], 0x30, 'Extensions')) : []) {
      const parts = children(expectTag(e, 0x30, 'Extension'));
      const id = oid(parts[0]);
      const critical = parts.length === 3 && expectTag(parts[1], 0x01, 'Extension.critical').body[0] !== 0;
      const value = readTlv(octets(expectTag(parts[parts.length - 1], 0x04, 'Extension.extnValue')));
      if (id === '2.5.29.19') {
        const [ca] = children(expectTag(value, 0x30, 'BasicConstraints'));
        if (ca?.tag === 0x01 && ca.body[0] !== 0) return 'is a CA certificate (basicConstraints CA:TRUE), not a device identity';
      }
      if (id === '2.5.29.15') {
        const bits = expectTag(value, 0x03, 'KeyUsage').body.subarray(1); // after the unused-bits count
        if (!bits.length || !(bits[0] & 0x80)) return 'has a key usage without digitalSignature';
      }
      if (critical && !KNOWN_CRITICAL.has(id)) return `carries an unknown critical extension ${id}`;
    }
  } catch {
    return 'does not parse as X.509';
  }
  return null;
}
