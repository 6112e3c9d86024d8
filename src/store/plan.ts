// What `adesync profile plan` reads, engine-neutral: SQLite answers from its file (here), PostgreSQL from the pool
// (store/pg/plan.ts), the same rows in the same order, so the plan prints the same bytes on both.
import type { DB } from './db.ts';

export interface PlanCandidate {
  token: string;
  serial_number: string;
  device_family: string | null;
  os: string | null;
  model: string | null;
  profile_status: string;
  profile_uuid: string | null;
  current_state: string | null;
}

/** A profile's current definition at Apple (profile_uuid null: not defined there yet). */
export interface CurrentDefinition {
  profile_uuid: string | null;
  content_hash: string;
}

export interface PlanReads {
  /** Each profile's current definition for a token, by name. */
  currentDefinitions(token: string): Promise<Map<string, CurrentDefinition>>;
  /**
   * Every device present at Apple with its assignment state, optionally one serial or one token, in id order (the
   * order the assigner reaches a token's devices): `--limit` lists the same first devices on either engine. Each is handed
   * to `each` as it is read, one consistent snapshot, never the whole fleet held at once.
   */
  candidates(o: { serial?: string; token?: string }, each: (r: PlanCandidate) => void): Promise<void>;
  /** Devices waiting on Apple (failed, throttled, not accessible), per token and state, by token then state. */
  waiting(): Promise<{ token: string; state: string; devices: number }[]>;
}

export function sqlitePlanReads(db: DB): PlanReads {
  return {
    async currentDefinitions(token) {
      const rows = db.prepare('SELECT name, profile_uuid, content_hash FROM profiles WHERE token = ? AND superseded_at IS NULL').all(token) as ({
        name: string;
      } & CurrentDefinition)[];
      return new Map(rows.map(({ name, ...d }) => [name, d]));
    },
    async candidates(o, each) {
      const stmt = db.prepare(`SELECT d.token, d.serial_number, d.device_family, d.os, d.model, d.profile_status, d.profile_uuid, a.state AS current_state
        FROM devices d LEFT JOIN assignments a ON a.device_id = d.id WHERE d.deleted_at IS NULL
        ${o.serial !== undefined ? 'AND d.serial_number = @serial' : ''} ${o.token !== undefined ? 'AND d.token = @token' : ''} ORDER BY d.id`);
      // iterated, not loaded: a fleet of 200,000 devices passes through JavaScript without being held
      const rows = stmt.iterate({ ...(o.serial !== undefined && { serial: o.serial }), ...(o.token !== undefined && { token: o.token }) });
      for (const r of rows as Iterable<PlanCandidate>) each(r);
    },
    async waiting() {
      return db
        .prepare(
          `SELECT token, state, COUNT(*) AS devices FROM assignments WHERE state IN ('failed','throttled','not_accessible') GROUP BY token, state ORDER BY token, state`,
        )
        .all() as { token: string; state: string; devices: number }[];
    },
  };
}
