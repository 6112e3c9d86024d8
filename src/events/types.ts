/**
 * The events adesync sends out, and the pure rules about them: their names, which endpoint wants which, how each is
 * built from the change it reports, and the CloudEvents body it travels in. No I/O here.
 */
import { randomBytes } from 'node:crypto';

/** Every event type (README "Webhooks"); on the wire each is prefixed with com.adesync. */
export const EVENT_TYPES = [
  'device.added',
  'device.modified',
  'device.removed',
  'device.moved',
  'profile.assigned',
  'profile.failed',
  'profile.not_accessible',
  'enrollment.served',
  'enrollment.refused',
  'enrollment.os_update_required',
  'token.expiring',
  'token.terms_not_accepted',
  'token.unusable',
  'sync.failed',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];
const CLOUDEVENTS_TYPE_PREFIX = 'com.adesync.';

/** An event before it is stored: what changed, about which device (subject) of which token. */
export interface NewEvent {
  type: EventType;
  token: string | null;
  subject: string | null;
  time: string;
  data: Record<string, unknown>;
  /** Events a timer may raise again (token.expiring) carry a key: the outbox keeps the first only. */
  dedupe?: string;
}

/** A stored event, as the sender and the CLI read it. */
export interface StoredEvent {
  seq: number;
  id: string;
  type: string;
  token: string | null;
  subject: string | null;
  time: string;
  data: string;
}

// Random bytes drawn in blocks: one randomBytes call per id cost 13 µs, a quarter of an event's whole cost.
let pool = Buffer.alloc(0);
let at = 0;

/** A time-ordered id (so the outbox's id index appends): evt_ + 12 hex digits of ms since 1970 + 20 random hex digits. */
export function newEventId(now = Date.now()): string {
  if (at + 10 > pool.length) {
    pool = randomBytes(10 * 1024);
    at = 0;
  }
  at += 10;
  return `evt_${now.toString(16).padStart(12, '0')}${pool.toString('hex', at - 10, at)}`;
}

/** The smallest id of an event at or after `time`: "--since" reads the id index. */
export function eventIdAt(time: Date): string {
  return `evt_${time.getTime().toString(16).padStart(12, '0')}`;
}

/** "device.added", "device.*" or "*": does a pattern of an endpoint's `types` cover this type? */
export function typeMatches(pattern: string, type: string): boolean {
  if (pattern === '*' || pattern === type) return true;
  return pattern.endsWith('.*') && type.startsWith(pattern.slice(0, -1));
}

/** The filter half of a configured endpoint: empty lists mean everything. */
export interface EndpointFilter {
  name: string;
  types: string[];
  tokens: string[];
}

export function endpointWants(f: EndpointFilter, type: string, token: string | null): boolean {
  if (f.tokens.length && (token === null || !f.tokens.includes(token))) return false;
  return !f.types.length || f.types.some((p) => typeMatches(p, type));
}

/** Patterns a config may give in `types`: each type, each family with .*, and *. */
export function validTypePattern(p: string): boolean {
  return p === '*' || (EVENT_TYPES as readonly string[]).includes(p) || EVENT_TYPES.some((t) => p.endsWith('.*') && t.startsWith(p.slice(0, -1)));
}

/** The device change the sync engine saw: its kind, and Apple's record. */
export interface DeviceChange {
  kind: 'added' | 'modified' | 'deleted' | 'gone';
  token: string;
  serial: string;
  at: string;
  /** Apple's fields (store/devices.ts columnsOf), when the change carried a record. */
  device?: Record<string, unknown>;
  changes?: { before: unknown; after: unknown } | null;
  /** The other token that holds (or held) this serial, for an 'added' that is a move between our tokens. */
  movedFrom?: string | null;
}

/** A device change as an event: added (or moved, when another of our tokens had the serial), modified, removed. */
export function deviceEvent(c: DeviceChange): NewEvent {
  const base = { token: c.token, subject: c.serial, time: c.at };
  const device = c.device ? withoutNulls(c.device) : undefined;
  const common = { token: c.token, serial_number: c.serial };
  if (c.kind === 'added' && c.movedFrom) return { ...base, type: 'device.moved', data: { ...common, from_token: c.movedFrom, to_token: c.token, device } };
  if (c.kind === 'added') return { ...base, type: 'device.added', data: { ...common, device } };
  if (c.kind === 'modified') return { ...base, type: 'device.modified', data: { ...common, changes: c.changes ?? null, device } };
  const reason = c.kind === 'gone' ? 'absent from a complete fetch (released without a deleted record)' : 'deleted by Apple (op_type deleted)';
  return { ...base, type: 'device.removed', data: { ...common, reason, op_date: device?.op_date ?? null } };
}

function withoutNulls(o: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (v !== null && v !== undefined) out[k] = v;
  return out;
}

/**
 * Apple's per-serial answer to an assignment as an event. THROTTLED is no outcome (the serial is simply sent again
 * later), so it makes none.
 */
export function assignmentEvent(token: string, serial: string, profileUuid: string, result: string, attempts: number, at: string): NewEvent | null {
  const type: EventType | null =
    result === 'SUCCESS' ? 'profile.assigned' : result === 'NOT_ACCESSIBLE' ? 'profile.not_accessible' : result === 'THROTTLED' ? null : 'profile.failed';
  if (!type) return null;
  return { type, token, subject: serial, time: at, data: { token, serial_number: serial, profile_uuid: profileUuid, result, attempts } };
}

/** What the enrollment recorder writes (src/enroll/record.ts EnrollmentRecord), as far as events read it. */
export interface EnrollmentFacts {
  at: string;
  token?: string;
  serial_number?: string;
  udid?: string;
  product?: string;
  os_version?: string;
  build_version?: string;
  decision: 'served' | 'os_update_required' | 'refused';
  reason?: string;
  profile_rule?: string;
  profile_served?: string;
}

/**
 * Whether an enrollment record may become an event. A refusal only when the request's device signature verified:
 * its serial comes from the verified MachineInfo, and refusals without one (unsigned, untrusted, malformed requests)
 * are anyone's to send, so they must never grow the outbox. Served and OS-update answers exist only after verification.
 */
export function enrollmentEventAllowed(r: Pick<EnrollmentFacts, 'decision' | 'serial_number'>): boolean {
  return !!r.serial_number;
}

export function enrollmentEvent(r: EnrollmentFacts): NewEvent | null {
  if (!enrollmentEventAllowed(r)) return null;
  const type: EventType =
    r.decision === 'served' ? 'enrollment.served' : r.decision === 'os_update_required' ? 'enrollment.os_update_required' : 'enrollment.refused';
  return {
    type,
    token: r.token ?? null,
    subject: r.serial_number!,
    time: r.at,
    data: withoutNulls({
      token: r.token,
      serial_number: r.serial_number,
      udid: r.udid,
      product: r.product,
      os_version: r.os_version,
      build_version: r.build_version,
      decision: r.decision,
      reason: r.reason,
      profile_rule: r.profile_rule,
      profile_served: r.profile_served,
    }),
  };
}

/** Days before expiry at which token.expiring is raised, once per threshold and expiry date. */
const TOKEN_EXPIRY_THRESHOLDS = [30, 14, 7, 1];

/** token.expiring when the token has crossed a threshold (the smallest crossed), else null. */
export function tokenExpiringEvent(token: string, expiry: string, now: Date): NewEvent | null {
  const days = Math.floor((Date.parse(expiry) - now.getTime()) / 86_400_000);
  if (!Number.isFinite(days) || days < 0) return null;
  const threshold = TOKEN_EXPIRY_THRESHOLDS.filter((t) => days <= t).at(-1);
  if (threshold === undefined) return null;
  return {
    type: 'token.expiring',
    token,
    subject: token,
    time: now.toISOString(),
    dedupe: `token.expiring:${token}:${expiry}:${threshold}`,
    data: { token, access_token_expiry: expiry, days_left: days, threshold_days: threshold },
  };
}

/** The JSON body of a delivery: a CloudEvents 1.0 structured-mode event. */
export function cloudEvent(e: StoredEvent): string {
  return JSON.stringify({
    specversion: '1.0',
    id: e.id,
    source: e.token ? `/adesync/tokens/${e.token}` : '/adesync',
    type: CLOUDEVENTS_TYPE_PREFIX + e.type,
    time: e.time,
    ...(e.subject ? { subject: e.subject } : {}),
    datacontenttype: 'application/json',
    data: JSON.parse(e.data) as unknown,
  });
}
