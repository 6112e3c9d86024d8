import type { Command } from 'commander';
import { configFrom, openDb, printJson, ExitError } from './common.ts';
import { statusReport, type StatusReport } from '../store/report.ts';
import { daemonReadiness, formatDaemonReadiness } from './adminapi.ts';
import { openPostgresReader } from '../store/index.ts';
import { statusReportPg } from '../store/pg/report.ts';

export function register(program: Command): void {
  program
    .command('status')
    .description('how every token stands: Apple server, token expiry, last sync, cursor, devices, assignments, enrollments (exit 3 if an admin is needed)')
    .option('--json', 'machine-readable output (stable; see README "status --json")')
    .action(async (opts: { json?: boolean }, cmd: Command) => {
      const { config } = configFrom(cmd);
      let r: StatusReport;
      if (config.store) {
        const pool = await openPostgresReader(config.store);
        try {
          r = await statusReportPg(pool, config);
        } finally {
          await pool.end();
        }
      } else {
        const db = openDb(config, true);
        r = statusReport(db, config);
        db.close();
      }
      // the running daemon's own verdict (disk, database writes, workers): a daemon that is not ready needs an admin
      const daemon = await daemonReadiness(config);
      if (opts.json) printJson({ ...r, daemon });
      else process.stdout.write(formatStatus(r) + formatDaemonReadiness(daemon) + '\n');
      if (!r.ok || daemon.state === 'not_ready') throw new ExitError('', 3);
    });
}

/** Webhook endpoints: deliveries waiting, and dead letters with what to do (adesync events). */
function formatWebhooks(r: StatusReport): string {
  return (
    r.webhooks
      .map((w) => `webhook ${w.endpoint}: ${w.pending} pending${w.oldest_pending_at ? ` (oldest ${w.oldest_pending_at})` : ''}, ${w.dead} dead-lettered\n`)
      .join('') +
    r.problems
      .filter((p) => p.startsWith('webhook '))
      .map((p) => `  ! ${p}\n`)
      .join('')
  );
}

const plural = (n: number, one: string, many = one + 's') => `${n} ${n === 1 ? one : many}`;

/** The token line: what Apple last said (unknown until it was asked), and the expiry. */
function tokenLine(t: StatusReport['tokens'][number]): string {
  const status = t.status ?? 'unknown (Apple not asked yet)';
  const exp = t.token_expiry
    ? t.days_left !== null && t.days_left < 0
      ? `, expired on ${t.token_expiry.slice(0, 10)}`
      : `, expires ${t.token_expiry.slice(0, 10)} (${t.days_left} days)`
    : '';
  return `${status}${exp}${t.terms_signed === false ? ', TERMS NOT ACCEPTED' : ''}`;
}

/** The last run: what that one run received from Apple (records, not devices held: see the devices line). */
function lastSyncLine(ls: StatusReport['tokens'][number]['last_sync']): string {
  if (!ls) return 'never';
  const took = ls.duration_ms !== null ? ` in ${(ls.duration_ms / 1000).toFixed(1)}s` : '';
  const what = `${plural(ls.pages, 'page')} with ${plural(ls.devices, 'device record')} from Apple (+${ls.added} added ~${ls.modified} modified -${ls.deleted} deleted)`;
  const note = ls.result === 'interrupted' ? ' — its process is gone; the next sync resumes from the cursor' : ls.result === 'running' ? ' — in progress' : '';
  return `${ls.kind} ${ls.result} at ${ls.started_at}${took}, ${what}${ls.error_code ? `: ${ls.error_code}` : ''}${note}`;
}

/** Who holds the token's lease: a process syncing it now, or (PostgreSQL) the node that leads it between syncs. */
function leaseLine(t: StatusReport['tokens'][number]): string {
  if (!t.lease) return '';
  const who = `pid ${t.lease.pid} on ${t.lease.host}, since ${t.lease.since}`;
  return t.last_sync?.result === 'running' ? `  syncing    now: ${who}\n` : `  leader     ${who} (between syncs)\n`;
}

/** The human form of `adesync status`. */
export function formatStatus(r: StatusReport): string {
  let o = '';
  for (const t of r.tokens) {
    o +=
      `${t.name}${t.server_name ? ` (Apple: ${t.server_name}${t.org_name ? `, ${t.org_name}` : ''})` : ''}\n` +
      `  token      ${tokenLine(t)}\n` +
      `  last sync  ${lastSyncLine(t.last_sync)}\n` +
      `  cursor     ${t.cursor ? `${t.cursor.phase}, ${t.cursor.age_seconds !== null ? `${Math.round(t.cursor.age_seconds / 60)} min old` : 'none yet'}` : 'none'}; ` +
      `next sync ${t.next_sync_at ?? (r.daemons.length ? '-' : '- (no daemon running)')}\n` +
      leaseLine(t) +
      `  devices    ${t.devices.total} held now (${
        Object.entries(t.devices.by_profile_status)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ') || 'none'
      }; ${t.devices.deleted} gone)\n` +
      `  assignment ${
        Object.entries(t.assignments)
          .filter(([, v]) => v)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ') || 'nothing yet'
      }\n` +
      t.problems.map((p) => `  ! ${p}\n`).join('');
  }
  o += `enrollments (24 h): ${
    Object.entries(r.enrollments_24h)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ') || 'none'
  }\n`;
  o += formatWebhooks(r);
  o += r.ok ? 'all good\n' : `${r.problems.length} problem(s) need an admin\n`;
  return o;
}
