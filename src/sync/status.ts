import {
  AccessDeniedError, TermsNotSignedError, TokenRejectedError, UnavailableError, SessionError,
} from '../apple/errors.ts';

export type TokenStatus = 'ok' | 't_c_not_signed' | 'access_denied' | 'unauthorized' | 'expired' | 'unavailable' | 'error';

/** How an error from Apple reads on the token's status line, with what the admin must do. */
export function tokenStatusFor(e: unknown): { status: TokenStatus; detail: string; severity: 'warn' | 'error' } | null {
  if (e instanceof TermsNotSignedError) return { status: 't_c_not_signed', severity: 'error', detail: 'T_C_NOT_SIGNED: an administrator must accept the new terms in Apple Business/School Manager; syncing resumes by itself afterwards' };
  if (e instanceof AccessDeniedError) return { status: 'access_denied', severity: 'error', detail: 'ACCESS_DENIED: this server token may not use the Device Assignment service; check the MDM server in Apple Business/School Manager' };
  if (e instanceof TokenRejectedError) {
    const expired = /expir/i.test(e.message);
    return { status: expired ? 'expired' : 'unauthorized', severity: 'error', detail: `${e.message}: download a new server token and run "adesync token import"` };
  }
  if (e instanceof SessionError) return { status: 'unauthorized', severity: 'error', detail: e.message };
  if (e instanceof UnavailableError) return { status: 'unavailable', severity: 'warn', detail: e.message };
  if (e instanceof Error) return { status: 'error', severity: 'error', detail: e.message };
  return null;
}
