import type { DeviceAssignmentApi } from '../apple/api.ts';
import type { Device, FetchDeviceResponse } from '../apple/types.ts';
import { type AppleError, CursorError } from '../apple/errors.ts';
import { columnsOf } from '../store/devices.ts';
import type { CursorRow } from '../store/state.ts';
import type { SyncStore } from '../store/sync.ts';
import { evaluate, type PolicyContext } from '../assign/policy.ts';
import type { PageItem } from './plan.ts';
import { tokenStatusFor } from './status.ts';
import { LeaseLostError, type Lease } from '../store/leases.ts';
import type { Logger } from '../log.ts';

const DAY = 86_400_000;
/** Apple refuses cursors older than 7 days (EXPIRED_CURSOR). */
const CURSOR_LIFETIME_MS = 7 * DAY;

export interface SyncContext {
  /** Where pages, cursors and runs go (store/sync.ts: SQLite or PostgreSQL). */
  store: SyncStore;
  api: DeviceAssignmentApi;
  token: string;
  logger: Logger;
  /** Read at each page, so a reload takes effect at once. */
  policy: () => PolicyContext | Promise<PolicyContext>;
  /** Read at each request: /account (in the preflight) may change it. */
  pageLimit: number | (() => number);
  now?: () => Date;
  /** The token's lease (store/leases.ts): checked and renewed in every page's transaction, so a lost lease never commits. */
  lease?: Lease;
}

export interface SyncOptions {
  /** Drop the cursor and fetch everything (then reconcile what Apple no longer lists). */
  full?: boolean;
  trigger?: string;
  /** Checked between pages: a stop request lets the current page's transaction finish. */
  signal?: AbortSignal;
  onPage?: (p: { phase: 'fetch' | 'sync'; page: number; devices: number; total: number }) => void;
  /** Runs first, inside the run's error handling (e.g. GET /account): what it throws ends the run like a page error. */
  preflight?: () => Promise<void>;
  /** Told the run's id as soon as its row exists (so a signal handler can mark it interrupted). */
  onRun?: (runId: number) => void;
}

export interface SyncResult {
  token: string;
  runId: number;
  ok: boolean;
  phase: 'fetch' | 'sync';
  pages: number;
  devices: number;
  added: number;
  modified: number;
  deleted: number;
  gone: number;
  /** `status`: how the token reads after this error (unavailable, t_c_not_signed, …), see sync/status.ts. */
  error?: { code: string; message: string; status?: string };
  stopped?: boolean;
  /** Wall time of the run, preflight included. */
  ms: number;
}

/** Duplicates in a page: the latest op_date wins; among equal dates, the later record (Apple sorts chronologically). */
export function dedupe(devices: Device[]): Device[] {
  const bySerial = new Map<string, Device>();
  for (const d of devices) {
    if (!d || typeof d.serial_number !== 'string' || !d.serial_number) continue;
    const prev = bySerial.get(d.serial_number);
    if (!prev || (d.op_date ?? '') >= (prev.op_date ?? '')) bySerial.set(d.serial_number, d);
  }
  return [...bySerial.values()];
}

/**
 * One sync cycle for one token: the state machine of A.9. Each page's device changes, the assignment work they create
 * and the new cursor are committed in ONE transaction, so a crash at any instant never loses a device and never moves
 * the cursor past data that was not committed. Apple errors end the run and are recorded, never thrown.
 */
export async function syncToken(ctx: SyncContext, opts: SyncOptions = {}): Promise<SyncResult> {
  const { store, api, token, logger } = ctx;
  const now = ctx.now ?? (() => new Date());
  const limit = () => (typeof ctx.pageLimit === 'function' ? ctx.pageLimit() : ctx.pageLimit);
  const iso = () => now().toISOString();

  let cur: CursorRow = (await store.openCursor(token, iso())) ?? {
    token,
    cursor: null,
    phase: 'fetch' as const,
    issued_at: null,
    fetch_started_at: null,
    fetch_run_id: null,
    updated_at: iso(),
  };
  const expired = cur.cursor && cur.issued_at && now().getTime() - Date.parse(cur.issued_at) >= CURSOR_LIFETIME_MS;
  if (opts.full || !cur.cursor || expired) {
    if (expired && !opts.full) logger.warn('cursor older than 7 days: starting a full fetch', { token, issued_at: cur.issued_at });
    cur = { ...cur, cursor: opts.full || expired ? null : cur.cursor, phase: 'fetch' };
    if (opts.full || expired) cur.fetch_run_id = null;
  }
  const runId = await store.startRun(token, cur.phase, opts.trigger ?? 'manual', iso());
  await ctx.lease?.setRun(runId);
  opts.onRun?.(runId);
  const started = performance.now();
  const res: SyncResult = { token, runId, ok: true, phase: cur.phase, pages: 0, devices: 0, added: 0, modified: 0, deleted: 0, gone: 0, ms: 0 };
  let restarts = 0;
  let initialLoad = false;

  const startFullFetch = async () => {
    if (res.pages > 0) initialLoad = false; // a restart: rows from before it exist now
    cur = { ...cur, cursor: null, phase: 'fetch', fetch_run_id: runId, fetch_started_at: iso() };
    await store.setRunKind(runId, 'fetch');
    res.phase = 'fetch';
  };
  if (cur.phase === 'fetch' && !cur.cursor) await startFullFetch();
  // A fetch resumed after a crash keeps its original run id: reconciliation needs the whole chain.
  if (cur.phase === 'fetch' && cur.fetch_run_id == null) cur.fetch_run_id = runId;
  // The first load of a token that has never held a device: no row to read back, and per-device 'added' events would only
  // repeat the device table.
  initialLoad = cur.phase === 'fetch' && (await store.tokenIsEmpty(token));

  /** What a device needs that does not depend on the rows: computed as its page arrives, while the next one is awaited. */
  const prepare = (page: FetchDeviceResponse, phase: 'fetch' | 'sync', policy: PolicyContext): PageItem[] => {
    return dedupe(page.devices).map((d) => {
      const serial = d.serial_number;
      const cols = columnsOf(d);
      const deleted = phase === 'sync' && d.op_type === 'deleted';
      const verdict = evaluate(
        {
          token,
          serial_number: serial,
          device_family: cols.device_family as string | null,
          os: cols.os as string | null,
          model: cols.model as string | null,
          profile_status: cols.profile_status as string,
          profile_uuid: cols.profile_uuid as string | null,
          deleted,
        },
        policy,
      );
      return { serial, opType: d.op_type ?? null, opDate: d.op_date ?? null, cols, raw: JSON.stringify(d), deleted, verdict };
    });
  };
  /**
   * One page: its devices, the assignment work they make, and its cursor in ONE transaction (store/sync.ts). (Committing
   * quick pages in groups was measured too: with checkpoints every 40,000 WAL pages it bought nothing on a 1M fetch,
   * 22.2 s either way, and holding pages across awaits cost up to 30 MB of peak RSS.)
   */
  const applyPage = async (page: FetchDeviceResponse, items: PageItem[], phase: 'fetch' | 'sync', finalFetch: boolean) => {
    const at = iso();
    const next: CursorRow = {
      ...cur,
      cursor: page.cursor,
      phase: finalFetch ? 'sync' : phase,
      issued_at: at,
      updated_at: at,
      fetch_run_id: finalFetch ? null : cur.fetch_run_id,
    };
    const counts = await store.commitPage(
      // only the pages of that first fetch: the sync that follows it in the same run reads rows as usual
      {
        token,
        runId,
        at,
        phase,
        finalFetch,
        fresh: initialLoad && phase === 'fetch',
        seenRun: cur.fetch_run_id,
        items,
        received: page.devices.length,
        cursor: next,
      },
      ctx.lease,
    );
    cur = next;
    res.pages++;
    res.devices += page.devices.length;
    res.added += counts.added;
    res.modified += counts.modified;
    res.deleted += counts.deleted;
    res.gone += counts.gone;
  };

  const saveCursorOnly = async (c: CursorRow) => {
    const next = { ...c, updated_at: iso() };
    await store.saveCursor(next, ctx.lease);
    cur = next;
  };
  const request = (phase: 'fetch' | 'sync', cursor: string | null): Promise<FetchDeviceResponse> =>
    phase === 'fetch' ? api.fetchDevices({ limit: limit(), ...(cursor ? { cursor } : {}) }) : api.syncDevices({ cursor: cursor!, limit: limit() });
  let prefetched: { cursor: string; phase: 'fetch' | 'sync'; page: ReturnType<typeof request> } | null = null;
  try {
    await opts.preflight?.();
    for (;;) {
      if (opts.signal?.aborted) {
        res.stopped = true;
        break;
      }
      const { cursor: sent, phase } = cur;
      let page: FetchDeviceResponse;
      try {
        page = await (prefetched && prefetched.cursor === sent && prefetched.phase === phase ? prefetched.page : request(phase, sent));
      } catch (e) {
        prefetched = null;
        if (!(e instanceof CursorError)) throw e;
        if (e.code === 'EXHAUSTED_CURSOR') {
          // fetch: everything was returned, continue as sync with the same cursor; sync: no changes (A.9)
          if (cur.phase === 'fetch') {
            await saveCursorOnly({ ...cur, phase: 'sync', fetch_run_id: null });
            continue;
          }
          break;
        }
        if (e.code === 'CURSOR_REQUIRED' && cur.phase === 'sync') {
          logger.warn('Apple wants a cursor: fetching', { token });
          await startFullFetch();
          continue;
        }
        // EXPIRED_CURSOR, INVALID_CURSOR: the cursor is useless, start over with a complete fetch (once per run)
        if (++restarts > 1) throw e;
        logger.warn(`${e.code}: restarting with a full fetch`, { token, phase: cur.phase });
        await startFullFetch();
        continue;
      }
      prefetched = null;
      // Ask for the next page at once: the request only reads the cursor, it never stores it.
      if (page.more_to_follow && page.cursor !== sent && !opts.signal?.aborted) {
        const p = request(phase, page.cursor);
        p.catch(() => {}); // its error, if any, surfaces when it is awaited
        prefetched = { cursor: page.cursor, phase, page: p };
      }
      const items = prepare(page, phase, await ctx.policy()); // while Apple works on the next page
      const repeated = page.more_to_follow && sent !== null && page.cursor === sent;
      await applyPage(page, items, phase, phase === 'fetch' && !page.more_to_follow);
      opts.onPage?.({ phase, page: res.pages, devices: page.devices.length, total: res.devices });
      if (repeated) {
        // Apple echoed our cursor and says there is more: following it would loop forever (micromdm#1016).
        logger.error('Apple repeated the cursor with more_to_follow: stopping this run, keeping the cursor', { token, phase });
        res.ok = false;
        res.error = { code: 'REPEATED_CURSOR', message: 'Apple returned the cursor it was sent with more_to_follow: true; will retry next cycle' };
        break;
      }
      if (!page.more_to_follow) {
        if (phase === 'fetch') {
          res.phase = 'sync';
          continue;
        } // a full fetch is followed by a sync from its final cursor
        break;
      }
    }
  } catch (e) {
    res.ok = false;
    const err = e as AppleError;
    const status = e instanceof LeaseLostError ? null : tokenStatusFor(e); // says nothing about the token
    res.error = { code: err.code ?? 'ERROR', message: err.message, status: status?.status };
    if (status) await store.setTokenStatus(token, status.status, status.detail, iso());
    logger[status?.severity ?? 'error']('sync failed', { token, code: res.error.code, error: err.message });
  }
  if (res.ok) await store.setTokenStatus(token, 'ok', null, iso());
  res.ms = Math.round(performance.now() - started);
  const lost = res.error?.code === 'LEASE_LOST';
  await store.finishRun(runId, iso(), res.stopped || lost ? 'interrupted' : res.ok ? 'ok' : 'error', res.error?.code ?? null, res.error?.message ?? null);
  return res;
}
