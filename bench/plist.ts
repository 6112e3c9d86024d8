// Binary plist readers on MachineInfo: the plist package (what enrollment used) against ours (src/enroll/bplist.ts).
// 1. Amplification shapes: time and peak RSS of each reader in its own process (the old one under a 4 GB heap and a
//    60 s cap, so it is stopped rather than left to take the machine).
// 2. A real MachineInfo (the 2017 iPad capture, XML and its binary form): µs per parse, old readers against ours.
// Run: node --import tsx bench/plist.ts   (or npm run bench plist). Figures, never pass/fail.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import * as plist from 'plist';
import { parseBinaryPlist } from '../src/enroll/bplist.ts';
import { MACHINEINFO_LIMITS } from '../src/enroll/plistlimits.ts';
import { parseXmlPlist } from '../src/enroll/xmlplist.ts';
import { deepNesting, fanoutDag, fanoutDict } from '../test/proof/plist-families.ts';

const SHAPES: Record<string, () => Buffer> = {
  'fanout 1000^3 (the attack)': () => fanoutDag(1000, 3),
  'fanout 100^3 (1M values)': () => fanoutDag(100, 3),
  'dict 1000 keys x 1000 (1M entries)': () => fanoutDict(1000),
  'nesting 3000': () => deepNesting(3000, 'arr'),
};

if (process.argv[2] === 'child') {
  // one parse in this process; the parent watches its RSS
  const b = SHAPES[process.argv[4]]();
  const t0 = performance.now();
  let out = 'read';
  try {
    if (process.argv[3] === 'old') plist.parse(new Uint8Array(b) as never);
    else parseBinaryPlist(b, MACHINEINFO_LIMITS);
  } catch (e) {
    out = `refused (${(e as Error).message.slice(0, 60)})`;
  }
  process.stdout.write(JSON.stringify({ ms: performance.now() - t0, out, bytes: b.length }));
  process.exit(0);
}

function rssOf(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
}

function runChild(reader: 'old' | 'new', shape: string): Promise<string> {
  return new Promise((resolve) => {
    const self = fileURLToPath(import.meta.url);
    const c = spawn(process.execPath, ['--max-old-space-size=4096', '--import', 'tsx', self, 'child', reader, shape], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let peak = 0;
    const t0 = Date.now();
    c.stdout.on('data', (d) => {
      out += d;
    });
    const iv = setInterval(() => {
      peak = Math.max(peak, rssOf(c.pid!));
    }, 50);
    const cap = setTimeout(() => c.kill('SIGKILL'), 60_000);
    c.on('exit', (code, sig) => {
      clearInterval(iv);
      clearTimeout(cap);
      const mb = (peak / 1048576).toFixed(0);
      if (out) {
        const r = JSON.parse(out);
        resolve(`${r.out}, ${r.ms.toFixed(1)} ms, peak RSS ${mb} MiB (input ${r.bytes} B)`);
      } else
        resolve(
          `${sig === 'SIGKILL' ? 'stopped at the 60 s cap' : `died (exit ${code ?? sig})`} after ${((Date.now() - t0) / 1000).toFixed(1)} s, peak RSS ${mb} MiB`,
        );
    });
  });
}

function perParse(fn: () => unknown, ms = 1500): number {
  for (let i = 0; i < 200; i++) fn();
  let n = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < ms) {
    fn();
    n++;
  }
  return ((performance.now() - t0) * 1000) / n;
}

export async function benchPlist(): Promise<void> {
  console.log('# plist: amplification shapes, one process per parse (the old reader under a 4 GB heap, 60 s cap)');
  for (const shape of Object.keys(SHAPES)) {
    console.log(`#   ${shape}: plist ${await runChild('old', shape)}`);
    console.log(`#   ${shape}: ours  ${await runChild('new', shape)}`);
  }
  const root = new URL('../../shared/fixtures/', import.meta.url).pathname;
  const xml = readFileSync(`${root}device-requests/ipad-machineinfo-2017-decoded.plist`);
  const bin = execFileSync(
    'python3',
    ['-c', 'import plistlib,sys; sys.stdout.buffer.write(plistlib.dumps(plistlib.loads(sys.stdin.buffer.read()), fmt=plistlib.FMT_BINARY))'],
    { input: xml },
  );
  const text = xml.toString('utf8');
  console.log(`# plist: a real MachineInfo (2017 iPad; XML ${xml.length} B, binary ${bin.length} B), µs per parse`);
  console.log(
    `#   binary: plist ${perParse(() => plist.parse(new Uint8Array(bin) as never)).toFixed(2)} µs, ours ${perParse(() => parseBinaryPlist(bin, MACHINEINFO_LIMITS)).toFixed(2)} µs`,
  );
  console.log(
    `#   XML:    plist ${perParse(() => plist.parse(text)).toFixed(2)} µs, ours ${perParse(() => parseXmlPlist(text, MACHINEINFO_LIMITS)).toFixed(2)} µs`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await benchPlist();
