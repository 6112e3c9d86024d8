// adesync token keypair | import | show | remove: server tokens (A.2). Never prints a secret.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { configPath, loadConfig } from '../config/load.ts';
import { tokenSchema } from '../config/schema.ts';
import { openTokenRecords } from '../store/index.ts';
import type { StoreConfig } from '../config/schema.ts';
import { announceNewDatabase } from './common.ts';
import { privateKeyPem } from '../token/import.ts';
import {
  EXPIRY_WARN_DAYS,
  type TokenFileInsecureError,
  ensurePrivateDir,
  generateTokenKeypair,
  importServerToken,
  readServerToken,
  tokenExpiryDays,
  tokenExpiryState,
  writeSecretFile,
  type TokenRecord,
} from '../token/index.ts';

/** An error the CLI reports with its own exit code (main.ts: 1 failure, 2 usage). */
class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

interface Paths {
  stateDir: string;
  database: string;
  /** PostgreSQL (the config's database: postgresql://… or store:); the token rows live there. */
  store?: StoreConfig;
  tokensDir: string;
  tokenFile(name: string): string;
  configured?: { name: string; file: string }[]; // undefined when no config was read (--state-dir)
}

interface CommonOpts {
  stateDir?: string;
  config?: string;
}

/** --state-dir wins (and no config is read); else the config names state_dir, database and per-token files. */
function paths(cmd: Command): Paths {
  const o = cmd.optsWithGlobals<CommonOpts>();
  if (o.stateDir) {
    const stateDir = resolve(o.stateDir);
    const tokensDir = join(stateDir, 'tokens');
    return { stateDir, database: join(stateDir, 'adesync.db'), tokensDir, tokenFile: (n) => join(tokensDir, `${n}.json`) };
  }
  const c = loadConfig(configPath(o.config));
  const tokensDir = join(c.state_dir, 'tokens');
  const configured = c.tokens.map((t) => ({ name: t.name, file: t.file ?? join(tokensDir, `${t.name}.json`) }));
  return {
    stateDir: c.state_dir,
    database: c.database ?? join(c.state_dir, 'adesync.db'),
    store: c.store,
    tokensDir,
    tokenFile: (n) => configured.find((t) => t.name === n)?.file ?? join(tokensDir, `${n}.json`),
    configured,
  };
}

function checkName(name: string): string {
  const r = tokenSchema.shape.name.safeParse(name);
  if (!r.success) throw new CliError(`--name "${name}": ${r.error.issues[0].message}`, 2);
  return name;
}

const day = (iso: string) => iso.replace(/\.\d+Z$/, 'Z');
const out = (s: string) => process.stdout.write(s + '\n');

function withStateDir(c: Command): Command {
  return c.option('--state-dir <dir>', "state folder to use instead of the config's state_dir (the config is then not read)");
}

export function register(program: Command): void {
  const token = program.command('token').description('server tokens from Apple Business/School Manager: keypair, import, show, remove');

  withStateDir(token.command('keypair'))
    .description('create the RSA key and certificate to upload to the MDM server in Apple Business/School Manager')
    .requiredOption('--name <name>', 'token name (as under tokens: in the config)')
    .option('--force', 'replace an existing key (tokens encrypted to the old key can no longer be imported)')
    .action(async (opts: { name: string; force?: boolean }, cmd: Command) => {
      const name = checkName(opts.name);
      const p = paths(cmd);
      const keyFile = join(p.tokensDir, `${name}.key.pem`);
      const certFile = join(p.tokensDir, `${name}.cert.pem`);
      if (existsSync(keyFile) && !opts.force) {
        throw new CliError(
          `${keyFile} already exists: the certificate in Apple Business Manager may belong to it. ` +
            `Import the token with it, or pass --force to replace it (then upload the new certificate)`,
        );
      }
      ensurePrivateDir(p.tokensDir);
      const kp = await generateTokenKeypair(name);
      try {
        writeSecretFile(keyFile, kp.keyPem, { overwrite: !!opts.force });
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new CliError(`${keyFile} appeared meanwhile: not replaced (pass --force)`);
        throw e;
      }
      writeSecretFile(certFile, kp.certPem, { mode: 0o644 });
      out(`Created an RSA-2048 key and a self-signed certificate for token "${name}":`);
      out(`  certificate: ${certFile}`);
      out(`               CN=adesync ${name}, valid until ${day(kp.notAfter.toISOString())}, SHA-256 ${kp.fingerprintSha256}`);
      out(`  private key: ${keyFile} (mode 0600: keep it here; Apple encrypts the token to it)`);
      out('Next:');
      out('  1. In Apple Business Manager (or Apple School Manager), open Preferences → your MDM server (or add one),');
      out(`     and upload ${certFile} as its public key.`);
      out('  2. Download the server token (a *_Token_*_smime.p7m file) from the same MDM server.');
      out(`  3. adesync token import --name ${name} FILE.p7m`);
    });

  withStateDir(token.command('import'))
    .description('decrypt a downloaded server token (.p7m) and store it (mode 0600) for the daemon')
    .argument('<file>', 'the *_smime.p7m file downloaded from Apple Business/School Manager')
    .requiredOption('--name <name>', 'token name (as under tokens: in the config)')
    .option('--key <file>', 'private key whose certificate was uploaded: PEM, or DER (PKCS#8 or PKCS#1) (default: STATE/tokens/NAME.key.pem)')
    .option('--force', 'replace a token of another MDM server (different consumer key) stored under this name')
    .action(async (file: string, opts: { name: string; key?: string; force?: boolean }, cmd: Command) => {
      const name = checkName(opts.name);
      const p = paths(cmd);
      const keyFile = opts.key ? resolve(opts.key) : join(p.tokensDir, `${name}.key.pem`);
      let p7m: Buffer;
      try {
        p7m = readFileSync(file);
      } catch (e) {
        throw new CliError(`cannot read ${file} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
      }
      let keyPem: string;
      try {
        keyPem = privateKeyPem(readFileSync(keyFile));
      } catch (e) {
        throw new CliError(
          `cannot read the private key ${keyFile} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}): ` +
            `pass --key KEY.pem, the key whose certificate you uploaded (made by "adesync token keypair --name ${name}")`,
        );
      }
      const tokenFile = p.tokenFile(name);
      if (tokenFile.startsWith(p.tokensDir + '/')) ensurePrivateDir(p.tokensDir);
      const records = (await openRecords(p, 'import'))!;
      let r: Awaited<ReturnType<typeof importServerToken>>;
      try {
        r = await importServerToken({ records, name, tokenFile, p7m, keyPem, force: opts.force });
      } finally {
        await records.close();
      }
      const expiry = r.token.access_token_expiry;
      const days = tokenExpiryDays(r.token);
      const state = tokenExpiryState(r.token);
      out(
        `Imported token "${name}"${r.serverChanged ? ' (replacing the token of another MDM server)' : r.created ? '' : ' (renewed)'}: ${tokenFile} (mode 0600)`,
      );
      out(`  expires ${expiry} (${state === 'expired' ? `EXPIRED ${-days} days ago: download a fresh token from Apple Business Manager` : `in ${days} days`})`);
      if (p.configured && !p.configured.some((t) => t.name === name)) {
        out(`  note: no token "${name}" in the config yet; add it under tokens: (- name: ${name}) so the daemon syncs it`);
      }
      out('  the daemon fills in the MDM server name from Apple (GET /account) on its next run');
    });

  withStateDir(token.command('show'))
    .description(
      `list tokens: server, expiry, days left, status (never secrets). Exit 3 if one needs an admin: expired, ` +
        `expiring within ${EXPIRY_WARN_DAYS} days, not imported, or its file missing, unreadable or readable by others`,
    )
    .option(
      '--json',
      'machine-readable output (JSON on stdout): {warn_days, tokens: [{name, server_name, token_file, access_token_expiry, days_left, state, problem}]}',
    )
    .action(async (opts: { json?: boolean }, cmd: Command) => {
      const p = paths(cmd);
      const records = await openRecords(p, 'read');
      const rows = records ? await records.list().finally(() => records.close()) : [];
      const entries = showEntries(rows, p, new Date());
      if (opts.json) out(JSON.stringify({ warn_days: EXPIRY_WARN_DAYS, tokens: entries }, null, 2));
      else printTable(entries);
      if (entries.some((e) => e.state !== 'ok')) process.exitCode = 3;
    });

  withStateDir(token.command('remove'))
    .description('forget a token: delete its token file and its row (keeps its key, certificate and device history)')
    .requiredOption('--name <name>', 'token name')
    .action(async (opts: { name: string }, cmd: Command) => {
      const name = checkName(opts.name);
      const p = paths(cmd);
      const tokenFile = p.tokenFile(name);
      let removed = false;
      const records = await openRecords(p, 'change');
      if (records) {
        try {
          const row = await records.get(name);
          if (row && row.token_file !== tokenFile) {
            rmSync(row.token_file, { force: true });
          }
          removed = (await records.remove(name)) || removed;
        } finally {
          await records.close();
        }
      }
      if (existsSync(tokenFile)) {
        rmSync(tokenFile);
        removed = true;
      }
      if (!removed) throw new CliError(`no token "${name}" to remove`);
      out(`Removed token "${name}" (${tokenFile}); its key and certificate stay in ${p.tokensDir}`);
      if (p.configured?.some((t) => t.name === name)) out(`  note: the config still lists "${name}" under tokens:`);
    });
}

/** The token rows of the config's store (store/index.ts openTokenRecords says what each mode opens). */
const openRecords = (p: Paths, mode: 'read' | 'change' | 'import') =>
  openTokenRecords({ database: p.database, stateDir: p.stateDir, store: p.store, mode, onCreate: announceNewDatabase });

export type ShowState = 'ok' | 'expiring' | 'expired' | 'not_imported' | 'file_missing' | 'file_insecure' | 'file_invalid';

export interface ShowEntry {
  name: string;
  server_name: string | null;
  org_name: string | null;
  token_file: string;
  access_token_expiry: string | null;
  days_left: number | null;
  state: ShowState;
  apple_status: string | null; // what the daemon last saw (ok, t_c_not_signed, unauthorized…)
  problem?: string;
}

/** One entry per token in the table or the config; reads each token file only for its expiry and mode. */
export function showEntries(rows: TokenRecord[], p: Paths, now: Date): ShowEntry[] {
  const names = [...new Set([...rows.map((r) => r.name), ...(p.configured ?? []).map((t) => t.name)])].sort();
  return names.map((name) => {
    const row = rows.find((r) => r.name === name);
    const file = row?.token_file ?? p.tokenFile(name);
    const e: ShowEntry = {
      name,
      server_name: row?.server_name ?? null,
      org_name: row?.org_name ?? null,
      token_file: file,
      access_token_expiry: row?.access_token_expiry ?? null,
      days_left: null,
      state: 'ok',
      apple_status: row?.status ?? null,
    };
    let insecure: TokenFileInsecureError | undefined;
    try {
      const t = readServerToken(file, {
        onInsecure: (x) => {
          insecure = x;
        },
      });
      e.access_token_expiry = t.access_token_expiry;
    } catch (err) {
      const code = (err as { code?: string }).code;
      e.state = code === 'TOKEN_FILE_MISSING' ? (row ? 'file_missing' : 'not_imported') : 'file_invalid';
      e.problem = (err as Error).message;
    }
    if (e.access_token_expiry) {
      e.days_left = tokenExpiryDays({ access_token_expiry: e.access_token_expiry }, now);
      if (e.state === 'ok') e.state = tokenExpiryState({ access_token_expiry: e.access_token_expiry }, now);
    }
    if (insecure && (e.state === 'ok' || e.state === 'expiring')) {
      e.state = 'file_insecure';
      e.problem = insecure.message;
    }
    if (!e.problem && e.state === 'expired') e.problem = 'expired: download a new token for this MDM server and run "adesync token import"';
    if (!e.problem && e.state === 'expiring') e.problem = `expires in ${e.days_left} days: download a new token and run "adesync token import"`;
    if (e.state === 'not_imported') e.problem = `listed in the config but not imported: run "adesync token import --name ${name} FILE.p7m"`;
    return e;
  });
}

function printTable(entries: ShowEntry[]): void {
  if (entries.length === 0) {
    out('no tokens: run "adesync token keypair --name NAME" to begin');
    return;
  }
  const rows = [
    ['NAME', 'SERVER', 'EXPIRES', 'DAYS', 'STATUS'],
    ...entries.map((e) => [
      e.name,
      e.server_name ?? '-',
      e.access_token_expiry ? day(e.access_token_expiry) : '-',
      e.days_left === null ? '-' : String(e.days_left),
      e.state === 'ok' && e.apple_status && e.apple_status !== 'ok' && e.apple_status !== 'unknown' ? `ok (apple: ${e.apple_status})` : e.state,
    ]),
  ];
  const w = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const r of rows) out(r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(w[i]))).join('  '));
  for (const e of entries) if (e.problem) out(`${e.name}: ${e.problem}`);
}
