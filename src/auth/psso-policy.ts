/**
 * What Platform SSO during ADE (spec Part C) asks of one verified enrollment request: pure decisions, no I/O
 * (src/auth/psso.ts does the storage and the answers).
 *
 * In scope: psso.enabled, a Mac (by PRODUCT, else the device record), of a listed token and ADE profile when lists are
 * given. Then:
 * - MachineInfo says MDM_CAN_REQUEST_PSSO_CONFIG → the 403 com.apple.psso.required (a bearer header is ignored: the flag
 *   starts the sequence, and the re-POST is sent without it, C.1 step 6);
 * - no flag, with `Authorization: Bearer <token>` → the token is checked (psso.ts);
 * - no flag and no token, macOS 26 or later → refused: such a Mac sends the flag on its first POST, so
 *   this is a replay of its flagless re-POST, or a client skipping the sign-in;
 * - no flag and no token, below macOS 26 (or no readable OS_VERSION: before macOS 14) → `unsupported_devices` (serve by default: Apple sends the 403 only to devices
 *   that say they can take it).
 */
import type { PssoConfig } from '../config/schema.ts';
import { parseOsVersion, platformOf, type DeviceRecord } from '../enroll/decide.ts';
import type { MachineInfo } from '../enroll/machineinfo.ts';

/** The first macOS whose Setup Assistant does Platform SSO registration (MDM_CAN_REQUEST_PSSO_CONFIG). */
const PSSO_MINIMUM_MACOS = 26;

/** A token as psso.ts mints it: 32 random bytes, base64url without padding. */
const TOKEN_RE = /^[A-Za-z0-9_-]{43}$/;

export const PSSO_REFUSALS = {
  signInRequired: 'adesync.psso_sign_in_required',
  tokenInvalid: 'adesync.psso_token_invalid',
  unsupported: 'adesync.psso_unsupported',
} as const;

export type PssoStep =
  | { step: 'serve'; reason: string }
  | { step: 'require' }
  | { step: 'token'; token: string }
  | { step: 'refuse'; code: string; message: string; reason: string };

export interface PssoInput {
  config: PssoConfig | undefined;
  mi: MachineInfo;
  device: DeviceRecord | undefined;
  /** The ADE profile the rules choose for this device (a name under profiles:), when known. */
  adeProfile?: string;
  /** The request's Authorization header. */
  authorization?: string;
}

export function pssoStep(i: PssoInput): PssoStep {
  const c = i.config;
  if (!c?.enabled) return { step: 'serve', reason: 'psso off' };
  const scope = outOfScope(c, i);
  if (scope) return { step: 'serve', reason: scope };
  if (i.mi.MDM_CAN_REQUEST_PSSO_CONFIG === true) return { step: 'require' };
  if (i.authorization !== undefined) {
    const m = /^Bearer +(\S+) *$/i.exec(i.authorization);
    if (!m || !TOKEN_RE.test(m[1]))
      return {
        step: 'refuse',
        code: PSSO_REFUSALS.tokenInvalid,
        message: 'The sign-in token is not valid. Restart Setup Assistant and sign in again.',
        reason: m ? 'bearer token malformed' : 'Authorization is not a Bearer token',
      };
    return { step: 'token', token: m[1] };
  }
  const os = parseOsVersion(i.mi.OS_VERSION);
  if (os && os.parts[0] >= PSSO_MINIMUM_MACOS)
    return {
      step: 'refuse',
      code: PSSO_REFUSALS.signInRequired,
      message: 'This Mac must sign in to your organisation before it enrolls. Restart Setup Assistant and sign in when asked.',
      reason: `macOS ${os.parts.join('.')} without MDM_CAN_REQUEST_PSSO_CONFIG and without a token`,
    };
  const seen = os ? `macOS ${os.parts.join('.')}` : 'a Mac with no readable OS_VERSION (before macOS 14)';
  if (c.unsupported_devices === 'serve') return { step: 'serve', reason: `${seen} cannot do Platform SSO during setup` };
  return {
    step: 'refuse',
    code: PSSO_REFUSALS.unsupported,
    message: `This Mac must be updated to macOS ${PSSO_MINIMUM_MACOS} or later to enroll: it needs to sign in to your organisation during setup.`,
    reason: `${seen}: below ${PSSO_MINIMUM_MACOS}, unsupported_devices: refuse`,
  };
}

/** Why the device is outside psso's scope, or undefined when it is in. */
function outOfScope(c: PssoConfig, i: PssoInput): string | undefined {
  if (platformOf(i.mi.PRODUCT, i.device?.os) !== 'macOS') return 'not a Mac';
  if (c.tokens.length && !(i.device && c.tokens.includes(i.device.token))) return 'token not in psso.tokens';
  if (c.profiles.length && !(i.adeProfile && c.profiles.includes(i.adeProfile))) return 'ADE profile not in psso.profiles';
  return undefined;
}

/** Why a presented token does not admit this device: undefined when it does. */
export function tokenMismatch(grant: { serial_number: string; udid: string }, mi: Pick<MachineInfo, 'SERIAL' | 'UDID'>): string | undefined {
  if (grant.serial_number !== mi.SERIAL) return 'token minted for another serial';
  if (grant.udid !== mi.UDID) return 'token minted for another UDID';
  return undefined;
}
