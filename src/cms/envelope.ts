// CMS EnvelopedData (RFC 5652 §6) decryption for the Apple server token (.p7m).
// pkijs parses (BER, indefinite lengths, chunked content); node:crypto does the RSA and the symmetric cipher,
// because pkijs' own decrypt goes through WebCrypto, which has neither RSAES-PKCS1-v1_5 nor 3DES.
import { constants, createDecipheriv, createPrivateKey, privateDecrypt, type KeyObject } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';

export type TokenDecryptReason = 'not_cms' | 'unsupported' | 'bad_key' | 'decrypt_failed';

/** Every failure to decrypt a token. `reason` lets callers branch; a wrong key and every padding fault share one message. */
export class TokenDecryptError extends Error {
  readonly code = 'TOKEN_DECRYPT_FAILED';
  constructor(
    readonly reason: TokenDecryptReason,
    message: string,
  ) {
    super(message);
    this.name = 'TokenDecryptError';
  }
}

// One message for wrong key, bad PKCS#1 padding, wrong CEK length and bad CBC padding: no padding oracle, and the
// admin's action is the same in every case.
const DECRYPT_FAILED =
  'cannot decrypt the token with this private key: it is not the key of the certificate uploaded ' +
  'to this MDM server in Apple Business/School Manager, or the .p7m file is damaged';

const OID = {
  envelopedData: '1.2.840.113549.1.7.3',
  rsaEncryption: '1.2.840.113549.1.1.1',
  rsaesOaep: '1.2.840.113549.1.1.7',
  mgf1: '1.2.840.113549.1.1.8',
  pSpecified: '1.2.840.113549.1.1.9',
};

/** Content-encryption algorithms we accept: OID → Node cipher, key and IV length. */
const CIPHERS: Record<string, { name: string; keyLen: number; ivLen: number }> = {
  '2.16.840.1.101.3.4.1.2': { name: 'aes-128-cbc', keyLen: 16, ivLen: 16 },
  '2.16.840.1.101.3.4.1.22': { name: 'aes-192-cbc', keyLen: 24, ivLen: 16 },
  '2.16.840.1.101.3.4.1.42': { name: 'aes-256-cbc', keyLen: 32, ivLen: 16 },
  '1.2.840.113549.3.7': { name: 'des-ede3-cbc', keyLen: 24, ivLen: 8 },
};

const HASHES: Record<string, string> = {
  '1.3.14.3.2.26': 'sha1',
  '2.16.840.1.101.3.4.2.4': 'sha224',
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
};

const SUPPORTED = 'adesync decrypts RSA key transport (PKCS#1 v1.5 or OAEP) with AES-128/192/256-CBC or 3DES-CBC content';

const unsupported = (what: string) => new TokenDecryptError('unsupported', `unsupported ${what}: ${SUPPORTED}`);
const failed = () => new TokenDecryptError('decrypt_failed', DECRYPT_FAILED);

/** Decrypt a DER/BER CMS EnvelopedData with an RSA private key (PEM, PKCS#1 or PKCS#8). Returns the plaintext content. */
export function decryptEnvelopedData(der: Buffer, keyPem: string): Buffer {
  const key = readRsaKey(keyPem);
  const env = parseEnvelopedData(der);

  const eci = env.encryptedContentInfo;
  const cipherOid = eci.contentEncryptionAlgorithm.algorithmId;
  const cipher = CIPHERS[cipherOid];
  if (!cipher) throw unsupported(`content encryption algorithm ${cipherOid}`);
  const ivParam = eci.contentEncryptionAlgorithm.algorithmParams;
  if (!(ivParam instanceof asn1js.OctetString)) throw new TokenDecryptError('not_cms', 'not a valid EnvelopedData: the cipher has no IV');
  const iv = Buffer.from(ivParam.valueBlock.valueHexView);
  if (iv.length !== cipher.ivLen) throw new TokenDecryptError('not_cms', `not a valid EnvelopedData: IV of ${iv.length} bytes for ${cipher.name}`);
  if (!eci.encryptedContent) throw new TokenDecryptError('not_cms', 'not a valid EnvelopedData: no encrypted content (detached content is not supported)');
  let ciphertext: Buffer;
  try {
    ciphertext = Buffer.from(eci.getEncryptedContent());
  } catch {
    throw new TokenDecryptError('not_cms', 'not a valid EnvelopedData: unreadable encrypted content');
  }

  const recipients = env.recipientInfos.filter((r) => r.variant === 1).map((r) => r.value as pkijs.KeyTransRecipientInfo);
  if (recipients.length === 0) throw unsupported('recipient type (no RSA key-transport recipient in the file)');

  // The token has one recipient; with several we cannot tell ours from the key alone, so try each.
  let lastUnsupported: TokenDecryptError | undefined;
  for (const ri of recipients) {
    let cek: Buffer;
    try {
      cek = unwrapContentKey(ri, key);
    } catch (e) {
      if (e instanceof TokenDecryptError && e.reason === 'unsupported') {
        lastUnsupported = e;
        continue;
      }
      continue;
    }
    if (cek.length !== cipher.keyLen) continue;
    try {
      const d = createDecipheriv(cipher.name, cek, iv);
      return Buffer.concat([d.update(ciphertext), d.final()]);
    } catch {}
  }
  throw lastUnsupported && recipients.length === 1 ? lastUnsupported : failed();
}

function readRsaKey(pem: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPrivateKey({ key: pem, format: 'pem' });
  } catch (e) {
    const encrypted = /ENCRYPTED/.test(pem) || /passphrase/i.test((e as Error).message);
    throw new TokenDecryptError(
      'bad_key',
      encrypted
        ? 'the private key is passphrase-protected: decrypt it first (openssl pkey -in KEY -out KEY.plain)'
        : 'cannot read the private key: expected an RSA private key in PEM (-----BEGIN PRIVATE KEY----- or -----BEGIN RSA PRIVATE KEY-----)',
    );
  }
  if (key.asymmetricKeyType !== 'rsa')
    throw new TokenDecryptError('bad_key', `the private key is ${key.asymmetricKeyType}, but Apple encrypts server tokens to an RSA key`);
  return key;
}

function parseEnvelopedData(der: Buffer): pkijs.EnvelopedData {
  // asn1js and pkijs throw plain Errors on some garbage ("Wrong input string for conversion"): every one is "not CMS"
  try {
    return parseEnvelopedDataUnguarded(der);
  } catch (e) {
    if (e instanceof TokenDecryptError) throw e;
    throw new TokenDecryptError('not_cms', `not a CMS EnvelopedData (S/MIME .p7m): unreadable ASN.1 (${(e as Error).message.slice(0, 120)})`);
  }
}

function parseEnvelopedDataUnguarded(der: Buffer): pkijs.EnvelopedData {
  const notCms = (why: string) => new TokenDecryptError('not_cms', `not a CMS EnvelopedData (S/MIME .p7m): ${why}`);
  if (!Buffer.isBuffer(der) || der.length < 2 || der[0] !== 0x30) throw notCms('it does not start with an ASN.1 SEQUENCE');
  const asn = asn1js.fromBER(new Uint8Array(der.buffer, der.byteOffset, der.length));
  if (asn.offset === -1) throw notCms(`unreadable ASN.1 (${asn.result.error || 'truncated or garbage'})`);
  let ci: pkijs.ContentInfo;
  try {
    ci = new pkijs.ContentInfo({ schema: asn.result });
  } catch {
    throw notCms('it is not a CMS ContentInfo');
  }
  if (ci.contentType !== OID.envelopedData) throw notCms(`its content type is ${ci.contentType}, not envelopedData (${OID.envelopedData})`);
  try {
    return new pkijs.EnvelopedData({ schema: ci.content });
  } catch (e) {
    throw notCms(`malformed EnvelopedData (${(e as Error).message.slice(0, 120)})`);
  }
}

/** Decrypt the content-encryption key of one KeyTransRecipientInfo. */
function unwrapContentKey(ri: pkijs.KeyTransRecipientInfo, key: KeyObject): Buffer {
  const encryptedKey = Buffer.from(ri.encryptedKey.valueBlock.valueHexView);
  const alg = ri.keyEncryptionAlgorithm.algorithmId;
  if (alg === OID.rsaEncryption) {
    // Node 20 refuses RSA_PKCS1_PADDING for private decryption (CVE-2023-46809), so decrypt raw and unpad here.
    // Local, operator-triggered operation: not a network oracle, and every failure reads the same.
    let em: Buffer;
    try {
      em = privateDecrypt({ key, padding: constants.RSA_NO_PADDING }, encryptedKey);
    } catch {
      throw failed();
    }
    return pkcs1v15Unpad(em);
  }
  if (alg === OID.rsaesOaep) {
    const { hash, label } = oaepParams(ri.keyEncryptionAlgorithm.algorithmParams);
    try {
      return privateDecrypt({ key, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: hash, oaepLabel: label }, encryptedKey);
    } catch {
      throw failed();
    }
  }
  throw unsupported(`key encryption algorithm ${alg}`);
}

/** EME-PKCS1-v1_5 decoding (RFC 8017 §7.2.2): 00 02 PS(≥ 8 non-zero bytes) 00 M. */
export function pkcs1v15Unpad(em: Buffer): Buffer {
  if (em.length < 11 || em[0] !== 0x00 || em[1] !== 0x02) throw failed();
  const sep = em.indexOf(0x00, 2);
  if (sep < 10) throw failed();
  return em.subarray(sep + 1);
}

/** RSAES-OAEP-params (RFC 8017 A.2.1). Node uses one hash for OAEP and MGF1, so a different MGF1 hash is unsupported. */
function oaepParams(params: unknown): { hash: string; label?: Buffer } {
  if (params === undefined || params instanceof asn1js.Null) return { hash: 'sha1' };
  let p: pkijs.RSAESOAEPParams;
  try {
    p = new pkijs.RSAESOAEPParams({ schema: params });
  } catch {
    throw new TokenDecryptError('not_cms', 'not a valid EnvelopedData: malformed RSAES-OAEP parameters');
  }
  const hash = HASHES[p.hashAlgorithm.algorithmId];
  if (!hash) throw unsupported(`RSA-OAEP hash ${p.hashAlgorithm.algorithmId}`);
  if (p.maskGenAlgorithm.algorithmId !== OID.mgf1) throw unsupported(`RSA-OAEP mask generation ${p.maskGenAlgorithm.algorithmId}`);
  let mgfHash = 'sha1';
  const mp = p.maskGenAlgorithm.algorithmParams;
  if (mp && !(mp instanceof asn1js.Null)) {
    try {
      mgfHash = HASHES[new pkijs.AlgorithmIdentifier({ schema: mp }).algorithmId] ?? '?';
    } catch {
      mgfHash = '?';
    }
  }
  if (mgfHash !== hash) throw unsupported(`RSA-OAEP with MGF1 hash ${mgfHash} differing from OAEP hash ${hash}`);
  // pkijs fills an absent pSourceAlgorithm with SHA-1("") as the label, not the empty label RFC 8017 defines:
  // look at the encoding itself for [2].
  const explicitSource = params instanceof asn1js.Sequence && params.valueBlock.value.some((x) => x.idBlock.tagClass === 3 && x.idBlock.tagNumber === 2);
  let label: Buffer | undefined;
  if (explicitSource) {
    if (p.pSourceAlgorithm.algorithmId !== OID.pSpecified) throw unsupported(`RSA-OAEP label source ${p.pSourceAlgorithm.algorithmId}`);
    const lp = p.pSourceAlgorithm.algorithmParams;
    if (lp instanceof asn1js.OctetString && lp.valueBlock.valueHexView.length) label = Buffer.from(lp.valueBlock.valueHexView);
  }
  return { hash, label };
}
