/**
 * The files an admin gives for Platform SSO during ADE (enrollment.psso), read and checked once at start: the
 * ExtensibleSSO profile served signed at ProfileURL, the package manifest served at ManifestURL (or its https URL),
 * and the certificates that pin the manifest download. A file that cannot work on a device is refused here, with the key,
 * the file and the fix, instead of failing later in a user's Setup Assistant.
 */
import { readFileSync } from 'node:fs';
import type { PssoConfig } from '../config/schema.ts';
import type { ProfileSigner } from '../cms/sign.ts';
import { looksLikeSignedData, readCertificates } from '../cms/verify.ts';
import { isBinaryPlist, parseBinaryPlist } from '../enroll/bplist.ts';
import type { PlistLimits } from '../enroll/plistlimits.ts';
import { parseXmlPlist } from '../enroll/xmlplist.ts';

export class PssoConfigError extends Error {
  readonly code = 'PSSO_CONFIG_INVALID';
}

export interface PssoAssets {
  /** The profile_file's bytes in a CMS SignedData by enrollment.signing: ProfileURL's answer. */
  signedProfile: Buffer;
  /** manifest_file's bytes (served as they are), or undefined with manifest_url. */
  manifest?: Buffer;
  manifestUrl?: string;
  /** details.Package.PinningCerts: DER certificates, base64 (JSON's encoding of plist data). */
  pinningCerts: string[];
}

/** An admin's profile or manifest: certificates and icons make them larger than a MachineInfo, but not unbounded. */
const ADMIN_PLIST_LIMITS: Readonly<PlistLimits> = Object.freeze({
  maxObjects: 100_000,
  maxBytes: 16 * 1024 * 1024,
  maxDepth: 32,
  maxString: 1024 * 1024,
  maxData: 8 * 1024 * 1024,
});

type Dict = Record<string, unknown>;
const isDict = (v: unknown): v is Dict => !!v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Uint8Array) && !(v instanceof Date);

function readFile(path: string, key: string): Buffer {
  try {
    return readFileSync(path);
  } catch (e) {
    throw new PssoConfigError(`enrollment.psso.${key}: cannot read ${path} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

function readPlist(bytes: Buffer, path: string, key: string): Dict {
  let v: unknown;
  try {
    v = isBinaryPlist(bytes) ? parseBinaryPlist(bytes, ADMIN_PLIST_LIMITS) : parseXmlPlist(bytes.toString('utf8'), ADMIN_PLIST_LIMITS);
  } catch (e) {
    throw new PssoConfigError(`enrollment.psso.${key}: ${path} is not a property list (${(e as Error).message})`);
  }
  if (!isDict(v)) throw new PssoConfigError(`enrollment.psso.${key}: ${path} must hold a plist dictionary`);
  return v;
}

/** The checks of C.3 on the admin's ExtensibleSSO profile; returns it unchanged (its exact bytes get signed). */
export function checkPssoProfile(bytes: Buffer, path: string): void {
  const key = 'profile_file';
  if (looksLikeSignedData(bytes))
    throw new PssoConfigError(
      `enrollment.psso.${key}: ${path} is already CMS-signed: give the unsigned .mobileconfig (adesync signs it with enrollment.signing)`,
    );
  const p = readPlist(bytes, path, key);
  if (p.PayloadType !== 'Configuration')
    throw new PssoConfigError(
      `enrollment.psso.${key}: ${path} has PayloadType ${JSON.stringify(p.PayloadType)}: a profile's top level must be "Configuration"`,
    );
  const content = Array.isArray(p.PayloadContent) ? p.PayloadContent.filter(isDict) : [];
  const sso = content.filter((x) => x.PayloadType === 'com.apple.extensiblesso');
  if (!sso.length)
    throw new PssoConfigError(
      `enrollment.psso.${key}: ${path} has no com.apple.extensiblesso payload: use the Extensible Single Sign-On profile from your identity provider's vendor`,
    );
  const platform = sso.find((x) => isDict(x.PlatformSSO) && x.PlatformSSO.EnableRegistrationDuringSetup === true);
  if (!platform)
    throw new PssoConfigError(
      `enrollment.psso.${key}: ${path}: no com.apple.extensiblesso payload has PlatformSSO.EnableRegistrationDuringSetup true: add ` +
        '<key>EnableRegistrationDuringSetup</key><true/> to its PlatformSSO dictionary (macOS 26 registers Platform SSO in Setup Assistant only then)',
    );
  for (const k of ['ExtensionIdentifier', 'TeamIdentifier'] as const)
    if (typeof platform[k] !== 'string' || !platform[k])
      throw new PssoConfigError(
        `enrollment.psso.${key}: ${path}: the com.apple.extensiblesso payload lacks ${k} (required on macOS): set it to the value your vendor documents`,
      );
}

/** An InstallEnterpriseApplication-style manifest: items[].assets[] with a software-package at an https URL. */
export function checkManifest(bytes: Buffer, path: string): void {
  const key = 'package.manifest_file';
  const m = readPlist(bytes, path, key);
  const items = Array.isArray(m.items) ? m.items.filter(isDict) : [];
  const pkgs = items.flatMap((i) => (Array.isArray(i.assets) ? i.assets.filter(isDict) : [])).filter((a) => a.kind === 'software-package');
  if (!pkgs.length)
    throw new PssoConfigError(
      `enrollment.psso.${key}: ${path} names no package: it needs items[].assets[] with kind "software-package" and the url of the signed .pkg`,
    );
  for (const a of pkgs)
    if (typeof a.url !== 'string' || !a.url.startsWith('https://'))
      throw new PssoConfigError(`enrollment.psso.${key}: ${path}: the software-package url ${JSON.stringify(a.url)} must be an https:// URL`);
}

export function loadPssoAssets(c: PssoConfig, signer: ProfileSigner): PssoAssets {
  const profile = readFile(c.profile_file, 'profile_file');
  checkPssoProfile(profile, c.profile_file);
  let manifest: Buffer | undefined;
  if (c.package.manifest_file) {
    manifest = readFile(c.package.manifest_file, 'package.manifest_file');
    checkManifest(manifest, c.package.manifest_file);
  }
  const pinningCerts = c.package.pinning_cert_files.flatMap((f) => {
    try {
      return readCertificates(f).map((x) => x.raw.toString('base64'));
    } catch (e) {
      throw new PssoConfigError(`enrollment.psso.package.pinning_cert_files: ${(e as Error).message}`);
    }
  });
  // Signed once: the profile is the same for every device (its signature's time is the start of the process).
  return { signedProfile: signer.signSync(profile), manifest, manifestUrl: c.package.manifest_url, pinningCerts };
}
