/** enrollment.ota.identity_ca: the CA whose identities may sign OTA phase 3, loaded and checked at start. */
import { createPrivateKey, type KeyObject, type X509Certificate } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { certFields } from '../cms/asn1.ts';
import { DeviceRequestVerifier, readCertificates, TrustConfigError } from '../cms/verify.ts';

export interface OtaTrust {
  /** Pinned to identity_ca: signature by its key and issuer name, as for device identities; dates are checked apart. */
  verifier: DeviceRequestVerifier;
  ca: X509Certificate;
}

export function loadOtaTrust(c: { cert_file: string; key_file?: string }): OtaTrust {
  const certs = readCertificates(c.cert_file);
  if (certs.length !== 1)
    throw new TrustConfigError(`enrollment.ota.identity_ca.cert_file ${c.cert_file}: expected exactly one certificate (the OTA CA), found ${certs.length}`);
  const ca = certs[0];
  if (!ca.ca) throw new TrustConfigError(`enrollment.ota.identity_ca.cert_file ${c.cert_file}: "${ca.subject.replace(/\n/g, ', ')}" is not a CA certificate`);
  if (c.key_file) {
    let mode: number;
    let key: KeyObject;
    try {
      mode = statSync(c.key_file).mode;
      key = createPrivateKey(readFileSync(c.key_file));
    } catch (e) {
      throw new TrustConfigError(`enrollment.ota.identity_ca.key_file ${c.key_file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    if (mode & 0o077) throw new TrustConfigError(`enrollment.ota.identity_ca.key_file ${c.key_file} is mode ${(mode & 0o777).toString(8)}: chmod 600 it`);
    if (!ca.checkPrivateKey(key))
      throw new TrustConfigError(`enrollment.ota.identity_ca.key_file ${c.key_file} is not the key of ${c.cert_file}: point both at the same CA`);
  }
  const trust = { pinned: ca, pinnedSubject: Buffer.from(certFields(ca.raw).subject), path: [ca], apple: false };
  return { verifier: new DeviceRequestVerifier(trust), ca };
}
