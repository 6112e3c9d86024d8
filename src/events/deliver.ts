/**
 * The daemon's sender: fans committed events out to each endpoint's deliveries and POSTs them, off the sync and
 * enrollment paths. At least once (a delivery is marked done only after a 2xx), with the event's id stable across
 * attempts so receivers can drop duplicates; order kept per endpoint and device; a bounded number of requests in flight
 * per endpoint, each with a timeout; failures back off (the delivery, and the endpoint while it keeps failing), and an
 * event older than the endpoint's max age is dead-lettered.
 */
import http from 'node:http';
import https from 'node:https';
import type { DB } from '../store/db.ts';
import { sqliteSenderStore, type Claimed, type DeliveryResult, type SenderStore } from '../store/outbox.ts';
import type { Logger } from '../log.ts';
import { cloudEvent, endpointWants, type EndpointFilter, type StoredEvent } from './types.ts';
import { webhookHeaders } from './sign.ts';
import { afterFailure, retryDelayMs } from './schedule.ts';

export interface Endpoint {
  name: string;
  url: string;
  /** The secret's key bytes (never logged). */
  key: Buffer;
  filter: EndpointFilter;
  timeoutMs: number;
  maxAgeMs: number;
  retryBaseMs: number;
}

export interface SenderOptions {
  /** SQLite's database, or `store` (PostgreSQL: store/pg/outbox.ts, several nodes sending). */
  db?: DB;
  store?: SenderStore;
  /** How long a taken delivery is this node's before another may send it (PostgreSQL): default its timeout + 30 s. */
  claimMs?: number;
  endpoints: Endpoint[];
  logger: Logger;
  /** Requests in flight per endpoint. */
  concurrency?: number;
  /** How often to look for events other processes wrote (`adesync sync`, `events replay`); this process kicks at once. */
  pollMs?: number;
  /** Events and deliveries older than this are pruned (those still pending never). */
  retainMs?: number;
  random?: () => number;
  onResult?: (endpoint: string, ok: boolean) => void;
}

export interface Sender {
  /** Look for new events now (after a commit that wrote some). */
  kick(): void;
  reload(endpoints: Endpoint[]): void;
  /** Abort requests in flight (their deliveries stay pending, sent again after a restart) and stop. */
  stop(): Promise<void>;
  /** Requests in flight, per endpoint. */
  inFlight(): Record<string, number>;
}

export const CONCURRENCY = 8;
const FAN_OUT_CHUNK = 2000;
const CLAIM_MARGIN_MS = 30_000;
const MAX_RESPONSE_BYTES = 64 * 1024;
const ENDPOINT_PAUSE_MAX_MS = 300_000;
const RETAIN_MS = 7 * 86_400_000;

interface State {
  ep: Endpoint;
  inFlight: Set<number>;
  failures: number;
  pausedUntil: number;
  requests: Set<AbortController>;
  /** A take is running (awaited on PostgreSQL): another waits for it, so two never pick the same rows. */
  taking: boolean;
  again: boolean;
}

export function startSender(opts: SenderOptions): Sender {
  const { logger } = opts;
  const st = opts.store ?? sqliteSenderStore(opts.db!);
  const random = opts.random ?? Math.random;
  const concurrency = opts.concurrency ?? CONCURRENCY;
  const states = new Map<string, State>();
  const running = new Set<Promise<void>>();
  let done: { s: State; r: DeliveryResult }[] = [];
  const aborted: { endpoint: string; seq: number; claim?: string }[] = [];
  let ticking = false;
  let tickAgain = false;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let soon = false;
  let lastPrune = 0;
  // node:http with keep-alive: a third of fetch's CPU per request
  const agents = { http: new http.Agent({ keepAlive: true }), https: new https.Agent({ keepAlive: true }) };

  function setEndpoints(eps: Endpoint[]) {
    for (const name of [...states.keys()]) if (!eps.some((e) => e.name === name)) states.delete(name);
    for (const ep of eps) {
      const s = states.get(ep.name);
      if (s) s.ep = ep;
      else states.set(ep.name, { ep, inFlight: new Set(), failures: 0, pausedUntil: 0, requests: new Set(), taking: false, again: false });
    }
  }
  setEndpoints(opts.endpoints);

  async function tick() {
    soon = false;
    if (stopped) return;
    if (ticking) {
      tickAgain = true;
      return;
    }
    ticking = true;
    clearTimeout(timer);
    let more = false;
    try {
      const nowIso = new Date().toISOString();
      for (const s of states.values()) {
        const wants = (type: string, token: string | null) => endpointWants(s.ep.filter, type, token);
        if ((await st.fanOut(s.ep.name, wants, FAN_OUT_CHUNK, nowIso)) === FAN_OUT_CHUNK) more = true;
        await dispatch(s);
      }
      if (Date.now() - lastPrune > 3_600_000) {
        lastPrune = Date.now();
        await st.prune(new Date(Date.now() - (opts.retainMs ?? RETAIN_MS)).toISOString());
      }
    } catch (e) {
      logger.error('webhooks: reading the outbox failed', { error: (e as Error).message });
    }
    ticking = false;
    if (stopped) return;
    // a long backlog is fanned out a chunk at a time, letting enrollments and sync pages in between
    if (more || tickAgain) {
      tickAgain = false;
      kick();
    } else timer = setTimeout(() => void tick(), opts.pollMs ?? 1000);
  }

  function kick() {
    if (soon || stopped) return;
    soon = true;
    setImmediate(() => void tick());
  }

  async function dispatch(s: State): Promise<void> {
    if (s.taking) {
      s.again = true;
      return;
    }
    s.taking = true;
    try {
      do {
        s.again = false;
        await dispatchOnce(s);
      } while (s.again && !stopped);
    } finally {
      s.taking = false;
    }
  }

  async function dispatchOnce(s: State) {
    const now = Date.now();
    if (stopped || now < s.pausedUntil) return;
    // while the endpoint keeps failing, one request at a time probes it
    const slots = (s.failures ? 1 : concurrency) - s.inFlight.size;
    if (slots <= 0) return;
    const taken = await st.take(s.ep.name, s.inFlight, now, slots, opts.claimMs ?? s.ep.timeoutMs + CLAIM_MARGIN_MS);
    // another node is picking this endpoint's deliveries: look again shortly
    if (taken === null) setTimeout(kick, 25).unref();
    for (const p of taken ?? []) {
      if (stopped) aborted.push({ endpoint: s.ep.name, seq: p.seq, claim: p.claim });
      else send(s, p, p.event);
    }
  }

  function send(s: State, p: Claimed, e: StoredEvent) {
    s.inFlight.add(p.seq);
    const ctl = new AbortController();
    s.requests.add(ctl);
    const timeout = setTimeout(() => ctl.abort(new Error(`no answer within ${s.ep.timeoutMs / 1000} s`)), s.ep.timeoutMs);
    const body = cloudEvent(e);
    const job = post(s.ep.url, webhookHeaders(s.ep.key, e.id, body), body, ctl.signal, agents)
      .then(
        (status) => ({ status, error: status >= 200 && status < 300 ? null : `HTTP ${status}` }),
        (err: Error) => ({ status: null, error: ctl.signal.aborted ? String((ctl.signal.reason as Error)?.message ?? 'aborted') : errorText(err) }),
      )
      .then((r) => {
        clearTimeout(timeout);
        s.requests.delete(ctl);
        if (stopped) {
          aborted.push({ endpoint: s.ep.name, seq: p.seq, claim: p.claim }); // aborted by stop(): stays pending, not an attempt
          return;
        }
        done.push({ s, r: outcome(s, p, e, r.status, r.error) });
        if (done.length === 1) setImmediate(() => void flush());
      });
    running.add(job);
    void job.finally(() => running.delete(job));
  }

  function outcome(s: State, p: Claimed, e: StoredEvent, status: number | null, error: string | null): DeliveryResult {
    const now = Date.now();
    const at = new Date(now).toISOString();
    const attempts = p.attempts + 1;
    const base = { endpoint: s.ep.name, seq: p.seq, status, error, attempts, at, claim: p.claim };
    if (!error) return { ...base, ok: true, state: 'delivered' };
    const next = afterFailure(attempts, Date.parse(e.time), now, s.ep.maxAgeMs, random, s.ep.retryBaseMs);
    if (next.state === 'dead') {
      logger.warn('webhook event dead-lettered: it stays in "adesync events"; fix the receiver, then "adesync events replay"', {
        endpoint: s.ep.name,
        event_id: e.id,
        type: e.type,
        subject: e.subject,
        attempts,
        error,
      });
      return { ...base, ok: false, state: 'dead' };
    }
    return { ...base, ok: false, state: 'pending', nextAt: new Date(next.nextAt).toISOString() };
  }

  /** Record finished attempts in one transaction; only then are their deliveries free to be picked again. */
  async function flush() {
    const batch = done;
    done = [];
    if (!batch.length) return;
    try {
      await st.finish(batch.map((b) => b.r));
    } catch (e) {
      logger.error('webhooks: recording deliveries failed (they will be sent again)', { error: (e as Error).message });
    }
    const touched = new Set<State>();
    for (const { s, r } of batch) {
      s.inFlight.delete(r.seq);
      touched.add(s);
      opts.onResult?.(s.ep.name, r.ok);
      if (r.ok) {
        if (s.failures) logger.info('webhook endpoint answers again', { endpoint: s.ep.name, after_failures: s.failures });
        s.failures = 0;
        s.pausedUntil = 0;
      } else {
        if (!s.failures) logger.warn('webhook endpoint failing: retrying with backoff', { endpoint: s.ep.name, error: r.error, status: r.status });
        s.failures++;
        s.pausedUntil = Date.now() + retryDelayMs(s.failures, random, s.ep.retryBaseMs / 5, ENDPOINT_PAUSE_MAX_MS);
        setTimeout(kick, s.pausedUntil - Date.now() + 1).unref();
      }
    }
    for (const s of touched)
      if (states.get(s.ep.name) === s) void dispatch(s).catch((e: Error) => logger.error('webhooks: reading the outbox failed', { error: e.message }));
  }

  kick();
  return {
    kick,
    reload(eps) {
      setEndpoints(eps);
      kick();
    },
    inFlight: () => Object.fromEntries([...states.values()].map((s) => [s.ep.name, s.inFlight.size])),
    async stop() {
      stopped = true;
      clearTimeout(timer);
      for (const s of states.values()) for (const c of s.requests) c.abort(new Error('stopping'));
      await Promise.allSettled([...running]);
      await flush(); // answers already in are recorded: they need not be sent again
      try {
        await st.release(aborted);
      } catch (e) {
        logger.warn('webhooks: releasing unsent deliveries failed (another node sends them when their claim expires)', { error: (e as Error).message });
      }
      agents.http.destroy();
      agents.https.destroy();
    },
  };
}

/** POST; the answer's body is read (keeping the connection reusable) up to 64 KiB and ignored. No redirects followed. */
function post(
  url: string,
  headers: Record<string, string>,
  body: string,
  signal: AbortSignal,
  agents: { http: http.Agent; https: https.Agent },
): Promise<number> {
  return new Promise((resolve, reject) => {
    const u = new URL(url);
    const tls = u.protocol === 'https:';
    const req = (tls ? https : http).request(
      u,
      {
        method: 'POST',
        signal,
        agent: tls ? agents.https : agents.http,
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
      },
      (res) => {
        let size = 0;
        res.on('data', (c: Buffer) => {
          size += c.length;
          if (size > MAX_RESPONSE_BYTES) res.destroy();
        });
        res.on('close', () => resolve(res.statusCode ?? 0));
        res.on('error', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

function errorText(e: Error): string {
  const cause = (e as Error & { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? e.message;
}
