/**
 * Over-the-air enrollment, the profile-service way (spec Part A), as routes of the enrollment server:
 *
 * - phase 1, GET `start_path`: a login (LoginFlow), then a signed Profile Service payload whose single-use Challenge
 *   is stored (hashed) with the user;
 * - phases 2 and 3, POST `path`: the signer tells them apart (A.5). Phase 2: a device identity (the pinned device CA,
 *   as ADE) with a known, unexpired, unused CHALLENGE → the session is bound to SERIAL+UDID and the device gets a
 *   profile with one SCEP payload. Phase 3: an identity issued by `identity_ca` for that session and device → the
 *   enrollment profile, bound to the user, its payloads encrypted to that identity when `encrypt`.
 *
 * 400 malformed, unsigned or oversized; 403 untrusted signer, unknown/used/expired challenge, another device; 409 wrong
 * phase; 503 only when OUR upstream (the SCEP challenge service) or the worker pool fails. CMS work runs in the pool's
 * workers; phase 1 signs on libuv's thread pool. Challenges are never logged, and stored only as SHA-256.
 */
import { ChallengeUnavailableError, fetchScepChallenge } from '../enroll/challenge.ts';
import { randomBytes } from 'node:crypto';
import type http from 'node:http';
import type { EnrollmentConfig } from '../config/schema.ts';
import { ProfileSigner } from '../cms/sign.ts';
import { looksLikeSignedData } from '../cms/verify.ts';
import { decide, type Decision } from '../enroll/decide.ts';
import type { EnrollmentRecord } from '../store/enrollments.ts';
import type { AuthUser } from './types.ts';
import { createDeviceLookup, type LookupDevice } from '../enroll/lookup.ts';
import { looksLikePlist, type MachineInfo } from '../enroll/machineinfo.ts';
import type { EnrollContext, EnrollmentOutcome, EnrollRoute } from '../enroll/server.ts';
import { silentLogger, type Logger } from '../log.ts';
import type { DB } from '../store/db.ts';
import { sqliteOtaStore, type ConsumeRefusal, type OtaStore, type Phase3Refusal } from '../store/ota.ts';
import type { LoginFlow } from './login.ts';
import { profileServiceXml, type OtaAttributes } from './ota-profile.ts';
import type { Built } from '../enroll/engine.ts';

type OtaConfig = NonNullable<EnrollmentConfig['ota']>;

/**
 * Where sessions and challenges are kept and devices looked up: the Store's auth.ota and enrollments.lookup (either
 * engine), or an SQLite database for both (the benchmarks).
 */
type OtaStorage = { sessions: OtaStore; lookupDevice: LookupDevice } | { db: DB; lookupDevice?: LookupDevice };

export type OtaServiceOptions = OtaStorage & {
  config: EnrollmentConfig;
  login: LoginFlow;
  logger?: Logger;
};

export interface OtaService {
  /** Answers start_path and path; undefined for every other path. */
  route: EnrollRoute;
}

const CHALLENGE_REFUSALS: Record<ConsumeRefusal, [string, string]> = {
  unknown: ['adesync.ota_challenge_unknown', 'this enrollment challenge is not one this server issued: start the enrollment again'],
  consumed: ['adesync.ota_challenge_used', 'this enrollment challenge was used already: start the enrollment again'],
  expired: ['adesync.ota_challenge_expired', 'this enrollment challenge expired: start the enrollment again'],
};
const PHASE3_REFUSALS: Record<Phase3Refusal, [number, string, string]> = {
  unknown: [403, 'adesync.ota_identity_mismatch', 'the identity belongs to no enrollment session of this server'],
  mismatch: [403, 'adesync.ota_identity_mismatch', 'the enrollment session was started by another device'],
  wrong_phase: [409, 'adesync.ota_wrong_phase', 'the enrollment session has not passed its device check'],
  done: [409, 'adesync.ota_wrong_phase', 'the enrollment session is complete already'],
  expired: [403, 'adesync.ota_challenge_expired', 'the enrollment session expired: start the enrollment again'],
};

function checkConfig(config: EnrollmentConfig): OtaConfig {
  const ota = config.ota;
  if (!ota) throw new Error('enrollment.ota is not configured');
  if (!config.public_url) throw new Error('enrollment.ota needs enrollment.public_url: the Profile Service URL is public_url + enrollment.ota.path');
  for (const [k, v] of [
    ['path', ota.path],
    ['start_path', ota.start_path],
  ] as const) {
    if (v === config.path || v === '/healthz') throw new Error(`enrollment.ota.${k} ${v} is already the path of another route: choose another`);
  }
  return ota;
}

/** The enrollment record of a served OTA phase: the device's attributes, the user of its session. */
function servedRecord(d: Decision, a: OtaAttributes, user: AuthUser, remote: string | undefined, reason: string, profileServed: string): EnrollmentRecord {
  return {
    token: d.token,
    serial_number: a.SERIAL,
    udid: a.UDID,
    product: a.PRODUCT,
    os_version: d.osVersion,
    build_version: a.VERSION,
    decision: 'served',
    reason,
    profile_served: profileServed,
    remote_addr: remote,
    user,
    flow: 'ota',
  };
}

function sendProfile(res: http.ServerResponse, signed: Buffer, fileName: string): void {
  res.writeHead(200, {
    'Content-Type': 'application/x-apple-aspen-config',
    'Content-Length': signed.length,
    'Content-Disposition': `attachment; filename="${fileName}"`,
    'Cache-Control': 'no-store',
  });
  res.end(signed);
}

export function createOtaService(o: OtaServiceOptions): OtaService {
  const { config } = o;
  const ota = checkConfig(config);
  const logger = o.logger ?? silentLogger;
  const store = 'sessions' in o ? o.sessions : sqliteOtaStore(o.db);
  const lookupDevice = 'sessions' in o ? o.lookupDevice : (o.lookupDevice ?? createDeviceLookup(o.db));
  const signer = ProfileSigner.fromFiles(config.signing);
  const serviceUrl = `${config.public_url}${ota.path}`;
  const challengeTimeoutMs = config.profile.challenge_timeout_seconds * 1000;

  /** The ADE decision, with OTA's own rule for devices in none of our tokens. */
  const policy = async (a: OtaAttributes): Promise<Decision> => {
    const mi = { UDID: a.UDID, SERIAL: a.SERIAL, PRODUCT: a.PRODUCT ?? '', VERSION: a.VERSION ?? '' } as MachineInfo;
    return decide({
      machineInfo: mi,
      device: await lookupDevice(a.SERIAL),
      config: {
        minimum_os: config.minimum_os,
        allow_unknown_serials: ota.allow_unknown_devices,
        below_minimum_cannot_update: config.below_minimum_cannot_update,
        identity_type: config.profile.identity.type,
        has_fallback_identity: !!config.profile.fallback_identity,
      },
    });
  };

  // Phase 1, after the login: a fresh challenge (256 bits) bound to the user, in a signed Profile Service payload.
  o.login.onComplete('ota', async (_req, res, user) => {
    const challenge = randomBytes(32).toString('base64url');
    const session = await store.create({ challenge, user, ttlSeconds: ota.challenge_ttl_seconds });
    const xml = profileServiceXml({
      payloadIdentifier: config.profile.payload_identifier,
      displayName: config.profile.display_name,
      organization: config.profile.organization,
      url: serviceUrl,
      deviceAttributes: ota.device_attributes,
      challenge,
    });
    sendProfile(res, await signer.sign(xml), 'enroll-ota.mobileconfig');
    logger.info('OTA phase 1: profile service served', { session: session.id, issuer: user.issuer, subject: user.subject });
    return undefined;
  });

  async function phase2(req: http.IncomingMessage, res: http.ServerResponse, ctx: EnrollContext, gone: AbortSignal, a: OtaAttributes) {
    const remote = ctx.remoteAddr(req);
    const refuse = refuser(req, res, ctx, { serial: a.SERIAL, phase: 2 });
    if (!a.CHALLENGE) return refuse(403, 'adesync.ota_challenge_missing', `the device sent no CHALLENGE: start the enrollment at ${ota.start_path}`);
    const d = await policy(a);
    if (d.decision !== 'served') return refuse(403, d.body.code, 'message' in d.body ? d.body.message : d.reason);
    // The SCEP challenge first: a failing challenge service leaves the device's challenge unused.
    const scepChallenge = await fetchScepChallenge(ota.scep.challenge_url, { serial: a.SERIAL, udid: a.UDID, purpose: 'ota' }, challengeTimeoutMs);
    const c = await store.consume({
      challenge: a.CHALLENGE,
      serial: a.SERIAL,
      udid: a.UDID,
      product: a.PRODUCT,
      build: a.VERSION,
      ttlSeconds: ota.challenge_ttl_seconds,
    });
    if (!c.ok) return refuse(403, ...CHALLENGE_REFUSALS[c.reason]);
    const s = c.session;
    let built: Built;
    try {
      built = await ctx.pool.buildOta({ kind: 'scep', sessionId: s.id, serial: a.SERIAL, udid: a.UDID, challenge: scepChallenge }, gone);
    } catch (e) {
      await store.revert(s.id, 1);
      throw e;
    }
    ctx.record(
      servedRecord(d, a, s.user, remote, 'OTA phase 2: SCEP identity profile', `${config.profile.payload_identifier}.ota-identity ${built.profileUuid}`),
    );
    logger.info('OTA phase 2: identity profile served', { session: s.id, serial: a.SERIAL, udid: a.UDID, product: a.PRODUCT, subject: s.user.subject, remote });
    sendProfile(res, built.signed, 'ota-identity.mobileconfig');
    return 'served' as const;
  }

  async function phase3(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    ctx: EnrollContext,
    gone: AbortSignal,
    a: OtaAttributes,
    identity: { der: Uint8Array; rsa: boolean; sessionId?: string; udid?: string; serial?: string },
  ) {
    const remote = ctx.remoteAddr(req);
    const refuse = refuser(req, res, ctx, { serial: a.SERIAL, phase: 3 });
    if (!identity.sessionId || identity.udid !== a.UDID || identity.serial !== a.SERIAL)
      return refuse(403, 'adesync.ota_identity_mismatch', 'the identity was not issued to this device for an enrollment session');
    if (ota.encrypt && !identity.rsa) return refuse(403, 'adesync.ota_identity_mismatch', 'the identity has no RSA key to encrypt the profile to');
    const d = await policy(a);
    if (d.decision !== 'served') return refuse(403, d.body.code, 'message' in d.body ? d.body.message : d.reason);
    const idn = d.identity === 'fallback' ? config.profile.fallback_identity! : config.profile.identity;
    const scepChallenge =
      idn.type === 'scep' && idn.challenge_url
        ? await fetchScepChallenge(idn.challenge_url, { serial: a.SERIAL, udid: a.UDID }, challengeTimeoutMs)
        : undefined;
    const c = await store.complete({ id: identity.sessionId, serial: a.SERIAL, udid: a.UDID });
    if (!c.ok) return refuse(...PHASE3_REFUSALS[c.reason]);
    const s = c.session;
    let built: Built;
    try {
      built = await ctx.pool.buildOta(
        {
          kind: 'final',
          build: { platform: d.platform, identity: d.identity, device: { serial: a.SERIAL, udid: a.UDID, product: a.PRODUCT }, scepChallenge, user: s.user },
          encryptTo: ota.encrypt ? identity.der : undefined,
        },
        gone,
      );
    } catch (e) {
      await store.revert(s.id, 2);
      throw e;
    }
    ctx.record(
      servedRecord(
        d,
        a,
        s.user,
        remote,
        `OTA phase 3: enrollment profile${ota.encrypt ? ' (encrypted)' : ''}`,
        `${config.profile.payload_identifier} ${built.profileUuid}`,
      ),
    );
    logger.info('OTA phase 3: enrollment profile served', {
      session: s.id,
      serial: a.SERIAL,
      udid: a.UDID,
      subject: s.user.subject,
      encrypted: ota.encrypt,
      remote,
    });
    sendProfile(res, built.signed, 'enroll.mobileconfig');
    return 'served' as const;
  }

  function refuser(req: http.IncomingMessage, res: http.ServerResponse, ctx: EnrollContext, fields: Record<string, unknown> = {}) {
    return (status: number, code: string, message: string): EnrollmentOutcome => {
      ctx.refuse(code, { status, reason: message, remote: ctx.remoteAddr(req), ...fields });
      ctx.sendJson(res, status, { code, message });
      return status === 400 || status === 413 ? 'bad_request' : 'refused';
    };
  }

  async function profileRoute(req: http.IncomingMessage, res: http.ServerResponse, ctx: EnrollContext, gone: AbortSignal): Promise<EnrollmentOutcome> {
    const refuse = refuser(req, res, ctx);
    if (req.method !== 'POST') {
      ctx.sendJson(res, 405, { code: 'adesync.method_not_allowed', message: 'use POST' }, { Allow: 'POST' });
      return 'bad_request';
    }
    let body: Buffer;
    try {
      body = await ctx.readBody(req);
    } catch (e) {
      const status = (e as { status?: number }).status;
      if (status === 413) {
        res.setHeader('Connection', 'close');
        const out = refuse(400, 'adesync.too_large', (e as Error).message);
        req.resume();
        return out;
      }
      if (status === 400) return refuse(400, 'adesync.bad_request', (e as Error).message);
      throw e;
    }
    if (!looksLikeSignedData(body)) {
      if (looksLikePlist(body)) return refuse(400, 'adesync.unsigned', 'the device attributes must be CMS-signed by the device');
      return refuse(400, 'adesync.bad_request', 'the body is not a CMS SignedData');
    }
    const opened = await ctx.pool.openOta(body, gone);
    if (!opened.ok) return refuse(opened.status, opened.code, opened.message);
    try {
      if (opened.phase === 2) return await phase2(req, res, ctx, gone, opened.attrs);
      return await phase3(req, res, ctx, gone, opened.attrs, opened.identity);
    } catch (e) {
      if (!(e instanceof ChallengeUnavailableError)) throw e;
      ctx.refuse('adesync.challenge_unavailable', { status: 503, reason: e.message, serial: opened.attrs.SERIAL, phase: opened.phase });
      logger.error('OTA: SCEP challenge service failed', { reason: e.message, serial: opened.attrs.SERIAL, phase: opened.phase });
      ctx.sendJson(res, 503, { code: 'adesync.challenge_unavailable', message: 'Enrollment is temporarily unavailable; try again.' }, { 'Retry-After': '10' });
      return 'error';
    }
  }

  return {
    route(req, res, ctx, gone) {
      const path = (req.url ?? '/').split('?')[0];
      if (path === ota.path) return profileRoute(req, res, ctx, gone);
      if (path !== ota.start_path) return undefined;
      if (req.method !== 'GET') {
        ctx.sendJson(res, 405, { code: 'adesync.method_not_allowed', message: 'use GET' }, { Allow: 'GET' });
        return Promise.resolve('bad_request');
      }
      return o.login.begin(req, res, 'ota', {}).then(() => undefined);
    },
  };
}
