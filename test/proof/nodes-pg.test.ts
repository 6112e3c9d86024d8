// Several nodes on one PostgreSQL (issue #13): real `adesync daemon` processes sharing a real database, the simulator behind
// the recording proxy of test/proof/lib.ts (what Apple was asked and answered, per cursor and per serial). Three faults:
// the leader SIGKILLed at seeded instants mid-page, PostgreSQL stopped (immediate) mid-sync, and one node cut off from the
// database by a TCP proxy the test controls. After each: another node leads within the bound, the cursor is never ahead
// of stored data, the final device set is Apple's exactly, and no assignment went to Apple twice unless an answer was lost.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import { openPool, type PgPool } from '../../src/store/pg/connect.ts';
import type { RunningSim } from '../../src/sim/index.ts';
import { sim } from '../helpers/sim.ts';
import { type LogLine as Line, until } from '../helpers/cli.ts';
import { fetchOnce } from '../helpers/http.ts';
import { adminQuery, freshDatabase, pgServer } from '../helpers/pg.ts';
import { explained, FOLLOWING, LEADING, leads, lineAfter, LOST, type Node, nodeConfig as sharedConfig, startNode, starts, syncNow } from '../helpers/nodes.ts';
import { figure, prng, seedFor, size, startProxy } from './lib.ts';

// started at file level, so the server outlives each test (pgServer stops it when the file ends)
const server = pgServer();

const LEASE_S = 6;
const RENEW_S = 2;
/** The takeover bound these configs promise: the lease, plus a renewal period of slack on each side. */
const BOUND_MS = (LEASE_S + 2 * RENEW_S) * 1000;
const SERIAL_TIMEOUT = 180_000;

type Apple = Awaited<ReturnType<typeof startProxy>>;

/** A node's config: the shared database, short leases, Apple behind the recording proxy. */
function nodeConfig(s: RunningSim, appleUrl: string, dbUrl: string, lease = { seconds: LEASE_S, renew: RENEW_S }): string {
  return sharedConfig(s, {
    database: dbUrl,
    apple: appleUrl,
    lease,
    // no scheduled cycle during the proof: every sync is one the test started or a takeover
    sync: ["schedule: '0 3 1 1 *'", 'jitter_seconds: 0'],
    // the proxy holds the first request until every node is up
    appleTimeoutSeconds: 60,
  });
}

/** The recording proxy in front of the simulator, closed when the file ends. */
async function appleProxy(s: RunningSim): Promise<Apple> {
  const apple = await startProxy(s.url);
  after(() => apple.close());
  return apple;
}

/** A database for one proof, committing synchronously (an immediate stop then loses no acknowledged commit), and a pool to read it. */
async function database(): Promise<{ url: string; pool: PgPool }> {
  const url = await freshDatabase();
  await adminQuery(await server, `ALTER DATABASE ${new URL(url).pathname.slice(1)} SET synchronous_commit = on`);
  return { url, pool: openPool({ url }) };
}

/** The stored cursor's page chain, as Apple sent it, is all in the database (one snapshot). Returns the chain's length. */
async function checkCursor(pool: PgPool, apple: Apple, what: string): Promise<number> {
  const { cursor, stored } = await pool.transaction(async (c) => {
    await c.exec('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
    const [row] = await c.query<{ cursor: string | null }>(`SELECT cursor FROM cursors WHERE token = 'sim'`);
    const serials = await c.query<{ serial_number: string }>(`SELECT serial_number FROM device_rows WHERE token = 'sim'`);
    return { cursor: row?.cursor ?? null, stored: new Set(serials.map((r) => r.serial_number)) };
  });
  if (!cursor) return 0;
  const chain = apple.chainSerials(cursor);
  assert.ok(chain.complete, `${what}: the stored cursor was returned by Apple and its chain is known`);
  const missing = [...chain.serials].filter((x) => !stored.has(x));
  assert.equal(
    missing.length,
    0,
    `${what}: cursor ahead of stored data: ${missing.length} of ${chain.serials.size} serials from ${chain.pages} pages missing (${missing.slice(0, 3)})`,
  );
  return chain.pages;
}

/** The live device rows are Apple's devices exactly, attribute for attribute, and no assignment work is left. */
async function checkExact(pool: PgPool, s: RunningSim, what: string): Promise<void> {
  const rows = new Map(
    (
      await pool.query<{ serial_number: string; model: string | null; os: string | null; profile_status: string; profile_uuid: string | null }>(
        `SELECT serial_number, model, os, profile_status, profile_uuid FROM devices WHERE token = 'sim' AND deleted_at IS NULL`,
      )
    ).map((r) => [r.serial_number, r]),
  );
  const apple = s.control.devices('sim');
  assert.equal(rows.size, apple.length, `${what}: the database holds as many live devices as Apple lists`);
  for (const d of apple) {
    const r = rows.get(d.serial_number);
    const want = {
      serial_number: d.serial_number,
      model: d.model ?? null,
      os: d.os ?? null,
      profile_status: d.profile_status,
      profile_uuid: d.profile_uuid ?? null,
    };
    assert.deepEqual(r && { ...r }, want, `${what}: ${d.serial_number} as Apple has it`);
  }
  const [w] = await pool.query<{ n: number }>(`SELECT COUNT(*)::int AS n FROM assignments WHERE token = 'sim' AND state IN ('pending', 'failed', 'throttled')`);
  assert.equal(w.n, 0, `${what}: no assignment work left`);
}

/** Assignment (serial, profile) pairs sent to Apple more than once, and the most times one pair was sent. */
function resends(apple: Apple): { sends: number; dupes: number; worst: number } {
  let sends = 0;
  let dupes = 0;
  let worst = 0;
  for (const n of apple.state.assignSends.values()) {
    sends += n;
    dupes += n - 1;
    worst = Math.max(worst, n);
  }
  return { sends, dupes, worst };
}

/** A cycle the leader finished after `t` ('cycle done'), with its sync ok. */
async function cycleDone(nodes: () => Node[], t: number, what: string, ms = SERIAL_TIMEOUT): Promise<Line> {
  let done: Line | undefined;
  await until(
    () => {
      for (const n of nodes()) done ??= n.lines.find((l) => l.at > t && l.msg === 'cycle done');
      return !!done;
    },
    ms,
    what,
  );
  assert.equal(done!.ok, true, `${what}: ${JSON.stringify(done)}`);
  return done!;
}

/** One more cycle, asked of any node: Apple's 'modified' events for the last assignments arrive; then the checks. */
async function settle(nodes: () => Node[], s: RunningSim, pool: PgPool, apple: Apple, what: string): Promise<void> {
  const t = Date.now();
  await syncNow(nodes().find((n) => n.alive())!);
  await cycleDone(nodes, t, `${what}: the last cycle`);
  await checkCursor(pool, apple, what);
  await checkExact(pool, s, what);
}

test('three nodes, the leader SIGKILLed at seeded instants mid-page: one leads at a time, another takes over within the bound, exact final state, no needless re-sends', {
  timeout: size(900_000, 3_600_000),
}, async () => {
  const seed = seedFor('nodes-pg kill', 7919);
  const rnd = prng(seed);
  const N = size(3000, 20000);
  const KILLS = size(3, 9);
  const s = await sim({ devices: N, seed: 61 });
  const apple = await appleProxy(s);
  const { url, pool } = await database();
  const path = nodeConfig(s, apple.url, url);
  // a slightly slow Apple, so instants between requests are as likely as instants inside one
  s.control.injectFault({ endpoint: '*', kind: 'delay', ms: 20, count: Infinity });

  // the first request waits until every node has said whether it leads
  let open!: () => void;
  const gate = new Promise<void>((r) => {
    open = r;
  });
  type Plan = { endpoint: string; nth: number; mode: 'before' | 'after' | 'jitter'; jitter: number };
  let plan: Plan | null = null;
  let seen = 0;
  let answeredAssign = 0; // devices in the last assignment Apple answered this round: its answer may die with the leader
  let onKill: { resolve: (k: { victim: Node; at: number }) => void; reject: (e: Error) => void } | null = null;
  const nodes: Node[] = [];
  const all: Node[] = [];
  const live = () => nodes.filter((n) => n.alive());

  /** SIGKILL the process that holds the lease (the only one that talks to Apple), as the database says. */
  async function kill(): Promise<void> {
    if (!onKill) return;
    const fire = onKill;
    onKill = null;
    plan = null;
    try {
      const [row] = await pool.query<{ holder_pid: number | null }>(`SELECT holder_pid FROM sync_leases WHERE token = 'sim'`);
      const victim = nodes.find((n) => n.pid === row?.holder_pid && n.alive());
      if (!victim) throw new Error(`the lease holder (pid ${row?.holder_pid}) is not one of the live nodes`);
      victim.child.kill('SIGKILL');
      fire.resolve({ victim, at: Date.now() });
    } catch (e) {
      fire.reject(e as Error);
    }
  }
  apple.state.hooks = {
    before: async (r) => {
      await gate;
      if (!plan || r.key !== plan.endpoint) return;
      const armed = ++seen === plan.nth;
      (r as typeof r & { armed?: boolean }).armed = armed;
      if (armed && plan.mode === 'before') {
        await kill();
        return false;
      }
    },
    after: async (r, status) => {
      if (r.key === 'POST /profile/devices' && status === 200) answeredAssign = r.json?.devices?.length ?? 0;
      if (!(r as typeof r & { armed?: boolean }).armed || !plan) return;
      if (plan.mode === 'after') await kill();
      else setTimeout(() => void kill(), plan.jitter);
    },
  };
  const arm = (p: Plan) =>
    new Promise<{ victim: Node; at: number }>((resolve, reject) => {
      seen = 0;
      answeredAssign = 0;
      plan = p;
      onKill = { resolve, reject };
    });

  await explained(all, async () => {
    // round 0 kills the first leader during its startup fetch: armed before the nodes start
    const phases = ['fetch', 'assign', 'sync'] as const;
    const endpoint = { fetch: 'POST /server/devices', assign: 'POST /profile/devices', sync: 'POST /devices/sync' } as const;
    const mode = () => rnd.pick(['before', 'after', 'jitter'] as const);
    const nth = { fetch: () => rnd.int(2, 8), assign: () => rnd.int(1, 2), sync: () => rnd.int(1, 3) };
    const planFor = (phase: (typeof phases)[number]): Plan => ({ endpoint: endpoint[phase], nth: nth[phase](), mode: mode(), jitter: rnd.int(0, 30) });
    let p = planFor('fetch');
    let killed = arm(p);

    for (const name of ['node1', 'node2', 'node3']) nodes.push(startNode(name, path));
    all.push(...nodes);
    await until(
      () => nodes.every((n) => n.lines.some((l) => starts(l, LEADING) || starts(l, FOLLOWING)) || !n.alive()),
      120_000,
      'every node to say whether it leads',
    );
    assert.equal(live().length, 3, 'all three nodes run');
    assert.equal(nodes.filter((n) => n.lines.some((l) => starts(l, LEADING))).length, 1, 'exactly one node leads');
    assert.equal(nodes.filter((n) => n.lines.some((l) => starts(l, FOLLOWING))).length, 2, 'the other two follow');
    open();

    const takeovers: number[] = [];
    const kinds: string[] = [];
    let allowedDupes = 0;
    let killsInAssign = 0;
    let changed = 0;
    for (let k = 0; k < KILLS; k++) {
      const phase = k < phases.length ? phases[k] : rnd.pick(phases);
      if (k > 0) {
        p = planFor(phase);
        killed = arm(p);
        // the work of the round: a full fetch, new devices to assign, or a mix of changes for the cursor sync
        if (phase === 'assign') changed += s.control.addDevices('sim', rnd.int(1200, 2400)).length;
        if (phase === 'sync') {
          const before = s.control.devices('sim');
          changed += s.control.addDevices('sim', rnd.int(300, 500)).length;
          for (let i = 0; i < 100; i++) s.control.modifyDevice('sim', rnd.pick(before).serial_number, { model: `Proof model ${rnd.int(1, 9)}` });
          for (let i = 0; i < 40; i++) s.control.removeDevice('sim', rnd.pick(s.control.devices('sim')).serial_number);
        }
        // asked of a random node: a follower leaves it for the leader
        await syncNow(rnd.pick(live()), phase === 'fetch');
      }
      const { victim, at } = await Promise.race([
        killed,
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`round ${k} (${phase}): no kill within 180 s`)), SERIAL_TIMEOUT).unref()),
      ]);
      kinds.push(`${phase}:${p.mode}@${p.nth}`);
      // the database as the dead leader left it
      await checkCursor(pool, apple, `round ${k} (${phase}) right after the kill`);
      allowedDupes += answeredAssign;
      if (answeredAssign || phase === 'assign') killsInAssign++;

      let next: Node | undefined;
      await until(
        () => {
          next = live().find((n) => n !== victim && lineAfter(n, LEADING, at));
          return !!next;
        },
        BOUND_MS + 60_000,
        `round ${k}: another node to take over from ${victim.name}`,
      );
      const took = lineAfter(next!, LEADING, at)!.at - at;
      takeovers.push(took);
      figure(
        `nodes-pg kill ${k} (${phase}, ${p.mode} request ${p.nth}${p.mode === 'jitter' ? ` +${p.jitter} ms` : ''}): ${victim.name} killed, ${next!.name} leads after ${took} ms`,
      );
      assert.ok(took <= BOUND_MS, `round ${k}: ${next!.name} took over ${took} ms after the kill (bound ${BOUND_MS} ms)`);
      assert.deepEqual(
        live()
          .filter(leads)
          .map((n) => n.name),
        [next!.name],
        `round ${k}: exactly one live node leads`,
      );

      // the killed node comes back as a follower, while the new leader finishes the interrupted cycle
      const back = startNode(`${victim.name.split('.')[0]}.r${k + 1}`, path);
      nodes[nodes.indexOf(victim)] = back;
      all.push(back);
      await cycleDone(() => [next!], at, `round ${k}: ${next!.name}'s takeover cycle`);
      await until(() => back.lines.some((l) => starts(l, FOLLOWING)) || !back.alive(), 120_000, `${back.name} to follow`);
      assert.ok(!leads(back), `${back.name} came back as a follower`);
      await checkCursor(pool, apple, `round ${k} (${phase}) after the takeover cycle`);
    }

    await settle(() => live(), s, pool, apple, 'after the kills');
    assert.equal(live().length, 3, 'three nodes run at the end');
    assert.equal(live().filter(leads).length, 1, 'one leads at the end');
    const { sends, dupes, worst } = resends(apple);
    const max = Math.max(...takeovers);
    figure(
      `nodes-pg kills=${kinds.join(',')} devices=${s.control.devices('sim').length} (+${changed} changed) takeover_ms=${takeovers.join(',')} max=${max} bound=${BOUND_MS}`,
    );
    figure(`nodes-pg assign sends=${sends} re-sends=${dupes} allowed=${allowedDupes} worst_per_pair=${worst}`);
    assert.ok(dupes <= allowedDupes, `${dupes} re-sends, but kills lost at most ${allowedDupes} answers`);
    assert.ok(worst <= 1 + killsInAssign, `a pair was sent ${worst} times with ${killsInAssign} kills during assignment`);
  });
  await pool.end();
});

async function readyz(n: Node): Promise<{ ready: boolean; failed: string[] }> {
  const r = await fetchOnce(`${await n.admin()}/readyz`);
  return JSON.parse(await r.text());
}

/** Start nodes and wait until each has said whether it leads; exactly one does. */
async function startCluster(paths: string[], names = paths.map((_, i) => `node${i + 1}`)): Promise<Node[]> {
  const nodes = paths.map((p, i) => startNode(names[i], p));
  await explained(nodes, async () => {
    await until(
      () => nodes.every((n) => n.lines.some((l) => starts(l, LEADING) || starts(l, FOLLOWING)) || !n.alive()),
      120_000,
      'every node to say whether it leads',
    );
    assert.ok(
      nodes.every((n) => n.alive()),
      'every node runs',
    );
    assert.equal(nodes.filter(leads).length, 1, 'exactly one node leads');
  });
  return nodes;
}

const pagesCommitted = async (pool: PgPool, where = 'TRUE', params: unknown[] = []) =>
  (await pool.query<{ p: number }>(`SELECT COALESCE(SUM(pages), 0)::int AS p FROM sync_runs WHERE ${where}`, params))[0].p;

test('PostgreSQL stopped (immediate) mid-sync and started again: every node reports database_write failing, then ready; nothing committed is lost; the sync completes exactly; no node died', {
  timeout: 600_000,
}, async () => {
  const pg = await server;
  assert.ok(pg.ctl, 'this proof stops and starts its own server: run it without ADESYNC_TEST_PG_URL');
  const s = await sim({ devices: size(3000, 20000), seed: 62 });
  const apple = await appleProxy(s);
  const { url, pool } = await database();
  const path = nodeConfig(s, apple.url, url);
  // 30 pages at 200 ms each: the first fetch is still running when the server goes
  s.control.injectFault({ endpoint: 'POST /server/devices', kind: 'delay', ms: 200, count: Infinity });
  const nodes = await startCluster([path, path]);
  await explained(nodes, async () => {
    const leader = nodes.find(leads)!;
    await until(async () => (await pagesCommitted(pool)) >= 3, SERIAL_TIMEOUT, 'the first fetch to commit 3 pages');
    const [held] = await pool.query<{ n: number }>(`SELECT COUNT(*)::int AS n FROM device_rows WHERE token = 'sim'`);
    const stoppedAt = Date.now();
    let up = false;
    let reportedMs = 0;
    try {
      pg.ctl!('stop', '-m', 'immediate');
      await until(
        async () => (await Promise.all(nodes.map(readyz))).every((r) => !r.ready && r.failed.includes('database_write')),
        60_000,
        "every node's /readyz to report database_write failing",
      );
      reportedMs = Date.now() - stoppedAt;
      // an outage longer than the lease: the leader gives it up by itself, as it would to a node that can still reach the database
      await until(() => !!lineAfter(leader, LOST, stoppedAt), BOUND_MS + 60_000, `${leader.name} to give up the lease it cannot renew`);
      assert.ok(!leads(leader), `${leader.name} no longer leads`);
    } finally {
      pg.ctl!('start', '-w', '-t', '60');
      up = true;
    }
    assert.ok(up);
    const startedAt = Date.now();
    const outageMs = startedAt - stoppedAt;
    await until(async () => (await Promise.all(nodes.map(readyz))).every((r) => r.ready), 90_000, 'every node ready again');
    const readyMs = Date.now() - startedAt;
    const [kept] = await pool.query<{ n: number }>(`SELECT COUNT(*)::int AS n FROM device_rows WHERE token = 'sim'`);
    assert.ok(kept.n >= held.n, `${held.n} device rows were committed before the stop, ${kept.n} after the restart`);
    await checkCursor(pool, apple, 'after the restart');
    // a node takes the lease again and resumes the fetch from the stored cursor
    await cycleDone(() => nodes, startedAt, 'the interrupted sync to complete after the restart');
    const next = nodes.find(leads)!;
    figure(
      `nodes-pg outage: /readyz failing on every node ${reportedMs} ms after the stop; outage ${outageMs} ms; ready again ${readyMs} ms after the start; ${leader.name} led before, ${next.name} after`,
    );
    await settle(() => nodes, s, pool, apple, 'after the outage');
    assert.ok(
      nodes.every((n) => n.alive()),
      'no node died',
    );
    assert.equal(nodes.filter(leads).length, 1, 'one node leads');
    // the outage came mid-fetch, before any assignment was sent: none can have been sent twice
    assert.equal(resends(apple).dupes, 0, 'no assignment sent twice');
  });
  await pool.end();
});

/**
 * A TCP proxy to PostgreSQL that the test cuts. 'reset': live connections destroyed, new ones accepted and closed at once.
 * 'blackhole': nothing passes either way and new connections get no answer, as on a lost network; what was sent waits and
 * is delivered when the cut heals, as TCP's retransmissions would.
 */
async function tcpProxy(port: number) {
  type Conn = { down: net.Socket; up: net.Socket | null; toUp: Buffer[]; toDown: Buffer[]; upClosed?: boolean };
  let mode: 'open' | 'reset' | 'blackhole' = 'open';
  const conns = new Set<Conn>();
  const drop = (c: Conn) => {
    c.down.destroy();
    c.up?.destroy();
    conns.delete(c);
  };
  const flush = (c: Conn) => {
    if (!c.upClosed) for (const b of c.toUp.splice(0)) c.up!.write(b);
    for (const b of c.toDown.splice(0)) c.down.write(b);
    // the server closed it during the cut: the client learns it only now
    if (c.upClosed) c.down.end(() => drop(c));
  };
  const connectUp = (c: Conn) => {
    const up = net.connect(port, '127.0.0.1');
    c.up = up;
    up.on('error', () => drop(c));
    up.on('close', () => {
      if (mode === 'blackhole') c.upClosed = true;
      else drop(c);
    });
    up.on('data', (b: Buffer) => (mode === 'open' ? c.down.write(b) : c.toDown.push(b)));
    flush(c);
  };
  const srv = net.createServer((down) => {
    if (mode === 'reset') return void down.destroy();
    const c: Conn = { down, up: null, toUp: [], toDown: [] };
    conns.add(c);
    down.on('error', () => drop(c));
    down.on('close', () => drop(c));
    down.on('data', (b: Buffer) => (mode === 'open' && c.up ? c.up.write(b) : c.toUp.push(b)));
    if (mode === 'open') connectUp(c);
  });
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  after(() => {
    mode = 'reset';
    for (const c of conns) drop(c);
    srv.close();
  });
  return {
    port: (srv.address() as net.AddressInfo).port,
    cut(how: 'reset' | 'blackhole') {
      mode = how;
      if (how === 'reset') for (const c of conns) drop(c);
    },
    heal() {
      mode = 'open';
      for (const c of conns) c.up ? flush(c) : connectUp(c);
    },
  };
}

/** The leader cut off from the database mid-sync, `how`; then healed while the follower that took over is mid-sync. */
async function partition(how: 'reset' | 'blackhole'): Promise<void> {
  const pg = await server;
  const s = await sim({ devices: size(2000, 20000), seed: 63 });
  const apple = await appleProxy(s);
  const { url, pool } = await database();
  const tcp = await tcpProxy(pg.port);
  const cutOff = nodeConfig(s, apple.url, url.replace(`:${pg.port}/`, `:${tcp.port}/`));
  const direct = nodeConfig(s, apple.url, url);
  // A starts alone so that it leads; B, straight to the database, follows
  const [a] = await startCluster([cutOff], ['A']);
  const nodes = [a];
  await explained(nodes, async () => {
    await cycleDone(() => [a], 0, "A's first cycle (fetch and assignment)");
    nodes.push(startNode('B', direct));
    const b = nodes[1];
    await until(() => b.lines.some((l) => starts(l, FOLLOWING)) || !b.alive(), 120_000, 'B to follow');

    // a cursor sync of many pages, slowed so that it outlasts the cut and the takeover
    s.control.addDevices('sim', size(2500, 10000));
    for (const d of s.control.devices('sim').slice(0, 200)) s.control.modifyDevice('sim', d.serial_number, { model: 'Partition model' });
    s.control.injectFault({ endpoint: 'POST /devices/sync', kind: 'delay', ms: 300, count: Infinity });
    await syncNow(a);
    await until(async () => (await pagesCommitted(pool, `pid = $1 AND result = 'running'`, [a.pid])) >= 3, SERIAL_TIMEOUT, 'A to commit 3 pages of the sync');

    tcp.cut(how);
    const cutAt = Date.now();
    await until(() => !!lineAfter(b, LEADING, cutAt), BOUND_MS + 60_000, 'B to take over');
    const took = lineAfter(b, LEADING, cutAt)!.at - cutAt;
    // what A had written when it lost the token: nothing of it may change, and every later event is B's
    const aRuns = await pool.query<{ id: number; pages: number; devices: number }>('SELECT id, pages, devices FROM sync_runs WHERE pid = $1 ORDER BY id', [
      a.pid,
    ]);
    const [{ last }] = await pool.query<{ last: number }>('SELECT COALESCE(MAX(id), 0)::int AS last FROM device_events');
    await until(() => !!lineAfter(a, LOST, cutAt), BOUND_MS + 60_000, 'A to give up the lease it cannot renew');
    const gaveUp = lineAfter(a, LOST, cutAt)!.at - cutAt;
    // heal while B is mid-sync: A's connections come back with A's old lease still in its memory
    await until(async () => (await pagesCommitted(pool, 'pid = $1', [b.pid])) >= 1, SERIAL_TIMEOUT, 'B to commit a page');
    tcp.heal();
    const healAt = Date.now();
    await until(() => !!lineAfter(a, FOLLOWING, healAt), 60_000, 'A to follow B once healed');
    const tookAt = lineAfter(b, LEADING, cutAt)!.at;
    await cycleDone(() => [b], tookAt, "B's takeover cycle");
    // A's cycle ended without committing: its held commit failed (its session was dropped by the server) or the fence refused it
    await until(
      () => a.lines.some((l) => l.at > cutAt && (l.msg === 'cycle failed' || (l.msg === 'cycle done' && l.ok === false))),
      60_000,
      "A's cut-off cycle to end",
    );
    figure(
      `nodes-pg partition (${how}): B leads ${took} ms after the cut (bound ${BOUND_MS} ms); A gave up after ${gaveUp} ms; A follows ${lineAfter(a, FOLLOWING, healAt)!.at - healAt} ms after the heal`,
    );
    assert.ok(took <= BOUND_MS, `B took over ${took} ms after the cut (bound ${BOUND_MS} ms)`);
    assert.ok(!leads(a) && leads(b), 'B leads, A follows');
    assert.ok(!a.lines.some((l) => l.at > cutAt && starts(l, LEADING)), 'A never led again');

    const aAfter = await pool.query<{ id: number; pages: number; devices: number }>('SELECT id, pages, devices FROM sync_runs WHERE pid = $1 ORDER BY id', [
      a.pid,
    ]);
    assert.deepEqual(aAfter, aRuns, "A's runs hold the pages they had when A lost the token");
    const later = await pool.query<{ run: number; n: number }>(
      'SELECT sync_run_id AS run, COUNT(*)::int AS n FROM device_events WHERE id > $1 GROUP BY 1 ORDER BY 1',
      [last],
    );
    const bRuns = new Set((await pool.query<{ id: number }>('SELECT id FROM sync_runs WHERE pid = $1', [b.pid])).map((r) => r.id));
    assert.ok(later.length > 0, 'B wrote events after the takeover');
    for (const r of later) assert.ok(bRuns.has(r.run), `${r.n} events after the takeover belong to run ${r.run}, not one of B's (${[...bRuns]})`);
    await checkCursor(pool, apple, 'after the heal');
    await settle(() => nodes, s, pool, apple, 'after the partition');
    assert.ok(
      nodes.every((n) => n.alive()),
      'no node died',
    );
    // A was cut off during the sync, before its assignment: none can have been sent twice
    assert.equal(resends(apple).dupes, 0, 'no assignment sent twice');
  });
  await pool.end();
}

test(
  'the leader cut off from PostgreSQL mid-sync (connections reset, new ones refused): the follower takes over within the bound, the cut-off node gives up and commits nothing after, then follows once healed; exact final state',
  {
    timeout: 600_000,
  },
  () => partition('reset'),
);

test(
  'the leader cut off from PostgreSQL mid-sync (nothing passes; what was in flight arrives after the heal): its open transaction does not keep the lease row locked past the bound',
  {
    timeout: 600_000,
  },
  () => partition('blackhole'),
);

test('PostgreSQL restarted sooner than the lease expires: the leader keeps the token and finishes the interrupted sync by itself', {
  timeout: 600_000,
}, async () => {
  const pg = await server;
  assert.ok(pg.ctl, 'this proof stops and starts its own server: run it without ADESYNC_TEST_PG_URL');
  const s = await sim({ devices: size(3000, 20000), seed: 64 });
  const apple = await appleProxy(s);
  const { url, pool } = await database();
  // a lease of 30 s (the default) outlasts a quick restart
  const path = nodeConfig(s, apple.url, url, { seconds: 30, renew: 5 });
  s.control.injectFault({ endpoint: 'POST /server/devices', kind: 'delay', ms: 200, count: Infinity });
  const nodes = await startCluster([path, path]);
  await explained(nodes, async () => {
    const leader = nodes.find(leads)!;
    await until(async () => (await pagesCommitted(pool)) >= 3, SERIAL_TIMEOUT, 'the first fetch to commit 3 pages');
    const stoppedAt = Date.now();
    try {
      pg.ctl!('stop', '-m', 'immediate');
      // the leader's cycle meets the outage at its next page and ends
      await until(
        () => leader.lines.some((l) => l.at > stoppedAt && (l.msg === 'cycle failed' || l.msg === 'cycle done')),
        60_000,
        `${leader.name}'s cycle to end on the outage`,
      );
    } finally {
      pg.ctl!('start', '-w', '-t', '60');
    }
    const startedAt = Date.now();
    // nobody asks for a sync: the leader resumes the one the outage broke
    await cycleDone(() => [leader], startedAt, `${leader.name} to finish the interrupted sync by itself`, 90_000);
    figure(
      `nodes-pg short outage: ${startedAt - stoppedAt} ms; ${leader.name} resumed ${leader.lines.find((l) => l.at > startedAt && l.msg === 'cycle done')!.at - startedAt} ms after the start`,
    );
    assert.ok(!lineAfter(leader, LOST, stoppedAt), `${leader.name} kept the lease through an outage shorter than it`);
    assert.ok(leads(leader), `${leader.name} still leads`);
    await settle(() => nodes, s, pool, apple, 'after the short outage');
    assert.ok(
      nodes.every((n) => n.alive()),
      'no node died',
    );
  });
  await pool.end();
});
