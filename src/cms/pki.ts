// Certificates made by adesync itself: demo and test PKI (device CA, profile signer, TLS). pkijs, like the rest of our CMS.
import { createHash, webcrypto, X509Certificate } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';

type PkiCryptoKey = Parameters<pkijs.Certificate['sign']>[0];
const engine = () => new pkijs.CryptoEngine({ name: 'node', crypto: webcrypto as unknown as ConstructorParameters<typeof pkijs.CryptoEngine>[0]['crypto'] });
const RSA = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256', publicExponent: new Uint8Array([1, 0, 1]) };

export interface Issued {
  certPem: string;
  keyPem: string;
  cert: X509Certificate;
  privateKey: webcrypto.CryptoKey;
}

export interface IssueOptions {
  /** Subject as [shortName, value] pairs: CN, O, OU, C. */
  subject: [string, string][];
  issuer?: Issued;
  ca?: boolean;
  days?: number;
  bits?: number;
  /** Extended key usages (OIDs): serverAuth 1.3.6.1.5.5.7.3.1, clientAuth …3.2, emailProtection …3.4 */
  eku?: string[];
  /** DNS names and IP addresses for TLS certificates. */
  dns?: string[];
  ips?: string[];
  now?: Date;
}

const ATTR: Record<string, string> = { CN: '2.5.4.3', O: '2.5.4.10', OU: '2.5.4.11', C: '2.5.4.6' };

function name(pairs: [string, string][]) {
  return new pkijs.RelativeDistinguishedNames({
    typesAndValues: pairs.map(
      ([k, v]) =>
        new pkijs.AttributeTypeAndValue({
          type: ATTR[k],
          value: k === 'C' ? new asn1js.PrintableString({ value: v }) : new asn1js.Utf8String({ value: v }),
        }),
    ),
  });
}

function pem(label: string, der: ArrayBuffer | Uint8Array): string {
  const b64 = Buffer.from(der as ArrayBuffer)
    .toString('base64')
    .replace(/.{1,64}/g, '$&\n');
  return `-----BEGIN ${label}-----\n${b64}-----END ${label}-----\n`;
}

/** Issue an RSA certificate: self-signed when no issuer is given. */
export async function issueCertificate(o: IssueOptions): Promise<Issued> {
  const crypto = engine();
  const keys = (await webcrypto.subtle.generateKey({ ...RSA, modulusLength: o.bits ?? 2048 }, true, ['sign', 'verify'])) as webcrypto.CryptoKeyPair;
  const now = o.now ?? new Date();
  const serial = webcrypto.getRandomValues(new Uint8Array(16));
  serial[0] = (serial[0] & 0x7f) | 0x01;
  const cert = new pkijs.Certificate();
  cert.version = 2;
  cert.serialNumber = new asn1js.Integer({ valueHex: serial });
  cert.subject = name(o.subject);
  cert.issuer = o.issuer ? pkijs.Certificate.fromBER(o.issuer.cert.raw).subject : name(o.subject);
  cert.notBefore.value = new Date(now.getTime() - 3600_000);
  cert.notAfter.value = new Date(now.getTime() + (o.days ?? 365) * 86_400_000);
  await cert.subjectPublicKeyInfo.importKey(keys.publicKey as unknown as PkiCryptoKey, crypto);
  const ski = createHash('sha1').update(Buffer.from(cert.subjectPublicKeyInfo.subjectPublicKey.valueBlock.valueHexView)).digest();
  // keyUsage: CA → keyCertSign + cRLSign (0x06); leaf → digitalSignature + keyEncipherment (0xa0)
  const ku = o.ca
    ? new asn1js.BitString({ valueHex: new Uint8Array([0x06]), unusedBits: 1 })
    : new asn1js.BitString({ valueHex: new Uint8Array([0xa0]), unusedBits: 5 });
  cert.extensions = [
    new pkijs.Extension({ extnID: '2.5.29.19', critical: true, extnValue: new pkijs.BasicConstraints({ cA: !!o.ca }).toSchema().toBER(false) }),
    new pkijs.Extension({ extnID: '2.5.29.15', critical: true, extnValue: ku.toBER(false) }),
    new pkijs.Extension({ extnID: '2.5.29.14', critical: false, extnValue: new asn1js.OctetString({ valueHex: Uint8Array.from(ski) }).toBER(false) }),
  ];
  if (o.eku?.length)
    cert.extensions.push(
      new pkijs.Extension({ extnID: '2.5.29.37', critical: false, extnValue: new pkijs.ExtKeyUsage({ keyPurposes: o.eku }).toSchema().toBER(false) }),
    );
  if (o.dns?.length || o.ips?.length) {
    const altNames = [
      ...(o.dns ?? []).map((d) => new pkijs.GeneralName({ type: 2, value: d })),
      ...(o.ips ?? []).map((ip) => new pkijs.GeneralName({ type: 7, value: new asn1js.OctetString({ valueHex: Uint8Array.from(ip.split('.').map(Number)) }) })),
    ];
    cert.extensions.push(
      new pkijs.Extension({ extnID: '2.5.29.17', critical: false, extnValue: new pkijs.GeneralNames({ names: altNames }).toSchema().toBER(false) }),
    );
  }
  await cert.sign((o.issuer?.privateKey ?? keys.privateKey) as unknown as PkiCryptoKey, 'SHA-256', crypto);
  const der = cert.toSchema(true).toBER(false);
  const pkcs8 = await webcrypto.subtle.exportKey('pkcs8', keys.privateKey);
  const certPem = pem('CERTIFICATE', der);
  return { certPem, keyPem: pem('PRIVATE KEY', pkcs8), cert: new X509Certificate(certPem), privateKey: keys.privateKey };
}
