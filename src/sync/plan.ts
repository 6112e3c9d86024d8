/**
 * What one device of a sync page changes, decided from the row we hold (or none) and what Apple sent: a pure function,
 * so both store engines (SQLite row by row, PostgreSQL in batches) apply exactly the same rules.
 */
import type { Columns, StoredDevice } from '../store/devices.ts';
import type { AssignmentRow } from '../store/assignments.ts';
import type { Verdict } from '../assign/policy.ts';
import { nextAssignment } from '../assign/next.ts';
import { diff } from '../store/devices.ts';

/** One device of a page, prepared as it arrives (no row needed). */
export interface PageItem {
  serial: string;
  opType: string | null;
  opDate: string | null;
  cols: Columns;
  raw: string;
  deleted: boolean;
  verdict: Verdict;
}

export type DeviceChangeKind = 'added' | 'modified' | 'deleted';

/** The device row's new values (its identity, token + serial, is the page's). */
interface DeviceValues {
  raw_json: string;
  last_seen: string;
  profile_status: string;
  profile_uuid: string | null;
  deleted_at: string | null;
  seen_fetch_run: number | null;
}

export interface DevicePlan {
  kind: DeviceChangeKind | null;
  change: { before: unknown; after: unknown } | null;
  values: DeviceValues;
}

/** Added, modified (a compared field changed), deleted (Apple said so, once), or nothing to report. */
export function planDevice(item: PageItem, row: StoredDevice | undefined, at: string, phase: 'fetch' | 'sync', fetchRunId: number | null): DevicePlan {
  const { cols, raw, deleted } = item;
  let kind: DeviceChangeKind | null = null;
  let change: DevicePlan['change'] = null;
  if (deleted) {
    if (!row?.deleted_at) kind = 'deleted';
  } else if (!row || row.deleted_at) kind = 'added';
  else if (row.raw_json !== raw && (change = diff(row, cols))) kind = 'modified';
  return {
    kind,
    change,
    values: {
      raw_json: raw,
      last_seen: at,
      // a deletion record may omit the profile: keep what we knew
      profile_status: deleted && row ? row.profile_status : (cols.profile_status as string),
      profile_uuid: deleted && row ? row.profile_uuid : (cols.profile_uuid as string | null),
      deleted_at: deleted ? (row?.deleted_at ?? at) : null,
      seen_fetch_run: phase === 'fetch' ? fetchRunId : null,
    },
  };
}

/** The assignment row to write for a device of the page, or null when the stored one already says the same. */
export function plannedAssignment(
  prev: AssignmentRow | undefined,
  item: PageItem,
  deviceId: number,
  token: string,
  at: string,
  kind: DeviceChangeKind | null,
): AssignmentRow | null {
  const next = nextAssignment(prev, item.verdict, deviceId, token, item.serial, at, kind === 'added' || item.opType === 'added');
  const same =
    prev && prev.state === next.state && prev.profile_uuid === next.profile_uuid && prev.profile_name === next.profile_name && prev.reason === next.reason;
  return same ? null : next;
}
