import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as plist from 'plist';
import { parseBinaryPlist } from '../../src/enroll/bplist.ts';
import { MACHINEINFO_LIMITS, PlistLimitError, PlistSyntaxError, type PlistLimits } from '../../src/enroll/plistlimits.ts';
import { parseXmlPlist } from '../../src/enroll/xmlplist.ts';
import { MachineInfoError, parseMachineInfo } from '../../src/enroll/machineinfo.ts';
import { fixture } from '../helpers/tmp.ts';
import { openssl, python } from '../cms/testpki.ts';
import { prng, seedFor, size } from '../proof/lib.ts';
import { bplistFamilies, deepNesting, fanoutDag, machineInfoWith, mutated, writeBplist, type BObj } from '../proof/plist-families.ts';

const WIDE: PlistLimits = { maxObjects: 1_000_000, maxBytes: 64 << 20, maxDepth: 64, maxString: 1 << 20, maxData: 1 << 20 };
const seed = seedFor('bplist', 1111);

/** A JSON-able, typed rendering of a decoded value, the same for ours, plist's and plistlib's. */
function tagged(v: unknown): unknown {
  if (v === null) return ['null'];
  if (typeof v === 'string') return ['s', v];
  if (typeof v === 'boolean') return ['b', v];
  if (typeof v === 'bigint') return ['i', v.toString()];
  if (typeof v === 'number') return ['num', v]; // integers and reals are both numbers once read
  if (v instanceof Date) return ['d', v.getTime()];
  if (v instanceof Uint8Array) return ['x', Buffer.from(v).toString('hex')];
  if (Array.isArray(v)) return ['a', v.map(tagged)];
  if (typeof v === 'object' && Object.keys(v).length === 1 && 'UID' in v) return ['u', String((v as { UID: number }).UID)];
  return [
    'o',
    Object.entries(v as object)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, x]) => [k, tagged(x)]),
  ];
}

// Python writes seeded plists of many shapes (shared objects, refs of 1 and 2 bytes, every type) and its own reading of each.
const PY_GEN = `
import plistlib, random, json, sys, base64, datetime
seed, n = int(sys.argv[1]), int(sys.argv[2])
r = random.Random(seed)
def s():
    k = r.random()
    if k < 0.6: return ''.join(r.choice('abcXYZ019 -_.') for _ in range(r.choice([0, 1, 5, 14, 15, 16, 40, 300])))
    return ''.join(chr(r.choice([0xe9, 0x4e2d, 0x263a, 0x41, 0x1f600 if r.random() < 0.2 else 0x3b1])) for _ in range(r.randint(1, 20)))
def leaf():
    k = r.randint(0, 9)
    if k == 0: return s()
    if k == 1: return r.choice([0, 1, -1, 127, 128, 255, 256, 65535, 65536, 2**31, 2**32, 2**53 - 1, -2**53 + 1, 2**53 + 1, 2**62, -2**63, 2**63, 2**64 - 1, r.randint(-2**40, 2**40)])
    if k == 2: return r.choice([0.0, -1.5, 3.141592653589793, 1e300, -2.5e-300, r.random() * 1e6])
    if k == 3: return r.choice([True, False])
    if k == 4: return bytes(r.getrandbits(8) for _ in range(r.choice([0, 1, 14, 15, 16, 300])))
    if k == 5: return datetime.datetime(2001, 1, 1) + datetime.timedelta(seconds=r.randint(-10**9, 10**9))
    if k == 6: return plistlib.UID(r.choice([0, 1, 255, 256, 70000]))
    return s()
budget = [0]
def val(d):
    k = r.random()
    budget[0] -= 1
    if d > 4 or k < 0.5 or budget[0] <= 0: return leaf()
    if k < 0.75: return [val(d + 1) for _ in range(r.choice([0, 1, 3, 14, 15, 16, 40]))]
    return {s(): val(d + 1) for _ in range(r.choice([0, 1, 3, 14, 15, 16, 40]))}
def tag(v):
    if isinstance(v, bool): return ['b', v]
    if isinstance(v, plistlib.UID): return ['u', str(v.data)]
    if isinstance(v, int): return ['num', v] if abs(v) <= 2**53 - 1 else ['i', str(v)]
    if isinstance(v, float): return ['num', v]
    if isinstance(v, str): return ['s', v]
    if isinstance(v, bytes): return ['x', v.hex()]
    if isinstance(v, datetime.datetime): return ['d', round((v - datetime.datetime(1970, 1, 1)).total_seconds() * 1000)]
    if isinstance(v, list): return ['a', [tag(x) for x in v]]
    return ['o', [[k, tag(x)] for k, x in sorted(v.items())]]
out = []
for i in range(n):
    budget[0] = r.choice([10, 100, 1000])
    v = {'root': val(0)} if i % 3 else [val(1) for _ in range(r.choice([1, 30, 300]))]
    if i % 7 == 0:  # the same value many times: plistlib writes it once and references it
        v = {'shared': [v['root'] if isinstance(v, dict) else v[0]] * 8}
    b = plistlib.dumps(v, fmt=plistlib.FMT_BINARY, sort_keys=False)
    out.append({'b': base64.b64encode(b).decode(), 'v': tag(plistlib.loads(b))})
json.dump(out, sys.stdout)
`;

const N = size(150, 1500);
const cases: { b: string; v: unknown }[] = JSON.parse(execFileSync('python3', ['-c', PY_GEN, String(seed), String(N)], { maxBuffer: 1 << 30 }).toString());

const hasUnsafeInt = (t: unknown): boolean => Array.isArray(t) && (t[0] === 'i' || t.some(hasUnsafeInt));

test(`differential: ${N} seeded binary plists from Python's plistlib read the same by ours, plistlib and plist (npm)`, () => {
  let againstPlist = 0;
  for (const [i, c] of cases.entries()) {
    const bytes = Buffer.from(c.b, 'base64');
    const ours = tagged(parseBinaryPlist(bytes, WIDE));
    assert.deepEqual(ours, c.v, `case ${i}: ours differs from plistlib`);
    // plist (npm) reads integers past 2^53 through doubles and 16-byte integers not at all: compared where it can
    if (hasUnsafeInt(c.v)) continue;
    assert.deepEqual(ours, tagged(plist.parse(new Uint8Array(bytes) as never)), `case ${i}: ours differs from plist`);
    againstPlist++;
  }
  assert.ok(againstPlist > N / 3, `compared ${againstPlist} against plist`);
});

test('the limits hold at their boundary: exactly the limit is read, one more is refused naming the limit', () => {
  const arr = (n: number) => writeBplist([{ arr: Array.from({ length: n }, (_, i) => i + 1) }, ...Array.from({ length: n }, (_, i) => ({ str: `s${i}` }))]);
  const L: PlistLimits = { maxObjects: 10, maxBytes: 100, maxDepth: 3, maxString: 20, maxData: 30 };
  const limitOf = (b: Buffer, l = L) => {
    try {
      parseBinaryPlist(b, l);
      return 'ok';
    } catch (e) {
      if (e instanceof PlistLimitError) return e.limit;
      throw e;
    }
  };
  assert.equal(limitOf(arr(9)), 'ok');
  assert.equal(limitOf(arr(10)), 'maxObjects');
  // a shared child counts at every reference: 1 + 4 × (1 + 2) = 13 values from 3 distinct objects
  const shared = writeBplist([{ arr: [1, 1, 1, 1] }, { arr: [2, 2] }, { str: 'x' }]);
  assert.equal(limitOf(shared), 'maxObjects');
  assert.equal(limitOf(shared, { ...L, maxObjects: 13 }), 'ok');
  assert.equal(limitOf(writeBplist([{ str: 'a'.repeat(20) }])), 'ok');
  assert.equal(limitOf(writeBplist([{ str: 'a'.repeat(21) }])), 'maxString');
  assert.equal(limitOf(writeBplist([{ utf16: '\u00e9'.repeat(21) }])), 'maxString');
  assert.equal(limitOf(writeBplist([{ data: Buffer.alloc(31) }])), 'maxData');
  assert.equal(limitOf(writeBplist([{ arr: [1, 1, 1, 1, 1] }, { str: 'a'.repeat(20) }])), 'ok');
  assert.equal(limitOf(writeBplist([{ arr: [1, 1, 1, 1, 1, 1] }, { str: 'a'.repeat(20) }])), 'maxBytes');
  const nest = (d: number) => writeBplist([...Array.from({ length: d }, (_, i) => ({ arr: [i + 1] })), { str: 'x' }]);
  assert.equal(limitOf(nest(3)), 'ok');
  assert.equal(limitOf(nest(4)), 'maxDepth');
  // a shared subtree met first shallow, then deeper, is still measured at its deepest place
  const deepShared = writeBplist([{ arr: [3, 1] }, { arr: [2] }, { arr: [3] }, { arr: [4] }, { str: 'x' }]);
  assert.equal(limitOf(deepShared), 'maxDepth');
  // the same limits for XML
  const xml = (inner: string) => `<?xml version="1.0"?><plist>${inner}</plist>`;
  const xmlLimit = (s: string) => {
    try {
      parseXmlPlist(xml(s), L);
      return 'ok';
    } catch (e) {
      if (e instanceof PlistLimitError) return e.limit;
      throw e;
    }
  };
  assert.equal(xmlLimit(`<array>${'<string>a</string>'.repeat(9)}</array>`), 'ok');
  assert.equal(xmlLimit(`<array>${'<string>a</string>'.repeat(10)}</array>`), 'maxObjects');
  assert.equal(xmlLimit(`<string>${'a'.repeat(21)}</string>`), 'maxString');
  assert.equal(xmlLimit(`<data>${Buffer.alloc(31).toString('base64')}</data>`), 'maxData');
  assert.equal(xmlLimit(`<array>${`<string>${'a'.repeat(20)}</string>`.repeat(6)}</array>`), 'maxBytes');
  assert.equal(xmlLimit('<array><array><array><string>x</string></array></array></array>'), 'ok');
  assert.equal(xmlLimit('<array><array><array><array><string>x</string></array></array></array></array>'), 'maxDepth');
});

test('a dict key "__proto__" is an own entry, not a new prototype, in both readers', () => {
  const b = writeBplist([{ dict: [[1, 2]] }, { str: '__proto__' }, { dict: [[3, 4]] }, { str: 'SERIAL' }, { str: 'X' }]);
  const v = parseBinaryPlist(b, WIDE) as Record<string, unknown>;
  assert.equal(Object.getPrototypeOf(v), Object.prototype);
  assert.equal((v as { SERIAL?: string }).SERIAL, undefined);
  assert.ok(Object.hasOwn(v, '__proto__'));
  const x = parseXmlPlist('<plist><dict><key>__proto__</key><dict><key>SERIAL</key><string>X</string></dict></dict></plist>', WIDE) as Record<string, unknown>;
  assert.equal(Object.getPrototypeOf(x), Object.prototype);
  assert.ok(Object.hasOwn(x, '__proto__'));
});

/** Runs `fn`, returning what it ended in (a value or our error) and how long it took; anything else fails the test. */
function outcome(fn: () => unknown, what: string, ours: new (...a: never[]) => Error = PlistSyntaxError): { ok: boolean; ms: number } {
  const t0 = performance.now();
  try {
    fn();
    return { ok: true, ms: performance.now() - t0 };
  } catch (e) {
    if (!(e instanceof ours)) assert.fail(`${what}: threw ${(e as Error)?.constructor?.name}: ${(e as Error)?.message}`);
    return { ok: false, ms: performance.now() - t0 };
  }
}

test('every prefix of a valid binary plist is refused with our error', () => {
  const full = Buffer.from(cases.find((c) => Buffer.from(c.b, 'base64').length > 200)!.b, 'base64');
  for (let n = 0; n < full.length; n++)
    assert.equal(outcome(() => parseBinaryPlist(full.subarray(0, n), WIDE), `prefix ${n}`).ok, false, `prefix of ${n} bytes`);
});

test('hostile binary plists (amplification, nesting, huge counts, long values, cycles, big dicts, bad offsets, mutations): our error, fast, bounded memory', () => {
  const r = prng(seed);
  const PER = size(40, 400);
  const million = bigDictRaw(1_000_000);
  const heap0 = process.memoryUsage().heapUsed;
  let worst = 0;
  const counts: Record<string, [number, number]> = {};
  const bases = cases.map((c) => Buffer.from(c.b, 'base64'));
  const families = [
    ...bplistFamilies(true),
    { name: 'mutation', make: (rr: typeof r) => mutated(rr, rr.pick(bases)), mayServe: true },
    // the attack's own shape, and a 4 MB dict of a million distinct keys (past any body limit: the reader alone)
    { name: 'fanout_1000^3', make: () => fanoutDag(1000, 3) },
    { name: 'million_keys', make: () => million },
  ];
  for (const f of families) {
    for (let i = 0; i < (f.name === 'million_keys' ? 2 : PER); i++) {
      const b = f.make(r);
      const o = outcome(() => parseMachineInfo(b), f.name, MachineInfoError);
      const o2 = outcome(() => parseBinaryPlist(b, MACHINEINFO_LIMITS), f.name);
      worst = Math.max(worst, o.ms, o2.ms);
      const c = (counts[f.name] ??= [0, 0]);
      c[o2.ok ? 0 : 1]++;
      if (!f.mayServe) assert.ok(!o.ok && !o2.ok, `${f.name} #${i} was read`);
    }
  }
  const grew = process.memoryUsage().heapUsed - heap0;
  console.log(`# bplist hostile: ${JSON.stringify(counts)} (read, refused); slowest ${worst.toFixed(1)} ms; heap grew ${(grew / 1048576).toFixed(1)} MiB`);
  assert.ok(worst < 2000, `slowest hostile input took ${worst.toFixed(0)} ms (bound 2000 ms; ms expected)`);
  assert.ok(grew < 256 * 1048576, `heap grew ${(grew / 1048576).toFixed(0)} MiB`);
});

function bigDictRaw(n: number): Buffer {
  const objs: BObj[] = [{ dict: Array.from({ length: n }, (_, i) => [i + 2, 1] as [number, number]) }, { str: 'v' }];
  for (let i = 0; i < n; i++) objs.push({ str: i.toString(36) });
  return writeBplist(objs);
}

test('depth 10,000 and cycles end in our error without deep recursion', () => {
  for (const kind of ['arr', 'dict'] as const) {
    assert.throws(
      () => parseBinaryPlist(deepNesting(10_000, kind), WIDE),
      (e: unknown) => e instanceof PlistLimitError && e.limit === 'maxDepth',
    );
  }
  const cyc = machineInfoWith((add, objs) => {
    const i = objs.length;
    add({ arr: [i + 1] });
    add({ arr: [i + 2] });
    add({ arr: [i] });
    return i;
  });
  assert.throws(() => parseBinaryPlist(cyc, WIDE), /reference cycle/);
});

test('real captures: the MachineInfo in each reads the same from XML, from its binary form (ours) and from plist', () => {
  const xmls = [
    readFileSync(fixture('device-requests/ipad-machineinfo-2017-decoded.plist')),
    openssl(['cms', '-verify', '-noverify', '-binary', '-inform', 'DER', '-in', fixture('device-requests/macos-vm-ota-phase2.p7s')]),
  ];
  for (const xml of xmls) {
    const bin = python('import plistlib,sys; sys.stdout.buffer.write(plistlib.dumps(plistlib.loads(sys.stdin.buffer.read()), fmt=plistlib.FMT_BINARY))', xml);
    const fromXml = parseXmlPlist(xml.toString('utf8'), MACHINEINFO_LIMITS);
    assert.deepEqual(tagged(parseBinaryPlist(bin, MACHINEINFO_LIMITS)), tagged(fromXml));
    assert.deepEqual(tagged(plist.parse(new Uint8Array(bin) as never)), tagged(fromXml));
    assert.deepEqual(tagged(plist.parse(xml.toString('utf8'))), tagged(fromXml));
    if ((fromXml as Record<string, unknown>).VERSION) assert.deepEqual(parseMachineInfo(bin), parseMachineInfo(xml));
  }
});
