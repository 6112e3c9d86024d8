// npm run bench: every benchmark in turn; figures and ratios, never pass/fail.
// The latency-sensitive enrollment benchmark runs first: after the 1M-device sync the kernel is still writing back
// gigabytes of database pages, which measured +5 ms on the enrollment p99 that is not the endpoint's doing.
import { spawnSync } from 'node:child_process';
import { benchSync } from './sync.ts';
import { benchEnroll } from './enroll.ts';
import { benchBuild } from './build.ts';
import { benchPlist } from './plist.ts';
import { benchEvents } from './events.ts';
import { benchStatus } from './status.ts';

const only = process.argv[2];
const suites: [string, () => Promise<void>][] = [
  ['enroll', () => benchEnroll(10000)],
  ['build', benchBuild],
  ['sync', benchSync],
  ['plist', benchPlist],
  ['events', () => benchEvents()],
  ['status', () => benchStatus()],
];
for (const [name, fn] of suites) {
  if (only && only !== name) continue;
  await fn();
  spawnSync('sync'); // leave the disk quiet for the next suite
}
