/**
 * Platform SSO during ADE (macOS 26, authenticated-enrollment.md Part C): the gate on the enrollment POST and the three
 * endpoints its 403 names.
 *
 * 1. A Mac in scope POSTs MachineInfo with MDM_CAN_REQUEST_PSSO_CONFIG → 403 application/json com.apple.psso.required
 *    whose ProfileURL, ManifestURL and AuthURL carry a fresh one-time link id (256 bits) bound to the verified SERIAL and
 *    UDID; only its SHA-256 is stored, for enrollment.psso.link_ttl_seconds.
 * 2. The device fetches ProfileURL (the admin's ExtensibleSSO profile, signed) and ManifestURL (the package manifest).
 * 3. AuthURL starts the IdP login (LoginFlow, purpose 'psso'); once it is checked, the link is used up and a 256-bit
 *    single-use token is minted for the link's device and the user (stored hashed, token_ttl_seconds), and the answer is
 *    the 308 to apple-remotemanagement-user-login://authentication-results?access-token=<token>.
 * 4. The re-POST, without the flag and with `Authorization: Bearer <token>`, is served bound to the user only when the
 *    token is consumed now (atomically) and was minted for this SERIAL and UDID; anything else is a 403 with a message.
 * Which requests take which path is psso-policy.ts. Link ids and tokens never reach a log line or the database.
 */
import { createHash, randomBytes } from 'node:crypto';
import type http from 'node:http';
import { ProfileSigner } from '../cms/sign.ts';
import type { EnrollmentConfig } from '../config/schema.ts';
import type { DeviceRecord } from '../enroll/decide.ts';
import type { EnrollmentGate, EnrollRoute, GateAnswer } from '../enroll/server.ts';
import { createRateLimitedLog, silentLogger, type Logger } from '../log.ts';
import type { PssoStore } from '../store/psso.ts';
import type { LoginFlow } from './login.ts';
import { loadPssoAssets, PssoConfigError } from './psso-assets.ts';
import { PSSO_REFUSALS, pssoStep, tokenMismatch } from './psso-policy.ts';

/** Where the ASWebAuthenticationSession ends (C.1 step 5): Setup Assistant's callback scheme. */
const CALLBACK_URL = 'apple-remotemanagement-user-login://authentication-results';
const PSSO_PREFIX = '/psso/';
const LINK_RE = /^[A-Za-z0-9_-]{43}$/;
const LEAVES = { profile: 'profile.mobileconfig', manifest: 'manifest.plist', auth: 'auth' } as const;

interface PssoRequiredBody {
  code: 'com.apple.psso.required';
  message: string;
  details: {
    ProfileURL: string;
    Package: { ManifestURL: string; PinningCerts?: string[]; PinningRevocationCheckRequired?: boolean };
    AuthURL: string;
  };
}

export interface PssoOptions {
  /** The enrollment section: psso (enabled), public_url and signing are read. */
  config: EnrollmentConfig;
  /** Links and tokens: the Store's auth.psso (either engine). */
  store: PssoStore;
  login: LoginFlow;
  logger?: Logger;
  /** The ADE profile (a name under profiles:) the rules choose for a device: for psso.profiles. */
  adeProfile?: (device: DeviceRecord) => string | undefined;
  /** Clock (tests). */
  now?: () => number;
  /** Refusals and 403s are logged at most once per device and kind per this interval (default 60 s). */
  logIntervalMs?: number;
}

export interface Psso {
  gate: EnrollmentGate;
  route: EnrollRoute;
  /** Logs what the rate limit still holds back. */
  close(): void;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
/** A log field that tells links apart without being one: a prefix of the stored hash. */
const ref = (hash: string) => hash.slice(0, 12);
const newSecret = () => randomBytes(32).toString('base64url');

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A page a person reads (ASWebAuthenticationSession shows it): no script, no external resources. */
function page(res: http.ServerResponse, status: number, title: string, text: string): void {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${escapeHtml(title)}</title></head><body><h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p></body></html>\n`;
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': Buffer.byteLength(html),
    'Cache-Control': 'no-store',
    'Content-Security-Policy': "default-src 'none'",
    'Referrer-Policy': 'no-referrer',
  });
  res.end(html);
}

function plain(res: http.ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(text), 'Cache-Control': 'no-store', ...headers });
  res.end(text);
}

export function createPsso(o: PssoOptions): Psso {
  const c = o.config.psso;
  if (!c?.enabled) throw new PssoConfigError('enrollment.psso.enabled: createPsso needs enrollment.psso with enabled: true');
  if (!o.config.public_url) throw new PssoConfigError('enrollment.public_url: Platform SSO builds its URLs on it; set it to https://<the host devices reach>');
  const cfg = c;
  const base = `${o.config.public_url}${PSSO_PREFIX}`;
  const logger = o.logger ?? silentLogger;
  const now = o.now ?? Date.now;
  const iso = (plusSeconds = 0) => new Date(now() + plusSeconds * 1000).toISOString();
  const assets = loadPssoAssets(cfg, ProfileSigner.fromFiles(o.config.signing));
  const { store } = o;

  /** A replayed request can repeat these at will: a line per device and kind a minute, with a count (as refusals.ts). */
  const limited = createRateLimitedLog({
    intervalMs: o.logIntervalMs ?? 60_000,
    line: (_key, suppressed, msg, fields) =>
      logger.info(msg as string, { ...(fields as Record<string, unknown>), ...(suppressed ? { not_logged_since_last: suppressed } : {}) }),
    summary: (key, count) => logger.info('psso: lines not logged one by one', { key, count }),
  });
  const note = (kind: string, serial: string, msg: string, fields: Record<string, unknown>) => limited.log(`${kind} ${serial}`, msg, fields);
  const refuse = (code: string, message: string, serial: string, fields: Record<string, unknown>): { answer: GateAnswer } => {
    note(code, serial, 'psso: enrollment refused', { serial, ...fields, code });
    return { answer: { status: 403, body: { code, message } } };
  };

  /** The C.2 body for a new link of this device. */
  async function required(serial: string, udid: string): Promise<PssoRequiredBody> {
    const id = newSecret();
    const hash = sha256(id);
    await store.addLink({ hash, serial, udid, now: iso(), expiresAt: iso(cfg.link_ttl_seconds) });
    note('required', serial, 'psso: sign-in required', { serial, udid, link: ref(hash), ttl_s: cfg.link_ttl_seconds });
    const pkg: PssoRequiredBody['details']['Package'] = { ManifestURL: `${base}${id}/${LEAVES.manifest}` };
    if (assets.pinningCerts.length) pkg.PinningCerts = assets.pinningCerts;
    if (cfg.package.pinning_revocation_check_required) pkg.PinningRevocationCheckRequired = true;
    return {
      code: 'com.apple.psso.required',
      message: cfg.message,
      details: { ProfileURL: `${base}${id}/${LEAVES.profile}`, Package: pkg, AuthURL: `${base}${id}/${LEAVES.auth}` },
    };
  }

  const gate: EnrollmentGate = async (req, mi, device) => {
    const authorization = req.headers.authorization;
    const step = pssoStep({ config: cfg, mi, device, adeProfile: device && o.adeProfile?.(device), authorization });
    const log = { serial: mi.SERIAL, udid: mi.UDID };
    switch (step.step) {
      case 'serve':
        return undefined;
      case 'require':
        return { answer: { status: 403, body: await required(mi.SERIAL, mi.UDID) } };
      case 'refuse':
        return refuse(step.code, step.message, mi.SERIAL, { ...log, reason: step.reason });
    }
    const hash = sha256(step.token);
    const grant = await store.consumeToken(hash, iso());
    if (!grant) {
      const state = await store.tokenState(hash);
      const why = !state ? 'unknown' : state.used_at ? 'used' : 'expired';
      return refuse(
        PSSO_REFUSALS.tokenInvalid,
        why === 'unknown'
          ? 'The sign-in token is not valid. Restart Setup Assistant and sign in again.'
          : `The sign-in token ${why === 'used' ? 'was used already' : 'has expired'}. Restart Setup Assistant and sign in again.`,
        mi.SERIAL,
        { ...log, reason: `token ${why}` },
      );
    }
    const mismatch = tokenMismatch(grant, mi);
    if (mismatch) {
      // Spent either way, and logged at warn every time (once per token): a token that reached another device is a leak.
      logger.warn('psso: enrollment refused', { ...log, code: PSSO_REFUSALS.tokenInvalid, reason: mismatch, token_serial: grant.serial_number });
      return {
        answer: {
          status: 403,
          body: { code: PSSO_REFUSALS.tokenInvalid, message: 'The sign-in token belongs to another device. Restart Setup Assistant and sign in on this Mac.' },
        },
      };
    }
    logger.info('psso: token accepted', { ...log, issuer: grant.user.issuer, subject: grant.user.subject });
    return { user: grant.user };
  };

  o.login.onComplete('psso', async (_req, res, user, data) => {
    const linkHash = typeof data.link === 'string' ? data.link : '';
    const token = newSecret();
    const dev = linkHash ? await store.mintToken({ linkHash, tokenHash: sha256(token), user, now: iso(), expiresAt: iso(cfg.token_ttl_seconds) }) : undefined;
    if (!dev) {
      const link = linkHash ? await store.link(linkHash) : undefined;
      logger.info('psso: sign-in not accepted', { link: ref(linkHash), reason: !link ? 'unknown link' : link.used_at ? 'link used' : 'link expired' });
      page(res, 403, 'Sign-in link no longer valid', 'This sign-in link has expired or was used already. Cancel, then restart Setup Assistant to try again.');
      return undefined;
    }
    logger.info('psso: signed in, token minted', {
      serial: dev.serial_number,
      udid: dev.udid,
      link: ref(linkHash),
      issuer: user.issuer,
      subject: user.subject,
      ttl_s: cfg.token_ttl_seconds,
    });
    res.writeHead(308, {
      Location: `${CALLBACK_URL}?access-token=${token}`,
      'Content-Length': 0,
      'Cache-Control': 'no-store',
      'Referrer-Policy': 'no-referrer',
    });
    res.end();
    return undefined;
  });

  async function serve(req: http.IncomingMessage, res: http.ServerResponse, path: string): Promise<undefined> {
    const [id, leaf, ...rest] = path.slice(PSSO_PREFIX.length).split('/');
    const which = (Object.keys(LEAVES) as (keyof typeof LEAVES)[]).find((k) => LEAVES[k] === leaf);
    if (!which || rest.length || !LINK_RE.test(id)) return void plain(res, 404, 'Not found.\n');
    const getOk = req.method === 'GET' || (req.method === 'HEAD' && which !== 'auth');
    if (!getOk) return void plain(res, 405, 'Method not allowed.\n', { Allow: which === 'auth' ? 'GET' : 'GET, HEAD' });
    const hash = sha256(id);
    const link = await store.link(hash);
    const person = which === 'auth'; // AuthURL is read by a person in the sign-in sheet; the others by the device
    if (!link) return void (person ? page(res, 404, 'Unknown sign-in link', 'Cancel, then restart Setup Assistant.') : plain(res, 404, 'Unknown link.\n'));
    if (link.expires_at <= iso())
      return void (person
        ? page(res, 403, 'Sign-in link expired', 'This sign-in link has expired. Cancel, then restart Setup Assistant to try again.')
        : plain(res, 403, 'This link has expired.\n'));
    const head = req.method === 'HEAD';
    if (which === 'profile') {
      res.writeHead(200, {
        'Content-Type': 'application/x-apple-aspen-config',
        'Content-Length': assets.signedProfile.length,
        'Content-Disposition': 'attachment; filename="platform-sso.mobileconfig"',
        'Cache-Control': 'no-store',
      });
      return void res.end(head ? undefined : assets.signedProfile);
    }
    if (which === 'manifest') {
      if (!assets.manifest) return void plain(res, 302, 'See the manifest URL.\n', { Location: assets.manifestUrl! });
      res.writeHead(200, { 'Content-Type': 'application/xml', 'Content-Length': assets.manifest.length, 'Cache-Control': 'no-store' });
      return void res.end(head ? undefined : assets.manifest);
    }
    if (link.used_at) return void page(res, 403, 'Already signed in', 'This sign-in link was used already. Cancel, then restart Setup Assistant.');
    await o.login.begin(req, res, 'psso', { link: hash });
    return undefined;
  }

  const route: EnrollRoute = (req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    return path.startsWith(PSSO_PREFIX) ? serve(req, res, path) : undefined;
  };

  return { gate, route, close: () => limited.close() };
}
