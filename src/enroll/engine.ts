/**
 * The CPU-bound half of an enrollment, with no I/O past start-up: open (verify the device CMS, parse MachineInfo) and
 * build (write the profile XML, CMS-sign it). It runs only in worker threads (pool.ts / worker.ts), never on the main
 * thread, which keeps HTTP, the device lookup, the decision and the recording.
 */
import type { AuthUser } from '../auth/types.ts';
import { type X509Certificate, randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { EnrollmentConfig } from '../config/schema.ts';
import { ProfileSigner } from '../cms/sign.ts';
import { DeviceRequestVerifier, DeviceSignatureError, loadDeviceTrust, readCertificates } from '../cms/verify.ts';
import {
  buildEnrollmentProfile,
  profileTemplate,
  type ProfileValues,
  type AcmeIdentity,
  type Pkcs12Identity,
  type ScepIdentity,
  type TrustCertificate,
} from '../profile/mobileconfig.ts';
import { placeholderUser, USER_FIELDS, userMask } from '../profile/placeholders.ts';
import type { Platform } from './decide.ts';
import { MachineInfoError, parseMachineInfo, type MachineInfo } from './machineinfo.ts';

/** Everything read from disk once, at start: trust, signer, certificates, identity material. */
export interface Prepared {
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
  try {
    return readFileSync(path, 'utf8').replace(/\r?\n$/, '');
  } catch (e) {
    throw new Error(`cannot read ${what} ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

function resolveIdentity(c: IdentityConfig): ResolvedIdentity {
  if (c.type === 'acme') return { kind: 'acme', spec: { ...c } };
  if (c.type === 'scep') {
    return {
      kind: 'scep',
      spec: {
        type: 'scep',
        url: c.url,
        name: c.name,
        key_size: c.key_size,
        key_usage: c.key_usage,
        subject: c.subject,
        subject_alt_name: c.subject_alt_name,
        ca_fingerprint_hex: c.ca_fingerprint_hex,
      },
      challenge: c.challenge ?? (c.challenge_file ? readSecretFile(c.challenge_file, 'SCEP challenge file') : undefined),
      challengeUrl: c.challenge_url,
    };
  }
  let data: Buffer;
  try {
    data = readFileSync(c.file);
  } catch (e) {
    throw new Error(`cannot read PKCS#12 identity ${c.file}: ${(e as NodeJS.ErrnoException).code}`);
  }
  return { kind: 'pkcs12', spec: { type: 'pkcs12', data, password: c.password_file ? readSecretFile(c.password_file, 'PKCS#12 password file') : undefined } };
}

/** Load trust, signer, certificates and identities; throws a specific error for each unusable file. */
export function loadPrepared(config: EnrollmentConfig): Prepared {
  const trustCertificates = config.profile.trust_cert_files
    .flatMap((f) => readCertificates(f))
    .map((c: X509Certificate) => ({
      der: c.raw,
      selfSigned: c.checkIssued(c) && c.verify(c.publicKey),
    }));
  return {
    verifier: new DeviceRequestVerifier(loadDeviceTrust(config.device_ca)),
    signer: ProfileSigner.fromFiles(config.signing),
    trustCertificates,
    identity: resolveIdentity(config.profile.identity),
    fallback: config.profile.fallback_identity && resolveIdentity(config.profile.fallback_identity),
  };
}

/** What opening a device request gives: the MachineInfo, or the client error to answer with. */
export type Opened = { ok: true; mi: MachineInfo } | { ok: false; status: 400 | 403; code: string; message: string };

/** Verify the CMS signature and parse the MachineInfo it carries. A client's bad input is a value, never a throw. */
export function openRequest(prepared: Prepared, bytes: Buffer): Opened {
  let content: Buffer;
  try {
    content = prepared.verifier.verify(bytes).content;
  } catch (e) {
    if (e instanceof DeviceSignatureError) {
      return { ok: false, status: e.status as 400 | 403, code: e.status === 400 ? 'adesync.bad_request' : 'adesync.untrusted', message: e.message };
    }
    throw e;
  }
  try {
    return { ok: true, mi: parseMachineInfo(content) };
  } catch (e) {
    if (e instanceof MachineInfoError) return { ok: false, status: 400, code: e.reason, message: e.message };
    throw e;
  }
}

/** The per-request part of a profile: plain data, so it can cross to a worker thread. */
export interface BuildJob {
  platform?: Platform;
  identity: 'primary' | 'fallback';
  device: { serial: string; udid: string; product?: string };
  scepChallenge?: string;
  /** The logged-in user (web view, OTA, PSSO): bound to the profile's placeholders. */
  user?: AuthUser;
}
export interface Built {
  signed: Buffer;
  profileUuid: string;
}

/** One-time ACME ClientIdentifiers, 24 random bytes each, cut from a pooled 4 KiB draw: ~9 µs a profile otherwise. */
let entropy = Buffer.alloc(0);
let entropyAt = 0;
function clientIdentifier(): string {
  if (entropyAt + 24 > entropy.length) {
    entropy = randomBytes(4096);
    entropyAt = 0;
  }
  const id = entropy.toString('base64url', entropyAt, entropyAt + 24);
  entropy.fill(0, entropyAt, entropyAt + 24); // each identifier exists once
  entropyAt += 24;
  return id;
}

function profileInput(config: EnrollmentConfig, prepared: Prepared, job: BuildJob) {
  const identity = job.identity === 'fallback' ? prepared.fallback! : prepared.identity;
  return {
    payloadIdentifier: config.profile.payload_identifier,
    displayName: config.profile.display_name,
    organization: config.profile.organization,
    description: config.profile.description,
    platform: job.platform,
    trustCertificates: prepared.trustCertificates,
    identity: identity.spec,
    mdm: config.profile.mdm,
    device: job.device,
    user: placeholderUser(job.user),
    profileUuid: randomUUID().toUpperCase(),
    identityUuid: randomUUID().toUpperCase(),
    acmeClientIdentifier: identity.kind === 'acme' ? clientIdentifier() : undefined,
    scepChallenge: job.scepChallenge,
  };
}

type Template = ((v: ProfileValues) => Buffer) | undefined;
const templates = new WeakMap<Prepared, Map<string, Template>>();

/**
 * The profile XML: from the template of its kind (platform, identity, challenge or not, which user claims have a value),
 * written on first use: at most a few dozen kinds, each filled in one scan.
 */
export function profileXml(config: EnrollmentConfig, prepared: Prepared, job: BuildJob): { xml: Buffer; profileUuid: string } {
  const input = profileInput(config, prepared, job);
  const key = `${job.platform}|${job.identity}|${input.scepChallenge !== undefined}|${userMask(input.user)}`;
  let cache = templates.get(prepared);
  if (!cache) templates.set(prepared, (cache = new Map()));
  if (!cache.has(key)) {
    const { device: _d, user, profileUuid: _p, identityUuid: _i, acmeClientIdentifier, scepChallenge, ...fixed } = input;
    const fields = USER_FIELDS.filter((f) => user?.[f]);
    cache.set(key, profileTemplate(fixed, { acme: acmeClientIdentifier !== undefined, scepChallenge: scepChallenge !== undefined, user: fields }));
  }
  const template = cache.get(key);
  return { xml: template ? template(input) : buildEnrollmentProfile(input).xml, profileUuid: input.profileUuid };
}

/** Build and sign on the calling thread (a worker thread: it is the parallelism). */
export function buildProfile(config: EnrollmentConfig, prepared: Prepared, job: BuildJob): Built {
  const built = profileXml(config, prepared, job);
  return { signed: prepared.signer.signSync(built.xml), profileUuid: built.profileUuid };
}

/**
 * TEST ONLY (pool.injectFaultForTests): at once or at its next job, block a worker's thread for `ms` (or until the
 * test writes non-zero into `until`, a shared Int32), or make it exhaust its heap.
 */
export type TestFault = { kind: 'stall'; ms: number; until?: SharedArrayBuffer; when: 'now' | 'next_job' } | { kind: 'heap'; when: 'now' | 'next_job' };

/** Messages between pool.ts and worker.ts. */
export type WorkerJob =
  | { id: number; op: 'open'; bytes: Uint8Array }
  | { id: number; op: 'build'; job: BuildJob }
  | { id: number; op: 'ping' }
  | { id: number; op: 'fault'; fault: TestFault };
export type WorkerReply =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: string }
  | { id: number; pong: true }
  | { id: 0; ready: true }
  | { id: 0; ready: false; error: string };

/** A Uint8Array that owns its whole ArrayBuffer, so the buffer can be transferred rather than copied. */
export function ownBytes(b: Uint8Array): Uint8Array {
  return b.byteOffset === 0 && b.byteLength === b.buffer.byteLength ? b : new Uint8Array(b);
}
