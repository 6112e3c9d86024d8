// The RSA key pair and self-signed certificate an admin uploads to the MDM server record in ABM/ASM (A.2).
import { createHash } from 'node:crypto';
import { issueCertificate } from '../cms/pki.ts';

export interface TokenKeypair {
  keyPem: string; // PKCS#8, unencrypted: the daemon must read it unattended
  certPem: string;
  notAfter: Date;
  fingerprintSha256: string;
}

/**
 * A fresh RSA-2048 key and a self-signed certificate "CN=adesync NAME", valid `days` (default ~2 years), CA:FALSE,
 * keyEncipherment (Apple encrypts the token's content key to it) and digitalSignature.
 */
export async function generateTokenKeypair(name: string, now: Date = new Date(), days = 730): Promise<TokenKeypair> {
  const c = await issueCertificate({ subject: [['CN', `adesync ${name}`]], days, now });
  const fp = createHash('sha256')
    .update(c.cert.raw)
    .digest('hex')
    .toUpperCase()
    .replace(/(..)(?!$)/g, '$1:');
  return { keyPem: c.keyPem, certPem: c.certPem, notAfter: new Date(c.cert.validTo), fingerprintSha256: fp };
}
