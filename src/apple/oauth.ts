// A.3: the OAuth 1.0a HMAC-SHA1 Authorization header of `GET /session`, signed with the `oauth-1.0a` package.
import { createHmac, randomBytes } from 'node:crypto';
import OAuth from 'oauth-1.0a';
import type { ServerToken } from './types.ts';

/** What makes one signature unique; fixed in tests (A.3 vector), fresh for every real request. */
export interface OAuthNonce {
  /** Unix seconds. Apple answers 401 when it is far from its own clock. */
  timestamp: number;
  /** Unique per timestamp; a reused nonce is refused with 401. */
  nonce: string;
}

export interface OAuthResult {
  /** The full `Authorization` header value: `OAuth realm="ADM", oauth_consumer_key="…", …`. */
  header: string;
  /** The raw base64 signature (before percent-encoding into the header). */
  signature: string;
}

function signer(token: ServerToken): OAuth {
  return new OAuth({
    consumer: { key: token.consumer_key, secret: token.consumer_secret },
    realm: 'ADM',
    signature_method: 'HMAC-SHA1',
    hash_function: (base, key) => createHmac('sha1', key).update(base).digest('base64'),
  });
}

/** A fresh timestamp + 128-bit random nonce. */
export function freshNonce(nowMs: number = Date.now()): OAuthNonce {
  return { timestamp: Math.floor(nowMs / 1000), nonce: randomBytes(16).toString('hex') };
}

/** Sign `GET <url>` (url = `${baseUrl}/session`). Pure: same inputs, same header. */
export function oauthSign(token: ServerToken, url: string, n: OAuthNonce): OAuthResult {
  const oauth = signer(token);
  // Built by hand rather than with oauth.authorize(), which draws its own nonce and clock.
  const data: OAuth.Data = {
    oauth_consumer_key: token.consumer_key,
    oauth_nonce: n.nonce,
    oauth_signature_method: 'HMAC-SHA1',
    oauth_timestamp: n.timestamp,
    oauth_token: token.access_token,
    oauth_version: '1.0',
  };
  const signature = oauth.getSignature({ url, method: 'GET' }, token.access_secret, data);
  const header = oauth.toHeader({ ...data, oauth_signature: signature }).Authorization;
  return { header, signature };
}

/** The `Authorization` header value for `GET /session`. */
export function oauthHeader(token: ServerToken, url: string, n: OAuthNonce): string {
  return oauthSign(token, url, n).header;
}
