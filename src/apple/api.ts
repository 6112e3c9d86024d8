import type {
  AccountDetail,
  ActivationLockRequest,
  ActivationLockResponse,
  AssignProfileResponse,
  BetaTokensResponse,
  ClearProfileResponse,
  DefineProfileResponse,
  DeviceListResponse,
  DeviceStatusResponse,
  FetchDeviceRequest,
  FetchDeviceResponse,
  Profile,
  ReplacementDetails,
  ServerToken,
  SyncDeviceRequest,
} from './types.ts';
import type { Logger } from '../log.ts';

/**
 * One function per endpoint of A.6 (rows 1–13). What src/sync and src/assign depend on; src/apple/client.ts implements it.
 * Errors are the classes of ./errors.ts. Retries (see ./retry.ts): reads are retried on 429/5xx/network errors; define,
 * assign and remove only on 429/503 or when the request provably never left (connection refused); disown and activation
 * lock only on 429/503. A reset/timeout after sending, or a 500/502/504, on a write surfaces as UnavailableError without
 * a replay: record it and let the next sync show what Apple actually did. A Retry-After beyond maxRetryWaitMs surfaces
 * at once as UnavailableError with `retryAfterMs` for the caller to reschedule.
 */
export interface DeviceAssignmentApi {
  /** GET /session; normally called by the client itself (single-flight renewal). */
  session(): Promise<string>;
  account(): Promise<AccountDetail>;
  fetchDevices(req: FetchDeviceRequest): Promise<FetchDeviceResponse>;
  syncDevices(req: SyncDeviceRequest): Promise<FetchDeviceResponse>;
  deviceDetails(serials: string[]): Promise<DeviceListResponse>;
  disownDevices(serials: string[]): Promise<DeviceStatusResponse>;
  activationLock(req: ActivationLockRequest): Promise<ActivationLockResponse>;
  replacementDetails(serial: string): Promise<ReplacementDetails>;
  defineProfile(profile: Profile): Promise<DefineProfileResponse>;
  getProfile(profileUuid: string): Promise<Profile>;
  /** At most 1000 serials (after de-duplication); more, or none, throws a RequestError before anything is sent.
   *  POST, falling back to PUT once on 405. Never replayed on 5xx or a network error after sending. */
  assignProfile(profileUuid: string, serials: string[]): Promise<AssignProfileResponse>;
  removeProfile(serials: string[], profileUuid?: string): Promise<ClearProfileResponse>;
  betaEnrollmentTokens(): Promise<BetaTokensResponse>;
  /** Calls made per endpoint label (e.g. "POST /server/devices") and per HTTP status, for metrics and benchmarks. */
  readonly stats: ClientStats;
}

export interface ClientStats {
  calls: Record<string, number>;
  statuses: Record<string, number>; // "POST /server/devices 200" → count
  sessions: number; // /session calls made
  retries: number;
}

export interface ClientOptions {
  token: ServerToken;
  baseUrl?: string; // default https://mdmenrollment.apple.com
  protocolVersion?: number; // default 10
  userAgent?: string; // default adesync/<version>
  timeoutMs?: number; // per request, default 30 000
  maxRetries?: number; // 429/5xx/network, default 5
  maxRetryWaitMs?: number; // cap on any single wait, incl. Retry-After; default 900 000
  baseDelayMs?: number; // first backoff step, default 1000
  logger?: Logger;
  tokenName?: string; // for logs
  /** Injected for tests of backoff; default real timers. */
  sleep?: (ms: number) => Promise<void>;
  /** Clock for token expiry, OAuth timestamps and Retry-After dates; default Date.now. */
  now?: () => number;
  /** Jitter source in [0, 1) for backoff; default Math.random. */
  random?: () => number;
  /** Called with each response's status and endpoint (metrics hook). */
  onResponse?: (endpoint: string, status: number, ms: number) => void;
}
