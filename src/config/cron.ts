// node-cron loaded on first use: most commands never read a schedule (the schema's defaults are not re-validated), and
// importing it costs ~30 ms of every `adesync status`. The daemon, which schedules, imports it as usual.
import { createRequire } from 'node:module';
import type cronModule from 'node-cron';

let cron: typeof cronModule | undefined;
export const lazyCron = (): typeof cronModule => (cron ??= createRequire(import.meta.url)('node-cron') as typeof cronModule);
