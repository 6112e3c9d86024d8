import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { parseSecret, signature, webhookHeaders, WebhookSecretError } from '../../src/events/sign.ts';

test('signatures verify with the standardwebhooks package; a changed body, id or key does not', () => {
  const secret = `whsec_${randomBytes(32).toString('base64')}`;
  const key = parseSecret(secret + '\n');
  const body = JSON.stringify({ specversion: '1.0', id: 'evt_1', data: { serial_number: 'S1', note: 'ünïcode' } });
  const headers = webhookHeaders(key, 'evt_1', body);
  assert.equal(headers['webhook-id'], 'evt_1');
  assert.match(headers['webhook-signature'], /^v1,[A-Za-z0-9+/]+=*$/);
  const wh = new Webhook(secret);
  assert.deepEqual(wh.verify(body, headers), JSON.parse(body));
  // the package's own signature is ours, byte for byte
  assert.equal(wh.sign('evt_1', new Date(Number(headers['webhook-timestamp']) * 1000), body), headers['webhook-signature']);
  assert.throws(() => wh.verify(body.replace('S1', 'S2'), headers));
  assert.throws(() => wh.verify(body, { ...headers, 'webhook-id': 'evt_2' }));
  assert.throws(() => new Webhook(`whsec_${randomBytes(32).toString('base64')}`).verify(body, headers));
  // a stale timestamp is refused by receivers: each attempt signs with its own time
  const old = webhookHeaders(key, 'evt_1', body, Date.now() - 3_600_000);
  assert.throws(() => wh.verify(body, old));
  assert.equal(signature(key, 'a', 1, 'b'), signature(key, 'a', 1, 'b'));
});

test('secrets: whsec_ + base64 of 24–64 bytes; errors never quote the file', () => {
  const bad = [
    '',
    'hunter2-very-secret-value',
    `whsec_${randomBytes(8).toString('base64')}`,
    `whsec_${randomBytes(80).toString('base64')}`,
    'whsec_not base64!',
  ];
  for (const s of bad) {
    assert.throws(
      () => parseSecret(s),
      (e: unknown) => e instanceof WebhookSecretError && (!s || !(e as Error).message.includes(s.slice(6, 20) || s)),
      JSON.stringify(s),
    );
  }
  assert.equal(parseSecret(`whsec_${Buffer.alloc(32, 7).toString('base64')}`).length, 32);
});
