import { createHash } from 'node:crypto';
import type { AdeProfileConfig } from '../config/schema.ts';
import type { Profile } from '../apple/types.ts';

/** Certificates referenced by a profile, already read from their files (DER). */
export interface ProfileCerts {
  anchor: Buffer[];
  supervising: Buffer[];
}

/**
 * The JSON we send to POST /profile (A.10): the admin's keys, file references turned into base64 DER, and empty
 * optional strings omitted (Apple answers *_INVALID for "" rather than ignoring it).
 */
export function buildAdeProfile(cfg: AdeProfileConfig, certs: ProfileCerts = { anchor: [], supervising: [] }): Profile {
  const { anchor_cert_files: _a, supervising_host_cert_files: _s, ...keys } = cfg;
  const out: Profile = { profile_name: keys.profile_name, url: keys.url };
  for (const [k, v] of Object.entries(keys)) {
    if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0 && k !== 'skip_setup_items')) continue;
    (out as Record<string, unknown>)[k] = v;
  }
  if (certs.anchor.length) out.anchor_certs = certs.anchor.map((c) => c.toString('base64'));
  if (certs.supervising.length) out.supervising_host_certs = certs.supervising.map((c) => c.toString('base64'));
  return out;
}

function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical);
  if (v && typeof v === 'object')
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map((k) => [k, canonical((v as Record<string, unknown>)[k])]),
    );
  return v;
}

/** Content hash of a definition: a profile is defined at Apple again only when this changes (Apple profiles are immutable). */
export function profileHash(p: Profile): string {
  return createHash('sha256')
    .update(JSON.stringify(canonical(p)))
    .digest('hex');
}

/** Certificate files may be PEM or DER; Apple wants DER. */
export function certToDer(buf: Buffer): Buffer[] {
  const text = buf.toString('latin1');
  if (!text.includes('-----BEGIN CERTIFICATE-----')) return [buf];
  return [...text.matchAll(/-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/g)].map((m) => Buffer.from(m[1].replace(/\s+/g, ''), 'base64'));
}
