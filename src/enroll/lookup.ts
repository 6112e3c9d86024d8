/** The device row for a serial across all our tokens: a live row wins over a deleted one, then the most recently seen. */
import type { DB } from '../store/db.ts';
import type { DeviceRecord } from './decide.ts';

export type LookupDevice = (serial: string) => DeviceRecord | undefined;

export function createDeviceLookup(db: DB): LookupDevice {
  const stmt = db.prepare(`SELECT token, serial_number, device_family, os, model, profile_status, deleted_at
    FROM devices WHERE serial_number = ? ORDER BY (deleted_at IS NOT NULL), last_seen DESC LIMIT 1`);
  return (serial) => stmt.get(serial) as DeviceRecord | undefined;
}
