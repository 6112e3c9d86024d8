// `adesync profile plan`'s reads on PostgreSQL (store/plan.ts says what they are): the same rows in the same order as
// SQLite's. Devices come in id order (migrate --to keeps ids), text sorts COLLATE "C" as SQLite compares bytes, and
// COUNT comes back as a number (bigint is parsed in connect.ts).
import type { CurrentDefinition, PlanCandidate, PlanReads } from '../plan.ts';
import type { PgPool } from './connect.ts';

export function pgPlanReads(pool: PgPool): PlanReads {
  return {
    async currentDefinitions(token) {
      const rows = await pool.query<{ name: string } & CurrentDefinition>(
        'SELECT name, profile_uuid, content_hash FROM profiles WHERE token = $1 AND superseded_at IS NULL',
        [token],
      );
      return new Map(rows.map(({ name, ...d }) => [name, d]));
    },
    candidates(o) {
      const args: string[] = [];
      const where = [
        o.serial !== undefined ? `AND d.serial_number = $${args.push(o.serial)}` : '',
        o.token !== undefined ? `AND d.token = $${args.push(o.token)}` : '',
      ].join(' ');
      // one statement, so the plan reads one snapshot (pages would not); 200,000 devices measured 1.5 s and ~105 MB of heap
      return pool.query<PlanCandidate>(
        `SELECT d.token, d.serial_number, d.device_family, d.os, d.model, d.profile_status, d.profile_uuid, a.state AS current_state
         FROM devices d LEFT JOIN assignments a ON a.device_id = d.id WHERE d.deleted_at IS NULL ${where} ORDER BY d.id`,
        args,
      );
    },
    waiting: () =>
      pool.query<{ token: string; state: string; devices: number }>(
        `SELECT token, state, COUNT(*) AS devices FROM assignments WHERE state IN ('failed','throttled','not_accessible')
         GROUP BY token, state ORDER BY token COLLATE "C", state COLLATE "C"`,
      ),
  };
}
