// npm run bench: every benchmark in turn; figures and ratios, never pass/fail.
import { benchSync } from './sync.ts';

const only = process.argv[2];
const suites: [string, () => Promise<void>][] = [['sync', benchSync]];
for (const [name, fn] of suites) {
  if (only && only !== name) continue;
  await fn();
}
