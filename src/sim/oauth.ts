// A.3 server side: parse the OAuth Authorization header of `GET /session` and check it. Pure functions; the caller
// owns the nonce memory and the clock.
import { createHmac, timingSafeEqual } from 'node:crypto';
import OAuth from 'oauth-1.0a';
import type { ServerToken } from '../apple/types.ts';

export type OAuthParams = Record<string, string>;

const REQUIRED = ['oauth_consumer_key', 'oauth_token', 'oauth_signature_method', 'oauth_signature', 'oauth_timestamp', 'oauth_nonce'] as const;
const KNOWN = new Set([...REQUIRED, 'oauth_version', 'realm']);

/** Why a /session request was refused: 400 = malformed OAuth (A.3 table), 401 = credentials. */
export interface OAuthFailure {
  status: 400 | 401;
  reason: string;
}

/** Parse `OAuth realm="ADM", oauth_consumer_key="…", …`. Duplicate, unknown or missing parameters are a 400. */
export function parseOAuthHeader(header: string | undefined): OAuthParams | OAuthFailure {
  if (!header) return { status: 401, reason: 'no Authorization header' };
  const m = /^\s*OAuth\s+(.*)$/is.exec(header);
  if (!m) return { status: 400, reason: 'Authorization scheme is not OAuth' };
  const out: OAuthParams = {};
  const re = /\s*([A-Za-z_]+)\s*=\s*"([^"]*)"\s*(,|$)/y;
  const rest = m[1];
  let pos = 0;
  while (pos < rest.length) {
    re.lastIndex = pos;
    const p = re.exec(rest);
    if (!p) return { status: 400, reason: 'unparseable OAuth parameters' };
    const key = p[1];
    let value: string;
    try {
      value = decodeURIComponent(p[2]);
    } catch {
      return { status: 400, reason: `bad percent-encoding in ${key}` };
    }
    if (!KNOWN.has(key)) return { status: 400, reason: `unsupported OAuth parameter ${key}` };
    if (key in out) return { status: 400, reason: `duplicated OAuth parameter ${key}` };
    out[key] = value;
    pos = re.lastIndex;
  }
  for (const k of REQUIRED) if (!(k in out)) return { status: 400, reason: `missing OAuth parameter ${k}` };
  if (out.oauth_signature_method !== 'HMAC-SHA1') return { status: 400, reason: 'unsupported signature method' };
  if (out.oauth_version !== undefined && out.oauth_version !== '1.0') return { status: 400, reason: 'unsupported oauth_version' };
  if (!/^\d{1,12}$/.test(out.oauth_timestamp)) return { status: 400, reason: 'bad oauth_timestamp' };
  return out;
}

export function isFailure(x: OAuthParams | OAuthFailure): x is OAuthFailure {
  return typeof (x as OAuthFailure).status === 'number';
}

/** RFC 5849 §3.4.1 signature over `GET <baseUrl>` with the token's secrets (realm and oauth_signature excluded). */
export function computeSignature(token: ServerToken, baseUrl: string, p: OAuthParams): string {
  const oauth = new OAuth({
    consumer: { key: token.consumer_key, secret: token.consumer_secret },
    signature_method: 'HMAC-SHA1',
    hash_function: (base, key) => createHmac('sha1', key).update(base).digest('base64'),
  });
  const data: Record<string, string> = {};
  for (const [k, v] of Object.entries(p)) if (k !== 'realm' && k !== 'oauth_signature') data[k] = v;
  return oauth.getSignature({ url: baseUrl, method: 'GET' }, token.access_secret, data as unknown as OAuth.Data);
}

function sameString(a: string, b: string): boolean {
  const x = Buffer.from(a),
    y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export interface VerifyInput {
  params: OAuthParams;
  token: ServerToken;
  /** Base URLs the signature may have been computed over (the sim's own URL first). */
  baseUrls: string[];
  nowMs: number;
  windowSeconds?: number;
  /** Returns true when this nonce was already seen for this consumer key (and records it otherwise). */
  seenNonce: (consumerKey: string, nonce: string, timestamp: number) => boolean;
}

/** Check one signed request: token expiry, clock window, signature, nonce. Returns a failure or undefined when fine. */
export function verifyOAuth(v: VerifyInput): OAuthFailure | undefined {
  const { params: p, token } = v;
  if (p.oauth_token !== token.access_token) return { status: 401, reason: 'unknown access token' };
  const expiry = Date.parse(token.access_token_expiry);
  if (!Number.isFinite(expiry) || v.nowMs >= expiry) return { status: 401, reason: 'access token expired' };
  const ts = Number(p.oauth_timestamp);
  if (Math.abs(ts - v.nowMs / 1000) > (v.windowSeconds ?? 300)) return { status: 401, reason: 'timestamp outside the clock window' };
  if (!v.baseUrls.some((u) => sameString(computeSignature(token, u, p), p.oauth_signature))) return { status: 401, reason: 'invalid signature' };
  // Record the nonce only for a valid signature, so a forger cannot burn a client's nonces.
  if (v.seenNonce(token.consumer_key, p.oauth_nonce, ts)) return { status: 401, reason: 'nonce reused' };
  return undefined;
}
