// OTA sessions in SQLite: single use and expiry decided in the statement (two connections to one file, as two nodes
// would be), each refusal reason told apart, revert, and pruning.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { openDatabase } from '../../src/store/db.ts';
import { createOtaStore, hashChallenge, pruneOtaSessions } from '../../src/store/ota.ts';
import { tempDir } from '../helpers/tmp.ts';

const dir = tempDir();
const path = join(dir, 'adesync.db');
const a = openDatabase(path);
const b = openDatabase(path);
const [sa, sb] = [createOtaStore(a), createOtaStore(b)];
const user = { issuer: 'https://idp.example.test', subject: 's', groups: [] as string[] };
const dev = { serial: 'C02OTA000001', udid: 'U-1', ttlSeconds: 600 };

test('a challenge is consumed once across two connections; unknown, used and expired are told apart', () => {
  sa.create({ challenge: 'one', user, ttlSeconds: 60 });
  const first = sb.consume({ challenge: 'one', ...dev });
  assert.ok(first.ok);
  assert.equal(first.session.user.subject, 's');
  assert.equal(first.session.user.email, undefined);
  assert.deepEqual(sa.consume({ challenge: 'one', ...dev }), { ok: false, reason: 'consumed' });
  assert.deepEqual(sa.consume({ challenge: 'two', ...dev }), { ok: false, reason: 'unknown' });
  sa.create({ challenge: 'old', user, ttlSeconds: 60, now: new Date(Date.now() - 120_000) });
  assert.deepEqual(sb.consume({ challenge: 'old', ...dev }), { ok: false, reason: 'expired' });
  const row = a.prepare('SELECT challenge_hash FROM ota_sessions WHERE id = ?').get(first.session.id) as { challenge_hash: string };
  assert.equal(row.challenge_hash, hashChallenge('one'));
});

test('phase 3 moves a phase-2 session of the same device once; the wrong device, phase or time is refused', () => {
  const s = sa.create({ challenge: 'p3', user, ttlSeconds: 60 });
  assert.deepEqual(sa.complete({ id: s.id, serial: dev.serial, udid: dev.udid }), { ok: false, reason: 'wrong_phase' });
  assert.ok(sa.consume({ challenge: 'p3', ...dev }).ok);
  assert.deepEqual(sa.complete({ id: s.id, serial: 'OTHER', udid: dev.udid }), { ok: false, reason: 'mismatch' });
  assert.deepEqual(sa.complete({ id: s.id, serial: dev.serial, udid: 'U-2' }), { ok: false, reason: 'mismatch' });
  assert.deepEqual(sa.complete({ id: s.id, ...dev, now: new Date(Date.now() + 3600_000) }), { ok: false, reason: 'expired' });
  assert.deepEqual(sa.complete({ id: 'nope', ...dev }), { ok: false, reason: 'unknown' });
  assert.ok(sb.complete({ id: s.id, ...dev }).ok);
  assert.deepEqual(sa.complete({ id: s.id, ...dev }), { ok: false, reason: 'done' });
  sa.revert(s.id, 2); // serving failed: phase 3 may be tried again
  assert.ok(sb.complete({ id: s.id, ...dev }).ok);
});

test('sessions a day past their expiry are pruned, fresher ones kept', () => {
  const gone = sa.create({ challenge: 'prune-me', user, ttlSeconds: 60, now: new Date(Date.now() - 3 * 86_400_000) });
  const kept = sa.create({ challenge: 'keep-me', user, ttlSeconds: 60 });
  assert.ok(pruneOtaSessions(a, new Date(Date.now() - 86_400_000).toISOString(), 1) >= 1);
  assert.equal(sa.get(gone.id), undefined);
  assert.ok(sa.get(kept.id));
});
