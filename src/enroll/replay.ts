/**
 * Replays. ADE has no nonce: a device-signed MachineInfo captured once verifies forever, so a replay cannot be told from
 * a device retrying Setup Assistant. What can be bounded is how much one serial gets: at most `profiles` served profiles
 * per `per_minutes`, and as many full records of its other decisions; past that, a refusal (served) or a counter (other).
 *
 * The count comes from the store (the serial's records in the window, plus those still queued in the recorder, plus
 * requests admitted and not yet recorded), so the limit holds across nodes sharing the database.
 *
 * Over the limit the device gets 403 application/json {code, message}: the only error answer Setup Assistant parses and
 * shows (B.6; iOS 26.1 parses no other status). A 429 or 503 shows a generic "could not get configuration" with Try Again,
 * which would not tell the user why nor when, and invites the immediate retries the limit is there to stop.
 */
import type { RecentRecords } from '../store/enrollments.ts';

export interface PerDeviceLimit {
  profiles: number;
  per_minutes: number;
}

export const TOO_MANY = 'adesync.too_many_enrollments';

export type Verdict = { ok: true; repeat: boolean } | { ok: false; retryAfterSeconds: number };

/**
 * Pure: may one more profile be served to a serial that has `served` in the window, the oldest at `oldestServedAt`?
 * Retry-After is when the oldest leaves the window (at least 1 s; the window when the oldest is not known yet).
 */
export function serveVerdict(served: number, oldestServedAt: string | null, limit: PerDeviceLimit, now: number): Verdict {
  if (served < limit.profiles) return { ok: true, repeat: served > 0 };
  const windowMs = limit.per_minutes * 60_000;
  const frees = oldestServedAt ? Date.parse(oldestServedAt) + windowMs : now + windowMs;
  return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((frees - now) / 1000)) };
}

/** The user-visible text of the refusal: why, and roughly when to try again. */
export function tooManyMessage(limit: PerDeviceLimit, retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return (
    `This device has received ${limit.profiles} enrollment profiles in the last ${limit.per_minutes} minutes, the most allowed. ` +
    `Try again in ${minutes} minute${minutes === 1 ? '' : 's'}, or contact your IT department.`
  );
}

/** A serial's stored records in the window, as read at `t` (with its device lookup: one round trip to a shared database). */
export interface StoredWindow {
  t: number;
  stored: RecentRecords;
}

export interface ServeLimit {
  /** The window as of now: read the stored records `since` then, and hand them back as a StoredWindow with `t`. */
  window(): { t: number; since: string };
  /**
   * Admit a serving of this serial (hold the slot until its record is queued, then release()) or refuse it. `read`: the
   * stored records read in this same turn; without it, the store is asked.
   */
  admit(serial: string, read?: StoredWindow): Promise<{ ok: true; repeat: boolean; release(): void } | { ok: false; retryAfterSeconds: number }>;
  /** May a non-served decision of this serial get a full record (its count in the window is under the limit)? */
  mayRecord(serial: string, read?: StoredWindow): Promise<boolean>;
}

export function createServeLimit(o: {
  limit: PerDeviceLimit;
  /** The serial's records in the database since an ISO time. */
  recent: (serial: string, since: string) => RecentRecords | Promise<RecentRecords>;
  /** The serial's records queued and not yet written. */
  pending: (serial: string, since: string) => Pick<RecentRecords, 'served' | 'other'>;
  now?: () => number;
}): ServeLimit {
  const now = o.now ?? Date.now;
  const inFlight = new Map<string, number>();
  const take = (serial: string, n: number) => {
    const left = (inFlight.get(serial) ?? 0) + n;
    if (left > 0) inFlight.set(serial, left);
    else inFlight.delete(serial);
  };
  const sinceOf = (t: number) => new Date(t - o.limit.per_minutes * 60_000).toISOString();
  // what was read (or is read now) plus what this node has queued and not yet written
  const window = async (serial: string, read?: StoredWindow) => {
    const t = read?.t ?? now();
    const stored = read?.stored ?? (await o.recent(serial, sinceOf(t)));
    const queued = o.pending(serial, sinceOf(t));
    return { t, stored, served: stored.served + queued.served, other: stored.other + queued.other };
  };
  return {
    window() {
      const t = now();
      return { t, since: sinceOf(t) };
    },
    async admit(serial, read) {
      // the slot is taken before the store is asked, so concurrent requests of one serial see each other
      const before = inFlight.get(serial) ?? 0;
      take(serial, 1);
      let w: Awaited<ReturnType<typeof window>>;
      try {
        w = await window(serial, read);
      } catch (e) {
        take(serial, -1);
        throw e;
      }
      const others = Math.max(before, (inFlight.get(serial) ?? 1) - 1);
      const v = serveVerdict(w.served + others, w.stored.oldest_served_at, o.limit, w.t);
      if (!v.ok) {
        take(serial, -1);
        return v;
      }
      let held = true;
      return {
        ok: true,
        repeat: v.repeat,
        release() {
          if (!held) return;
          held = false;
          take(serial, -1);
        },
      };
    },
    async mayRecord(serial, read) {
      return (await window(serial, read)).other < o.limit.profiles;
    },
  };
}
