/**
 * A pool of enrollment worker threads (worker.ts) for the CPU-bound half of each enrollment: verify + parse, then
 * build + sign. Jobs go to the worker with the fewest in flight. A worker that dies is logged and replaced (at once,
 * then with a growing delay if it keeps dying); its in-flight jobs fail with WorkerFailedError (the request gets a 500).
 *
 * Works from compiled JS (dist/enroll/worker.js) and from TypeScript under tsx: a worker does not inherit tsx's
 * module hooks, so for .ts a small bootstrap registers tsx inside the worker before importing worker.ts.
 */
import { Worker } from 'node:worker_threads';
import type { EnrollmentConfig } from '../config/schema.ts';
import type { Logger } from '../log.ts';
import type { BuildJob, Built, Opened, WorkerJob, WorkerReply } from './engine.ts';
import { ownBytes } from './engine.ts';

export class WorkerFailedError extends Error {
  readonly code = 'ENROLL_WORKER_FAILED';
}

export interface EnginePool {
  readonly size: number;
  /** Times a worker was replaced after dying. */
  readonly restarts: number;
  /** Resolves once every worker has loaded its trust, signer and identities; rejects with the first load error. */
  ready(): Promise<void>;
  open(bytes: Buffer): Promise<Opened>;
  build(job: BuildJob): Promise<Built>;
  /** The live worker threads (tests; diagnostics). */
  threads(): Worker[];
  /** Stop every worker (callers drain first: in-flight jobs fail). */
  close(): Promise<void>;
}

interface Pending { resolve(v: unknown): void; reject(e: Error): void }
interface Slot { index: number; worker: Worker | null; inflight: Map<number, Pending>; startedAt: number; delayMs: number }

const MAX_RESTART_DELAY_MS = 30_000;

function spawnWorker(config: EnrollmentConfig): Worker {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    const target = new URL('./worker.ts', here).href;
    const api = import.meta.resolve('tsx/esm/api');
    const boot = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(target)}); })`;
    return new Worker(boot, { eval: true, workerData: { config } });
  }
  return new Worker(new URL('./worker.js', here), { workerData: { config } });
}

export function createEnginePool(o: { config: EnrollmentConfig; size: number; logger: Logger }): EnginePool {
  const { config, logger } = o;
  let nextId = 1;
  let closing = false;
  let restarts = 0;
  let readyCount = 0;
  let settleReady!: (e?: Error) => void;
  const readyPromise = new Promise<void>((resolve, reject) => { settleReady = (e) => (e ? reject(e) : resolve()); });
  readyPromise.catch(() => {}); // observed through ready()

  const slots: Slot[] = Array.from({ length: o.size }, (_, index) => ({ index, worker: null, inflight: new Map(), startedAt: 0, delayMs: 0 }));

  function start(slot: Slot, first: boolean): void {
    const w = spawnWorker(config);
    w.unref(); // the HTTP server keeps the process alive, not the pool
    slot.worker = w;
    slot.startedAt = Date.now();
    let loaded = false;
    let lastError: string | undefined;
    w.on('message', (m: WorkerReply) => {
      if ('ready' in m) {
        if (m.ready) {
          loaded = true;
          slot.delayMs = 0;
          if (first && ++readyCount === slots.length) settleReady();
          if (!first) logger.info('enrollment worker restarted', { worker: slot.index });
        } else {
          lastError = m.error;
          if (first) settleReady(new Error(`enrollment worker ${slot.index}: ${m.error}`));
        }
        return;
      }
      const p = slot.inflight.get(m.id);
      if (!p) return;
      slot.inflight.delete(m.id);
      if (m.ok) p.resolve(m.value);
      else p.reject(new Error(m.error));
    });
    w.on('error', (e) => { lastError = e.message; });
    w.on('exit', (code) => {
      if (slot.worker === w) slot.worker = null;
      const lost = [...slot.inflight.values()];
      slot.inflight.clear();
      const err = new WorkerFailedError(`enrollment worker ${slot.index} exited (code ${code}${lastError ? `: ${lastError}` : ''})`);
      for (const p of lost) p.reject(err);
      if (closing) return;
      if (first && !loaded && readyCount < slots.length) { settleReady(err); return; }
      // Crash loops back off; a worker that ran for a while is replaced at once.
      slot.delayMs = Date.now() - slot.startedAt > 10_000 ? 0 : Math.min(MAX_RESTART_DELAY_MS, Math.max(100, slot.delayMs * 2));
      restarts++;
      logger.error('enrollment worker exited: restarting it', { worker: slot.index, code, error: lastError, in_flight: lost.length, restart_in_ms: slot.delayMs });
      const t = setTimeout(() => { if (!closing) start(slot, false); }, slot.delayMs);
      t.unref();
    });
  }
  for (const s of slots) start(s, true);

  function submit<T>(msg: WorkerJob, transfer: ArrayBuffer[] = []): Promise<T> {
    let best: Slot | undefined;
    for (const s of slots) if (s.worker && (!best || s.inflight.size < best.inflight.size)) best = s;
    if (!best) return Promise.reject(new WorkerFailedError('no enrollment worker is running (all are restarting)'));
    const slot = best;
    return new Promise<T>((resolve, reject) => {
      slot.inflight.set(msg.id, { resolve: resolve as (v: unknown) => void, reject });
      slot.worker!.postMessage(msg, transfer);
    });
  }

  return {
    size: slots.length,
    get restarts() { return restarts; },
    ready: () => readyPromise,
    open(bytes) {
      const own = ownBytes(bytes);
      return submit<Opened>({ id: nextId++, op: 'open', bytes: own }, own === bytes ? [] : [own.buffer as ArrayBuffer]);
    },
    async build(job) {
      const r = await submit<{ signed: Uint8Array; profileUuid: string }>({ id: nextId++, op: 'build', job });
      return { signed: Buffer.from(r.signed.buffer, r.signed.byteOffset, r.signed.byteLength), profileUuid: r.profileUuid };
    },
    threads: () => slots.flatMap((s) => (s.worker ? [s.worker] : [])),
    async close() {
      closing = true;
      await Promise.all(slots.map((s) => s.worker?.terminate()));
    },
  };
}
