import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { tempDir } from '../helpers/tmp.ts';
import { sim, simConfig } from '../helpers/sim.ts';
import { cliSpawn } from '../helpers/cli.ts';
import { figure, mib, prng, seedFor, size, startProxy, type ProxiedRequest } from './lib.ts';

/**
 * SIGKILL a real `adesync sync` at seeded random instants — before a request reaches Apple, after Apple answered but
 * before the client saw it, or a few ms after (inside the commit) — in four phases: initial fetch, incremental sync
 * with changes, an assignment round, and profile re-definitions. After every kill the database is intact and its
 * cursor never ahead of stored data; at the end it mirrors Apple exactly and no assignment was re-sent needlessly.
 */
test('SIGKILL at random instants in every phase: intact DB, cursor never ahead, exact final state, no needless re-sends', {
  timeout: size(600_000, 1_800_000),
}, async () => {
  const seed = seedFor('crash', 1337);
  const rnd = prng(seed);
  const N = size(6000, 60000);
  const LIMIT = size(100, 500);
  const KILLS = size(2, 20);
  const s = await sim({ devices: N, seed: 23 });
  const proxy = await startProxy(s.url);
  after(() => proxy.close());
  const dir = tempDir();
  const { yaml, path } = simConfig({ ...s, url: proxy.url }, dir, `sync:\n  page_limit: ${LIMIT}\n`);
  const dbPath = join(dir, 'adesync.db');
  // a slightly slow Apple, so instants between requests are as likely as instants inside one
  s.control.injectFault({ endpoint: '*', kind: 'delay', ms: 5, count: Infinity });

  const kills: Record<string, number> = {};
  let allowedDupes = 0; // serials whose answer may have been lost with a killed process
  let killsInAssign = 0;
  let peakChildRss = 0;

  type Plan = { match: (k: string) => boolean; nth: number; mode: 'before' | 'after' | 'jitter'; jitter: number };
  async function run(args: string[], plan: Plan | null): Promise<{ killed: boolean; code: number | null; stderr: string; answeredAssign: number }> {
    const child = cliSpawn(['--config', path, ...args]);
    let stderr = '';
    child.stderr!.on('data', (c) => {
      stderr += c;
    });
    child.stdout!.resume();
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) => child.once('exit', (code, signal) => r({ code, signal })));
    let seen = 0;
    let answeredAssign = 0;
    const kill = () => {
      child.kill('SIGKILL');
    };
    const hit = (r: ProxiedRequest) => plan?.match(r.key) && r.n !== 0;
    proxy.state.hooks = {
      before: (r) => {
        if (!hit(r)) return;
        seen++;
        (r as ProxiedRequest & { armed?: boolean }).armed = seen === plan!.nth;
        if (seen === plan!.nth && plan!.mode === 'before') {
          kill();
          return false;
        }
      },
      after: (r, status) => {
        if (r.key.endsWith(' /profile/devices') && status === 200) answeredAssign = r.json?.devices?.length ?? 0;
        if (!(r as ProxiedRequest & { armed?: boolean }).armed) return;
        if (plan!.mode === 'after') kill();
        else setTimeout(kill, plan!.jitter);
      },
    };
    const timer = setTimeout(kill, size(120_000, 900_000));
    const rssTimer = setInterval(() => {
      try {
        const kb = Number(/VmRSS:\s+(\d+)/.exec(require_proc(child.pid!))?.[1] ?? 0) * 1024;
        peakChildRss = Math.max(peakChildRss, kb);
      } catch {
        /* exited */
      }
    }, 200);
    const { code, signal } = await exited;
    clearTimeout(timer);
    clearInterval(rssTimer);
    proxy.state.hooks = {};
    return { killed: signal === 'SIGKILL', code, stderr, answeredAssign };
  }

  /** After every kill: integrity, and every device of every page up to the stored cursor is in the database. */
  function checkAfterKill(phase: string) {
    const db = new Database(dbPath, { readonly: true });
    try {
      assert.equal(db.pragma('integrity_check', { simple: true }), 'ok', `${phase}: integrity`);
      const c = db.prepare("SELECT cursor FROM cursors WHERE token = 'sim'").get() as { cursor: string | null } | undefined;
      if (!c?.cursor) return;
      const chain = proxy.chainSerials(c.cursor);
      assert.ok(chain.complete, `${phase}: the stored cursor was returned by Apple and its chain is known`);
      const stored = new Set(
        (db.prepare("SELECT serial_number FROM devices WHERE token = 'sim'").all() as { serial_number: string }[]).map((r) => r.serial_number),
      );
      const missing = [...chain.serials].filter((x) => !stored.has(x));
      assert.equal(
        missing.length,
        0,
        `${phase}: cursor ahead of stored data: ${missing.length} of ${chain.serials.size} serials from ${chain.pages} pages missing (${missing.slice(0, 3)})`,
      );
    } finally {
      db.close();
    }
  }

  async function phase(name: string, args: string[], planFor: (i: number) => Plan, before?: (i: number) => void) {
    kills[name] = 0;
    for (let i = 0; kills[name] < KILLS && i < KILLS * 3; i++) {
      before?.(i);
      const plan = planFor(i);
      const r = await run(args, plan);
      if (!r.killed) {
        assert.equal(r.code, 0, `${name}: a run that was not killed succeeds: ${r.stderr}`);
        continue;
      }
      kills[name]++;
      if (args.includes('--no-assign') === false) {
        killsInAssign++;
        allowedDupes += r.answeredAssign;
      }
      checkAfterKill(`${name} kill ${kills[name]}`);
    }
    // then let it finish
    const done = await run(args, null);
    assert.equal(done.code, 0, `${name}: the run after the kills completes: ${done.stderr}`);
    checkAfterKill(`${name} done`);
  }
  const mode = () => rnd.pick(['before', 'after', 'jitter'] as const);

  await phase('fetch', ['sync', '--no-assign'], () => ({
    match: (k) => k === 'POST /server/devices',
    nth: rnd.int(1, size(8, 4)),
    mode: mode(),
    jitter: rnd.int(0, 30),
  }));

  let added = 0;
  await phase(
    'sync',
    ['sync', '--no-assign'],
    () => ({ match: (k) => k === 'POST /devices/sync', nth: rnd.int(1, 4), mode: mode(), jitter: rnd.int(0, 30) }),
    () => {
      const live = s.control.devices('sim');
      added += s.control.addDevices('sim', rnd.int(size(200, 800), size(400, 1500))).length;
      for (let k = 0; k < size(60, 300); k++)
        s.control.modifyDevice('sim', rnd.pick(live).serial_number, { model: `Proof model ${rnd.int(1, 9)}`, os: rnd.pick(['iOS', 'OSX', 'tvOS']) });
      for (let k = 0; k < size(20, 100); k++) {
        const d = rnd.pick(s.control.devices('sim'));
        s.control.removeDevice('sim', d.serial_number);
      }
    },
  );

  await phase(
    'assign',
    ['sync'],
    () => ({ match: (k) => k === 'POST /profile/devices', nth: rnd.int(1, 2), mode: mode(), jitter: rnd.int(0, 30) }),
    (i) => {
      if (i > 0) added += s.control.addDevices('sim', rnd.int(50, 200)).length;
    },
  );

  let department = 'IT';
  await phase(
    'redefine',
    ['sync'],
    () =>
      rnd.next() < 0.3
        ? { match: (k) => k === 'POST /profile', nth: 1, mode: mode(), jitter: rnd.int(0, 30) }
        : { match: (k) => k === 'POST /profile/devices', nth: rnd.int(1, 3), mode: mode(), jitter: rnd.int(0, 30) },
    (i) => {
      department = `Facilities ${i + 1}`;
      writeFileSync(path, yaml.replace('department: IT\n', `department: ${department}\n`));
    },
  );

  // one more clean cycle: Apple's 'modified' events for the assignments arrive
  const last = await run(['sync'], null);
  assert.equal(last.code, 0, last.stderr);

  const db = new Database(dbPath, { readonly: true });
  assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
  const apple = s.control.devices('sim');
  const rows = new Map(
    (
      db.prepare("SELECT serial_number, model, os, profile_status, profile_uuid FROM devices WHERE token = 'sim' AND deleted_at IS NULL").all() as {
        serial_number: string;
        model: string;
        os: string;
        profile_status: string;
        profile_uuid: string | null;
      }[]
    ).map((r) => [r.serial_number, r]),
  );
  assert.equal(rows.size, apple.length, "the database holds exactly Apple's device set");
  const uuid = (
    db.prepare("SELECT profile_uuid FROM profiles WHERE token = 'sim' AND name = 'standard' AND superseded_at IS NULL").get() as { profile_uuid: string }
  ).profile_uuid;
  assert.equal(s.control.profiles('sim').find((p) => p.profile_uuid === uuid)?.department, department, 'the current definition is the last one written');
  const reasons = db.prepare(
    "SELECT a.state, a.reason FROM device_rows d JOIN assignments a ON a.device_id = d.id WHERE d.token = 'sim' AND d.serial_number = ?",
  );
  let wrong = 0;
  let unassigned = 0;
  for (const d of apple) {
    const r = rows.get(d.serial_number);
    if (
      !r ||
      r.model !== (d.model ?? null) ||
      r.os !== (d.os ?? null) ||
      r.profile_status !== d.profile_status ||
      r.profile_uuid !== (d.profile_uuid ?? null)
    ) {
      if (wrong++ < 3)
        assert.fail(
          `${d.serial_number}: db ${JSON.stringify(r)} vs apple ${JSON.stringify({ model: d.model, os: d.os, profile_status: d.profile_status, profile_uuid: d.profile_uuid })}`,
        );
    }
    if (d.profile_uuid !== uuid) {
      const a = reasons.get(d.serial_number) as { state: string; reason: string | null } | undefined;
      unassigned++;
      assert.ok(a && a.state !== 'pending' && a.reason, `${d.serial_number} lacks the profile without a recorded reason (${JSON.stringify(a)})`);
    }
  }
  const waiting = (db.prepare("SELECT COUNT(*) AS n FROM assignments WHERE token = 'sim' AND state IN ('pending','failed','throttled')").get() as { n: number })
    .n;
  db.close();
  assert.equal(waiting, 0, 'no assignment work left');

  // no needless re-sends: a (serial, profile) pair goes to Apple again only when a kill lost Apple's answer
  let dupes = 0;
  let worst = 0;
  for (const n of proxy.state.assignSends.values()) {
    dupes += n - 1;
    worst = Math.max(worst, n);
  }
  figure(
    `crash kills=${JSON.stringify(kills)} total=${Object.values(kills).reduce((a, b) => a + b, 0)} devices=${apple.length} (+${added} added) unassigned_with_reason=${unassigned}`,
  );
  figure(
    `crash assign sends=${[...proxy.state.assignSends.values()].reduce((a, b) => a + b, 0)} re-sends=${dupes} allowed=${allowedDupes} worst_per_pair=${worst} child_peak_rss=${mib(peakChildRss)}`,
  );
  assert.ok(dupes <= allowedDupes, `${dupes} re-sends, but kills lost at most ${allowedDupes} answers`);
  assert.ok(worst <= 1 + killsInAssign, `a pair was sent ${worst} times with ${killsInAssign} kills`);
  for (const [p, n] of Object.entries(kills)) assert.ok(n >= 1, `phase ${p} saw at least one kill`);
});

function require_proc(pid: number): string {
  return readFileSync(`/proc/${pid}/status`, 'utf8');
}
