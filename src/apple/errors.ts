// A.11: every code Apple (or its simulator) sends, mapped to a class a caller can branch on.

/** Codes Apple sends as bare text bodies (or JSON-quoted by depsim). Order matters for substring search: longer first. */
const APPLE_ERROR_CODES = [
  'MDM_SERVICE_DISCOVERY_URL_NOT_VALID',
  'MDM_SERVICE_DISCOVERY_URL_REQUIRED',
  'APPLE_SEED_FOR_IT_TURNED_OFF',
  'MALFORMED_REQUEST_BODY',
  'USER_AGENT_MISSING',
  'USER_AGENT_INVALID',
  'DEVICE_ID_REQUIRED',
  'PROFILE_UUID_REQUIRED',
  'CONFIG_NAME_INVALID',
  'CONFIG_NAME_REQUIRED',
  'CONFIG_URL_INVALID',
  'CONFIG_URL_REQUIRED',
  'DEPARTMENT_INVALID',
  'DEPARTMENT_REQUIRED',
  'SUPPORT_EMAIL_INVALID',
  'SUPPORT_PHONE_INVALID',
  'SUPPORT_PHONE_REQUIRED',
  'FLAGS_INVALID',
  'LOCALE_INVALID',
  'MAGIC_INVALID',
  'EXHAUSTED_CURSOR',
  'EXPIRED_CURSOR',
  'INVALID_CURSOR',
  'CURSOR_REQUIRED',
  'DEVICE_NOT_FOUND',
  'ORG_NOT_SUPPORTED',
  'T_C_NOT_SIGNED',
  'ACCESS_DENIED',
  'TOO_MANY_REQUESTS',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'NOT_FOUND',
] as const;
export type AppleErrorCode = (typeof APPLE_ERROR_CODES)[number];

/** Find the first known code in a response body (bare, quoted or JSON), never JSON.parse blindly. */
export function findErrorCode(body: string): AppleErrorCode | undefined {
  const s = body.slice(0, 4096);
  for (const code of APPLE_ERROR_CODES) {
    const re = new RegExp(`(^|[^A-Z_])${code}([^A-Z_]|$)`);
    if (re.test(s)) return code;
  }
  return undefined;
}

export interface AppleErrorInit {
  status?: number;
  code?: string;
  body?: string;
  endpoint: string;
  cause?: unknown;
}

/** Base of every error the client throws. `code` is Apple's code, or our own for transport problems. */
export class AppleError extends Error {
  readonly status?: number;
  readonly code: string;
  readonly endpoint: string;
  readonly body?: string;
  constructor(message: string, init: AppleErrorInit) {
    super(message, init.cause ? { cause: init.cause } : undefined);
    this.name = new.target.name;
    this.status = init.status;
    this.code = init.code ?? 'UNKNOWN';
    this.endpoint = init.endpoint;
    this.body = init.body?.slice(0, 512);
  }
}

/** Cursor problems: the sync state machine branches on `code`. */
export class CursorError extends AppleError {}
/** The org must accept new terms in Apple Business/School Manager; stop calling for this token. */
export class TermsNotSignedError extends AppleError {}
/** This token may not do this (403 ACCESS_DENIED); stop, alert. */
export class AccessDeniedError extends AppleError {}
/** /session refused our OAuth credentials twice: token expired, revoked, or clock skew. */
export class TokenRejectedError extends AppleError {}
/** The session could not be renewed into a working one (401/403 FORBIDDEN after a fresh session). */
export class SessionError extends AppleError {}
/** Profile validation failures from POST /profile (CONFIG_*, FLAGS_INVALID, …). */
export class ProfileInvalidError extends AppleError {}
/** Unknown profile UUID (GET /profile 400 NOT_FOUND, assign 404): re-define. */
export class ProfileNotFoundError extends AppleError {}
/** A request we built wrong (DEVICE_ID_REQUIRED, MALFORMED_REQUEST_BODY, USER_AGENT_*…): a bug, never retried. */
export class RequestError extends AppleError {}
/** 404 DEVICE_NOT_FOUND from replacement details. */
export class DeviceNotFoundError extends AppleError {}
/** ORG_NOT_SUPPORTED, APPLE_SEED_FOR_IT_TURNED_OFF: a feature off for this org. */
export class FeatureUnavailableError extends AppleError {}
/** 429/5xx/network after every retry was spent, or a Retry-After beyond our cap. */
export class UnavailableError extends AppleError {
  readonly retryAfterMs?: number;
  constructor(message: string, init: AppleErrorInit & { retryAfterMs?: number }) {
    super(message, init);
    this.retryAfterMs = init.retryAfterMs;
  }
}
/** A 200 whose body is not the JSON shape we expect. */
export class ResponseFormatError extends AppleError {}

const CURSOR_CODES = new Set(['EXHAUSTED_CURSOR', 'EXPIRED_CURSOR', 'INVALID_CURSOR', 'CURSOR_REQUIRED']);
const REQUEST_CODES = new Set([
  'MALFORMED_REQUEST_BODY',
  'USER_AGENT_MISSING',
  'USER_AGENT_INVALID',
  'DEVICE_ID_REQUIRED',
  'PROFILE_UUID_REQUIRED',
  'MDM_SERVICE_DISCOVERY_URL_REQUIRED',
  'MDM_SERVICE_DISCOVERY_URL_NOT_VALID',
]);
const PROFILE_ENDPOINT = /^[A-Z]+ \/profile(\/devices)?$/;
const PROFILE_CODES = /^(CONFIG_|DEPARTMENT_|FLAGS_INVALID|LOCALE_INVALID|MAGIC_INVALID|SUPPORT_)/;

/** Map a non-2xx answer (after session renewal and retries) to its typed error. */
export function errorFor(status: number, body: string, endpoint: string): AppleError {
  const code = findErrorCode(body);
  const init = { status, code: code ?? `HTTP_${status}`, body, endpoint };
  const where = `${endpoint}: HTTP ${status}${code ? ` ${code}` : ''}`;
  if (code && CURSOR_CODES.has(code)) return new CursorError(where, init);
  if (code === 'T_C_NOT_SIGNED') return new TermsNotSignedError(`${where}: accept the latest terms and conditions in Apple Business/School Manager`, init);
  if (code === 'ACCESS_DENIED')
    return new AccessDeniedError(`${where}: this server token may not do this; check the MDM server in Apple Business/School Manager`, init);
  if (code && REQUEST_CODES.has(code)) return new RequestError(where, init);
  if (code && PROFILE_CODES.test(code)) return new ProfileInvalidError(`${where}: Apple rejected the profile definition`, init);
  if (code === 'DEVICE_NOT_FOUND') return new DeviceNotFoundError(where, init);
  if (code === 'ORG_NOT_SUPPORTED' || code === 'APPLE_SEED_FOR_IT_TURNED_OFF') return new FeatureUnavailableError(where, init);
  // GET /profile answers 400 NOT_FOUND, assign a bare 404; not /account-driven-enrollment/profile (no URL set).
  if ((code === 'NOT_FOUND' || status === 404) && PROFILE_ENDPOINT.test(endpoint))
    return new ProfileNotFoundError(`${where}: unknown profile UUID; define the profile again`, init);
  if (status === 401 || code === 'FORBIDDEN' || code === 'UNAUTHORIZED') return new SessionError(where, init);
  if (status === 429 || status >= 500) return new UnavailableError(where, init);
  if (status === 403) return new AccessDeniedError(`${where}: refused; check the MDM server in Apple Business/School Manager`, init);
  if (status === 405) return new RequestError(`${where}: method not allowed`, init);
  return new AppleError(where, init);
}

/** Codes of a server token that /session refused (TokenRejectedError.code). */
export type TokenRefusal = 'TOKEN_EXPIRED' | 'TOKEN_REVOKED' | 'CLOCK_SKEW' | 'UNAUTHORIZED';

/** Apple checks oauth_timestamp against its clock within ±300 s (A.3). */
const CLOCK_WINDOW_MS = 300_000;

/**
 * Why /session answered 401 twice, from what the answer carries: an OAuth problem report when there is one
 * (`oauth_problem=token_expired|token_rejected|token_revoked|timestamp_refused`, A.3), else our clock against the
 * answer's Date header (outside Apple's window: clock skew; inside it, with a token not yet expired by its own date:
 * Apple no longer accepts it, i.e. revoked or replaced). UNAUTHORIZED when nothing tells.
 */
export function classifyTokenRefusal(body: string, dateHeader: string | undefined, nowMs: number): TokenRefusal {
  const problem = /oauth_problem=([a-z_]+)/.exec(body.slice(0, 4096))?.[1];
  if (problem === 'token_expired') return 'TOKEN_EXPIRED';
  if (problem === 'token_rejected' || problem === 'token_revoked') return 'TOKEN_REVOKED';
  if (problem === 'timestamp_refused') return 'CLOCK_SKEW';
  const apple = dateHeader ? Date.parse(dateHeader) : NaN;
  if (!Number.isFinite(apple)) return 'UNAUTHORIZED';
  return Math.abs(nowMs - apple) > CLOCK_WINDOW_MS ? 'CLOCK_SKEW' : 'TOKEN_REVOKED';
}
