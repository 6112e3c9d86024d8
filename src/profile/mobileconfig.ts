/**
 * The enrollment .mobileconfig (Part C): a pure builder. All inputs arrive resolved (certificates as DER, the SCEP
 * challenge as text, the PKCS#12 as bytes); fresh values (profile UUID, identity UUID, ACME ClientIdentifier) are passed
 * in by the caller, so the same input always gives the same bytes.
 *
 * Identifiers and UUIDs (C.6 replacement semantics: payloads with the same PayloadIdentifier + PayloadUUID update in place):
 * - top level: PayloadIdentifier from config, stable for the deployment (it decides replace vs add); PayloadUUID fresh
 *   for every generated profile.
 * - com.apple.mdm: `<id>.mdm`, UUID derived (name-based, SHA-1) from the top identifier: stable, so a re-enrollment or
 *   renewal updates the one MDM payload in place (its Topic/ServerURL/CheckInURL are immutable anyway).
 * - certificates: `<id>.cert.<first 16 hex of SHA-256>`, UUID derived from the certificate's fingerprint: the same
 *   certificate keeps its identity across profiles; a new one is added beside it.
 * - identity (ACME/SCEP/PKCS#12): `<id>.identity`, UUID fresh per profile: each profile carries a new one-time identity
 *   request; IdentityCertificateUUID points at it.
 */
import { createHash } from 'node:crypto';
import type { Platform } from '../enroll/decide.ts';
import { fillPlaceholders, type PlaceholderValues } from './placeholders.ts';

type SubjectRdns = [string, string][][];
/** SubjectAltName entries (C.4), each value a string that may hold placeholders (placeholders.ts). */
interface SubjectAltNameConfig {
  rfc822_name?: string;
  dns_name?: string;
  uniform_resource_identifier?: string;
  nt_principal_name?: string;
}
const SAN_KEYS = [
  ['rfc822_name', 'rfc822Name'],
  ['dns_name', 'dNSName'],
  ['uniform_resource_identifier', 'uniformResourceIdentifier'],
  ['nt_principal_name', 'ntPrincipalName'],
] as const;

export interface AcmeIdentity {
  type: 'acme';
  directory_url: string;
  key_type: 'RSA' | 'ECSECPrimeRandom';
  key_size: number;
  hardware_bound: boolean;
  attest: boolean;
  subject?: SubjectRdns;
  subject_alt_name?: SubjectAltNameConfig;
  usage_flags?: number;
  extended_key_usage?: string[];
}
export interface ScepIdentity {
  type: 'scep';
  url: string;
  name?: string;
  key_size: number;
  key_usage: number;
  subject?: SubjectRdns;
  subject_alt_name?: SubjectAltNameConfig;
  ca_fingerprint_hex?: string;
}
export interface Pkcs12Identity {
  type: 'pkcs12';
  data: Buffer;
  password?: string;
  file_name?: string;
}

interface MdmSettings {
  server_url: string;
  check_in_url?: string;
  topic: string;
  access_rights: number;
  sign_message: boolean;
  check_out_when_removed: boolean;
  use_development_apns: boolean;
  server_capabilities: string[];
}

export interface TrustCertificate {
  der: Buffer;
  selfSigned: boolean;
  fileName?: string;
}

export interface ProfileInput {
  payloadIdentifier: string;
  displayName: string;
  organization?: string;
  description?: string;
  platform?: Platform;
  trustCertificates: TrustCertificate[];
  identity: AcmeIdentity | ScepIdentity | Pkcs12Identity;
  mdm: MdmSettings;
  device: { serial: string; udid: string; product?: string };
  /** The logged-in user's placeholder values (placeholders.ts placeholderUser); undefined for a plain ADE POST. */
  user?: PlaceholderValues['user'];
  /** Fresh per profile. */
  profileUuid: string;
  identityUuid: string;
  /** ACME: the one-time ClientIdentifier. SCEP: the challenge (static or per device). */
  acmeClientIdentifier?: string;
  scepChallenge?: string;
}

export interface BuiltProfile {
  xml: Buffer;
  profile: Record<string, unknown>;
  profileUuid: string;
  identityUuid: string;
}

const NAMESPACE = Buffer.from('9c7a0e43b1d54f5e8a2f6d3c1b0e7a55', 'hex'); // adesync's UUIDv5 namespace

/** RFC 4122 name-based UUID (version 5, SHA-1), upper case as Apple writes them. */
export function uuidV5(name: string, ns: Buffer = NAMESPACE): string {
  const h = createHash('sha1').update(ns).update(name, 'utf8').digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex').toUpperCase();
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

// Memos: the same few certificates and identifiers recur in every profile; hashing them once keeps the builder cheap.
const fingerprints = new WeakMap<Buffer, string>();
function fingerprintHex(der: Buffer): string {
  let fp = fingerprints.get(der);
  if (!fp) {
    fp = createHash('sha256').update(der).digest('hex');
    fingerprints.set(der, fp);
  }
  return fp;
}
const v5memo = new Map<string, string>();
function stableUuid(name: string): string {
  let u = v5memo.get(name);
  if (!u) {
    u = uuidV5(name);
    if (v5memo.size > 1000) v5memo.clear();
    v5memo.set(name, u);
  }
  return u;
}

export const UUID_RE = /^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/;

/** The Subject with its placeholders filled; an attribute whose user placeholder has no value is left out (placeholders.ts). */
function substitute(subject: SubjectRdns, v: PlaceholderValues): SubjectRdns {
  return subject
    .map((rdn) =>
      rdn.flatMap(([k, x]) => {
        const filled = fillPlaceholders(x, v);
        return filled === undefined ? [] : [[k, filled] as [string, string]];
      }),
    )
    .filter((rdn) => rdn.length > 0);
}

/** The SubjectAltName dict, entries without a value left out; undefined when none is left. */
function subjectAltName(san: SubjectAltNameConfig | undefined, v: PlaceholderValues): Record<string, string> | undefined {
  if (!san) return undefined;
  const out: Record<string, string> = {};
  for (const [key, plistKey] of SAN_KEYS) {
    const filled = san[key] === undefined ? undefined : fillPlaceholders(san[key], v);
    if (filled) out[plistKey] = filled;
  }
  return Object.keys(out).length ? out : undefined;
}

export function buildEnrollmentProfile(input: ProfileInput): BuiltProfile {
  const id = input.payloadIdentifier;
  if (!UUID_RE.test(input.profileUuid) || !UUID_RE.test(input.identityUuid)) throw new Error('profile and identity UUIDs must be upper-case UUIDs');
  const common = (type: string, suffix: string, uuid: string, displayName?: string) => ({
    PayloadType: type,
    PayloadVersion: 1,
    PayloadIdentifier: `${id}.${suffix}`,
    PayloadUUID: uuid,
    ...(displayName ? { PayloadDisplayName: displayName } : {}),
  });

  const certs = input.trustCertificates.map((c) => {
    const fp = fingerprintHex(c.der);
    return {
      ...common(
        c.selfSigned ? 'com.apple.security.root' : 'com.apple.security.pkcs1',
        `cert.${fp.slice(0, 16)}`,
        stableUuid(`${id}/cert/${fp}`),
        c.selfSigned ? 'Root certificate' : 'Intermediate certificate',
      ),
      PayloadCertificateFileName: c.fileName ?? `${fp.slice(0, 16)}.cer`,
      PayloadContent: c.der,
    };
  });

  const idn = input.identity;
  const values: PlaceholderValues = { device: input.device, user: input.user };
  let identity: Record<string, unknown>;
  if (idn.type === 'acme') {
    if (!input.acmeClientIdentifier) throw new Error('an ACME identity needs a one-time ClientIdentifier');
    identity = {
      ...common('com.apple.security.acme', 'identity', input.identityUuid, 'Device identity (ACME)'),
      DirectoryURL: idn.directory_url,
      ClientIdentifier: input.acmeClientIdentifier,
      KeyType: idn.key_type,
      KeySize: idn.key_size,
      HardwareBound: idn.hardware_bound,
      Attest: idn.attest,
      Subject: substitute(idn.subject ?? [[['CN', '%UDID%']]], values),
      SubjectAltName: subjectAltName(idn.subject_alt_name, values),
      ...(idn.usage_flags !== undefined ? { UsageFlags: idn.usage_flags } : {}),
      ...(idn.extended_key_usage ? { ExtendedKeyUsage: idn.extended_key_usage } : {}),
    };
  } else if (idn.type === 'scep') {
    identity = {
      ...common('com.apple.security.scep', 'identity', input.identityUuid, 'Device identity (SCEP)'),
      PayloadContent: {
        URL: idn.url,
        ...(idn.name ? { Name: idn.name } : {}),
        ...(input.scepChallenge !== undefined ? { Challenge: input.scepChallenge } : {}),
        Keysize: idn.key_size, // sic: lower-case s (C.4)
        'Key Type': 'RSA', // sic: with a space
        'Key Usage': idn.key_usage, // sic: with a space
        Subject: substitute(idn.subject ?? [[['CN', '%UDID%']]], values),
        SubjectAltName: subjectAltName(idn.subject_alt_name, values),
        ...(idn.ca_fingerprint_hex ? { CAFingerprint: Buffer.from(idn.ca_fingerprint_hex, 'hex') } : {}),
      },
    };
  } else {
    identity = {
      ...common('com.apple.security.pkcs12', 'identity', input.identityUuid, 'Device identity'),
      PayloadContent: idn.data,
      ...(idn.password !== undefined ? { Password: idn.password } : {}),
      PayloadCertificateFileName: idn.file_name ?? 'identity.p12',
    };
  }

  const m = input.mdm;
  const mdm = {
    ...common('com.apple.mdm', 'mdm', stableUuid(`${id}/mdm`), 'Device management'),
    IdentityCertificateUUID: input.identityUuid,
    Topic: m.topic,
    ServerURL: m.server_url,
    CheckInURL: m.check_in_url ?? m.server_url,
    AccessRights: m.access_rights,
    SignMessage: m.sign_message,
    CheckOutWhenRemoved: m.check_out_when_removed,
    UseDevelopmentAPNS: m.use_development_apns,
    ServerCapabilities: m.server_capabilities,
  };

  const profile: Record<string, unknown> = {
    PayloadType: 'Configuration',
    PayloadVersion: 1,
    PayloadIdentifier: id,
    PayloadUUID: input.profileUuid,
    PayloadDisplayName: input.displayName,
    ...(input.organization ? { PayloadOrganization: input.organization } : {}),
    ...(input.description ? { PayloadDescription: input.description } : {}),
    ...(input.platform === 'macOS' ? { PayloadScope: 'System' } : {}),
    PayloadContent: [...certs, identity, mdm],
  };
  const xml = Buffer.from(xmlPlist(profile), 'utf8');
  return { xml, profile, profileUuid: input.profileUuid, identityUuid: input.identityUuid };
}

const HEADER =
  '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n<plist version="1.0">\n';

function escapeXml(s: string): string {
  // Characters XML 1.0 cannot carry at all: refuse rather than emit a profile the device cannot parse.
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(s))
    throw new Error(`a profile string contains a character XML cannot carry: ${JSON.stringify(s.slice(0, 40))}`);
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A minimal XML plist writer for the profile's value types (string, integer, boolean, data, array, dict).
 * Why not plist.build: xmlbuilder made it the largest single cost of an enrollment; this writes the same plist
 * (checked against python's plistlib and plist.parse in the tests) several times faster.
 */
export function xmlPlist(value: unknown): string {
  const out: string[] = [HEADER];
  const write = (v: unknown, ind: string): void => {
    if (typeof v === 'string') out.push(ind, '<string>', escapeXml(v), '</string>\n');
    else if (typeof v === 'boolean') out.push(ind, v ? '<true/>\n' : '<false/>\n');
    else if (typeof v === 'number') {
      if (!Number.isSafeInteger(v)) throw new Error(`profile numbers must be integers, got ${v}`);
      out.push(ind, '<integer>', String(v), '</integer>\n');
    } else if (v instanceof Uint8Array) out.push(ind, '<data>', Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64'), '</data>\n');
    else if (Array.isArray(v)) {
      if (!v.length) {
        out.push(ind, '<array/>\n');
        return;
      }
      out.push(ind, '<array>\n');
      for (const x of v) write(x, ind + '\t');
      out.push(ind, '</array>\n');
    } else if (v && typeof v === 'object') {
      const entries = Object.entries(v).filter(([, x]) => x !== undefined);
      if (!entries.length) {
        out.push(ind, '<dict/>\n');
        return;
      }
      out.push(ind, '<dict>\n');
      for (const [k, x] of entries) {
        out.push(ind, '\t<key>', escapeXml(k), '</key>\n');
        write(x, ind + '\t');
      }
      out.push(ind, '</dict>\n');
    } else throw new Error(`cannot write ${v === null ? 'null' : typeof v} into a plist`);
  };
  write(value, '');
  out.push('</plist>\n');
  return out.join('');
}

/** What differs between two profiles of one kind (same config, platform and identity): filled into a template. */
export type ProfileValues = Pick<ProfileInput, 'device' | 'user' | 'profileUuid' | 'identityUuid' | 'acmeClientIdentifier' | 'scepChallenge'>;

// Slot markers: private-use code points, which no config value is allowed to carry into a template (checked).
const OPEN = '\uE000';
const CLOSE = '\uE001';
const SLOTS = [
  'serial',
  'udid',
  'product',
  'profileUuid',
  'identityUuid',
  'acmeClientIdentifier',
  'scepChallenge',
  'userEmail',
  'userName',
  'userSubject',
  'userIssuer',
] as const;
const USER_SLOTS = { email: 'userEmail', name: 'userName', subject: 'userSubject', issuer: 'userIssuer' } as const;
const slot = (name: (typeof SLOTS)[number]) => `${OPEN}${name}${CLOSE}`;
const SLOT_RE = /\uE000(\w+)\uE001/g;

/**
 * The profile XML written once with a marker where each per-device value goes; each profile is then one scan that fills
 * them in (escaped as the builder escapes them). The same bytes as buildEnrollmentProfile (tested), at a fraction of its
 * cost. Undefined when the static input itself holds a marker character, so that the builder is used instead.
 * `kinds.user`: the user fields that have a value (a field without one leaves its entry out: another shape, another
 * template); a profile filled from it must have values for exactly those.
 */
export function profileTemplate(
  input: Omit<ProfileInput, keyof ProfileValues>,
  kinds: { acme: boolean; scepChallenge: boolean; user?: (keyof typeof USER_SLOTS)[] },
): ((v: ProfileValues) => Buffer) | undefined {
  if (JSON.stringify(input, (_k, v) => (v instanceof Uint8Array ? '' : v)).includes(OPEN)) return undefined;
  const placeholders: ProfileInput = {
    ...input,
    device: { serial: slot('serial'), udid: slot('udid'), product: slot('product') },
    user: kinds.user && Object.fromEntries(kinds.user.map((f) => [f, slot(USER_SLOTS[f])])),
    // the builder insists on upper-case UUIDs: two fixed ones stand in, swapped for markers in the text below
    profileUuid: '00000000-0000-4000-8000-00000000A001',
    identityUuid: '00000000-0000-4000-8000-00000000A002',
    acmeClientIdentifier: kinds.acme ? slot('acmeClientIdentifier') : undefined,
    scepChallenge: kinds.scepChallenge ? slot('scepChallenge') : undefined,
  };
  const text = xmlPlist(buildEnrollmentProfile(placeholders).profile)
    .replaceAll(placeholders.profileUuid, slot('profileUuid'))
    .replaceAll(placeholders.identityUuid, slot('identityUuid'));
  return (v) => {
    if (!UUID_RE.test(v.profileUuid) || !UUID_RE.test(v.identityUuid)) throw new Error('profile and identity UUIDs must be upper-case UUIDs');
    if (kinds.acme && !v.acmeClientIdentifier) throw new Error('an ACME identity needs a one-time ClientIdentifier');
    const values: Record<string, string> = {
      serial: v.device.serial,
      udid: v.device.udid,
      product: v.device.product ?? '',
      profileUuid: v.profileUuid,
      identityUuid: v.identityUuid,
      acmeClientIdentifier: v.acmeClientIdentifier ?? '',
      scepChallenge: v.scepChallenge ?? '',
      userEmail: v.user?.email ?? '',
      userName: v.user?.name ?? '',
      userSubject: v.user?.subject ?? '',
      userIssuer: v.user?.issuer ?? '',
    };
    return Buffer.from(
      text.replace(SLOT_RE, (_m, name: string) => escapeXml(values[name])),
      'utf8',
    );
  };
}
