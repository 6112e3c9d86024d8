/**
 * OTA profile-service sessions (migrations/008_ota.sql). The phase-1 Challenge is stored as its SHA-256 only; single use
 * and expiry are decided inside one conditional UPDATE … RETURNING, so they hold across processes sharing the database.
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

interface Row {
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

export interface OtaStore {
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
}

export const hashChallenge = (challenge: string) => createHash('sha256').update(challenge, 'utf8').digest('hex');

function session(r: Row): OtaSession {
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

export function createOtaStore(db: DB): OtaStore {
  const insert = db.prepare(`INSERT INTO ota_sessions (id, challenge_hash, phase, user_issuer, user_subject, user_email, user_name, user_groups,
    created_at, expires_at) VALUES (@id, @hash, 1, @issuer, @subject, @email, @name, @groups, @now, @expires) RETURNING *`);
  const consume = db.prepare(`UPDATE ota_sessions SET phase = 2, serial_number = @serial, udid = @udid, product = @product,
    build_version = @build, phase2_at = @now, expires_at = @expires
    WHERE challenge_hash = @hash AND phase = 1 AND expires_at > @now RETURNING *`);
  const byHash = db.prepare('SELECT phase, expires_at FROM ota_sessions WHERE challenge_hash = ?');
  const complete = db.prepare(`UPDATE ota_sessions SET phase = 3, phase3_at = @now
    WHERE id = @id AND phase = 2 AND serial_number = @serial AND udid = @udid AND expires_at > @now RETURNING *`);
  const byId = db.prepare('SELECT * FROM ota_sessions WHERE id = ?');
  const revert = db.prepare('UPDATE ota_sessions SET phase = @to WHERE id = @id AND phase = @to + 1');
  return {
    create({ challenge, user, ttlSeconds, now = new Date() }) {
      const row = insert.get({
        id: randomUUID().toUpperCase(),
        hash: hashChallenge(challenge),
        issuer: user.issuer,
        subject: user.subject,
        email: user.email ?? null,
        name: user.name ?? null,
        groups: JSON.stringify(user.groups),
        now: now.toISOString(),
        expires: later(now, ttlSeconds),
      }) as Row;
      return session(row);
    },
    consume(o) {
      const now = o.now ?? new Date();
      const hash = hashChallenge(o.challenge);
      const row = consume.get({
        hash,
        serial: o.serial,
        udid: o.udid,
        product: o.product ?? null,
        build: o.build ?? null,
        now: now.toISOString(),
        expires: later(now, o.ttlSeconds),
      }) as Row | undefined;
      if (row) return { ok: true, session: session(row) };
      const seen = byHash.get(hash) as Pick<Row, 'phase' | 'expires_at'> | undefined;
      return { ok: false, reason: !seen ? 'unknown' : seen.phase !== 1 ? 'consumed' : 'expired' };
    },
    complete(o) {
      const now = (o.now ?? new Date()).toISOString();
      const row = complete.get({ id: o.id, serial: o.serial, udid: o.udid, now }) as Row | undefined;
      if (row) return { ok: true, session: session(row) };
      const seen = byId.get(o.id) as Row | undefined;
      if (!seen) return { ok: false, reason: 'unknown' };
      if (seen.phase === 3) return { ok: false, reason: 'done' };
      if (seen.phase === 1) return { ok: false, reason: 'wrong_phase' };
      if (seen.serial_number !== o.serial || seen.udid !== o.udid) return { ok: false, reason: 'mismatch' };
      return { ok: false, reason: 'expired' };
    },
    revert(id, to) {
      revert.run({ id, to });
    },
    get(id) {
      const row = byId.get(id) as Row | undefined;
      return row && session(row);
    },
  };
}

/** Delete sessions that expired before `before` (the daemon's hourly prune), in batches; returns how many. */
export function pruneOtaSessions(db: DB, before: string, batch = 500): number {
  const stmt = db.prepare('DELETE FROM ota_sessions WHERE id IN (SELECT id FROM ota_sessions WHERE expires_at < ? ORDER BY expires_at LIMIT ?)');
  let total = 0;
  for (;;) {
    const n = stmt.run(before, batch).changes;
    total += n;
    if (n < batch) return total;
  }
}
