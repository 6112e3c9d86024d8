import type { Command } from 'commander';
import { loadConfig, configPath } from '../config/load.ts';
import type { Config } from '../config/schema.ts';
import { openDatabase, type DB } from '../store/db.ts';
import { createLogger, type Level } from '../log.ts';
import { sqliteReader, type StoreReader } from '../store/reader.ts';
import { openPostgresReader } from '../store/index.ts';
import { pgReader } from '../store/pg/reader.ts';

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

/**
 * The config's store for a read-only command, on either engine: SQLite opened read-only (never created), PostgreSQL
 * connected and refused when newer than the code (nothing migrated).
 */
export async function openReader(config: Config): Promise<StoreReader> {
  if (config.store) return pgReader(await openPostgresReader(config.store));
  return sqliteReader(openDb(config, true));
}

export function announceNewDatabase(path: string): void {
  process.stderr.write(`adesync: created a new, empty database at ${path}\n`);
}

/** Logs on stderr; `sink` takes each line instead (the progress line of a terminal prints them above itself). */
export function cliLogger(config?: Config, level?: Level, sink?: (line: string) => void) {
  return createLogger({ level: level ?? (config?.log_level as Level) ?? 'info', sink });
}

/** Plain aligned columns: readable in a terminal and in a pipe. */
export function table(rows: Record<string, unknown>[], columns: string[]): string {
  const cell = (v: unknown) => (v === null || v === undefined ? '-' : String(v));
  // a loop, not Math.max(...rows): spreading 200,000 rows overflows the call stack
  const widths = columns.map((c) => rows.reduce((w, r) => Math.max(w, cell(r[c]).length), c.length));
  const line = (vals: string[]) =>
    vals
      .map((v, i) => v.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return [line(columns.map((c) => c.toUpperCase())), ...rows.map((r) => line(columns.map((c) => cell(r[c]))))].join('\n');
}

export function printJson(v: unknown): void {
  process.stdout.write(JSON.stringify(v, null, 2) + '\n');
}

/** An error carrying the process exit code the CLI should end with. */
export class ExitError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

/** A usage error (exit 2): the option, the value and what is expected. */
function usage(message: string): ExitError {
  return new ExitError(message, 2);
}

/** A whole-number option within bounds (commander hands over strings: "abc" and "-5" must not reach SQLite). */
export function intOption(flag: string, value: string, min: number, max: number): number {
  const n = /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) throw usage(`${flag} ${value}: expected a whole number from ${min} to ${max.toLocaleString('en-US')}`);
  return n;
}

/** One of a fixed set (case-insensitive; the canonical spelling comes back). */
export function enumOption<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  const hit = allowed.find((a) => a.toLowerCase() === value.toLowerCase());
  if (!hit) throw usage(`${flag} ${value}: expected one of ${allowed.join(', ')}`);
  return hit;
}

/** --token: a configured token (or one the database still holds); otherwise an error naming the configured ones. */
export function tokenOption(config: Config, value: string | undefined, known: (name: string) => boolean = () => false): string | undefined {
  if (value === undefined) return undefined;
  if (config.tokens.some((t) => t.name === value) || known(value)) return value;
  const names = config.tokens.map((t) => t.name);
  throw usage(`--token ${value}: no such token; ${names.length ? `configured: ${names.join(', ')}` : 'the config lists no tokens (add them under tokens:)'}`);
}

export const JSON_HELP = 'machine-readable output (JSON on stdout)';
export const TOKEN_HELP = 'only this token (a name under tokens: in the config)';
