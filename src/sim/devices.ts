// Simulated ABM devices: static attributes are a pure function of (server seed, local index), so a million devices cost
// a few typed-array slots each instead of a million objects. Only mutable state (membership, profile state, times) and
// explicit overrides are stored.
// Measured (bench/sim.ts, Node 20, 2 cores): 1,000,000 devices seed in ~35 ms and add +24.6 MiB RSS (117 MiB total
// process); a 1000-device page renders + serialises in ~5 ms; a full fetch over HTTP runs at ~105k devices/s.
import type { Device } from '../apple/types.ts';

// ---------------------------------------------------------------------------------------------------------------------
// Small deterministic PRNG (mulberry32) and hashing, so the same seed always yields the same fleet.

function hash32(a: number, b = 0): number {
  let h = (a ^ 0x9e3779b9) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13) ^ b, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16), 0x27d4eb2d);
  return (h ^ (h >>> 15)) >>> 0;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------------------------------------------------------------------------------------------------------------------
// Serial numbers: 4-char prefix (plant + year code, from the server's seed) + 8 chars that encode (server ordinal,
// local index) through a keyed Feistel permutation of 40 bits. The 8-char part is injective, so serials are unique across
// servers and can be decoded back to their slot without a million-entry Map.

/** A custom serial_number given through the control API. */
export const SERIAL_FORMAT = /^[A-Z0-9]{8,20}$/i;
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ'; // Apple serials avoid O and I
const BASE = ALPHABET.length; // 34; 34^8 > 2^40
const DIGIT: Record<string, number> = Object.fromEntries([...ALPHABET].map((c, i) => [c, i]));
const FEISTEL_KEYS = [0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c];
const MASK20 = 0xfffff;

function feistel(n: number, inverse: boolean): number {
  let l = Math.floor(n / 0x100000) & MASK20;
  let r = n % 0x100000;
  if (!inverse) {
    for (const k of FEISTEL_KEYS) {
      const t = r;
      r = (l ^ (hash32(r, k) & MASK20)) >>> 0;
      l = t;
    }
  } else {
    for (let i = FEISTEL_KEYS.length - 1; i >= 0; i--) {
      const t = l;
      l = (r ^ (hash32(l, FEISTEL_KEYS[i]) & MASK20)) >>> 0;
      r = t;
    }
  }
  return l * 0x100000 + r;
}

export function encodeSuffix(ordinal: number, local: number): string {
  let n = feistel(ordinal * 2 ** 32 + local, false);
  let s = '';
  for (let i = 0; i < 8; i++) {
    s = ALPHABET[n % BASE] + s;
    n = Math.floor(n / BASE);
  }
  return s;
}

export function decodeSuffix(suffix: string): { ordinal: number; local: number } | undefined {
  if (suffix.length !== 8) return undefined;
  let n = 0;
  for (const c of suffix) {
    const d = DIGIT[c];
    if (d === undefined) return undefined;
    n = n * BASE + d;
  }
  if (n >= 2 ** 40) return undefined;
  const m = feistel(n, true);
  return { ordinal: Math.floor(m / 2 ** 32), local: m % 2 ** 32 };
}

// ---------------------------------------------------------------------------------------------------------------------
// Catalogue: shapes copied from real responses (fixtures/apple-api, Apple docs).

type Family = 'iPhone' | 'iPad' | 'Mac' | 'AppleTV' | 'Vision';
interface ModelEntry {
  model: string;
  desc: (color: string, gb: number) => string;
  colors: string[];
  storage: number[];
  cellular?: boolean;
  ethernet?: boolean;
}

const CATALOG: Record<Family, { weight: number; os: string; plants: string[]; models: ModelEntry[] }> = {
  iPhone: {
    weight: 40,
    os: 'iOS',
    plants: ['F17', 'DNP', 'F2L', 'G6T', 'FFM', 'DX3'],
    models: [
      {
        model: 'iPhone 16 Pro',
        desc: (c, g) => `IPHONE 16 PRO ${c} ${g}GB-USA`,
        colors: ['BLACK TITANIUM', 'WHITE TITANIUM', 'NATURAL TITANIUM', 'DESERT TITANIUM'],
        storage: [128, 256, 512],
        cellular: true,
      },
      {
        model: 'iPhone 16',
        desc: (c, g) => `IPHONE 16 ${c} ${g}GB-USA`,
        colors: ['BLACK', 'WHITE', 'PINK', 'TEAL', 'ULTRAMARINE'],
        storage: [128, 256],
        cellular: true,
      },
      {
        model: 'iPhone 15',
        desc: (c, g) => `IPHONE 15 ${c} ${g}GB-ZDD`,
        colors: ['BLACK', 'BLUE', 'GREEN', 'YELLOW', 'PINK'],
        storage: [128, 256],
        cellular: true,
      },
      {
        model: 'iPhone 14',
        desc: (c, g) => `IPHONE 14 ${c} ${g}GB-ZDD`,
        colors: ['MIDNIGHT', 'STARLIGHT', 'BLUE', 'PURPLE', 'RED'],
        storage: [128, 256],
        cellular: true,
      },
      {
        model: 'iPhone 13',
        desc: (c, g) => `IPHONE 13 ${c} ${g}GB-USA`,
        colors: ['MIDNIGHT', 'STARLIGHT', 'PINK', 'BLUE'],
        storage: [128, 256],
        cellular: true,
      },
      {
        model: 'iPhone SE (3rd generation)',
        desc: (c, g) => `IPHONE SE ${c} ${g}GB-USA`,
        colors: ['MIDNIGHT', 'STARLIGHT', 'RED'],
        storage: [64, 128],
        cellular: true,
      },
    ],
  },
  iPad: {
    weight: 25,
    os: 'iPadOS',
    plants: ['DMP', 'F9F', 'GG7', 'DLX', 'H4N'],
    models: [
      { model: 'iPad (10th generation)', desc: (c, g) => `IPAD 10.9 WI-FI ${g}GB ${c}-USA`, colors: ['BLUE', 'PINK', 'SILVER', 'YELLOW'], storage: [64, 256] },
      {
        model: 'iPad Air 11-inch (M2)',
        desc: (c, g) => `IPAD AIR 11 WI-FI+CELL ${g}GB ${c}-USA`,
        colors: ['SPACE GRAY', 'STARLIGHT', 'PURPLE', 'BLUE'],
        storage: [128, 256, 512],
        cellular: true,
      },
      { model: 'iPad Pro 11-inch (M4)', desc: (c, g) => `IPAD PRO 11 WI-FI ${g}GB ${c}-USA`, colors: ['SPACE BLACK', 'SILVER'], storage: [256, 512, 1024] },
      { model: 'iPad mini 4', desc: (c, g) => `IPAD MINI 4 WI-FI ${g}GB ${c}`, colors: ['SPACE GRAY', 'SILVER', 'GOLD'], storage: [32, 128] },
      { model: 'iPad (9th generation)', desc: (c, g) => `IPAD 10.2 WI-FI ${g}GB ${c}-USA`, colors: ['SPACE GRAY', 'SILVER'], storage: [64, 256] },
    ],
  },
  Mac: {
    weight: 25,
    os: 'OSX',
    plants: ['C02', 'FVF', 'C17', 'C07', 'H2W'],
    models: [
      { model: 'MacBook Pro', desc: (c, g) => `MBP 13.3 ${c}/2.0GHZ/8GB/${g}GB-USA`, colors: ['SPACE GRAY', 'SILVER'], storage: [256, 512] },
      { model: 'MacBook Pro', desc: (c, g) => `MBP 14.2 ${c}/M3 PRO/18GB/${g}GB-USA`, colors: ['SPACE BLACK', 'SILVER'], storage: [512, 1024] },
      {
        model: 'MacBook Air',
        desc: (c, g) => `MBA 13.6 ${c}/M2/8C CPU/8GB/${g}GB-USA`,
        colors: ['MIDNIGHT', 'STARLIGHT', 'SPACE GRAY', 'SILVER'],
        storage: [256, 512],
      },
      { model: 'iMac', desc: (c, g) => `IMAC 24 ${c}/M3/8GB/${g}GB-USA`, colors: ['BLUE', 'GREEN', 'PINK', 'SILVER'], storage: [256, 512], ethernet: true },
      { model: 'Mac mini', desc: (c, g) => `MAC MINI ${c}/M4/16GB/${g}GB-USA`, colors: ['SILVER'], storage: [256, 512], ethernet: true },
    ],
  },
  AppleTV: {
    weight: 5,
    os: 'tvOS',
    plants: ['C0H', 'DY3', 'G9Q'],
    models: [
      { model: 'Apple TV 4K', desc: (_c, g) => `APPLE TV 4K WI-FI+ETHERNET ${g}GB-USA`, colors: ['BLACK'], storage: [64, 128], ethernet: true },
      { model: 'Apple TV HD', desc: (_c, g) => `APPLE TV HD ${g}GB-USA`, colors: ['BLACK'], storage: [32], ethernet: true },
    ],
  },
  Vision: {
    weight: 5,
    os: 'visionOS',
    plants: ['H6V', 'K2W'],
    models: [{ model: 'Apple Vision Pro', desc: (_c, g) => `APPLE VISION PRO ${g}GB-USA`, colors: ['SILVER'], storage: [256, 512, 1024] }],
  },
};
const FAMILIES = Object.keys(CATALOG) as Family[];
const TOTAL_WEIGHT = FAMILIES.reduce((s, f) => s + CATALOG[f].weight, 0);
const YEAR_CODES = 'CDFGHJKLMN';
const ASSIGNERS = ['it-admin@example.com', 'deploy@example.com', 'abm-admin@example.org', 'apple-dep@acme.co'];
const DATE_FROM = Date.UTC(2019, 0, 1) / 1000;
const DATE_SPAN = Date.UTC(2025, 0, 1) / 1000 - DATE_FROM;

/** The attributes of a generated device that never change. */
export interface StaticAttrs {
  serial_number: string;
  model: string;
  description: string;
  color: string;
  os: string;
  device_family: Family;
  device_assigned_by: string;
  /** Unix seconds: ABM assignment date of a device present when the sim starts. */
  assignedDate: number;
  wifi_mac_address: string;
  bluetooth_mac_address: string;
  ethernet_mac_address?: string;
  imei?: string[];
  eid?: string;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

function mac(rnd: () => number): string {
  // unicast, globally administered first octet
  return (
    HEX[(rnd() * 256) & 0xfc] +
    ':' +
    HEX[(rnd() * 256) | 0] +
    ':' +
    HEX[(rnd() * 256) | 0] +
    ':' +
    HEX[(rnd() * 256) | 0] +
    ':' +
    HEX[(rnd() * 256) | 0] +
    ':' +
    HEX[(rnd() * 256) | 0]
  );
}

function digits7(rnd: () => number): string {
  return String(Math.floor(rnd() * 1e7)).padStart(7, '0');
}

/** IMEI: 14 digits + Luhn check digit. */
function imei(rnd: () => number): string {
  const body = '35' + digits7(rnd) + String(Math.floor(rnd() * 1e5)).padStart(5, '0');
  let sum = 0;
  for (let i = 0; i < 14; i++) {
    let d = body.charCodeAt(i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return body + ((10 - (sum % 10)) % 10);
}

const pick = <T>(rnd: () => number, xs: T[]): T => xs[(rnd() * xs.length) | 0];
/** Descriptions are few: built once per (model, color, storage). */
const DESCS = new Map<ModelEntry, string[][]>();
for (const f of Object.values(CATALOG)) {
  for (const m of f.models)
    DESCS.set(
      m,
      m.colors.map((c) => m.storage.map((g) => m.desc(c, g).replace('1024GB', '1TB'))),
    );
}

/** Pure: the static attributes of device `local` of server number `ordinal` generated with `seed`. */
export function generateStatic(seed: number, ordinal: number, local: number): StaticAttrs {
  const rnd = mulberry32(hash32(hash32(seed, 0x5eed), local));
  let w = rnd() * TOTAL_WEIGHT;
  let family: Family = 'iPhone';
  for (const f of FAMILIES) {
    if ((w -= CATALOG[f].weight) < 0) {
      family = f;
      break;
    }
  }
  const fam = CATALOG[family];
  const m = pick(rnd, fam.models);
  const ci = (rnd() * m.colors.length) | 0;
  const color = m.colors[ci];
  const gi = (rnd() * m.storage.length) | 0;
  const prefix = pick(rnd, fam.plants) + YEAR_CODES[(rnd() * YEAR_CODES.length) | 0];
  const a: StaticAttrs = {
    serial_number: prefix + encodeSuffix(ordinal, local),
    model: m.model,
    description: DESCS.get(m)![ci][gi],
    color,
    os: fam.os,
    device_family: family,
    device_assigned_by: pick(rnd, ASSIGNERS),
    assignedDate: DATE_FROM + Math.floor(rnd() * DATE_SPAN),
    wifi_mac_address: mac(rnd),
    bluetooth_mac_address: mac(rnd),
  };
  if (m.ethernet) a.ethernet_mac_address = mac(rnd);
  const eid = () => '8904' + digits7(rnd) + digits7(rnd) + digits7(rnd) + digits7(rnd).slice(0, 7);
  if (family === 'iPhone') {
    a.imei = [imei(rnd), imei(rnd)];
    a.eid = eid();
  } else if (m.cellular && rnd() < 0.6) {
    a.imei = [imei(rnd)];
    a.eid = eid();
  }
  return a;
}

// ---------------------------------------------------------------------------------------------------------------------
// Growable typed arrays.

type TA = Int32Array | Uint32Array | Uint8Array | Int16Array | Uint16Array;
export class Column<T extends TA> {
  arr: T;
  constructor(
    private readonly ctor: new (n: number) => T,
    cap = 1024,
    private readonly fill = 0,
  ) {
    this.arr = new ctor(cap);
    if (fill) this.arr.fill(fill);
  }
  ensure(n: number): void {
    if (n <= this.arr.length) return;
    let cap = this.arr.length;
    while (cap < n) cap *= 2;
    const next = new this.ctor(cap);
    if (this.fill) next.fill(this.fill);
    next.set(this.arr);
    this.arr = next;
  }
}

const STATUS = ['empty', 'assigned', 'pushed', 'removed'] as const;
export const S_EMPTY = 0,
  S_ASSIGNED = 1,
  S_PUSHED = 2,
  S_REMOVED = 3;

/** Keys a caller may not override through Partial<Device>: they are sim-managed or sync-only. */
const MANAGED_KEYS = new Set(['op_type', 'op_date', 'response_status', 'profile_status', 'profile_uuid', 'profile_assign_time', 'profile_push_time']);

/**
 * Every device the sim knows, in slots. Per slot: generator key (server ordinal + local index), current server ordinal
 * (-1 = not assigned to any), profile state and times in Unix seconds (0 = unset). About 30 bytes per device.
 */
export class DeviceTable {
  size = 0;
  readonly genServer = new Column(Uint16Array);
  readonly genIndex = new Column(Uint32Array);
  readonly server = new Column(Int16Array, 1024, -1);
  readonly status = new Column(Uint8Array);
  readonly profile = new Column(Int32Array, 1024, -1);
  readonly assignTime = new Column(Uint32Array);
  readonly pushTime = new Column(Uint32Array);
  /** When the device was assigned to its current server (0 = the generated date). */
  readonly assignedDate = new Column(Uint32Array);
  /** Position in its server's membership list (for O(1) removal checks). */
  readonly memberPos = new Column(Int32Array, 1024, -1);
  /** Overrides from addDevices(Partial<Device>[]) / modifyDevice; also custom serials. */
  readonly overrides = new Map<number, Partial<Device>>();
  private readonly customSerials = new Map<string, number>();
  /** Per server ordinal: seed and local index → slot. */
  readonly seeds: number[] = [];
  readonly localToSlot: Column<Int32Array>[] = [];
  readonly localCount: number[] = [];

  addServer(seed: number): number {
    this.seeds.push(seed >>> 0);
    this.localToSlot.push(new Column(Int32Array, 1024, -1));
    this.localCount.push(0);
    return this.seeds.length - 1;
  }

  /** Allocate `n` generated devices for server `ordinal` (membership is handled by the caller). First slot returned. */
  allocate(ordinal: number, n: number): number {
    const first = this.size;
    const end = first + n;
    for (const c of [this.genServer, this.genIndex, this.server, this.status, this.profile, this.assignTime, this.pushTime, this.assignedDate, this.memberPos])
      (c as Column<TA>).ensure(end);
    const l2s = this.localToSlot[ordinal];
    const local0 = this.localCount[ordinal];
    l2s.ensure(local0 + n);
    for (let i = 0; i < n; i++) {
      const slot = first + i;
      this.genServer.arr[slot] = ordinal;
      this.genIndex.arr[slot] = local0 + i;
      l2s.arr[local0 + i] = slot;
    }
    this.localCount[ordinal] = local0 + n;
    this.size = end;
    return first;
  }

  staticOf(slot: number): StaticAttrs {
    const o = this.genServer.arr[slot];
    return generateStatic(this.seeds[o], o, this.genIndex.arr[slot]);
  }

  serialOf(slot: number): string {
    const ov = this.overrides.get(slot);
    if (ov?.serial_number) return ov.serial_number;
    return this.staticOf(slot).serial_number;
  }

  /** Serial → slot, or -1. Generated serials decode arithmetically; custom ones come from a small Map. */
  lookup(serial: string): number {
    if (typeof serial !== 'string') return -1;
    const c = this.customSerials.get(serial);
    if (c !== undefined) return c;
    if (serial.length !== 12) return -1;
    const d = decodeSuffix(serial.slice(4));
    if (!d || d.ordinal >= this.seeds.length || d.local >= this.localCount[d.ordinal]) return -1;
    const slot = this.localToSlot[d.ordinal].arr[d.local];
    return slot >= 0 && this.serialOf(slot) === serial ? slot : -1;
  }

  /** Apply caller-supplied attributes (validated) to a slot. */
  setOverrides(slot: number, changes: Partial<Device>): void {
    const clean: Partial<Device> = {};
    for (const [k, v] of Object.entries(changes)) {
      if (MANAGED_KEYS.has(k)) continue;
      if (k === 'serial_number') {
        if (typeof v !== 'string' || !SERIAL_FORMAT.test(v)) throw new Error(`invalid serial_number ${JSON.stringify(v)}: 8–20 letters or digits`);
        if (v === this.serialOf(slot)) continue;
        if (this.lookup(v) >= 0) throw new Error(`serial_number ${v} already exists`);
        const old = this.overrides.get(slot)?.serial_number;
        if (old) this.customSerials.delete(old);
        this.customSerials.set(v, slot);
      }
      clean[k] = v;
    }
    this.overrides.set(slot, { ...this.overrides.get(slot), ...clean });
  }
}

const TWO = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));
const DAY_PREFIX = new Map<number, string>();
/** Unix seconds → `2018-09-08T16:49:09Z` (Apple's form). Hot in page rendering, hence the day cache. */
function isoSeconds(sec: number): string {
  const day = Math.floor(sec / 86400);
  let p = DAY_PREFIX.get(day);
  if (p === undefined) {
    p = new Date(day * 86400_000).toISOString().slice(0, 11);
    if (DAY_PREFIX.size > 20_000) DAY_PREFIX.clear();
    DAY_PREFIX.set(day, p);
  }
  const r = sec - day * 86400;
  return p + TWO[Math.floor(r / 3600)] + ':' + TWO[Math.floor(r / 60) % 60] + ':' + TWO[r % 60] + 'Z';
}

/** Mutable state captured for rendering (current, or the snapshot stored with an event). */
export interface DeviceState {
  status: number;
  profileUuid?: string;
  assignTime: number;
  pushTime: number;
  assignedDate: number;
}

/** Render one device record as Apple would for `protocol`, with op_type/op_date for sync events. */
export function renderDevice(
  attrs: StaticAttrs,
  st: DeviceState,
  ov: Partial<Device> | undefined,
  protocol: number,
  op?: { type: string; date: number; releasedByReplacement?: boolean },
): Device {
  const d: Device = {
    serial_number: attrs.serial_number,
    description: attrs.description,
    model: attrs.model,
  };
  if (protocol >= 2) {
    d.os = attrs.device_family === 'iPad' && protocol < 7 ? 'iOS' : attrs.os;
    d.device_family = attrs.device_family;
  }
  d.color = attrs.color;
  if (st.profileUuid) d.profile_uuid = st.profileUuid;
  if (st.assignTime) d.profile_assign_time = isoSeconds(st.assignTime);
  if (st.pushTime) d.profile_push_time = isoSeconds(st.pushTime);
  d.profile_status = STATUS[st.status] ?? 'empty';
  d.device_assigned_by = attrs.device_assigned_by;
  d.device_assigned_date = isoSeconds(st.assignedDate || attrs.assignedDate);
  if (protocol >= 10) {
    d.wifi_mac_address = attrs.wifi_mac_address;
    d.bluetooth_mac_address = attrs.bluetooth_mac_address;
    if (attrs.ethernet_mac_address) d.ethernet_mac_address = attrs.ethernet_mac_address;
    if (attrs.imei) d.imei = attrs.imei;
    if (attrs.eid) d.eid = attrs.eid;
  }
  if (ov) {
    for (const [k, v] of Object.entries(ov)) {
      if (v === undefined) continue;
      if (k === 'mdm_migration_deadline' && protocol < 8) continue;
      if (V10_KEYS.has(k) && protocol < 10) continue;
      if ((k === 'os' || k === 'device_family') && protocol < 2) continue;
      if (k === 'os' && v === 'iPadOS' && protocol < 7) {
        d.os = 'iOS';
        continue;
      }
      d[k] = v;
    }
  }
  if (op) {
    d.op_type = op.type as Device['op_type'];
    d.op_date = isoSeconds(op.date);
    if (op.releasedByReplacement && protocol >= 10) d.released_by_replacement = true;
  }
  return d;
}

const V10_KEYS = new Set([
  'bluetooth_mac_address',
  'ethernet_mac_address',
  'wifi_mac_address',
  'eid',
  'imei',
  'meid',
  'is_replacement_device',
  'released_by_replacement',
]);
