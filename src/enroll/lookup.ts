/** The device row for a serial across all our tokens: a live row wins over a deleted one, then the most recently seen. */
import type { DB } from '../store/db.ts';
import type { DeviceRecord } from './decide.ts';

export type LookupDevice = (serial: string) => DeviceRecord | undefined;

/** Through the (serial, token) unique index: an enrollment must never wait on a scan of the device table. */
export const LOOKUP_SQL = `SELECT token, serial_number, device_family, os, model, profile_status, deleted_at
    FROM devices WHERE serial_number = ? ORDER BY (deleted_at IS NOT NULL), last_seen DESC LIMIT 1`;

export function createDeviceLookup(db: DB): LookupDevice {
  const stmt = db.prepare(LOOKUP_SQL);
  return (serial) => stmt.get(serial) as DeviceRecord | undefined;
}
