import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../src/store/db.ts';
import { readServerToken } from '../../src/token/file.ts';
import { importServerToken, TokenConflictError } from '../../src/token/import.ts';
import { generateTokenKeypair } from '../../src/token/keypair.ts';
import { getTokenRecord, removeTokenRecord, sqliteTokenRecords } from '../../src/store/tokens.ts';
import { decryptServerToken } from '../../src/token/parse.ts';
import { fixture, tempDir } from '../helpers/tmp.ts';
import { encrypt, fakeToken, makeRecipient, openssl, tokenPlaintext } from './openssl.ts';

const realP7m = () => readFileSync(fixture('server-token/abm-server-token.p7m'));
const realKey = () => readFileSync(fixture('server-token/abm-server-token-key.pem'), 'utf8');
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

function setup() {
  const dir = tempDir();
  const db = openDatabase(join(dir, 'adesync.db'));
  return { dir, db, tokenFile: join(dir, 'tokens', 'main.json') };
}

test('importing the real token stores a 0600 file and a row without secrets', async (t) => {
  const { dir, db, tokenFile } = setup();
  t.after(() => db.close());
  const now = new Date('2025-06-01T00:00:00Z');
  const r = await importServerToken({ records: sqliteTokenRecords(db), name: 'main', tokenFile, p7m: realP7m(), keyPem: realKey(), now });
  assert.equal(r.created, true);
  assert.equal(r.serverChanged, false);
  assert.equal(statSync(tokenFile).mode & 0o777, 0o600);
  assert.equal(statSync(join(dir, 'tokens')).mode & 0o777, 0o700);
  const tok = readServerToken(tokenFile);
  assert.ok(tok.consumer_key.startsWith('CK_75b2eb55'));

  const row = getTokenRecord(db, 'main')!;
  assert.equal(row.token_file, tokenFile);
  assert.equal(row.consumer_key_sha256, sha256(tok.consumer_key));
  assert.equal(row.access_token_expiry, '2026-01-17T11:02:21Z');
  assert.equal(row.created_at, now.toISOString());
  assert.equal(row.status, 'unknown');
  // No column anywhere holds a secret or the consumer key itself.
  const dump = JSON.stringify(db.prepare('SELECT * FROM tokens').all());
  for (const s of [tok.consumer_key, tok.consumer_secret, tok.access_token, tok.access_secret]) assert.ok(!dump.includes(s));
});

test("re-importing the same server's token renews it and keeps what /account told us", async (t) => {
  const { db, tokenFile } = setup();
  t.after(() => db.close());
  await importServerToken({ records: sqliteTokenRecords(db), name: 'main', tokenFile, p7m: realP7m(), keyPem: realKey() });
  db.prepare("UPDATE tokens SET server_name = 'MDM One', status = 'expired' WHERE name = 'main'").run();
  const r = await importServerToken({ records: sqliteTokenRecords(db), name: 'main', tokenFile, p7m: realP7m(), keyPem: realKey() });
  assert.equal(r.created, false);
  assert.equal(r.serverChanged, false);
  const row = getTokenRecord(db, 'main')!;
  assert.equal(row.server_name, 'MDM One');
  assert.equal(row.status, 'unknown', 'an expired status is cleared by a new token');
});

test("another server's token under the same name is refused without --force, taken with it", async (t) => {
  const { dir, db, tokenFile } = setup();
  t.after(() => db.close());
  await importServerToken({ records: sqliteTokenRecords(db), name: 'main', tokenFile, p7m: realP7m(), keyPem: realKey() });
  db.prepare("UPDATE tokens SET server_name = 'MDM One', org_name = 'Org' WHERE name = 'main'").run();
  const before = readFileSync(tokenFile, 'utf8');

  const r = makeRecipient(dir, 'r');
  const other = fakeToken('2027-05-05T00:00:00Z');
  const p7m = encrypt(dir, 'smime', ['-aes128'], tokenPlaintext(other), [r.cert]);
  await assert.rejects(
    importServerToken({ records: sqliteTokenRecords(db), name: 'main', tokenFile, p7m, keyPem: r.keyPem }),
    (e) => e instanceof TokenConflictError && e.code === 'TOKEN_CONFLICT' && /--force/.test(e.message) && !e.message.includes(other.consumer_key),
  );
  assert.equal(readFileSync(tokenFile, 'utf8'), before, 'file untouched');
  assert.equal(getTokenRecord(db, 'main')!.server_name, 'MDM One');

  const forced = await importServerToken({ records: sqliteTokenRecords(db), name: 'main', tokenFile, p7m, keyPem: r.keyPem, force: true });
  assert.equal(forced.serverChanged, true);
  assert.deepEqual(readServerToken(tokenFile), other);
  const row = getTokenRecord(db, 'main')!;
  assert.equal(row.consumer_key_sha256, sha256(other.consumer_key));
  assert.equal(row.server_name, null);
  assert.equal(row.org_name, null);
  assert.equal(row.access_token_expiry, '2027-05-05T00:00:00Z');
});

test('the conflict check also reads an existing token file when the database is new', async (t) => {
  const { dir, db, tokenFile } = setup();
  t.after(() => db.close());
  await importServerToken({ records: sqliteTokenRecords(db), name: 'main', tokenFile, p7m: realP7m(), keyPem: realKey() });
  assert.equal(removeTokenRecord(db, 'main'), true);
  const r = makeRecipient(dir, 'r');
  const p7m = encrypt(dir, 'smime', ['-aes256'], tokenPlaintext(fakeToken()), [r.cert]);
  await assert.rejects(importServerToken({ records: sqliteTokenRecords(db), name: 'main', tokenFile, p7m, keyPem: r.keyPem }), TokenConflictError);
});

test('a failed decrypt writes nothing', async (t) => {
  const { dir, db, tokenFile } = setup();
  t.after(() => db.close());
  const r = makeRecipient(dir, 'r');
  await assert.rejects(importServerToken({ records: sqliteTokenRecords(db), name: 'main', tokenFile, p7m: realP7m(), keyPem: r.keyPem }), /cannot decrypt/);
  assert.equal(getTokenRecord(db, 'main'), undefined);
  assert.throws(() => statSync(tokenFile), /ENOENT/);
});

test('generated key pair: openssl reads the certificate, and a token encrypted to it decrypts with the key', async () => {
  const dir = tempDir();
  const now = new Date();
  const kp = await generateTokenKeypair('main', now);
  const certFile = join(dir, 'c.pem');
  writeFileSync(certFile, kp.certPem);
  const text = openssl(['x509', '-in', certFile, '-noout', '-subject', '-enddate', '-ext', 'keyUsage,basicConstraints', '-fingerprint', '-sha256']).toString();
  assert.match(text, /subject=CN ?= ?adesync main/);
  assert.match(text, /Key Encipherment/);
  assert.match(text, /CA:FALSE/);
  assert.ok(text.includes(`Fingerprint=${kp.fingerprintSha256}`), text);
  const days = Math.round((kp.notAfter.getTime() - now.getTime()) / 86_400_000);
  assert.equal(days, 730);
  assert.match(openssl(['x509', '-in', certFile, '-noout', '-text']).toString(), /Public-Key: \(2048 bit\)/);
  assert.match(openssl(['verify', '-CAfile', certFile, certFile]).toString(), /OK/);
  assert.match(kp.keyPem, /^-----BEGIN PRIVATE KEY-----\n/);

  const tok = fakeToken();
  const p7m = encrypt(dir, 'smime', ['-aes128'], tokenPlaintext(tok), [certFile]);
  assert.deepEqual(decryptServerToken(p7m, kp.keyPem), tok);
});
