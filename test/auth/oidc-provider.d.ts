// oidc-provider 9 ships no types (DefinitelyTyped's lag behind): the little the tests use.
declare module 'oidc-provider' {
  import type http from 'node:http';
  export interface AccountClaims {
    sub: string;
    [claim: string]: unknown;
  }
  export interface Account {
    accountId: string;
    claims(): Promise<AccountClaims>;
  }
  export interface Configuration {
    clients?: Record<string, unknown>[];
    pkce?: { required?: () => boolean };
    findAccount?: (ctx: unknown, sub: string) => Promise<Account | undefined>;
    claims?: Record<string, string[]>;
    conformIdTokenClaims?: boolean;
    cookies?: { keys?: string[] };
    jwks?: { keys: Record<string, unknown>[] };
    ttl?: Record<string, number>;
    [key: string]: unknown;
  }
  export default class Provider {
    constructor(issuer: string, configuration?: Configuration);
    readonly issuer: string;
    callback(): http.RequestListener;
    on(event: string, listener: (...args: unknown[]) => void): this;
  }
}
