import type { Command } from 'commander';
import { configFrom, openReader, table, printJson, ExitError, intOption, enumOption, tokenOption, JSON_HELP, TOKEN_HELP } from './common.ts';
import { ASSIGNMENT_STATES, PROFILE_STATUSES, DEVICE_FAMILIES, type DeviceDetail } from '../store/report.ts';
import { deviceEnrollments, formatBinding, formatEnrollmentSummary } from './enrollments.ts';

export const MAX_LIMIT = 1_000_000;

export function register(program: Command): void {
  program
    .command('devices')
    .description('list devices with their Apple profile status and assignment state (a note on stderr says when more match than --limit)')
    .option('--token <name>', TOKEN_HELP)
    .option('--status <profile_status>', PROFILE_STATUSES.join(' | '))
    .option('--family <device_family>', DEVICE_FAMILIES.join(' | '))
    .option('--state <assignment_state>', ASSIGNMENT_STATES.join(' | '))
    .option('--limit <n>', `at most this many rows, 1 to ${MAX_LIMIT.toLocaleString('en-US')} (default: 1000)`)
    .option('--json', `${JSON_HELP}: an array of devices`)
    .action(async (opts: { token?: string; status?: string; family?: string; state?: string; limit?: string; json?: boolean }, cmd: Command) => {
      const { config } = configFrom(cmd);
      // every option is checked before the database is read: a bad one is a usage error (2), never an SQLite message
      const filter = {
        status: enumOption('--status', opts.status, PROFILE_STATUSES),
        family: enumOption('--family', opts.family, DEVICE_FAMILIES),
        state: enumOption('--state', opts.state, ASSIGNMENT_STATES),
        limit: opts.limit === undefined ? 1000 : intOption('--limit', opts.limit, 1, MAX_LIMIT),
      };
      const store = await openReader(config);
      let rows: Record<string, unknown>[];
      let total: number;
      try {
        const known = opts.token !== undefined && (await store.hasToken(opts.token));
        const token = tokenOption(config, opts.token, () => known);
        rows = await store.listDevices({ ...filter, token });
        total = rows.length < filter.limit ? rows.length : await store.countDevices({ ...filter, token });
      } finally {
        await store.close();
      }
      if (opts.json) printJson(rows);
      else
        process.stdout.write(
          table(rows, ['token', 'serial_number', 'device_family', 'model', 'os', 'profile_status', 'assignment_state', 'profile_name', 'last_result']) + '\n',
        );
      if (total > rows.length)
        process.stderr.write(`${rows.length} of ${total} devices shown: raise --limit, or narrow with --token, --status, --family or --state\n`);
    });

  program
    .command('device <serial>')
    .description('one device (serial in any case): Apple attributes, assignment, history of changes (before → after), enrollments')
    .option('--json', `${JSON_HELP}: {serial_number, records, assignments, events, enrollments, enrollment_summary, enrolled_by}`)
    .action(async (given: string, opts: { json?: boolean }, cmd: Command) => {
      const { config } = configFrom(cmd);
      const store = await openReader(config);
      let d: DeviceDetail;
      let enrollmentSummary: Awaited<ReturnType<typeof deviceEnrollments>>;
      let binding: Awaited<ReturnType<typeof store.latestBinding>>;
      try {
        d = await store.deviceDetail(await store.storedSerial(given.trim()));
        enrollmentSummary = await deviceEnrollments(store, config, d.serial_number);
        binding = await store.latestBinding(d.serial_number);
      } finally {
        await store.close();
      }
      const serial = d.serial_number;
      if (!d.records.length) throw new ExitError(`no device with serial ${given} in any token`, 1);
      if (opts.json) {
        // enrolled_by: the latest binding (who, how, when), null when no login preceded any of its enrollments
        printJson({ ...d, enrollment_summary: enrollmentSummary, enrolled_by: binding ?? null });
        return;
      }
      for (const r of d.records as Record<string, unknown>[]) {
        process.stdout.write(`${serial} in token ${r.token}${r.deleted_at ? ` (gone since ${r.deleted_at})` : ''}\n`);
        for (const k of [
          'model',
          'description',
          'color',
          'device_family',
          'os',
          'profile_status',
          'profile_uuid',
          'profile_assign_time',
          'profile_push_time',
          'device_assigned_date',
          'device_assigned_by',
          'first_seen',
          'last_seen',
        ])
          if (r[k] != null) process.stdout.write(`  ${k.padEnd(22)} ${r[k]}\n`);
      }
      for (const a of d.assignments as Record<string, unknown>[])
        process.stdout.write(
          `assignment (${a.token}): ${a.state}, profile ${a.profile_name ?? '-'} ${a.profile_uuid ?? ''}, attempts ${a.attempts}, last ${a.last_result ?? '-'} ${a.last_attempt_at ?? ''}${a.not_before ? `, retry after ${a.not_before}` : ''}${a.reason ? ` — ${a.reason}` : ''}\n`,
        );
      if (d.events.length) process.stdout.write('history:\n' + d.events.map((e) => formatEvent(e as unknown as DeviceEvent)).join('\n') + '\n');
      process.stdout.write(formatEnrollmentSummary(enrollmentSummary));
      process.stdout.write(formatBinding(binding));
      if (d.enrollments.length)
        process.stdout.write(
          'enrollments:\n' +
            d.enrollments
              .map((e) => {
                const x = e as Record<string, unknown>;
                return `  ${x.at} ${x.decision} ${x.reason ?? ''} ${x.os_version ?? ''} ${x.product ?? ''}${x.user_subject ? ` by ${x.user_email ?? x.user_subject} (${x.flow})` : ''}`;
              })
              .join('\n') +
            '\n',
        );
    });
}

interface DeviceEvent {
  at: string;
  kind: string;
  op_type: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

const show = (v: unknown) => (v === null || v === undefined ? '(none)' : typeof v === 'string' ? v : JSON.stringify(v));

/** Pure: one history line; a change lists each field as before → after. */
export function formatEvent(e: DeviceEvent): string {
  const head = `  ${e.at} ${e.kind}${e.op_type && e.op_type !== e.kind ? ` (Apple: ${e.op_type})` : ''}`;
  if (e.before && e.after) {
    const fields = [...new Set([...Object.keys(e.before), ...Object.keys(e.after)])];
    return `${head}: ${fields.map((f) => `${f} ${show(e.before![f])} → ${show(e.after![f])}`).join(', ')}`;
  }
  return e.after
    ? `${head}: ${Object.entries(e.after)
        .map(([k, v]) => `${k} ${show(v)}`)
        .join(', ')}`
    : head;
}
