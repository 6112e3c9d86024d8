// The worker-thread pool: a dead worker is logged and replaced while the endpoint keeps serving, close() stops the
// threads, and the compiled server (dist layout, plain node, no tsx) starts its workers from worker.js.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, fork } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { enrollmentSchema } from '../../src/config/schema.ts';
import { createEnrollmentServer } from '../../src/enroll/server.ts';
import { createLogger } from '../../src/log.ts';
import { openDatabase } from '../../src/store/db.ts';
import { tempDir } from '../helpers/tmp.ts';
import { cmsSign, machineInfoXml, makeTestPki, openssl, rawEnrollmentConfig } from '../cms/testpki.ts';
import { fetchOnce } from '../helpers/http.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const pki = makeTestPki();
const dir = tempDir();
const dbPath = join(dir, 'adesync.db');
const db = openDatabase(dbPath);
const now = new Date().toISOString();
db.prepare(
  `INSERT INTO devices (token, serial_number, os, device_family, raw_json, first_seen, last_seen) VALUES ('main', 'C02XXXXXXXXX', 'OSX', 'Mac', '{}', ?, ?)`,
).run(now, now);
const rawConfig = rawEnrollmentConfig(pki);
const config = enrollmentSchema.parse(rawConfig);
const body = cmsSign(
  pki,
  machineInfoXml({ UDID: '7C6E1A2B-0000-5000-8000-000000000000', SERIAL: 'C02XXXXXXXXX', PRODUCT: 'Mac14,2', VERSION: '23D56', OS_VERSION: '14.3' }),
);

const enroll = async (url: string) => {
  const r = await fetchOnce(`${url}/enroll`, { method: 'POST', body });
  return { status: r.status, body: Buffer.from(await r.arrayBuffer()) };
};
const verified = (der: Buffer) => {
  const f = join(dir, `p${Math.random()}.der`);
  writeFileSync(f, der);
  return openssl(['cms', '-verify', '-inform', 'DER', '-in', f, '-CAfile', pki.signer.root, '-purpose', 'any']).toString();
};

test('a worker that dies is logged and replaced; the endpoint keeps serving; close() stops every thread', async () => {
  const lines: string[] = [];
  const srv = createEnrollmentServer({ config, db, workers: 2, logger: createLogger({ level: 'info', sink: (l) => lines.push(l) }) });
  after(() => srv.close());
  const { port } = await srv.listen();
  const url = `http://127.0.0.1:${port}`;
  assert.equal(srv.workers, 2);
  assert.equal(srv.pool.threads().length, 2);
  assert.equal((await enroll(url)).status, 200);

  const victim = srv.pool.threads()[0];
  const restarted = new Promise<void>((resolve) => {
    const t = setInterval(() => {
      if (lines.some((l) => l.includes('enrollment worker restarted'))) {
        clearInterval(t);
        resolve();
      }
    }, 20);
  });
  await victim.terminate();
  await restarted;
  assert.equal(srv.pool.restarts, 1);
  const exited = JSON.parse(lines.find((l) => l.includes('enrollment worker exited'))!);
  assert.equal(exited.level, 'error');
  assert.equal(exited.worker, 0);
  assert.equal(srv.pool.threads().length, 2);
  assert.ok(!srv.pool.threads().includes(victim));
  const answers = await Promise.all(Array.from({ length: 8 }, () => enroll(url)));
  for (const a of answers) assert.equal(a.status, 200);
  assert.match(verified(answers[0].body), /com\.apple\.mdm/);

  const threads = srv.pool.threads();
  const gone = threads.map((t) => new Promise((r) => t.once('exit', r)));
  await srv.close();
  await Promise.all(gone);
  assert.ok(lines.some((l) => l.includes('enrollment endpoint listening') && l.includes('"workers":2')));
});

test('workers: 1 is one worker thread (nothing runs in-process); 0 means one thread per core', async () => {
  const one = createEnrollmentServer({ config, db, workers: 1 });
  assert.equal(one.workers, 1);
  await one.pool.ready();
  assert.equal(one.pool.threads().length, 1);
  await one.close();
  const { availableParallelism } = await import('node:os');
  const auto = createEnrollmentServer({ config, db, workers: 0 });
  after(() => auto.close());
  const expected = Math.max(availableParallelism(), 1);
  assert.equal(auto.workers, expected);
  const { port } = await auto.listen();
  assert.equal((await enroll(`http://127.0.0.1:${port}`)).status, 200);
});

test('the compiled server (plain node, dist layout) serves through its worker threads', async () => {
  // Compile src/ into a dist-shaped folder under the repo's ignored tmp/, with assets/ and migrations/ beside it,
  // so the compiled modules find them and node_modules exactly as dist/ does.
  const base = join(ROOT, 'tmp', `compiled-${process.pid}`);
  rmSync(base, { recursive: true, force: true });
  mkdirSync(base, { recursive: true });
  after(() => rmSync(base, { recursive: true, force: true }));
  symlinkSync(join(ROOT, 'assets'), join(base, 'assets'));
  symlinkSync(join(ROOT, 'migrations'), join(base, 'migrations'));
  try {
    execFileSync(join(ROOT, 'node_modules/.bin/tsc'), ['-p', join(ROOT, 'tsconfig.build.json'), '--outDir', join(base, 'dist')], { cwd: ROOT, stdio: 'pipe' });
  } catch {
    /* other folders' type errors do not stop the emit; the import below fails loudly if it is missing */
  }
  const driver = join(base, 'driver.mjs');
  writeFileSync(
    driver,
    `
    const { createEnrollmentServer } = await import('./dist/enroll/server.js');
    const { enrollmentSchema } = await import('./dist/config/schema.js');
    const { openDatabase } = await import('./dist/store/db.js');
    const db = openDatabase(${JSON.stringify(dbPath)});
    const srv = createEnrollmentServer({ config: enrollmentSchema.parse(${JSON.stringify(rawConfig)}), db, workers: 2 });
    const { port } = await srv.listen();
    process.send({ port, workers: srv.workers, execArgv: process.execArgv });
    process.on('message', async () => { await srv.close(); db.close(); process.exit(0); });
  `,
  );
  const child = fork(driver, [], { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const exited = new Promise<number | null>((r) => child.once('exit', r));
  // a failure below must not leave the server running: its IPC channel would keep this test file alive forever
  after(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  const ready = await Promise.race([
    new Promise<{ port: number; workers: number; execArgv: string[] }>((r) => child.once('message', r as never)),
    exited.then((c) => {
      throw new Error(`compiled server exited ${c}`);
    }),
  ]);
  assert.deepEqual(ready.execArgv, [], 'no tsx in the compiled run');
  assert.equal(ready.workers, 2);
  const a = await enroll(`http://127.0.0.1:${ready.port}`);
  assert.equal(a.status, 200, a.body.toString());
  assert.match(verified(a.body), /com\.apple\.security\.acme/);
  child.send('stop');
  assert.equal(await exited, 0);
});
