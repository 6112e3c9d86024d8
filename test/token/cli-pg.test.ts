// `adesync token import | show | remove` on a PostgreSQL store: the rows live in the shared database (so `status` and
// every node see the imported token), the file beside the config as on SQLite. Real CLI, real PostgreSQL, a token
// encrypted by openssl to the real keypair the CLI made.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openPool } from '../../src/store/pg/connect.ts';
import { tempDir } from '../helpers/tmp.ts';
import { cliAsync } from '../helpers/cli.ts';
import { freshDatabase, pgServer } from '../helpers/pg.ts';
import { encrypt, fakeToken, tokenPlaintext } from './openssl.ts';

const server = pgServer();
const iso = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().replace(/\.\d+Z$/, 'Z');

test('token import, show and remove on PostgreSQL: the row in the shared database, the secrets only in the 0600 file', { timeout: 120_000 }, async () => {
  await server;
  const url = await freshDatabase();
  const dir = tempDir();
  const config = join(dir, 'config.yaml');
  writeFileSync(
    config,
    `state_dir: ${dir}\ndatabase: ${url}\ntokens:\n  - name: main\n    default_profile: p\nprofiles:\n  p: { profile_name: P, url: https://mdm.example.com/enroll }\n`,
  );
  const kp = await cliAsync(['token', 'keypair', '--name', 'main', '--config', config]);
  assert.equal(kp.code, 0, kp.stderr);
  const tok = fakeToken(iso(200));
  const p7m = join(dir, 'main_Token_smime.p7m');
  writeFileSync(p7m, encrypt(dir, 'smime', ['-aes256'], tokenPlaintext(tok), [join(dir, 'tokens', 'main.cert.pem')]));
  const pool = openPool({ url });
  try {
    const imp = await cliAsync(['token', 'import', '--name', 'main', p7m, '--config', config]);
    assert.equal(imp.code, 0, imp.stderr);
    assert.match(imp.stdout, /Imported token "main"/);
    assert.equal(statSync(join(dir, 'tokens', 'main.json')).mode & 0o777, 0o600);
    const rows = await pool.query<Record<string, unknown>>('SELECT * FROM tokens');
    assert.equal(rows.length, 1);
    assert.equal(rows[0].access_token_expiry, tok.access_token_expiry);
    const dump = JSON.stringify(rows);
    for (const s of [tok.consumer_key, tok.consumer_secret, tok.access_token, tok.access_secret]) assert.ok(!dump.includes(s), 'no secret in the database');

    const show = await cliAsync(['token', 'show', '--json', '--config', config]);
    assert.equal(show.code, 0, show.stderr);
    const shown = JSON.parse(show.stdout).tokens;
    assert.equal(shown[0].name, 'main');
    assert.equal(shown[0].access_token_expiry, tok.access_token_expiry);
    assert.equal(shown[0].state, 'ok');

    const again = await cliAsync(['token', 'import', '--name', 'main', p7m, '--config', config]);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /\(renewed\)/);

    const rm = await cliAsync(['token', 'remove', '--name', 'main', '--config', config]);
    assert.equal(rm.code, 0, rm.stderr);
    assert.equal((await pool.query('SELECT * FROM tokens')).length, 0);
    assert.ok(!existsSync(join(dir, 'tokens', 'main.json')));
    for (const out of [imp, show, again, rm].flatMap((r) => [r.stdout, r.stderr]))
      for (const s of [tok.consumer_secret, tok.access_token, tok.access_secret]) assert.ok(!out.includes(s), 'no secret printed');
  } finally {
    await pool.end();
  }
});
