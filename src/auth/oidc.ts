/**
 * The OIDC relying party behind every login-first flow (LoginFlow, login.ts): openid-client's functional API,
 * authorization code + PKCE S256, single-use state and nonce, response_mode=query. Logins in progress live in the
 * database (store/logins.ts, either engine) under the SHA-256 of their state, bound to a `__Host-` cookie whose id is
 * hashed too, so a restart loses at most the login it interrupts (the RP configuration is rebuilt at first use), and a
 * login begun on one node of a shared PostgreSQL completes on whichever node its callback reaches. One callback route,
 * /auth/callback on enrollment.public_url, takes the session, checks the IdP's answer, applies the claim policy and
 * hands the user to the flow's handler on the same host.
 */
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import type http from 'node:http';
import https from 'node:https';
import tls from 'node:tls';
import * as client from 'openid-client';
import type { EnrollmentConfig } from '../config/schema.ts';
import type { EnrollContext, EnrollRoute } from '../enroll/server.ts';
import type { Logger } from '../log.ts';
import type { DB } from '../store/db.ts';
import { createLoginSessionStore, type LoginSessionStore } from '../store/logins.ts';
import type { LoginComplete, LoginFlow, LoginPurpose } from './login.ts';
import { sendPage } from './pages.ts';
import { mayEnroll, type DeviceFacts } from './policy.ts';
import type { AuthUser } from './types.ts';

type LoginConfig = NonNullable<EnrollmentConfig['login']>;

const CALLBACK_PATH = '/auth/callback';
export const LOGIN_COOKIE = '__Host-adesync-login';
const PURPOSES: readonly LoginPurpose[] = ['webview', 'ota', 'psso'];
/** Logins in progress at once; beyond: 503 with Retry-After (each holds up to a 64 KiB device blob). */
const DEFAULT_MAX_SESSIONS = 4096;
/** Logins in progress for one device serial (data.serial): a replayed device blob cannot take the others' room. */
const MAX_SESSIONS_PER_SERIAL = 8;
/** A callback's query: code, state, iss and an error text fit easily; more is not an IdP's answer. */
const MAX_QUERY = 4096;
/** After a failed discovery, answer 503 at once for this long instead of asking the IdP again per request. */
const DISCOVERY_RETRY_MS = 5_000;
const RETRY_AFTER = '30';

/** Bad login settings found at start: the message names the key, the value and the fix. */
export class LoginConfigError extends Error {
  readonly code = 'LOGIN_CONFIG';
}

/**
 * The LoginFlow. `data.device` ({family, token}) is what the allow policy sees of the device; `data.serial` caps the
 * logins in progress per device. Both optional; the rest of `data` is the flow's own.
 */
export interface LoginService extends LoginFlow {
  /** The callback (/auth/callback), for EnrollmentServerOptions.routes. */
  readonly route: EnrollRoute;
}

export interface LoginFlowOptions {
  login: LoginConfig;
  /** enrollment.public_url: the redirect_uri is PUBLIC_URL/auth/callback. */
  publicUrl: string;
  /** Where logins in progress are kept (the Store's auth.logins, either engine). */
  sessions?: LoginSessionStore;
  /** An SQLite database to keep them in instead of `sessions` (the benchmarks). */
  db?: DB;
  logger: Logger;
  /** Discovery and token requests to the IdP give up after this (default 10 s). */
  idpTimeoutMs?: number;
  maxSessions?: number;
  /** Clock (ms) for session expiry (tests). */
  now?: () => number;
}

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

/** The EnrollContext of the server a callback arrived at, for handlers that serve through it (the web view). */
const contexts = new WeakMap<http.IncomingMessage, EnrollContext>();
export function enrollContextOf(req: http.IncomingMessage): EnrollContext {
  const ctx = contexts.get(req);
  if (!ctx) throw new Error('no enrollment context for this request: login handlers run only from the callback route');
  return ctx;
}

/** The client secret, from a file only its owner can read. */
function readClientSecret(file: string): string {
  let mode: number;
  try {
    mode = statSync(file).mode;
  } catch (e) {
    throw new LoginConfigError(
      `enrollment.login.client_secret_file: cannot read ${file} (${(e as NodeJS.ErrnoException).code ?? 'error'}): write the IdP's client secret there, mode 0600`,
    );
  }
  if (mode & 0o077)
    throw new LoginConfigError(
      `enrollment.login.client_secret_file: ${file} has mode ${(mode & 0o777).toString(8).padStart(4, '0')}, readable by others: it holds the client secret; run chmod 600 ${file}`,
    );
  const secret = readFileSync(file, 'utf8').trim();
  if (!secret) throw new LoginConfigError(`enrollment.login.client_secret_file: ${file} is empty: write the IdP's client secret there`);
  return secret;
}

/** fetch() over node:https trusting the system roots plus `ca` (enrollment.login.ca_file): for the IdP only. */
function fetchTrusting(ca: string): client.CustomFetch {
  const roots = [...tls.rootCertificates, ca];
  return (url, options) =>
    new Promise<Response>((resolve, reject) => {
      const u = new URL(url);
      if (u.protocol !== 'https:') return reject(new TypeError(`enrollment.login.ca_file applies to https only, not ${u.protocol}`));
      const req = https.request(u, { method: options.method, headers: options.headers, ca: roots, signal: options.signal, agent: false }, (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (c: Buffer) => {
          size += c.length;
          if (size > 1024 * 1024) req.destroy(new Error('IdP answer over 1 MiB'));
          else chunks.push(c);
        });
        res.on('error', reject);
        res.on('end', () => {
          const h = new Headers();
          for (const [k, v] of Object.entries(res.headers)) for (const one of Array.isArray(v) ? v : v === undefined ? [] : [v]) h.append(k, one);
          const status = res.statusCode ?? 0;
          resolve(new Response(status === 204 || status === 304 ? null : Buffer.concat(chunks), { status, headers: h }));
        });
      });
      req.on('error', reject);
      const body = options.body;
      req.end(body == null ? undefined : body instanceof URLSearchParams || typeof body === 'string' ? String(body) : Buffer.from(body as Uint8Array));
    });
}

function cookieValue(req: http.IncomingMessage, name: string): string | undefined {
  const header = req.headers.cookie;
  if (!header || header.length > 8192) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** The claim as a list of strings (IdPs send one group as a string, several as an array). */
function stringList(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string').slice(0, 1000) : [];
}

const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined);

function userOf(claims: Record<string, unknown>, groupsClaim: string): AuthUser {
  return {
    issuer: String(claims.iss),
    subject: String(claims.sub),
    email: str(claims.email),
    name: str(claims.name),
    groups: stringList(claims[groupsClaim]),
  };
}

/** The IdP's own refusal of our request (bad code, token checks failed): 403. Anything else (unreachable, 5xx): 503. */
function isRefusal(e: unknown): boolean {
  if (e instanceof client.ResponseBodyError) return e.status < 500;
  if (e instanceof client.AuthorizationResponseError) return true;
  const code = (e as { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('OAUTH_') && code !== 'OAUTH_RESPONSE_IS_NOT_CONFORM';
}

const clearCookie = `${LOGIN_COOKIE}=; Path=/; Secure; HttpOnly; SameSite=Lax; Max-Age=0`;

export function createLoginFlow(o: LoginFlowOptions): LoginService {
  const { login, logger } = o;
  if (!o.sessions && !o.db) throw new Error('createLoginFlow: give the login sessions store (sessions) or an SQLite database (db)');
  const sessions = o.sessions ?? createLoginSessionStore(o.db!);
  const now = o.now ?? Date.now;
  const timeoutS = (o.idpTimeoutMs ?? 10_000) / 1000;
  const maxSessions = o.maxSessions ?? DEFAULT_MAX_SESSIONS;
  const redirectUri = `${o.publicUrl.replace(/\/$/, '')}${CALLBACK_PATH}`;
  const secret = login.client_secret_file ? readClientSecret(login.client_secret_file) : undefined;
  let ca: string | undefined;
  if (login.ca_file) {
    try {
      ca = readFileSync(login.ca_file, 'utf8');
    } catch (e) {
      throw new LoginConfigError(
        `enrollment.login.ca_file: cannot read ${login.ca_file} (${(e as NodeJS.ErrnoException).code ?? 'error'}): give the PEM file of the IdP's TLS root(s), or remove the key`,
      );
    }
    if (!ca.includes('-----BEGIN CERTIFICATE-----'))
      throw new LoginConfigError(`enrollment.login.ca_file: ${login.ca_file} holds no PEM certificate: give the IdP's TLS root(s) in PEM`);
  }
  const handlers = new Map<LoginPurpose, LoginComplete>();

  // The RP configuration (the IdP's metadata): read at first use, shared by concurrent requests, rebuilt after a failure.
  let rp: Promise<client.Configuration> | undefined;
  let failed: { at: number; error: Error } | undefined;
  function relyingParty(): Promise<client.Configuration> {
    if (rp) return rp;
    if (failed && now() - failed.at < DISCOVERY_RETRY_MS) return Promise.reject(failed.error);
    const issuer = new URL(login.issuer);
    const insecure = issuer.protocol === 'http:'; // the schema allows it to loopback only
    const p = client
      .discovery(issuer, login.client_id, secret, secret ? client.ClientSecretPost(secret) : client.None(), {
        timeout: timeoutS,
        execute: insecure ? [client.allowInsecureRequests] : [],
        ...(ca ? { [client.customFetch]: fetchTrusting(ca) } : {}),
      })
      .then((c) => {
        c.timeout = timeoutS;
        // Also check the ID token's signature against the IdP's published keys (OIDC lets a client rely on TLS alone
        // for tokens from the token endpoint; one JWKS fetch, cached, is cheap insurance against a hijacked channel).
        client.enableNonRepudiationChecks(c);
        if (ca) c[client.customFetch] = fetchTrusting(ca);
        failed = undefined;
        logger.info('identity provider discovered', { issuer: login.issuer });
        return c;
      });
    rp = p;
    p.catch((e: Error) => {
      rp = undefined;
      failed = { at: now(), error: e };
      logger.warn('identity provider unreachable: logins answer 503 until it is back', { issuer: login.issuer, error: describe(e) });
    });
    return p;
  }

  const unavailable = (res: http.ServerResponse) =>
    sendPage(res, 503, 'Sign-in is unavailable', 'The sign-in service cannot be reached right now. Wait a minute, then press Cancel and try again.', {
      'Retry-After': RETRY_AFTER,
    });

  let lastPrune = 0;
  async function begin(_req: http.IncomingMessage, res: http.ServerResponse, purpose: LoginPurpose, data: Record<string, unknown>): Promise<void> {
    let config: client.Configuration;
    try {
      config = await relyingParty();
    } catch {
      return unavailable(res);
    }
    const t = now();
    if (t - lastPrune > 60_000) {
      lastPrune = t;
      await sessions.prune(t);
    }
    const serial = typeof data.serial === 'string' ? data.serial : null;
    const state = client.randomState(); // 32 random bytes
    const nonce = client.randomNonce();
    const codeVerifier = client.randomPKCECodeVerifier();
    const cookieId = randomBytes(32).toString('base64url');
    const refused = await sessions.add(
      {
        state_sha256: sha256(state),
        cookie_sha256: sha256(cookieId),
        purpose,
        data: JSON.stringify(data),
        serial,
        nonce,
        code_verifier: codeVerifier,
        created_at: t,
        expires_at: t + login.session_ttl_seconds * 1000,
      },
      { max: maxSessions, perSerial: MAX_SESSIONS_PER_SERIAL },
    );
    if (refused === 'full') {
      logger.warn('too many logins in progress: answering 503', { max: maxSessions });
      return sendPage(res, 503, 'Sign-in is busy', 'Too many sign-ins are in progress. Wait a minute, then press Cancel and try again.', {
        'Retry-After': RETRY_AFTER,
      });
    }
    if (refused === 'serial_full') {
      logger.warn('too many logins in progress for one device: answering 429', { serial, max: MAX_SESSIONS_PER_SERIAL });
      return sendPage(
        res,
        429,
        'Too many sign-ins',
        'Too many sign-ins are in progress for this device. Wait a few minutes, then press Cancel and try again.',
        {
          'Retry-After': String(login.session_ttl_seconds),
        },
      );
    }
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      response_type: 'code',
      response_mode: 'query',
      scope: login.scopes.join(' '),
      state,
      nonce,
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
    });
    res.writeHead(302, {
      Location: url.href,
      'Set-Cookie': `${LOGIN_COOKIE}=${cookieId}; Path=/; Secure; HttpOnly; SameSite=Lax; Max-Age=${login.session_ttl_seconds}`,
      'Cache-Control': 'no-store',
      'Content-Length': 0,
    });
    res.end();
  }

  /** GET /auth/callback?code&state[&iss] or ?error&state: the one place a login ends. */
  async function callback(req: http.IncomingMessage, res: http.ServerResponse, ctx: EnrollContext, gone: AbortSignal) {
    const again = 'Press Cancel and try again.';
    if (req.method !== 'GET') return void sendPage(res, 405, 'Not allowed', 'Use GET.', { Allow: 'GET' });
    const url = req.url ?? '';
    const q = url.indexOf('?');
    const query = q < 0 ? '' : url.slice(q + 1);
    if (query.length > MAX_QUERY) return void sendPage(res, 414, 'Sign-in failed', `The sign-in answer is too long. ${again}`);
    const params = new URLSearchParams(query);
    for (const k of ['state', 'code', 'error', 'iss'])
      if (params.getAll(k).length > 1) return void sendPage(res, 400, 'Sign-in failed', `The sign-in answer is malformed. ${again}`);
    const state = params.get('state');
    if (!state) return void sendPage(res, 400, 'Sign-in failed', `The sign-in answer has no state. ${again}`);
    const cookie = cookieValue(req, LOGIN_COOKIE);
    if (!cookie) return void sendPage(res, 400, 'Sign-in failed', `This browser did not start the sign-in (no session cookie). ${again}`);
    const session = await sessions.take(sha256(state), sha256(cookie), now());
    if (!session)
      return void sendPage(res, 400, 'Sign-in expired', `This sign-in has expired, was already used or was started elsewhere. ${again}`, {
        'Set-Cookie': clearCookie,
      });
    res.setHeader('Set-Cookie', clearCookie);
    const purpose = session.purpose as LoginPurpose;
    const data = JSON.parse(session.data) as Record<string, unknown>;
    const idpError = params.get('error');
    if (idpError) {
      const why = (params.get('error_description') ?? idpError).slice(0, 300);
      logger.info('login ended by the identity provider', { purpose, error: idpError.slice(0, 64) });
      return void sendPage(res, 200, 'Sign-in did not complete', `The identity provider did not sign you in (${why}). ${again}`);
    }
    let config: client.Configuration;
    try {
      config = await relyingParty();
    } catch {
      return void unavailable(res);
    }
    let claims: Record<string, unknown>;
    let accessToken: string;
    try {
      const tokens = await client.authorizationCodeGrant(config, new URL(`${redirectUri}?${query}`), {
        pkceCodeVerifier: session.code_verifier,
        expectedState: state,
        expectedNonce: session.nonce,
        idTokenExpected: true,
      });
      claims = { ...tokens.claims() };
      accessToken = tokens.access_token;
    } catch (e) {
      if (!isRefusal(e)) {
        logger.warn('login: the identity provider did not answer the code exchange', { purpose, error: describe(e) });
        return void unavailable(res);
      }
      logger.warn('login refused: the identity provider answer did not check out', { purpose, error: describe(e) });
      return void sendPage(res, 403, 'Sign-in failed', `The sign-in could not be verified. ${again}`);
    }
    if (claims[login.groups_claim] === undefined || claims.email === undefined) claims = await withUserInfo(config, accessToken, claims);
    const user = userOf(claims, login.groups_claim);
    const device = (data.device ?? {}) as DeviceFacts;
    const verdict = mayEnroll(user, login.allow, device, typeof claims.email_verified === 'boolean' ? claims.email_verified : undefined);
    if (!verdict.allow) {
      logger.info('login refused by enrollment.login.allow', { purpose, issuer: user.issuer, subject: user.subject, reason: verdict.reason });
      // The web view ends the flow on a 403 JSON and shows its message (B.5); a browser shows a page.
      if (purpose === 'webview') return void ctx.sendJson(res, 403, { code: 'adesync.login_not_allowed', message: verdict.reason });
      return void sendPage(res, 403, 'Not allowed', verdict.reason);
    }
    const handler = PURPOSES.includes(purpose) ? handlers.get(purpose) : undefined;
    if (!handler) {
      logger.error('login completed for a flow that is not configured', { purpose });
      return void sendPage(res, 404, 'Sign-in failed', `This sign-in has no use here any more. ${again}`);
    }
    logger.info('login completed', { purpose, issuer: user.issuer, subject: user.subject, email: user.email });
    contexts.set(req, ctx);
    return handler(req, res, user, data, gone);
  }

  /** Claims the ID token lacks (groups, email), from userinfo if the IdP has it; the ID token's claims win on conflict. */
  async function withUserInfo(config: client.Configuration, accessToken: string, claims: Record<string, unknown>) {
    if (!config.serverMetadata().userinfo_endpoint) return claims;
    try {
      const info = await client.fetchUserInfo(config, accessToken, String(claims.sub));
      return { ...info, ...claims, [login.groups_claim]: claims[login.groups_claim] ?? info[login.groups_claim] };
    } catch (e) {
      logger.warn('login: userinfo failed; using the ID token claims alone', { error: describe(e) });
      return claims;
    }
  }

  return {
    begin,
    onComplete(purpose, handler) {
      handlers.set(purpose, handler);
    },
    route(req, res, ctx, gone) {
      if ((req.url ?? '').split('?')[0] !== CALLBACK_PATH) return undefined;
      return callback(req, res, ctx, gone);
    },
  };
}

/** An error for a log line: its code and message, never a token (openid-client's messages carry none). */
function describe(e: unknown): string {
  const err = e as Error & { code?: string; cause?: unknown };
  const cause = err.cause instanceof Error ? ` (${(err.cause as NodeJS.ErrnoException).code ?? err.cause.message})` : '';
  return `${err.code ? `${err.code}: ` : ''}${err.message}${cause}`.slice(0, 300);
}
