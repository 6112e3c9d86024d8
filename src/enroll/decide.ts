/**
 * The enrollment decision: a pure function from (MachineInfo, our device record, config) to serve / OS update required /
 * refuse. No I/O here; the server does the lookup and the recording.
 *
 * Documented choices:
 * - Only serials one of our tokens holds, not deleted, are served (unless allow_unknown_serials).
 * - Platform comes from PRODUCT; when PRODUCT is unfamiliar, from the device record's `os`.
 * - Versions compare numerically per component (16.10 > 16.9); a Rapid Security Response suffix "(a)" counts above its
 *   base (16.1 (a) > 16.1) and below the next release. The minimum's build is only echoed to the device, never compared
 *   (B.7: if they conflict, OSVersion wins).
 * - Devices before iOS/tvOS 17 and macOS 14 send no OS_VERSION. Without it a device cannot be asked to update (we never
 *   send the 403 then, whatever MDM_CAN_REQUEST_SOFTWARE_UPDATE says). Its major version is derived from the build
 *   (VERSION): its leading number is the Darwin major (iOS/tvOS = Darwin − 4, macOS 11+ = Darwin − 9, macOS 10.x =
 *   10.(Darwin − 4)). The minor is unknown, so for the minimum check such a device is "below" only when its major is
 *   below the minimum's major (benefit of the doubt), and then `below_minimum_cannot_update` applies. A build we cannot
 *   read leaves the version unknown: the minimum cannot be judged and the device is served (reason says so).
 * - ACME needs iOS/iPadOS/tvOS 16, macOS 13.1, visionOS 1 (C.4). Below that — or when only the major is known and it
 *   cannot prove the minimum — the profile uses `fallback_identity` if configured; without one the device is refused
 *   (403 adesync.acme_unsupported_os): an ACME payload the OS cannot install would leave it stuck in Setup Assistant.
 */
import type { MachineInfo } from './machineinfo.ts';

export type Platform = 'iOS' | 'iPadOS' | 'macOS' | 'tvOS' | 'visionOS';

/** What the caller's lookup returns: the device row for this serial (see lookup.ts). */
export interface DeviceRecord {
  token: string;
  serial_number: string;
  device_family?: string | null;
  os?: string | null;
  model?: string | null;
  profile_status?: string | null;
  deleted_at?: string | null;
}

interface MinimumOs {
  version: string;
  build?: string;
}

export interface DecideConfig {
  minimum_os: Partial<Record<Platform, MinimumOs>>;
  allow_unknown_serials: boolean;
  below_minimum_cannot_update: 'serve' | 'refuse';
  identity_type: 'acme' | 'scep' | 'pkcs12';
  has_fallback_identity: boolean;
}

export interface DecideInput {
  machineInfo: MachineInfo;
  device?: DeviceRecord;
  config: DecideConfig;
  profileRule?: string;
}

interface RefusalBody {
  code: string;
  message: string;
}
interface SoftwareUpdateRequiredBody {
  code: 'com.apple.softwareupdate.required';
  description: string;
  details: { OSVersion: string; BuildVersion?: string };
}

interface Common {
  platform?: Platform;
  osVersion?: string;
  token?: string;
  reason: string;
  profileRule?: string;
}
export type Decision =
  | (Common & { decision: 'served'; status: 200; identity: 'primary' | 'fallback' })
  | (Common & { decision: 'os_update_required'; status: 403; body: SoftwareUpdateRequiredBody })
  | (Common & { decision: 'refused'; status: 403; body: RefusalBody });

const PRODUCT_PLATFORMS: [RegExp, Platform][] = [
  [/^(iPhone|iPod)/, 'iOS'],
  [/^iPad/, 'iPadOS'],
  [/^(Mac|MacBook|iMac|VirtualMac)/, 'macOS'],
  [/^AppleTV/, 'tvOS'],
  [/^RealityDevice/, 'visionOS'],
];
const RECORD_OS: Record<string, Platform> = { ios: 'iOS', ipados: 'iPadOS', osx: 'macOS', macos: 'macOS', tvos: 'tvOS', visionos: 'visionOS' };

export function platformOf(product: string | undefined, recordOs?: string | null): Platform | undefined {
  for (const [re, p] of PRODUCT_PLATFORMS) if (product && re.test(product)) return p;
  return recordOs ? RECORD_OS[recordOs.toLowerCase()] : undefined;
}

export interface OsVersion {
  parts: number[];
  rsr: string;
  majorOnly: boolean;
}

/** "17.4", "16.1 (a)", "16.1(a)", "14" → parts + RSR letter. Undefined when unreadable. */
export function parseOsVersion(s: string | undefined, extra?: string): OsVersion | undefined {
  if (!s) return undefined;
  // trimmed first: two \s* runs around an optional group backtrack quadratically on "1", many spaces, "x"
  const m = /^(\d+(?:\.\d+){0,3})(?:\s*\(([a-z])\))?$/.exec(s.trim());
  if (!m) return undefined;
  let rsr = m[2] ?? '';
  const e = extra && /^\(([a-z])\)$/.exec(extra.trim());
  if (!rsr && e) rsr = e[1];
  return { parts: m[1].split('.').map(Number), rsr, majorOnly: false };
}

/** Negative, zero or positive like a comparator; the RSR letter sorts after its base release. */
export function compareOsVersions(a: OsVersion, b: OsVersion): number {
  const n = Math.max(a.parts.length, b.parts.length);
  for (let i = 0; i < n; i++) {
    const d = (a.parts[i] ?? 0) - (b.parts[i] ?? 0);
    if (d) return d;
  }
  return a.rsr === b.rsr ? 0 : a.rsr < b.rsr ? -1 : 1;
}

/** The major version implied by a build number on a device that sent no OS_VERSION (pre-17 / pre-macOS 14). */
export function majorFromBuild(build: string, platform: Platform | undefined): OsVersion | undefined {
  const m = /^(\d{1,2})[A-Z]\d/.exec(build);
  if (!m || !platform) return undefined;
  const darwin = Number(m[1]);
  // Only builds before the OS_VERSION era are mapped; later builds must come with OS_VERSION (and iOS 26 broke the rule).
  if ((platform === 'iOS' || platform === 'iPadOS' || platform === 'tvOS') && darwin >= 9 && darwin <= 20)
    return { parts: [darwin - 4], rsr: '', majorOnly: true };
  if (platform === 'macOS' && darwin >= 20 && darwin <= 22) return { parts: [darwin - 9], rsr: '', majorOnly: true };
  if (platform === 'macOS' && darwin >= 5 && darwin <= 19) return { parts: [10, darwin - 4], rsr: '', majorOnly: true };
  return undefined;
}

function formatOsVersion(v: OsVersion): string {
  return v.parts.join('.') + (v.majorOnly ? '.x' : '') + (v.rsr ? ` (${v.rsr})` : '');
}

/** Below the minimum? With only a major known, only a lower major counts as below (benefit of the doubt). */
function isBelow(v: OsVersion, min: OsVersion): boolean {
  if (v.majorOnly) return v.parts[0] < min.parts[0];
  return compareOsVersions(v, min) < 0;
}
/** Proven to be at least `min`? With only a major known, the major must be above, or equal with a .0 minimum. */
function provenAtLeast(v: OsVersion, min: OsVersion): boolean {
  if (v.majorOnly) return v.parts[0] > min.parts[0] || (v.parts[0] === min.parts[0] && min.parts.slice(1).every((x) => x === 0) && !min.rsr);
  return compareOsVersions(v, min) >= 0;
}

const ACME_MINIMUM_OS: Record<Platform, string> = { iOS: '16.0', iPadOS: '16.0', tvOS: '16.0', macOS: '13.1', visionOS: '1.0' };

export function decide(input: DecideInput): Decision {
  const { machineInfo: mi, device, config } = input;
  const platform = platformOf(mi.PRODUCT, device?.os);
  const base = { platform, token: device?.token, profileRule: input.profileRule };
  const refuse = (code: string, message: string, reason: string, osVersion?: string): Decision => ({
    ...base,
    osVersion,
    decision: 'refused',
    status: 403,
    body: { code, message },
    reason,
  });

  if (!device && !config.allow_unknown_serials) {
    return refuse(
      'adesync.unknown_device',
      `This device (serial ${mi.SERIAL}) is not assigned to this organisation's MDM server.`,
      'serial not held by any of our tokens',
    );
  }
  if (device?.deleted_at && !config.allow_unknown_serials) {
    return refuse(
      'adesync.unknown_device',
      `This device (serial ${mi.SERIAL}) is no longer assigned to this organisation's MDM server.`,
      `serial removed from token ${device.token} at ${device.deleted_at}`,
    );
  }

  const reported = parseOsVersion(mi.OS_VERSION, mi.SUPPLEMENTAL_OS_VERSION_EXTRA);
  const version = reported ?? (mi.OS_VERSION === undefined ? majorFromBuild(mi.VERSION, platform) : undefined);
  const osVersion = version ? formatOsVersion(version) : undefined;
  const notes: string[] = [];
  if (!version)
    notes.push(mi.OS_VERSION === undefined ? `OS version unknown (no OS_VERSION, build ${mi.VERSION})` : `OS_VERSION "${mi.OS_VERSION}" unreadable`);

  const min = platform ? config.minimum_os[platform] : undefined;
  const minV = min && parseOsVersion(min.version);
  if (min && minV && version && isBelow(version, minV)) {
    // Only a device that said so and reported OS_VERSION may be asked to update (B.7); others would just fail.
    const canUpdate = mi.MDM_CAN_REQUEST_SOFTWARE_UPDATE === true && reported !== undefined;
    if (canUpdate) {
      return {
        ...base,
        osVersion,
        decision: 'os_update_required',
        status: 403,
        reason: `${platform} ${osVersion} below minimum ${min.version}`,
        body: {
          code: 'com.apple.softwareupdate.required',
          description: `Device must be updated to ${min.version}`,
          details: { OSVersion: min.version, ...(min.build ? { BuildVersion: min.build } : {}) },
        },
      };
    }
    if (config.below_minimum_cannot_update === 'refuse') {
      return refuse(
        'adesync.os_below_minimum',
        `This device runs ${platform} ${osVersion}; this organisation requires ${min.version} or later. Update it, then restart setup.`,
        `${platform} ${osVersion} below minimum ${min.version}; device cannot request an update; policy refuse`,
        osVersion,
      );
    }
    notes.push(`${platform} ${osVersion} below minimum ${min.version}; device cannot request an update; served per policy`);
  } else if (min && minV && !version) {
    notes.push(`minimum ${min.version} not checked`);
  }

  let identity: 'primary' | 'fallback' = 'primary';
  if (config.identity_type === 'acme') {
    const acmeMin = platform ? parseOsVersion(ACME_MINIMUM_OS[platform]) : undefined;
    const ok = acmeMin && version ? provenAtLeast(version, acmeMin) : false;
    if (!ok) {
      const why = !platform
        ? `platform of ${mi.PRODUCT} unknown`
        : !version
          ? 'OS version unknown'
          : `${platform} ${osVersion} cannot be shown to support ACME (needs ${ACME_MINIMUM_OS[platform]})`;
      if (!config.has_fallback_identity) {
        return refuse(
          'adesync.acme_unsupported_os',
          `This device's OS is too old for this organisation's enrollment. Update it, then restart setup.`,
          `${why}; no fallback_identity configured`,
          osVersion,
        );
      }
      identity = 'fallback';
      notes.push(`${why}: fallback identity`);
    }
  }
  return { ...base, osVersion, decision: 'served', status: 200, identity, reason: notes.join('; ') || 'ok' };
}
