// adesync events [--since] [--type] [--json] | events replay ID|--since T: the outbox of webhook events and their deliveries.
import type { Command } from 'commander';
import { configFrom, intOption, openDb, openReader, printJson, table, ExitError } from './common.ts';
import { replayEvents } from '../store/outbox.ts';
import { replayEventsPg } from '../store/pg/outbox.ts';
import { openPostgresReader } from '../store/index.ts';
import { endpointWants, validTypePattern } from '../events/types.ts';
import { parseSince } from '../events/schedule.ts';

function since(s: string | undefined): string | undefined {
  if (s === undefined) return undefined;
  const d = parseSince(s);
  if (!d) throw new ExitError(`--since "${s}": give an ISO time (2026-12-01T08:00:00Z) or a duration back from now (30m, 12h, 7d)`, 2);
  return d.toISOString();
}

/** One line per endpoint: delivered, pending (attempts, next try, last error) or dead. */
function deliveryText(d: {
  endpoint: string;
  state: string;
  attempts: number;
  next_at: string;
  last_status: number | null;
  last_error: string | null;
}): string {
  if (d.state === 'delivered') return `${d.endpoint}:delivered`;
  const last = d.last_error ? `, ${d.last_error}` : '';
  return d.state === 'dead'
    ? `${d.endpoint}:DEAD(${d.attempts}${last})`
    : `${d.endpoint}:pending(${d.attempts}${d.attempts ? `, next ${d.next_at.slice(11, 19)}${last}` : ''})`;
}

export function register(program: Command): void {
  // one command with an optional "replay" word: a subcommand would have to share --since and --json with the listing
  program
    .command('events [replay] [id]')
    .description('recent webhook events (newest first) and their deliveries per endpoint; "events replay ID" or "events replay --since T" sends events again')
    .option('--since <time>', 'events since an ISO time or a duration back (30m, 12h, 7d)')
    .option('--type <type>', 'listing: one event type (device.added) or a family (device.*)')
    .option('--token <name>', 'listing: one token')
    .option('--serial <serial>', 'listing: events about one device')
    .option('--limit <n>', 'listing: at most this many events', '100')
    .option('--endpoint <name>', 'replay: only to this endpoint')
    .option('--json')
    .action((word: string | undefined, id: string | undefined, opts: Opts, cmd: Command) => {
      if (word === undefined) return list(opts, cmd);
      if (word !== 'replay') throw new ExitError(`events: unknown word "${word}" (did you mean "events replay ${word}"?)`, 2);
      return replay(id, opts, cmd);
    });
}

interface Opts {
  since?: string;
  type?: string;
  token?: string;
  serial?: string;
  limit: string;
  endpoint?: string;
  json?: boolean;
}

async function list(opts: Opts, cmd: Command): Promise<void> {
  if (opts.type && !validTypePattern(opts.type)) throw new ExitError(`--type "${opts.type}": unknown event type (README "Webhooks" lists them)`, 2);
  const { config } = configFrom(cmd);
  // checked before the database is read: "abc" must be a usage error (2), not a driver's message
  const limit = intOption('--limit', opts.limit, 1, 1_000_000);
  const from = since(opts.since);
  const store = await openReader(config);
  let rows: Awaited<ReturnType<typeof store.listEvents>>;
  try {
    rows = await store.listEvents({ since: from, type: opts.type, token: opts.token, subject: opts.serial, limit });
  } finally {
    await store.close();
  }
  if (opts.json) {
    printJson(rows.map((r) => ({ ...r, data: JSON.parse(r.data) as unknown })));
    return;
  }
  if (!config.webhooks.length) {
    process.stderr.write(
      'no webhooks configured: only token and sync.failed events are recorded (device, profile and enrollment events are written only while an endpoint wants them)\n',
    );
  }
  process.stdout.write(
    table(
      rows.map((r) => ({ ...r, deliveries: r.deliveries.map(deliveryText).join(' ') || '-' })),
      ['time', 'type', 'token', 'subject', 'id', 'deliveries'],
    ) + '\n',
  );
}

/** Send events again to the endpoints that want them (delivered, pending or dead alike): one by id, or all since a time. */
async function replay(id: string | undefined, opts: Opts, cmd: Command): Promise<void> {
  if (!id === !opts.since) throw new ExitError('events replay: give an event id or --since (not both)', 2);
  const { config } = configFrom(cmd);
  const hooks = config.webhooks.filter((w) => !opts.endpoint || w.name === opts.endpoint);
  if (!hooks.length) throw new ExitError(opts.endpoint ? `no webhook named "${opts.endpoint}" in the config` : 'no webhooks configured', 1);
  const select = id ? { id } : { since: since(opts.since)! };
  const endpoints = hooks.map((w) => ({ name: w.name, wants: (t: string, k: string | null) => endpointWants(w, t, k) }));
  let r: { events: number; deliveries: number };
  if (config.store) {
    const pool = await openPostgresReader(config.store);
    try {
      r = await replayEventsPg(pool, select, endpoints);
    } finally {
      await pool.end();
    }
  } else {
    const db = openDb(config);
    r = replayEvents(db, select, endpoints);
    db.close();
  }
  if (opts.json) printJson(r);
  else
    process.stdout.write(
      `${r.events} event(s), ${r.deliveries} deliver${r.deliveries === 1 ? 'y' : 'ies'} queued again; the daemon sends them within a second\n`,
    );
  if (id && !r.events) throw new ExitError(`no event with id ${id}`, 1);
}
