import type { DB } from './db.ts';
import type { Device } from '../apple/types.ts';

/** Apple fields mirrored as columns (protocol 10); everything else stays in raw_json. */
export const DEVICE_FIELDS = [
  'model',
  'description',
  'color',
  'asset_tag',
  'profile_status',
  'profile_uuid',
  'profile_assign_time',
  'profile_push_time',
  'device_assigned_date',
  'device_assigned_by',
  'os',
  'device_family',
  'op_type',
  'op_date',
  'mdm_migration_deadline',
  'bluetooth_mac_address',
  'ethernet_mac_address',
  'wifi_mac_address',
  'eid',
  'imei',
  'meid',
  'is_replacement_device',
  'released_by_replacement',
] as const;
type Field = (typeof DEVICE_FIELDS)[number];
/** A device's mirrored column values. */
export type Columns = Record<Field, string | number | null>;

/** Column values for one Apple record. profile_status "" or missing means empty (A.8). */
export function columnsOf(d: Device): Columns {
  const s = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);
  const b = (v: unknown) => (typeof v === 'boolean' ? (v ? 1 : 0) : null);
  const a = (v: unknown) => (Array.isArray(v) ? JSON.stringify(v) : null);
  return {
    model: s(d.model),
    description: s(d.description),
    color: s(d.color),
    asset_tag: s(d.asset_tag),
    profile_status: s(d.profile_status) ?? 'empty',
    profile_uuid: s(d.profile_uuid),
    profile_assign_time: s(d.profile_assign_time),
    profile_push_time: s(d.profile_push_time),
    device_assigned_date: s(d.device_assigned_date),
    device_assigned_by: s(d.device_assigned_by),
    os: s(d.os),
    device_family: s(d.device_family),
    op_type: s(d.op_type),
    op_date: s(d.op_date),
    mdm_migration_deadline: s(d.mdm_migration_deadline),
    bluetooth_mac_address: s(d.bluetooth_mac_address),
    ethernet_mac_address: s(d.ethernet_mac_address),
    wifi_mac_address: s(d.wifi_mac_address),
    eid: s(d.eid),
    imei: a(d.imei),
    meid: a(d.meid),
    is_replacement_device: b(d.is_replacement_device),
    released_by_replacement: b(d.released_by_replacement),
  };
}

/** Fields that describe the device (op_type/op_date are about the event, not the device). */
const COMPARED: Field[] = DEVICE_FIELDS.filter((f) => f !== 'op_type' && f !== 'op_date');

/** What the sync engine reads of a stored device: Apple's record as received, and the mirrored profile columns. */
export interface StoredDevice {
  id: number;
  raw_json: string;
  profile_status: string;
  profile_uuid: string | null;
  first_seen: string;
  deleted_at: string | null;
}

/** Column values of a stored device: its raw record, with the mirrored profile columns on top. */
function storedColumns(row: StoredDevice): Columns {
  return { ...columnsOf(JSON.parse(row.raw_json) as Device), profile_status: row.profile_status, profile_uuid: row.profile_uuid };
}

/** Changed fields between a stored device and new column values: {before, after}, or null when nothing changed. */
export function diff(row: StoredDevice | undefined, cols: Columns) {
  if (!row) return null;
  const old = storedColumns(row);
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const f of COMPARED) {
    if (old[f] !== cols[f]) {
      before[f] = old[f];
      after[f] = cols[f];
    }
  }
  return Object.keys(after).length ? { before, after } : null;
}

/** Prepared statements over the devices table, made once per run. Apple's fields are generated columns over raw_json. */
export function deviceStatements(db: DB) {
  const insert = db.prepare(`INSERT INTO device_rows (token, serial_number, profile_status, profile_uuid, raw_json, first_seen, last_seen, seen_fetch_run)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`);
  return {
    /** A device not stored yet (a token's first load): its new id, or undefined when the serial is already there. */
    insertNew(
      token: string,
      serial: string,
      profileStatus: unknown,
      profileUuid: unknown,
      raw: string,
      at: string,
      fetchRun: number | null,
    ): number | undefined {
      const r = insert.run(token, serial, profileStatus, profileUuid, raw, at, at, fetchRun);
      return r.changes ? Number(r.lastInsertRowid) : undefined;
    },
    get: db.prepare('SELECT id, raw_json, profile_status, profile_uuid, first_seen, deleted_at FROM device_rows WHERE serial_number = ? AND token = ?'),
    upsert: db.prepare(
      `INSERT INTO device_rows (token, serial_number, profile_status, profile_uuid, raw_json, first_seen, last_seen, deleted_at, seen_fetch_run)
       VALUES (@token, @serial_number, @profile_status, @profile_uuid, @raw_json, @first_seen, @last_seen, @deleted_at, @seen_fetch_run)
       ON CONFLICT(serial_number, token) DO UPDATE SET profile_status = excluded.profile_status, profile_uuid = excluded.profile_uuid,
         raw_json = excluded.raw_json, last_seen = excluded.last_seen, deleted_at = excluded.deleted_at,
         seen_fetch_run = COALESCE(excluded.seen_fetch_run, device_rows.seen_fetch_run)
       RETURNING id`,
    ),
    /** A device we hold, by its id (already read): no second lookup by serial. */
    update: db.prepare(`UPDATE device_rows SET profile_status = @profile_status, profile_uuid = @profile_uuid, raw_json = @raw_json,
      last_seen = @last_seen, deleted_at = @deleted_at, seen_fetch_run = COALESCE(@seen_fetch_run, seen_fetch_run) WHERE id = @id`),
    markDeleted: db.prepare('UPDATE device_rows SET deleted_at = @at, last_seen = @at WHERE token = @token AND serial_number = @serial AND deleted_at IS NULL'),
    countLive: db.prepare('SELECT COUNT(*) AS n FROM device_rows WHERE token = ? AND deleted_at IS NULL'),
    unseen: db.prepare('SELECT id, serial_number FROM device_rows WHERE token = ? AND deleted_at IS NULL AND (seen_fetch_run IS NULL OR seen_fetch_run <> ?)'),
    event: db.prepare(`INSERT INTO device_events (device_id, token, serial_number, at, kind, op_type, op_date, before_json, after_json, sync_run_id)
                       VALUES (@device_id, @token, @serial, @at, @kind, @op_type, @op_date, @before, @after, @run)`),
  };
}

/** What the policy reads of a device, in id order after `after`: a chunk of a token's re-evaluation. */
export interface PolicyDeviceRow {
  id: number;
  serial_number: string;
  device_family: string | null;
  os: string | null;
  model: string | null;
  profile_status: string;
  profile_uuid: string | null;
  deleted_at: string | null;
}

export function devicesAfter(db: DB, token: string, after: number, limit: number): PolicyDeviceRow[] {
  return db
    .prepare(`SELECT id, serial_number, device_family, os, model, profile_status, profile_uuid, deleted_at FROM devices
    WHERE token = ? AND id > ? ORDER BY id LIMIT ?`)
    .all(token, after, limit) as PolicyDeviceRow[];
}

/** A token that has never held a device nor an assignment row: its first load needs no read-back (sync/engine.ts). */
export function tokenIsEmpty(db: DB, token: string): boolean {
  return (
    !db.prepare('SELECT 1 FROM device_rows WHERE token = ? LIMIT 1').get(token) && !db.prepare('SELECT 1 FROM assignments WHERE token = ? LIMIT 1').get(token)
  );
}
