import type { Command } from 'commander';
import { loadConfig, configPath } from '../config/load.ts';
import type { Config } from '../config/schema.ts';
import { openDatabase, type DB } from '../store/db.ts';
import { createLogger, type Level } from '../log.ts';

/** The root program's --config, resolved the documented way. */
export function configFrom(cmd: Command): { path: string; config: Config } {
  const root = cmd.optsWithGlobals() as { config?: string };
  const path = configPath(root.config);
  return { path, config: loadConfig(path) };
}

/** The config's database. A new one is made only inside state_dir, and the admin is told where (a typo would otherwise start empty). */
export function openDb(config: Config, readonly = false): DB {
  return openDatabase(config.database!, { readonly, createUnder: config.state_dir, onCreate: announceNewDatabase });
}

export function announceNewDatabase(path: string): void {
  process.stderr.write(`adesync: created a new, empty database at ${path}\n`);
}

export function cliLogger(config?: Config, level?: Level) {
  return createLogger({ level: level ?? (config?.log_level as Level) ?? 'info' });
}

/** Plain aligned columns: readable in a terminal and in a pipe. */
export function table(rows: Record<string, unknown>[], columns: string[]): string {
  const cell = (v: unknown) => (v === null || v === undefined ? '-' : String(v));
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => cell(r[c]).length)));
  const line = (vals: string[]) => vals.map((v, i) => v.padEnd(widths[i])).join('  ').trimEnd();
  return [line(columns.map((c) => c.toUpperCase())), ...rows.map((r) => line(columns.map((c) => cell(r[c]))))].join('\n');
}

export function printJson(v: unknown): void {
  process.stdout.write(JSON.stringify(v, null, 2) + '\n');
}

/** An error carrying the process exit code the CLI should end with. */
export class ExitError extends Error {
  constructor(message: string, readonly exitCode: number) { super(message); }
}
