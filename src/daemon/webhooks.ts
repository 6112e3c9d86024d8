/**
 * Webhooks inside the daemon: the outbox the sync, the assigner and the enrollment endpoint write into, and the sender
 * that delivers it. Secrets are read here, from 0600 files, and go nowhere but the HMAC.
 */
import { readFileSync } from 'node:fs';
import type { Config } from '../config/schema.ts';
import { ConfigError } from '../config/load.ts';
import type { DB } from '../store/db.ts';
import type { PgPool } from '../store/pg/connect.ts';
import { ensureEndpointsPg, pgSenderStore, tokenExpiryPg } from '../store/pg/outbox.ts';
import type { Logger } from '../log.ts';
import { checkSecretFileMode } from '../token/mode.ts';
import { createEventCollector, createOutbox, type EventCollector, type Outbox } from '../events/outbox.ts';
import { parseSecret, WebhookSecretError } from '../events/sign.ts';
import { startSender, type Endpoint, type Sender } from '../events/deliver.ts';

export interface Webhooks {
  /** SQLite: the hooks its transactions call. */
  outbox?: Outbox;
  /** PostgreSQL: the events its transactions write (store/pg/outbox.ts). */
  events?: EventCollector;
  sender: Sender;
  /** token.expiring, once per threshold (events/types.ts). */
  tokenExpiry(token: string, expiry: string): Promise<void>;
  reload(config: Config, path: string): boolean;
  stop(): Promise<void>;
}

/** The configured endpoints with their secrets read; every problem names its key (webhooks[i].secret_file) and the fix. */
function resolveEndpoints(config: Config, path: string): Endpoint[] {
  const problems: string[] = [];
  const endpoints = config.webhooks.map((w, i) => {
    const key = `webhooks[${i}].secret_file`;
    let secret: Buffer = Buffer.alloc(0);
    const insecure = checkSecretFileMode(w.secret_file);
    if (insecure) problems.push(`${key}: ${insecure.message}`);
    else {
      try {
        secret = parseSecret(readFileSync(w.secret_file, 'utf8'));
      } catch (e) {
        problems.push(
          e instanceof WebhookSecretError
            ? `${key}: ${w.secret_file}: ${e.message}`
            : `${key}: cannot read ${w.secret_file} (${(e as NodeJS.ErrnoException).code ?? 'error'}): create it with mode 0600 (see README "Webhooks")`,
        );
      }
    }
    return {
      name: w.name,
      url: w.url,
      key: secret,
      filter: { name: w.name, types: w.types, tokens: w.tokens },
      timeoutMs: w.timeout_seconds * 1000,
      maxAgeMs: w.max_age_hours * 3_600_000,
      retryBaseMs: w.retry_seconds * 1000,
    };
  });
  if (problems.length) throw new ConfigError(path, problems);
  return endpoints;
}

/** The outbox and its sender on the store's engine: SQLite (`db`, one process) or PostgreSQL (`pool`, every node sends). */
export async function startWebhooks(o: {
  config: Config;
  path: string;
  db?: DB;
  /** PostgreSQL, with the collector its store writes through (store/index.ts openStore). */
  pool?: PgPool;
  events?: EventCollector;
  logger: Logger;
}): Promise<Webhooks> {
  const logger = o.logger.child({ component: 'webhooks' });
  const endpoints = resolveEndpoints(o.config, o.path);
  const kick = () => sender.kick();
  const { db, pool } = o;
  const outbox = db ? createOutbox(db, o.config.webhooks, kick) : undefined;
  const events = pool ? (o.events ?? createEventCollector(o.config.webhooks, kick)) : undefined;
  if (pool)
    await ensureEndpointsPg(
      pool,
      o.config.webhooks.map((w) => w.name),
    );
  const sender = startSender({ db, store: pool && pgSenderStore(pool), endpoints, logger });
  if (endpoints.length) logger.info('webhooks enabled', { endpoints: endpoints.map((e) => e.name) });
  return {
    outbox,
    events,
    sender,
    async tokenExpiry(token, expiry) {
      if (outbox) outbox.tokenExpiry(token, expiry);
      else if (pool && events) await tokenExpiryPg(pool, events, token, expiry);
    },
    /** After a SIGHUP: new endpoints, or (secret file problems) the old ones kept and the problem logged. */
    reload(config, path) {
      let next: Endpoint[];
      try {
        next = resolveEndpoints(config, path);
      } catch (e) {
        logger.error('webhooks not reloaded: keeping the running endpoints', { problems: e instanceof ConfigError ? e.problems : [(e as Error).message] });
        return false;
      }
      outbox?.reload(config.webhooks);
      events?.reload(config.webhooks);
      if (pool)
        void ensureEndpointsPg(
          pool,
          config.webhooks.map((w) => w.name),
        ).catch((e: Error) => logger.error('webhooks: recording the endpoints failed (retried at the next reload)', { error: e.message }));
      sender.reload(next);
      return true;
    },
    stop: () => sender.stop(),
  };
}
