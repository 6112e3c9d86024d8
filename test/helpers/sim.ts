import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after } from 'node:test';
import { startSim, type RunningSim, type SimOptions } from '../../src/sim/index.ts';
import { parseConfig } from '../../src/config/load.ts';
import type { Config } from '../../src/config/schema.ts';

/** A simulator for this test file, closed when it ends. */
export async function sim(opts: SimOptions = {}): Promise<RunningSim> {
  const s = await startSim(opts);
  after(() => s.close());
  return s;
}

/**
 * A config for tokens served by the simulator: token files written (0600) under `dir`, short timeouts and
 * backoff so tests stay quick. `extra` is YAML appended verbatim (profiles, rules, …).
 */
export function simConfig(s: RunningSim, dir: string, extra = '', tokenNames = Object.keys(s.tokens)): { config: Config; yaml: string; path: string } {
  mkdirSync(join(dir, 'tokens'), { recursive: true, mode: 0o700 });
  for (const name of tokenNames) writeFileSync(join(dir, 'tokens', `${name}.json`), JSON.stringify(s.tokens[name]), { mode: 0o600 });
  const yaml = `state_dir: ${dir}
log_level: warn
apple:
  base_url: ${s.url}
  timeout_seconds: 5
  max_retries: 3
  max_retry_wait_seconds: 5
admin:
  listen: 127.0.0.1:0
assign:
  failed_backoff_seconds: 60
tokens:
${tokenNames.map((n) => `  - name: ${n}\n    default_profile: standard\n`).join('')}
profiles:
  standard:
    profile_name: Standard supervised
    url: https://enroll.example.com/enroll
    department: IT
    skip_setup_items: [Siri, Diagnostics]
${extra}`;
  const path = join(dir, 'config.yaml');
  writeFileSync(path, yaml);
  return { config: parseConfig(yaml, path, dir), yaml, path };
}
