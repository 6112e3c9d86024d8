import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { copyFileSync, existsSync, lstatSync, mkdirSync, readFileSync, readlinkSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/tmp.ts';
import { ROOT } from '../helpers/cli.ts';
import { encrypt, fakeToken, tokenPlaintext } from '../token/openssl.ts';

// The Debian package end to end, the way an admin meets it: build it, lint it, install it on this machine, run the CLI
// as the service user against the installed config, check the installed unit, remove, purge. It changes the machine
// (a package, a system user), so it runs only as root with dpkg-deb at hand (CI: .ci/run), and never over an adesync
// package that was already installed.

const run = (cmd: string, args: string[], opts: SpawnSyncOptions = {}) => {
  const r = spawnSync(cmd, args, { encoding: 'utf8', cwd: '/', timeout: 300_000, ...opts });
  return { code: r.status, stdout: String(r.stdout ?? ''), stderr: String(r.stderr ?? ''), error: r.error };
};
const has = (cmd: string) => run('sh', ['-c', `command -v ${cmd}`]).code === 0;
/** As the README has the admin run it: `runuser -u adesync -- adesync ARGS`, from root's clean environment. */
const asAdesync = (args: string[], stdin?: string) =>
  run('sh', ['-c', `runuser -u adesync -- adesync ${args.join(' ')}${stdin ? ` < ${stdin}` : ''}`], {
    env: { PATH: '/usr/sbin:/usr/bin:/sbin:/bin', LANG: 'C.UTF-8' },
  });
const installed = () => /^Status: install ok installed$/m.test(run('dpkg', ['-s', 'adesync']).stdout);

const skip =
  process.getuid?.() !== 0
    ? 'not root: the test installs and purges the package (CI runs it as root)'
    : !has('dpkg-deb')
      ? 'dpkg-deb is missing (a Debian/Ubuntu machine is needed)'
      : run('dpkg', ['-s', 'adesync']).code === 0
        ? 'an adesync package is already installed here: the test will not replace or purge it'
        : false;
if (skip) test(`Debian package: skipped (${skip})`, { skip }, () => {});
else packageTests();

function packageTests() {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string; dependencies: Record<string, string> };
  const arch = run('dpkg', ['--print-architecture']).stdout.trim();
  const out = tempDir('adesync-deb-');
  const deb = join(out, `adesync_${pkg.version}_${arch}.deb`);
  after(() => {
    if (run('dpkg', ['-s', 'adesync']).code === 0) run('dpkg', ['--purge', 'adesync']);
  });

  test('npm run package builds adesync_<version>_<arch>.deb', { timeout: 900_000 }, (t) => {
    const started = Date.now();
    const r = run('npm', ['run', '-s', 'package'], { cwd: ROOT, env: { ...process.env, OUT_DIR: out }, timeout: 900_000 });
    assert.equal(r.code, 0, `build failed:\n${r.stdout}\n${r.stderr}`);
    assert.ok(existsSync(deb), `no ${deb}:\n${r.stdout}`);
    t.diagnostic(`package: ${(statSync(deb).size / 1e6).toFixed(1)} MB built in ${((Date.now() - started) / 1000).toFixed(0)} s`);

    const info = run('dpkg-deb', ['-I', deb]).stdout;
    assert.match(info, /^ Depends: nodejs \(>= 20\.19\), nodejs \(<< \d+~\), adduser, libc6/m);
    assert.match(info, /^ Version: /m);
    const files = run('dpkg-deb', ['-c', deb]).stdout;
    for (const p of [
      './usr/lib/adesync/dist/cli/main.js',
      './usr/lib/adesync/dist/enroll/worker.js',
      './usr/lib/adesync/migrations/001_init.sql',
      './usr/lib/adesync/assets/apple/apple-root-ca.pem',
      './usr/lib/adesync/node_modules/better-sqlite3/build/Release/better_sqlite3.node',
      './usr/bin/adesync -> ../lib/adesync/bin/adesync.js',
      './lib/systemd/system/adesync.service',
      './usr/lib/sysusers.d/adesync.conf',
      './usr/lib/tmpfiles.d/adesync.conf',
      './etc/adesync/config.yaml',
      './usr/share/doc/adesync/README.md',
      './usr/share/doc/adesync/adesync.example.yaml',
      './usr/share/doc/adesync/examples/adesync.service.d/postgresql.conf',
      './usr/share/doc/adesync/copyright',
      './usr/share/doc/adesync/changelog.gz',
    ]) {
      assert.ok(files.includes(` ${p}\n`), `the package lacks ${p}`);
    }
    // production dependencies only, and the TypeScript sources stay out
    for (const p of [
      '/node_modules/typescript/',
      '/node_modules/@types/node/',
      '/node_modules/parse-prometheus-text-format/',
      '/usr/lib/adesync/src/',
      '/better-sqlite3/deps/',
    ]) {
      assert.ok(!files.includes(p), `the package carries ${p}`);
    }
  });

  test('lintian finds no errors', { timeout: 600_000 }, (t) => {
    if (!has('lintian')) assert.fail('lintian is missing: apt-get install lintian (.ci/run does)');
    const r = run('lintian', ['--tag-display-limit', '0', deb]);
    const lines = (r.stdout + r.stderr).split('\n');
    const errors = lines.filter((l) => l.startsWith('E: '));
    for (const w of lines.filter((l) => l.startsWith('W: '))) t.diagnostic(`lintian ${w}`);
    assert.deepEqual(errors, [], lines.join('\n'));
  });

  test('dpkg -i installs the user, the folders and the unit, and starts nothing', () => {
    const r = run('dpkg', ['-i', deb]);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.ok(installed());
    const user = run('getent', ['passwd', 'adesync']).stdout.split(':');
    assert.equal(user[0], 'adesync', 'postinst created the adesync user');
    assert.equal(user[6]?.trim(), '/usr/sbin/nologin');
    const state = statSync('/var/lib/adesync');
    assert.equal(state.mode & 0o777, 0o700);
    assert.equal(state.uid, Number(user[2]), '/var/lib/adesync belongs to adesync');
    assert.equal(readFileSync('/etc/adesync/config.yaml', 'utf8'), readFileSync(join(ROOT, 'config', 'adesync.example.yaml'), 'utf8'));
    assert.equal(readFileSync('/var/lib/dpkg/info/adesync.conffiles', 'utf8').trim(), '/etc/adesync/config.yaml');
    assert.equal(readlinkSync('/usr/bin/adesync'), '../lib/adesync/bin/adesync.js');
    assert.ok(!existsSync('/etc/systemd/system/multi-user.target.wants/adesync.service'), 'the package must not enable the service');
    assert.equal(run('pgrep', ['-u', 'adesync']).stdout, '', 'the package must not start the service before it is configured');
  });

  test("the README's commands as the adesync user, on node alone: --version, doctor --no-online, migrate, token keypair and import", () => {
    const v = asAdesync(['--version']);
    assert.equal(v.code, 0, v.stderr);
    assert.equal(v.stdout.trim(), pkg.version);

    // The shipped example config is valid and found without flags; what doctor asks for is exactly "configure me":
    // the token to import, the certificates and keys to provide, the example rule's serials file, the database the first
    // start creates.
    const d = asAdesync(['doctor', '--no-online', '--json']);
    assert.equal(d.code, 3, `an unconfigured install needs an admin:\n${d.stdout}${d.stderr}`);
    const checks = (JSON.parse(d.stdout) as { checks: { check: string; status: string; detail: string; fix?: string }[] }).checks;
    const by = (name: string) => checks.find((c) => c.check === name);
    assert.equal(by('config')?.status, 'ok', JSON.stringify(by('config')));
    assert.equal(by('state dir')?.status, 'ok', 'postinst made /var/lib/adesync writable by adesync');
    assert.ok(!checks.some((c) => c.check.startsWith('apple account')), '--no-online makes no Apple call');
    const bad = checks.filter((c) => c.status !== 'ok');
    assert.ok(bad.length > 0);
    for (const c of bad) {
      assert.equal(c.status, 'error', JSON.stringify(c));
      assert.match(
        c.detail,
        /^\/(etc\/adesync|var\/lib\/adesync)\/\S+ (is missing|does not exist)(: .+)?$/,
        `an unexpected doctor problem: ${JSON.stringify(c)}`,
      );
    }
    assert.match(by('secret: token main')?.fix ?? '', /adesync token import --name main/);
    assert.equal(by('database')?.status, 'error');

    // migrate loads the native module and the packaged migrations; keypair writes 0600 files the daemon can read
    const m = asAdesync(['migrate']);
    assert.equal(m.code, 0, m.stderr);
    const k = asAdesync(['token', 'keypair', '--name', 'main']);
    assert.equal(k.code, 0, k.stderr);
    const key = statSync('/var/lib/adesync/tokens/main.key.pem');
    assert.equal(key.mode & 0o777, 0o600);

    // Apple's side, played by openssl: the token encrypted to the uploaded certificate, in root's folder, which the
    // adesync user cannot read: the README's "import ... /dev/stdin < FILE" lets the root shell open it.
    const dir = tempDir('adesync-p7m-');
    const p7m = join(dir, 'main_Token_2026-12-02T08-00-00Z_smime.p7m');
    writeFileSync(p7m, encrypt(dir, 'smime', ['-aes128'], tokenPlaintext(fakeToken('2030-01-01T00:00:00Z')), ['/var/lib/adesync/tokens/main.cert.pem']));
    const imp = asAdesync(['token', 'import', '--name', 'main', '/dev/stdin'], p7m);
    assert.equal(imp.code, 0, imp.stdout + imp.stderr);
    const tok = statSync('/var/lib/adesync/tokens/main.json');
    assert.equal(tok.mode & 0o777, 0o600);
    assert.equal(tok.uid, key.uid, 'the token belongs to adesync, like its key');

    const again = JSON.parse(asAdesync(['doctor', '--no-online', '--json']).stdout) as { checks: { check: string; status: string }[] };
    for (const c of ['database', 'secret: token store main.key.pem', 'secret: token main', 'token expiry: main']) {
      assert.equal(again.checks.find((x) => x.check === c)?.status, 'ok', `${c}: ${JSON.stringify(again.checks)}`);
    }
  });

  test('the installed program syncs and serves enrollments from dist/ with production modules (adesync demo)', { timeout: 300_000 }, () => {
    const r = asAdesync(['demo', '--dir', '/var/lib/adesync/demo', '--devices', '40']);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /200 application\/x-apple-aspen-config/, 'an enrollment profile was served by the worker threads');
    assert.match(r.stdout, /all good/);
  });

  test('systemd-analyze verify and security accept the installed unit', (t) => {
    const unit = '/lib/systemd/system/adesync.service';
    const text = readFileSync(unit, 'utf8');
    assert.match(text, /^ExecStart=\/usr\/bin\/adesync daemon$/m);
    assert.match(text, /^Documentation=file:\/\/\/usr\/share\/doc\/adesync\/README\.md$/m);
    assert.ok(existsSync('/usr/share/doc/adesync/README.md'), 'Documentation= points at a file the package installs');
    assert.ok(!text.includes('/opt/'), 'no path of the manual /opt install is left');
    const env = { ...process.env, SYSTEMD_COLORS: '0', SYSTEMD_PAGER: '' };
    const v = run('systemd-analyze', ['verify', unit], { env });
    assert.equal(v.code, 0, v.stdout + v.stderr);
    assert.equal(v.stderr.trim(), '', v.stderr);
    const s = run('systemd-analyze', ['security', '--offline=true', unit], { env });
    const m = /Overall exposure level for adesync\.service: (\d+(?:\.\d+)?)/.exec(s.stdout);
    assert.ok(m, s.stdout + s.stderr);
    t.diagnostic(`systemd-analyze security: ${m[1]}`);
    assert.ok(Number(m[1]) <= 2.5, s.stdout);
    // the PostgreSQL drop-in as README "PostgreSQL" has the admin install it, applied to the installed unit
    const dir = tempDir('adesync-dropin-');
    writeFileSync(join(dir, 'adesync.service'), text);
    mkdirSync(join(dir, 'adesync.service.d'));
    copyFileSync('/usr/share/doc/adesync/examples/adesync.service.d/postgresql.conf', join(dir, 'adesync.service.d', 'postgresql.conf'));
    const d = run('systemd-analyze', ['verify', join(dir, 'adesync.service')], { env });
    assert.equal(d.code, 0, d.stdout + d.stderr);
    assert.equal(d.stderr.trim(), '', d.stderr);
  });

  test('dpkg -r keeps config and state; dpkg -P removes them and keeps the user', () => {
    const r = run('dpkg', ['-r', 'adesync']);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(run('dpkg', ['-s', 'adesync']).stdout, /^Status: deinstall ok config-files$/m);
    for (const gone of ['/usr/lib/adesync', '/lib/systemd/system/adesync.service', '/usr/lib/sysusers.d/adesync.conf']) {
      assert.ok(!existsSync(gone), `${gone} left after remove`);
    }
    assert.throws(() => lstatSync('/usr/bin/adesync'), '/usr/bin/adesync left after remove');
    for (const kept of ['/etc/adesync/config.yaml', '/var/lib/adesync/adesync.db', '/var/lib/adesync/tokens/main.key.pem']) {
      assert.ok(existsSync(kept), `remove must keep ${kept}`);
    }

    const p = run('dpkg', ['-P', 'adesync']);
    assert.equal(p.code, 0, p.stdout + p.stderr);
    assert.notEqual(run('dpkg', ['-s', 'adesync']).code, 0, 'dpkg no longer knows the package');
    assert.ok(!existsSync('/etc/adesync'), 'purge removes /etc/adesync');
    assert.ok(!existsSync('/var/lib/adesync'), 'purge removes /var/lib/adesync');
    assert.equal(run('getent', ['passwd', 'adesync']).code, 0, 'the system user stays (Debian practice)');
  });
}
