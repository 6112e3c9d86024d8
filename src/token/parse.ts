// A.2: the server token file. Pure functions: S/MIME wrapper → CMS DER, decrypted MIME entity → ServerToken.
import type { ServerToken } from '../apple/types.ts';
import { decryptEnvelopedData } from '../cms/envelope.ts';

export type { ServerToken };

/** The token file or its decrypted content is not what Apple sends. `field` names the JSON field at fault, if any. */
export class TokenFormatError extends Error {
  readonly code = 'TOKEN_FORMAT_INVALID';
  constructor(
    message: string,
    readonly field?: keyof ServerToken,
  ) {
    super(message);
    this.name = 'TokenFormatError';
  }
}

const HEADER_LINE = /^[A-Za-z][A-Za-z0-9-]*:/; // a MIME field name, then a colon (never JSON's `{"key":`)
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function splitHeaderBlock(text: string): { headers: Map<string, string>; body: string } | undefined {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  if (!HEADER_LINE.test(firstLine)) return undefined;
  const m = /\r?\n\r?\n/.exec(text);
  const head = m ? text.slice(0, m.index) : text;
  const body = m ? text.slice(m.index + m[0].length) : '';
  const headers = new Map<string, string>();
  let last = '';
  for (const line of head.split(/\r?\n/)) {
    if (/^[ \t]/.test(line) && last) {
      headers.set(last, headers.get(last) + ' ' + line.trim());
      continue;
    }
    const i = line.indexOf(':');
    if (i <= 0) continue;
    last = line.slice(0, i).trim().toLowerCase();
    headers.set(last, line.slice(i + 1).trim());
  }
  return { headers, body };
}

/**
 * The downloaded `*_smime.p7m` → CMS DER. Accepts the S/MIME form Apple sends (MIME headers, CRLF or LF, base64 body),
 * bare base64, PEM (`-----BEGIN PKCS7-----` / `CMS`), or raw DER.
 */
export function unwrapSmime(input: string | Buffer): Buffer {
  if (Buffer.isBuffer(input) && input.length > 0 && input[0] === 0x30) return input;
  const text = (Buffer.isBuffer(input) ? input.toString('latin1') : input).replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new TokenFormatError('the token file is empty');

  let body: string;
  const pem = /-----BEGIN (PKCS7|CMS)-----([\s\S]*?)-----END \1-----/.exec(text);
  const mime = pem ? undefined : splitHeaderBlock(text);
  if (pem) {
    body = pem[2];
  } else if (mime) {
    const type = mime.headers.get('content-type');
    if (type && !/application\/(x-)?pkcs7-mime/i.test(type)) {
      throw new TokenFormatError(`not an S/MIME encrypted token: Content-Type is "${type.slice(0, 80)}", expected application/pkcs7-mime`);
    }
    const smimeType = type && /smime-type\s*=\s*"?([\w-]+)/i.exec(type)?.[1];
    if (smimeType && smimeType.toLowerCase() !== 'enveloped-data') {
      throw new TokenFormatError(`not an encrypted token: smime-type is ${smimeType}, expected enveloped-data`);
    }
    const cte = mime.headers.get('content-transfer-encoding');
    if (cte && cte.toLowerCase() !== 'base64') throw new TokenFormatError(`unsupported Content-Transfer-Encoding "${cte.slice(0, 40)}": expected base64`);
    body = mime.body;
  } else {
    body = text;
  }
  const b64 = body.replace(/\s+/g, '');
  if (!b64) throw new TokenFormatError('the token file has headers but no base64 body (truncated download?)');
  if (!BASE64.test(b64)) {
    throw new TokenFormatError(
      'the token file is neither S/MIME (MIME headers + base64), PEM, base64 nor DER: ' +
        'pass the *_smime.p7m file downloaded from Apple Business/School Manager',
    );
  }
  const der = Buffer.from(b64, 'base64');
  if (der.length < 2 || der[0] !== 0x30) throw new TokenFormatError('the base64 body of the token file does not decode to a CMS structure');
  return der;
}

const FIELDS: { name: keyof ServerToken; prefix?: string; what: string }[] = [
  { name: 'consumer_key', prefix: 'CK_', what: 'a string starting with "CK_"' },
  { name: 'consumer_secret', prefix: 'CS_', what: 'a string starting with "CS_"' },
  { name: 'access_token', prefix: 'AT_', what: 'a string starting with "AT_"' },
  { name: 'access_secret', prefix: 'AS_', what: 'a string starting with "AS_"' },
  { name: 'access_token_expiry', what: 'an ISO 8601 date-time such as "2026-01-17T11:02:21Z"' },
];

const ISO_8601 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/** Validate a token object; errors name the field but never echo a value (they are secrets). */
export function validateServerToken(v: unknown): ServerToken {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new TokenFormatError('the token is not a JSON object');
  const o = v as Record<string, unknown>;
  for (const f of FIELDS) {
    const x = o[f.name];
    if (x === undefined) throw new TokenFormatError(`the token has no "${f.name}" field`, f.name);
    if (typeof x !== 'string') throw new TokenFormatError(`token field "${f.name}" must be ${f.what}, got a ${x === null ? 'null' : typeof x}`, f.name);
    if (f.prefix) {
      if (!x.startsWith(f.prefix) || x.length === f.prefix.length || /[^\x21-\x7e]/.test(x)) {
        throw new TokenFormatError(`token field "${f.name}" must be ${f.what} and no spaces`, f.name);
      }
    } else if (!ISO_8601.test(x) || Number.isNaN(Date.parse(x))) {
      throw new TokenFormatError(`token field "${f.name}" must be ${f.what}, got "${x.slice(0, 40)}"`, f.name);
    }
  }
  return {
    consumer_key: o.consumer_key as string,
    consumer_secret: o.consumer_secret as string,
    access_token: o.access_token as string,
    access_secret: o.access_secret as string,
    access_token_expiry: o.access_token_expiry as string,
  };
}

const MESSAGE_MARKERS = ['-----BEGIN MESSAGE-----', '-----END MESSAGE-----'];

/**
 * The decrypted content → ServerToken. Strips the inner MIME header block, drops the BEGIN/END MESSAGE markers
 * and joins hard-wrapped JSON lines without separators (Apple's doc sample wraps at ~78 columns).
 */
export function parseTokenPlaintext(buf: Buffer | string): ServerToken {
  const text = (typeof buf === 'string' ? buf : buf.toString('utf8')).replace(/^\uFEFF/, '');
  const mime = splitHeaderBlock(text);
  const body = mime ? mime.body : text;
  let json = '';
  for (let line of body.split(/\r?\n/)) {
    for (const m of MESSAGE_MARKERS) if (line.trimStart().startsWith(m)) line = line.trimStart().slice(m.length);
    json += line.trim();
  }
  if (!json) throw new TokenFormatError('the decrypted token holds no JSON');
  let v: unknown;
  // The parser's message can quote the text, which holds secrets: say only that it is not JSON.
  try {
    v = JSON.parse(json);
  } catch {
    throw new TokenFormatError('the decrypted token is not valid JSON');
  }
  return validateServerToken(v);
}

/** The whole A.2 path: downloaded .p7m (text or bytes) + PEM private key → ServerToken. */
export function decryptServerToken(p7m: string | Buffer, keyPem: string): ServerToken {
  return parseTokenPlaintext(decryptEnvelopedData(unwrapSmime(p7m), keyPem));
}

const DAY_MS = 86_400_000;

/** Whole days left before `access_token_expiry` (negative once expired; 0 during the last day). */
export function tokenExpiryDays(token: Pick<ServerToken, 'access_token_expiry'>, now: Date = new Date()): number {
  return Math.floor((Date.parse(token.access_token_expiry) - now.getTime()) / DAY_MS);
}

export type TokenExpiryState = 'ok' | 'expiring' | 'expired';
export const EXPIRY_WARN_DAYS = 30;

export function tokenExpiryState(token: Pick<ServerToken, 'access_token_expiry'>, now: Date = new Date(), warnDays = EXPIRY_WARN_DAYS): TokenExpiryState {
  const ms = Date.parse(token.access_token_expiry) - now.getTime();
  if (ms <= 0) return 'expired';
  return ms <= warnDays * DAY_MS ? 'expiring' : 'ok';
}
