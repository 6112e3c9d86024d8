/** The user an identity provider logged in (OIDC ID token claims), as bound to an enrollment. */
export interface AuthUser {
  /** The ID token's `iss`. */
  issuer: string;
  /** The ID token's `sub`: with `issuer`, the user's stable identity. */
  subject: string;
  email?: string;
  name?: string;
  groups: string[];
}
