// A.10 / A.11: validate a Define-a-Profile body like Apple does. Pure: returns the first error code, or the profile to store.
import type { Profile } from '../apple/types.ts';

export type ProfileCheck = { ok: true; profile: Profile } | { ok: false; code: string };

const BOOL_KEYS = [
  'allow_pairing',
  'is_supervised',
  'is_mandatory',
  'is_mdm_removable',
  'await_device_configured',
  'auto_advance_setup',
  'is_multi_user',
  'is_return_to_service',
  'do_not_use_profile_from_backup',
] as const;
const STRING_ARRAY_KEYS = ['anchor_certs', 'supervising_host_certs', 'skip_setup_items', 'devices'] as const;

function isUrl(v: unknown): boolean {
  if (typeof v !== 'string' || v.length === 0 || v.length > 2000 || /\s/.test(v)) return false;
  try {
    const u = new URL(v);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname.length > 0;
  } catch {
    return false;
  }
}

const len = (v: unknown, min: number, max: number) => typeof v === 'string' && [...v].length >= min && [...v].length <= max;

/** Apple's order of checks is undocumented; we check required keys first, then each field in table order. */
export function validateProfile(body: unknown): ProfileCheck {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { ok: false, code: 'MALFORMED_REQUEST_BODY' };
  const p = body as Record<string, unknown>;
  for (const k of STRING_ARRAY_KEYS) {
    if (p[k] !== undefined && (!Array.isArray(p[k]) || !(p[k] as unknown[]).every((x) => typeof x === 'string')))
      return { ok: false, code: 'MALFORMED_REQUEST_BODY' };
  }
  if (p.profile_name === undefined || p.profile_name === null) return { ok: false, code: 'CONFIG_NAME_REQUIRED' };
  if (!len(p.profile_name, 1, 125)) return { ok: false, code: 'CONFIG_NAME_INVALID' };
  if (p.url === undefined || p.url === null) return { ok: false, code: 'CONFIG_URL_REQUIRED' };
  if (!isUrl(p.url)) return { ok: false, code: 'CONFIG_URL_INVALID' };
  if (p.configuration_web_url !== undefined && !isUrl(p.configuration_web_url)) return { ok: false, code: 'CONFIG_URL_INVALID' };
  if (p.department !== undefined && !len(p.department, 1, 125)) return { ok: false, code: 'DEPARTMENT_INVALID' };
  for (const k of BOOL_KEYS) if (p[k] !== undefined && typeof p[k] !== 'boolean') return { ok: false, code: 'FLAGS_INVALID' };
  if (p.is_mdm_removable === false && p.is_supervised !== true) return { ok: false, code: 'FLAGS_INVALID' };
  if (p.language !== undefined && (typeof p.language !== 'string' || !/^[a-z]{2,3}$/i.test(p.language))) return { ok: false, code: 'LOCALE_INVALID' };
  if (p.region !== undefined && (typeof p.region !== 'string' || !/^[A-Z]{2}$/.test(p.region))) return { ok: false, code: 'LOCALE_INVALID' };
  if (p.org_magic !== undefined && !len(p.org_magic, 1, 256)) return { ok: false, code: 'MAGIC_INVALID' };
  if (p.support_phone_number !== undefined && !len(p.support_phone_number, 1, 50)) return { ok: false, code: 'SUPPORT_PHONE_INVALID' };
  // Length only: Apple accepted "(Optional) support@example.com" (fixtures/apple-api/fetch_profile_response.json).
  if (p.support_email_address !== undefined && !len(p.support_email_address, 1, 250)) return { ok: false, code: 'SUPPORT_EMAIL_INVALID' };
  return { ok: true, profile: p as Profile };
}

/** What GET /profile returns: the stored body minus `devices`, plus `profile_uuid`. */
export function storedProfile(p: Profile, uuid: string): Profile {
  const { devices: _devices, profile_uuid: _u, ...rest } = p;
  return { ...rest, profile_uuid: uuid } as Profile;
}
