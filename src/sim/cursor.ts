// A.7.2 cursors: base64url (no padding) of a colon tuple, like Apple's `100:0:1746306115059:1746306482536:true:1746306115059`.
// Ours: `<pos>:<kind>:<startSeq>:<createdMs>:<done>:<serverId>`
//   pos       fetch: offset in the server's membership list; sync: offset in its event log
//   kind      0 = fetch, 1 = sync
//   startSeq  fetch: event-log length when the fetch STARTED (a sync from this cursor resumes there); sync: = pos
//   createdMs sim-clock ms when the cursor was issued (EXPIRED_CURSOR after 7 days)
//   done      fetch: true on the final page (fetching again → EXHAUSTED_CURSOR)
//   serverId  the issuing server's uuid prefix, so a cursor from another server is INVALID_CURSOR

export interface Cursor {
  pos: number;
  kind: 0 | 1;
  startSeq: number;
  createdMs: number;
  done: boolean;
  serverId: string;
}

export function encodeCursor(c: Cursor): string {
  return Buffer.from(`${c.pos}:${c.kind}:${c.startSeq}:${c.createdMs}:${c.done}:${c.serverId}`).toString('base64url');
}

/** undefined for anything we did not issue in this shape (→ INVALID_CURSOR). */
export function decodeCursor(s: unknown): Cursor | undefined {
  if (typeof s !== 'string' || s.length === 0 || s.length > 1000 || !/^[A-Za-z0-9_-]+$/.test(s)) return undefined;
  const parts = Buffer.from(s, 'base64url').toString('latin1').split(':');
  if (parts.length !== 6) return undefined;
  const [pos, kind, startSeq, createdMs] = parts.slice(0, 4).map((x) => (/^\d{1,15}$/.test(x) ? Number(x) : NaN));
  if (![pos, startSeq, createdMs].every(Number.isFinite) || (kind !== 0 && kind !== 1)) return undefined;
  if (parts[4] !== 'true' && parts[4] !== 'false') return undefined;
  if (!/^[0-9A-F]{8}$/.test(parts[5])) return undefined;
  return { pos, kind, startSeq, createdMs, done: parts[4] === 'true', serverId: parts[5] };
}

export const CURSOR_MAX_AGE_MS = 7 * 24 * 3600 * 1000;
