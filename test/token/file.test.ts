import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  checkSecretFileMode,
  ensurePrivateDir,
  readServerToken,
  TokenFileError,
  TokenFileInsecureError,
  writeSecretFile,
  writeTokenFile,
} from '../../src/token/file.ts';
import { TokenFormatError } from '../../src/token/parse.ts';
import { tempDir } from '../helpers/tmp.ts';
import { fakeToken } from './openssl.ts';

const mode = (p: string) => statSync(p).mode & 0o777;

test('a token file is written 0600 in a new 0700 folder, whatever the umask, with no temp file left', () => {
  const dir = join(tempDir(), 'state', 'tokens');
  const file = join(dir, 'main.json');
  const t = fakeToken();
  const old = process.umask(0);
  try {
    writeTokenFile(file, t);
  } finally {
    process.umask(old);
  }
  assert.equal(mode(file), 0o600);
  assert.equal(mode(dir), 0o700);
  assert.deepEqual(readdirSync(dir), ['main.json']);
  assert.deepEqual(JSON.parse(readFileSync(file, 'utf8')), t);
  assert.deepEqual(readServerToken(file), t);
});

test('rewriting replaces the content atomically and keeps 0600', () => {
  const dir = tempDir();
  const file = join(dir, 't.json');
  writeFileSync(file, 'old', { mode: 0o644 });
  const t = fakeToken();
  writeTokenFile(file, t);
  assert.equal(mode(file), 0o600);
  assert.deepEqual(readServerToken(file), t);
  assert.deepEqual(readdirSync(dir), ['t.json']);
});

test('overwrite: false refuses an existing file and leaves it as it was', () => {
  const dir = tempDir();
  const file = join(dir, 'k.pem');
  writeSecretFile(file, 'first', { overwrite: false });
  assert.throws(
    () => writeSecretFile(file, 'second', { overwrite: false }),
    (e) => (e as NodeJS.ErrnoException).code === 'EEXIST',
  );
  assert.equal(readFileSync(file, 'utf8'), 'first');
  assert.deepEqual(readdirSync(dir), ['k.pem']);
  writeSecretFile(join(dir, 'c.pem'), 'cert', { mode: 0o644 });
  assert.equal(mode(join(dir, 'c.pem')), 0o644);
});

test('ensurePrivateDir tightens an existing folder to 0700', () => {
  const dir = join(tempDir(), 'tokens');
  mkdirSync(dir, { mode: 0o755 });
  chmodSync(dir, 0o755);
  ensurePrivateDir(dir);
  assert.equal(mode(dir), 0o700);
});

test('a group- or world-readable token file is refused, or reported through onInsecure', () => {
  const file = join(tempDir(), 't.json');
  const t = fakeToken();
  writeTokenFile(file, t);
  assert.equal(checkSecretFileMode(file), undefined);
  for (const m of [0o640, 0o604, 0o644]) {
    chmodSync(file, m);
    assert.throws(
      () => readServerToken(file),
      (e) => e instanceof TokenFileInsecureError && e.code === 'TOKEN_FILE_INSECURE' && e.mode === statSync(file).mode && /chmod 600/.test(e.message),
    );
    const seen: TokenFileInsecureError[] = [];
    assert.deepEqual(readServerToken(file, { onInsecure: (e) => seen.push(e) }), t);
    assert.equal(seen.length, 1);
    assert.ok(checkSecretFileMode(file) instanceof TokenFileInsecureError);
  }
});

test('missing, non-JSON and incomplete token files fail with what to do', () => {
  const dir = tempDir();
  assert.throws(
    () => readServerToken(join(dir, 'nope.json')),
    (e) => e instanceof TokenFileError && e.code === 'TOKEN_FILE_MISSING' && /adesync token import/.test(e.message),
  );
  const bad = join(dir, 'bad.json');
  writeSecretFile(bad, '{"consumer_key": CK_');
  assert.throws(
    () => readServerToken(bad),
    (e) => e instanceof TokenFileError && e.code === 'TOKEN_FILE_INVALID' && !e.message.includes('CK_'),
  );
  const partial = join(dir, 'partial.json');
  const { access_secret: _drop, ...rest } = fakeToken();
  writeSecretFile(partial, JSON.stringify(rest));
  assert.throws(
    () => readServerToken(partial),
    (e) => e instanceof TokenFormatError && e.field === 'access_secret' && e.message.startsWith(partial),
  );
});
