import type { Command } from 'commander';
import { configFrom, openDb, table, printJson, ExitError } from './common.ts';
import { statusReport, listDevices, deviceDetail, type StatusReport } from '../store/report.ts';

export function register(program: Command): void {
  program.command('status')
    .description('how every token stands: Apple server, token expiry, last sync, cursor, devices, assignments, enrollments (exit 3 if an admin is needed)')
    .option('--json', 'machine-readable output (stable; see README "status --json")')
    .action((opts: { json?: boolean }, cmd: Command) => {
      const { config } = configFrom(cmd);
      const db = openDb(config, true);
      const r = statusReport(db, config);
      db.close();
      if (opts.json) printJson(r);
      else process.stdout.write(formatStatus(r));
      if (!r.ok) throw new ExitError('', 3);
    });

  program.command('devices')
    .description('list devices with their Apple profile status and assignment state')
    .option('--token <name>').option('--status <profile_status>', 'empty | assigned | pushed | removed | deleted')
    .option('--family <device_family>', 'iPhone | iPad | Mac | AppleTV | Vision | iPod')
    .option('--state <assignment_state>', 'assigned | pending | failed | throttled | not_accessible | excluded | held | unmanaged')
    .option('--limit <n>', 'at most this many rows', '1000')
    .option('--json')
    .action((opts: { token?: string; status?: string; family?: string; state?: string; limit: string; json?: boolean }, cmd: Command) => {
      const { config } = configFrom(cmd);
      const db = openDb(config, true);
      const rows = listDevices(db, { ...opts, limit: Number(opts.limit) });
      db.close();
      if (opts.json) printJson(rows);
      else process.stdout.write(table(rows, ['token', 'serial_number', 'device_family', 'model', 'os', 'profile_status', 'assignment_state', 'profile_name', 'last_result']) + '\n');
    });

  program.command('device <serial>')
    .description('one device: Apple attributes, assignment, history, enrollments')
    .option('--json')
    .action((serial: string, opts: { json?: boolean }, cmd: Command) => {
      const { config } = configFrom(cmd);
      const db = openDb(config, true);
      const d = deviceDetail(db, serial);
      db.close();
      if (!d.records.length) throw new ExitError(`no device with serial ${serial} in any token`, 1);
      if (opts.json) { printJson(d); return; }
      for (const r of d.records as Record<string, unknown>[]) {
        process.stdout.write(`${serial} in token ${r.token}${r.deleted_at ? ` (gone since ${r.deleted_at})` : ''}\n`);
        for (const k of ['model', 'description', 'color', 'device_family', 'os', 'profile_status', 'profile_uuid', 'profile_assign_time', 'profile_push_time', 'device_assigned_date', 'device_assigned_by', 'first_seen', 'last_seen'])
          if (r[k] != null) process.stdout.write(`  ${k.padEnd(22)} ${r[k]}\n`);
      }
      for (const a of d.assignments as Record<string, unknown>[]) process.stdout.write(`assignment (${a.token}): ${a.state}, profile ${a.profile_name ?? '-'} ${a.profile_uuid ?? ''}, attempts ${a.attempts}, last ${a.last_result ?? '-'} ${a.last_attempt_at ?? ''}${a.not_before ? `, retry after ${a.not_before}` : ''}${a.reason ? ` — ${a.reason}` : ''}\n`);
      if (d.events.length) process.stdout.write('history:\n' + d.events.map((e) => { const x = e as Record<string, unknown>; return `  ${x.at} ${x.kind}${x.op_type ? ` (${x.op_type})` : ''} ${x.after ? JSON.stringify(x.after) : ''}`; }).join('\n') + '\n');
      if (d.enrollments.length) process.stdout.write('enrollments:\n' + d.enrollments.map((e) => { const x = e as Record<string, unknown>; return `  ${x.at} ${x.decision} ${x.reason ?? ''} ${x.os_version ?? ''} ${x.product ?? ''}`; }).join('\n') + '\n');
    });
}

const plural = (n: number, one: string, many = one + 's') => `${n} ${n === 1 ? one : many}`;

/** The token line: what Apple last said (unknown until it was asked), and the expiry. */
function tokenLine(t: StatusReport['tokens'][number]): string {
  const status = t.status ?? 'unknown (Apple not asked yet)';
  const exp = t.token_expiry ? (t.days_left !== null && t.days_left < 0 ? `, expired on ${t.token_expiry.slice(0, 10)}` : `, expires ${t.token_expiry.slice(0, 10)} (${t.days_left} days)`) : '';
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

/** The human form of `adesync status`. */
export function formatStatus(r: StatusReport): string {
  let o = '';
  for (const t of r.tokens) {
    o += `${t.name}${t.server_name ? ` (Apple: ${t.server_name}${t.org_name ? `, ${t.org_name}` : ''})` : ''}\n` +
      `  token      ${tokenLine(t)}\n` +
      `  last sync  ${lastSyncLine(t.last_sync)}\n` +
      `  cursor     ${t.cursor ? `${t.cursor.phase}, ${t.cursor.age_seconds !== null ? `${Math.round(t.cursor.age_seconds / 60)} min old` : 'none yet'}` : 'none'}; ` +
      `next sync ${t.next_sync_at ?? (r.daemons.length ? '-' : '- (no daemon running)')}\n` +
      `  devices    ${t.devices.total} held now (${Object.entries(t.devices.by_profile_status).map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}; ${t.devices.deleted} gone)\n` +
      `  assignment ${Object.entries(t.assignments).filter(([, v]) => v).map(([k, v]) => `${k} ${v}`).join(', ') || 'nothing yet'}\n` +
      t.problems.map((p) => `  ! ${p}\n`).join('');
  }
  o += `enrollments (24 h): ${Object.entries(r.enrollments_24h).map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}\n`;
  o += r.ok ? 'all good\n' : `${r.problems.length} problem(s) need an admin\n`;
  return o;
}
