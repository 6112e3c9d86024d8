// The RSA key pair and self-signed certificate an admin uploads to the MDM server record in ABM/ASM (A.2).
// Built with pkijs (already our CMS library): @peculiar/x509 2.2.0 needs a `reflect-metadata` polyfill we do not ship.
import { createHash, webcrypto } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';

export interface TokenKeypair {
  keyPem: string;   // PKCS#8, unencrypted: the daemon must read it unattended
  certPem: string;
  notAfter: Date;
  fingerprintSha256: string;
}

const RSA = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256', publicExponent: new Uint8Array([1, 0, 1]), modulusLength: 2048 };

// A local engine instead of pkijs.setEngine: no global state shared with other modules.
type PkiCryptoKey = Parameters<pkijs.Certificate['sign']>[0];
const engine = () => new pkijs.CryptoEngine({ name: 'node', crypto: webcrypto as unknown as ConstructorParameters<typeof pkijs.CryptoEngine>[0]['crypto'] });

function pem(label: string, der: ArrayBuffer | Uint8Array): string {
  const b64 = Buffer.from(der as ArrayBuffer).toString('base64').replace(/.{1,64}/g, '$&\n');
  return `-----BEGIN ${label}-----\n${b64}-----END ${label}-----\n`;
}

function rdn(name: string): pkijs.RelativeDistinguishedNames {
  return new pkijs.RelativeDistinguishedNames({
    typesAndValues: [new pkijs.AttributeTypeAndValue({ type: '2.5.4.3', value: new asn1js.Utf8String({ value: `adesync ${name}` }) })],
  });
}

/** A fresh RSA-2048 key and a self-signed certificate "CN=adesync NAME", valid `days` (default ~2 years). */
export async function generateTokenKeypair(name: string, now: Date = new Date(), days = 730): Promise<TokenKeypair> {
  const crypto = engine();
  const keys = await webcrypto.subtle.generateKey(RSA, true, ['sign', 'verify']);
  const notAfter = new Date(now.getTime() + days * 86_400_000);
  const serial = webcrypto.getRandomValues(new Uint8Array(16));
  serial[0] = (serial[0] & 0x7f) | 0x01; // positive and 16 bytes long

  const cert = new pkijs.Certificate();
  cert.version = 2;
  cert.serialNumber = new asn1js.Integer({ valueHex: serial });
  cert.subject = rdn(name);
  cert.issuer = rdn(name);
  cert.notBefore.value = new Date(now.getTime() - 5 * 60_000); // tolerate a little clock skew
  cert.notAfter.value = notAfter;
  await cert.subjectPublicKeyInfo.importKey(keys.publicKey as unknown as PkiCryptoKey, crypto);
  const ski = createHash('sha1').update(Buffer.from(cert.subjectPublicKeyInfo.subjectPublicKey.valueBlock.valueHexView)).digest();
  cert.extensions = [
    new pkijs.Extension({ extnID: '2.5.29.19', critical: true, extnValue: new pkijs.BasicConstraints({ cA: false }).toSchema().toBER(false) }),
    // keyEncipherment: Apple encrypts the token's content key to this key. Bits 0 and 2 → 0xA0, 5 unused bits.
    new pkijs.Extension({ extnID: '2.5.29.15', critical: true, extnValue: new asn1js.BitString({ valueHex: new Uint8Array([0xa0]), unusedBits: 5 }).toBER(false) }),
    new pkijs.Extension({ extnID: '2.5.29.14', critical: false, extnValue: new asn1js.OctetString({ valueHex: Uint8Array.from(ski) }).toBER(false) }),
  ];
  await cert.sign(keys.privateKey as unknown as PkiCryptoKey, 'SHA-256', crypto);

  const der = cert.toSchema(true).toBER(false);
  const pkcs8 = await webcrypto.subtle.exportKey('pkcs8', keys.privateKey);
  const fp = createHash('sha256').update(Buffer.from(der)).digest('hex').toUpperCase().replace(/(..)(?!$)/g, '$1:');
  return { keyPem: pem('PRIVATE KEY', pkcs8), certPem: pem('CERTIFICATE', der), notAfter, fingerprintSha256: fp };
}
