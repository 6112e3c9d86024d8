// End to end through the real CLI: keypair → openssl encrypts a token to that certificate → import → show.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ServerToken } from '../../src/apple/types.ts';
import { createPrivateKey } from 'node:crypto';
import { SHARED, fixture, tempDir } from '../helpers/tmp.ts';
import { encrypt, fakeToken, tokenPlaintext } from './openssl.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const ENTRY = 'src/cli/main.ts';

/** Every output of every run, to check at the end that no secret ever appeared. */
const outputs: string[] = [];

function adesync(...args: string[]): { rc: number | null; stdout: string; stderr: string } {
  const env = { ...process.env };
  for (const k of ['ADESYNC_CONFIG', 'CONFIGURATION_DIRECTORY', 'STATE_DIRECTORY']) delete env[k];
  const r = spawnSync(process.execPath, ['--import', 'tsx', ENTRY, ...args], { cwd: ROOT, env, encoding: 'utf8' });
  outputs.push(r.stdout, r.stderr);
  return { rc: r.status, stdout: r.stdout, stderr: r.stderr };
}

const mode = (p: string) => statSync(p).mode & 0o777;
const iso = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().replace(/\.\d+Z$/, 'Z');

test('token keypair → import → show, with no secret in any output', () => {
  const dir = tempDir();
  const state = join(dir, 'state');
  const tokens = join(state, 'tokens');
  const secrets: string[] = [];
  const remember = (t: ServerToken) => {
    secrets.push(t.consumer_key, t.consumer_secret, t.access_token, t.access_secret);
    return t;
  };

  // keypair: key 0600, certificate beside it, folder 0700, next steps printed.
  let r = adesync('token', 'keypair', '--name', 'main', '--state-dir', state);
  assert.equal(r.rc, 0, r.stderr);
  const key = join(tokens, 'main.key.pem');
  const cert = join(tokens, 'main.cert.pem');
  assert.equal(mode(key), 0o600);
  assert.equal(mode(tokens), 0o700);
  assert.ok(r.stdout.includes(cert));
  assert.match(r.stdout, /upload/i);
  assert.match(r.stdout, /adesync token import --name main/);
  const keyPem = readFileSync(key, 'utf8');
  secrets.push(keyPem.split('\n')[1]);

  // A second keypair would orphan the uploaded certificate: refused unless --force.
  r = adesync('token', 'keypair', '--name', 'main', '--state-dir', state);
  assert.equal(r.rc, 1);
  assert.match(r.stderr, /already exists.*--force/s);
  assert.equal(readFileSync(key, 'utf8'), keyPem);

  // Apple's side, played by openssl: a token encrypted to the uploaded certificate.
  const tok = remember(fakeToken(iso(200)));
  const p7m = join(dir, 'main_Token_smime.p7m');
  writeFileSync(p7m, encrypt(dir, 'smime', ['-aes128'], tokenPlaintext(tok), [cert]));
  r = adesync('token', 'import', '--name', 'main', '--state-dir', state, p7m);
  assert.equal(r.rc, 0, r.stderr);
  assert.match(r.stdout, /Imported token "main"/);
  assert.match(r.stdout, /in (199|200) days/);
  const tokenFile = join(tokens, 'main.json');
  assert.equal(mode(tokenFile), 0o600);
  assert.deepEqual(JSON.parse(readFileSync(tokenFile, 'utf8')), tok);

  r = adesync('token', 'show', '--json', '--state-dir', state);
  assert.equal(r.rc, 0, r.stderr);
  const shown = JSON.parse(r.stdout);
  assert.equal(shown.warn_days, 30);
  assert.equal(shown.tokens.length, 1);
  assert.deepEqual(
    { ...shown.tokens[0], days_left: undefined },
    {
      name: 'main',
      server_name: null,
      org_name: null,
      token_file: tokenFile,
      access_token_expiry: tok.access_token_expiry,
      days_left: undefined,
      state: 'ok',
      apple_status: 'unknown',
    },
  );
  assert.ok([199, 200].includes(shown.tokens[0].days_left));

  // Another MDM server's token under the same name: refused, then taken with --force.
  const other = remember(fakeToken(iso(10)));
  const p7m2 = join(dir, 'other.p7m');
  writeFileSync(p7m2, encrypt(dir, 'cms', ['-aes256', '-recip', cert, '-keyopt', 'rsa_padding_mode:oaep'], tokenPlaintext(other), []));
  r = adesync('token', 'import', '--name', 'main', '--state-dir', state, p7m2);
  assert.equal(r.rc, 1);
  assert.match(r.stderr, /another MDM server.*--force/s);
  assert.deepEqual(JSON.parse(readFileSync(tokenFile, 'utf8')), tok);
  r = adesync('token', 'import', '--name', 'main', '--force', '--state-dir', state, p7m2);
  assert.equal(r.rc, 0, r.stderr);
  assert.match(r.stdout, /replacing the token of another MDM server/);

  // Ten days left: shown as expiring, exit 3 (an admin must act).
  r = adesync('token', 'show', '--state-dir', state);
  assert.equal(r.rc, 3);
  assert.match(r.stdout, /^NAME\s+SERVER\s+EXPIRES\s+DAYS\s+STATUS$/m);
  assert.match(r.stdout, /^main\s+-\s+\S+Z\s+(9|10)\s+expiring$/m);

  // The real ABM token with its own key: imports, and is already expired.
  r = adesync(
    'token',
    'import',
    '--name',
    'abm',
    '--state-dir',
    state,
    '--key',
    fixture('server-token/abm-server-token-key.pem'),
    fixture('server-token/abm-server-token.p7m'),
  );
  assert.equal(r.rc, 0, r.stderr);
  assert.match(r.stdout, /expires 2026-01-17T11:02:21Z/);
  const abm = JSON.parse(readFileSync(join(tokens, 'abm.json'), 'utf8'));
  assert.ok(abm.consumer_key.startsWith('CK_75b2eb55'));
  remember(abm);
  r = adesync('token', 'show', '--json', '--state-dir', state);
  assert.equal(r.rc, 3);
  const states = Object.fromEntries(JSON.parse(r.stdout).tokens.map((t: { name: string; state: string }) => [t.name, t.state]));
  assert.deepEqual(states, { abm: new Date() > new Date('2026-01-17T11:02:21Z') ? 'expired' : states.abm, main: 'expiring' });

  r = adesync('token', 'remove', '--name', 'abm', '--state-dir', state);
  assert.equal(r.rc, 0, r.stderr);
  assert.ok(!existsSync(join(tokens, 'abm.json')));

  for (const s of secrets) for (const o of outputs) assert.ok(!o.includes(s), `a secret (${s.slice(0, 3)}…) appeared in CLI output`);
});

test('token commands read state_dir and token files from the config', () => {
  const dir = tempDir();
  const state = join(dir, 'var');
  const cfg = join(dir, 'config.yaml');
  writeFileSync(cfg, `state_dir: ${state}\ntokens:\n  - name: main\n  - name: second\n    file: ${join(dir, 'secret', 'second.json')}\n`);
  let r = adesync(
    '--config',
    cfg,
    'token',
    'import',
    '--name',
    'main',
    '--key',
    fixture('server-token/abm-server-token-key.pem'),
    fixture('server-token/abm-server-token.p7m'),
  );
  assert.equal(r.rc, 0, r.stderr);
  assert.equal(mode(join(state, 'tokens', 'main.json')), 0o600);
  assert.ok(existsSync(join(state, 'adesync.db')));
  r = adesync('--config', cfg, 'token', 'show', '--json');
  assert.equal(r.rc, 3);
  const byName = Object.fromEntries(JSON.parse(r.stdout).tokens.map((t: { name: string }) => [t.name, t]));
  assert.equal(byName.second.state, 'not_imported');
  assert.equal(byName.second.token_file, join(dir, 'secret', 'second.json'));
  assert.match(byName.second.problem, /adesync token import --name second/);
});

test('bad input: a bad name is a usage error (2); a missing key or file a failure (1) that says what to pass', () => {
  const state = join(tempDir(), 's');
  let r = adesync('token', 'keypair', '--name', 'bad name', '--state-dir', state);
  assert.equal(r.rc, 2);
  assert.match(r.stderr, /--name "bad name"/);
  r = adesync('token', 'import', '--name', 'main', '--state-dir', state, fixture('server-token/abm-server-token.p7m'));
  assert.equal(r.rc, 1);
  assert.match(r.stderr, /cannot read the private key .*main\.key\.pem.*--key/);
  r = adesync('token', 'import', '--name', 'main', '--state-dir', state, '--key', fixture('server-token/abm-server-token-key.pem'), join(state, 'none.p7m'));
  assert.equal(r.rc, 1);
  assert.match(r.stderr, /cannot read .*none\.p7m \(ENOENT\)/);
  r = adesync('token', 'show', '--state-dir', state);
  assert.equal(r.rc, 0);
  assert.match(r.stdout, /no tokens/);
});

test('token import --key reads the private key in DER as well as PEM: PKCS#1 (a real one) and PKCS#8', () => {
  const more = join(SHARED, 'fixtures', 'more', 'server-token');
  const dir = tempDir();
  const pkcs1Der = join(more, 'petarov-abm-token-key-pkcs1.der');
  const pkcs8Der = join(dir, 'key.pk8.der');
  writeFileSync(pkcs8Der, createPrivateKey({ key: readFileSync(pkcs1Der), format: 'der', type: 'pkcs1' }).export({ format: 'der', type: 'pkcs8' }));
  const pkcs1Pem = join(dir, 'key.rsa.pem');
  writeFileSync(pkcs1Pem, createPrivateKey({ key: readFileSync(pkcs1Der), format: 'der', type: 'pkcs1' }).export({ format: 'pem', type: 'pkcs1' }));
  for (const key of [pkcs1Der, pkcs8Der, pkcs1Pem, fixture('server-token/abm-server-token-key.pem')]) {
    const state = join(tempDir(), 's');
    const r = adesync('token', 'import', '--name', 'main', '--state-dir', state, '--key', key, fixture('server-token/abm-server-token.p7m'));
    assert.equal(r.rc, 0, `${key}: ${r.stderr}`);
    assert.match(r.stdout, /Imported token "main"/);
    assert.equal(JSON.parse(readFileSync(join(state, 'tokens', 'main.json'), 'utf8')).access_token_expiry, '2026-01-17T11:02:21Z');
  }
  // the token of another server with the real DER key: the one clean decrypt error
  const r = adesync('token', 'import', '--name', 'x', '--state-dir', join(dir, 's2'), '--key', pkcs1Der, join(more, 'micromdm-2019-abm-token-no-key.p7m'));
  assert.equal(r.rc, 1);
  assert.match(r.stderr, /cannot decrypt the token with this private key/);
});
