import { test } from 'node:test';
import assert from 'node:assert/strict';
import { peerKey } from '../../src/enroll/connections.ts';

test('peerKey: IPv4 as is, IPv4-mapped IPv6 as IPv4, other IPv6 by its /64', () => {
  const cases: [string | undefined, string][] = [
    ['203.0.113.9', '203.0.113.9'],
    ['::ffff:203.0.113.9', '203.0.113.9'],
    ['::FFFF:127.0.0.1', '127.0.0.1'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:db8:1:2::99', '2001:db8:1:2::/64'],
    ['2001:0db8:0001:0002:aaaa::1', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['2001:db8:0:0:ffff::', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    [undefined, ''],
  ];
  for (const [address, key] of cases) assert.equal(peerKey(address), key, String(address));
  assert.equal(peerKey('2001:db8:1:2::1'), peerKey('2001:db8:1:2:ffff:ffff:ffff:ffff'), 'one /64, one peer');
  assert.notEqual(peerKey('2001:db8:1:2::1'), peerKey('2001:db8:1:3::1'));
});
