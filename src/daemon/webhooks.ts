/**
 * Webhooks inside the daemon: the outbox the sync, the assigner and the enrollment endpoint write into, and the sender
 * that delivers it. Secrets are read here, from 0600 files, and go nowhere but the HMAC.
 */
import { readFileSync } from 'node:fs';
import type { Config } from '../config/schema.ts';
import { ConfigError } from '../config/load.ts';
import type { DB } from '../store/db.ts';
import type { Logger } from '../log.ts';
import { checkSecretFileMode } from '../token/mode.ts';
import { createOutbox, type Outbox } from '../events/outbox.ts';
import { parseSecret, WebhookSecretError } from '../events/sign.ts';
import { startSender, type Endpoint, type Sender } from '../events/deliver.ts';

export interface Webhooks {
  outbox: Outbox;
  sender: Sender;
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

export function startWebhooks(o: { config: Config; path: string; db: DB; logger: Logger }): Webhooks {
  const logger = o.logger.child({ component: 'webhooks' });
  const endpoints = resolveEndpoints(o.config, o.path);
  const outbox = createOutbox(o.db, o.config.webhooks, () => sender.kick());
  const sender = startSender({ db: o.db, endpoints, logger });
  if (endpoints.length) logger.info('webhooks enabled', { endpoints: endpoints.map((e) => e.name) });
  return {
    outbox,
    sender,
    /** After a SIGHUP: new endpoints, or (secret file problems) the old ones kept and the problem logged. */
    reload(config, path) {
      let next: Endpoint[];
      try {
        next = resolveEndpoints(config, path);
      } catch (e) {
        logger.error('webhooks not reloaded: keeping the running endpoints', { problems: e instanceof ConfigError ? e.problems : [(e as Error).message] });
        return false;
      }
      sender.reload(next);
      return true;
    },
    stop: () => sender.stop(),
  };
}
