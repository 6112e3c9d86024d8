import { AccessDeniedError, AppleError, TokenRejectedError, UnavailableError } from '../apple/errors.ts';

export type TokenStatus = 'ok' | 't_c_not_signed' | 'access_denied' | 'unauthorized' | 'expired' | 'revoked' | 'clock_skew' | 'unavailable' | 'error';

type Reading = { status: TokenStatus; severity: 'warn' | 'error'; detail: (e: AppleError) => string };
const renew = (e: AppleError) => `${e.message}`;

/**
 * How each code reads on the token's status line, with what the admin must do. Derived from the error's CODE (Apple's,
 * or the client's for a refused /session: src/apple/errors.ts classifyTokenRefusal), never from its message.
 */
const BY_CODE: Record<string, Reading> = {
  T_C_NOT_SIGNED: {
    status: 't_c_not_signed',
    severity: 'error',
    detail: () => 'T_C_NOT_SIGNED: an administrator must accept the new terms in Apple Business/School Manager; syncing resumes by itself afterwards',
  },
  ACCESS_DENIED: {
    status: 'access_denied',
    severity: 'error',
    detail: () => 'ACCESS_DENIED: this server token may not use the Device Assignment service; check the MDM server in Apple Business/School Manager',
  },
  TOKEN_EXPIRED: { status: 'expired', severity: 'error', detail: renew },
  TOKEN_REVOKED: { status: 'revoked', severity: 'error', detail: renew },
  CLOCK_SKEW: { status: 'clock_skew', severity: 'error', detail: renew },
};

/** Codes of a refused session after renewal (401/403 FORBIDDEN): the credentials, not the service. */
const SESSION_CODES = new Set(['UNAUTHORIZED', 'FORBIDDEN']);

/** How an error from Apple reads on the token's status line; null for errors that say nothing about the token. */
export function tokenStatusFor(e: unknown): { status: TokenStatus; detail: string; severity: 'warn' | 'error' } | null {
  if (!(e instanceof Error)) return null;
  const code = (e as { code?: unknown }).code;
  if (code === 'LEASE_LOST' || code === 'SYNC_RUNNING') return null; // another process's sync: nothing about the token
  if (!(e instanceof AppleError)) return { status: 'error', severity: 'error', detail: e.message };
  const r = BY_CODE[e.code];
  if (r) return { status: r.status, severity: r.severity, detail: r.detail(e) };
  if (e instanceof UnavailableError) return { status: 'unavailable', severity: 'warn', detail: e.message };
  if (e instanceof AccessDeniedError) return { ...BY_CODE.ACCESS_DENIED, detail: e.message };
  if (SESSION_CODES.has(e.code) || e instanceof TokenRejectedError) {
    return {
      status: 'unauthorized',
      severity: 'error',
      detail: `${e.message}${e instanceof TokenRejectedError ? '' : ': download a new server token and run "adesync token import"'}`,
    };
  }
  return { status: 'error', severity: 'error', detail: e.message };
}
