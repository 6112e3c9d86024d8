// adesync sim: run the Apple Device Assignment simulator (src/sim) until SIGINT/SIGTERM.
//
// Credentials: with one server, --token-file PATH receives its token JSON (mode 0600). With several (--servers a,b),
// PATH may contain "{server}" (tokens/{server}.json); otherwise the server name is inserted before the extension
// (tokens.json → tokens.a.json, tokens.b.json). An existing valid token file is reused (so a restarted sim accepts the
// same credentials) unless --new-token. --p7m-out follows the same naming rule.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type { Command } from 'commander';
import type { ServerToken } from '../apple/types.ts';
import { createLogger } from '../log.ts';
import { issueTokenP7m, startSim, type SimServerSpec } from '../sim/index.ts';
import { makeServerToken } from '../sim/state.ts';
import { readServerToken, writeTokenFile } from '../token/file.ts';
import { isLoopback } from '../net.ts';

class UsageError extends Error {
  readonly exitCode = 2;
}

/** Pure: "127.0.0.1:8080" / "[::1]:0" / "localhost:9" → host and port. */
export function parseListen(s: string): { host: string; port: number } {
  const m = /^(?:\[([^\]]+)\]|([^:]+)):(\d{1,5})$/.exec(s.trim());
  if (!m) throw new UsageError(`--listen ${s}: expected HOST:PORT, e.g. 127.0.0.1:8080`);
  const port = Number(m[3]);
  if (port > 65535) throw new UsageError(`--listen ${s}: port must be 0–65535`);
  return { host: m[1] ?? m[2], port };
}

/** Pure: the per-server file name (see the header comment). */
export function perServerPath(path: string, server: string, several: boolean): string {
  if (path.includes('{server}')) return path.replaceAll('{server}', server);
  if (!several) return path;
  const ext = extname(path);
  return join(dirname(path), `${basename(path, ext)}.${server}${ext}`);
}

function intOpt(name: string, v: string | undefined, min: number, max: number): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`${name} ${v}: expected an integer ${min}–${max}`);
  return n;
}

interface SimCliOpts {
  listen: string;
  devices?: string;
  seed?: string;
  tokenFile?: string;
  servers?: string;
  sessionTtl?: string;
  maxLimit?: string;
  quotedErrors?: boolean;
  issueP7m?: string;
  p7mOut?: string;
  allowRemote?: boolean;
  newToken?: boolean;
  logLevel?: string;
}

export function register(program: Command): void {
  program
    .command('sim')
    .description("run a simulator of Apple's Device Assignment service (for tests, demos and trying adesync)")
    .option('--listen <host:port>', 'address to listen on (loopback unless --allow-remote)', '127.0.0.1:0')
    .option('--devices <n>', 'devices seeded on each server (default: 100)')
    .option('--seed <n>', 'seed of the device generator: same seed, same devices (default: 1)')
    .option('--token-file <path>', 'write each server\'s OAuth credentials here as token JSON (0600); "{server}" is replaced by the server name')
    .option('--servers <a,b>', 'MDM server names', 'sim')
    .option('--session-ttl <seconds>', 'session lifetime in seconds (default: 600)')
    .option('--max-limit <n>', 'largest page size, advertised in /account (default: 1000)')
    .option('--quoted-errors', 'answer errors depsim-style ("INVALID_CURSOR") instead of bare codes')
    .option('--issue-p7m <cert.pem>', 'also write each server token as an ABM-style S/MIME .p7m encrypted to this certificate')
    .option('--p7m-out <file>', 'where --issue-p7m writes (default: <token-file>.p7m)')
    .option('--new-token', 'do not reuse credentials from an existing --token-file')
    .option('--allow-remote', 'allow a non-loopback --listen address (the control API still answers loopback only)')
    .option('--log-level <level>', 'debug | info | warn | error', 'info')
    .action(async (o: SimCliOpts) => {
      const { host, port } = parseListen(o.listen);
      if (!isLoopback(host) && !o.allowRemote) throw new UsageError(`--listen ${o.listen}: not a loopback address; add --allow-remote to expose the simulator`);
      const devices = intOpt('--devices', o.devices, 0, 10_000_000) ?? 100;
      const seed = intOpt('--seed', o.seed, 0, 2 ** 32 - 1) ?? 1;
      const ttl = intOpt('--session-ttl', o.sessionTtl, 1, 86400 * 365) ?? 600;
      const maxLimit = intOpt('--max-limit', o.maxLimit, 1, 100_000) ?? 1000;
      const names = (o.servers ?? 'sim')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      if (names.length === 0) throw new UsageError('--servers: give at least one name');
      if (new Set(names).size !== names.length) throw new UsageError('--servers: names must be unique');
      if (o.issueP7m && !o.p7mOut && !o.tokenFile) throw new UsageError('--issue-p7m needs --p7m-out or --token-file');
      const several = names.length > 1;
      const certPem = o.issueP7m ? readFileSync(o.issueP7m, 'utf8') : undefined;

      const specs: SimServerSpec[] = names.map((name, i) => {
        let token: ServerToken | undefined;
        const file = o.tokenFile ? perServerPath(o.tokenFile, name, several) : undefined;
        if (file && existsSync(file) && !o.newToken) {
          try {
            token = readServerToken(file);
          } catch (e) {
            throw new UsageError(`${file}: ${(e as Error).message} (use --new-token to replace it)`);
          }
          if (Date.parse(token.access_token_expiry) <= Date.now()) token = undefined;
        }
        return { name, devices, seed: seed + i, token: token ?? makeServerToken(Date.now()) };
      });
      const logger = createLogger({ level: (o.logLevel as 'info') ?? 'info', base: { component: 'sim' } });
      const sim = await startSim({ host, port, servers: specs, sessionTtlSeconds: ttl, quotedErrors: !!o.quotedErrors, maxLimit, logger });

      const files: string[] = [];
      for (const name of names) {
        if (o.tokenFile) {
          const f = perServerPath(o.tokenFile, name, several);
          writeTokenFile(f, sim.tokens[name]);
          files.push(f);
        }
        if (certPem) {
          const out = perServerPath(o.p7mOut ?? `${o.tokenFile}.p7m`, name, several);
          writeFileSync(out, issueTokenP7m(sim.tokens[name], certPem), { mode: 0o644 });
          files.push(out);
        }
      }
      process.stdout.write(
        `adesync sim listening on ${sim.url} servers=${names.join(',')} devices=${devices * names.length}` +
          `${files.length ? ` files=${files.join(',')}` : ''}\n`,
      );
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          resolve();
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
      await sim.close();
    });
}
