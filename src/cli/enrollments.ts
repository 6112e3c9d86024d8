import type { Command } from 'commander';
import type { Config } from '../config/schema.ts';
import type { EnrollmentRow, EnrollmentSummary, EnrollmentRecord } from '../store/enrollments.ts';
import type { StoreReader } from '../store/reader.ts';
import { configFrom, enumOption, intOption, JSON_HELP, openReader, printJson, table } from './common.ts';

const DECISIONS: readonly EnrollmentRecord['decision'][] = ['served', 'os_update_required', 'refused'];
const MAX_LIMIT = 1_000_000;

/** `adesync device SERIAL`'s enrollment summary (also under `enrollment_summary` in --json). */
export function deviceEnrollments(store: StoreReader, config: Config, serial: string): Promise<EnrollmentSummary> {
  return store.enrollmentSummary(serial, config.enrollment?.per_device_limit.per_minutes ?? 60);
}

export function formatEnrollmentSummary(s: EnrollmentSummary): string {
  if (!s.records && !s.limited.length) return '';
  const limited = s.limited.map((l) => `  limited    ${l.code} ${l.count} time${l.count === 1 ? '' : 's'} (${l.first_at} – ${l.last_at})\n`).join('');
  return (
    `enrollment summary: ${s.records} record(s): served ${s.served}, OS update required ${s.os_update_required}, refused ${s.refused}\n` +
    `  last served ${s.last_served_at ?? 'never'}; repeats ${s.repeats} (served again within the per-device window)\n` +
    limited
  );
}

/** Pure: the user as one short cell, e.g. `Ada Lovelace <ada@example.com>`, else the subject. */
export function userCell(u: EnrollmentRow['user']): string {
  if (!u) return '-';
  const who = u.email ? (u.name ? `${u.name} <${u.email}>` : u.email) : (u.name ?? u.subject);
  return who;
}

/** Pure: the "enrolled by" lines of `adesync device SERIAL`. */
export function formatBinding(b: EnrollmentRow | undefined): string {
  if (!b?.user) return '';
  const u = b.user;
  return (
    `enrolled by: ${userCell(u)} (${b.flow ?? 'login'}, ${b.decision} ${b.at}${b.remote_addr ? ` from ${b.remote_addr}` : ''})\n` +
    `  issuer ${u.issuer}\n  subject ${u.subject}\n` +
    (u.groups.length ? `  groups ${u.groups.join(', ')}\n` : '') +
    (b.udid ? `  udid ${b.udid}\n` : '')
  );
}

export function register(program: Command): void {
  program
    .command('enrollments')
    .description('enrollment records, newest first, with who logged in (web view, OTA, Platform SSO) where one did')
    .option('--user <subject-or-email>', "only this user's: the ID token's subject, or the email in any case")
    .option('--serial <serial>', 'only this device (serial in any case)')
    .option('--decision <decision>', DECISIONS.join(' | '))
    .option('--with-user', 'only enrollments after a login')
    .option('--limit <n>', `at most this many rows, 1 to ${MAX_LIMIT.toLocaleString('en-US')} (default: 100)`)
    .option('--json', `${JSON_HELP}: [{at, serial_number, udid, decision, flow, user: {issuer, subject, email, name, groups} | null, ...}]`)
    .action(async (opts: { user?: string; serial?: string; decision?: string; withUser?: boolean; limit?: string; json?: boolean }, cmd: Command) => {
      const { config } = configFrom(cmd);
      const filter = {
        user: opts.user?.trim(),
        decision: enumOption('--decision', opts.decision, DECISIONS),
        withUser: !!opts.withUser,
        limit: opts.limit === undefined ? 100 : intOption('--limit', opts.limit, 1, MAX_LIMIT),
      };
      const store = await openReader(config);
      let rows: EnrollmentRow[];
      try {
        const serial = opts.serial === undefined ? undefined : await store.storedSerial(opts.serial.trim());
        rows = await store.listEnrollments({ ...filter, serial });
      } finally {
        await store.close();
      }
      if (opts.json) {
        printJson(rows);
        return;
      }
      const cells = rows.map((r) => ({ ...r, user: userCell(r.user), groups: r.user?.groups.join(',') || '-' }));
      process.stdout.write(table(cells, ['at', 'serial_number', 'decision', 'flow', 'user', 'groups', 'udid', 'remote_addr']) + '\n');
    });
}
