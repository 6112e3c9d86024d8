// adesync events [--since] [--type] [--json] | events replay ID|--since T: the outbox of webhook events and their deliveries.
import type { Command } from 'commander';
import { configFrom, openDb, printJson, table, ExitError } from './common.ts';
import { listEvents, replayEvents } from '../store/outbox.ts';
import { endpointWants, validTypePattern } from '../events/types.ts';
import { parseSince } from '../events/schedule.ts';

function since(s: string | undefined): string | undefined {
  if (s === undefined) return undefined;
  const d = parseSince(s);
  if (!d) throw new ExitError(`--since "${s}": give an ISO time (2026-12-01T08:00:00Z) or a duration back from now (30m, 12h, 7d)`, 2);
  return d.toISOString();
}

/** One line per endpoint: delivered, pending (attempts, next try, last error) or dead. */
function deliveryText(d: { endpoint: string; state: string; attempts: number; next_at: string; last_status: number | null; last_error: string | null }): string {
  if (d.state === 'delivered') return `${d.endpoint}:delivered`;
  const last = d.last_error ? `, ${d.last_error}` : '';
  return d.state === 'dead' ? `${d.endpoint}:DEAD(${d.attempts}${last})` : `${d.endpoint}:pending(${d.attempts}${d.attempts ? `, next ${d.next_at.slice(11, 19)}${last}` : ''})`;
}

export function register(program: Command): void {
  const events = program.command('events')
    .description('recent webhook events (newest first) and their deliveries per endpoint; "events replay" sends some again')
    .option('--since <time>', 'only events since an ISO time or a duration back (30m, 12h, 7d)')
    .option('--type <type>', 'one event type (device.added) or a family (device.*)')
    .option('--token <name>').option('--serial <serial>', 'events about one device')
    .option('--limit <n>', 'at most this many events', '100')
    .option('--json')
    .action((opts: { since?: string; type?: string; token?: string; serial?: string; limit: string; json?: boolean }, cmd: Command) => {
      if (opts.type && !validTypePattern(opts.type)) throw new ExitError(`--type "${opts.type}": unknown event type (README "Webhooks" lists them)`, 2);
      const { config } = configFrom(cmd);
      const db = openDb(config, true);
      const rows = listEvents(db, { since: since(opts.since), type: opts.type, token: opts.token, subject: opts.serial, limit: Number(opts.limit) });
      db.close();
      if (opts.json) { printJson(rows.map((r) => ({ ...r, data: JSON.parse(r.data) as unknown }))); return; }
      if (!config.webhooks.length) {
        process.stderr.write('no webhooks configured: only token and sync.failed events are recorded (device, profile and enrollment events are written only while an endpoint wants them)\n');
      }
      process.stdout.write(table(rows.map((r) => ({ ...r, deliveries: r.deliveries.map(deliveryText).join(' ') || '-' })),
        ['time', 'type', 'token', 'subject', 'id', 'deliveries']) + '\n');
    });

  events.command('replay [id]')
    .description('send events again to the endpoints that want them (delivered, pending or dead alike): one event by id, or all since a time')
    .option('--since <time>', 'every event since an ISO time or a duration back (30m, 12h, 7d)')
    .option('--endpoint <name>', 'only to this endpoint')
    .option('--json')
    .action((id: string | undefined, opts: { since?: string; endpoint?: string; json?: boolean }, cmd: Command) => {
      if (!id === !opts.since) throw new ExitError('give an event id or --since (not both)', 2);
      const { config } = configFrom(cmd);
      const hooks = config.webhooks.filter((w) => !opts.endpoint || w.name === opts.endpoint);
      if (!hooks.length) throw new ExitError(opts.endpoint ? `no webhook named "${opts.endpoint}" in the config` : 'no webhooks configured', 1);
      const db = openDb(config);
      const r = replayEvents(db, id ? { id } : { since: since(opts.since)! }, hooks.map((w) => ({ name: w.name, wants: (t, k) => endpointWants(w, t, k) })));
      db.close();
      if (opts.json) printJson(r);
      else process.stdout.write(`${r.events} event(s), ${r.deliveries} deliver${r.deliveries === 1 ? 'y' : 'ies'} queued again; the daemon sends them within a second\n`);
      if (id && !r.events) throw new ExitError(`no event with id ${id}`, 1);
    });
}
