// What the read-side CLI commands (devices, device, enrollments, events, profile show and plan) read, engine-neutral: SQLite
// answers from its file (the functions beside this one), PostgreSQL from the pool (store/pg/reader.ts), each the same
// rows in the same order, so the commands print the same bytes on both.
import type { DB } from './db.ts';
import { countDevices, deviceDetail, hasToken, listDevices, storedSerial, type DeviceDetail, type DeviceFilter } from './report.ts';
import {
  enrollmentSummary,
  latestBinding,
  listEnrollments,
  servedFixedFields,
  type EnrollmentFilter,
  type EnrollmentRow,
  type EnrollmentSummary,
  type ServedFixed,
} from './enrollments.ts';
import { listEvents, type EventQuery, type ListedEvent } from './outbox.ts';
import { allDefinitions } from './profiles.ts';
import { sqlitePlanReads, type PlanReads } from './plan.ts';

export type Definition = ReturnType<typeof allDefinitions>[number];

export interface StoreReader extends PlanReads {
  /** The database knows this token (imported, or devices kept from it). */
  hasToken(name: string): Promise<boolean>;
  /** The serial as stored: as given, else upper case. */
  storedSerial(serial: string): Promise<string>;
  listDevices(f: DeviceFilter): Promise<Record<string, unknown>[]>;
  countDevices(f: DeviceFilter): Promise<number>;
  deviceDetail(serial: string): Promise<DeviceDetail>;
  enrollmentSummary(serial: string, windowMinutes: number): Promise<EnrollmentSummary>;
  latestBinding(serial: string): Promise<EnrollmentRow | undefined>;
  listEnrollments(f: EnrollmentFilter): Promise<EnrollmentRow[]>;
  listEvents(q: EventQuery): Promise<ListedEvent[]>;
  servedFixedFields(): Promise<ServedFixed[]>;
  allDefinitions(): Promise<Definition[]>;
  close(): Promise<void>;
}

/** An SQLite database (opened read-only by the caller) as a StoreReader. */
export function sqliteReader(db: DB): StoreReader {
  return {
    hasToken: async (name) => hasToken(db, name),
    storedSerial: async (serial) => storedSerial(db, serial),
    listDevices: async (f) => listDevices(db, f),
    countDevices: async (f) => countDevices(db, f),
    deviceDetail: async (serial) => deviceDetail(db, serial),
    enrollmentSummary: async (serial, windowMinutes) => enrollmentSummary(db, serial, windowMinutes),
    latestBinding: async (serial) => latestBinding(db, serial),
    listEnrollments: async (f) => listEnrollments(db, f),
    listEvents: async (q) => listEvents(db, q),
    servedFixedFields: async () => servedFixedFields(db),
    allDefinitions: async () => allDefinitions(db),
    ...sqlitePlanReads(db),
    close: async () => {
      if (db.open) db.close();
    },
  };
}
