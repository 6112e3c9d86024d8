import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import { issueTokenP7m } from '../../src/sim/index.ts';
import { makeServerToken } from '../../src/sim/state.ts';
import { decryptServerToken } from '../../src/token/parse.ts';
import { tempDir } from '../helpers/tmp.ts';
import { signSession } from './helpers.ts';
import { fetchOnce } from '../helpers/http.ts';

const run = promisify(execFile);

async function keypair(dir: string): Promise<{ cert: string; key: string }> {
  const key = join(dir, 'key.pem'),
    cert = join(dir, 'cert.pem');
  await run('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '30', '-subj', '/CN=adesync sim test']);
  return { cert, key };
}

describe('sim token issuance (A.2)', async () => {
  const dir = tempDir();
  const { cert, key } = await keypair(dir);
  const token = makeServerToken(Date.now());

  it('writes ABM-shaped token JSON', () => {
    assert.match(token.consumer_key, /^CK_[0-9a-f]{96}$/);
    assert.match(token.consumer_secret, /^CS_[0-9a-f]{40}$/);
    assert.match(token.access_token, /^AT_O\d+O[0-9a-f]{40}O\d{13}$/);
    assert.match(token.access_secret, /^AS_[0-9a-f]{40}$/);
    assert.match(token.access_token_expiry, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });

  it('produces S/MIME that `openssl smime -decrypt` opens, with the token JSON between BEGIN/END MESSAGE', async () => {
    const p7m = issueTokenP7m(token, readFileSync(cert, 'utf8'));
    assert.match(p7m, /^Content-Type: application\/pkcs7-mime; name="smime.p7m"; smime-type=enveloped-data\r\n/);
    const file = join(dir, 'sim_Token_smime.p7m');
    writeFileSync(file, p7m);
    const out = await run('openssl', ['smime', '-decrypt', '-in', file, '-inkey', key]);
    const m = /-----BEGIN MESSAGE-----\n(.*)\n-----END MESSAGE-----/s.exec(out.stdout);
    assert.ok(m, out.stdout);
    assert.deepEqual(JSON.parse(m[1]), token);
    // CMS details like Apple's: AES-128-CBC content, RSA PKCS#1 v1.5 key transport
    const der = Buffer.from(p7m.split('\r\n\r\n')[1], 'base64');
    writeFileSync(join(dir, 'env.der'), der);
    const printed = await run('openssl', ['cms', '-cmsout', '-print', '-inform', 'DER', '-in', join(dir, 'env.der')]);
    assert.match(printed.stdout, /aes-128-cbc/);
    assert.match(printed.stdout, /rsaEncryption/);
  });

  it("is decrypted by adesync's own token reader", () => {
    const p7m = issueTokenP7m(token, readFileSync(cert, 'utf8'));
    assert.deepEqual(decryptServerToken(p7m, readFileSync(key, 'utf8')), token);
  });

  it('refuses a non-RSA certificate', async () => {
    const ecKey = join(dir, 'ec.pem'),
      ecCert = join(dir, 'ec.crt');
    await run('openssl', [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:P-256',
      '-nodes',
      '-keyout',
      ecKey,
      '-out',
      ecCert,
      '-days',
      '1',
      '-subj',
      '/CN=ec',
    ]);
    assert.throws(() => issueTokenP7m(token, readFileSync(ecCert, 'utf8')), /RSA/);
  });
});

describe('adesync sim (CLI)', async () => {
  const dir = tempDir();
  const { cert, key } = await keypair(dir);

  it('serves, writes 0600 token files and p7m per server, and stops on SIGTERM', async () => {
    const tokenFile = join(dir, 'tokens', '{server}.json');
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/cli/main.ts',
        'sim',
        '--listen',
        '127.0.0.1:0',
        '--devices',
        '7',
        '--servers',
        'east,west',
        '--token-file',
        tokenFile,
        '--issue-p7m',
        cert,
        '--p7m-out',
        join(dir, '{server}.p7m'),
      ],
      { cwd: new URL('../..', import.meta.url).pathname },
    );
    let out = '';
    let errText = '';
    child.stderr.on('data', (d) => {
      errText += d;
    });
    const line = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (d) => {
        out += d;
        if (out.includes('\n')) resolve(out.split('\n')[0]);
      });
      child.on('exit', (code) => reject(new Error(`exited ${code}: ${errText}`)));
    });
    const url = /listening on (http:\/\/\S+)/.exec(line)![1];
    assert.match(line, /servers=east,west devices=14/);
    const east = JSON.parse(readFileSync(join(dir, 'tokens', 'east.json'), 'utf8'));
    assert.equal(statSync(join(dir, 'tokens', 'east.json')).mode & 0o777, 0o600);
    assert.deepEqual(
      decryptServerToken(readFileSync(join(dir, 'west.p7m'), 'utf8'), readFileSync(key, 'utf8')),
      JSON.parse(readFileSync(join(dir, 'tokens', 'west.json'), 'utf8')),
    );
    const r = await fetchOnce(url + '/session', { headers: { authorization: signSession(east, url + '/session') } });
    assert.equal(r.status, 200);
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
  });

  it('refuses a non-loopback --listen without --allow-remote', async () => {
    await assert.rejects(
      run(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'sim', '--listen', '0.0.0.0:0'], { cwd: new URL('../..', import.meta.url).pathname }),
      (e: { code: number; stderr: string }) => e.code === 2 && /allow-remote/.test(e.stderr),
    );
  });
});
