// The login-first flows' storage (store/auth.ts), one battery on two engines: a real SQLite file and a real PostgreSQL,
// the same assertions. Each engine also gives a second connection (another handle on the file, another pool on the
// database), standing for another process or node: what one takes or spends, the other cannot have again.
// Logins in progress: taken once, only with the matching cookie hash, only before expiry; caps; expired rows pruned.
// OTA sessions: single use and expiry decided in the statement, each refusal reason told apart, revert, pruning.
// Platform SSO: a link mints one token, a token is consumed once, old links trimmed, expired rows pruned.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { openDatabase } from '../../src/store/db.ts';
import { createPgAuthStores, createSqliteAuthStores, type AuthStores } from '../../src/store/auth.ts';
import { hashChallenge } from '../../src/store/ota.ts';
import { openPool } from '../../src/store/pg/connect.ts';
import { migratePostgres } from '../../src/store/pg/migrate.ts';
import { tempDir } from '../helpers/tmp.ts';
import { freshDatabase } from '../helpers/pg.ts';

interface Engine {
  name: string;
  /** Stores on the first connection, and on a second one to the same database. */
  a: AuthStores;
  b: AuthStores;
  /** SQL for the test's own read-back, `?` placeholders. */
  all(sql: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
}

const engines: [() => Promise<Engine>, () => Promise<Engine>] = [
  async () => {
    const path = join(tempDir(), 'adesync.db');
    const [da, db] = [openDatabase(path), openDatabase(path)];
    after(() => {
      da.close();
      db.close();
    });
    return {
      name: 'sqlite',
      a: createSqliteAuthStores(da),
      b: createSqliteAuthStores(db),
      all: async (sql, params = []) => da.prepare(sql).all(...params) as Record<string, unknown>[],
    };
  },
  async () => {
    const url = await freshDatabase();
    const [pa, pb] = [openPool({ url }), openPool({ url })];
    after(() => Promise.all([pa.end(), pb.end()]));
    await migratePostgres(pa);
    return {
      name: 'postgresql',
      a: createPgAuthStores(pa),
      b: createPgAuthStores(pb),
      all: (sql, params = []) => {
        let i = 0;
        return pa.query(
          sql.replace(/\?/g, () => `$${++i}`),
          params,
        );
      },
    };
  },
];

const caps = { max: 4096, perSerial: 8 };
const login = (state: string, expires: number, serial: string | null = 'C02X') => ({
  state_sha256: state,
  cookie_sha256: `cookie-${state}`,
  purpose: 'webview',
  data: '{"blob":"AA=="}',
  serial,
  nonce: 'n',
  code_verifier: 'v',
  created_at: 0,
  expires_at: expires,
});
const user = { issuer: 'https://idp.example.test', subject: 's', groups: [] as string[] };
const dev = { serial: 'C02OTA000001', udid: 'U-1', ttlSeconds: 600 };
const pssoUser = { issuer: 'https://idp.example.test', subject: 'u1', email: 'u1@example.test', groups: ['staff'] };
const at = (ms: number) => new Date(Date.UTC(2026, 11, 2, 12, 0, 0) + ms).toISOString();

for (const [name, make] of [
  ['sqlite', engines[0]],
  ['postgresql', engines[1]],
] as const) {
  // each test on a database of its own
  const e = () => make();

  test(`${name}: a login session is taken once, with its cookie, before its expiry; expired rows are pruned`, async () => {
    const { a, b } = await e();
    assert.equal(await a.logins.add(login('s1', 1000), caps), undefined);
    assert.equal(await a.logins.add(login('s2', 1000), caps), undefined);
    assert.equal(await a.logins.take('s1', 'cookie-s2', 10), undefined, "another login's cookie takes nothing");
    assert.deepEqual(await a.logins.take('s1', 'cookie-s1', 10), { purpose: 'webview', data: '{"blob":"AA=="}', nonce: 'n', code_verifier: 'v' });
    assert.equal(await a.logins.take('s1', 'cookie-s1', 10), undefined, 'single use');
    assert.equal(await a.logins.take('s2', 'cookie-s2', 1000), undefined, 'expired at its expires_at');
    assert.equal(await a.logins.countLive(10), 1);
    assert.equal(await a.logins.countLive(1000), 0);
    assert.equal(await a.logins.countLive(10, 'C02X'), 1);
    assert.equal(await a.logins.countLive(10, 'C02Y'), 0);
    assert.equal(await a.logins.prune(1000), 1);
    assert.equal(await a.logins.countLive(0), 0);
    // a second connection (another process, another node) sees the take: one winner
    await a.logins.add(login('s3', 1000), caps);
    const [x, y] = await Promise.all([b.logins.take('s3', 'cookie-s3', 10), a.logins.take('s3', 'cookie-s3', 10)]);
    assert.equal([x, y].filter(Boolean).length, 1);
  });

  test(`${name}: a login is not added past the cap in all (full) or of its serial (serial_full), live sessions only`, async () => {
    const { a, b } = await e();
    const small = { max: 5, perSerial: 2 };
    // two for the serial, one through each connection
    assert.equal(await a.logins.add(login('c1', 5000, 'CAP1'), small), undefined);
    assert.equal(await b.logins.add(login('c2', 5000, 'CAP1'), small), undefined);
    assert.equal(await b.logins.add(login('c3', 5000, 'CAP1'), small), 'serial_full');
    assert.equal(await a.logins.add(login('c4', 5000, 'CAP2'), small), undefined, 'another serial has its own room');
    assert.equal(await a.logins.add(login('c5', 5000, null), small), undefined, 'a login without a serial counts in all only');
    assert.equal(await a.logins.add(login('c6', 5000, 'CAP3'), small), undefined);
    assert.equal(await b.logins.add(login('c7', 5000, 'CAP4'), small), 'full', 'five live in all');
    assert.equal(await a.logins.take('c3', 'cookie-c3', 10), undefined, 'a refused login was not written');
    // once they have expired, the sessions leave their room
    assert.equal(await a.logins.add({ ...login('c8', 9000, 'CAP1'), created_at: 5000 }, small), undefined);
    assert.equal(await a.logins.prune(5000), 5);
  });

  test(`${name}: an OTA challenge is consumed once across two connections; unknown, used and expired are told apart`, async () => {
    const {
      a: { ota: sa },
      b: { ota: sb },
      all,
    } = await e();
    await sa.create({ challenge: 'one', user, ttlSeconds: 60 });
    const first = await sb.consume({ challenge: 'one', ...dev });
    assert.ok(first.ok);
    assert.equal(first.session.user.subject, 's');
    assert.equal(first.session.user.email, undefined);
    assert.deepEqual(await sa.consume({ challenge: 'one', ...dev }), { ok: false, reason: 'consumed' });
    assert.deepEqual(await sa.consume({ challenge: 'two', ...dev }), { ok: false, reason: 'unknown' });
    await sa.create({ challenge: 'old', user, ttlSeconds: 60, now: new Date(Date.now() - 120_000) });
    assert.deepEqual(await sb.consume({ challenge: 'old', ...dev }), { ok: false, reason: 'expired' });
    const [row] = await all('SELECT challenge_hash FROM ota_sessions WHERE id = ?', [first.session.id]);
    assert.equal(row.challenge_hash, hashChallenge('one'));
  });

  test(`${name}: OTA phase 3 moves a phase-2 session of the same device once; the wrong device, phase or time is refused`, async () => {
    const {
      a: { ota: sa },
      b: { ota: sb },
    } = await e();
    const s = await sa.create({ challenge: 'p3', user, ttlSeconds: 60 });
    assert.deepEqual(await sa.complete({ id: s.id, serial: dev.serial, udid: dev.udid }), { ok: false, reason: 'wrong_phase' });
    assert.ok((await sa.consume({ challenge: 'p3', ...dev })).ok);
    assert.deepEqual(await sa.complete({ id: s.id, serial: 'OTHER', udid: dev.udid }), { ok: false, reason: 'mismatch' });
    assert.deepEqual(await sa.complete({ id: s.id, serial: dev.serial, udid: 'U-2' }), { ok: false, reason: 'mismatch' });
    assert.deepEqual(await sa.complete({ id: s.id, ...dev, now: new Date(Date.now() + 3600_000) }), { ok: false, reason: 'expired' });
    assert.deepEqual(await sa.complete({ id: 'nope', ...dev }), { ok: false, reason: 'unknown' });
    assert.ok((await sb.complete({ id: s.id, ...dev })).ok);
    assert.deepEqual(await sa.complete({ id: s.id, ...dev }), { ok: false, reason: 'done' });
    await sa.revert(s.id, 2); // serving failed: phase 3 may be tried again
    assert.ok((await sb.complete({ id: s.id, ...dev })).ok);
  });

  test(`${name}: OTA sessions a day past their expiry are pruned, fresher ones kept`, async () => {
    const {
      a: { ota: sa },
    } = await e();
    const gone = await sa.create({ challenge: 'prune-me', user, ttlSeconds: 60, now: new Date(Date.now() - 3 * 86_400_000) });
    const kept = await sa.create({ challenge: 'keep-me', user, ttlSeconds: 60 });
    assert.ok((await sa.prune(new Date(Date.now() - 86_400_000).toISOString(), 1)) >= 1);
    assert.equal(await sa.get(gone.id), undefined);
    assert.ok(await sa.get(kept.id));
  });

  test(`${name}: a PSSO link mints one token, only before it expires; the token binds the link’s device and the user`, async () => {
    const {
      a: { psso: s },
      all,
    } = await e();
    await s.addLink({ hash: 'L1', serial: 'C02A', udid: 'U-1', now: at(0), expiresAt: at(900_000) });
    await s.addLink({ hash: 'L2', serial: 'C02A', udid: 'U-1', now: at(1), expiresAt: at(1000) });
    assert.deepEqual(await s.link('L1'), { serial_number: 'C02A', udid: 'U-1', expires_at: at(900_000), used_at: null });
    assert.equal(await s.link('nope'), undefined);
    assert.deepEqual(await s.mintToken({ linkHash: 'L1', tokenHash: 'T1', user: pssoUser, now: at(10), expiresAt: at(300_010) }), {
      serial_number: 'C02A',
      udid: 'U-1',
    });
    assert.equal(
      await s.mintToken({ linkHash: 'L1', tokenHash: 'T1b', user: pssoUser, now: at(20), expiresAt: at(300_020) }),
      undefined,
      'a used link mints no second token',
    );
    assert.equal(
      await s.mintToken({ linkHash: 'L2', tokenHash: 'T2', user: pssoUser, now: at(1000), expiresAt: at(301_000) }),
      undefined,
      'expired at expires_at',
    );
    assert.equal(await s.mintToken({ linkHash: 'nope', tokenHash: 'T3', user: pssoUser, now: at(10), expiresAt: at(300_010) }), undefined);
    const [{ n }] = await all('SELECT COUNT(*) AS n FROM psso_tokens');
    assert.equal(Number(n), 1, 'refused mints wrote nothing');
    assert.deepEqual(await s.consumeToken('T1', at(5000)), { serial_number: 'C02A', udid: 'U-1', user: pssoUser });
  });

  test(`${name}: a PSSO token is consumed once, across connections to the same database; an expired one never; tokenState tells why`, async () => {
    const {
      a: { psso: a },
      b: { psso: b },
    } = await e();
    await a.addLink({ hash: 'L', serial: 'S1', udid: 'U1', now: at(0), expiresAt: at(900_000) });
    await a.addLink({ hash: 'M', serial: 'S1', udid: 'U1', now: at(0), expiresAt: at(900_000) });
    await a.mintToken({ linkHash: 'L', tokenHash: 'T', user: pssoUser, now: at(0), expiresAt: at(300_000) });
    await a.mintToken({ linkHash: 'M', tokenHash: 'X', user: pssoUser, now: at(0), expiresAt: at(300_000) });
    assert.ok(await b.consumeToken('T', at(1000)), 'the other connection wins first');
    assert.equal(await a.consumeToken('T', at(1001)), undefined, 'and this one cannot use it again');
    assert.equal((await a.tokenState('T'))?.used_at, at(1000));
    assert.equal(await a.consumeToken('X', at(300_000)), undefined, 'expired at expires_at');
    assert.deepEqual(await a.tokenState('X'), { used_at: null, expires_at: at(300_000) });
    assert.equal(await a.tokenState('unknown'), undefined);
  });

  test(`${name}: a device keeps at most its newest five unused PSSO links; prune deletes what expired, used or not`, async () => {
    const {
      a: { psso: s },
      all,
    } = await e();
    for (let i = 0; i < 8; i++) await s.addLink({ hash: `A${i}`, serial: 'S1', udid: 'U1', now: at(i), expiresAt: at(900_000 + i) });
    await s.addLink({ hash: 'B0', serial: 'S2', udid: 'U2', now: at(0), expiresAt: at(10) });
    const hashes = async () => (await all('SELECT link_hash FROM psso_links ORDER BY link_hash')).map((r) => r.link_hash);
    assert.deepEqual(await hashes(), ['A3', 'A4', 'A5', 'A6', 'A7', 'B0']);
    await s.mintToken({ linkHash: 'A7', tokenHash: 'T7', user: pssoUser, now: at(100), expiresAt: at(300_100) });
    assert.deepEqual(await s.prune({ before: at(20), batch: 1 }), { links: 1, tokens: 0 });
    assert.deepEqual(await s.prune({ before: at(900_006), batch: 2 }), { links: 3, tokens: 1 });
    assert.deepEqual(await hashes(), ['A6', 'A7']);
  });
}
