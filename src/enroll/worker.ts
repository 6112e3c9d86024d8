/**
 * An enrollment worker thread: loads its own trust, signer and identities from the enrollment config, then answers
 * `open` (verify + parse) and `build` (profile XML + CMS signature) jobs from pool.ts, one at a time in arrival order,
 * and `ping` (health). Pure computation, no I/O past start-up, nothing logged: the main thread logs and records.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { EnrollmentConfig } from '../config/schema.ts';
import {
  buildOtaProfile,
  buildProfile,
  loadPrepared,
  openOtaRequest,
  openRequest,
  ownBytes,
  type Prepared,
  type TestFault,
  type WorkerJob,
  type WorkerReply,
} from './engine.ts';

const port = parentPort!;
let prepared: Prepared;
const config = (workerData as { config: EnrollmentConfig }).config;
try {
  prepared = loadPrepared(config);
  port.postMessage({ id: 0, ready: true } satisfies WorkerReply);
} catch (e) {
  port.postMessage({ id: 0, ready: false, error: (e as Error).message } satisfies WorkerReply);
  process.exit(78); // EX_CONFIG: the pool reports it
}

/** TEST ONLY: a fault armed by pool.injectFaultForTests (no network input reaches it). */
let armed: TestFault | undefined;
function suffer(f: TestFault): void {
  if (f.kind === 'stall' && f.until) {
    Atomics.wait(new Int32Array(f.until), 0, 0, f.ms);
    return;
  }
  if (f.kind === 'stall') {
    const end = Date.now() + f.ms;
    while (Date.now() < end) {
      /* a thread that does not come back */
    }
    return;
  }
  const hog: number[][] = [];
  for (;;) hog.push(new Array(1 << 16).fill(hog.length)); // until the heap limit ends this worker
}

port.on('message', (m: WorkerJob) => {
  if (m.op === 'ping') {
    port.postMessage({ id: m.id, pong: true } satisfies WorkerReply);
    return;
  }
  if (m.op === 'fault') {
    if (m.fault.when === 'now') suffer(m.fault);
    else armed = m.fault;
    return;
  }
  if (armed) {
    const f = armed;
    armed = undefined;
    suffer(f);
  }
  try {
    if (m.op === 'open') {
      port.postMessage({
        id: m.id,
        ok: true,
        value: openRequest(prepared, Buffer.from(m.bytes.buffer, m.bytes.byteOffset, m.bytes.byteLength)),
      } satisfies WorkerReply);
    } else if (m.op === 'openOta') {
      const bytes = Buffer.from(m.bytes.buffer, m.bytes.byteOffset, m.bytes.byteLength);
      port.postMessage({ id: m.id, ok: true, value: openOtaRequest(prepared, bytes) } satisfies WorkerReply);
    } else {
      const built = m.op === 'build' ? buildProfile(config, prepared, m.job) : buildOtaProfile(config, prepared, m.job);
      const signed = ownBytes(built.signed);
      port.postMessage({ id: m.id, ok: true, value: { signed, profileUuid: built.profileUuid } } satisfies WorkerReply, [signed.buffer as ArrayBuffer]);
    }
  } catch (e) {
    port.postMessage({ id: m.id, ok: false, error: (e as Error).message } satisfies WorkerReply);
  }
});
