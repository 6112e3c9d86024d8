import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { TokenDecryptError } from '../../src/cms/envelope.ts';
import {
  decryptServerToken,
  parseTokenPlaintext,
  tokenExpiryDays,
  tokenExpiryState,
  TokenFormatError,
  unwrapSmime,
  type ServerToken,
} from '../../src/token/parse.ts';
import { fixture, tempDir } from '../helpers/tmp.ts';
import { encrypt, fakeToken, makeRecipient, tokenPlaintext } from './openssl.ts';

const realP7m = () => readFileSync(fixture('server-token/abm-server-token.p7m'));
const realKey = () => readFileSync(fixture('server-token/abm-server-token-key.pem'), 'utf8');

function assertRealToken(t: ServerToken) {
  assert.ok(t.consumer_key.startsWith('CK_75b2eb55'), 'consumer_key');
  assert.equal(t.consumer_key.length, 3 + 96);
  assert.match(t.consumer_secret, /^CS_[0-9a-f]{40}$/);
  assert.match(t.access_token, /^AT_O\d+O[0-9a-f]{40}O\d{13}$/);
  assert.match(t.access_secret, /^AS_[0-9a-f]{40}$/);
  assert.equal(t.access_token_expiry, '2026-01-17T11:02:21Z');
}

test('the real ABM token imports with its key', () => {
  assertRealToken(decryptServerToken(realP7m(), realKey()));
});

test('the real token also unwraps as CRLF text, bare base64, PEM and raw DER', () => {
  const text = realP7m().toString('latin1');
  assert.ok(!text.includes('\r'), 'fixture is LF');
  const der = unwrapSmime(text);
  const b64 = der.toString('base64');
  const forms: [string, string | Buffer][] = [
    ['CRLF', text.replace(/\n/g, '\r\n')],
    ['bare base64', b64.replace(/.{76}/g, '$&\n')],
    ['PEM', `-----BEGIN PKCS7-----\n${b64.replace(/.{64}/g, '$&\n')}\n-----END PKCS7-----\n`],
    ['DER', der],
  ];
  for (const [name, input] of forms) {
    assert.deepEqual(unwrapSmime(input), der, name);
    assertRealToken(decryptServerToken(input, realKey()));
  }
});

test('the real token with another key fails with the one decrypt error', () => {
  const other = makeRecipient(tempDir(), 'other');
  assert.throws(
    () => decryptServerToken(realP7m(), other.keyPem),
    (e) => e instanceof TokenDecryptError && e.reason === 'decrypt_failed',
  );
});

test('unwrapSmime refuses what is not an encrypted S/MIME token, saying why', () => {
  const cases: [string, string, RegExp][] = [
    ['empty', '  \n', /empty/],
    ['wrong type', 'Content-Type: text/plain\n\naGVsbG8=\n', /Content-Type is "text\/plain"/],
    ['signed, not enveloped', 'Content-Type: application/pkcs7-mime; smime-type=signed-data\n\nMIAG\n', /smime-type is signed-data/],
    ['quoted-printable', 'Content-Type: application/pkcs7-mime\nContent-Transfer-Encoding: quoted-printable\n\nMIAG\n', /Content-Transfer-Encoding/],
    ['headers, no body', 'Content-Type: application/pkcs7-mime; smime-type=enveloped-data\nContent-Transfer-Encoding: base64\n\n', /no base64 body/],
    ['not base64', 'Content-Type: application/pkcs7-mime\n\n%%% not base64 %%%\n', /neither S\/MIME/],
    ['base64 of text', Buffer.from('hello world').toString('base64'), /does not decode to a CMS/],
    ['JSON token already decrypted', '{"consumer_key":"CK_1"}', /neither S\/MIME/],
  ];
  for (const [name, input, re] of cases) {
    assert.throws(
      () => unwrapSmime(input),
      (e) => e instanceof TokenFormatError && re.test(e.message),
      name,
    );
  }
});

test('a truncated download fails clearly', () => {
  const text = realP7m().toString('latin1');
  const cut = text.slice(0, Math.floor(text.length * 0.6)).replace(/[A-Za-z0-9+/]*$/, '');
  assert.throws(
    () => decryptServerToken(cut, realKey()),
    (e) => e instanceof TokenDecryptError && e.reason === 'not_cms',
  );
});

const tok = fakeToken('2027-02-03T04:05:06Z');
const json = JSON.stringify(tok);
const wrapped = json.replace(/.{78}/g, '$&\n');

test('inner MIME variants all parse to the same token', () => {
  const variants: [string, string][] = [
    ['real shape: CRLF headers, LF body', tokenPlaintext(tok)],
    ['all LF', tokenPlaintext(tok).replace(/\r\n/g, '\n')],
    ['all CRLF', tokenPlaintext(tok).replace(/\r?\n/g, '\r\n')],
    ['no BEGIN/END (Apple doc sample), hard-wrapped at 78', `Content-Type: text/plain;charset=UTF-8\r\nContent-Transfer-Encoding: 7bit\r\n\r\n${wrapped}\r\n`],
    [
      'BEGIN/END and hard-wrapped JSON, CRLF',
      `Content-Type: text/plain\r\n\r\n-----BEGIN MESSAGE-----\r\n${wrapped.replace(/\n/g, '\r\n')}\r\n-----END MESSAGE-----\r\n`,
    ],
    ['no header block', `-----BEGIN MESSAGE-----\n${json}\n-----END MESSAGE-----\n`],
    ['bare JSON', json],
    ['BOM and trailing spaces', `\uFEFF-----BEGIN MESSAGE-----  \n${wrapped.replace(/\n/g, '  \n')}\n-----END MESSAGE-----\n\n`],
    ['folded header line', `Content-Type: text/plain;\r\n charset=UTF-8\r\n\r\n${json}`],
  ];
  for (const [name, text] of variants) {
    assert.deepEqual(parseTokenPlaintext(Buffer.from(text)), tok, name);
  }
});

test('openssl-encrypted variants of a token decrypt end to end', () => {
  const dir = tempDir();
  const r = makeRecipient(dir, 'r');
  for (const flags of [[], ['-aes128'], ['-aes256'], ['-des3'], ['-aes256', '-stream']]) {
    const p7m = encrypt(dir, 'smime', flags, tokenPlaintext(tok), [r.cert]);
    assert.deepEqual(decryptServerToken(p7m, r.keyPem), tok, flags.join(' ') || 'default');
  }
  const oaep = encrypt(dir, 'cms', ['-aes256', '-recip', r.cert, '-keyopt', 'rsa_padding_mode:oaep'], tokenPlaintext(tok), []);
  assert.deepEqual(decryptServerToken(oaep, r.keyPem), tok, 'oaep');
});

test('field errors name the field and never echo a secret', () => {
  const without = (k: keyof ServerToken) => {
    const o: Record<string, unknown> = { ...tok };
    delete o[k];
    return o;
  };
  const cases: [string, unknown, keyof ServerToken | undefined, RegExp][] = [
    ['missing consumer_key', without('consumer_key'), 'consumer_key', /no "consumer_key"/],
    ['missing expiry', without('access_token_expiry'), 'access_token_expiry', /no "access_token_expiry"/],
    [
      'consumer_secret wrong prefix',
      { ...tok, consumer_secret: 'XS_' + tok.consumer_secret.slice(3) },
      'consumer_secret',
      /"consumer_secret" must be a string starting with "CS_"/,
    ],
    ['access_token wrong prefix', { ...tok, access_token: tok.access_secret }, 'access_token', /"AT_"/],
    ['access_secret only prefix', { ...tok, access_secret: 'AS_' }, 'access_secret', /"AS_"/],
    ['access_secret with a space', { ...tok, access_secret: tok.access_secret + ' x' }, 'access_secret', /no spaces/],
    ['consumer_key a number', { ...tok, consumer_key: 12 }, 'consumer_key', /got a number/],
    ['expiry not ISO', { ...tok, access_token_expiry: '17/01/2026' }, 'access_token_expiry', /ISO 8601/],
    ['expiry impossible date', { ...tok, access_token_expiry: '2026-13-45T99:00:00Z' }, 'access_token_expiry', /ISO 8601/],
    ['an array', [tok], undefined, /not a JSON object/],
  ];
  for (const [name, obj, field, re] of cases) {
    const text = `-----BEGIN MESSAGE-----\n${JSON.stringify(obj)}\n-----END MESSAGE-----\n`;
    assert.throws(
      () => parseTokenPlaintext(Buffer.from(text)),
      (e) => {
        assert.ok(e instanceof TokenFormatError, name);
        assert.equal(e.field, field, name);
        assert.match(e.message, re, name);
        for (const s of [tok.consumer_secret, tok.access_secret, tok.access_token, tok.consumer_key])
          assert.ok(!e.message.includes(s.slice(3, 20)), `${name}: no secret in message`);
        return true;
      },
    );
  }
});

test('broken JSON is reported without quoting it (it holds secrets)', () => {
  const text = `-----BEGIN MESSAGE-----\n${json.slice(0, -5)}\n-----END MESSAGE-----\n`;
  assert.throws(
    () => parseTokenPlaintext(Buffer.from(text)),
    (e) => e instanceof TokenFormatError && e.message === 'the decrypted token is not valid JSON',
  );
  assert.throws(() => parseTokenPlaintext(Buffer.from('Content-Type: text/plain\n\n-----BEGIN MESSAGE-----\n-----END MESSAGE-----\n')), /holds no JSON/);
});

test('expiry: whole days left and the 30-day warning', () => {
  const t = { access_token_expiry: '2026-01-17T11:02:21Z' };
  const at = (s: string) => new Date(s);
  const table: [string, number, string][] = [
    ['2025-01-17T11:02:21Z', 365, 'ok'],
    ['2025-12-18T11:02:21Z', 30, 'expiring'],
    ['2025-12-18T11:02:20Z', 30, 'ok'], // 30 days and a second
    ['2026-01-17T00:00:00Z', 0, 'expiring'],
    ['2026-01-17T11:02:21Z', 0, 'expired'],
    ['2026-01-18T11:02:22Z', -2, 'expired'],
  ];
  for (const [now, days, state] of table) {
    assert.equal(tokenExpiryDays(t, at(now)), days, now);
    assert.equal(tokenExpiryState(t, at(now)), state, now);
  }
});
