// A.2 token issuance, like Apple Business Manager: the token JSON wrapped in a MIME entity, encrypted to the MDM
// server's certificate as CMS EnvelopedData (RSA PKCS#1 v1.5 key transport, AES-128-CBC), in an S/MIME text file.
// The CMS is built from pkijs/asn1js structures; node:crypto does the RSA and AES (WebCrypto has no RSAES-PKCS1-v1_5).
import { constants, createCipheriv, publicEncrypt, randomBytes, X509Certificate } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import type { ServerToken } from '../apple/types.ts';

const OID = {
  data: '1.2.840.113549.1.7.1',
  envelopedData: '1.2.840.113549.1.7.3',
  rsaEncryption: '1.2.840.113549.1.1.1',
  aes128cbc: '2.16.840.1.101.3.4.1.2',
};

function toArrayBuffer(b: Buffer): ArrayBuffer {
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}

/** The decrypted content Apple puts inside: MIME headers (CRLF), then the JSON between BEGIN/END MESSAGE lines. */
function tokenPlaintext(token: ServerToken): string {
  return (
    'Content-Type: text/plain;charset=UTF-8\r\nContent-Transfer-Encoding: 7bit\r\n\r\n' +
    `-----BEGIN MESSAGE-----\n${JSON.stringify(token)}\n-----END MESSAGE-----\n`
  );
}

/** CMS EnvelopedData (DER) of `content` for the holder of `certPem`. */
function envelope(content: Buffer, certPem: string): Buffer {
  const x509 = new X509Certificate(certPem);
  if (x509.publicKey.asymmetricKeyType !== 'rsa')
    throw new Error('the certificate must carry an RSA public key (Apple encrypts tokens with RSA key transport)');
  const cert = pkijs.Certificate.fromBER(x509.raw);

  const cek = randomBytes(16);
  const iv = randomBytes(16);
  const c = createCipheriv('aes-128-cbc', cek, iv);
  const ciphertext = Buffer.concat([c.update(content), c.final()]);
  const encryptedKey = publicEncrypt({ key: x509.publicKey, padding: constants.RSA_PKCS1_PADDING }, cek);

  const recipient = new pkijs.KeyTransRecipientInfo({
    version: 0,
    rid: new pkijs.IssuerAndSerialNumber({ issuer: cert.issuer, serialNumber: cert.serialNumber }),
    keyEncryptionAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: OID.rsaEncryption, algorithmParams: new asn1js.Null() }),
    encryptedKey: new asn1js.OctetString({ valueHex: toArrayBuffer(encryptedKey) }),
  });
  const env = new pkijs.EnvelopedData({
    version: 0,
    recipientInfos: [new pkijs.RecipientInfo({ variant: 1, value: recipient })],
    encryptedContentInfo: new pkijs.EncryptedContentInfo({
      contentType: OID.data,
      contentEncryptionAlgorithm: new pkijs.AlgorithmIdentifier({
        algorithmId: OID.aes128cbc,
        algorithmParams: new asn1js.OctetString({ valueHex: toArrayBuffer(iv) }),
      }),
      encryptedContent: new asn1js.OctetString({ valueHex: toArrayBuffer(ciphertext) }),
    }),
  });
  const ci = new pkijs.ContentInfo({ contentType: OID.envelopedData, content: env.toSchema() });
  return Buffer.from(ci.toSchema().toBER(false));
}

/** The `*_Token_<timestamp>_smime.p7m` text ABM offers for download, encrypted to `certPem`. */
export function issueTokenP7m(token: ServerToken, certPem: string): string {
  const der = envelope(Buffer.from(tokenPlaintext(token), 'utf8'), certPem);
  const b64 = der.toString('base64').replace(/.{1,76}/g, '$&\r\n');
  return (
    'Content-Type: application/pkcs7-mime; name="smime.p7m"; smime-type=enveloped-data\r\n' +
    'Content-Transfer-Encoding: base64\r\n' +
    'Content-Disposition: attachment; filename="smime.p7m"\r\n' +
    'Content-Description: S/MIME Encrypted Message\r\n\r\n' +
    b64
  );
}
