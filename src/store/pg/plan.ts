// `adesync profile plan`'s reads on PostgreSQL (store/plan.ts says what they are): the same rows in the same order as
// SQLite's. Devices come in id order (migrate --to keeps ids), text sorts COLLATE "C" as SQLite compares bytes, and
// COUNT comes back as a number (bigint is parsed in connect.ts).
import type { CurrentDefinition, PlanCandidate, PlanReads } from '../plan.ts';
import type { PgPool } from './connect.ts';

/** Devices a page while a plan reads them. */
const PLAN_PAGE = 20_000;

export function pgPlanReads(pool: PgPool): PlanReads {
  return {
    async currentDefinitions(token) {
      const rows = await pool.query<{ name: string } & CurrentDefinition>(
        'SELECT name, profile_uuid, content_hash FROM profiles WHERE token = $1 AND superseded_at IS NULL',
        [token],
      );
      return new Map(rows.map(({ name, ...d }) => [name, d]));
    },
    async candidates(o, each) {
      const args: string[] = [];
      const filters: [string, number][] = [];
      if (o.serial !== undefined) filters.push(['serial_number', args.push(o.serial)]);
      if (o.token !== undefined) filters.push(['token', args.push(o.token)]);
      const where = (alias: string) => filters.map(([col, n]) => `AND ${alias}${col} = $${n}`).join(' ');
      const [from, to] = [args.length + 1, args.length + 2];
      // pages of ids inside one REPEATABLE READ transaction: one snapshot, as one statement would give, without holding a
      // million rows in memory at once (1M devices: 6.6 s and +87 MB of heap, against 5.2-5.7 s and +275 MB in one)
      await pool.transaction(async (c) => {
        await c.exec('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
        for (let after = 0; ; ) {
          // the page's last id first (the primary key alone), then its rows as one range of it: a join on a page of ids
          // measured three times as slow
          const [end] = await c.query<{ id: number }>(
            `SELECT id FROM device_rows WHERE deleted_at IS NULL AND id > $${from} ${where('')} ORDER BY id OFFSET ${PLAN_PAGE - 1} LIMIT 1`,
            [...args, after],
          );
          const page = await c.query<PlanCandidate & { id: number }>(
            `SELECT d.id, d.token, d.serial_number, d.device_family, d.os, d.model, d.profile_status, d.profile_uuid, a.state AS current_state
             FROM devices d LEFT JOIN assignments a ON a.device_id = d.id
             WHERE d.deleted_at IS NULL AND d.id > $${from} AND d.id <= $${to} ${where('d.')} ORDER BY d.id`,
            [...args, after, end?.id ?? Number.MAX_SAFE_INTEGER],
          );
          for (const { id, ...r } of page) each(r);
          if (!end) return;
          after = end.id;
        }
      });
    },
    waiting: () =>
      pool.query<{ token: string; state: string; devices: number }>(
        `SELECT token, state, COUNT(*) AS devices FROM assignments WHERE state IN ('failed','throttled','not_accessible')
         GROUP BY token, state ORDER BY token COLLATE "C", state COLLATE "C"`,
      ),
  };
}
