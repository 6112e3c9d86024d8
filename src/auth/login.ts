/**
 * The user's login before enrollment, shared by the web view, OTA phase 1 and the PSSO AuthURL: one OIDC relying
 * party, one server-side session store, one callback on the enrollment host. A flow starts a login for its purpose
 * with the data it needs back; after the IdP's answer is checked, the flow's handler answers on the same host.
 */
import type http from 'node:http';
import type { EnrollmentOutcome } from '../enroll/server.ts';
import type { AuthUser } from './types.ts';

export type LoginPurpose = 'webview' | 'ota' | 'psso';

/** Finishes a flow after a checked login: answers `res` (a profile, a 308, a refusal page). */
export type LoginComplete = (
  req: http.IncomingMessage,
  res: http.ServerResponse,
  user: AuthUser,
  data: Record<string, unknown>,
  gone: AbortSignal,
) => Promise<EnrollmentOutcome | undefined>;

export interface LoginFlow {
  /** Stores a session {purpose, data} under a fresh state, sets the __Host- cookie and answers 302 to the IdP. */
  begin(req: http.IncomingMessage, res: http.ServerResponse, purpose: LoginPurpose, data: Record<string, unknown>): Promise<void>;
  /** What answers the callback for a purpose once the login is checked. */
  onComplete(purpose: LoginPurpose, handler: LoginComplete): void;
}
