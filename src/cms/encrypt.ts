/**
 * CMS EnvelopedData (RFC 5652 §6) encryption for OTA phase 3 (spec A.4): the profile's PayloadContent, encrypted to the
 * device's phase-2 identity, becomes EncryptedPayloadContent. AES-256-CBC content, RSA PKCS#1 v1.5 key transport (what
 * `openssl cms -encrypt` writes and Apple's sample used), recipient by issuer and serial number, DER.
 */
import { constants, createCipheriv, publicEncrypt, randomBytes, X509Certificate } from 'node:crypto';
import { OID, certFields, der, derOid } from './asn1.ts';

const ENVELOPED_DATA = '1.2.840.113549.1.7.3';
const AES_256_CBC = '2.16.840.1.101.3.4.1.42';
const NULL = Buffer.from([0x05, 0x00]);
const INT_0 = der(0x02, Buffer.from([0]));

export class EncryptionError extends Error {
  readonly code = 'CMS_ENCRYPT_FAILED';
}

/** EnvelopedData (DER) of `content` for the holder of `recipientDer`'s RSA key. */
export function encryptEnvelopedData(content: Buffer, recipientDer: Buffer): Buffer {
  const cert = new X509Certificate(recipientDer);
  if (cert.publicKey.asymmetricKeyType !== 'rsa') {
    throw new EncryptionError(`cannot encrypt to a ${cert.publicKey.asymmetricKeyType} key: the identity must be RSA (key transport)`);
  }
  const key = randomBytes(32);
  const iv = randomBytes(16);
  const cipher = createCipheriv('aes-256-cbc', key, iv);
  const encrypted = Buffer.concat([cipher.update(content), cipher.final()]);
  const encryptedKey = publicEncrypt({ key: cert.publicKey, padding: constants.RSA_PKCS1_PADDING }, key);
  key.fill(0);
  const f = certFields(recipientDer);
  const recipient = der(
    0x30,
    INT_0, // version 0: issuerAndSerialNumber
    der(0x30, f.issuer, der(0x02, f.serial)),
    der(0x30, derOid(OID.rsaEncryption), NULL),
    der(0x04, encryptedKey),
  );
  const encryptedContentInfo = der(0x30, derOid(OID.data), der(0x30, derOid(AES_256_CBC), der(0x04, iv)), der(0x80, encrypted));
  const envelopedData = der(0x30, INT_0, der(0x31, recipient), encryptedContentInfo);
  return der(0x30, derOid(ENVELOPED_DATA), der(0xa0, envelopedData));
}
