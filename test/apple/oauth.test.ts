import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { test } from 'node:test';
import { freshNonce, oauthHeader, oauthSign } from '../../src/apple/oauth.ts';
import type { ServerToken } from '../../src/apple/types.ts';

// A.3 test vector: the expired real ABM token of the server-token fixture (petarov/apple-mdm-clients), values from the spec.
const TOKEN: ServerToken = {
  consumer_key: 'CK_75b2eb55cec9641e869a7d2c88b4bf1f7ffee504716571d191306385b8647ead9a4239ad6a2095ea0197feb46ce61399',
  consumer_secret: 'CS_810bb5ab05e53becb3bfbe40b3608a0c9039c457',
  access_token: 'AT_O8474885631Oe8ddece11c1a70077b340e281a2c4e2c4924a54cO1737111741803',
  access_secret: 'AS_97b944021a19633782a36c2a85038a46d6acaa06',
  access_token_expiry: '2026-01-17T11:02:21Z',
};
const URL_ = 'https://mdmenrollment.apple.com/session';
const FIXED = { timestamp: 1737111800, nonce: '0123456789abcdef0123456789abcdef' };

function params(header: string): Record<string, string> {
  assert.match(header, /^OAuth /);
  const out: Record<string, string> = {};
  for (const m of header.slice(6).matchAll(/([a-z_]+)="([^"]*)"/g)) out[m[1]] = m[2];
  return out;
}

test('A.3 vector: fixed timestamp and nonce give oauth_signature 3l6Z2nU85cxaqkbjYhhxgFt+bFo=', () => {
  const { signature, header } = oauthSign(TOKEN, URL_, FIXED);
  assert.equal(signature, '3l6Z2nU85cxaqkbjYhhxgFt+bFo=');
  assert.equal(oauthHeader(TOKEN, URL_, FIXED), header);
  const p = params(header);
  assert.equal(p.oauth_signature, '3l6Z2nU85cxaqkbjYhhxgFt%2BbFo%3D');
  assert.deepEqual(p, {
    realm: 'ADM',
    oauth_consumer_key: TOKEN.consumer_key,
    oauth_nonce: FIXED.nonce,
    oauth_signature: '3l6Z2nU85cxaqkbjYhhxgFt%2BbFo%3D',
    oauth_signature_method: 'HMAC-SHA1',
    oauth_timestamp: '1737111800',
    oauth_token: TOKEN.access_token,
    oauth_version: '1.0',
  });
});

test('A.3 vector recomputed independently from the spec base string and key', () => {
  const base =
    'GET&https%3A%2F%2Fmdmenrollment.apple.com%2Fsession&' +
    encodeURIComponent(
      `oauth_consumer_key=${TOKEN.consumer_key}&oauth_nonce=${FIXED.nonce}&oauth_signature_method=HMAC-SHA1` +
        `&oauth_timestamp=${FIXED.timestamp}&oauth_token=${TOKEN.access_token}&oauth_version=1.0`,
    );
  const sig = createHmac('sha1', `${TOKEN.consumer_secret}&${TOKEN.access_secret}`).update(base).digest('base64');
  assert.equal(sig, '3l6Z2nU85cxaqkbjYhhxgFt+bFo=');
});

test('the signature depends on URL, nonce, timestamp and both secrets', () => {
  const ref = oauthSign(TOKEN, URL_, FIXED).signature;
  assert.notEqual(oauthSign(TOKEN, 'http://127.0.0.1:1234/session', FIXED).signature, ref);
  assert.notEqual(oauthSign(TOKEN, URL_, { ...FIXED, nonce: 'x' }).signature, ref);
  assert.notEqual(oauthSign(TOKEN, URL_, { ...FIXED, timestamp: FIXED.timestamp + 1 }).signature, ref);
  assert.notEqual(oauthSign({ ...TOKEN, consumer_secret: 'CS_0' }, URL_, FIXED).signature, ref);
  assert.notEqual(oauthSign({ ...TOKEN, access_secret: 'AS_0' }, URL_, FIXED).signature, ref);
});

test('freshNonce: unix seconds and a distinct 32-hex nonce each time', () => {
  const a = freshNonce(1737111800_999),
    b = freshNonce(1737111800_999);
  assert.equal(a.timestamp, 1737111800);
  assert.match(a.nonce, /^[0-9a-f]{32}$/);
  assert.notEqual(a.nonce, b.nonce);
});
