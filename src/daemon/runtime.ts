import { readFileSync } from 'node:fs';
import type { Config } from '../config/schema.ts';
import type { DB } from '../store/db.ts';
import type { DeviceAssignmentApi, ClientOptions } from '../apple/api.ts';
import type { ServerToken, Profile } from '../apple/types.ts';
import { createClient } from '../apple/client.ts';
import { readServerToken } from '../token/file.ts';
import { syncToken, type SyncResult, type SyncOptions } from '../sync/engine.ts';
import { assignDue, MAX_BATCH, preparePolicy, type AssignResult, type AssignContext } from '../assign/assigner.ts';
import { ProfileInvalidError } from '../apple/errors.ts';
import { policyContext, loadedPolicyContext, loadRules, profilesForToken } from '../assign/context.ts';
import { buildAdeProfile, certToDer } from '../profile/ade.ts';
import type { Logger } from '../log.ts';
import { createOutbox, type Outbox } from '../events/outbox.ts';
import type { Lease } from '../store/leases.ts';
import { sqliteStore, type Store } from '../store/index.ts';
import type { PolicyContext, Rule } from '../assign/policy.ts';

export interface CycleResult {
  token: string;
  sync: SyncResult;
  assign?: AssignResult;
}

export interface TokenRuntime {
  name: string;
  api: DeviceAssignmentApi;
  token: ServerToken;
  pageLimit: number;
  accountChecked: boolean;
}

interface RuntimeBase {
  config: Config;
  logger: Logger;
  /** Overrides for every client (tests inject short timeouts or a sleep). */
  clientOptions?: Partial<ClientOptions>;
  onAppleResponse?: (token: string, endpoint: string, status: number, ms: number) => void;
  onAssignResult?: (token: string, result: string, n: number) => void;
}
/**
 * The store to run on (store/index.ts openStore: SQLite or PostgreSQL), or an open SQLite database and where its sync and
 * assignment write their events (default: an outbox of config.webhooks, delivered by the daemon).
 */
export type RuntimeOptions = RuntimeBase & ({ store: Store } | { db: DB; outbox?: Outbox });

/** The policy as the engine reads it before each page: SQLite's reads its profile UUIDs synchronously, PostgreSQL's loads them ahead. */
function policyOf(store: Store, config: Config, rules: Rule[]): () => PolicyContext | Promise<PolicyContext> {
  if (store.engine === 'postgresql') {
    return loadedPolicyContext(
      config,
      rules,
      (t) => store.assign.currentUuids(t),
      config.tokens.map((t) => t.name),
    );
  }
  const policy = policyContext(store.db, config, rules);
  return () => {
    policy.refresh();
    return policy;
  };
}

/** Build ADE profile definitions from config, reading the certificate files they name. */
export function buildProfiles(config: Config, names: string[]): Record<string, Profile> {
  const read = (files?: string[]) => (files ?? []).flatMap((f) => certToDer(readFileSync(f)));
  return Object.fromEntries(
    names
      .filter((n) => config.profiles[n])
      .map((n) => {
        const p = config.profiles[n];
        return [n, buildAdeProfile(p, { anchor: read(p.anchor_cert_files), supervising: read(p.supervising_host_cert_files) })];
      }),
  );
}

/**
 * Everything a sync cycle needs per token, built from one config: the clients, the policy, the profile definitions.
 * Used by the daemon and by "adesync sync" alike. One cycle per token at a time: a second request joins the first.
 */
export function createRuntime(opts: RuntimeOptions) {
  let { config } = opts;
  const { logger } = opts;
  const store = 'store' in opts ? opts.store : sqliteStore(opts.db, opts.outbox ?? createOutbox(opts.db, config.webhooks), MAX_BATCH);
  const { outbox } = store;
  let rules = loadRules(config);
  const tokens = new Map<string, TokenRuntime>();
  // why a token is unusable; the Error itself, so that its code (SQLITE_READONLY, …) reaches the cycle's caller
  const broken = new Map<string, Error>();
  // the token rows written by the last build(): a cycle waits for them (on SQLite they are written before build returns)
  let rowsWritten: Promise<void> = Promise.resolve();
  // Cycles in flight by token name: kept across reloads, so a reload never lets two cycles of one token overlap.
  // Across processes the store's lease does the same (store/leases.ts).
  const running = new Map<string, Promise<CycleResult>>();
  const held = new Map<string, { lease: Lease; runId?: number }>();

  function build() {
    tokens.clear();
    broken.clear();
    const writes: Promise<void>[] = [];
    const unusable = (name: string, e: Error) => {
      tokens.delete(name);
      broken.set(name, e);
      logger.error('token unusable', { token: name, error: e.message });
    };
    for (const t of config.tokens) {
      try {
        // a token file others can read still works, loudly: refusing it would stop enrollment for a permissions slip
        const token = readServerToken(t.file!, { onInsecure: (e) => logger.warn(e.message, { token: t.name }) });
        writes.push(store.tokens.ensure(t.name, t.file!, token).catch((e) => unusable(t.name, e as Error)));
        const api = createClient({
          token,
          tokenName: t.name,
          baseUrl: t.base_url ?? config.apple.base_url,
          protocolVersion: config.apple.protocol_version,
          timeoutMs: config.apple.timeout_seconds * 1000,
          maxRetries: config.apple.max_retries,
          maxRetryWaitMs: config.apple.max_retry_wait_seconds * 1000,
          logger: logger.child({ token: t.name }),
          onResponse: (endpoint, status, ms) => opts.onAppleResponse?.(t.name, endpoint, status, ms),
          ...opts.clientOptions,
        });
        if (!broken.has(t.name)) tokens.set(t.name, { name: t.name, api, token, pageLimit: config.sync.page_limit ?? 1000, accountChecked: false });
      } catch (e) {
        unusable(t.name, e as Error);
      }
    }
    rowsWritten = Promise.all(writes).then(() => {});
  }
  build();

  let freshPolicy = policyOf(store, config, rules);

  /** GET /account: the server's name for status, and the page size Apple advertises (A.7.1). */
  async function checkAccount(rt: TokenRuntime): Promise<void> {
    const account = await rt.api.account();
    await store.tokens.recordAccount(rt.name, account);
    const limit = account.urls?.find((u) => u.uri === '/server/devices')?.limit;
    rt.pageLimit = config.sync.page_limit ?? Math.min(1000, limit?.maximum ?? 1000);
    rt.accountChecked = true;
  }

  async function cycle(rt: TokenRuntime, o: SyncOptions & { assign?: boolean }, lease: Lease): Promise<CycleResult> {
    const log = logger.child({ token: rt.name });
    // a lease that cannot be renewed was taken over: stop between pages (its fence already refuses any commit)
    const lost = new AbortController();
    const signal = o.signal ? AbortSignal.any([o.signal, lost.signal]) : lost.signal;
    const renew = async () => {
      try {
        if (!(await lease.renew())) {
          log.error('sync lease lost: another process took this token over; stopping', { generation: lease.generation });
          lost.abort();
        }
      } catch (e) {
        log.warn('sync lease renewal failed (will retry)', { error: (e as Error).message });
      }
    };
    const timer = setInterval(() => void renew(), config.sync.lease_renew_seconds * 1000);
    timer.unref();
    try {
      return await cycleLeased(rt, { ...o, signal }, lease, log);
    } finally {
      clearInterval(timer);
    }
  }

  async function cycleLeased(rt: TokenRuntime, o: SyncOptions & { assign?: boolean }, lease: Lease, log: Logger): Promise<CycleResult> {
    const names = profilesForToken(config, rt.name);
    const assignCtx: AssignContext = {
      store: store.assign,
      api: rt.api,
      token: rt.name,
      logger: log,
      profiles: buildProfiles(config, names),
      policy: freshPolicy,
      lease,
      backoff: {
        failedSeconds: config.assign.failed_backoff_seconds,
        failedMaxSeconds: config.assign.failed_backoff_max_seconds,
        throttledDefaultSeconds: config.assign.throttled_default_seconds,
      },
      onResult: (r, n) => opts.onAssignResult?.(rt.name, r, n),
    };
    const assigning = config.assign.enabled && o.assign !== false;
    // Before any sync call: /account (server name, page size, terms or access problems), then the profiles defined and
    // the policy settled, so the rows this sync writes already carry the right profile UUIDs.
    const defined: string[] = [];
    const preflight = async () => {
      if (!rt.accountChecked) await checkAccount(rt);
      if (!assigning) return;
      try {
        defined.push(...(await preparePolicy(assignCtx)).defined);
      } catch (e) {
        if (!(e instanceof ProfileInvalidError)) throw e;
        // Apple refused a definition: sync anyway; the devices of that profile wait, and the error shows in the log and status
        log.error('Apple refused a profile definition: fix it in the config', { error: e.message, code: e.code });
      }
    };
    const onRun = (id: number) => {
      const h = held.get(rt.name);
      if (h) h.runId = id;
      o.onRun?.(id);
    };
    const sync = await syncToken(
      { store: store.sync, api: rt.api, token: rt.name, logger: log, policy: freshPolicy, pageLimit: () => rt.pageLimit, lease },
      { ...o, preflight, onRun },
    );
    if (!sync.ok || !assigning || o.signal?.aborted) return { token: rt.name, sync };
    const assign = await assignDue(assignCtx, { signal: o.signal });
    // profiles defined in the preflight (before the sync) are this cycle's too
    assign.defined = [...new Set([...defined, ...assign.defined])];
    return { token: rt.name, sync, assign };
  }

  return {
    get config() {
      return config;
    },
    tokens,
    broken,
    outbox,
    /**
     * Sync then assign, for one token; joins a cycle already running for it in this process. Another process's cycle
     * (its lease) makes this reject with LeaseBusyError before anything is sent to Apple or written as a run. With
     * `lease`, the caller's lease is used instead of taking one for the cycle.
     */
    runCycle(name: string, o: SyncOptions & { assign?: boolean; lease?: Lease } = {}): Promise<CycleResult> {
      const inFlight = running.get(name);
      if (inFlight) return inFlight;
      const p = (async () => {
        await rowsWritten;
        const rt = tokens.get(name);
        if (!rt) throw broken.get(name) ?? new Error(`no token named "${name}" in the config`);
        // a lease the caller holds and renews (the daemon's leadership on PostgreSQL): used as it is, not released here
        if (o.lease) return cycleLeased(rt, o, o.lease, logger.child({ token: name }));
        const lease = await store.leases.acquire(name, { durationMs: config.sync.lease_seconds * 1000 });
        held.set(name, { lease });
        try {
          return await cycle(rt, o, lease);
        } finally {
          held.delete(name);
          await Promise.resolve()
            .then(() => lease.release())
            .catch((e) => logger.warn('sync lease not released: it expires by itself', { token: name, error: (e as Error).message }));
        }
      })().finally(() => running.delete(name));
      running.set(name, p);
      return p;
    },
    /**
     * The process is about to exit mid-cycle (a signal in the foreground): mark its runs interrupted and free its leases
     * now. Safe at any instant: a page is one transaction, never half-committed (on SQLite this all runs synchronously,
     * before the call returns; on PostgreSQL a page in flight commits or, when the process exits, rolls back whole, and
     * once the lease is freed its fence refuses any later page).
     */
    async interrupt(): Promise<void> {
      const all = [...held.values()];
      held.clear();
      const at = new Date().toISOString();
      await Promise.all(
        // both started at once: on SQLite each has run by the time interrupt() returns its promise
        all.flatMap((h) => [h.runId !== undefined && store.leases.interruptRun(h.runId, at), h.lease.release()]),
      );
    },
    checkAccount: (name: string) => checkAccount(tokens.get(name)!),
    /** Apply a new, already validated config (SIGHUP). Cycles in flight finish with the old clients. */
    reload(next: Config) {
      config = next;
      rules = loadRules(next);
      freshPolicy = policyOf(store, next, rules);
      outbox?.reload(next.webhooks);
      build();
    },
    async idle(): Promise<void> {
      await Promise.allSettled([...running.values()]);
    },
  };
}
export type Runtime = ReturnType<typeof createRuntime>;
