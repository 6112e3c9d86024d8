// One node's webhook sender on PostgreSQL, as a process of its own, for tests that SIGKILL it mid-send:
// node --import tsx test/events/pg-sender-node.ts PG_URL RECEIVER_URL SECRET CLAIM_MS. Prints "started" once running.
import { openPool } from '../../src/store/pg/connect.ts';
import { pgSenderStore } from '../../src/store/pg/outbox.ts';
import { startSender } from '../../src/events/deliver.ts';
import { parseSecret } from '../../src/events/sign.ts';
import { silentLogger } from '../../src/log.ts';

const [url, receiver, secret, claimMs] = process.argv.slice(2);
const pool = openPool({ url });
startSender({
  store: pgSenderStore(pool),
  endpoints: [
    {
      name: 'mdm',
      url: receiver,
      key: parseSecret(secret),
      filter: { name: 'mdm', types: [], tokens: [] },
      timeoutMs: 60_000,
      maxAgeMs: 3_600_000,
      retryBaseMs: 50,
    },
  ],
  logger: silentLogger,
  pollMs: 50,
  claimMs: Number(claimMs),
});
process.stdout.write('started\n');
