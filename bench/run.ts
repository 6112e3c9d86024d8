// npm run bench: every benchmark in turn; figures and ratios, never pass/fail.
// The latency-sensitive enrollment benchmark runs first: after the 1M-device sync the kernel is still writing back
// gigabytes of database pages, which measured +5 ms on the enrollment p99 that is not the endpoint's doing.
import { spawnSync } from 'node:child_process';
import { benchSync } from './sync.ts';
import { benchEnroll } from './enroll.ts';
import { benchBuild } from './build.ts';
import { benchOta } from './ota.ts';
import { benchPlist } from './plist.ts';
import { benchEvents } from './events.ts';
import { benchStatus } from './status.ts';
import { benchLogin } from './login.ts';
import { benchEngines } from './engines.ts';

const only = process.argv[2];
const suites: [string, () => Promise<void>][] = [
  ['enroll', () => benchEnroll(10000)],
  ['build', benchBuild],
  ['login', () => benchLogin()],
  ['ota', () => benchOta(2000, 500)],
  ['sync', benchSync],
  ['plist', benchPlist],
  ['events', () => benchEvents()],
  ['status', () => benchStatus()],
  ['engines', benchEngines],
];
for (const [name, fn] of suites) {
  if (only && only !== name) continue;
  await fn();
  spawnSync('sync'); // leave the disk quiet for the next suite
}
