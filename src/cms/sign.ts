/**
 * Signing enrollment profiles as CMS SignedData (C.6): attached content = the exact XML bytes, SHA-256, signed attributes
 * contentType + signingTime + messageDigest, signer certificate and its chain included, DER throughout.
 *
 * Built from a template: the certificate set, signer identifier and algorithm identifiers are encoded once at load; per
 * profile only eContent, messageDigest, signingTime and the signature change. The private-key operation runs on libuv's
 * thread pool (crypto.sign with a callback), so signatures use every core while the event loop keeps serving.
 */
import { type X509Certificate, createHash, createPrivateKey, sign as cryptoSign, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { OID, certFields, der, derOid } from './asn1.ts';
import { readCertificates } from './verify.ts';

export class SigningConfigError extends Error {
  readonly code = 'SIGNING_INVALID';
}

const NULL = Buffer.from([0x05, 0x00]);
const algId = (o: string, params?: Buffer) => der(0x30, derOid(o), ...(params ? [params] : []));
const SHA256_ALG = algId(OID.sha256);

// The three attributes in DER SET OF order (by encoding: lengths 0x18 < 0x1c < 0x2f, so this order is fixed).
const ATTR_CONTENT_TYPE = der(0x30, derOid(OID.contentType), der(0x31, derOid(OID.data)));
const MD_PREFIX = (() => {
  const a = der(0x30, derOid(OID.messageDigest), der(0x31, der(0x04, Buffer.alloc(32))));
  return a.subarray(0, a.length - 32);
})();
const ST_PREFIX = (() => {
  const a = der(0x30, derOid(OID.signingTime), der(0x31, der(0x17, Buffer.alloc(13))));
  return a.subarray(0, a.length - 13);
})();

/** UTCTime YYMMDDHHMMSSZ (RFC 5280: UTCTime through 2049). */
function utcTime(d: Date): Buffer {
  const p = (n: number) => String(n).padStart(2, '0');
  return Buffer.from(
    `${p(d.getUTCFullYear() % 100)}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}Z`,
    'latin1',
  );
}

export interface SigningFiles {
  cert_file: string;
  key_file: string;
  chain_files?: string[];
}

export class ProfileSigner {
  readonly certificate: X509Certificate;
  readonly chain: X509Certificate[];
  private readonly key: KeyObject;
  private readonly certSet: Buffer;
  private readonly sid: Buffer;
  private readonly sigAlg: Buffer;

  constructor(certificate: X509Certificate, key: KeyObject, chain: X509Certificate[] = []) {
    if (!certificate.checkPrivateKey(key))
      throw new SigningConfigError(`the signing key does not belong to the certificate "${certificate.subject.replace(/\n/g, ', ')}"`);
    const type = key.asymmetricKeyType;
    if (type === 'rsa') this.sigAlg = algId(OID.rsaEncryption, NULL);
    else if (type === 'ec') this.sigAlg = algId(OID.ecdsaWithSHA256);
    else throw new SigningConfigError(`signing key type ${type} is not supported: use RSA or ECDSA (P-256/P-384)`);
    this.certificate = certificate;
    this.chain = chain;
    this.key = key;
    const f = certFields(certificate.raw);
    this.sid = der(0x30, f.issuer, der(0x02, f.serial));
    this.certSet = der(0xa0, certificate.raw, ...chain.map((c) => c.raw));
  }

  static fromFiles(files: SigningFiles): ProfileSigner {
    const [cert, ...rest] = readCertificates(files.cert_file);
    const chain = [...rest, ...(files.chain_files ?? []).flatMap((f) => readCertificates(f))];
    let key: KeyObject;
    try {
      key = createPrivateKey(readFileSync(files.key_file));
    } catch (e) {
      throw new SigningConfigError(`cannot load the signing key ${files.key_file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    return new ProfileSigner(cert, key, chain);
  }

  /** The DER SET OF signed attributes for `content` at time `at`. */
  signedAttributes(content: Buffer, at: Date): Buffer {
    const md = createHash('sha256').update(content).digest();
    return der(0x31, ATTR_CONTENT_TYPE, ST_PREFIX, utcTime(at), MD_PREFIX, md);
  }

  private assemble(content: Buffer, attrs: Buffer, signature: Buffer): Buffer {
    const signerInfo = der(
      0x30,
      der(0x02, Buffer.from([1])),
      this.sid,
      SHA256_ALG,
      Buffer.concat([Buffer.from([0xa0]), attrs.subarray(1)]), // [0] IMPLICIT: same bytes, context tag
      this.sigAlg,
      der(0x04, signature),
    );
    const signedData = der(
      0x30,
      der(0x02, Buffer.from([1])),
      der(0x31, SHA256_ALG),
      der(0x30, derOid(OID.data), der(0xa0, der(0x04, content))),
      this.certSet,
      der(0x31, signerInfo),
    );
    return der(0x30, derOid(OID.signedData), der(0xa0, signedData));
  }

  /** Sign on the thread pool. */
  sign(content: Buffer, at = new Date()): Promise<Buffer> {
    const attrs = this.signedAttributes(content, at);
    return new Promise((resolve, reject) => {
      cryptoSign('sha256', attrs, this.key, (err, sig) => (err ? reject(err) : resolve(this.assemble(content, attrs, sig))));
    });
  }

  signSync(content: Buffer, at = new Date()): Buffer {
    const attrs = this.signedAttributes(content, at);
    return this.assemble(content, attrs, cryptoSign('sha256', attrs, this.key));
  }
}
