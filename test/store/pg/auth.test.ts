// Single use across nodes on one PostgreSQL: two pools stand for two nodes, and many requests race at once for the same
// login session, OTA challenge and session, Platform SSO link and token. Exactly one wins each, every time; and a
// serial's cap on logins in progress holds when both nodes add logins for it at the same instant.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { createPgAuthStores, type AuthStores } from '../../../src/store/auth.ts';
import { openPool } from '../../../src/store/pg/connect.ts';
import { migratePostgres } from '../../../src/store/pg/migrate.ts';
import { freshDatabase } from '../../helpers/pg.ts';

const N = 60;
/** Each contested item is tried this many times on each node, all at once. */
const TRIES = 3;
const user = { issuer: 'https://idp.example.test', subject: 'race', groups: ['staff'] };

const url = await freshDatabase();
const pools = [openPool({ url, poolSize: 8 }), openPool({ url, poolSize: 8 })];
after(() => Promise.all(pools.map((p) => p.end())));
await migratePostgres(pools[0]);
const nodes = pools.map(createPgAuthStores) as [AuthStores, AuthStores];

/** Every try of every item on both nodes, started together; the results per item. */
async function race<T>(items: number, attempt: (node: AuthStores, item: number, tryNo: number) => Promise<T>): Promise<T[][]> {
  const all = Array.from({ length: items }, (_, i) => Promise.all(nodes.flatMap((n) => Array.from({ length: TRIES }, (_, t) => attempt(n, i, t)))));
  return Promise.all(all);
}

const winners = (results: unknown[][]) => results.map((r) => r.filter(Boolean).length);

test('a login session raced for by two nodes is taken exactly once', async () => {
  const now = Date.now();
  for (let i = 0; i < N; i++)
    await nodes[i % 2].logins.add(
      {
        state_sha256: `state-${i}`,
        cookie_sha256: `cookie-${i}`,
        purpose: 'webview',
        data: '{}',
        serial: null,
        nonce: 'n',
        code_verifier: 'v',
        created_at: now,
        expires_at: now + 600_000,
      },
      { max: 4096, perSerial: 8 },
    );
  const taken = await race(N, (n, i) => n.logins.take(`state-${i}`, `cookie-${i}`, now + 1));
  assert.deepEqual(winners(taken), Array(N).fill(1));
  assert.equal(await nodes[0].logins.countLive(now), 0);
});

test("a serial's cap on logins in progress holds when both nodes add logins for it at once", async () => {
  const now = Date.now();
  const serials = ['RACE0001', 'RACE0002', 'RACE0003', 'RACE0004'];
  const added = await Promise.all(
    serials.flatMap((serial) =>
      Array.from({ length: 20 }, (_, k) =>
        nodes[k % 2].logins.add(
          {
            state_sha256: `cap-${serial}-${k}`,
            cookie_sha256: 'c',
            purpose: 'webview',
            data: '{}',
            serial,
            nonce: 'n',
            code_verifier: 'v',
            created_at: now,
            expires_at: now + 600_000,
          },
          { max: 4096, perSerial: 8 },
        ),
      ),
    ),
  );
  assert.equal(added.filter((r) => r === undefined).length, 8 * serials.length, JSON.stringify(added));
  assert.ok(added.every((r) => r === undefined || r === 'serial_full'));
  for (const serial of serials) assert.equal(await nodes[1].logins.countLive(now, serial), 8, serial);
});

test('an OTA challenge raced for by two nodes is consumed exactly once, and its phase 3 completed exactly once', async () => {
  const ids: string[] = [];
  for (let i = 0; i < N; i++) ids.push((await nodes[i % 2].ota.create({ challenge: `race-${i}`, user, ttlSeconds: 600 })).id);
  const dev = (i: number) => ({ serial: `C02RACE${String(i).padStart(5, '0')}`, udid: `UDID-RACE-${i}` });
  const consumed = await race(N, (n, i) => n.ota.consume({ challenge: `race-${i}`, ...dev(i), ttlSeconds: 600 }));
  for (const r of consumed) {
    assert.equal(r.filter((x) => x.ok).length, 1);
    assert.ok(
      r.every((x) => x.ok || x.reason === 'consumed'),
      JSON.stringify(r),
    );
  }
  const completed = await race(N, (n, i) => n.ota.complete({ id: ids[i], ...dev(i) }));
  for (const r of completed) {
    assert.equal(r.filter((x) => x.ok).length, 1);
    assert.ok(
      r.every((x) => x.ok || x.reason === 'done'),
      JSON.stringify(r),
    );
  }
  const phases = await pools[0].query<{ phase: number; n: number }>('SELECT phase, count(*)::int AS n FROM ota_sessions WHERE id = ANY($1) GROUP BY phase', [
    ids,
  ]);
  assert.deepEqual(phases, [{ phase: 3, n: N }]);
});

test('a Platform SSO link raced for by two nodes mints exactly one token, and that token is consumed exactly once', async () => {
  const now = new Date();
  const iso = (s: number) => new Date(now.getTime() + s * 1000).toISOString();
  for (let i = 0; i < N; i++) await nodes[i % 2].psso.addLink({ hash: `link-${i}`, serial: `C02PSSO${i}`, udid: `U-${i}`, now: iso(0), expiresAt: iso(900) });
  const minted = await race(N, (n, i, t) =>
    n.psso
      .mintToken({ linkHash: `link-${i}`, tokenHash: `token-${i}-${nodes.indexOf(n)}-${t}`, user, now: iso(1), expiresAt: iso(300) })
      .then((dev) => dev && `token-${i}-${nodes.indexOf(n)}-${t}`),
  );
  assert.deepEqual(winners(minted), Array(N).fill(1));
  const [{ n: tokens }] = await pools[1].query<{ n: number }>('SELECT count(*)::int AS n FROM psso_tokens');
  assert.equal(tokens, N, 'one token row per link: the losers wrote nothing');
  const token = minted.map((r) => r.find(Boolean)!);
  const used = await race(N, (n, i) => n.psso.consumeToken(token[i], iso(2)));
  assert.deepEqual(winners(used), Array(N).fill(1));
  assert.ok(used.every((r, i) => r.find(Boolean)!.serial_number === `C02PSSO${i}`));
});
