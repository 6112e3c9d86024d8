// The simulator's state and the endpoint logic (A.6–A.10), free of HTTP: each endpoint is a method that takes the
// parsed request and returns an Answer. src/sim/http.ts does transport, sessions, headers and faults.
import { createHash, randomBytes } from 'node:crypto';
import type { Device, Profile, SerialResult, ServerToken } from '../apple/types.ts';
import { CURSOR_MAX_AGE_MS, decodeCursor, encodeCursor } from './cursor.ts';
import { Column, DeviceTable, type DeviceState, SERIAL_FORMAT, S_ASSIGNED, S_EMPTY, S_PUSHED, S_REMOVED, renderDevice } from './devices.ts';
import { storedProfile, validateProfile } from './profiles.ts';

/** What an endpoint answers: JSON on 2xx, a bare Apple code otherwise. */
export type Answer = { status: number; json: unknown } | { status: number; code: string };
const err = (status: number, code: string): Answer => ({ status, code });
const ok = (json: unknown): Answer => ({ status: 200, json });

const OP_ADDED = 0,
  OP_MODIFIED = 1,
  OP_DELETED = 2;
const OP_NAMES = ['added', 'modified', 'deleted'];
/** 9999-12-31T23:59:59.999Z: the last instant with a four-digit ISO year (Apple's date format). */
const MAX_CLOCK_MS = 253_402_300_799_999;

/** Per-serial answer override for assign calls (the `serial_result` fault). */
export interface SerialOverride {
  serials: Set<string>;
  result: 'FAILED' | 'THROTTLED' | 'NOT_ACCESSIBLE';
  retryAfterSeconds?: number;
}

/** An append-only log of membership/profile events with the device state captured at the time. */
class EventLog {
  len = 0;
  readonly slot = new Column(Int32Array);
  readonly op = new Column(Uint8Array);
  readonly time = new Column(Uint32Array);
  readonly status = new Column(Uint8Array);
  readonly profile = new Column(Int32Array);
  readonly assignTime = new Column(Uint32Array);
  readonly pushTime = new Column(Uint32Array);
  readonly assignedDate = new Column(Uint32Array);
  readonly flags = new Column(Uint8Array);
  push(slot: number, op: number, time: number, t: DeviceTable, flags = 0): void {
    const i = this.len++;
    for (const c of [this.slot, this.op, this.time, this.status, this.profile, this.assignTime, this.pushTime, this.assignedDate, this.flags])
      c.ensure(this.len);
    this.slot.arr[i] = slot;
    this.op.arr[i] = op;
    this.time.arr[i] = time;
    this.status.arr[i] = t.status.arr[slot];
    this.profile.arr[i] = t.profile.arr[slot];
    this.assignTime.arr[i] = t.assignTime.arr[slot];
    this.pushTime.arr[i] = t.pushTime.arr[slot];
    this.assignedDate.arr[i] = t.assignedDate.arr[slot];
    this.flags.arr[i] = flags;
  }
}

export interface SimServer {
  name: string;
  ordinal: number;
  uuid: string;
  token: ServerToken;
  /** Membership in order of arrival; an entry is live when memberPos[slot] points back at it. */
  members: Column<Int32Array>;
  memberLen: number;
  events: EventLog;
  profiles: Map<string, number>;
  locked: Set<number>;
  discovery?: { mdm_service_discovery_url: string; last_updated_timestamp: string };
}

export interface StoredProfile {
  uuid: string;
  server: number;
  profile: Profile;
}

export interface StateOptions {
  maxLimit: number;
  startTime?: number;
}

export function randomHex(bytes: number): string {
  return randomBytes(bytes).toString('hex');
}

/** A.2-shaped credentials, random secrets, expiring one year after `nowMs`. */
export function makeServerToken(nowMs: number): ServerToken {
  return {
    consumer_key: 'CK_' + randomHex(48),
    consumer_secret: 'CS_' + randomHex(20),
    access_token: `AT_O${String(8e9 + Math.floor(Math.random() * 1e9))}O${randomHex(20)}O${nowMs}`,
    access_secret: 'AS_' + randomHex(20),
    access_token_expiry: new Date(nowMs + 365 * 86400_000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
  };
}

export class SimState {
  readonly table = new DeviceTable();
  readonly servers: SimServer[] = [];
  readonly byName = new Map<string, SimServer>();
  readonly profiles: StoredProfile[] = [];
  private clockOffset = 0;
  readonly maxLimit: number;

  constructor(opts: StateOptions) {
    this.maxLimit = opts.maxLimit;
    if (opts.startTime !== undefined) this.clockOffset = opts.startTime - Date.now();
  }

  nowMs(): number {
    return Date.now() + this.clockOffset;
  }
  nowSec(): number {
    return Math.floor(this.nowMs() / 1000);
  }
  /** Checked in full before anything changes: a clock outside what Date can print would break every later answer. */
  advanceClock(ms: number): void {
    if (!Number.isFinite(ms)) throw new Error('advance_ms must be a finite number');
    const next = Date.now() + this.clockOffset + ms;
    if (!(next >= 0 && next <= MAX_CLOCK_MS)) {
      throw new Error(`advance_ms ${ms} would put the sim clock outside 1970-01-01…9999-12-31 (now ${new Date(this.nowMs()).toISOString()})`);
    }
    this.clockOffset += ms;
  }

  addServer(name: string, seed: number, token?: ServerToken): SimServer {
    if (!/^[\w.-]{1,64}$/.test(name)) throw new Error(`invalid server name ${JSON.stringify(name)}: letters, digits, . _ - (≤64)`);
    if (this.byName.has(name)) throw new Error(`duplicate server name ${name}`);
    const ordinal = this.table.addServer(seed);
    const uuid = createHash('sha256').update(`${seed}:${ordinal}:${name}`).digest('hex').slice(0, 32).toUpperCase();
    const s: SimServer = {
      name,
      ordinal,
      uuid,
      token: token ?? makeServerToken(this.nowMs()),
      members: new Column(Int32Array),
      memberLen: 0,
      events: new EventLog(),
      profiles: new Map(),
      locked: new Set(),
    };
    this.servers.push(s);
    this.byName.set(name, s);
    return s;
  }

  server(name: string): SimServer {
    const s = this.byName.get(name);
    if (!s) throw new Error(`unknown server ${JSON.stringify(name)} (known: ${[...this.byName.keys()].join(', ')})`);
    return s;
  }

  // -------------------------------------------------------------------------------------------------------------------
  // Membership and events

  private join(s: SimServer, slot: number): void {
    const t = this.table;
    s.members.ensure(s.memberLen + 1);
    s.members.arr[s.memberLen] = slot;
    t.memberPos.arr[slot] = s.memberLen++;
    t.server.arr[slot] = s.ordinal;
  }

  private leave(s: SimServer, slot: number): void {
    this.table.server.arr[slot] = -1;
    this.table.memberPos.arr[slot] = -1;
    s.locked.delete(slot);
  }

  private isMember(s: SimServer, pos: number): boolean {
    const slot = s.members.arr[pos];
    return this.table.server.arr[slot] === s.ordinal && this.table.memberPos.arr[slot] === pos;
  }

  /** Devices present when the sim starts: no events (a fetch delivers them). */
  seed(s: SimServer, n: number): void {
    const first = this.table.allocate(s.ordinal, n);
    s.members.ensure(s.memberLen + n);
    for (let i = 0; i < n; i++) this.join(s, first + i);
  }

  /** ABM assigns devices to this server → `added` events. */
  addDevices(s: SimServer, what: number | Partial<Device>[]): number[] {
    const now = this.nowSec();
    const specs = typeof what === 'number' ? undefined : what;
    const n = typeof what === 'number' ? what : what.length;
    if (!Number.isInteger(n) || n < 0 || n > 10_000_000) throw new Error('count must be an integer 0…10000000');
    // Validate custom serials before allocating anything: a refused request changes nothing.
    if (specs) {
      const seen = new Set<string>();
      for (const d of specs) {
        if (typeof d !== 'object' || d === null) throw new Error('each device must be an object');
        if (d.serial_number !== undefined) {
          if (typeof d.serial_number !== 'string' || !SERIAL_FORMAT.test(d.serial_number))
            throw new Error(`invalid serial_number ${JSON.stringify(d.serial_number)}: 8–20 letters or digits`);
          if (seen.has(d.serial_number) || this.table.lookup(d.serial_number) >= 0) throw new Error(`serial_number ${d.serial_number} already exists`);
          seen.add(d.serial_number);
        }
      }
    }
    const first = this.table.allocate(s.ordinal, n);
    const slots: number[] = [];
    for (let i = 0; i < n; i++) {
      const slot = first + i;
      if (specs) this.table.setOverrides(slot, specs[i]);
      this.table.assignedDate.arr[slot] = now;
      this.join(s, slot);
      s.events.push(slot, OP_ADDED, now, this.table);
      slots.push(slot);
    }
    return slots;
  }

  /** The slot of `serial` if it is on server `s`, else -1. */
  memberSlot(s: SimServer, serial: unknown): number {
    const slot = typeof serial === 'string' ? this.table.lookup(serial) : -1;
    return slot >= 0 && this.table.server.arr[slot] === s.ordinal ? slot : -1;
  }

  requireMember(s: SimServer, serial: string): number {
    const slot = this.memberSlot(s, serial);
    if (slot < 0) throw new Error(`device ${serial} is not assigned to server ${s.name}`);
    return slot;
  }

  modifyDevice(s: SimServer, serial: string, changes: Partial<Device>): void {
    const slot = this.requireMember(s, serial);
    if (typeof changes !== 'object' || changes === null) throw new Error('changes must be an object');
    this.table.setOverrides(slot, changes);
    s.events.push(slot, OP_MODIFIED, this.nowSec(), this.table);
  }

  removeDevice(s: SimServer, serial: string, releasedByReplacement = false): void {
    const slot = this.requireMember(s, serial);
    this.leave(s, slot);
    s.events.push(slot, OP_DELETED, this.nowSec(), this.table, releasedByReplacement ? 1 : 0);
  }

  /** Deleted on `from`, added on `to`. The profile state travels with the device unless clearProfile (see control.ts). */
  moveDevice(from: SimServer, to: SimServer, serial: string, clearProfile = false): void {
    if (from === to) throw new Error('from and to are the same server');
    const slot = this.requireMember(from, serial);
    const now = this.nowSec();
    this.leave(from, slot);
    from.events.push(slot, OP_DELETED, now, this.table);
    const t = this.table;
    if (clearProfile) {
      t.status.arr[slot] = S_EMPTY;
      t.profile.arr[slot] = -1;
      t.assignTime.arr[slot] = 0;
      t.pushTime.arr[slot] = 0;
    }
    t.assignedDate.arr[slot] = now;
    this.join(to, slot);
    to.events.push(slot, OP_ADDED, now, t);
  }

  /** The device ran Setup Assistant and fetched its ADE profile: `pushed`. */
  activateDevice(s: SimServer, serial: string): Profile {
    const slot = this.requireMember(s, serial);
    const t = this.table;
    if (t.status.arr[slot] !== S_ASSIGNED && t.status.arr[slot] !== S_PUSHED)
      throw new Error(`device ${serial} has no assigned profile (profile_status ${['empty', 'assigned', 'pushed', 'removed'][t.status.arr[slot]]})`);
    t.status.arr[slot] = S_PUSHED;
    t.pushTime.arr[slot] = this.nowSec();
    s.events.push(slot, OP_MODIFIED, this.nowSec(), t);
    return this.profiles[t.profile.arr[slot]].profile;
  }

  stateOf(slot: number): DeviceState {
    const t = this.table;
    const p = t.profile.arr[slot];
    return {
      status: t.status.arr[slot],
      profileUuid: p >= 0 ? this.profiles[p].uuid : undefined,
      assignTime: t.assignTime.arr[slot],
      pushTime: t.pushTime.arr[slot],
      assignedDate: t.assignedDate.arr[slot],
    };
  }

  render(slot: number, protocol: number): Device {
    return renderDevice(this.table.staticOf(slot), this.stateOf(slot), this.table.overrides.get(slot), protocol);
  }

  private renderEvent(s: SimServer, i: number, protocol: number): Device {
    const e = s.events;
    const slot = e.slot.arr[i];
    const p = e.profile.arr[i];
    const st: DeviceState = {
      status: e.status.arr[i],
      profileUuid: p >= 0 ? this.profiles[p].uuid : undefined,
      assignTime: e.assignTime.arr[i],
      pushTime: e.pushTime.arr[i],
      assignedDate: e.assignedDate.arr[i],
    };
    return renderDevice(this.table.staticOf(slot), st, this.table.overrides.get(slot), protocol, {
      type: OP_NAMES[e.op.arr[i]],
      date: e.time.arr[i],
      releasedByReplacement: (e.flags.arr[i] & 1) === 1,
    });
  }

  currentDevices(s: SimServer, protocol = 10): Device[] {
    const out: Device[] = [];
    for (let pos = 0; pos < s.memberLen; pos++) if (this.isMember(s, pos)) out.push(this.render(s.members.arr[pos], protocol));
    return out;
  }

  memberCount(s: SimServer): number {
    let n = 0;
    for (let pos = 0; pos < s.memberLen; pos++) if (this.isMember(s, pos)) n++;
    return n;
  }

  // -------------------------------------------------------------------------------------------------------------------
  // Endpoints

  account(s: SimServer, protocol: number): Answer {
    const a: Record<string, unknown> = {
      server_name: s.name,
      server_uuid: s.uuid,
      facilitator_id: 'it-admin@example.com',
      admin_id: 'it-admin@example.com',
      org_name: 'Example Corp (adesync simulator)',
      org_email: 'it-admin@example.com',
      org_phone: '+1 555 0100',
      org_address: '1 Infinite Loop, Cupertino, CA 95014',
    };
    if (protocol >= 3) {
      const lim = { default: 100, maximum: this.maxLimit };
      Object.assign(a, {
        org_id: '1234567',
        org_id_hash: createHash('sha256')
          .update('org:' + s.uuid)
          .digest('hex')
          .slice(0, 52),
        urls: [
          { uri: '/session', http_method: ['GET'] },
          { uri: '/account', http_method: ['GET'] },
          { uri: '/server/devices', http_method: ['POST'], limit: lim },
          { uri: '/devices/sync', http_method: ['POST'], limit: lim },
          { uri: '/devices', http_method: ['POST'] },
          { uri: '/devices/disown', http_method: ['POST'] },
          { uri: '/device/activationlock', http_method: ['POST'] },
          { uri: '/device/replacementDetails', http_method: ['GET'] },
          { uri: '/profile', http_method: ['POST', 'GET'] },
          { uri: '/profile/devices', http_method: ['DELETE', 'POST', 'PUT'] },
          { uri: '/os-beta-enrollment/tokens', http_method: ['GET'] },
          { uri: '/account-driven-enrollment/profile', http_method: ['DELETE', 'POST', 'GET'] },
        ],
        org_type: 'org',
        org_version: 'v2',
      });
    }
    return ok(a);
  }

  private limitOf(v: unknown): number | undefined {
    if (v === undefined || v === null) return 100;
    if (typeof v !== 'number' || !Number.isFinite(v)) return undefined;
    return Math.min(Math.max(Math.trunc(v), 1), this.maxLimit);
  }

  private page(devices: Device[], cursor: string, more: boolean) {
    return { devices, cursor, fetched_until: new Date(this.nowMs()).toISOString().replace(/\.\d{3}Z$/, 'Z'), more_to_follow: more };
  }

  /** POST /server/devices: current membership, paged; no op_type/op_date. */
  fetch(s: SimServer, body: Record<string, unknown>, protocol: number): Answer {
    const limit = this.limitOf(body.limit);
    if (limit === undefined) return err(400, 'MALFORMED_REQUEST_BODY');
    const now = this.nowMs();
    const serverId = s.uuid.slice(0, 8);
    let pos = 0;
    let startSeq = s.events.len; // a sync from any cursor of this fetch replays every event since it started
    if (body.cursor !== undefined && body.cursor !== null && body.cursor !== '') {
      const c = decodeCursor(body.cursor);
      if (!c || c.serverId !== serverId || c.startSeq > s.events.len) return err(400, 'INVALID_CURSOR');
      if (c.kind === 1 || c.done) return err(400, 'EXHAUSTED_CURSOR');
      if (c.pos > s.memberLen) return err(400, 'INVALID_CURSOR');
      pos = c.pos;
      startSeq = c.startSeq;
    }
    const out: Device[] = [];
    while (pos < s.memberLen && out.length < limit) {
      if (this.isMember(s, pos)) out.push(this.render(s.members.arr[pos], protocol));
      pos++;
    }
    while (pos < s.memberLen && !this.isMember(s, pos)) pos++;
    const more = pos < s.memberLen;
    return ok(this.page(out, encodeCursor({ pos, kind: 0, startSeq, createdMs: now, done: !more, serverId }), more));
  }

  /** POST /devices/sync: events since the cursor, with op_type/op_date. */
  sync(s: SimServer, body: Record<string, unknown>, protocol: number): Answer {
    const limit = this.limitOf(body.limit);
    if (limit === undefined) return err(400, 'MALFORMED_REQUEST_BODY');
    if (body.cursor === undefined || body.cursor === null || body.cursor === '') return err(400, 'CURSOR_REQUIRED');
    const c = decodeCursor(body.cursor);
    const serverId = s.uuid.slice(0, 8);
    if (!c || c.serverId !== serverId) return err(400, 'INVALID_CURSOR');
    const start = c.kind === 0 ? c.startSeq : c.pos;
    if (start > s.events.len) return err(400, 'INVALID_CURSOR');
    const now = this.nowMs();
    if (now - c.createdMs > CURSOR_MAX_AGE_MS) return err(400, 'EXPIRED_CURSOR');
    const end = Math.min(start + limit, s.events.len);
    const out: Device[] = [];
    for (let i = start; i < end; i++) out.push(this.renderEvent(s, i, protocol));
    const more = end < s.events.len;
    return ok(this.page(out, encodeCursor({ pos: end, kind: 1, startSeq: end, createdMs: now, done: !more, serverId }), more));
  }

  private serialList(body: Record<string, unknown>, max = 1000): string[] | Answer {
    const d = body.devices;
    if (d === undefined || d === null || (Array.isArray(d) && d.length === 0)) return err(400, 'DEVICE_ID_REQUIRED');
    if (!Array.isArray(d) || !d.every((x) => typeof x === 'string')) return err(400, 'MALFORMED_REQUEST_BODY');
    if (d.length > max) return err(400, 'MALFORMED_REQUEST_BODY');
    return d as string[];
  }

  /** POST /devices */
  details(s: SimServer, body: Record<string, unknown>, protocol: number): Answer {
    const list = this.serialList(body);
    if (!Array.isArray(list)) return list;
    const out: Record<string, Device | { response_status: string }> = {};
    for (const serial of list) {
      const slot = this.memberSlot(s, serial);
      out[serial] = slot < 0 ? { response_status: 'NOT_ACCESSIBLE' } : { ...this.render(slot, protocol), response_status: 'SUCCESS' };
    }
    return ok({ devices: out });
  }

  /** POST /devices/disown: the device leaves the org → `deleted`. */
  disown(s: SimServer, body: Record<string, unknown>): Answer {
    const list = this.serialList(body);
    if (!Array.isArray(list)) return list;
    const out: Record<string, SerialResult> = {};
    for (const serial of list) {
      const slot = this.memberSlot(s, serial);
      if (slot < 0) {
        out[serial] = 'NOT_ACCESSIBLE';
        continue;
      }
      this.removeDevice(s, serial);
      out[serial] = 'SUCCESS';
    }
    return ok({ devices: out });
  }

  /** POST /device/activationlock */
  activationLock(s: SimServer, body: Record<string, unknown>): Answer {
    if (typeof body.device !== 'string' || body.device === '') return err(400, 'MALFORMED_REQUEST_BODY');
    if (body.escrow_key !== undefined && (typeof body.escrow_key !== 'string' || !/^[0-9a-fA-F]{64}$/.test(body.escrow_key)))
      return err(400, 'MALFORMED_REQUEST_BODY');
    if (body.lost_message !== undefined && typeof body.lost_message !== 'string') return err(400, 'MALFORMED_REQUEST_BODY');
    const slot = this.memberSlot(s, body.device);
    let status = 'SUCCESS';
    if (slot < 0) status = 'NOT_ACCESSIBLE';
    else if (s.locked.has(slot)) status = 'DEVICE_ALREADY_LOCKED';
    else s.locked.add(slot);
    return ok({ serial_number: body.device, response_status: status });
  }

  /** GET /device/replacementDetails?device= (protocol ≥ 10). Replacement data comes from control overrides. */
  replacementDetails(s: SimServer, serial: string | null, protocol: number): Answer {
    if (!serial) return err(400, 'DEVICE_ID_REQUIRED');
    const slot = this.memberSlot(s, serial);
    const ov = slot >= 0 ? this.table.overrides.get(slot) : undefined;
    if (protocol < 10 || !ov?.is_replacement_device) return err(404, 'DEVICE_NOT_FOUND');
    return ok({
      serial_number: serial,
      original_device_serial_number: typeof ov.original_device_serial_number === 'string' ? ov.original_device_serial_number : 'UNKNOWN',
      replacement_date: typeof ov.replacement_date === 'string' ? ov.replacement_date : new Date(this.nowMs()).toISOString().slice(0, 10),
    });
  }

  private newProfileUuid(): string {
    for (;;) {
      const u = randomHex(16).toUpperCase();
      if (!this.profiles.some((p) => p.uuid === u)) return u;
    }
  }

  /** Assign `slots` to profile index `pi`, with per-serial overrides. Shared by define (devices) and assign. */
  private assignSerials(
    s: SimServer,
    pi: number,
    serials: string[],
    protocol: number,
    override?: SerialOverride,
  ): { devices: Record<string, SerialResult>; throttled: boolean } {
    const t = this.table;
    const now = this.nowSec();
    const out: Record<string, SerialResult> = {};
    let throttled = false;
    for (const serial of serials) {
      if (override?.serials.has(serial)) {
        let r: SerialResult = override.result;
        if (r === 'THROTTLED' && protocol < 9) r = 'FAILED';
        if (r === 'THROTTLED') throttled = true;
        out[serial] = r;
        continue;
      }
      const slot = this.memberSlot(s, serial);
      if (slot < 0) {
        out[serial] = 'NOT_ACCESSIBLE';
        continue;
      }
      t.status.arr[slot] = S_ASSIGNED;
      t.profile.arr[slot] = pi;
      t.assignTime.arr[slot] = now;
      t.pushTime.arr[slot] = 0;
      s.events.push(slot, OP_MODIFIED, now, t);
      out[serial] = 'SUCCESS';
    }
    return { devices: out, throttled };
  }

  /** POST /profile */
  defineProfile(s: SimServer, body: unknown, protocol: number): Answer {
    const v = validateProfile(body);
    if (!v.ok) return err(400, v.code);
    const serials = v.profile.devices ?? [];
    if (serials.length > 1000) return err(400, 'MALFORMED_REQUEST_BODY');
    const uuid = this.newProfileUuid();
    const pi = this.profiles.length;
    this.profiles.push({ uuid, server: s.ordinal, profile: storedProfile(v.profile, uuid) });
    s.profiles.set(uuid, pi);
    const r = this.assignSerials(s, pi, serials, protocol);
    return ok({ profile_uuid: uuid, devices: r.devices });
  }

  /** GET /profile?profile_uuid= */
  getProfile(s: SimServer, uuid: string | null): Answer {
    if (!uuid) return err(400, 'PROFILE_UUID_REQUIRED');
    const pi = s.profiles.get(uuid);
    if (pi === undefined) return err(400, 'NOT_FOUND');
    return ok(this.profiles[pi].profile);
  }

  /** POST|PUT /profile/devices */
  assignProfile(s: SimServer, body: Record<string, unknown>, protocol: number, override?: SerialOverride): Answer {
    if (body.profile_uuid === undefined || body.profile_uuid === null || body.profile_uuid === '') return err(400, 'PROFILE_UUID_REQUIRED');
    if (typeof body.profile_uuid !== 'string') return err(400, 'MALFORMED_REQUEST_BODY');
    const list = this.serialList(body);
    if (!Array.isArray(list)) return list;
    const pi = s.profiles.get(body.profile_uuid);
    if (pi === undefined) return err(404, 'NOT_FOUND');
    const r = this.assignSerials(s, pi, list, protocol, override);
    const json: Record<string, unknown> = { profile_uuid: body.profile_uuid, devices: r.devices };
    if (r.throttled && protocol >= 10) json.retry_after_seconds = override?.retryAfterSeconds ?? 60;
    return ok(json);
  }

  /** DELETE /profile/devices: profile_status removed, profile_uuid kept. */
  removeProfile(s: SimServer, body: Record<string, unknown>): Answer {
    const list = this.serialList(body);
    if (!Array.isArray(list)) return list;
    const t = this.table;
    const now = this.nowSec();
    const out: Record<string, SerialResult> = {};
    for (const serial of list) {
      const slot = this.memberSlot(s, serial);
      if (slot < 0) {
        out[serial] = 'NOT_ACCESSIBLE';
        continue;
      }
      if (t.profile.arr[slot] >= 0 && t.status.arr[slot] !== S_REMOVED) {
        t.status.arr[slot] = S_REMOVED;
        s.events.push(slot, OP_MODIFIED, now, t);
      }
      out[serial] = 'SUCCESS';
    }
    return ok({ devices: out });
  }

  /** GET /os-beta-enrollment/tokens */
  betaTokens(s: SimServer): Answer {
    const tok = (os: string) => createHash('sha256').update(`beta:${s.uuid}:${os}`).digest('hex').toUpperCase().slice(0, 40);
    return ok({
      betaEnrollmentTokens: [
        { token: tok('iOS'), title: 'iOS 27 AppleSeed Beta', os: 'iOS' },
        { token: tok('OSX'), title: 'macOS 27 AppleSeed Beta', os: 'OSX' },
        { token: tok('tvOS'), title: 'tvOS 27 AppleSeed Beta', os: 'tvOS' },
        { token: tok('visionOS'), title: 'visionOS 27 AppleSeed Beta', os: 'visionOS' },
      ],
    });
  }

  /** /account-driven-enrollment/profile (A.7.9) */
  discovery(s: SimServer, method: string, body: Record<string, unknown>): Answer {
    if (method === 'GET') return s.discovery ? ok(s.discovery) : err(404, 'NOT_FOUND');
    if (method === 'DELETE') {
      s.discovery = undefined;
      return ok({});
    }
    const url = body.mdm_service_discovery_url;
    if (url === undefined || url === null || url === '') return err(400, 'MDM_SERVICE_DISCOVERY_URL_REQUIRED');
    let valid = false;
    try {
      valid = typeof url === 'string' && new URL(url).protocol === 'https:';
    } catch {
      valid = false;
    }
    if (!valid) return err(400, 'MDM_SERVICE_DISCOVERY_URL_NOT_VALID');
    s.discovery = { mdm_service_discovery_url: url as string, last_updated_timestamp: new Date(this.nowMs()).toISOString().replace(/\.\d{3}Z$/, 'Z') };
    return ok({});
  }
}
