/**
 * Standard Webhooks signatures (standardwebhooks.com): HMAC-SHA256 over "id.timestamp.body" with the secret's bytes,
 * sent as `webhook-signature: v1,<base64>` beside `webhook-id` and `webhook-timestamp` (seconds).
 */
import { createHmac } from 'node:crypto';

const PREFIX = 'whsec_';

/** A secret file's text was not a Standard Webhooks secret. The message never quotes the text. */
export class WebhookSecretError extends Error {
  readonly code = 'WEBHOOK_SECRET_INVALID';
}

/** "whsec_<base64>" → the key bytes (the base64 part decoded), 24 to 64 bytes as the convention asks. */
export function parseSecret(text: string): Buffer {
  const t = text.trim();
  if (!t.startsWith(PREFIX)) throw new WebhookSecretError('the secret must start with "whsec_" followed by base64 (e.g. whsec_$(openssl rand -base64 32))');
  const b64 = t.slice(PREFIX.length);
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(b64)) throw new WebhookSecretError('the part after "whsec_" is not base64');
  const key = Buffer.from(b64, 'base64');
  if (key.length < 24 || key.length > 64) throw new WebhookSecretError(`the secret decodes to ${key.length} bytes: use 24 to 64 (openssl rand -base64 32)`);
  return key;
}

export function signature(key: Buffer, id: string, timestamp: number, body: string): string {
  return 'v1,' + createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64');
}

/** The headers of one delivery attempt: the id is the event's (stable across attempts), the timestamp the attempt's. */
export function webhookHeaders(key: Buffer, id: string, body: string, now = Date.now()): Record<string, string> {
  const ts = Math.floor(now / 1000);
  return {
    'content-type': 'application/json',
    'webhook-id': id,
    'webhook-timestamp': String(ts),
    'webhook-signature': signature(key, id, ts, body),
  };
}
