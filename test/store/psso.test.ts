import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { openDatabase } from '../../src/store/db.ts';
import { createPssoStore, prunePsso } from '../../src/store/psso.ts';
import { tempDir } from '../helpers/tmp.ts';

const user = { issuer: 'https://idp.example.test', subject: 'u1', email: 'u1@example.test', groups: ['staff'] };
const at = (ms: number) => new Date(Date.UTC(2026, 11, 2, 12, 0, 0) + ms).toISOString();

test('a link mints one token, only before it expires; the token binds the link’s device and the user', () => {
  const db = openDatabase(':memory:');
  const s = createPssoStore(db);
  s.addLink({ hash: 'L1', serial: 'C02A', udid: 'U-1', now: at(0), expiresAt: at(900_000) });
  s.addLink({ hash: 'L2', serial: 'C02A', udid: 'U-1', now: at(1), expiresAt: at(1000) });
  assert.deepEqual(s.link('L1'), { serial_number: 'C02A', udid: 'U-1', expires_at: at(900_000), used_at: null });
  assert.equal(s.link('nope'), undefined);
  assert.deepEqual(s.mintToken({ linkHash: 'L1', tokenHash: 'T1', user, now: at(10), expiresAt: at(300_010) }), { serial_number: 'C02A', udid: 'U-1' });
  assert.equal(s.mintToken({ linkHash: 'L1', tokenHash: 'T1b', user, now: at(20), expiresAt: at(300_020) }), undefined, 'a used link mints no second token');
  assert.equal(s.mintToken({ linkHash: 'L2', tokenHash: 'T2', user, now: at(1000), expiresAt: at(301_000) }), undefined, 'expired at expires_at');
  assert.equal(s.mintToken({ linkHash: 'nope', tokenHash: 'T3', user, now: at(10), expiresAt: at(300_010) }), undefined);
  const n = (db.prepare('SELECT COUNT(*) AS n FROM psso_tokens').get() as { n: number }).n;
  assert.equal(n, 1, 'refused mints wrote nothing');
  assert.deepEqual(s.consumeToken('T1', at(5000)), { serial_number: 'C02A', udid: 'U-1', user });
  db.close();
});

test('a token is consumed once, across connections to the same database; an expired one never; tokenState tells why', () => {
  const path = join(tempDir(), 'adesync.db');
  const a = createPssoStore(openDatabase(path));
  const bdb = openDatabase(path);
  const b = createPssoStore(bdb);
  a.addLink({ hash: 'L', serial: 'S1', udid: 'U1', now: at(0), expiresAt: at(900_000) });
  a.addLink({ hash: 'M', serial: 'S1', udid: 'U1', now: at(0), expiresAt: at(900_000) });
  a.mintToken({ linkHash: 'L', tokenHash: 'T', user, now: at(0), expiresAt: at(300_000) });
  a.mintToken({ linkHash: 'M', tokenHash: 'X', user, now: at(0), expiresAt: at(300_000) });
  assert.ok(b.consumeToken('T', at(1000)), 'the other connection wins first');
  assert.equal(a.consumeToken('T', at(1001)), undefined, 'and this one cannot use it again');
  assert.equal(a.tokenState('T')?.used_at, at(1000));
  assert.equal(a.consumeToken('X', at(300_000)), undefined, 'expired at expires_at');
  assert.deepEqual(a.tokenState('X'), { used_at: null, expires_at: at(300_000) });
  assert.equal(a.tokenState('unknown'), undefined);
  bdb.close();
});

test('a device keeps at most its newest five unused links; prunePsso deletes what expired, used or not', async () => {
  const db = openDatabase(':memory:');
  const s = createPssoStore(db);
  for (let i = 0; i < 8; i++) s.addLink({ hash: `A${i}`, serial: 'S1', udid: 'U1', now: at(i), expiresAt: at(900_000 + i) });
  s.addLink({ hash: 'B0', serial: 'S2', udid: 'U2', now: at(0), expiresAt: at(10) });
  const hashes = () => (db.prepare('SELECT link_hash FROM psso_links ORDER BY link_hash').all() as { link_hash: string }[]).map((r) => r.link_hash);
  assert.deepEqual(hashes(), ['A3', 'A4', 'A5', 'A6', 'A7', 'B0']);
  s.mintToken({ linkHash: 'A7', tokenHash: 'T7', user, now: at(100), expiresAt: at(300_100) });
  assert.deepEqual(await prunePsso(db, { before: at(20), batch: 1 }), { links: 1, tokens: 0 });
  assert.deepEqual(await prunePsso(db, { before: at(900_006), batch: 2 }), { links: 3, tokens: 1 });
  assert.deepEqual(hashes(), ['A6', 'A7']);
  db.close();
});
