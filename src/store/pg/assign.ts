// The assigner's storage on PostgreSQL (store/assign.ts says what it must do): the same statements as SQLite's in
// PostgreSQL's dialect; an answer's rows are written with one statement per kind of result, inside one fenced transaction.
import type { AssignStore } from '../assign.ts';
import type { AssignmentRow } from '../assignments.ts';
import type { PolicyDeviceRow } from '../devices.ts';
import type { AnsweredRow, BatchEntry } from '../../assign/answer.ts';
import type { PgClient, PgPool } from './connect.ts';
import { fencePg } from './leases.ts';
import { putAssignmentsPg } from './sync.ts';
import type { EventCollector } from '../../events/outbox.ts';
import { triggerWritePg, writeEventsPg } from './outbox.ts';

async function setResults(c: PgClient, rows: AnsweredRow[], at: string): Promise<void> {
  if (!rows.length) return;
  await c.query(
    `UPDATE assignments a SET state = r.state, attempts = r.attempts, last_attempt_at = $1, last_result = r.result, not_before = r.not_before,
       reason = COALESCE(r.reason, a.reason), updated_at = $1
     FROM unnest($2::bigint[], $3::text[], $4::bigint[], $5::text[], $6::text[], $7::text[]) AS r(id, state, attempts, result, not_before, reason)
     WHERE a.device_id = r.id`,
    [
      at,
      rows.map((r) => r.id),
      rows.map((r) => r.state),
      rows.map((r) => r.attempts),
      rows.map((r) => r.result),
      rows.map((r) => r.not_before),
      rows.map((r) => r.reason),
    ],
  );
}

/** `outbox`: the profile.* events of each answer, written in its transaction. */
export function createPgAssignStore(pool: PgPool, batchSize: number, outbox?: EventCollector): AssignStore {
  return {
    async currentUuids(token) {
      const rows = await pool.query<{ name: string; profile_uuid: string | null }>(
        'SELECT name, profile_uuid FROM profiles WHERE token = $1 AND superseded_at IS NULL',
        [token],
      );
      return new Map(rows.map((r) => [r.name, r.profile_uuid]));
    },
    async findDefinition(token, name, hash) {
      const [r] = await pool.query<{ profile_uuid: string | null; superseded_at: string | null }>(
        'SELECT profile_uuid, superseded_at FROM profiles WHERE token = $1 AND name = $2 AND content_hash = $3',
        [token, name, hash],
      );
      return r;
    },
    recordDefinition: (o, lease) =>
      pool.transaction(async (c) => {
        if (lease) await fencePg(c, lease);
        await c.query('UPDATE profiles SET superseded_at = $1 WHERE token = $2 AND name = $3 AND superseded_at IS NULL', [o.at, o.token, o.name]);
        await c.query(
          `INSERT INTO profiles (token, name, content_hash, profile_uuid, definition, defined_at) VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (token, name, content_hash) DO UPDATE SET profile_uuid = excluded.profile_uuid, defined_at = excluded.defined_at, superseded_at = NULL`,
          [o.token, o.name, o.hash, o.uuid, JSON.stringify(o.definition), o.at],
        );
      }),
    async forgetProfile(token, uuid) {
      await pool.query('UPDATE profiles SET superseded_at = $1 WHERE token = $2 AND profile_uuid = $3', [new Date().toISOString(), token, uuid]);
    },
    async policyFingerprint(token) {
      const [r] = await pool.query<{ policy_fingerprint: string | null }>('SELECT policy_fingerprint FROM tokens WHERE name = $1', [token]);
      return r?.policy_fingerprint;
    },
    async setPolicyFingerprint(token, fp) {
      await pool.query('UPDATE tokens SET policy_fingerprint = $1 WHERE name = $2', [fp, token]);
    },
    async devicesAfter(token, after, limit) {
      const rows = await pool.query<PolicyDeviceRow & Record<string, unknown>>(
        `SELECT d.id, d.serial_number, d.device_family, d.os, d.model, d.profile_status, d.profile_uuid, d.deleted_at, to_jsonb(a) AS assignment
         FROM devices d LEFT JOIN assignments a ON a.device_id = d.id WHERE d.token = $1 AND d.id > $2 ORDER BY d.id LIMIT $3`,
        [token, after, limit],
      );
      return rows.map((r) => ({ ...r, assignment: (r.assignment as AssignmentRow | null) ?? undefined }));
    },
    putAssignments: (rows, lease) =>
      pool.transaction(async (c) => {
        if (lease) await fencePg(c, lease);
        await putAssignmentsPg(c, rows);
      }),
    fillPendingUuids: (token, lease) =>
      pool.transaction(async (c) => {
        if (lease) await fencePg(c, lease);
        await c.query(
          `UPDATE assignments a SET profile_uuid = p.profile_uuid FROM profiles p
           WHERE p.token = $1 AND p.superseded_at IS NULL AND p.profile_uuid IS NOT NULL
             AND a.token = $1 AND a.profile_name = p.name AND a.state = 'pending' AND a.profile_uuid IS NULL`,
          [token],
        );
      }),
    async dueUuids(token, state) {
      const rows = await pool.query<{ profile_uuid: string }>(
        'SELECT DISTINCT profile_uuid FROM assignments WHERE token = $1 AND state = $2 AND profile_uuid IS NOT NULL',
        [token, state],
      );
      return rows.map((r) => r.profile_uuid);
    },
    due: (token, state, uuid, after, now) =>
      pool.query<BatchEntry>(
        `SELECT device_id AS id, serial_number, attempts FROM assignments
         WHERE token = $1 AND state = $2 AND profile_uuid = $3 AND device_id > $4 AND (not_before IS NULL OR not_before <= $5)
         ORDER BY device_id LIMIT $6`,
        [token, state, uuid, after, now, batchSize],
      ),
    async recordAnswer(a, lease) {
      const written = await pool.transaction(async (c) => {
        if (lease) await fencePg(c, lease);
        const { others, assigned } = a.outcome;
        await setResults(c, others, a.at);
        if (others.length)
          await c.query(
            `INSERT INTO device_events (device_id, token, serial_number, at, kind, after_json)
             SELECT id, $1, serial, $2, 'assignment', after FROM unnest($3::bigint[], $4::text[], $5::text[]) AS e(id, serial, after)`,
            [
              a.token,
              a.at,
              others.map((r) => r.id),
              others.map((r) => r.serial_number),
              others.map((r) => JSON.stringify({ profile_uuid: a.uuid, result: r.result, attempts: r.attempts })),
            ],
          );
        if (assigned.length) {
          await c.query(
            `UPDATE assignments SET state = 'assigned', attempts = 0, last_attempt_at = $1, last_result = 'SUCCESS', not_before = NULL,
               reason = 'assigned by adesync', updated_at = $1 WHERE device_id = ANY($2::bigint[])`,
            [a.at, assigned],
          );
          await c.query(`UPDATE device_rows SET profile_uuid = $1, profile_status = 'assigned' WHERE id = ANY($2::bigint[])`, [a.uuid, assigned]);
        }
        return outbox ? writeEventsPg(c, outbox.assignments(a.token, a.uuid, a.batch, a.answer, a.at), outbox.endpointsFor, a.at) : 0;
      });
      if (written) outbox?.written();
    },
    deferBatch: (rows, at, lease) =>
      pool.transaction(async (c) => {
        if (lease) await fencePg(c, lease);
        await setResults(c, rows, at);
      }),
    async setTokenStatus(token, status, detail, at) {
      const iso = at.toISOString();
      await triggerWritePg(pool, 'UPDATE tokens SET status = $2, status_detail = $3, status_at = $4, updated_at = $4 WHERE name = $1', [
        token,
        status,
        detail,
        iso,
      ]);
    },
  };
}
