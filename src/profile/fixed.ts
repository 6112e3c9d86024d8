/**
 * What must stay byte-identical in every enrollment profile served to a device (spec Part D, apple-ade-protocol C.6):
 * a replacement that changes one of these is installed beside the old profile or rejected. Pure: `adesync profile show`
 * prints it, the tests compare served profiles against it.
 */
import type { X509Certificate } from 'node:crypto';
import type { EnrollmentConfig } from '../config/schema.ts';

export interface FixedField {
  field: string;
  value: string | number | boolean;
  /** Why it must not change, in one line (README "Replacing and renewing the enrollment profile"). */
  why: string;
}

const PER_USER = 'com.apple.mdm.per-user-connections';

/** The fixed fields as the builder writes them (CheckInURL defaults to ServerURL there too). */
export function fixedFields(e: EnrollmentConfig, signerSubject?: string): FixedField[] {
  const m = e.profile.mdm;
  const out: FixedField[] = [
    {
      field: 'PayloadIdentifier',
      value: e.profile.payload_identifier,
      why: 'decides replace or add: the same identifier replaces the installed profile, another one is added beside it and a second MDM payload fails',
    },
    { field: 'Topic', value: m.topic, why: "immutable in the MDM payload: the device rejects a replacement with another APNs topic (your push certificate's)" },
    { field: 'ServerURL', value: m.server_url, why: 'immutable, byte for byte including any query string: a replacement with another URL is rejected' },
    { field: 'CheckInURL', value: m.check_in_url ?? m.server_url, why: 'immutable like ServerURL (it is ServerURL when check_in_url is not set)' },
    { field: 'AccessRights', value: m.access_rights, why: 'a replacement may not add a right (removing one is allowed)' },
    {
      field: 'per-user-connections',
      value: m.server_capabilities.includes(PER_USER),
      why: `whether ServerCapabilities holds ${PER_USER} may not change`,
    },
  ];
  if (signerSubject !== undefined)
    out.push({
      field: 'signer',
      value: signerSubject,
      why: 'a profile installed outside MDM (OTA, by hand) is replaced only by one signed by the same identity; MDM InstallProfile is exempt',
    });
  return out;
}

/** The signer as shown and stored: its subject on one line. */
export const signerSubject = (c: X509Certificate) => c.subject.split('\n').join(', ');

/** The fixed values alone (no reasons), as stored per served set: JSON with a stable key order. */
export function fixedFieldsJson(e: EnrollmentConfig, signer: X509Certificate): string {
  return JSON.stringify(Object.fromEntries(fixedFields(e, signerSubject(signer)).map((f) => [f.field, f.value])));
}

/** Pure: the fields whose value differs between the config's and a served set (a field the set lacks is not compared). */
export function changedFields(current: FixedField[], served: Record<string, unknown>): { field: string; config: unknown; served: unknown }[] {
  return current.filter((f) => f.field in served && served[f.field] !== f.value).map((f) => ({ field: f.field, config: f.value, served: served[f.field] }));
}
