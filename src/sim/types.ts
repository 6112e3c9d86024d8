// Public types of the simulator (re-exported by src/sim/index.ts).
import type { Device, Profile, ServerToken } from '../apple/types.ts';
import type { Logger } from '../log.ts';

export interface SimServerSpec {
  name: string;
  devices?: number;
  seed?: number;
  token?: ServerToken;
}

export interface SimOptions {
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 0 (ephemeral). */
  port?: number;
  /** Default: one server named "sim". */
  servers?: SimServerSpec[];
  /** Shorthand for the default single server. */
  devices?: number;
  seed?: number;
  /** Session lifetime, default 600 s. */
  sessionTtlSeconds?: number;
  /** depsim style `"INVALID_CURSOR"` instead of bare `INVALID_CURSOR`. */
  quotedErrors?: boolean;
  /** Sim clock start (ms since epoch); the clock = real time + offset. */
  startTime?: number;
  /** Advertised /account urls[].limit.maximum and the clamp of `limit`, default 1000. */
  maxLimit?: number;
  logger?: Logger;
}

export interface RunningSim {
  url: string;
  tokens: Record<string, ServerToken>;
  control: SimControl;
  close(): Promise<void>;
}

export interface SimControl {
  /** ABM assigns devices to this server → `added` events. A number generates that many; objects override attributes. */
  addDevices(server: string, devices: number | Partial<Device>[]): Device[];
  /** Attribute change → `modified` event. */
  modifyDevice(server: string, serial: string, changes: Partial<Device>): void;
  /** Unassigned/released in ABM → `deleted` event. */
  removeDevice(server: string, serial: string): void;
  /** `deleted` on `from`, `added` on `to`. Profile state travels with the device unless opts.clearProfile. */
  moveDevice(from: string, to: string, serial: string, opts?: { clearProfile?: boolean }): void;
  /** The device ran Setup Assistant: profile_status `pushed` + profile_push_time, `modified` event. */
  activateDevice(server: string, serial: string): void;
  /** Current membership, full records (protocol 10 shape, no op_type). */
  devices(server: string): Device[];
  profiles(server: string): Profile[];
  advanceClock(ms: number): void;
  now(): number;
  injectFault(f: Fault): void;
  clearFaults(): void;
  /** Key "METHOD /path", e.g. "POST /server/devices", "GET /session". */
  requestCounts(): Record<string, number>;
  resetCounts(): void;
}

export type Fault = {
  /** "POST /server/devices", a bare path "/server/devices" (any method), or "*" for any except /session. */
  endpoint: string;
  /** How many matching requests it hits, default 1; Infinity allowed. */
  count?: number;
} & (
  | { kind: 'status'; status: number; body?: string; retryAfter?: string }
  | { kind: 'reset' }
  | { kind: 'delay'; ms: number }
  | { kind: 'session_expire' }
  | { kind: 'rotate_session' }
  | { kind: 'repeat_cursor' }
  | { kind: 'truncated_json' }
  | { kind: 'invalid_json' }
  | { kind: 'serial_result'; serials: string[]; result: 'FAILED' | 'THROTTLED' | 'NOT_ACCESSIBLE'; retryAfterSeconds?: number }
);

const FAULT_KINDS = [
  'status',
  'reset',
  'delay',
  'session_expire',
  'rotate_session',
  'repeat_cursor',
  'truncated_json',
  'invalid_json',
  'serial_result',
] as const;

/** Throws a specific message for anything that is not a valid Fault. */
export function validateFault(f: unknown): Fault {
  if (typeof f !== 'object' || f === null) throw new Error('fault must be an object');
  const x = f as Record<string, unknown>;
  if (typeof x.endpoint !== 'string' || !(x.endpoint === '*' || /^(GET|POST|PUT|DELETE) \/\S*$/.test(x.endpoint) || x.endpoint.startsWith('/')))
    throw new Error('fault.endpoint must be "METHOD /path", "/path" or "*"');
  if (!FAULT_KINDS.includes(x.kind as never)) throw new Error(`fault.kind must be one of ${FAULT_KINDS.join(', ')}`);
  if (
    x.count !== undefined &&
    x.count !== null &&
    x.count !== 'Infinity' &&
    !(typeof x.count === 'number' && (x.count === Infinity || (Number.isInteger(x.count) && x.count > 0)))
  )
    throw new Error('fault.count must be a positive integer or Infinity');
  const count = x.count === undefined || x.count === null ? 1 : x.count === 'Infinity' ? Infinity : (x.count as number);
  switch (x.kind) {
    case 'status':
      if (!Number.isInteger(x.status) || (x.status as number) < 100 || (x.status as number) > 599)
        throw new Error('fault.status must be an HTTP status 100–599');
      if (x.body !== undefined && typeof x.body !== 'string') throw new Error('fault.body must be a string');
      if (x.retryAfter !== undefined && typeof x.retryAfter !== 'string') throw new Error('fault.retryAfter must be a string (seconds or HTTP-date)');
      break;
    case 'delay':
      if (typeof x.ms !== 'number' || !(x.ms >= 0) || x.ms > 600_000) throw new Error('fault.ms must be 0…600000');
      break;
    case 'serial_result':
      if (!Array.isArray(x.serials) || !x.serials.every((s) => typeof s === 'string')) throw new Error('fault.serials must be an array of serials');
      if (!['FAILED', 'THROTTLED', 'NOT_ACCESSIBLE'].includes(x.result as string)) throw new Error('fault.result must be FAILED, THROTTLED or NOT_ACCESSIBLE');
      if (x.retryAfterSeconds !== undefined && !(Number.isInteger(x.retryAfterSeconds) && (x.retryAfterSeconds as number) >= 0))
        throw new Error('fault.retryAfterSeconds must be a non-negative integer');
      break;
  }
  return { ...(x as Fault), count };
}
