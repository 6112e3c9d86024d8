// Logins in progress (store/logins.ts): taken once, only with the matching cookie hash, only before expiry; two
// connections racing for one state get it once between them; expired rows pruned.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { countLiveLoginSessions, countLiveLoginSessionsOf, insertLoginSession, pruneLoginSessions, takeLoginSession } from '../../src/store/logins.ts';
import { openDatabase } from '../../src/store/db.ts';
import { tempDir } from '../helpers/tmp.ts';

const row = (state: string, expires: number) => ({
  state_sha256: state,
  cookie_sha256: `cookie-${state}`,
  purpose: 'webview',
  data: '{"blob":"AA=="}',
  serial: 'C02X',
  nonce: 'n',
  code_verifier: 'v',
  created_at: 0,
  expires_at: expires,
});

test('a session is taken once, with its cookie, before its expiry; expired rows are pruned', () => {
  const path = join(tempDir(), 'a.db');
  const db = openDatabase(path);
  insertLoginSession(db, row('s1', 1000));
  insertLoginSession(db, row('s2', 1000));
  assert.equal(takeLoginSession(db, 's1', 'cookie-s2', 10), undefined, "another login's cookie takes nothing");
  assert.deepEqual(takeLoginSession(db, 's1', 'cookie-s1', 10), { purpose: 'webview', data: '{"blob":"AA=="}', nonce: 'n', code_verifier: 'v' });
  assert.equal(takeLoginSession(db, 's1', 'cookie-s1', 10), undefined, 'single use');
  assert.equal(takeLoginSession(db, 's2', 'cookie-s2', 1000), undefined, 'expired at its expires_at');
  assert.equal(countLiveLoginSessions(db, 10), 1);
  assert.equal(countLiveLoginSessions(db, 1000), 0);
  assert.equal(countLiveLoginSessionsOf(db, 'C02X', 10), 1);
  assert.equal(countLiveLoginSessionsOf(db, 'C02Y', 10), 0);
  assert.equal(pruneLoginSessions(db, 1000), 1);
  assert.equal(countLiveLoginSessions(db, 0), 0);
  // a second connection (another process, later another node) sees the take: one winner
  insertLoginSession(db, row('s3', 1000));
  const other = new Database(path);
  try {
    const a = takeLoginSession(other, 's3', 'cookie-s3', 10);
    const b = takeLoginSession(db, 's3', 'cookie-s3', 10);
    assert.equal([a, b].filter(Boolean).length, 1);
  } finally {
    other.close();
    db.close();
  }
});
