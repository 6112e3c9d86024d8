// OTA sessions on PostgreSQL: store/ota.ts's statements in this dialect. Consume, complete and revert are each one
// conditional UPDATE … RETURNING: a second node updating the same row waits for the first, re-reads it and no longer
// matches, so one challenge is spent once across every node.
import { consumeParams, consumeRefusal, newSessionRow, otaSession, phase3Refusal, type OtaRow, type OtaStore } from '../ota.ts';
import type { PgPool } from './connect.ts';

export function createPgOtaStore(pool: PgPool): OtaStore {
  const byId = async (id: string) => (await pool.query<OtaRow>('SELECT * FROM ota_sessions WHERE id = $1', [id]))[0];
  return {
    async create(o) {
      const r = newSessionRow(o);
      const [row] = await pool.query<OtaRow>(
        `INSERT INTO ota_sessions (id, challenge_hash, phase, user_issuer, user_subject, user_email, user_name, user_groups, created_at, expires_at)
         VALUES ($1, $2, 1, $3, $4, $5, $6, $7, $8, $9) RETURNING *`,
        [r.id, r.hash, r.issuer, r.subject, r.email, r.name, r.groups, r.now, r.expires],
      );
      return otaSession(row);
    },
    async consume(o) {
      const p = consumeParams(o);
      const [row] = await pool.query<OtaRow>(
        `UPDATE ota_sessions SET phase = 2, serial_number = $2, udid = $3, product = $4, build_version = $5, phase2_at = $6, expires_at = $7
         WHERE challenge_hash = $1 AND phase = 1 AND expires_at > $6 RETURNING *`,
        [p.hash, p.serial, p.udid, p.product, p.build, p.now, p.expires],
      );
      if (row) return { ok: true, session: otaSession(row) };
      const [seen] = await pool.query<Pick<OtaRow, 'phase'>>('SELECT phase FROM ota_sessions WHERE challenge_hash = $1', [p.hash]);
      return { ok: false, reason: consumeRefusal(seen) };
    },
    async complete(o) {
      const now = (o.now ?? new Date()).toISOString();
      const [row] = await pool.query<OtaRow>(
        `UPDATE ota_sessions SET phase = 3, phase3_at = $4
         WHERE id = $1 AND phase = 2 AND serial_number = $2 AND udid = $3 AND expires_at > $4 RETURNING *`,
        [o.id, o.serial, o.udid, now],
      );
      if (row) return { ok: true, session: otaSession(row) };
      return { ok: false, reason: phase3Refusal(await byId(o.id), o) };
    },
    async revert(id, to) {
      await pool.query('UPDATE ota_sessions SET phase = $2 WHERE id = $1 AND phase = $2 + 1', [id, to]);
    },
    async get(id) {
      const row = await byId(id);
      return row && otaSession(row);
    },
    async prune(before, batch = 500) {
      let total = 0;
      for (;;) {
        const [{ n }] = await pool.query<{ n: number }>(
          `WITH d AS (DELETE FROM ota_sessions WHERE id IN (SELECT id FROM ota_sessions WHERE expires_at < $1 ORDER BY expires_at LIMIT $2) RETURNING 1)
           SELECT count(*)::int AS n FROM d`,
          [before, batch],
        );
        total += n;
        if (n < batch) return total;
      }
    },
  };
}
