/**
 * The enrollment endpoint (B.3–B.7): verify the device-signed MachineInfo, decide, answer with a signed .mobileconfig,
 * a 403 com.apple.softwareupdate.required, or a JSON refusal. Serves only `enrollment.path` and /healthz.
 *
 * Status codes: 200 profile; 400 malformed (not CMS, bad CMS, bad MachineInfo, missing device info); 403 unsigned,
 * untrusted or bad signature, not our device, OS policy; 404 other paths; 405 other methods; 408 slow sender (Node);
 * 413 body or header over the limit; 503 only when OUR upstream (the per-device SCEP challenge service) fails —
 * the one server-side failure, with Retry-After so the device's "Try Again" works. A client's bad input is never a 5xx.
 */
import { X509Certificate, randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import type { EnrollmentConfig } from '../config/schema.ts';
import { ProfileSigner } from '../cms/sign.ts';
import { DeviceRequestVerifier, DeviceSignatureError, loadDeviceTrust, looksLikeSignedData, readCertificates } from '../cms/verify.ts';
import { silentLogger, type Logger } from '../log.ts';
import type { DB } from '../store/db.ts';
import { buildEnrollmentProfile, type AcmeIdentity, type Pkcs12Identity, type ScepIdentity, type TrustCertificate } from '../profile/mobileconfig.ts';
import { decide, type DecideConfig, type Decision, type DeviceRecord } from './decide.ts';
import { createDeviceLookup, type LookupDevice } from './lookup.ts';
import { MachineInfoError, looksLikePlist, parseMachineInfo, type MachineInfo } from './machineinfo.ts';
import { createBatchedRecorder, type EnrollmentRecord } from './record.ts';

export const MAX_BODY_BYTES = 64 * 1024;
const DEVICE_INFO_HEADER = 'x-apple-aspen-deviceinfo';

export interface EnrollmentServerOptions {
  config: EnrollmentConfig;
  db: DB;
  logger?: Logger;
  /** Default: a query on the devices table (lookup.ts). */
  lookupDevice?: LookupDevice;
  /** The name of the rule that chose this device's profile, for the record. */
  profileRule?: (device: DeviceRecord | undefined, mi: MachineInfo) => string | undefined;
  /** Overrides enrollment.listen (tests: 127.0.0.1:0). */
  listen?: { host: string; port: number };
  headersTimeoutMs?: number;
  requestTimeoutMs?: number;
}

export interface EnrollmentServer {
  listen(): Promise<AddressInfo>;
  /** Stop accepting, let in-flight requests finish, then resolve. */
  close(): Promise<void>;
  readonly verifier: DeviceRequestVerifier;
}

class HttpError extends Error {
  constructor(readonly status: number, readonly errorCode: string, message: string, readonly headers: Record<string, string> = {}) { super(message); }
}

/** Everything read from disk once, at start: trust, signer, certificates, identity material. */
interface Prepared {
  verifier: DeviceRequestVerifier;
  signer: ProfileSigner;
  trustCertificates: TrustCertificate[];
  identity: ResolvedIdentity;
  fallback?: ResolvedIdentity;
}
type ResolvedIdentity =
  | { kind: 'acme'; spec: AcmeIdentity }
  | { kind: 'scep'; spec: ScepIdentity; challenge?: string; challengeUrl?: string }
  | { kind: 'pkcs12'; spec: Pkcs12Identity };

type IdentityConfig = EnrollmentConfig['profile']['identity'];

function readSecretFile(path: string, what: string): string {
  try { return readFileSync(path, 'utf8').replace(/\r?\n$/, ''); } catch (e) {
    throw new Error(`cannot read ${what} ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

function resolveIdentity(c: IdentityConfig): ResolvedIdentity {
  if (c.type === 'acme') return { kind: 'acme', spec: { ...c } };
  if (c.type === 'scep') {
    return {
      kind: 'scep', spec: { type: 'scep', url: c.url, name: c.name, key_size: c.key_size, key_usage: c.key_usage, subject: c.subject, ca_fingerprint_hex: c.ca_fingerprint_hex },
      challenge: c.challenge ?? (c.challenge_file ? readSecretFile(c.challenge_file, 'SCEP challenge file') : undefined),
      challengeUrl: c.challenge_url,
    };
  }
  let data: Buffer;
  try { data = readFileSync(c.file); } catch (e) { throw new Error(`cannot read PKCS#12 identity ${c.file}: ${(e as NodeJS.ErrnoException).code}`); }
  return { kind: 'pkcs12', spec: { type: 'pkcs12', data, password: c.password_file ? readSecretFile(c.password_file, 'PKCS#12 password file') : undefined } };
}

export function prepareEnrollment(config: EnrollmentConfig, logger: Logger): Prepared {
  const trust = loadDeviceTrust(config.device_ca);
  if (!trust.apple) {
    logger.warn('enrollment trusts a NON-APPLE device CA: real devices will be refused and anyone holding that CA can enroll', {
      pinned_ca: trust.pinned.subject.replace(/\n/g, ', '), fingerprint: trust.pinned.fingerprint256,
    });
  }
  const trustCertificates = config.profile.trust_cert_files.flatMap((f) => readCertificates(f)).map((c: X509Certificate) => ({
    der: c.raw, selfSigned: c.checkIssued(c) && c.verify(c.publicKey),
  }));
  return {
    verifier: new DeviceRequestVerifier(trust),
    signer: ProfileSigner.fromFiles(config.signing),
    trustCertificates,
    identity: resolveIdentity(config.profile.identity),
    fallback: config.profile.fallback_identity && resolveIdentity(config.profile.fallback_identity),
  };
}

function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text), 'Cache-Control': 'no-store', ...headers });
  res.end(text);
}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_BODY_BYTES) { reject(new HttpError(413, 'adesync.too_large', `request body over ${MAX_BODY_BYTES} bytes`)); return; }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (c: Buffer) => {
      if (done) return;
      size += c.length;
      if (size > MAX_BODY_BYTES) { done = true; reject(new HttpError(413, 'adesync.too_large', `request body over ${MAX_BODY_BYTES} bytes`)); return; }
      chunks.push(c);
    });
    req.on('end', () => { if (!done) { done = true; resolve(Buffer.concat(chunks)); } });
    req.on('error', (e) => { if (!done) { done = true; reject(e); } });
  });
}

async function fetchChallenge(url: string, mi: MachineInfo, timeoutMs: number): Promise<string> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'text/plain' },
      body: JSON.stringify({ serial: mi.SERIAL, udid: mi.UDID }), signal: AbortSignal.timeout(timeoutMs), redirect: 'error',
    });
  } catch (e) {
    throw new HttpError(503, 'adesync.challenge_unavailable', `the SCEP challenge service did not answer (${(e as Error).name === 'TimeoutError' ? 'timeout' : (e as Error).message})`, { 'Retry-After': '10' });
  }
  const text = (await res.text().catch(() => '')).trim();
  if (!res.ok || !text || text.length > 1024) {
    throw new HttpError(503, 'adesync.challenge_unavailable', `the SCEP challenge service answered ${res.status}${text ? '' : ' with no challenge'}`, { 'Retry-After': '10' });
  }
  return text;
}

export function createEnrollmentServer(opts: EnrollmentServerOptions): EnrollmentServer {
  const { config, db } = opts;
  const logger = opts.logger ?? silentLogger;
  const prepared = prepareEnrollment(config, logger);
  const lookupDevice = opts.lookupDevice ?? createDeviceLookup(db);
  const recorder = createBatchedRecorder(db, (e) => logger.error('cannot record enrollments', { err: e as Error }));
  const record = recorder.record;
  const decideConfig: DecideConfig = {
    minimum_os: config.minimum_os,
    allow_unknown_serials: config.allow_unknown_serials,
    below_minimum_cannot_update: config.below_minimum_cannot_update,
    identity_type: config.profile.identity.type,
    has_fallback_identity: !!prepared.fallback,
  };
  const challengeTimeoutMs = config.profile.challenge_timeout_seconds * 1000;

  function remoteAddr(req: http.IncomingMessage): string | undefined {
    if (config.trust_forwarded_headers) {
      // The rightmost entry is the one our own proxy appended; entries left of it are client-supplied.
      const xff = String(req.headers['x-forwarded-for'] ?? '').split(',').map((s) => s.trim()).filter(Boolean);
      if (xff.length) return xff[xff.length - 1].slice(0, 64);
    }
    return req.socket.remoteAddress;
  }

  async function deviceInfoBytes(req: http.IncomingMessage): Promise<Buffer> {
    const body = req.method === 'POST' ? await readBody(req) : Buffer.alloc(0);
    if (body.length) return body;
    const header = req.headers[DEVICE_INFO_HEADER];
    if (typeof header === 'string' && header.length) {
      const compact = header.replace(/\s+/g, '');
      if (!/^[A-Za-z0-9+/]+={0,2}$/.test(compact)) throw new HttpError(400, 'adesync.bad_request', `${DEVICE_INFO_HEADER} is not base64`);
      const bytes = Buffer.from(compact, 'base64');
      if (bytes.length > MAX_BODY_BYTES) throw new HttpError(413, 'adesync.too_large', `${DEVICE_INFO_HEADER} over ${MAX_BODY_BYTES} bytes`);
      return bytes;
    }
    throw new HttpError(400, 'adesync.bad_request', `no device information: POST the CMS-signed MachineInfo, or send it base64 in ${DEVICE_INFO_HEADER}`);
  }

  async function enroll(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const remote = remoteAddr(req);
    const base: Partial<EnrollmentRecord> = { remote_addr: remote };
    const refuse = (status: number, code: string, message: string, extra: Partial<EnrollmentRecord> = {}, headers: Record<string, string> = {}) => {
      const rec = { ...base, ...extra, decision: 'refused' as const, reason: `${code}: ${message}` };
      record(rec);
      logger.info('enrollment refused', { status, code, reason: message, serial: extra.serial_number, remote });
      sendJson(res, status, { code, message }, headers);
    };

    let bytes: Buffer;
    try { bytes = await deviceInfoBytes(req); } catch (e) {
      if (e instanceof HttpError) {
        if (e.status === 413) res.setHeader('Connection', 'close');
        refuse(e.status, e.errorCode, e.message);
        if (e.status === 413) req.resume();
        return;
      }
      throw e;
    }
    if (!looksLikeSignedData(bytes)) {
      if (looksLikePlist(bytes)) return refuse(403, 'adesync.unsigned', 'MachineInfo must be CMS-signed by the device; an unsigned plist is not accepted');
      return refuse(400, 'adesync.bad_request', 'the body is neither a CMS SignedData nor a plist');
    }
    let content: Buffer;
    try { content = prepared.verifier.verify(bytes).content; } catch (e) {
      if (e instanceof DeviceSignatureError) return refuse(e.status, e.status === 400 ? 'adesync.bad_request' : 'adesync.untrusted', e.message);
      throw e;
    }
    let mi: MachineInfo;
    try { mi = parseMachineInfo(content); } catch (e) {
      if (e instanceof MachineInfoError) return refuse(400, 'adesync.bad_machineinfo', e.message);
      throw e;
    }
    const device = lookupDevice(mi.SERIAL);
    const rule = opts.profileRule?.(device, mi);
    const d: Decision = decide({ machineInfo: mi, device, config: decideConfig, profileRule: rule });
    const rec: EnrollmentRecord = {
      ...base, token: d.token, serial_number: mi.SERIAL, udid: mi.UDID, product: mi.PRODUCT, os_version: mi.OS_VERSION ?? d.osVersion,
      build_version: mi.SUPPLEMENTAL_BUILD_VERSION ?? mi.VERSION, language: mi.LANGUAGE, decision: d.decision, reason: d.reason, profile_rule: rule,
    };
    const log = { serial: mi.SERIAL, udid: mi.UDID, product: mi.PRODUCT, os: d.osVersion, token: d.token, remote };
    if (d.decision !== 'served') {
      record(rec);
      logger.info(d.decision === 'os_update_required' ? 'enrollment: OS update required' : 'enrollment refused', { ...log, reason: d.reason, code: d.body.code });
      sendJson(res, d.status, d.body);
      return;
    }
    const identity = d.identity === 'fallback' ? prepared.fallback! : prepared.identity;
    let scepChallenge: string | undefined;
    if (identity.kind === 'scep') {
      try {
        scepChallenge = identity.challengeUrl ? await fetchChallenge(identity.challengeUrl, mi, challengeTimeoutMs) : identity.challenge;
      } catch (e) {
        if (e instanceof HttpError) {
          record({ ...rec, decision: 'refused', reason: `${e.errorCode}: ${e.message}` });
          logger.error('enrollment: SCEP challenge service failed', { ...log, reason: e.message });
          sendJson(res, e.status, { code: e.errorCode, message: 'Enrollment is temporarily unavailable; try again.' }, e.headers);
          return;
        }
        throw e;
      }
    }
    const built = buildEnrollmentProfile({
      payloadIdentifier: config.profile.payload_identifier,
      displayName: config.profile.display_name,
      organization: config.profile.organization,
      description: config.profile.description,
      platform: d.platform,
      trustCertificates: prepared.trustCertificates,
      identity: identity.spec,
      mdm: config.profile.mdm,
      device: { serial: mi.SERIAL, udid: mi.UDID, product: mi.PRODUCT },
      profileUuid: randomUUID().toUpperCase(),
      identityUuid: randomUUID().toUpperCase(),
      acmeClientIdentifier: identity.kind === 'acme' ? randomBytes(24).toString('base64url') : undefined,
      scepChallenge,
    });
    const signed = await prepared.signer.sign(built.xml);
    rec.profile_served = `${config.profile.payload_identifier} ${built.profileUuid}`;
    record(rec);
    logger.info('enrollment profile served', { ...log, reason: d.reason, identity: identity.kind, profile_uuid: built.profileUuid });
    res.writeHead(200, {
      'Content-Type': 'application/x-apple-aspen-config', 'Content-Length': signed.length,
      'Content-Disposition': 'attachment; filename="enroll.mobileconfig"', 'Cache-Control': 'no-store',
    });
    res.end(signed);
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/healthz') {
      if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, { code: 'adesync.method_not_allowed', message: 'use GET' }, { Allow: 'GET, HEAD' });
      return sendJson(res, 200, { status: 'ok' });
    }
    if (path !== config.path) return sendJson(res, 404, { code: 'adesync.not_found', message: 'not found' });
    if (req.method !== 'POST' && req.method !== 'GET') return sendJson(res, 405, { code: 'adesync.method_not_allowed', message: 'use POST (or GET with x-apple-aspen-deviceinfo)' }, { Allow: 'GET, POST' });
    await enroll(req, res);
  }

  const serverOpts: http.ServerOptions = {
    maxHeaderSize: 96 * 1024,                   // room for a base64 x-apple-aspen-deviceinfo of up to 64 KiB
    headersTimeout: opts.headersTimeoutMs ?? 10_000,
    requestTimeout: opts.requestTimeoutMs ?? 30_000,
    connectionsCheckingInterval: 500,           // so slow senders are cut off promptly, not at Node's default 30 s
    keepAliveTimeout: 5_000,
  };
  const onRequest = (req: http.IncomingMessage, res: http.ServerResponse) => {
    handle(req, res).catch((e) => {
      logger.error('enrollment handler failed', { err: e as Error });
      if (!res.headersSent) sendJson(res, 500, { code: 'adesync.internal', message: 'internal error' });
      else res.destroy();
    });
  };
  const server = config.tls
    ? https.createServer({ ...serverOpts, cert: readFileSync(config.tls.cert_file), key: readFileSync(config.tls.key_file), minVersion: 'TLSv1.2' }, onRequest)
    : http.createServer(serverOpts, onRequest);
  server.on('clientError', (err: NodeJS.ErrnoException, socket) => {
    if (!socket.writable) return socket.destroy();
    const status = err.code === 'HPE_HEADER_OVERFLOW' ? 431 : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
    const text = JSON.stringify({ code: 'adesync.bad_request', message: status === 431 ? 'headers too large' : status === 408 ? 'request too slow' : 'malformed HTTP request' });
    socket.end(`HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\nContent-Type: application/json\r\nContent-Length: ${text.length}\r\nConnection: close\r\n\r\n${text}`);
  });

  return {
    verifier: prepared.verifier,
    listen() {
      const [host, portText] = opts.listen ? [opts.listen.host, String(opts.listen.port)] : [config.listen.replace(/:\d+$/, '').replace(/^\[|\]$/g, ''), config.listen.split(':').pop()!];
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(Number(portText), host, () => {
          server.off('error', reject);
          const addr = server.address() as AddressInfo;
          logger.info('enrollment endpoint listening', { address: addr.address, port: addr.port, path: config.path, tls: !!config.tls });
          resolve(addr);
        });
      });
    },
    close() {
      return new Promise((resolve) => {
        if (!server.listening) return resolve();
        const force = setTimeout(() => server.closeAllConnections(), 10_000);
        force.unref();
        server.close(() => { clearTimeout(force); recorder.flush(); resolve(); });
        server.closeIdleConnections();
      });
    },
  };
}
