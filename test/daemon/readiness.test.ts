import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statfsSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tempDir } from '../helpers/tmp.ts';
import { fetchOnce } from '../helpers/http.ts';
import { sim, simConfig } from '../helpers/sim.ts';
import { cliAsync, logLines, until, ROOT } from '../helpers/cli.ts';
import { startListener, nextPayload } from '../helpers/notify.ts';
import { readinessVerdict, watchdogVerdict, createReadiness, DEFAULT_LIMITS, type Observation } from '../../src/daemon/readiness.ts';
import { createNotifier } from '../../src/daemon/notify.ts';
import { openDatabase } from '../../src/store/db.ts';
import { probeWrite } from '../../src/store/health.ts';
import { startDaemon } from '../../src/daemon/daemon.ts';
import { createLogger } from '../../src/log.ts';

const MB = 1048576;
const base: Observation = {
  started: true,
  stopping: false,
  sinceRunMs: 100,
  intervalMs: 5000,
  lagMs: 3,
  write: { ok: true },
  disks: [{ dir: '/var/lib/adesync', freeBytes: 900 * MB, totalBytes: 2000 * MB }],
  minFreeBytes: 256 * MB,
  dbCycleFailures: 0,
};
const failed = (o: Partial<Observation>) =>
  readinessVerdict({ ...base, ...o })
    .checks.filter((c) => !c.ok)
    .map((c) => `${c.name}: ${c.detail}`);

test('readiness verdicts: each failed check is named with why', () => {
  const rows: [string, Partial<Observation>, RegExp[]][] = [
    ['all well', {}, []],
    ['starting', { started: false }, [/^started: starting/]],
    ['stopping', { stopping: true }, [/^started: stopping/]],
    [
      'read-only database',
      { write: { ok: false, code: 'SQLITE_READONLY', message: 'attempt to write a readonly database' } },
      [/^database_write: a test write failed: SQLITE_READONLY: attempt to write a readonly database$/],
    ],
    ['busy database is fine', { write: { ok: true, busy: true } }, []],
    [
      'disk nearly full',
      { disks: [{ dir: '/var/lib/adesync', freeBytes: 12 * MB, totalBytes: 2000 * MB }] },
      [/^disk_space: \/var\/lib\/adesync: 12 MB free of 2000 MB, below admin\.min_free_disk_mb \(256 MB\)$/],
    ],
    ['statfs failed', { disks: [{ dir: '/gone', error: 'ENOENT' }] }, [/^disk_space: \/gone: cannot read free space: ENOENT/]],
    ['threshold 0 = off', { minFreeBytes: 0, disks: [{ dir: '/x', freeBytes: 0, totalBytes: 10 }] }, []],
    ['one db cycle failure is not yet a pattern', { dbCycleFailures: 1, dbCycleError: 'SQLITE_FULL' }, []],
    [
      'cycles keep failing on the database',
      { dbCycleFailures: 3, dbCycleError: 'SQLITE_FULL: database or disk is full' },
      [/^sync_database: the last 3 sync cycles failed on the database: SQLITE_FULL: database or disk is full$/],
    ],
    ['workers stuck', { enrollment: { ok: false, timedOut: true } }, [/^enrollment_workers: the enrollment workers did not answer the health check in time/]],
    [
      'workers report not ok',
      { enrollment: { ok: false, reason: '4 of 4 workers busy for 30 s' } },
      [/^enrollment_workers: enrollment: 4 of 4 workers busy for 30 s$/],
    ],
    ['checks stale', { sinceRunMs: 60_000 }, [/^checks_recent: the readiness checks last ran 60 s ago/]],
    [
      'several at once',
      { write: { ok: false, code: 'SQLITE_FULL', message: 'full' }, disks: [{ dir: '/d', freeBytes: 0, totalBytes: 100 * MB }] },
      [/^database_write/, /^disk_space/],
    ],
  ];
  for (const [name, o, want] of rows) {
    const got = failed(o);
    assert.equal(got.length, want.length, `${name}: ${JSON.stringify(got)}`);
    want.forEach((re, i) => assert.match(got[i], re, name));
    assert.equal(readinessVerdict({ ...base, ...o }).ready, want.length === 0, name);
  }
});

test('watchdog verdicts: fed only while the checks run on time, the loop answers and the workers answer', () => {
  const L = { ...DEFAULT_LIMITS, maxLagMs: 1000, workersStuckMs: 30_000 };
  const rows: [string, Partial<Observation>, RegExp | null][] = [
    ['healthy', {}, null],
    ['read-only database still feeds it (a restart would not help)', { write: { ok: false, code: 'SQLITE_READONLY', message: '' } }, null],
    ['disk full still feeds it', { disks: [{ dir: '/d', freeBytes: 0, totalBytes: 1 }] }, null],
    ['checks have not run', { sinceRunMs: 20_000 }, /readiness checks last ran/],
    ['never ran', { sinceRunMs: Infinity }, /readiness checks last ran/],
    ['event loop lag', { lagMs: 1500 }, /event loop lagged 1500 ms/],
    ['workers failing briefly', { enrollment: { ok: false, timedOut: true }, enrollmentFailingSinceMs: 5000 }, null],
    [
      'workers stuck too long',
      { enrollment: { ok: false, timedOut: true }, enrollmentFailingSinceMs: 31_000 },
      /enrollment workers have not answered healthy for 31 s/,
    ],
    ['stopping', { stopping: true }, /stopping/],
  ];
  for (const [name, o, want] of rows) {
    const v = watchdogVerdict({ ...base, ...o }, L);
    if (want) {
      assert.equal(v.ok, false, name);
      assert.match(v.why!, want, name);
    } else assert.deepEqual(v, { ok: true }, name);
  }
});

/** The real daemon binary, optionally as another user (root cannot be kept from writing a file by its mode). */
function daemonChild(configPath: string, o: { uid?: number; gid?: number; env?: NodeJS.ProcessEnv } = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), '--config', configPath, 'daemon'], {
    cwd: ROOT,
    env: { ...process.env, ADESYNC_CONFIG: '', NOTIFY_SOCKET: '', ...o.env },
    uid: o.uid,
    gid: o.gid,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines = logLines(child.stderr!);
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  const count = (msg: string) => lines.filter((l) => l.msg === msg).length;
  const admin = async () => {
    await until(() => count('adesync daemon ready') > 0 || child.exitCode !== null, 60_000, 'daemon ready').catch((e: Error) => {
      throw new Error(`${e.message}: ${JSON.stringify(lines).slice(0, 3000)}`);
    });
    assert.equal(child.exitCode, null, `the daemon exited: ${JSON.stringify(lines)}`);
    return (lines.find((l) => l.msg === 'adesync daemon ready') as { admin: string }).admin;
  };
  return { child, lines, exited, count, admin };
}

const readyz = async (admin: string) => {
  const r = await fetchOnce(`${admin}/readyz`);
  return { status: r.status, body: (await r.json()) as { ready: boolean; failed: string[]; checks: { name: string; ok: boolean; detail?: string }[] } };
};
const detail = (b: { checks: { name: string; detail?: string }[] }, name: string) => b.checks.find((c) => c.name === name)?.detail ?? '';

/** A config for `adesync status` that finds the daemon on its actual port. */
function statusConfig(path: string, admin: string): string {
  const out = path.replace(/\.yaml$/, '.status.yaml');
  writeFileSync(out, readFileSync(path, 'utf8').replace('listen: 127.0.0.1:0', `listen: 127.0.0.1:${new URL(admin).port}`));
  return out;
}

test('a read-only database: /readyz and `adesync status` say so (write probe, then the failing cycles)', { timeout: 240_000 }, async () => {
  const s = await sim({ devices: 20, seed: 7 });
  const dir = tempDir();
  const { path, yaml } = simConfig(s, dir);
  writeFileSync(path, yaml.replace('log_level: warn', 'log_level: info'));
  // as root, run the daemon as nobody: only then does the file mode stop it from writing
  const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  const chownAll = (p: string) => {
    if (!asUser.uid) return;
    chownSync(p, asUser.uid, asUser.gid!);
    for (const f of readdirSync(p, { withFileTypes: true })) f.isDirectory() ? chownAll(join(p, f.name)) : chownSync(join(p, f.name), asUser.uid, asUser.gid!);
  };
  chownAll(dir);

  // first run: the database is created and synced
  let d = daemonChild(path, asUser);
  await d.admin();
  await until(() => d.count('cycle done') > 0, 60_000, 'the startup cycle');
  d.child.kill('SIGTERM');
  assert.equal(await d.exited, 0);

  // from now on a cycle every second, so that "every cycle fails" shows within the test
  writeFileSync(path, readFileSync(path, 'utf8') + '\nsync:\n  schedule: "* * * * * *"\n  jitter_seconds: 0\n');
  const db = join(dir, 'adesync.db');
  for (const f of [db, `${db}-wal`, `${db}-shm`]) if (existsSync(f)) chmodSync(f, 0o444);
  d = daemonChild(path, asUser);
  const admin = await d.admin();
  try {
    await until(async () => (await readyz(admin)).body.failed.includes('database_write'), 30_000, 'database_write to fail');
    let r = await readyz(admin);
    assert.equal(r.status, 503);
    assert.match(detail(r.body, 'database_write'), /a test write failed: SQLITE_READONLY/);
    // every scheduled cycle fails on the database: after two, sync_database fails too
    await until(async () => (await readyz(admin)).body.failed.includes('sync_database'), 60_000, 'sync_database to fail').catch((e: Error) => {
      throw new Error(`${e.message}: ${JSON.stringify(d.lines.filter((l) => !/background thread/.test(String(l.msg)))).slice(0, 5000)}`);
    });
    assert.ok(d.count('cycle failed') >= 2);
    r = await readyz(admin);
    assert.ok(r.body.failed.includes('sync_database'), JSON.stringify(r.body));
    assert.match(detail(r.body, 'sync_database'), /sync cycles failed on the database: SQLITE_READONLY/);
    assert.ok(
      d.lines.some((l) => l.msg === 'not ready' && /database_write: a test write failed: SQLITE_READONLY/.test(String(l.failed))),
      'logged once it turned',
    );

    const cfg = statusConfig(path, admin);
    const st = await cliAsync(['--config', cfg, 'status']);
    assert.equal(st.code, 3, st.stdout + st.stderr);
    assert.match(st.stdout, /^daemon {5}NOT READY: .*database_write: a test write failed: SQLITE_READONLY.*sync_database: /m);
    const js = await cliAsync(['--config', cfg, 'status', '--json']);
    const daemon = JSON.parse(js.stdout).daemon;
    assert.equal(daemon.state, 'not_ready');
    assert.deepEqual(daemon.failed.filter((f: string) => f !== 'disk_space').sort(), ['database_write', 'sync_database']);
  } finally {
    d.child.kill('SIGTERM');
  }
  assert.equal(await d.exited, 0, 'stops cleanly even with a read-only database');
  const st = await cliAsync(['--config', statusConfig(path, admin), 'status']);
  assert.match(st.stdout, /^daemon {5}not running \(nothing answers at http:\/\/127\.0\.0\.1:\d+\)$/m);
});

test('free disk below admin.min_free_disk_mb: measured with a real statfs on the state dir', { timeout: 120_000 }, async (t) => {
  const s = await sim({ devices: 5, seed: 8 });
  const dir = tempDir();
  const { path } = simConfig(s, dir);
  const st = statfsSync(dir);
  const freeMb = Math.floor((st.bavail * st.bsize) / MB);
  // a threshold just above what is free: not ready; just below: ready
  writeFileSync(path, readFileSync(path, 'utf8').replace('listen: 127.0.0.1:0', `listen: 127.0.0.1:0\n  min_free_disk_mb: ${freeMb + 10_000}`));
  const d = await startDaemon({ configPath: path, noStartupSync: true, readinessIntervalMs: 100, logger: createLogger({ level: 'error', sink: () => {} }) });
  t.after(() => d.stop());
  const r = await readyz(d.adminUrl);
  assert.equal(r.status, 503);
  assert.deepEqual(r.body.failed, ['disk_space']);
  const m = /: (\d+) MB free of (\d+) MB, below admin\.min_free_disk_mb \((\d+) MB\)/.exec(detail(r.body, 'disk_space'));
  assert.ok(m, detail(r.body, 'disk_space'));
  assert.ok(Math.abs(Number(m[1]) - freeMb) < 2048, `reported ${m[1]} MB free, statfs says ${freeMb}`);
  assert.equal(Number(m[3]), freeMb + 10_000);
});

/** A small tmpfs: a filesystem this test can really fill (needs mount rights: root in CI's container). */
function smallFs(t: { skip: (m: string) => void }, mb: number): { mnt: string; unmount: () => void } | null {
  const mnt = mkdtempSync(join(tmpdir(), 'adesync-fullfs-'));
  const unmount = () => {
    try {
      execFileSync('umount', ['-l', mnt], { stdio: 'pipe' });
    } catch {
      /* not mounted */
    }
    rmSync(mnt, { recursive: true, force: true });
  };
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${mb}m,mode=0700`, 'tmpfs', mnt], { stdio: 'pipe' });
  } catch (e) {
    unmount();
    t.skip(`cannot mount a tmpfs here (${String((e as { stderr?: Buffer }).stderr ?? e).trim()}): the statfs threshold test covers the check`);
    return null;
  }
  return { mnt, unmount };
}

test('a really full filesystem: /readyz fails (disk, then the write probe) and recovers when space is freed', { timeout: 120_000 }, async (t) => {
  const fs = smallFs(t, 48);
  if (!fs) return;
  const { mnt } = fs;
  const s = await sim({ devices: 50, seed: 9 });
  const dir = join(mnt, 'state');
  mkdirSync(dir, { mode: 0o700 });
  const { path } = simConfig(s, dir);
  writeFileSync(path, readFileSync(path, 'utf8').replace('listen: 127.0.0.1:0', 'listen: 127.0.0.1:0\n  min_free_disk_mb: 8'));
  const d = await startDaemon({ configPath: path, noStartupSync: true, readinessIntervalMs: 100, logger: createLogger({ level: 'error', sink: () => {} }) });
  try {
    await fillAndFree(d.adminUrl, mnt);
  } finally {
    await d.stop();
    fs.unmount();
  }
});

async function fillAndFree(adminUrl: string, mnt: string) {
  const d = { adminUrl };
  assert.equal((await readyz(d.adminUrl)).status, 200);
  // fill it: write until ENOSPC
  const filler = join(mnt, 'filler');
  let written = 0;
  try {
    for (;;) {
      writeFileSync(filler, Buffer.alloc(MB), { flag: 'a' });
      written++;
    }
  } catch (e) {
    assert.equal((e as NodeJS.ErrnoException).code, 'ENOSPC');
  }
  assert.ok(written > 10, `only ${written} MB fit`);
  await until(async () => (await readyz(d.adminUrl)).body.failed.includes('disk_space'), 30_000, 'disk_space to fail');
  // the WAL may still hold room for a small write; a sync that needs new pages cannot commit
  const r = await readyz(d.adminUrl);
  assert.equal(r.status, 503);
  assert.match(detail(r.body, 'disk_space'), /: 0 MB free of \d+ MB, below admin\.min_free_disk_mb \(8 MB\)/);
  rmSync(filler);
  await until(async () => (await readyz(d.adminUrl)).status === 200, 30_000, 'ready again after freeing space');
}

test('the watchdog stops being fed while enrollment workers do not answer, and resumes when they do (real notify socket)', { timeout: 60_000 }, async () => {
  const l = await startListener();
  const dir = tempDir();
  const db = openDatabase(join(dir, 'a.db'));
  // EnrollmentServer.health() comes with the worker changes; until then this stands in for it: answers, or never does
  let stuck = false;
  const enrollment = { health: () => (stuck ? new Promise<never>(() => {}) : Promise.resolve({ ok: true })) };
  const readiness = createReadiness({
    probeWrite: async () => probeWrite(db),
    dirs: () => [dir],
    minFreeDiskMb: () => 0,
    enrollment: () => enrollment,
    intervalMs: 50,
    healthTimeoutMs: 100,
    limits: { workersStuckMs: 400 },
    logger: createLogger({ level: 'error', sink: () => {} }),
  });
  await readiness.start();
  const n = createNotifier({ env: { ...process.env, NOTIFY_SOCKET: l.socket, WATCHDOG_USEC: '200000' } });
  let verdict = { ok: true } as { ok: boolean; why?: string };
  const stop = n.startWatchdog(() => {
    verdict = readiness.watchdog();
    return verdict.ok;
  })!;
  let pings = 0;
  let stopCounting = false;
  void (async () => {
    while (!stopCounting) {
      const d = await nextPayload(l.next);
      if (d.msg.trim() === 'WATCHDOG=1') pings++;
    }
  })();
  try {
    await until(() => pings >= 2, 20_000, 'WATCHDOG=1 while healthy');
    stuck = true;
    await until(() => readiness.report().checks.some((c) => c.name === 'enrollment_workers' && !c.ok), 20_000, 'enrollment_workers to fail');
    assert.match(readiness.report().checks.find((c) => c.name === 'enrollment_workers')!.detail!, /did not answer the health check in time/);
    // past workersStuckMs the pings stop; let notifications already on their way land, then count none for 10 periods
    await until(() => !verdict.ok, 20_000, 'the watchdog to withhold its ping');
    assert.match(verdict.why!, /enrollment workers have not answered healthy for/);
    await new Promise((r) => setTimeout(r, 500));
    const before = pings;
    await new Promise((r) => setTimeout(r, 1000));
    assert.equal(pings, before, 'no WATCHDOG=1 while the workers are stuck');
    stuck = false;
    await until(() => pings > before + 1, 20_000, 'WATCHDOG=1 again once the workers answer');
  } finally {
    stop();
    readiness.stop();
    stopCounting = true;
    db.close();
  }
});

test('event-loop lag beyond the bound withholds the next watchdog ping', { timeout: 30_000 }, async () => {
  const dir = tempDir();
  const db = openDatabase(join(dir, 'a.db'));
  const readiness = createReadiness({
    probeWrite: async () => probeWrite(db),
    dirs: () => [dir],
    minFreeDiskMb: () => 0,
    enrollment: () => null,
    intervalMs: 50,
    limits: { maxLagMs: 300 },
    logger: createLogger({ level: 'error', sink: () => {} }),
  });
  await readiness.start();
  try {
    await until(() => readiness.watchdog().ok, 10_000, 'a fed watchdog');
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1200); // the main thread stalls, as a blocking call would
    let v = { ok: true } as { ok: boolean; why?: string };
    await until(
      () => {
        v = readiness.watchdog();
        return !v.ok;
      },
      10_000,
      'the lag to be seen',
    );
    assert.match(v.why!, /event loop lagged \d+ ms/);
    await until(() => readiness.watchdog().ok, 10_000, 'fed again once the loop keeps time');
  } finally {
    readiness.stop();
    db.close();
  }
});

test('the daemon under a real watchdog (NOTIFY_SOCKET + WATCHDOG_USEC): READY=1, then WATCHDOG=1 while healthy', { timeout: 120_000 }, async () => {
  const s = await sim({ devices: 5, seed: 10 });
  const dir = tempDir();
  const { path, yaml } = simConfig(s, dir);
  writeFileSync(path, yaml.replace('log_level: warn', 'log_level: info'));
  const l = await startListener();
  const d = daemonChild(path, { env: { NOTIFY_SOCKET: l.socket, WATCHDOG_USEC: '1000000' } });
  try {
    const msgs: string[] = [];
    for (;;) {
      const m = (await nextPayload(l.next)).msg;
      msgs.push(m);
      if (msgs.filter((x) => x.trim() === 'WATCHDOG=1').length >= 3) break;
    }
    assert.match(msgs[0], /READY=1/, 'READY=1 comes first');
    const admin = await d.admin();
    assert.equal((await readyz(admin)).status, 200);
    assert.equal(d.count('watchdog not fed'), 0);
  } finally {
    d.child.kill('SIGTERM');
  }
  assert.equal(await d.exited, 0);
});

test('a real daemon whose enrollment workers are really stuck: /readyz 503 names enrollment_workers, then ready again', { timeout: 180_000 }, async () => {
  const { makeTestPki } = await import('../cms/testpki.ts');
  const pki = makeTestPki();
  const s = await sim({ devices: 5, seed: 4 });
  const dir = tempDir();
  const { path } = simConfig(
    s,
    dir,
    `enrollment:
  listen: 127.0.0.1:0
  path: /enroll
  workers: 2
  limits: { job_timeout_seconds: 300 }
  device_ca: { pinned_ca_file: ${pki.deviceCa}, chain_files: [${pki.root}], i_understand_this_is_not_apple: true }
  profile:
    payload_identifier: com.example.readiness
    trust_cert_files: [${pki.signer.root}]
    identity: { type: acme, directory_url: "https://mdm.example.invalid/acme/directory", subject: [[[CN, "%SERIAL%"]]] }
    mdm: { server_url: "https://mdm.example.invalid/mdm", topic: com.apple.mgmt.External.00000000-0000-4000-8000-000000000000 }
  signing: { cert_file: ${pki.signer.cert}, key_file: ${pki.signer.key}, chain_files: [${pki.signer.chain}] }
`,
  );
  const d = await startDaemon({ configPath: path, noStartupSync: true, readinessIntervalMs: 100, logger: createLogger({ level: 'error', sink: () => {} }) });
  const gate = new SharedArrayBuffer(4);
  const release = () => {
    const a = new Int32Array(gate);
    Atomics.store(a, 0, 1);
    Atomics.notify(a, 0);
  };
  try {
    const readyz = async () => {
      const r = await fetchOnce(`${d.adminUrl}/readyz`);
      return { status: r.status, body: (await r.json()) as { ready: boolean; checks: { name: string; ok: boolean; detail?: string }[] } };
    };
    await until(async () => (await readyz()).status === 200, 60_000, 'ready before the stall');
    // every worker blocks its thread now (a test-only fault no request can reach), as a runaway parse would
    const pool = d.enrollment!.server.pool;
    pool.injectFaultForTests({ kind: 'stall', ms: 600_000, until: gate, when: 'now' });
    await until(async () => (await readyz()).status === 503, 60_000, '/readyz to fail while the workers are stuck');
    const r = await readyz();
    const check = r.body.checks.find((c) => c.name === 'enrollment_workers');
    assert.equal(r.body.ready, false);
    assert.equal(check?.ok, false, JSON.stringify(r.body));
    assert.match(check!.detail!, /worker|health/);
    release();
    await until(async () => (await readyz()).status === 200, 60_000, '/readyz to recover once the workers answer');
  } finally {
    release();
    await d.stop();
  }
});
