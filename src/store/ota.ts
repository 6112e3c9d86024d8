/**
 * OTA profile-service sessions (migrations/008_ota.sql): the SQLite engine here, PostgreSQL's in pg/ota.ts. The phase-1
 * Challenge is stored as its SHA-256 only; single use and expiry are decided inside one conditional UPDATE … RETURNING,
 * so they hold across processes and nodes sharing the database.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { AuthUser } from '../auth/types.ts';
import type { DB } from './db.ts';

interface OtaSession {
  id: string;
  phase: 1 | 2 | 3;
  user: AuthUser;
  created_at: string;
  expires_at: string;
  serial_number?: string;
  udid?: string;
  product?: string;
  build_version?: string;
}

export interface OtaRow {
  id: string;
  phase: 1 | 2 | 3;
  user_issuer: string;
  user_subject: string;
  user_email: string | null;
  user_name: string | null;
  user_groups: string;
  created_at: string;
  expires_at: string;
  serial_number: string | null;
  udid: string | null;
  product: string | null;
  build_version: string | null;
}

export type ConsumeRefusal = 'unknown' | 'consumed' | 'expired';
export type Phase3Refusal = 'unknown' | 'mismatch' | 'wrong_phase' | 'done' | 'expired';

/**
 * OTA sessions and their challenges. Each move (consume, complete, revert) is one conditional UPDATE … RETURNING, so two
 * requests, or two nodes, racing for one challenge cannot both win. This is the SQLite engine's shape (synchronous);
 * OtaStore below is the engine-neutral one.
 */
interface OtaSessions {
  /** A phase-1 session for `user` under `challenge` (stored hashed), valid for ttlSeconds. */
  create(o: { challenge: string; user: AuthUser; ttlSeconds: number; now?: Date }): OtaSession;
  /** Phase 2: consume the challenge once, bind the session to the device and open the phase-3 window. */
  consume(o: {
    challenge: string;
    serial: string;
    udid: string;
    product?: string;
    build?: string;
    ttlSeconds: number;
    now?: Date;
  }): { ok: true; session: OtaSession } | { ok: false; reason: ConsumeRefusal };
  /** Phase 3: move a phase-2 session of this device to phase 3, once. */
  complete(o: { id: string; serial: string; udid: string; now?: Date }): { ok: true; session: OtaSession } | { ok: false; reason: Phase3Refusal };
  /** Undo consume() (to 1) or complete() (to 2) when the answer could not be served: the device may try again. */
  revert(id: string, to: 1 | 2): void;
  get(id: string): OtaSession | undefined;
  /** Delete sessions that expired before `before` (the daemon's hourly prune), `batch` rows a statement; how many. */
  prune(before: string, batch?: number): number;
}

/** OTA sessions, engine-neutral: SQLite (sqliteOtaStore) or PostgreSQL (pg/ota.ts), each call awaited. */
export type OtaStore = { [K in keyof OtaSessions]: (...a: Parameters<OtaSessions[K]>) => Promise<ReturnType<OtaSessions[K]>> };

export const hashChallenge = (challenge: string) => createHash('sha256').update(challenge, 'utf8').digest('hex');

/** A row as the session it is (both engines). */
export function otaSession(r: OtaRow): OtaSession {
  const user: AuthUser = { issuer: r.user_issuer, subject: r.user_subject, groups: JSON.parse(r.user_groups) as string[] };
  if (r.user_email !== null) user.email = r.user_email;
  if (r.user_name !== null) user.name = r.user_name;
  return {
    id: r.id,
    phase: r.phase,
    user,
    created_at: r.created_at,
    expires_at: r.expires_at,
    serial_number: r.serial_number ?? undefined,
    udid: r.udid ?? undefined,
    product: r.product ?? undefined,
    build_version: r.build_version ?? undefined,
  };
}

const later = (now: Date, seconds: number) => new Date(now.getTime() + seconds * 1000).toISOString();

/** What a new session's row holds, as named parameters (both engines). */
export function newSessionRow(o: Parameters<OtaSessions['create']>[0]) {
  const now = o.now ?? new Date();
  return {
    id: randomUUID().toUpperCase(),
    hash: hashChallenge(o.challenge),
    issuer: o.user.issuer,
    subject: o.user.subject,
    email: o.user.email ?? null,
    name: o.user.name ?? null,
    groups: JSON.stringify(o.user.groups),
    now: now.toISOString(),
    expires: later(now, o.ttlSeconds),
  };
}

/** What consume() sets, as named parameters (both engines). */
export function consumeParams(o: Parameters<OtaSessions['consume']>[0]) {
  const now = o.now ?? new Date();
  return {
    hash: hashChallenge(o.challenge),
    serial: o.serial,
    udid: o.udid,
    product: o.product ?? null,
    build: o.build ?? null,
    now: now.toISOString(),
    expires: later(now, o.ttlSeconds),
  };
}

/** Why a challenge was not consumed, from its row as it is now (none: never issued). */
export const consumeRefusal = (seen: Pick<OtaRow, 'phase'> | undefined): ConsumeRefusal => (!seen ? 'unknown' : seen.phase !== 1 ? 'consumed' : 'expired');

/** Why a session did not move to phase 3, from its row as it is now. */
export function phase3Refusal(seen: OtaRow | undefined, o: { serial: string; udid: string }): Phase3Refusal {
  if (!seen) return 'unknown';
  if (seen.phase === 3) return 'done';
  if (seen.phase === 1) return 'wrong_phase';
  if (seen.serial_number !== o.serial || seen.udid !== o.udid) return 'mismatch';
  return 'expired';
}

/** The SQLite statements, synchronous: what sqliteOtaStore runs inside (and bench/ota.ts plants sessions with). */
export function createOtaStore(db: DB): OtaSessions {
  const insert = db.prepare(`INSERT INTO ota_sessions (id, challenge_hash, phase, user_issuer, user_subject, user_email, user_name, user_groups,
    created_at, expires_at) VALUES (@id, @hash, 1, @issuer, @subject, @email, @name, @groups, @now, @expires) RETURNING *`);
  const consume = db.prepare(`UPDATE ota_sessions SET phase = 2, serial_number = @serial, udid = @udid, product = @product,
    build_version = @build, phase2_at = @now, expires_at = @expires
    WHERE challenge_hash = @hash AND phase = 1 AND expires_at > @now RETURNING *`);
  const byHash = db.prepare('SELECT phase FROM ota_sessions WHERE challenge_hash = ?');
  const complete = db.prepare(`UPDATE ota_sessions SET phase = 3, phase3_at = @now
    WHERE id = @id AND phase = 2 AND serial_number = @serial AND udid = @udid AND expires_at > @now RETURNING *`);
  const byId = db.prepare('SELECT * FROM ota_sessions WHERE id = ?');
  const revert = db.prepare('UPDATE ota_sessions SET phase = @to WHERE id = @id AND phase = @to + 1');
  const prune = db.prepare('DELETE FROM ota_sessions WHERE id IN (SELECT id FROM ota_sessions WHERE expires_at < ? ORDER BY expires_at LIMIT ?)');
  return {
    create: (o) => otaSession(insert.get(newSessionRow(o)) as OtaRow),
    consume(o) {
      const p = consumeParams(o);
      const row = consume.get(p) as OtaRow | undefined;
      if (row) return { ok: true, session: otaSession(row) };
      return { ok: false, reason: consumeRefusal(byHash.get(p.hash) as Pick<OtaRow, 'phase'> | undefined) };
    },
    complete(o) {
      const now = (o.now ?? new Date()).toISOString();
      const row = complete.get({ id: o.id, serial: o.serial, udid: o.udid, now }) as OtaRow | undefined;
      if (row) return { ok: true, session: otaSession(row) };
      return { ok: false, reason: phase3Refusal(byId.get(o.id) as OtaRow | undefined, o) };
    },
    revert(id, to) {
      revert.run({ id, to });
    },
    get(id) {
      const row = byId.get(id) as OtaRow | undefined;
      return row && otaSession(row);
    },
    prune(before, batch = 500) {
      let total = 0;
      for (;;) {
        const n = prune.run(before, batch).changes;
        total += n;
        if (n < batch) return total;
      }
    },
  };
}

/** The SQLite engine of OtaStore. */
export function sqliteOtaStore(db: DB): OtaStore {
  const s = createOtaStore(db);
  return {
    create: async (o) => s.create(o),
    consume: async (o) => s.consume(o),
    complete: async (o) => s.complete(o),
    revert: async (id, to) => s.revert(id, to),
    get: async (id) => s.get(id),
    prune: async (before, batch) => s.prune(before, batch),
  };
}
