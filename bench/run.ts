// npm run bench: every benchmark in turn; figures and ratios, never pass/fail.
import { benchSync } from './sync.ts';
import { benchEnroll } from './enroll.ts';

const only = process.argv[2];
const suites: [string, () => Promise<void>][] = [['sync', benchSync], ['enroll', () => benchEnroll(10000)]];
for (const [name, fn] of suites) {
  if (only && only !== name) continue;
  await fn();
}
