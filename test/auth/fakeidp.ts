/**
 * A minimal OpenID Provider for the tests a real one cannot serve: ID tokens forged with jose (wrong nonce, audience,
 * issuer, expiry), a provider that is down, a client secret to receive. It does what the RP relies on for real: code
 * bound to its PKCE challenge (checked at the token endpoint), iss on the authorization response, signed ID tokens with
 * a published key. The happy path runs against oidc-provider (harness.ts); this one is plain http on loopback.
 */
import { createHash, randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import type { CryptoKey } from 'openid-client';

export interface FakeIdp {
  issuer: string;
  /** Claims of the next ID tokens (sub, email, groups …). */
  claims: Record<string, unknown>;
  /** Rewrites the ID token's claims before signing (forgeries). */
  forge?: (claims: Record<string, unknown>) => Record<string, unknown>;
  /** Sign ID tokens with this key instead of the published one. */
  signingKey?: CryptoKey;
  /** Answer the authorization with this error instead of a code. */
  deny?: { error: string; error_description?: string };
  /** Bodies the token endpoint received (form fields). */
  tokenRequests: Record<string, string>[];
  /** How long the token endpoint took for each request, ms (bench/login.ts subtracts it: IdP excluded). */
  tokenMs: number[];
  close(): Promise<void>;
}

export async function startFakeIdp(o: { clientId: string; port?: number }): Promise<FakeIdp> {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  const codes = new Map<string, { nonce?: string; challenge: string; redirectUri: string }>();
  const server = http.createServer();
  await new Promise<void>((r) => server.listen(o.port ?? 0, '127.0.0.1', r));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const idp: FakeIdp = {
    issuer,
    claims: { sub: 'carol', email: 'carol@example.test', email_verified: true, name: 'Carol Example', groups: ['staff'] },
    tokenRequests: [],
    tokenMs: [],
    close: () =>
      new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
  const json = (res: http.ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
    res.end(JSON.stringify(body));
  };
  server.on('request', (req, res) => {
    const url = new URL(req.url ?? '/', issuer);
    if (url.pathname === '/.well-known/openid-configuration')
      return json(res, 200, {
        issuer,
        authorization_endpoint: `${issuer}/authorize`,
        token_endpoint: `${issuer}/token`,
        jwks_uri: `${issuer}/jwks`,
        response_types_supported: ['code'],
        subject_types_supported: ['public'],
        id_token_signing_alg_values_supported: ['RS256'],
        code_challenge_methods_supported: ['S256'],
        token_endpoint_auth_methods_supported: ['none', 'client_secret_post'],
        authorization_response_iss_parameter_supported: true,
      });
    if (url.pathname === '/jwks') return json(res, 200, { keys: [jwk] });
    if (url.pathname === '/authorize') {
      const q = url.searchParams;
      const back = new URL(q.get('redirect_uri')!);
      back.searchParams.set('state', q.get('state') ?? '');
      back.searchParams.set('iss', issuer);
      if (idp.deny) {
        back.searchParams.set('error', idp.deny.error);
        if (idp.deny.error_description) back.searchParams.set('error_description', idp.deny.error_description);
      } else {
        const code = randomBytes(16).toString('base64url');
        codes.set(code, { nonce: q.get('nonce') ?? undefined, challenge: q.get('code_challenge') ?? '', redirectUri: back.origin + back.pathname });
        back.searchParams.set('code', code);
      }
      res.writeHead(302, { Location: back.href });
      return res.end();
    }
    if (url.pathname === '/token' && req.method === 'POST') {
      const t0 = performance.now();
      res.once('finish', () => idp.tokenMs.push(performance.now() - t0));
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', async () => {
        const form = Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString()));
        idp.tokenRequests.push(form);
        const grant = codes.get(form.code);
        codes.delete(form.code);
        const verifier = createHash('sha256')
          .update(form.code_verifier ?? '')
          .digest('base64url');
        if (!grant || grant.challenge !== verifier || grant.redirectUri !== form.redirect_uri) return json(res, 400, { error: 'invalid_grant' });
        const now = Math.floor(Date.now() / 1000);
        let claims: Record<string, unknown> = { iss: issuer, aud: o.clientId, iat: now, exp: now + 300, nonce: grant.nonce, ...idp.claims };
        if (idp.forge) claims = idp.forge(claims);
        const idToken = await new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: 'k1' }).sign(idp.signingKey ?? privateKey);
        json(res, 200, { access_token: randomBytes(16).toString('base64url'), token_type: 'Bearer', expires_in: 300, id_token: idToken });
      });
      return;
    }
    json(res, 404, { error: 'not_found' });
  });
  return idp;
}
