/**
 * A strict reader of binary property lists (bplist00) that parses each object once, from the offset table.
 * Why not the plist package: its reader rebuilds an object every time it is referenced, so an 8.7 KB plist whose
 * objects share children 1000³ times expands to gigabytes. Here an object is decoded once and shared by its
 * references, while its expanded size (values, bytes, height) counts toward the limits at every reference: the fan-out
 * is refused as soon as the sum passes the limit. Cycles, out-of-range offsets and references, and counts larger than
 * the bytes that could hold them are refused before anything is allocated for them.
 * Types as plist.parse gives them, except data → Buffer: string, integer → number (bigint past 2^53), real → number,
 * date → Date, true/false, null, UID → { UID: number }, array, dict (string keys).
 */
import { limitError, PlistSyntaxError, setEntry, type PlistLimits } from './plistlimits.ts';

const MAGIC = Buffer.from('bplist00', 'latin1');
const TRAILER = 32;
const EPOCH_2001_MS = 978_307_200_000;

const fail = (m: string): never => {
  throw new PlistSyntaxError(m);
};

/** Big-endian unsigned integer of 1–8 bytes; refused past 2^53 (no offset, count or reference can be that large). */
function uint(b: Buffer, p: number, n: number): number {
  if (n === 1) return b[p];
  if (n === 2) return (b[p] << 8) | b[p + 1];
  if (n <= 6) return b.readUIntBE(p, n);
  let v = 0;
  for (let i = 0; i < n; i++) v = v * 256 + b[p + i];
  if (v > Number.MAX_SAFE_INTEGER) fail('an integer field past 2^53');
  return v;
}

/** Short strings (every MachineInfo value) by char codes: Buffer#toString costs ~1 µs a call, more than the string. */
function latin1(b: Buffer, p: number, n: number): string {
  if (n > 64) return b.toString('latin1', p, p + n);
  let s = '';
  for (let i = 0; i < n; i++) s += String.fromCharCode(b[p + i]);
  return s;
}

export function isBinaryPlist(b: Buffer): boolean {
  return b.length >= MAGIC.length && b.compare(MAGIC, 0, MAGIC.length, 0, MAGIC.length) === 0;
}

/** Parse one binary plist; throws PlistSyntaxError (or its PlistLimitError) naming the first problem. */
export function parseBinaryPlist(b: Buffer, limits: PlistLimits): unknown {
  if (!isBinaryPlist(b)) fail('not a binary plist (no bplist00 header)');
  if (b.length < MAGIC.length + 1 + TRAILER) fail('truncated binary plist');
  const t = b.length - TRAILER;
  const offSize = b[t + 6];
  const refSize = b[t + 7];
  if (offSize < 1 || offSize > 8 || refSize < 1 || refSize > 8) fail('bad offset or reference size in the trailer');
  const count = uint(b, t + 8, 8);
  const top = uint(b, t + 16, 8);
  const table = uint(b, t + 24, 8);
  if (count < 1) fail('a binary plist with no objects');
  // Each distinct object is at least one value of the decoded tree.
  if (count > limits.maxObjects) throw limitError('maxObjects', limits);
  if (top >= count) fail('the top object is not in the offset table');
  if (table < MAGIC.length + 1 || table + count * offSize > t) fail('the offset table is not inside the file');
  const r = new Reader(b, limits, count, offSize, refSize, table);
  r.read(top, 0);
  return r.values[top];
}

/** One parse's state (a class, not closures: a MachineInfo is read in a few µs, and per-call closures showed up). */
class Reader {
  // plain arrays: a MachineInfo has ~30 objects, and typed-array allocations cost more than reading them
  readonly state: (number | undefined)[]; // undefined unread, 1 being read (a reference to it is a cycle), 2 read
  readonly values: unknown[];
  readonly nodes: number[]; // expanded size of each object, as counted toward the limits
  readonly bytes: number[];
  readonly height: number[];
  /** Where the payload after a length starts (set by length()). */
  private q = 0;

  constructor(
    private readonly b: Buffer,
    private readonly limits: PlistLimits,
    private readonly count: number,
    private readonly offSize: number,
    private readonly refSize: number,
    /** the offset table: objects end there */ private readonly end: number,
  ) {
    this.state = new Array(count);
    this.values = new Array(count);
    this.nodes = new Array(count);
    this.bytes = new Array(count);
    this.height = new Array(count);
  }

  /** Length that follows a marker: the low nibble, or 0x0F and an integer object. Checked against the bytes left. */
  private length(nibble: number, p: number, unit: number): number {
    const { b, end } = this;
    let n = nibble;
    if (nibble === 0x0f) {
      if (p >= end) fail('truncated length');
      const m = b[p];
      if (m >> 4 !== 0x1 || (m & 0x0f) > 3) fail('a length that is not a small integer');
      const w = 1 << (m & 0x0f);
      if (p + 1 + w > end) fail('truncated length');
      n = uint(b, p + 1, w);
      p += 1 + w;
    }
    if (n * unit > end - p) fail('a length past the end of the objects');
    this.q = p;
    return n;
  }

  private ref(p: number): number {
    const r = uint(this.b, p, this.refSize);
    if (r >= this.count) fail('a reference outside the offset table');
    return r;
  }

  /** Decode object i, reached at nesting `depth`, once: fills values/nodes/bytes/height[i]. */
  read(i: number, depth: number): void {
    const { b, limits, end, refSize, state, nodes, bytes, height, values } = this;
    if (state[i] === 2) {
      if (depth + height[i] > limits.maxDepth) throw limitError('maxDepth', limits);
      return;
    }
    if (state[i] === 1) fail('a reference cycle');
    if (depth > limits.maxDepth) throw limitError('maxDepth', limits);
    state[i] = 1;
    const off = uint(b, end + i * this.offSize, this.offSize); // the offset table starts where the objects end
    if (off < MAGIC.length || off >= end) fail('an object offset outside the object area');
    const marker = b[off];
    const kind = marker >> 4;
    const low = marker & 0x0f;
    const p = off + 1;
    let v: unknown;
    let n = 1;
    let size = 0;
    let h = 0;
    switch (kind) {
      case 0x0:
        if (marker === 0x00) v = null;
        else if (marker === 0x08) v = false;
        else if (marker === 0x09) v = true;
        else fail(`an unknown object marker 0x${marker.toString(16)}`);
        break;
      case 0x1: {
        if (low > 4) fail('an integer wider than 16 bytes');
        const w = 1 << low;
        if (p + w > end) fail('truncated object');
        if (w <= 4) v = b.readUIntBE(p, w);
        else {
          // 8 bytes are signed; 16 bytes hold values past 2^63 (as Python's plistlib writes them)
          const x = w === 8 ? b.readBigInt64BE(p) : BigInt.asIntN(128, (b.readBigUInt64BE(p) << 64n) | b.readBigUInt64BE(p + 8));
          v = x >= BigInt(Number.MIN_SAFE_INTEGER) && x <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(x) : x;
        }
        break;
      }
      case 0x2:
        if (low === 2 && p + 4 <= end) v = b.readFloatBE(p);
        else if (low === 3 && p + 8 <= end) v = b.readDoubleBE(p);
        else fail('a real that is not 4 or 8 bytes, or truncated');
        break;
      case 0x3:
        if (marker !== 0x33) fail('a date that is not an 8-byte real');
        if (p + 8 > end) fail('truncated object');
        v = new Date(EPOCH_2001_MS + b.readDoubleBE(p) * 1000);
        break;
      case 0x4: {
        const len = this.length(low, p, 1);
        if (len > limits.maxData) throw limitError('maxData', limits);
        v = b.subarray(this.q, this.q + len);
        size = len;
        break;
      }
      case 0x5: {
        const len = this.length(low, p, 1);
        if (len > limits.maxString) throw limitError('maxString', limits);
        v = latin1(b, this.q, len);
        size = len;
        break;
      }
      case 0x6: {
        const len = this.length(low, p, 2);
        if (len > limits.maxString) throw limitError('maxString', limits);
        v = Buffer.from(b.subarray(this.q, this.q + 2 * len))
          .swap16()
          .toString('utf16le');
        size = 2 * len;
        break;
      }
      case 0x8:
        if (p + low + 1 > end) fail('truncated object');
        v = { UID: uint(b, p, low + 1) };
        break;
      case 0xa:
      case 0xd: {
        const isDict = kind === 0xd;
        const len = this.length(low, p, (isDict ? 2 : 1) * refSize);
        const at = this.q; // q moves as children are read
        if (len > limits.maxObjects) throw limitError('maxObjects', limits);
        const arr: unknown[] = [];
        const dict: Record<string, unknown> = {};
        v = isDict ? dict : arr;
        for (let k = 0; k < len; k++) {
          let key: string | undefined;
          if (isDict) {
            const kr = this.ref(at + k * refSize);
            this.read(kr, depth + 1);
            if (typeof values[kr] !== 'string') fail('a dict key that is not a string');
            key = values[kr] as string;
            n += nodes[kr];
            size += bytes[kr];
          }
          const vr = this.ref(at + (isDict ? len + k : k) * refSize);
          this.read(vr, depth + 1);
          n += nodes[vr];
          size += bytes[vr];
          if (n > limits.maxObjects) throw limitError('maxObjects', limits);
          if (size > limits.maxBytes) throw limitError('maxBytes', limits);
          h = Math.max(h, height[vr] + 1);
          if (isDict) setEntry(dict, key!, values[vr]);
          else arr.push(values[vr]);
        }
        break;
      }
      default:
        fail(`an unsupported object marker 0x${marker.toString(16)}`);
    }
    if (size > limits.maxBytes) throw limitError('maxBytes', limits);
    values[i] = v;
    nodes[i] = n;
    bytes[i] = size;
    height[i] = h;
    state[i] = 2;
  }
}
