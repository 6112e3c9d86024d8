/**
 * The hooks that write events into the outbox, each called inside the transaction of the change it reports (sync page,
 * assignment answer, enrollment batch), so a crash never loses nor invents an event.
 *
 * Only events some configured endpoint wants are written: with no webhook configured the hooks cost one boolean test
 * (measured: a 1M-device first cycle writes ~3M events when every type is wanted; see README "Webhooks" and
 * bench/events.ts). Token events and failed syncs are rare and always recorded (token status and sync.failed by the
 * triggers of migration 006).
 */
import type { DB } from '../store/db.ts';
import { ensureEndpoints, outboxWriteStatements } from '../store/outbox.ts';
import {
  assignmentEvent,
  deviceEvent,
  endpointWants,
  enrollmentEvent,
  tokenExpiringEvent,
  type DeviceChange,
  type EndpointFilter,
  type EnrollmentFacts,
  type EventType,
  type NewEvent,
} from './types.ts';

/** The endpoints' filters, as the config gives them (webhooks: [{ name, types, tokens }]). */
export type Filters = readonly EndpointFilter[];

/** Collects one sync page's device events; written as they come, inside the page's transaction. */
interface PageEvents {
  device(kind: DeviceChange['kind'], serial: string, at: string, device?: Record<string, unknown>, changes?: { before: unknown; after: unknown } | null): void;
}

export interface Outbox {
  /** Device events of this token for one sync page, or undefined when no endpoint wants any (the engine then skips it all). */
  page(token: string): PageEvents | undefined;
  /** Apple's answers for one assignment batch. */
  assignments(token: string, profileUuid: string, batch: { serial_number: string; attempts: number }[], answer: Record<string, string>, at: string): void;
  /** One enrollment batch (src/enroll/record.ts). */
  enrollments(records: EnrollmentFacts[]): void;
  /** token.expiring, once per threshold (30/14/7/1 days) and expiry date; recorded whether or not a webhook wants it. */
  tokenExpiry(token: string, expiry: string, now?: Date): void;
  /** New endpoint filters (SIGHUP). */
  reload(filters: Filters): void;
}

/** Whether any endpoint wants this type for this token; `type` may be a family ("device.") to ask about all its types. */
export function anyWants(filters: Filters, type: EventType | `${string}.`, token: string | null): boolean {
  if (!type.endsWith('.')) return filters.some((f) => endpointWants(f, type, token));
  return filters.some((f) => endpointWants({ ...f, types: [] }, type, token) && (!f.types.length || f.types.some((p) => p === '*' || p.startsWith(type))));
}

/** `onWrite` runs once after the transaction that wrote events (the sender's kick). */
export function createOutbox(db: DB, initial: Filters, onWrite?: () => void): Outbox {
  const st = outboxWriteStatements(db);
  let filters = initial;
  ensureEndpoints(
    db,
    filters.map((f) => f.name),
  );
  let kicked = false;
  const written = () => {
    if (!onWrite || kicked) return;
    kicked = true;
    setImmediate(() => {
      kicked = false;
      onWrite();
    }); // after the caller's (synchronous) transaction has committed
  };
  const write = (e: NewEvent) => {
    st.add(e);
    written();
  };
  const add = (e: NewEvent | null) => {
    if (e && anyWants(filters, e.type, e.token)) write(e);
  };
  return {
    page(token) {
      if (!anyWants(filters, 'device.', token)) return undefined;
      return {
        device(kind, serial, at, device, changes) {
          const movedFrom = kind === 'added' ? st.otherToken(serial, token) : null;
          add(deviceEvent({ kind, token, serial, at, device, changes, movedFrom }));
        },
      };
    },
    assignments(token, profileUuid, batch, answer, at) {
      if (!anyWants(filters, 'profile.', token)) return;
      for (const b of batch) {
        const result = answer[b.serial_number] ?? 'MISSING';
        add(assignmentEvent(token, b.serial_number, profileUuid, result, b.attempts + 1, at));
      }
    },
    enrollments(records) {
      if (!filters.length) return;
      for (const r of records) add(enrollmentEvent(r));
    },
    tokenExpiry(token, expiry, now = new Date()) {
      const e = tokenExpiringEvent(token, expiry, now); // rare: always recorded, like the other token events
      if (e) write(e);
    },
    reload(next) {
      filters = next;
      ensureEndpoints(
        db,
        filters.map((f) => f.name),
      );
    },
  };
}

/**
 * The engine-neutral form of the outbox (PostgreSQL): the events the filters want, as values, and the endpoints each
 * goes to; the engine writes them (events and deliveries) inside the transaction of the change, with a fixed number of
 * statements. SQLite keeps its synchronous hooks above.
 */
export interface EventCollector {
  /** Whether some endpoint wants device events of this token (else a page builds none, nor looks up moves). */
  wantsDevices(token: string): boolean;
  /** Keeps the wanted ones. */
  wanted(events: (NewEvent | null)[]): NewEvent[];
  assignments(token: string, profileUuid: string, batch: { serial_number: string; attempts: number }[], answer: Record<string, string>, at: string): NewEvent[];
  enrollments(records: EnrollmentFacts[]): NewEvent[];
  /** The endpoints that get a delivery of this event. */
  endpointsFor(e: NewEvent): string[];
  /** Endpoint names, as configured now. */
  endpoints(): string[];
  /** After the transaction that wrote events committed (the sender's kick). */
  written(): void;
  reload(filters: Filters): void;
}

export function createEventCollector(initial: Filters, onWrite?: () => void): EventCollector {
  let filters = initial;
  const wants = (e: NewEvent) => anyWants(filters, e.type, e.token);
  const c: EventCollector = {
    wantsDevices: (token) => anyWants(filters, 'device.', token),
    wanted: (events) => events.filter((e): e is NewEvent => !!e && wants(e)),
    assignments(token, profileUuid, batch, answer, at) {
      if (!anyWants(filters, 'profile.', token)) return [];
      return c.wanted(batch.map((b) => assignmentEvent(token, b.serial_number, profileUuid, answer[b.serial_number] ?? 'MISSING', b.attempts + 1, at)));
    },
    enrollments: (records) => (filters.length ? c.wanted(records.map(enrollmentEvent)) : []),
    endpointsFor: (e) => filters.filter((f) => endpointWants(f, e.type, e.token)).map((f) => f.name),
    endpoints: () => filters.map((f) => f.name),
    written: () => onWrite?.(),
    reload(next) {
      filters = next;
    },
  };
  return c;
}
