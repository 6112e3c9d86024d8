import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SchemaTooNewError } from '../../../src/store/db.ts';
import { type PgPool, openPool } from '../../../src/store/pg/connect.ts';
import { checkPostgresVersion, loadPostgresMigrations, migratePostgres, postgresSchemaVersion } from '../../../src/store/pg/migrate.ts';
import { freshDatabase } from '../../helpers/pg.ts';

const latest = loadPostgresMigrations().at(-1)!.version;

async function withPools<T>(url: string, n: number, fn: (pools: PgPool[]) => Promise<T>): Promise<T> {
  const pools = Array.from({ length: n }, () => openPool({ url, poolSize: 2 }));
  try {
    return await fn(pools);
  } finally {
    await Promise.all(pools.map((p) => p.end()));
  }
}

test('six nodes starting together on an empty database: one applies every migration, the others wait and apply none', async () => {
  const url = await freshDatabase();
  await withPools(url, 6, async (pools) => {
    const results = await Promise.all(pools.map((p) => migratePostgres(p)));
    const appliers = results.filter((r) => r.applied.length > 0);
    assert.equal(appliers.length, 1, JSON.stringify(results));
    assert.equal(appliers[0].applied.length, latest);
    assert.deepEqual(appliers[0], { from: 0, to: latest, applied: loadPostgresMigrations().map((m) => m.name) });
    for (const r of results.filter((r) => r.applied.length === 0)) assert.deepEqual(r, { from: latest, to: latest, applied: [] });
    for (const p of pools) assert.equal(await postgresSchemaVersion(p), latest);
    const rows = await pools[0].query<{ n: number }>('SELECT COUNT(*) AS n FROM schema_migrations');
    assert.equal(rows[0].n, latest, 'each migration recorded once');
  });
});

test('the migration lock is free again afterwards, also after a failed migration, and a failure leaves nothing behind', async () => {
  const url = await freshDatabase();
  await withPools(url, 2, async ([a, b]) => {
    const good = loadPostgresMigrations();
    const bad = [...good, { version: latest + 1, name: `${latest + 1}_bad.sql`, sql: 'CREATE TABLE half_done (x int); SELECT no_such_function();' }];
    await assert.rejects(migratePostgres(a, bad), (e: Error) => {
      assert.match(e.message, new RegExp(`migration ${latest + 1}_bad\\.sql failed on postgresql://postgres@.*nothing of it applied: .*no_such_function`));
      return true;
    });
    assert.equal(await postgresSchemaVersion(b), latest, 'the good ones committed, the bad one not');
    const [t] = await b.query<{ has: boolean }>("SELECT to_regclass('half_done') IS NOT NULL AS has");
    assert.equal(t.has, false, 'its first statement rolled back with it');
    // the other node is not left waiting on a lock the failed one still holds
    const again = await migratePostgres(b);
    assert.deepEqual(again.applied, []);
  });
});

test('a database newer than the code is refused, as on SQLite: the URL, both versions and what to do', async () => {
  const url = await freshDatabase();
  await withPools(url, 1, async ([p]) => {
    await migratePostgres(p);
    await p.query("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, '999_future.sql', 'now')");
    for (const attempt of [() => migratePostgres(p), () => checkPostgresVersion(p)]) {
      await assert.rejects(attempt(), (e: unknown) => {
        assert.ok(e instanceof SchemaTooNewError, String(e));
        assert.equal(
          (e as Error).message,
          `database ${url} has schema version 999 but this adesync only knows up to ${latest}: ` +
            'run the newer adesync that wrote it, or restore a backup made before the upgrade',
        );
        return true;
      });
    }
  });
});
