/**
 * Placeholders in identity payload values (spec B.4: per-user values belong in the identity's Subject and
 * SubjectAltName, never in the profile's immutable keys). Pure: the config check and the substitution.
 *
 *   {{user.email}} {{user.name}} {{user.subject}} {{user.issuer}}   the user a login bound (web view, OTA, PSSO)
 *   {{device.serial}} {{device.udid}} {{device.product}}            from the device's verified MachineInfo
 *   %SERIAL% %UDID% %PRODUCT%                                        the older spelling of the device ones
 *
 * A user-less enrollment (a plain ADE POST), or a user without that claim (no email from the IdP): the Subject attribute
 * or SubjectAltName entry holding that placeholder is left out of the payload, never filled with an empty string (a CA
 * would refuse `CN=` or an empty rfc822Name, or worse, issue it). A Subject must therefore keep one attribute without a
 * user placeholder (checked at config load).
 */

/** Every placeholder, with what it becomes (the README lists them too). */
const PLACEHOLDERS = {
  'user.email': "the logged-in user's email claim",
  'user.name': "the user's name claim",
  'user.subject': "the ID token's sub (the user's stable id at the IdP)",
  'user.issuer': "the ID token's iss",
  'device.serial': 'the serial number (MachineInfo SERIAL)',
  'device.udid': 'the UDID (MachineInfo UDID)',
  'device.product': 'the product, e.g. Mac14,2 (empty if the device sent none)',
} as const;
type PlaceholderName = keyof typeof PLACEHOLDERS;
export const USER_FIELDS = ['email', 'name', 'subject', 'issuer'] as const;
export type UserField = (typeof USER_FIELDS)[number];

const LEGACY: Record<string, PlaceholderName> = { '%SERIAL%': 'device.serial', '%UDID%': 'device.udid', '%PRODUCT%': 'device.product' };
const TOKEN_RE = /\{\{([^{}]*)\}\}|%SERIAL%|%UDID%|%PRODUCT%/g;

const nameOf = (token: string, inner: string | undefined): string => (inner === undefined ? LEGACY[token] : inner.trim());
const isKnown = (n: string): n is PlaceholderName => Object.hasOwn(PLACEHOLDERS, n);

/** Config check: the unknown placeholders in a value, as written (`{{user.mail}}`). */
export function unknownPlaceholders(value: string): string[] {
  const out: string[] = [];
  for (const m of value.matchAll(TOKEN_RE)) if (!isKnown(nameOf(m[0], m[1]))) out.push(m[0]);
  return out;
}

/** The user fields a value refers to. */
export function userFieldsIn(value: string): UserField[] {
  const out = new Set<UserField>();
  for (const m of value.matchAll(TOKEN_RE)) {
    const n = nameOf(m[0], m[1]);
    if (isKnown(n) && n.startsWith('user.')) out.add(n.slice(5) as UserField);
  }
  return [...out];
}

export const placeholderHelp = () =>
  Object.keys(PLACEHOLDERS)
    .map((n) => `{{${n}}}`)
    .join(' ');

/** What the placeholders of one profile stand for. A user field that is undefined has no value (see the rule above). */
export interface PlaceholderValues {
  device: { serial: string; udid: string; product?: string };
  user?: Partial<Record<UserField, string>>;
}

// Characters XML cannot carry, removed from claims: an IdP's odd name claim must not fail the build.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
/** A claim as it may go into the profile's XML. */
const xmlSafeClaim = (s: string) => s.replace(NOT_XML, '');

/** The value with its placeholders filled, or undefined when one of them is a user field without a value. */
export function fillPlaceholders(value: string, v: PlaceholderValues): string | undefined {
  let missing = false;
  const out = value.replace(TOKEN_RE, (token, inner: string | undefined) => {
    const n = nameOf(token, inner);
    if (!isKnown(n)) return token; // refused at config load; kept as written if a caller skipped the check
    if (n === 'device.serial') return v.device.serial;
    if (n === 'device.udid') return v.device.udid;
    if (n === 'device.product') return v.device.product ?? '';
    if (n.startsWith('user.')) {
      const x = v.user?.[n.slice(5) as UserField];
      if (!x) missing = true;
      return x ?? '';
    }
    return token;
  });
  return missing ? undefined : out;
}

/** The user's placeholder values: XML-safe, and only the claims that have one (an empty claim counts as none). */
export function placeholderUser(u: { email?: string; name?: string; subject: string; issuer: string } | undefined): PlaceholderValues['user'] {
  if (!u) return undefined;
  const out: Partial<Record<UserField, string>> = {};
  for (const f of USER_FIELDS) {
    const x = u[f] === undefined ? '' : xmlSafeClaim(u[f]);
    if (x) out[f] = x;
  }
  return out;
}

/** Which user fields have a value: profiles differ in shape only by this (an entry left out), so templates are per mask. */
export const userMask = (u: PlaceholderValues['user']) => USER_FIELDS.map((f) => (u?.[f] ? '1' : '0')).join('');
