import { X509Certificate, createPrivateKey, createPublicKey } from 'node:crypto';
import { type Stats, accessSync, constants, existsSync, readFileSync, readdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../config/load.ts';
import type { Config } from '../config/schema.ts';
import { type DB, integrityProblems, loadMigrations, openDatabase, schemaVersion } from '../store/db.ts';
import type { ClientOptions, DeviceAssignmentApi } from '../apple/api.ts';
import type { ServerToken } from '../apple/types.ts';
import { USER_AGENT } from '../version.ts';
import { checkSecretFileMode } from '../token/mode.ts';
import { checkManifest, checkPssoProfile, PssoConfigError } from '../auth/psso-assets.ts';
import { type PgPool, connectPostgres, settingsFromConfig } from '../store/pg/connect.ts';
import { MIN_SERVER_VERSION, postgresHealth, type PostgresHealth } from '../store/pg/health.ts';

// `adesync doctor`: everything an admin can get wrong before the daemon notices, each as one check with the fix.
// Pure-ish: every check takes paths and a clock and returns results; the CLI only prints them.

type CheckStatus = 'ok' | 'warn' | 'error' | 'skip';
export interface CheckResult {
  check: string;
  status: CheckStatus;
  detail: string;
  fix?: string;
}

const CERT_WARN_DAYS = 30;
const TOKEN_WARN_DAYS = 30;
const DAY = 86_400_000;

const ok = (check: string, detail: string): CheckResult => ({ check, status: 'ok', detail });
const warn = (check: string, detail: string, fix?: string): CheckResult => ({ check, status: 'warn', detail, fix });
const error = (check: string, detail: string, fix?: string): CheckResult => ({ check, status: 'error', detail, fix });

/** Anything but ok/skip needs an admin. */
export const needsAdmin = (results: CheckResult[]) => results.some((r) => r.status === 'warn' || r.status === 'error');

/** The config: valid, or one result per problem (each names the key, the value and the fix). */
function checkConfig(path: string): { results: CheckResult[]; config?: Config } {
  try {
    return { results: [ok('config', `${path} is valid`)], config: loadConfig(path) };
  } catch (e) {
    if (e instanceof ConfigError) return { results: e.problems.map((p) => error('config', `${path}: ${p}`)) };
    return { results: [error('config', `${path}: ${(e as Error).message}`)] };
  }
}

/** Config problems end every command with exit 2; doctor too, so a script reads the same code for the same problem. */
export const configInvalid = (results: CheckResult[]) => results.some((r) => r.check === 'config' && r.status === 'error');

/** Each rule's serials_file: the sync reads it at every page, so a missing one stops assignment until it is there. */
function checkSerialsFiles(config: Config): CheckResult[] {
  return config.rules.flatMap((r, i) => {
    const file = r.match.serials_file;
    if (!file) return [];
    const check = `serials file: rules[${i}]${r.name ? ` (${r.name})` : ''}`;
    try {
      const n = readFileSync(file, 'utf8')
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith('#')).length;
      return [
        n
          ? ok(check, `${file}: ${n} serial${n === 1 ? '' : 's'}`)
          : warn(check, `${file} lists no serial number: the rule matches no device by serial`, 'one serial number a line (# starts a comment)'),
      ];
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      return [
        error(
          check,
          `${file} ${code === 'ENOENT' ? 'is missing' : `cannot be read (${code ?? (e as Error).message})`}: the rule cannot be applied and assignment stops`,
          code === 'ENOENT'
            ? `create it (one serial number a line), or correct rules[${i}].match.serials_file`
            : 'make it readable by the user adesync runs as',
        ),
      ];
    }
  });
}

function checkStateDir(dir: string): CheckResult[] {
  const check = 'state dir';
  let st: Stats;
  try {
    st = statSync(dir);
  } catch {
    return [error(check, `${dir} does not exist`, `mkdir -m 700 ${dir} (systemd creates it through StateDirectory=)`)];
  }
  if (!st.isDirectory()) return [error(check, `${dir} is not a directory`)];
  // access(W_OK) says yes to root even on a read-only mount: write a file for real.
  const probe = join(dir, `.doctor.${process.pid}.tmp`);
  try {
    writeFileSync(probe, '');
    unlinkSync(probe);
  } catch (e) {
    return [
      error(check, `${dir} is not writable: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, `chown to the user adesync runs as, mode 700`),
    ];
  }
  if (st.mode & 0o077) return [warn(check, `${dir} is writable but group/world accessible (mode ${(st.mode & 0o777).toString(8)})`, `chmod 700 ${dir}`)];
  return [ok(check, `${dir} exists and is writable`)];
}

/** A file holding a secret: present, readable by us, and mode & 077 == 0. */
function checkSecretFile(what: string, file: string, missingFix?: string): CheckResult {
  const check = `secret: ${what}`;
  let st: Stats;
  try {
    st = statSync(file);
  } catch {
    return error(check, `${file} is missing`, missingFix ?? `create it, or correct the path in the config`);
  }
  if (!st.isFile()) return error(check, `${file} is not a regular file`);
  // the one rule every command applies to a secret file (src/token/file.ts)
  const insecure = checkSecretFileMode(file);
  if (insecure) return error(check, insecure.message, `chmod 600 ${file}`);
  try {
    accessSync(file, constants.R_OK);
  } catch {
    return error(check, `${file} is not readable by this user`, `chown it to the user adesync runs as (mode stays 600)`);
  }
  return ok(check, `${file} (mode ${(st.mode & 0o777).toString(8)})`);
}

const PEM_CERT = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

/** Every certificate in a PEM (one or more) or DER file. */
function readCertificates(file: string): X509Certificate[] {
  const buf = readFileSync(file);
  const text = buf.toString('latin1');
  const pems = text.match(PEM_CERT);
  if (pems) return pems.map((p) => new X509Certificate(p));
  return [new X509Certificate(buf)];
}

const subjectCN = (c: X509Certificate) => /CN=([^\n,]+)/.exec(c.subject)?.[1] ?? c.subject.split('\n')[0];
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Parses and is within its validity dates: error when expired or not yet valid, warn within CERT_WARN_DAYS. */
export function checkCertificateFile(what: string, file: string, now = Date.now(), renew = 'renew the certificate before it expires'): CheckResult[] {
  const check = `certificate: ${what}`;
  if (!existsSync(file)) return [error(check, `${file} is missing`, 'create it, or correct the path in the config')];
  let certs: X509Certificate[];
  try {
    certs = readCertificates(file);
  } catch (e) {
    return [
      error(
        check,
        `${file} does not parse as a PEM or DER certificate: ${(e as Error).message}`,
        'point the config at the certificate (PEM "BEGIN CERTIFICATE" or DER), not at a key or CSR',
      ),
    ];
  }
  return certs.map((c, i) => {
    const name = `${file}${certs.length > 1 ? ` #${i + 1}` : ''} (${subjectCN(c)})`;
    const from = Date.parse(c.validFrom);
    const to = Date.parse(c.validTo);
    if (now > to) return error(check, `${name} expired on ${isoDay(to)}`, 'renew the certificate and replace the file');
    if (now < from) return error(check, `${name} is not valid before ${isoDay(from)}`, 'check the clock, or use a certificate valid now');
    const days = Math.floor((to - now) / DAY);
    if (days < CERT_WARN_DAYS) return warn(check, `${name} expires in ${days} day${days === 1 ? '' : 's'} (${isoDay(to)})`, renew);
    return ok(check, `${name} valid until ${isoDay(to)}`);
  });
}

/** The private key belongs to the certificate (a mixed-up pair is a classic after a renewal). */
function checkKeyMatchesCert(what: string, certFile: string, keyFile: string): CheckResult | undefined {
  let cert: X509Certificate;
  let keyPem: Buffer;
  try {
    cert = readCertificates(certFile)[0];
    keyPem = readFileSync(keyFile);
  } catch {
    return undefined;
  } // reported elsewhere
  const check = `key pair: ${what}`;
  try {
    const key = createPrivateKey(keyPem);
    const same = createPublicKey(key)
      .export({ type: 'spki', format: 'der' })
      .equals(cert.publicKey.export({ type: 'spki', format: 'der' }));
    return same
      ? ok(check, `${keyFile} matches ${certFile}`)
      : error(check, `${keyFile} is not the key of ${certFile}`, 'use the key the certificate was issued for');
  } catch (e) {
    return error(check, `${keyFile} is not a readable private key: ${(e as Error).message}`, 'PEM (PKCS#8 or traditional) without a passphrase');
  }
}

function checkTokenFile(name: string, file: string, now = Date.now()): CheckResult[] {
  const mode = checkSecretFile(`token ${name}`, file, `import the token: adesync token import --name ${name} <downloaded _smime.p7m>`);
  if (mode.status === 'error' && !existsSync(file)) return [mode];
  const out = [mode];
  const check = `token expiry: ${name}`;
  try {
    const t = JSON.parse(readFileSync(file, 'utf8')) as Partial<ServerToken>;
    const at = Date.parse(t.access_token_expiry ?? '');
    if (!Number.isFinite(at)) out.push(error(check, `${file} has no valid access_token_expiry`, 're-import the token from Apple Business Manager'));
    else if (at < now)
      out.push(error(check, `token ${name} expired on ${isoDay(at)}`, 'download a new token for this MDM server in Apple Business Manager and import it'));
    else {
      const days = Math.floor((at - now) / DAY);
      out.push(
        days < TOKEN_WARN_DAYS
          ? warn(check, `token ${name} expires in ${days} days (${isoDay(at)})`, 'download a renewed token in Apple Business Manager and import it')
          : ok(check, `token ${name} valid until ${isoDay(at)}`),
      );
    }
  } catch (e) {
    out.push(error(check, `${file} is not token JSON: ${(e as Error).message}`, 're-import the token'));
  }
  return out;
}

function checkDatabase(path: string): CheckResult[] {
  const check = 'database';
  if (!existsSync(path)) return [error(check, `${path} does not exist`, 'run "adesync migrate" (or start the daemon) to create it')];
  let db: DB;
  try {
    db = openDatabase(path, { readonly: true });
  } catch (e) {
    const m = (e as Error).message;
    return [error(check, m.includes(path) ? m : `${path} does not open: ${m}`)];
  }
  try {
    const problems = integrityProblems(db);
    if (problems.length) return [error(check, `${path} integrity_check: ${problems.slice(0, 3).join('; ')}`, 'stop adesync, restore the latest backup')];
    const version = schemaVersion(db);
    const latest = loadMigrations().at(-1)?.version ?? 0;
    const pending = latest - version;
    return [
      ok(
        check,
        `${path} integrity ok, schema version ${version}${pending > 0 ? ` (${pending} migration${pending === 1 ? '' : 's'} pending: applied at the next start or by "adesync migrate")` : ''}`,
      ),
    ];
  } catch (e) {
    return [error(check, `${path}: ${(e as Error).message}`, 'stop adesync, restore the latest backup')];
  } finally {
    db.close();
  }
}

/** PostgreSQL: it answers with our settings, is 15 or later, takes writes, holds the current schema and the lease table. */
/** Who leads each token across the nodes; a configured token nobody leads while daemons run is worth a look. */
function leaseCheck(h: PostgresHealth, config: Config): CheckResult {
  const leaders = h.leaders ?? [];
  const led = leaders.map((l) => `${l.token} led by pid ${l.pid} on ${l.host} since ${l.since}`);
  const detail = `sync_leases readable: ${h.leases} token${h.leases === 1 ? '' : 's'} with a lease row; ${h.daemons ?? 0} daemon(s) running${led.length ? `; ${led.join('; ')}` : ''}`;
  const orphans = (h.daemons ?? 0) > 0 ? config.tokens.map((t) => t.name).filter((n) => !leaders.some((l) => l.token === n)) : [];
  if (orphans.length)
    return warn(
      'database leases',
      `${detail}; no node leads ${orphans.join(', ')}`,
      'a node takes a token within sync.lease_seconds of the last leader going: if this lasts, read the daemons\' logs ("cannot take the token lease", "leadership lost")',
    );
  return ok('database leases', detail);
}

async function checkPostgres(config: Config): Promise<CheckResult[]> {
  const store = config.store!;
  let pool: PgPool;
  try {
    pool = await connectPostgres(settingsFromConfig(store));
  } catch (e) {
    return [error('database', (e as Error).message)];
  }
  const label = pool.label;
  try {
    const h = await postgresHealth(pool);
    const out: CheckResult[] = [];
    const server = `PostgreSQL ${h.serverVersion}`;
    if (h.versionNum < MIN_SERVER_VERSION)
      out.push(error('database server', `${label}: ${server} is older than 15`, 'upgrade the server to PostgreSQL 15 or later'));
    else if (h.inRecovery)
      out.push(
        error(
          'database server',
          `${label}: ${server} is a standby in recovery: every write fails`,
          "point the URL at the primary (or the HA proxy's read-write address)",
        ),
      );
    else out.push(ok('database server', `${label}: ${server}, accepting writes`));
    if (h.schema > h.latest)
      out.push(
        error(
          'database',
          `${label} has schema version ${h.schema} but this adesync only knows up to ${h.latest}`,
          'run the newer adesync that wrote it, or restore a backup made before the upgrade',
        ),
      );
    else if (h.schema === 0) out.push(error('database', `${label} holds no adesync tables`, 'run "adesync migrate" (or start the daemon) to create them'));
    else {
      const pending = h.latest - h.schema;
      out.push(
        ok(
          'database',
          `${label} schema version ${h.schema}${pending > 0 ? ` (${pending} migration${pending === 1 ? '' : 's'} pending: applied at the next start or by "adesync migrate")` : ''}`,
        ),
      );
    }
    if (h.leases !== undefined) out.push(leaseCheck(h, config));
    return out;
  } catch (e) {
    return [error('database', `${label}: ${(e as Error).message}`)];
  } finally {
    await pool.end().catch(() => {});
  }
}

/** The Apple client, if src/apple/client.ts exists in this build (loaded lazily so doctor works without it). */
export type ClientFactory = (o: ClientOptions) => DeviceAssignmentApi;
export async function loadClientFactory(): Promise<ClientFactory | undefined> {
  const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
  try {
    const mod = (await import(new URL(`../apple/client${ext}`, import.meta.url).href)) as { createClient?: ClientFactory };
    return typeof mod.createClient === 'function' ? mod.createClient : undefined;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND') return undefined;
    throw e;
  }
}

/** A live GET /account per token. */
async function checkAccounts(config: Config, factory: ClientFactory | undefined): Promise<CheckResult[]> {
  const out: CheckResult[] = [];
  for (const t of config.tokens) {
    const check = `apple account: ${t.name}`;
    if (!factory) {
      out.push({ check, status: 'skip', detail: 'skipped (client unavailable)' });
      continue;
    }
    let token: ServerToken;
    try {
      token = JSON.parse(readFileSync(t.file!, 'utf8'));
    } catch {
      out.push({ check, status: 'skip', detail: 'skipped (token file unreadable, see above)' });
      continue;
    }
    try {
      const client = factory({
        token,
        tokenName: t.name,
        baseUrl: t.base_url ?? config.apple.base_url,
        protocolVersion: config.apple.protocol_version,
        userAgent: USER_AGENT,
        timeoutMs: config.apple.timeout_seconds * 1000,
        maxRetries: 1,
        maxRetryWaitMs: 5000,
      });
      const a = await client.account();
      out.push(ok(check, `${a.server_name} (${a.org_name}), server_uuid ${a.server_uuid}`));
    } catch (e) {
      const err = e as Error & { code?: string };
      out.push(
        error(
          check,
          `GET /account failed: ${err.code ? `${err.code}: ` : ''}${err.message}`,
          'check the network path to Apple, the token (adesync token import), and that the terms are accepted in Apple Business Manager',
        ),
      );
    }
  }
  return out;
}

/** Every file that holds a secret, by what it is. Token JSON is checked with its expiry separately. */
function secretFiles(config: Config): { what: string; file: string }[] {
  const out: { what: string; file: string }[] = [];
  const e = config.enrollment;
  if (e) {
    out.push({ what: 'enrollment signing key', file: e.signing.key_file });
    if (e.tls) out.push({ what: 'TLS key', file: e.tls.key_file });
    for (const [id, label] of [
      [e.profile.identity, ''],
      [e.profile.fallback_identity, 'fallback '],
    ] as const) {
      if (id?.type === 'scep' && id.challenge_file) out.push({ what: `${label}SCEP challenge`, file: id.challenge_file });
      if (id?.type === 'pkcs12') {
        out.push({ what: `${label}PKCS#12 identity`, file: id.file });
        if (id.password_file) out.push({ what: `${label}PKCS#12 password`, file: id.password_file });
      }
    }
  }
  if (config.admin.token_file) out.push({ what: 'admin token', file: config.admin.token_file });
  if (config.store?.password_file) out.push({ what: 'PostgreSQL password', file: config.store.password_file });
  if (config.store?.tls?.key_file) out.push({ what: 'PostgreSQL TLS key', file: config.store.tls.key_file });
  for (const w of config.webhooks) out.push({ what: `webhook ${w.name} secret`, file: w.secret_file });
  // Token key pairs and anything else "adesync token" keeps beside the token JSON.
  const tokenDir = join(config.state_dir, 'tokens');
  const known = new Set(config.tokens.map((t) => t.file));
  try {
    for (const f of readdirSync(tokenDir).sort()) {
      const file = join(tokenDir, f);
      // NAME.key.pem (the token key pair's private half, "adesync token keypair") and stray token JSON; certificates are public.
      if (known.has(file) || !/\.(json|key|key\.pem)$/.test(f) || !statSync(file).isFile()) continue;
      out.push({ what: `token store ${f}`, file });
    }
  } catch {
    /* no tokens/ folder yet */
  }
  return out;
}

/** Why renewing the enrollment profile's certificates in time matters (README "Replacing and renewing …", spec Part D). */
const RENEW_SIGNING =
  'renew it before it expires (doctor warns 30 days ahead): a profile installed outside MDM (OTA, by hand) is replaced only by one signed by the same identity, so after a new signer only MDM InstallProfile can replace those';
const RENEW_TRUST =
  'renew it, then have MDM re-install the enrollment profile (InstallProfile) with the new certificate before the old one expires: a device whose TLS trust expires can no longer be managed';

function certificateFiles(config: Config): { what: string; file: string; renew?: string }[] {
  const out: { what: string; file: string; renew?: string }[] = [];
  const e = config.enrollment;
  if (e) {
    out.push({ what: 'enrollment signing', file: e.signing.cert_file, renew: RENEW_SIGNING });
    e.signing.chain_files.forEach((file) => out.push({ what: 'signing chain', file }));
    if (e.tls) out.push({ what: 'TLS', file: e.tls.cert_file });
    e.profile.trust_cert_files.forEach((file) => out.push({ what: 'trust', file, renew: RENEW_TRUST }));
    e.psso?.package.pinning_cert_files.forEach((file) => out.push({ what: 'Platform SSO manifest pinning', file }));
    if (e.device_ca) {
      out.push({ what: 'device CA (pinned)', file: e.device_ca.pinned_ca_file });
      e.device_ca.chain_files.forEach((file) => out.push({ what: 'device CA chain', file }));
    }
  }
  if (config.store?.tls?.ca_file) out.push({ what: 'PostgreSQL CA', file: config.store.tls.ca_file });
  if (config.store?.tls?.cert_file) out.push({ what: 'PostgreSQL client', file: config.store.tls.cert_file });
  for (const [name, p] of Object.entries(config.profiles)) {
    p.anchor_cert_files?.forEach((file) => out.push({ what: `profile ${name} anchor`, file }));
    p.supervising_host_cert_files?.forEach((file) => out.push({ what: `profile ${name} supervising host`, file }));
  }
  return out;
}

export interface DoctorOptions {
  configPath: string;
  /** Call GET /account per token (default true). */
  online?: boolean;
  now?: number;
  /** Default: loadClientFactory(). */
  clientFactory?: ClientFactory | null;
}

/** Each ADE profile's url (and configuration_web_url) is where devices POST MachineInfo: it should reach our endpoint's path. */
export function checkProfileUrls(config: Config): CheckResult[] {
  const path = config.enrollment?.path;
  if (!path) return [];
  return Object.entries(config.profiles).flatMap(([name, p]) =>
    [
      ['url', p.url],
      ['configuration_web_url', p.configuration_web_url],
    ]
      .filter(([, u]) => u)
      .map(([key, u]) => {
        const check = `profile ${name} ${key}`;
        const got = new URL(u!).pathname;
        return got === path
          ? ok(check, `${u} reaches the enrollment path ${path}`)
          : warn(
              check,
              `${u} has path ${got}, but the enrollment endpoint serves ${path}: devices would get a 404 in Setup Assistant unless a proxy rewrites it`,
              `set profiles.${name}.${key} to https://<this host>${path}, or enrollment.path to ${got}`,
            );
      }),
  );
}

/** enrollment.psso's profile and manifest, checked as the daemon checks them at start (src/auth/psso-assets.ts). */
export function checkPssoFiles(config: Config): CheckResult[] {
  const p = config.enrollment?.psso;
  if (!p?.enabled) return [];
  const files: [string, string, (b: Buffer, f: string) => void][] = [['Platform SSO profile', p.profile_file, checkPssoProfile]];
  if (p.package.manifest_file) files.push(['Platform SSO manifest', p.package.manifest_file, checkManifest]);
  return files.map(([check, file, verify]) => {
    try {
      verify(readFileSync(file), file);
      return ok(check, `${file} is usable`);
    } catch (e) {
      const m = e instanceof PssoConfigError ? e.message : `cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`;
      return error(check, m, 'see README "Platform SSO during enrollment (macOS 26)"');
    }
  });
}

export async function runDoctor(opts: DoctorOptions): Promise<CheckResult[]> {
  const now = opts.now ?? Date.now();
  const { results, config } = checkConfig(opts.configPath);
  const out = [...results];
  if (!config) return out;
  out.push(...checkStateDir(config.state_dir));
  out.push(...checkSerialsFiles(config));
  for (const t of config.tokens) out.push(...checkTokenFile(t.name, t.file!, now));
  for (const s of secretFiles(config)) out.push(checkSecretFile(s.what, s.file));
  for (const c of certificateFiles(config)) out.push(...checkCertificateFile(c.what, c.file, now, c.renew));
  if (config.enrollment) {
    const pairs = [{ what: 'enrollment signing', cert: config.enrollment.signing.cert_file, key: config.enrollment.signing.key_file }];
    if (config.enrollment.tls) pairs.push({ what: 'TLS', cert: config.enrollment.tls.cert_file, key: config.enrollment.tls.key_file });
    for (const p of pairs) {
      const r = checkKeyMatchesCert(p.what, p.cert, p.key);
      if (r) out.push(r);
    }
    out.push(...checkProfileUrls(config));
    out.push(...checkPssoFiles(config));
  }
  out.push(...(config.store ? await checkPostgres(config) : checkDatabase(config.database!)));
  if (opts.online !== false) {
    const factory = opts.clientFactory === undefined ? await loadClientFactory() : (opts.clientFactory ?? undefined);
    out.push(...(await checkAccounts(config, factory)));
  }
  return out;
}
