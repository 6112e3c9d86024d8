/**
 * The worker threads (worker.ts) that do the CPU-bound half of every enrollment: verify + parse, then build + sign.
 * Nothing an attacker sends is parsed on the main thread, and every cost is bounded:
 *
 * - one central queue of at most `limits.queue_length` jobs (build jobs, for devices already verified, go first and
 *   are not counted: there is at most one per open request); when it is full a job fails at once with
 *   OverloadError('queue_full'), and a job that waited longer than twice the deadline with OverloadError('deadline');
 * - each worker holds at most PIPELINE jobs, so a stuck worker holds no one else's request hostage;
 * - a job running longer than `limits.job_timeout_seconds`: its worker is terminated and replaced, the job fails with
 *   OverloadError('deadline') and the jobs queued behind it on that worker go back to the front of the queue;
 * - every worker has V8 heap limits (`limits.worker_memory_mb`): a job that needs more kills only its worker, and that
 *   job fails with OverloadError('worker_lost');
 * - a job whose client has gone (its AbortSignal fired) is dropped from the queue and never run.
 *
 * A worker that dies is logged and replaced: at once if it had loaded (a job killed it), with a growing delay if it
 * dies while loading (a crash loop). Works from compiled JS (dist/enroll/worker.js) and under tsx: a worker does not
 * inherit tsx's module hooks, so for .ts a small bootstrap registers tsx inside the worker before importing worker.ts.
 */
import type { Worker } from 'node:worker_threads';
import { spawnModuleWorker } from '../threads.ts';
import type { EnrollmentConfig } from '../config/schema.ts';
import type { Logger } from '../log.ts';
import type { BuildJob, Built, Opened, OtaOpened, OtaSignJob, TestFault, WorkerJob, WorkerReply } from './engine.ts';

/** Why a job got no result: the server answers these with 503 and Retry-After (declared overload). */
export type OverloadReason = 'queue_full' | 'deadline' | 'worker_lost';

export class OverloadError extends Error {
  readonly code = 'ENROLL_OVERLOADED';
  constructor(
    readonly reason: OverloadReason,
    message: string,
  ) {
    super(message);
  }
}

/** The client went away before its job ran: the job was dropped, there is no one to answer. */
export class AbandonedError extends Error {
  readonly code = 'ENROLL_ABANDONED';
}

export interface PoolStats {
  /** Workers loaded and accepting jobs. */
  workers: number;
  /** Workers with a job in hand. */
  busy: number;
  /** Jobs waiting for a worker. */
  queued: number;
  /** Times a worker was replaced after dying or being terminated. */
  restarts: number;
  /** Jobs handed to a worker. */
  ran: number;
  /** Jobs dropped because their client had gone. */
  dropped: number;
  /** Jobs failed per overload reason. */
  overloaded: Record<OverloadReason, number>;
}

export interface PoolHealth extends Pick<PoolStats, 'workers' | 'busy' | 'queued' | 'restarts'> {
  ok: boolean;
  reason?: string;
}

export interface EnginePool {
  readonly size: number;
  readonly restarts: number;
  /** Resolves once every worker has loaded its trust, signer and identities; rejects with the first load error. */
  ready(): Promise<void>;
  open(bytes: Buffer, signal?: AbortSignal): Promise<Opened>;
  build(job: BuildJob, signal?: AbortSignal): Promise<Built>;
  /** OTA phases 2 and 3: verify (device CA or OTA identity CA) and parse the attributes. */
  openOta(bytes: Buffer, signal?: AbortSignal): Promise<OtaOpened>;
  /** OTA answers: build and sign the phase-2 SCEP profile or the phase-3 enrollment profile. */
  buildOta(job: OtaSignJob, signal?: AbortSignal): Promise<Built>;
  stats(): PoolStats;
  /**
   * Not ok when no worker is running, or when every running one is stuck: a job past its deadline not yet replaced,
   * or no answer to a ping within the ping bound while it has no job in hand that is still within its deadline.
   */
  health(): Promise<PoolHealth>;
  /** The live worker threads (tests; diagnostics). */
  threads(): Worker[];
  /**
   * TEST ONLY: make every running worker stall or exhaust its heap, now or at its next job. Reachable from no network
   * input and from no config key: only code holding the pool (tests) can call it.
   */
  injectFaultForTests(fault: TestFault): void;
  /** Stop every worker (callers drain first: jobs still queued or running fail). */
  close(): Promise<void>;
}

export interface PoolOptions {
  config: EnrollmentConfig;
  size: number;
  logger: Logger;
  /** How long health() waits for a worker's ping answer. Default: min(1 s, the job deadline). */
  pingTimeoutMs?: number;
}

/** Jobs a worker holds at once: the second is ready the moment the first is done, with no round trip between. */
const PIPELINE = 2;
const MAX_RESTART_DELAY_MS = 30_000;

interface Job {
  msg: WorkerJob;
  urgent: boolean;
  queuedAt: number;
  signal?: AbortSignal;
  onAbort?: () => void;
  resolve(v: unknown): void;
  reject(e: Error): void;
}
interface Slot {
  index: number;
  worker: Worker | null;
  loaded: boolean;
  /** terminate() was called (deadline): the worker is going, take nothing more to it. */
  terminating: boolean;
  /** In the worker's order: the first is running, since headSince. */
  jobs: Job[];
  headSince: number;
  pings: Map<number, () => void>;
  startedAt: number;
  delayMs: number;
}

function spawnWorker(config: EnrollmentConfig): Worker {
  // The heap limits are the worker's own: reaching them ends the worker (ERR_WORKER_OUT_OF_MEMORY), never the process.
  const resourceLimits = {
    maxOldGenerationSizeMb: config.limits.worker_memory_mb,
    maxYoungGenerationSizeMb: Math.min(32, Math.ceil(config.limits.worker_memory_mb / 8)),
  };
  return spawnModuleWorker(import.meta.url, 'worker', { workerData: { config }, resourceLimits });
}

export function createEnginePool(o: PoolOptions): EnginePool {
  const { config, logger } = o;
  const deadlineMs = config.limits.job_timeout_seconds * 1000;
  const pingTimeoutMs = o.pingTimeoutMs ?? Math.min(1000, deadlineMs);
  let nextId = 1;
  let closing = false;
  let readyCount = 0;
  const counts = { restarts: 0, ran: 0, dropped: 0 };
  const overloaded: Record<OverloadReason, number> = { queue_full: 0, deadline: 0, worker_lost: 0 };
  let settleReady!: (e?: Error) => void;
  const readyPromise = new Promise<void>((resolve, reject) => {
    settleReady = (e) => (e ? reject(e) : resolve());
  });
  readyPromise.catch(() => {}); // observed through ready()

  const slots: Slot[] = Array.from({ length: o.size }, (_, index) => ({
    index,
    worker: null,
    loaded: false,
    terminating: false,
    jobs: [],
    headSince: 0,
    pings: new Map(),
    startedAt: 0,
    delayMs: 0,
  }));
  /** Build jobs (devices already verified) first, then open jobs; only the open lane is bounded. */
  const urgent: Job[] = [];
  const waiting: Job[] = [];

  const fail = (job: Job, e: Error) => {
    if (job.onAbort) job.signal!.removeEventListener('abort', job.onAbort);
    if (e instanceof OverloadError) overloaded[e.reason]++;
    job.reject(e);
  };
  const succeed = (job: Job, v: unknown) => {
    if (job.onAbort) job.signal!.removeEventListener('abort', job.onAbort);
    job.resolve(v);
  };

  function start(slot: Slot, first: boolean): void {
    const w = spawnWorker(config);
    w.unref(); // the HTTP server keeps the process alive, not the pool
    Object.assign(slot, { worker: w, loaded: false, terminating: false, startedAt: Date.now() });
    let lastError: string | undefined;
    w.on('message', (m: WorkerReply) => {
      if ('ready' in m) {
        if (m.ready) {
          slot.loaded = true;
          slot.delayMs = 0;
          if (first && ++readyCount === slots.length) settleReady();
          if (!first) logger.info('enrollment worker restarted', { worker: slot.index });
          pump();
        } else {
          lastError = m.error;
          if (first) settleReady(new Error(`enrollment worker ${slot.index}: ${m.error}`));
        }
        return;
      }
      if ('pong' in m) {
        slot.pings.get(m.id)?.();
        return;
      }
      if (slot.worker !== w) return;
      const at = slot.jobs.findIndex((j) => j.msg.id === m.id);
      if (at < 0) return;
      const [job] = slot.jobs.splice(at, 1);
      if (at === 0) slot.headSince = Date.now();
      if (m.ok) succeed(job, m.value);
      else fail(job, new Error(m.error));
      pump();
    });
    w.on('error', (e) => {
      lastError = e.message;
    });
    w.on('exit', (code) => {
      const wasLoaded = slot.loaded;
      const killed = slot.terminating;
      if (slot.worker === w) Object.assign(slot, { worker: null, loaded: false, terminating: false });
      for (const done of slot.pings.values()) done();
      const lost = release(slot);
      if (lost) fail(lost, new OverloadError('worker_lost', `enrollment worker ${slot.index} exited (code ${code}${lastError ? `: ${lastError}` : ''})`));
      if (closing) return;
      if (first && !wasLoaded && readyCount < slots.length) {
        settleReady(new Error(`enrollment worker ${slot.index} exited while loading (code ${code}${lastError ? `: ${lastError}` : ''})`));
        return;
      }
      // A job killed a loaded worker: replace it at once. A worker that dies while loading backs off (crash loop).
      slot.delayMs = wasLoaded ? 0 : Math.min(MAX_RESTART_DELAY_MS, Math.max(100, slot.delayMs * 2));
      counts.restarts++;
      if (!killed) {
        logger.error('enrollment worker exited: restarting it', { worker: slot.index, code, error: lastError, lost_job: !!lost, restart_in_ms: slot.delayMs });
      }
      const t = setTimeout(() => {
        if (!closing) start(slot, false);
      }, slot.delayMs);
      t.unref();
      pump();
    });
  }

  /** Empty a slot whose worker is going: its running job is returned (to fail), the ones behind it are queued again. */
  function release(slot: Slot): Job | undefined {
    const [running, ...behind] = slot.jobs;
    slot.jobs = [];
    for (const j of behind.reverse()) (j.urgent ? urgent : waiting).unshift(Object.assign(j, { queuedAt: Date.now() }));
    return running;
  }

  const usable = (s: Slot) => s.worker && s.loaded && !s.terminating;

  function pump(): void {
    while (urgent.length || waiting.length) {
      let best: Slot | undefined;
      for (const s of slots) if (usable(s) && s.jobs.length < PIPELINE && (!best || s.jobs.length < best.jobs.length)) best = s;
      if (!best) return;
      const job = (urgent.length ? urgent : waiting).shift()!;
      if (job.signal?.aborted) {
        counts.dropped++;
        fail(job, new AbandonedError('the client went away before its job ran'));
        continue;
      }
      if (!best.jobs.length) best.headSince = Date.now();
      best.jobs.push(job);
      counts.ran++;
      best.worker!.postMessage(job.msg);
    }
  }

  /** Deadlines: a running job past it costs its worker; a job that waited twice as long gets its 503 now. */
  function tick(): void {
    const now = Date.now();
    for (const s of slots) {
      if (!usable(s) || !s.jobs.length || now - s.headSince <= deadlineMs) continue;
      s.terminating = true;
      const running = release(s);
      logger.warn('enrollment job over its deadline: replacing its worker', {
        worker: s.index,
        op: running?.msg.op,
        deadline_ms: deadlineMs,
        requeued: urgent.length + waiting.length,
      });
      if (running) fail(running, new OverloadError('deadline', `the job ran longer than ${deadlineMs} ms`));
      void s.worker!.terminate();
    }
    for (const lane of [urgent, waiting]) {
      for (let i = lane.length - 1; i >= 0; i--) {
        if (now - lane[i].queuedAt > 2 * deadlineMs)
          fail(lane.splice(i, 1)[0], new OverloadError('deadline', `the job waited longer than ${2 * deadlineMs} ms for a worker`));
      }
    }
    pump();
  }
  const ticker = setInterval(tick, Math.max(20, Math.min(250, deadlineMs / 4)));
  ticker.unref();

  function submit<T>(msg: WorkerJob, urgentJob: boolean, signal?: AbortSignal): Promise<T> {
    if (closing) return Promise.reject(new OverloadError('worker_lost', 'the enrollment endpoint is stopping'));
    if (signal?.aborted) {
      counts.dropped++;
      return Promise.reject(new AbandonedError('the client went away before its job was queued'));
    }
    if (!urgentJob && waiting.length >= config.limits.queue_length) {
      overloaded.queue_full++;
      return Promise.reject(new OverloadError('queue_full', `${waiting.length} jobs are already waiting for a worker`));
    }
    return new Promise<T>((resolve, reject) => {
      const job: Job = { msg, urgent: urgentJob, queuedAt: Date.now(), signal, resolve: resolve as (v: unknown) => void, reject };
      if (signal) {
        // Leave the queue at once: the body is freed and the place goes to someone still waiting.
        job.onAbort = () => {
          const lane = job.urgent ? urgent : waiting;
          const at = lane.indexOf(job);
          if (at >= 0) {
            lane.splice(at, 1);
            counts.dropped++;
            fail(job, new AbandonedError('the client went away before its job ran'));
          }
        };
        signal.addEventListener('abort', job.onAbort, { once: true });
      }
      (urgentJob ? urgent : waiting).push(job);
      pump();
    });
  }

  function ping(s: Slot): Promise<boolean> {
    return new Promise((resolve) => {
      const id = nextId++;
      const t = setTimeout(() => {
        s.pings.delete(id);
        resolve(false);
      }, pingTimeoutMs);
      s.pings.set(id, () => {
        clearTimeout(t);
        s.pings.delete(id);
        resolve(!!s.worker);
      });
      s.worker!.postMessage({ id, op: 'ping' } satisfies WorkerJob);
    });
  }

  const stats = (): PoolStats => ({
    workers: slots.filter(usable).length,
    busy: slots.filter((s) => usable(s) && s.jobs.length).length,
    queued: urgent.length + waiting.length,
    restarts: counts.restarts,
    ran: counts.ran,
    dropped: counts.dropped,
    overloaded: { ...overloaded },
  });

  for (const s of slots) start(s, true);

  return {
    size: slots.length,
    get restarts() {
      return counts.restarts;
    },
    ready: () => readyPromise,
    open(bytes, signal) {
      // Copied, not transferred: a job queued behind a stuck one is sent again to another worker (64 KiB: microseconds).
      return submit<Opened>({ id: nextId++, op: 'open', bytes }, false, signal);
    },
    async build(job, signal) {
      const r = await submit<{ signed: Uint8Array; profileUuid: string }>({ id: nextId++, op: 'build', job }, true, signal);
      return { signed: Buffer.from(r.signed.buffer, r.signed.byteOffset, r.signed.byteLength), profileUuid: r.profileUuid };
    },
    openOta(bytes, signal) {
      return submit<OtaOpened>({ id: nextId++, op: 'openOta', bytes }, false, signal);
    },
    async buildOta(job, signal) {
      const r = await submit<{ signed: Uint8Array; profileUuid: string }>({ id: nextId++, op: 'buildOta', job }, true, signal);
      return { signed: Buffer.from(r.signed.buffer, r.signed.byteOffset, r.signed.byteLength), profileUuid: r.profileUuid };
    },
    stats,
    async health() {
      const figures = () => {
        const s = stats();
        return { workers: s.workers, busy: s.busy, queued: s.queued, restarts: s.restarts };
      };
      const none = () => ({
        ok: false,
        reason: `no enrollment worker is running (${slots.length - slots.filter(usable).length} being replaced)`,
        ...figures(),
      });
      const pinged = slots.filter(usable).map((s) => ({ s, worker: s.worker }));
      if (!pinged.length) return none();
      const answered = await Promise.all(pinged.map((p) => ping(p.s)));
      // Judged on the state after the wait: a worker replaced meanwhile is down, a fresh one (not pinged) is alive.
      const up = slots.filter(usable);
      if (!up.length) return none();
      const now = Date.now();
      let overdue = 0;
      let silent = 0;
      for (const s of up) {
        const at = pinged.findIndex((p) => p.s === s && p.worker === s.worker);
        const working = s.jobs.length > 0 && now - s.headSince <= deadlineMs;
        if (s.jobs.length && !working) overdue++;
        else if (at >= 0 && !answered[at] && !working) silent++;
      }
      if (overdue + silent < up.length) return { ok: true, ...figures() };
      const why = [overdue && `${overdue} past the ${deadlineMs} ms job deadline`, silent && `${silent} not answering a ping within ${pingTimeoutMs} ms`]
        .filter(Boolean)
        .join(', ');
      return { ok: false, reason: `every enrollment worker is stuck: ${why}`, ...figures() };
    },
    threads: () => slots.flatMap((s) => (s.worker ? [s.worker] : [])),
    injectFaultForTests(fault) {
      for (const s of slots) if (usable(s)) s.worker!.postMessage({ id: nextId++, op: 'fault', fault } satisfies WorkerJob);
    },
    async close() {
      closing = true;
      clearInterval(ticker);
      await Promise.all(slots.map((s) => s.worker?.terminate()));
      for (const j of urgent.splice(0).concat(waiting.splice(0))) fail(j, new OverloadError('worker_lost', 'the enrollment endpoint is stopping'));
    },
  };
}
