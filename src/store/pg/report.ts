// `adesync status` on PostgreSQL: the same facts as SQLite's statusReport reads (store/report.ts), in a handful of
// queries whatever the account's size (token_counts is kept by triggers), assembled by the same pure function.
import type { Config } from '../../config/schema.ts';
import type { LeaseRow } from '../leases.ts';
import { assembleStatus, statusTokenNames, type StatusFacts, type StatusReport, type TokenFacts } from '../report.ts';
import type { TokenRow } from '../tokens.ts';
import { hourOf } from '../enrollments.ts';
import type { PgPool } from './connect.ts';
import { webhookSummaryPg } from './outbox.ts';

const byToken = <T extends { token: string }>(rows: T[]) => new Map(rows.map((r) => [r.token, r]));

export async function statusReportPg(pool: PgPool, config: Config | null, now = new Date()): Promise<StatusReport> {
  const since = new Date(now.getTime() - 86_400_000).toISOString();
  const [rows, runs, oks, cursors, counts, leases, daemons, enrollments, refused, webhooks] = await Promise.all([
    pool.query<TokenRow>('SELECT * FROM tokens'),
    pool.query<TokenFacts['run'] & { token: string }>(`SELECT DISTINCT ON (token) * FROM sync_runs WHERE kind IN ('fetch', 'sync') ORDER BY token, id DESC`),
    pool.query<{ token: string; finished_at: string }>(
      `SELECT DISTINCT ON (token) token, finished_at FROM sync_runs WHERE kind IN ('fetch', 'sync') AND result = 'ok' ORDER BY token, id DESC`,
    ),
    pool.query<{ token: string; phase: string; issued_at: string | null }>('SELECT token, phase, issued_at FROM cursors'),
    pool.query<{ token: string; kind: string; value: string; n: number }>('SELECT token, kind, value, n::int AS n FROM token_counts WHERE n > 0'),
    pool.query<LeaseRow>('SELECT * FROM sync_leases'),
    pool.query<{ pid: number; host: string; heartbeat_at: string }>('SELECT pid, host, heartbeat_at FROM daemons WHERE expires_at > $1', [now.getTime()]),
    pool.query<{ d: string; n: number }>(
      `SELECT decision AS d, COUNT(*)::int AS n FROM enrollments WHERE at >= $1 AND decision <> 'refused' GROUP BY decision`,
      [since],
    ),
    pool.query<{ n: number | null }>('SELECT SUM(count)::int AS n FROM enrollment_refusals WHERE hour >= $1', [hourOf(since)]),
    webhookSummaryPg(pool),
  ]);
  const row = new Map(rows.map((r) => [r.name, r]));
  const [run, ok, cursor, lease] = [byToken(runs), byToken(oks), byToken(cursors), byToken(leases)];
  const tokens = new Map<string, TokenFacts>();
  for (const name of statusTokenNames(config, rows.map((r) => r.name).sort()))
    tokens.set(name, {
      row: row.get(name),
      run: run.get(name),
      lastOkAt: ok.get(name)?.finished_at ?? null,
      cursor: cursor.get(name),
      counts: counts.filter((c) => c.token === name),
      lease: lease.get(name),
    });
  const facts: StatusFacts = {
    tokens,
    daemons,
    enrollments: Object.fromEntries(enrollments.map((r) => [r.d, r.n])),
    refused: refused[0]?.n ?? 0,
    webhooks,
  };
  return assembleStatus(facts, config, now);
}
