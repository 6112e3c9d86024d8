import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nextTickMs } from '../../src/daemon/leadership.ts';
import type { LeaseRow } from '../../src/store/leases.ts';

const NOW = 1_000_000;
const row = (expiresIn: number, holder: string | null = 'node-b'): LeaseRow => ({
  token: 't',
  generation: 1,
  holder_node: holder,
  holder_pid: holder ? 42 : null,
  holder_host: holder ? 'h' : null,
  run_id: null,
  acquired_at: null,
  heartbeat_at: null,
  expires_at: NOW + expiresIn,
});

test('nextTickMs: a follower wakes just after the soonest expiry it saw, never later than a tick, never sooner than 50 ms', () => {
  const rows: [string, number, LeaseRow[], number][] = [
    ['nothing seen: one tick', 2000, [], 2000],
    ['a released lease (no holder) does not shorten the tick', 2000, [row(300, null)], 2000],
    ['a lease expiring within the tick: 100 ms after its expiry', 2000, [row(1000)], 1100],
    ['a lease expiring after the tick: the tick', 2000, [row(5000)], 2000],
    ['expiring exactly at the tick: the tick (expiry + 100 ms is later)', 2000, [row(2000)], 2000],
    ['expiring just before the tick: just after that expiry', 2000, [row(1850)], 1950],
    ['expiring now: 100 ms later', 2000, [row(0)], 100],
    ['already expired: the 50 ms floor, not a busy loop', 2000, [row(-5000)], 50],
    ['several tokens: the soonest expiry', 10_000, [row(7000), row(3000), row(9000)], 3100],
    ['several, one released: the soonest held one', 10_000, [row(500, null), row(4000)], 4100],
    ['a tick shorter than the floor: the floor', 10, [], 50],
  ];
  for (const [why, tick, seen, want] of rows) assert.equal(nextTickMs(tick, seen, NOW), want, why);
});

test('nextTickMs reads an iterable once (the daemon passes the values of a Map)', () => {
  const m = new Map([
    ['a', row(1500)],
    ['b', row(700)],
  ]);
  assert.equal(nextTickMs(2000, m.values(), NOW), 800);
});
