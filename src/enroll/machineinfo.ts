/** MachineInfo (B.3.1): the plist a device signs and POSTs (or sends base64 in x-apple-aspen-deviceinfo). */
import { isBinaryPlist, parseBinaryPlist } from './bplist.ts';
import { MACHINEINFO_LIMITS, PlistLimitError } from './plistlimits.ts';
import { parseXmlPlist } from './xmlplist.ts';

/** Wire shape, spec Part F. Unknown keys are ignored (not kept). */
export interface MachineInfo {
  UDID: string;
  SERIAL: string;
  PRODUCT: string;
  VERSION: string;
  OS_VERSION?: string;
  SUPPLEMENTAL_BUILD_VERSION?: string;
  SUPPLEMENTAL_OS_VERSION_EXTRA?: string;
  IMEI?: string;
  MEID?: string;
  LANGUAGE?: string;
  MDM_CAN_REQUEST_SOFTWARE_UPDATE?: boolean;
  SOFTWARE_UPDATE_DEVICE_ID?: string;
  /** macOS 26: the device understands the 403 com.apple.psso.required (Platform SSO during enrollment, src/auth/psso.ts). */
  MDM_CAN_REQUEST_PSSO_CONFIG?: boolean;
}

export class MachineInfoError extends Error {
  readonly code = 'MACHINEINFO_INVALID';
  /** The code the device is answered with (400): a plist over the parser's limits is told apart from a malformed one. */
  constructor(
    message: string,
    readonly reason: 'adesync.bad_machineinfo' | 'adesync.machineinfo_limit' = 'adesync.bad_machineinfo',
  ) {
    super(message);
  }
}

const MAX_STRING = 256;

const REQUIRED = ['UDID', 'SERIAL', 'PRODUCT', 'VERSION'] as const;
const OPTIONAL_STRINGS = [
  'OS_VERSION',
  'SUPPLEMENTAL_BUILD_VERSION',
  'SUPPLEMENTAL_OS_VERSION_EXTRA',
  'IMEI',
  'MEID',
  'LANGUAGE',
  'SOFTWARE_UPDATE_DEVICE_ID',
] as const;
const OPTIONAL_BOOLEANS = ['MDM_CAN_REQUEST_SOFTWARE_UPDATE', 'MDM_CAN_REQUEST_PSSO_CONFIG'] as const;

/** Device-supplied text for an error message: printable ASCII, short. */
const printable = (s: string) => s.replace(/[^\x20-\x7e]/g, '?').slice(0, 120);

/** True when the bytes look like a plist (XML or binary) rather than CMS: an unsigned MachineInfo. */
export function looksLikePlist(b: Buffer): boolean {
  if (isBinaryPlist(b)) return true;
  const head = b
    .subarray(0, 256)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart();
  return head.startsWith('<?xml') || head.startsWith('<plist') || head.startsWith('<!DOCTYPE plist');
}

/** Parse and check a MachineInfo plist (XML or binary), within MACHINEINFO_LIMITS while parsing. */
export function parseMachineInfo(bytes: Buffer): MachineInfo {
  let v: unknown;
  try {
    if (isBinaryPlist(bytes)) v = parseBinaryPlist(bytes, MACHINEINFO_LIMITS);
    else {
      const text = bytes.toString('utf8');
      // Entity declarations have no business in MachineInfo; refuse them rather than trust the XML parser's limits.
      if (/<!ENTITY/i.test(text)) throw new MachineInfoError('MachineInfo must not declare XML entities');
      v = parseXmlPlist(text, MACHINEINFO_LIMITS);
    }
  } catch (e) {
    if (e instanceof MachineInfoError) throw e;
    if (e instanceof PlistLimitError) throw new MachineInfoError(`MachineInfo is over the parser's limits: ${e.message}`, 'adesync.machineinfo_limit');
    throw new MachineInfoError(`MachineInfo is not a valid plist: ${printable((e as Error).message.split('\n')[0])}`); // names and text the device sent
  }
  if (v === null || typeof v !== 'object' || Array.isArray(v) || v instanceof Uint8Array || v instanceof Date) {
    throw new MachineInfoError('MachineInfo must be a plist dictionary');
  }
  const d = v as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of REQUIRED) {
    const x = d[k];
    if (x === undefined) throw new MachineInfoError(`MachineInfo lacks the required key ${k}`);
    if (typeof x !== 'string') throw new MachineInfoError(`MachineInfo key ${k} must be a string`);
    if (x.length === 0 || x.length > MAX_STRING) throw new MachineInfoError(`MachineInfo key ${k} must be 1–${MAX_STRING} characters`);
    out[k] = x;
  }
  for (const k of OPTIONAL_STRINGS) {
    const x = d[k];
    if (x === undefined) continue;
    if (typeof x !== 'string') throw new MachineInfoError(`MachineInfo key ${k} must be a string`);
    if (x.length > MAX_STRING) throw new MachineInfoError(`MachineInfo key ${k} is longer than ${MAX_STRING} characters`);
    out[k] = x;
  }
  for (const k of OPTIONAL_BOOLEANS) {
    const x = d[k];
    if (x === undefined) continue;
    if (typeof x !== 'boolean') throw new MachineInfoError(`MachineInfo key ${k} must be a boolean`);
    out[k] = x;
  }
  // Serials and UDIDs end up in SQL, logs and the profile subject: printable ASCII only.
  if (!/^[A-Za-z0-9]{1,64}$/.test(out.SERIAL as string)) throw new MachineInfoError('MachineInfo SERIAL must be 1–64 letters and digits');
  if (!/^[A-Za-z0-9-]{1,64}$/.test(out.UDID as string)) throw new MachineInfoError('MachineInfo UDID must be 1–64 letters, digits and "-"');
  if (!/^[\x21-\x7e]+$/.test(out.PRODUCT as string)) throw new MachineInfoError('MachineInfo PRODUCT must be printable ASCII');
  return out as unknown as MachineInfo;
}
