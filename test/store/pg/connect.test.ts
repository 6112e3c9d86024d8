// What an admin sees when the database cannot be used: each failure named with the setting that fixes it, against a
// real server (refused, missing database, password auth, TLS), and the password in no message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { parseConfig } from '../../../src/config/load.ts';
import { PostgresError, connectPostgres, settingsFromConfig } from '../../../src/store/pg/connect.ts';
import { tempDir } from '../../helpers/tmp.ts';
import { until } from '../../helpers/cli.ts';
import { adminQuery, freshDatabase, pgServer, startPostgres } from '../../helpers/pg.ts';
import { makeTlsServer } from '../../cms/testpki.ts';

const PASSWORD = 'Pw-7d1f3c0a9be2-secret';

/** A store: block as the config gives it, files resolved against `dir`. */
function storeFrom(dir: string, block: Record<string, unknown>) {
  const c = parseConfig(JSON.stringify({ store: { engine: 'postgresql', ...block } }), 't.yaml', dir);
  return c.store!;
}

async function refused(settings: Parameters<typeof connectPostgres>[0], re: RegExp): Promise<string> {
  let message = '';
  await assert.rejects(connectPostgres(settings), (e: Error) => {
    message = e.message;
    assert.ok(e instanceof PostgresError, `${e.constructor.name}: ${e.message}`);
    assert.match(e.message, re);
    assert.ok(!e.message.includes(PASSWORD), 'the password is in no message');
    return true;
  });
  return message;
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

test('nothing listening: connection refused at HOST:PORT, start PostgreSQL or correct the setting named', async () => {
  const port = await freePort();
  await refused(
    { url: `postgresql://adesync@127.0.0.1:${port}/adesync`, setting: 'database' },
    new RegExp(
      `^database postgresql://adesync@127\\.0\\.0\\.1:${port}/adesync: connection refused at 127\\.0\\.0\\.1:${port}: start PostgreSQL .* in database$`,
    ),
  );
});

test('a database that does not exist: createdb, or correct the name', async () => {
  const s = await pgServer();
  await refused(
    { url: s.url('no_such_db') },
    /database "no_such_db" does not exist: create it \(createdb -O postgres no_such_db\) or correct the database name in the database URL \(database: or store\.url\)/,
  );
});

test('password authentication: from a 0600 file it connects; a wrong, missing or exposed password says which setting to fix', async () => {
  const s = await pgServer();
  const url = await freshDatabase();
  const db = new URL(url).pathname.slice(1);
  const role = `app_${process.pid}`;
  await adminQuery(s, `CREATE ROLE ${role} LOGIN PASSWORD '${PASSWORD}'`);
  await adminQuery(s, `GRANT ALL ON DATABASE ${db} TO ${role}`);
  const dir = tempDir();
  const file = join(dir, 'pg.password');
  writeFileSync(file, `${PASSWORD}\n`, { mode: 0o600 });
  const roleUrl = `postgresql://${role}@127.0.0.1:${s.port}/${db}`;

  const pool = await connectPostgres(settingsFromConfig(storeFrom(dir, { url: roleUrl, password_file: 'pg.password' })));
  try {
    assert.deepEqual(await pool.query('SELECT current_user AS u, 1::bigint AS one'), [{ u: role, one: 1 }], 'bigint comes back as a number');
    assert.equal(pool.label, roleUrl);
  } finally {
    await pool.end();
  }

  writeFileSync(file, 'not-the-password\n', { mode: 0o600 });
  await refused(
    settingsFromConfig(storeFrom(dir, { url: roleUrl, password_file: 'pg.password' })),
    new RegExp(`password authentication failed for user "${role}": put the role's current password alone in ${file}`),
  );
  await refused({ url: roleUrl }, new RegExp(`the server asks user "${role}" for a password.*store\\.password_file`));

  writeFileSync(file, `${PASSWORD}\n`);
  chmodSync(file, 0o644);
  assert.throws(
    () => settingsFromConfig(storeFrom(dir, { url: roleUrl, password_file: 'pg.password' })),
    (e: Error) => e instanceof PostgresError && /^store\.password_file: .*mode 0644.*chmod 600/.test(e.message) && !e.message.includes(PASSWORD),
  );
});

test('TLS: verified against store.tls.ca_file; an untrusted certificate or a server without TLS is named', async () => {
  const dir = tempDir();
  const tls = makeTlsServer(dir, 2);
  const server = await startPostgres({
    conf: ['ssl=on', "ssl_cert_file='server.pem'", "ssl_key_file='server.key'"],
    files: { 'server.pem': readFileSync(tls.cert, 'utf8'), 'server.key': readFileSync(tls.key, 'utf8') },
  });
  try {
    const url = server.url();
    const pool = await connectPostgres(settingsFromConfig(storeFrom(dir, { url, tls: { ca_file: 'ca.pem' } })));
    try {
      const [r] = await pool.query<{ ssl: boolean }>('SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()');
      assert.equal(r.ssl, true, 'the connection is encrypted');
    } finally {
      await pool.end();
    }
    await refused(settingsFromConfig(storeFrom(dir, { url, tls: {} })), /TLS certificate is not trusted \(\w+: .*\): set store\.tls\.ca_file/);
  } finally {
    server.stop();
  }
  const plain = await pgServer();
  await refused(settingsFromConfig(storeFrom(dir, { url: plain.url(), tls: { ca_file: 'ca.pem' } })), /does not support TLS, but store\.tls is set/);
});

test('a server that accepts but never answers: the wait ends at connect_timeout_ms, naming it', async () => {
  const silent = createServer(() => {}); // takes the connection, says nothing
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  const { port } = silent.address() as { port: number };
  try {
    const t = Date.now();
    await refused(
      { url: `postgresql://adesync@127.0.0.1:${port}/adesync`, connectTimeoutMs: 300 },
      /no answer from 127\.0\.0\.1:\d+ in time .*raise store\.connect_timeout_ms/,
    );
    assert.ok(Date.now() - t < 30_000, 'bounded by the timeout, not by the OS');
  } finally {
    silent.close();
  }
});

test('a statement longer than statement_timeout_ms is cancelled by the server, and the error names the setting', async () => {
  const pool = await connectPostgres({ url: await freshDatabase(), statementTimeoutMs: 200 });
  try {
    await assert.rejects(pool.query('SELECT pg_sleep(5)'), (e: Error) => {
      assert.ok(e instanceof PostgresError, String(e));
      assert.match(e.message, /ran longer than store\.statement_timeout_ms and was cancelled/);
      return true;
    });
    assert.deepEqual(await pool.query('SELECT 1 AS one'), [{ one: 1 }], 'the pool carries on');
  } finally {
    await pool.end();
  }
});

test('the server drops a connection a transaction holds between two statements: the process lives, the error is explained, the pool carries on', async () => {
  const url = await freshDatabase();
  const pool = await connectPostgres({ url });
  const admin = await connectPostgres({ url });
  try {
    await assert.rejects(
      pool.transaction(async (c) => {
        const [{ pid }] = await c.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
        // another session ends this one's backend: the driver sees the socket close while the client is checked out
        await admin.query('SELECT pg_terminate_backend($1)', [pid]);
        // its backend gone from the server (then one more round trip on the admin connection, for the close to arrive)
        await until(async () => (await admin.query('SELECT 1 FROM pg_stat_activity WHERE pid = $1', [pid])).length === 0, 30_000, 'the backend ended');
        await admin.query('SELECT 1');
        await c.query('SELECT 1');
      }),
      (e: Error) => {
        assert.ok(e instanceof PostgresError, String(e));
        assert.match(e.message, /closed the connection/);
        return true;
      },
    );
    assert.deepEqual(await pool.query('SELECT 1 AS one'), [{ one: 1 }], 'a fresh connection serves the next query');
  } finally {
    await pool.end();
    await admin.end();
  }
});
