// Hostile plist shapes, seeded: binary plist amplification (fan-out DAGs, deep nesting, huge counts, long strings and data,
// cycles, big dicts, bad offsets) and XML <data> whitespace that made the old base64 regex quadratic. Shared by the
// hostile proof, the bplist fuzz test and bench/plist.ts. Every generator returns a plist (unsigned) that a device key
// can sign; each carries a valid MachineInfo beside the hostile value, so only the parser's limits can refuse it.
import type { Prng } from './lib.ts';

/** One object of a binary plist, by type; containers hold indices into the object list. */
export type BObj =
  | { str: string }
  | { utf16: string }
  | { data: Buffer }
  | { int: number }
  | { bool: boolean }
  | { arr: number[] }
  | { dict: [number, number][] }
  | { raw: Buffer };

function lengthHeader(kind: number, n: number): Buffer {
  if (n < 15) return Buffer.from([(kind << 4) | n]);
  if (n < 0x100) return Buffer.from([(kind << 4) | 0xf, 0x10, n]);
  if (n < 0x10000) {
    const b = Buffer.from([(kind << 4) | 0xf, 0x11, 0, 0]);
    b.writeUInt16BE(n, 2);
    return b;
  }
  if (n < 0x100000000) {
    const b = Buffer.from([(kind << 4) | 0xf, 0x12, 0, 0, 0, 0]);
    b.writeUInt32BE(n, 2);
    return b;
  }
  const b = Buffer.alloc(10);
  b[0] = (kind << 4) | 0xf;
  b[1] = 0x13;
  b.writeBigUInt64BE(BigInt(n), 2);
  return b;
}

const uintBE = (v: number | bigint, w: number) => {
  const b = Buffer.alloc(w);
  let x = BigInt(v);
  for (let i = w - 1; i >= 0; i--) {
    b[i] = Number(x & 0xffn);
    x >>= 8n;
  }
  return b;
};

export interface WriteOptions {
  top?: number;
  refSize?: number;
  offSize?: number;
  count?: number | bigint;
  tableAt?: number | bigint;
}

/** A bplist00 from an object list; options override trailer fields to make broken files. */
export function writeBplist(objs: BObj[], o: WriteOptions = {}): Buffer {
  const refSize = o.refSize ?? (objs.length <= 0x100 ? 1 : objs.length <= 0x10000 ? 2 : 4);
  const parts: Buffer[] = [Buffer.from('bplist00', 'latin1')];
  const offsets: number[] = [];
  let at = 8;
  const refs = (xs: number[]) => Buffer.concat(xs.map((x) => uintBE(x, refSize)));
  for (const ob of objs) {
    let b: Buffer;
    if ('str' in ob) b = Buffer.concat([lengthHeader(0x5, ob.str.length), Buffer.from(ob.str, 'latin1')]);
    else if ('utf16' in ob) b = Buffer.concat([lengthHeader(0x6, ob.utf16.length), Buffer.from(ob.utf16, 'utf16le').swap16()]);
    else if ('data' in ob) b = Buffer.concat([lengthHeader(0x4, ob.data.length), ob.data]);
    else if ('int' in ob) b = Buffer.concat([Buffer.from([0x13]), uintBE(BigInt.asUintN(64, BigInt(ob.int)), 8)]);
    else if ('bool' in ob) b = Buffer.from([ob.bool ? 0x09 : 0x08]);
    else if ('arr' in ob) b = Buffer.concat([lengthHeader(0xa, ob.arr.length), refs(ob.arr)]);
    else if ('dict' in ob) b = Buffer.concat([lengthHeader(0xd, ob.dict.length), refs(ob.dict.map((e) => e[0])), refs(ob.dict.map((e) => e[1]))]);
    else b = ob.raw;
    offsets.push(at);
    parts.push(b);
    at += b.length;
  }
  const offSize = o.offSize ?? (at < 0x100 ? 1 : at < 0x10000 ? 2 : 4);
  const table = at;
  parts.push(Buffer.concat(offsets.map((x) => uintBE(x, offSize))));
  const trailer = Buffer.alloc(32);
  trailer[6] = offSize;
  trailer[7] = refSize;
  trailer.writeBigUInt64BE(BigInt(o.count ?? objs.length), 8);
  trailer.writeBigUInt64BE(BigInt(o.top ?? 0), 16);
  trailer.writeBigUInt64BE(BigInt(o.tableAt ?? table), 24);
  parts.push(trailer);
  return Buffer.concat(parts);
}

export const VALID_MI = {
  UDID: '00008101-000A1B2C3D4E001E',
  SERIAL: 'F2LXK0Q0HG7F',
  PRODUCT: 'iPhone15,2',
  VERSION: '22B83',
  OS_VERSION: '18.1',
  LANGUAGE: 'en-US',
};

/**
 * A MachineInfo (object 0, the root dict) with one more key, X, whose value `hostile` builds: it appends its objects
 * with `add` and returns the index of the value.
 */
export function machineInfoWith(hostile: (add: (o: BObj) => number, objs: BObj[]) => number, o: WriteOptions = {}): Buffer {
  const objs: BObj[] = [{ raw: Buffer.alloc(0) }];
  const add = (x: BObj) => objs.push(x) - 1;
  const entries: [number, number][] = Object.entries(VALID_MI).map(([k, v]) => [add({ str: k }), add({ str: v })]);
  entries.push([add({ str: 'X' }), hostile(add, objs)]);
  objs[0] = { dict: entries };
  return writeBplist(objs, o);
}

/** levels of arrays, each holding `width` references to the next level: width^levels values once expanded. */
export const fanoutDag = (width: number, levels: number) =>
  machineInfoWith(
    (add, objs) => {
      let below = add({ str: 'leaf' });
      for (let l = 0; l < levels; l++) {
        objs.push({ arr: Array(width).fill(below) });
        below = objs.length - 1;
      }
      return below;
    },
    { refSize: 2 },
  );

/** width distinct keys, each naming the same dict of width entries: width² entries. */
export const fanoutDict = (width: number) =>
  machineInfoWith(
    (add) => {
      const keys = Array.from({ length: width }, (_, i) => add({ str: `k${i}` }));
      const v = add({ str: 'v' });
      const inner = add({ dict: keys.map((k) => [k, v]) });
      return add({ dict: keys.map((k) => [k, inner]) });
    },
    { refSize: 2 },
  );

/** A chain of `depth` arrays (or dicts), one inside the other. */
export const deepNesting = (depth: number, kind: 'arr' | 'dict') =>
  machineInfoWith(
    (add, objs) => {
      const k = add({ str: 'k' });
      let inner = add({ str: 'x' });
      for (let d = 0; d < depth; d++) {
        objs.push(kind === 'arr' ? { arr: [inner] } : { dict: [[k, inner]] });
        inner = objs.length - 1;
      }
      return inner;
    },
    { refSize: 2 },
  );

/** A marker whose length claims far more than the file holds (no bytes behind it). */
export const hugeCount = (kind: number, n: number | bigint) =>
  machineInfoWith((add) => {
    const b = Buffer.alloc(10);
    b[0] = (kind << 4) | 0xf;
    b[1] = 0x13;
    b.writeBigUInt64BE(BigInt(n), 2);
    return add({ raw: b });
  });

/** One string (or data) of n units, referenced `refs` times. */
export const longValue = (kind: 'str' | 'utf16' | 'data', n: number, refs = 1) =>
  machineInfoWith(
    (add) => {
      const v = add(kind === 'data' ? { data: Buffer.alloc(n, 0x41) } : kind === 'str' ? { str: 'A'.repeat(n) } : { utf16: '\u00e9'.repeat(n) });
      return refs === 1 ? v : add({ arr: Array(refs).fill(v) });
    },
    { refSize: 2 },
  );

/** References that loop: a self-referencing array, a value pointing at the root, a two-array cycle, a key that is its own dict. */
export const cycle = (shape: number) =>
  machineInfoWith((add, objs) => {
    const i = objs.length;
    if (shape === 0) return add({ arr: [i] });
    if (shape === 1) return add({ arr: [0] });
    if (shape === 2) {
      add({ arr: [i + 1] });
      add({ arr: [i] });
      return i;
    }
    return add({ dict: [[i, i]] });
  });

/** A dict of n distinct entries, as many as the bytes allow (refs of 4 bytes past 65,536 objects). */
export const bigDict = (n: number) =>
  machineInfoWith((add) => {
    const v = add({ str: 'v' });
    const keys = Array.from({ length: n }, (_, i) => add({ str: i.toString(36) }));
    return add({ dict: keys.map((k) => [k, v]) });
  });

/** Trailer and offset-table lies on a valid MachineInfo. */
export function badOffsets(r: Prng): Buffer {
  const good = machineInfoWith((add) => add({ str: 'ok' }));
  const b = Buffer.from(good);
  const t = b.length - 32;
  switch (r.int(0, 6)) {
    case 0:
      b.writeBigUInt64BE(BigInt(r.int(b.length, 2 ** 31)), t + 24);
      break; // offset table past the end
    case 1:
      b.writeBigUInt64BE(0xffffffffffffffffn, t + 8);
      break; // object count 2^64-1
    case 2:
      b.writeBigUInt64BE(BigInt(r.int(1000, 2 ** 40)), t + 16);
      break; // top object out of range
    case 3:
      b[t + 6] = r.pick([0, 9, 255]);
      break; // offset size
    case 4:
      b[t + 7] = r.pick([0, 9, 255]);
      break; // reference size
    case 5: {
      const table = Number(b.readBigUInt64BE(t + 24));
      b[table + r.int(0, 5)] = r.int(0, 255);
      break;
    } // an offset anywhere
    default:
      b.writeBigUInt64BE(BigInt(r.int(0, 7)), t + 24);
      break; // offset table over the header
  }
  return b;
}

/** A valid binary MachineInfo with a few bytes changed. */
export function mutated(r: Prng, base: Buffer): Buffer {
  const b = Buffer.from(base);
  for (let i = r.int(1, 6); i > 0; i--) b[r.int(8, b.length - 1)] = r.int(0, 255);
  return b;
}

/** mayServe: some draws stay valid (an offset rewritten to another object of the right type), so may be read and served. */
export interface Family {
  name: string;
  make: (r: Prng) => Buffer;
  mayServe?: boolean;
}

/** The binary amplification families: each `make` gives one plist of that shape, sized by `large`. */
export function bplistFamilies(large: boolean): Family[] {
  return [
    { name: 'fanout_dag', make: (r) => (r.next() < 0.5 ? fanoutDag(1000, 3) : fanoutDag(r.int(large ? 100 : 30, large ? 1000 : 200), r.int(2, 4))) },
    { name: 'fanout_dict', make: (r) => fanoutDict(r.int(300, 1000)) },
    { name: 'deep_nesting', make: (r) => deepNesting(r.int(9, large ? 10_000 : 3000), r.pick(['arr', 'dict'] as const)) },
    { name: 'huge_count', make: (r) => hugeCount(r.pick([0x4, 0x5, 0x6, 0xa, 0xd]), r.pick([2 ** 31, 2 ** 53 - 1, 0xffffffffffffffffn, r.int(1000, 1e9)])) },
    {
      name: 'long_value',
      make: (r) =>
        r.next() < 0.5
          ? longValue(r.pick(['str', 'utf16', 'data'] as const), r.int(17_000, large ? 28_000 : 22_000))
          : longValue(r.pick(['str', 'data'] as const), r.int(1000, 4000), r.int(100, 1000)),
    },
    { name: 'cycle', make: (r) => cycle(r.int(0, 3)) },
    { name: 'big_dict', make: (r) => (r.next() < 0.5 ? bigDict(r.int(300, large ? 6000 : 3000)) : hugeCount(0xd, 1_000_000)) },
    { name: 'bad_offsets', make: badOffsets, mayServe: true },
  ];
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0"><dict>';
const xmlMachineInfo = (extra: string) =>
  Buffer.from(
    `${XML_HEAD}${Object.entries(VALID_MI)
      .map(([k, v]) => `<key>${k}</key><string>${v}</string>`)
      .join('')}${extra}</dict></plist>`,
  );

/** <data> bodies that made /^[A-Za-z0-9+/\s]*={0,2}\s*$/ backtrack quadratically: long whitespace runs then a bad character. */
export function base64Whitespace(r: Prng, n: number): Buffer {
  const ws = () => r.pick([' ', '\t', '\n', '\r\n']);
  const body =
    r.next() < 0.1
      ? ' '.repeat(n) // all whitespace: valid (empty data), served
      : r.pick([
          () => ' '.repeat(n) + '!',
          () => ws().repeat(n) + '=!',
          () => 'QUFB' + ' '.repeat(n) + '==x',
          () => Array.from({ length: n >> 4 }, () => 'AAAA' + ws().repeat(12)).join('') + '!',
        ])();
  return xmlMachineInfo(`<key>X</key><data>${body}</data>`);
}
