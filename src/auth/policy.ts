/**
 * Who may enroll after a login: the user's claims and the device against enrollment.login.allow. Pure, so a table test
 * states the whole rule.
 */
import type { AuthUser } from './types.ts';

export interface LoginAllow {
  groups?: string[];
  email_domains?: string[];
  device_families?: string[];
  tokens?: string[];
}

/** What the flow knows of the device (the web view: from the verified blob and the device list; OTA: nothing yet). */
export interface DeviceFacts {
  family?: string | null;
  token?: string | null;
}

export type LoginVerdict = { allow: true } | { allow: false; reason: string };

/** `emailVerified`: the ID token's email_verified (false refuses an email_domains match; absent counts as verified). */
export function mayEnroll(user: AuthUser, allow: LoginAllow | undefined, device: DeviceFacts = {}, emailVerified?: boolean): LoginVerdict {
  if (!allow) return { allow: true };
  if (allow.device_families?.length && !(device.family && allow.device_families.includes(device.family)))
    return { allow: false, reason: `this device (${device.family ?? 'family unknown'}) may not enroll through this login` };
  if (allow.tokens?.length && !(device.token && allow.tokens.includes(device.token)))
    return { allow: false, reason: 'this device is not in a server token that may enroll through this login' };
  const groups = allow.groups ?? [];
  const domains = (allow.email_domains ?? []).map((d) => d.toLowerCase());
  if (!groups.length && !domains.length) return { allow: true };
  if (groups.some((g) => user.groups.includes(g))) return { allow: true };
  const domain = user.email?.split('@').at(-1)?.toLowerCase();
  if (domain && domains.includes(domain) && user.email!.includes('@')) {
    if (emailVerified === false) return { allow: false, reason: `the email address ${user.email} is not verified by the identity provider` };
    return { allow: true };
  }
  return { allow: false, reason: `${user.email ?? user.subject} is not allowed to enroll this device` };
}
