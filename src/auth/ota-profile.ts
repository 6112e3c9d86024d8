/**
 * The pure half of OTA enrollment (spec Part A), run in the enrollment workers: the device's attribute plist (A.3.2),
 * the phase-1 Profile Service payload (A.2), the phase-2 SCEP identity profile (A.3.4), the phase-3 encryption of
 * PayloadContent (A.4) and the session the phase-2 identity names in its subject.
 */
import { randomUUID, type X509Certificate } from 'node:crypto';
import { encryptEnvelopedData } from '../cms/encrypt.ts';
import { isBinaryPlist, parseBinaryPlist } from '../enroll/bplist.ts';
import { MACHINEINFO_LIMITS, PlistLimitError } from '../enroll/plistlimits.ts';
import { parseXmlPlist } from '../enroll/xmlplist.ts';
import { xmlPlist } from '../profile/mobileconfig.ts';

/** A.3.2: what a device returns in phases 2 and 3. Unrequested keys (UserID, NotOnConsole, …) are not kept. */
export interface OtaAttributes {
  UDID: string;
  SERIAL: string;
  PRODUCT?: string;
  VERSION?: string;
  CHALLENGE?: string;
  IMEI?: string;
  MEID?: string;
  ICCID?: string;
  MAC_ADDRESS_EN0?: string;
  DEVICE_NAME?: string;
}

export class OtaAttributesError extends Error {
  constructor(
    message: string,
    readonly code: 'adesync.bad_ota_attributes' | 'adesync.ota_attributes_limit' = 'adesync.bad_ota_attributes',
  ) {
    super(message);
  }
}

const OPTIONAL = ['PRODUCT', 'VERSION', 'CHALLENGE', 'IMEI', 'MEID', 'ICCID', 'MAC_ADDRESS_EN0', 'DEVICE_NAME'] as const;
const MAX_STRING = 256;

/** Parse and check the signed attribute plist (XML or binary) within the MachineInfo limits. */
export function parseOtaAttributes(bytes: Buffer): OtaAttributes {
  let v: unknown;
  try {
    if (isBinaryPlist(bytes)) v = parseBinaryPlist(bytes, MACHINEINFO_LIMITS);
    else {
      const text = bytes.toString('utf8');
      if (/<!ENTITY/i.test(text)) throw new OtaAttributesError('the device attributes must not declare XML entities');
      v = parseXmlPlist(text, MACHINEINFO_LIMITS);
    }
  } catch (e) {
    if (e instanceof OtaAttributesError) throw e;
    if (e instanceof PlistLimitError)
      throw new OtaAttributesError(`the device attributes are over the parser's limits: ${e.message}`, 'adesync.ota_attributes_limit');
    throw new OtaAttributesError('the device attributes are not a valid plist');
  }
  if (v === null || typeof v !== 'object' || Array.isArray(v) || v instanceof Uint8Array || v instanceof Date) {
    throw new OtaAttributesError('the device attributes must be a plist dictionary');
  }
  const d = v as Record<string, unknown>;
  const out: Record<string, string> = {};
  for (const k of ['UDID', 'SERIAL'] as const) {
    if (typeof d[k] !== 'string') throw new OtaAttributesError(`the device attributes lack ${k} (a string)`);
  }
  for (const k of ['UDID', 'SERIAL', ...OPTIONAL]) {
    const x = d[k];
    if (x === undefined) continue;
    if (typeof x !== 'string' || x.length > MAX_STRING)
      throw new OtaAttributesError(`the device attribute ${k} must be a string of at most ${MAX_STRING} characters`);
    out[k] = x;
  }
  // They reach SQL, logs and a certificate subject: printable ASCII only.
  if (!/^[A-Za-z0-9]{1,64}$/.test(out.SERIAL)) throw new OtaAttributesError('SERIAL must be 1–64 letters and digits');
  if (!/^[A-Za-z0-9-]{1,64}$/.test(out.UDID)) throw new OtaAttributesError('UDID must be 1–64 letters, digits and "-"');
  for (const k of ['PRODUCT', 'VERSION', 'CHALLENGE'] as const)
    if (out[k] !== undefined && !/^[\x21-\x7e]*$/.test(out[k])) throw new OtaAttributesError(`${k} must be printable ASCII`);
  return out as unknown as OtaAttributes;
}

const upperUuid = () => randomUUID().toUpperCase();

export interface ProfileServiceInput {
  payloadIdentifier: string;
  displayName: string;
  organization?: string;
  url: string;
  deviceAttributes: string[];
  challenge: string;
}

/** A.2: the bare top-level Profile Service payload (PayloadContent is a dict, not a Configuration profile). */
export function profileServiceXml(o: ProfileServiceInput): Buffer {
  return Buffer.from(
    xmlPlist({
      PayloadType: 'Profile Service',
      PayloadVersion: 1,
      PayloadIdentifier: `${o.payloadIdentifier}.ota-service`,
      PayloadUUID: upperUuid(),
      PayloadDisplayName: o.displayName,
      ...(o.organization ? { PayloadOrganization: o.organization } : {}),
      PayloadDescription: 'Checks this device and enrolls it in device management.',
      PayloadContent: { URL: o.url, DeviceAttributes: o.deviceAttributes, Challenge: o.challenge },
    }),
    'utf8',
  );
}

/** The session a phase-2 identity belongs to: its subject's OU is this prefix and the session id. */
const SESSION_OU_PREFIX = 'adesync-ota ';

export interface ScepIdentityInput {
  payloadIdentifier: string;
  displayName: string;
  organization?: string;
  sessionId: string;
  serial: string;
  udid: string;
  scep: { url: string; name?: string; ca_fingerprint_hex?: string };
  challenge: string;
}

/** A.3.4: a Configuration profile with one SCEP payload (RSA 2048, Key Usage 5: phase 3 may be encrypted to it). */
export function scepIdentityProfileXml(o: ScepIdentityInput): { xml: Buffer; profileUuid: string } {
  const profileUuid = upperUuid();
  const scep = {
    PayloadType: 'com.apple.security.scep',
    PayloadVersion: 1,
    PayloadIdentifier: `${o.payloadIdentifier}.ota-identity.scep`,
    PayloadUUID: upperUuid(),
    PayloadDisplayName: 'Enrollment identity (SCEP)',
    PayloadDescription: 'Provides device encryption identity',
    PayloadContent: {
      URL: o.scep.url,
      ...(o.scep.name ? { Name: o.scep.name } : {}),
      Challenge: o.challenge,
      Keysize: 2048,
      'Key Type': 'RSA',
      'Key Usage': 5,
      Subject: [[['CN', o.udid]], [['2.5.4.5', o.serial]], [['OU', `${SESSION_OU_PREFIX}${o.sessionId}`]]],
      ...(o.scep.ca_fingerprint_hex ? { CAFingerprint: Buffer.from(o.scep.ca_fingerprint_hex, 'hex') } : {}),
    },
  };
  const xml = xmlPlist({
    PayloadType: 'Configuration',
    PayloadVersion: 1,
    PayloadIdentifier: `${o.payloadIdentifier}.ota-identity`,
    PayloadUUID: profileUuid,
    PayloadDisplayName: o.displayName,
    ...(o.organization ? { PayloadOrganization: o.organization } : {}),
    PayloadDescription: 'A device identity for the next step of enrollment.',
    PayloadContent: [scep],
  });
  return { xml: Buffer.from(xml, 'utf8'), profileUuid };
}

/** A.4: PayloadContent as its own XML plist, encrypted to the identity, in EncryptedPayloadContent; the rest unchanged. */
export function encryptPayloadContent(profile: Record<string, unknown>, recipientDer: Buffer): Buffer {
  const { PayloadContent, ...top } = profile;
  const inner = Buffer.from(xmlPlist(PayloadContent), 'utf8');
  return Buffer.from(xmlPlist({ ...top, EncryptedPayloadContent: encryptEnvelopedData(inner, recipientDer) }), 'utf8');
}

/** What phase 3 reads from the identity: the session (OU), the UDID (CN) and the serial (serialNumber). */
export function identitySubject(cert: X509Certificate): { sessionId?: string; udid?: string; serial?: string } {
  const out: { sessionId?: string; udid?: string; serial?: string } = {};
  for (const line of cert.subject.split('\n')) {
    const at = line.indexOf('=');
    const [k, v] = [line.slice(0, at), line.slice(at + 1)];
    if (k === 'CN') out.udid = v;
    else if (k === 'serialNumber') out.serial = v;
    else if (k === 'OU' && v.startsWith(SESSION_OU_PREFIX)) out.sessionId = v.slice(SESSION_OU_PREFIX.length);
  }
  return out;
}
