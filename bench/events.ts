// Webhooks: what writing events adds to a first cycle (the storage floor of bench/floor.ts, N devices: the first load and
// the assignment of every device, with the outbox hooks called as the sync engine and the assigner call them), with no
// webhook configured and with one that wants every type; then events/s delivered by the sender to a loopback receiver
// in its own process (plain HTTP, 200 at once). Figures, not verdicts.
// Run: node --import tsx bench/events.ts [devices] [events]   (npm run bench runs it with 1,000,000 and 20,000)
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { generateStatic, renderDevice } from '../src/sim/devices.ts';
import { openDatabase, type DB } from '../src/store/db.ts';
import { createOutbox } from '../src/events/outbox.ts';
import { startSender, CONCURRENCY } from '../src/events/deliver.ts';
import { parseSecret } from '../src/events/sign.ts';
import { silentLogger } from '../src/log.ts';
import { firstCycleFloor, type FloorOptions } from './floor.ts';

const rate = (n: number, ms: number) => Math.round(n / (ms / 1000)).toLocaleString('en-US');
const s = (ms: number) => (ms / 1000).toFixed(1) + ' s';
const REPEAT = Number(process.env.BENCH_REPEAT ?? 3);

// the receiver: a bare HTTP server that answers 200 at once (verification is the receiver's cost, not ours)
const RECEIVER = `const http = require('node:http');
const srv = http.createServer({ keepAliveTimeout: 60000 }, (req, res) => { req.resume(); req.on('end', () => res.writeHead(200).end()); });
srv.listen(0, '127.0.0.1', () => console.log(srv.address().port));`;

export async function benchEvents(devices = 1_000_000, events = 20_000): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'adesync-bench-events-'));
  try {
    console.log(`\n## webhooks: outbox cost on a ${devices.toLocaleString('en-US')}-device first cycle (storage floor), delivery rate`);
    const list = Array.from({ length: devices }, (_, i) =>
      renderDevice(generateStatic(42, 0, i), { status: 0, assignTime: 0, pushTime: 0, assignedDate: 0 }, undefined, 10),
    );
    const runs: [string, FloorOptions['events']][] = [
      ['without the hooks', undefined],
      ['hooks, no webhook configured', (db: DB) => createOutbox(db, [])],
      ['hooks, a webhook wanting every type', (db: DB) => createOutbox(db, [{ name: 'all', types: [], tokens: [] }])],
    ];
    // interleaved and repeated, the best of each kept: on a shared machine one run's noise is larger than the effect
    const best = runs.map(() => ({ loadMs: Infinity, assignMs: Infinity, bytes: 0 }));
    for (let rep = 0; rep < REPEAT; rep++) {
      runs.forEach(([, events], i) => {
        const r = firstCycleFloor(list, dir, 'floor', { events });
        if (r.loadMs + r.assignMs < best[i].loadMs + best[i].assignMs) best[i] = r;
      });
    }
    const base = best[0].loadMs + best[0].assignMs;
    runs.forEach(([what], i) => {
      const r = best[i];
      const ms = r.loadMs + r.assignMs;
      console.log(
        `${what}: load ${s(r.loadMs)} + assign ${s(r.assignMs)} = ${s(ms)} (${i === 0 ? 'baseline' : `${((ms / base - 1) * 100).toFixed(1)} % over the baseline`}), ` +
          `database ${(r.bytes / 2 ** 20).toFixed(0)} MiB; best of ${REPEAT}`,
      );
    });
    console.log(
      `(with every type wanted the first cycle writes ${(2 * devices).toLocaleString('en-US')} events: device.added and profile.assigned per device; Apple's echo at the next sync adds one device.modified each)`,
    );
    await benchDelivery(dir, events);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchDelivery(dir: string, n: number): Promise<void> {
  const db = openDatabase(join(dir, 'deliver.db'));
  const outbox = createOutbox(db, [{ name: 'bench', types: [], tokens: [] }]);
  const serials = Array.from({ length: 2000 }, (_, i) => `BENCH${String(i).padStart(7, '0')}`);
  for (let k = 0; k * serials.length < n; k++) {
    db.transaction(() => {
      const page = outbox.page('main')!;
      for (const serial of serials.slice(0, Math.min(serials.length, n - k * serials.length))) {
        page.device(
          'modified',
          serial,
          new Date().toISOString(),
          { asset_tag: `r${k}`, model: 'iPad', os: 'iPadOS' },
          { before: { asset_tag: `r${k - 1}` }, after: { asset_tag: `r${k}` } },
        );
      }
    })();
  }
  const child = spawn(process.execPath, ['-e', RECEIVER], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const port = await new Promise<number>((res) => child.stdout!.once('data', (b) => res(Number(String(b).trim()))));
    const key = parseSecret(`whsec_${randomBytes(32).toString('base64')}`);
    let delivered = 0;
    const t = performance.now();
    const cpu0 = process.cpuUsage();
    const done = new Promise<void>((res) => {
      const sender = startSender({
        db,
        logger: silentLogger,
        onResult: (_e, ok) => {
          if (ok && ++delivered === n) sender.stop().then(res);
        },
        endpoints: [
          {
            name: 'bench',
            url: `http://127.0.0.1:${port}/hook`,
            key,
            filter: { name: 'bench', types: [], tokens: [] },
            timeoutMs: 10_000,
            maxAgeMs: 3_600_000,
            retryBaseMs: 1000,
          },
        ],
      });
    });
    await done;
    const ms = performance.now() - t;
    const cpu = process.cpuUsage(cpu0);
    console.log(
      `delivery: ${n.toLocaleString('en-US')} events (2,000 devices, order kept per device) to a loopback receiver in its own process, ${CONCURRENCY} in flight: ` +
        `${s(ms)} = ${rate(n, ms)} events/s (sender CPU ${((cpu.user + cpu.system) / 1000 / n).toFixed(2)} ms/event: fan-out, signing, HTTP and bookkeeping)`,
    );
  } finally {
    child.kill();
    db.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await benchEvents(Number(process.argv[2] ?? 1_000_000), Number(process.argv[3] ?? 20_000));
