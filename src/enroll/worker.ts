/**
 * An enrollment worker thread: loads its own trust, signer and identities from the enrollment config, then answers
 * `open` (verify + parse) and `build` (profile XML + CMS signature) jobs from pool.ts. Pure computation, no I/O past
 * start-up, nothing logged: the main thread logs and records.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { EnrollmentConfig } from '../config/schema.ts';
import { buildProfileSync, loadPrepared, openRequest, ownBytes, type Prepared, type WorkerJob, type WorkerReply } from './engine.ts';

const port = parentPort!;
let prepared: Prepared;
const config = (workerData as { config: EnrollmentConfig }).config;
try {
  prepared = loadPrepared(config);
  port.postMessage({ id: 0, ready: true } satisfies WorkerReply);
} catch (e) {
  port.postMessage({ id: 0, ready: false, error: (e as Error).message } satisfies WorkerReply);
  process.exit(78); // EX_CONFIG: the pool reports it and stops restarting
}

port.on('message', (m: WorkerJob) => {
  try {
    if (m.op === 'open') {
      port.postMessage({ id: m.id, ok: true, value: openRequest(prepared, Buffer.from(m.bytes.buffer, m.bytes.byteOffset, m.bytes.byteLength)) } satisfies WorkerReply);
    } else {
      const built = buildProfileSync(config, prepared, m.job);
      const signed = ownBytes(built.signed);
      port.postMessage({ id: m.id, ok: true, value: { signed, profileUuid: built.profileUuid } } satisfies WorkerReply, [signed.buffer as ArrayBuffer]);
    }
  } catch (e) {
    port.postMessage({ id: m.id, ok: false, error: (e as Error).message } satisfies WorkerReply);
  }
});
