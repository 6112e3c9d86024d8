// Bounded work and connection limits at the enrollment endpoint: a bounded queue that answers 503 + Retry-After when
// full, a per-job deadline that replaces the worker, heap limits that kill only the worker, jobs of clients that left
// never run, connection caps per listener and per peer, and health() that says when every worker is stuck.
// Workers are held with the pool's test-only fault (a shared-memory gate), so nothing here races a timer; every
// request uses its own connection, so nothing races keep-alive.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import net from 'node:net';
import { join } from 'node:path';
import { enrollmentSchema } from '../../src/config/schema.ts';
import { createAdminServer } from '../../src/daemon/admin.ts';
import { createMetrics } from '../../src/daemon/metrics.ts';
import { createEnrollmentServer, type EnrollmentServerOptions } from '../../src/enroll/server.ts';
import { createLogger } from '../../src/log.ts';
import { openDatabase } from '../../src/store/db.ts';
import { tempDir } from '../helpers/tmp.ts';
import { cmsSign, machineInfoXml, makeTestPki, rawEnrollmentConfig } from '../cms/testpki.ts';
import { fetchOnce } from '../helpers/http.ts';

const pki = makeTestPki();
const dir = tempDir();
const db = openDatabase(join(dir, 'adesync.db'));
const now = new Date().toISOString();
db.prepare(
  `INSERT INTO devices (token, serial_number, os, device_family, raw_json, first_seen, last_seen) VALUES ('main', 'C02XXXXXXXXX', 'OSX', 'Mac', '{}', ?, ?)`,
).run(now, now);
const body = cmsSign(
  pki,
  machineInfoXml({ UDID: '7C6E1A2B-0000-5000-8000-000000000000', SERIAL: 'C02XXXXXXXXX', PRODUCT: 'Mac14,2', VERSION: '23D56', OS_VERSION: '14.3' }),
);

const config = (limits: Record<string, unknown>) => enrollmentSchema.parse(rawEnrollmentConfig(pki, { limits }));

/** Deadlines far beyond any valid job on a loaded machine, unless a test is about the deadline. */
const PATIENT = { job_timeout_seconds: 120 };

async function start(limits: Record<string, unknown>, extra: Partial<EnrollmentServerOptions> = {}) {
  const lines: string[] = [];
  const overloads: string[] = [];
  const refused: string[] = [];
  const srv = createEnrollmentServer({
    config: config(limits),
    db,
    workers: 1,
    listen: { host: '127.0.0.1', port: 0 },
    logger: createLogger({ level: 'info', sink: (l) => lines.push(l) }),
    onOverload: (r) => overloads.push(r),
    onConnectionRefused: (r) => refused.push(r),
    requestTimeoutMs: 120_000,
    headersTimeoutMs: 120_000,
    ...extra,
  });
  after(() => srv.close());
  const { port } = await srv.listen();
  return { srv, port, lines, overloads, refused };
}

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  error?: string;
}
/** One POST on its own connection, optionally from another loopback address. */
function post(port: number, from?: string, b: Buffer = body): Promise<Answer> {
  return new Promise((resolve) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/enroll',
        agent: false,
        localAddress: from,
        headers: { 'content-type': 'application/pkcs7-signature', 'content-length': b.length },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString() }));
      },
    );
    req.on('error', (e: NodeJS.ErrnoException) => resolve({ status: 0, headers: {}, body: '', error: e.code ?? e.message }));
    req.end(b);
  });
}

async function until(cond: () => boolean | Promise<boolean>, what: string, ms = 90_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** A gate for the test-only stall fault: the worker blocks until release(). */
function gate() {
  const sab = new SharedArrayBuffer(4);
  const release = () => {
    const a = new Int32Array(sab);
    Atomics.store(a, 0, 1);
    Atomics.notify(a, 0);
  };
  after(release);
  return { sab, release };
}

test('a full queue answers 503 + Retry-After at once; what was queued, and devices after the flood, are served', { timeout: 180_000 }, async () => {
  const { srv, port, overloads } = await start({ ...PATIENT, queue_length: 4 });
  const g = gate();
  srv.pool.injectFaultForTests({ kind: 'stall', ms: 120_000, until: g.sab, when: 'next_job' });
  let firstDone = false;
  const first = post(port).finally(() => {
    firstDone = true;
  });
  await until(() => srv.stats().busy === 1, 'the first job to hold the only worker');
  const flood = Array.from({ length: 15 }, () => post(port));
  // One more fits the worker's pipeline, four the queue; the other ten are refused while the worker is still held.
  await until(() => overloads.length === 10, 'ten queue_full refusals');
  assert.equal(firstDone, false, 'the refusals came at once, not after the held job');
  assert.equal(srv.stats().queued, 4);
  g.release();
  const answers = await Promise.all(flood);
  assert.equal((await first).status, 200);
  const refusedAnswers = answers.filter((a) => a.status === 503);
  assert.equal(refusedAnswers.length, 10, JSON.stringify(answers.map((a) => a.status)));
  for (const r of refusedAnswers) {
    assert.equal(r.headers['retry-after'], '5');
    assert.equal(JSON.parse(r.body).code, 'adesync.overloaded');
  }
  assert.deepEqual(
    answers.filter((a) => a.status !== 503).map((a) => a.status),
    [200, 200, 200, 200, 200],
  );
  assert.deepEqual(overloads, Array(10).fill('queue_full'));
  assert.equal(srv.stats().overloaded.queue_full, 10);
  for (const a of await Promise.all(Array.from({ length: 3 }, () => post(port)))) assert.equal(a.status, 200);
});

test('a job past its deadline: its worker is replaced, that request gets 503 + Retry-After, the job behind it is served', { timeout: 180_000 }, async () => {
  const { srv, port, overloads, lines } = await start({ job_timeout_seconds: 10 });
  const g = gate();
  srv.pool.injectFaultForTests({ kind: 'stall', ms: 600_000, until: g.sab, when: 'next_job' });
  const victim = srv.pool.threads()[0];
  const stuck = post(port);
  await until(() => srv.stats().busy === 1, 'the stuck job on the worker');
  const behind = post(port);
  await until(() => srv.stats().ran === 2, 'the next job handed to the same (stuck) worker');
  const s = await stuck;
  assert.equal(s.status, 503, s.body);
  assert.equal(s.headers['retry-after'], '5');
  assert.deepEqual(overloads, ['deadline']);
  const b = await behind;
  assert.equal(b.status, 200, `the job queued behind the stuck one was re-dispatched: ${b.body} ${overloads} ${lines.slice(-5).join('\n')}`);
  assert.equal(srv.pool.restarts, 1);
  assert.ok(!srv.pool.threads().includes(victim), 'the stuck worker was replaced');
  assert.ok(
    lines.some((l) => l.includes('enrollment job over its deadline')),
    'the replacement is logged',
  );
  assert.equal((await post(port)).status, 200);
});

test('jobs of clients that went away are dropped, never run', { timeout: 180_000 }, async () => {
  const { srv, port, overloads } = await start(PATIENT);
  const g = gate();
  srv.pool.injectFaultForTests({ kind: 'stall', ms: 120_000, until: g.sab, when: 'next_job' });
  const first = post(port);
  await until(() => srv.stats().busy === 1, 'the first job to hold the worker');
  const head = Buffer.from(`POST /enroll HTTP/1.1\r\nHost: x\r\nContent-Type: application/pkcs7-signature\r\nContent-Length: ${body.length}\r\n\r\n`);
  const gone = Array.from({ length: 20 }, () => {
    const s = net.connect(port, '127.0.0.1');
    s.on('error', () => {});
    s.write(Buffer.concat([head, body])); // no FIN: Node takes a half-closed request for an aborted one
    return s;
  });
  // one joins the held worker's pipeline, nineteen wait in the queue
  await until(() => srv.stats().queued === 19, 'nineteen queued jobs');
  for (const s of gone) s.destroy();
  await until(() => srv.stats().queued === 0, 'the queue to empty as the clients leave');
  assert.equal(srv.stats().dropped, 19);
  g.release();
  assert.equal((await first).status, 200);
  // the pipelined job ran (it was in the worker), but its client had gone: no profile is built for it
  await until(() => overloads.length === 20, 'twenty dropped requests');
  assert.deepEqual(new Set(overloads), new Set(['client_gone']));
  assert.equal(srv.stats().ran, 3, 'run: the held open, its build, and the one open already in the worker; none of the nineteen');
  assert.equal(srv.stats().dropped, 20);
});

test('workers: 1 still parses off the main thread: a job that exhausts its heap limit ends only its worker (503), the next is served', {
  timeout: 180_000,
}, async () => {
  const { srv, port, overloads, lines } = await start({ ...PATIENT, worker_memory_mb: 48 });
  assert.equal(srv.workers, 1);
  const [worker] = srv.pool.threads();
  assert.ok(worker.threadId > 0, 'the one worker is a thread of its own');
  srv.pool.injectFaultForTests({ kind: 'heap', when: 'next_job' });
  const r = await post(port);
  assert.equal(r.status, 503, r.body);
  assert.equal(r.headers['retry-after'], '5');
  assert.deepEqual(overloads, ['worker_lost']);
  const exited = lines.find((l) => l.includes('enrollment worker exited'));
  assert.match(exited ?? '', /memory/i, 'the log says the worker ran out of its heap');
  await until(() => srv.stats().workers === 1, 'the replacement worker');
  assert.equal((await post(port)).status, 200);
  assert.ok(process.memoryUsage().heapUsed < 256 * 1048576, 'the process heap did not take the blow');
});

/** A connection that sends its headers and then nothing of its body; resolves once connected. */
function slow(port: number, from: string) {
  return new Promise<{ socket: net.Socket; closed: Promise<number> }>((resolve) => {
    const t0 = Date.now();
    const socket = net.connect({ port, host: '127.0.0.1', localAddress: from });
    socket.on('error', () => {});
    const closed = new Promise<number>((r) => socket.once('close', () => r(Date.now() - t0)));
    socket.once('connect', () => {
      socket.write('POST /enroll HTTP/1.1\r\nHost: x\r\nContent-Length: 4000\r\n\r\n');
      resolve({ socket, closed });
    });
    socket.once('close', () => resolve({ socket, closed }));
  });
}

test('connection limits: a cap per peer and in all; the admin listener answers while the enrollment listener is full', { timeout: 180_000 }, async () => {
  const { port, refused } = await start({ ...PATIENT, max_connections: 30, max_connections_per_peer: 10 });
  const adminRefused: string[] = [];
  const admin = createAdminServer({
    listen: '127.0.0.1:0',
    metrics: createMetrics({ defaultMetrics: false }),
    health: () => ({ ok: true }),
    ready: () => true,
    syncNow: async () => ({ accepted: [] }),
    maxConnections: 8,
    maxConnectionsPerPeer: 4,
    onConnectionRefused: (r) => adminRefused.push(r),
  });
  const { port: adminPort } = await admin.listen();
  after(() => admin.close());
  const held: net.Socket[] = [];
  after(() => {
    for (const s of held) s.destroy();
  });
  const open = async (from: string, n: number) => {
    const got = await Promise.all(Array.from({ length: n }, () => slow(port, from)));
    held.push(...got.map((g) => g.socket));
    return got;
  };
  await open('127.0.0.1', 10);
  const [eleventh] = await open('127.0.0.1', 1);
  await eleventh.closed;
  await until(() => refused.includes('per_peer'), 'the per-peer refusal');
  assert.equal((await post(port, '127.0.0.2')).status, 200, 'another peer is served');

  await open('127.0.0.3', 10);
  const more = await open('127.0.0.4', 10);
  const [over] = await open('127.0.0.5', 1);
  await over.closed;
  await until(() => refused.includes('max_connections'), 'the max_connections refusal');
  const h = await fetchOnce(`http://127.0.0.1:${adminPort}/healthz`);
  assert.equal(h.status, 200, 'the admin listener answers while enrollment is full');

  // the admin listener's own caps
  const adminHeld = await Promise.all(Array.from({ length: 5 }, () => slow(adminPort, '127.0.0.7')));
  held.push(...adminHeld.map((a) => a.socket));
  await adminHeld[4].closed;
  assert.deepEqual(adminRefused, ['per_peer']);

  for (const m of more) m.socket.destroy();
  await until(async () => (await post(port, '127.0.0.6')).status === 200, 'a device served once the slow connections left');
  assert.ok(!refused.some((r) => r !== 'per_peer' && r !== 'max_connections'));
});

test('health(): ok while workers answer; not ok, with the reason, when every worker is stuck', { timeout: 180_000 }, async () => {
  const { srv } = await start(PATIENT, { workers: 2, pingTimeoutMs: 300 });
  const h0 = await srv.health();
  assert.deepEqual(h0, { ok: true, workers: 2, busy: 0, queued: 0, restarts: 0 });
  const g = gate();
  srv.pool.injectFaultForTests({ kind: 'stall', ms: 120_000, until: g.sab, when: 'now' });
  const h1 = await srv.health();
  assert.equal(h1.ok, false);
  assert.match(h1.reason ?? '', /^every enrollment worker is stuck: 2 not answering a ping within 300 ms$/);
  g.release();
  await until(async () => (await srv.health()).ok, 'health to recover once the workers answer');
});

test('health(): a job within its deadline is busy, not stuck; past it the worker is replaced and health says none runs meanwhile', {
  timeout: 180_000,
}, async () => {
  const { srv, port } = await start({ job_timeout_seconds: 6 }, { pingTimeoutMs: 2000 });
  const g = gate();
  srv.pool.injectFaultForTests({ kind: 'stall', ms: 600_000, until: g.sab, when: 'next_job' });
  let answered = false;
  const r = post(port).finally(() => {
    answered = true;
  });
  await until(() => srv.stats().busy === 1, 'the held job');
  const busy = await srv.health();
  assert.equal(busy.ok, true, `a worker inside its deadline is busy, not stuck: ${busy.reason}`);
  assert.equal(busy.busy, 1);
  const reasons = new Set<string>();
  await until(async () => {
    const h = await srv.health();
    if (!h.ok) reasons.add(h.reason!);
    return answered && h.ok;
  }, 'the replacement worker');
  assert.equal((await r).status, 503);
  assert.ok(reasons.has('no enrollment worker is running (1 being replaced)'), [...reasons].join('; '));
  for (const why of reasons)
    assert.match(why, /^no enrollment worker is running \(1 being replaced\)$|^every enrollment worker is stuck: 1 past the 6000 ms job deadline$/);
  assert.equal((await srv.health()).restarts, 1);
});
