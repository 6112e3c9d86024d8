/**
 * Connection limits for one listener: Node's maxConnections (closed at accept) and a cap per remote peer, so a flood on
 * one listener cannot take the descriptors the other listener and the database need. The peer is the socket's own
 * address, never a forwarded header (behind a proxy every device shares the proxy's address); IPv6 peers are counted
 * per /64, the block one subscriber gets.
 */
import { isIPv6, type Server } from 'node:net';

export type ConnectionRefusal = 'max_connections' | 'per_peer';

export interface ConnectionLimits {
  max: number;
  perPeer: number;
  onRefused?: (reason: ConnectionRefusal) => void;
}

/** The key a peer is counted under: IPv4 (also IPv4-mapped IPv6) as is, other IPv6 by its first 64 bits. */
export function peerKey(address: string | undefined): string {
  if (!address) return '';
  if (!isIPv6(address)) return address;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1];
  const [head, tail] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail === undefined ? [] : tail ? tail.split(':') : [];
  const groups = tail === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill('0'), ...right];
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

export function limitConnections(server: Server, o: ConnectionLimits): void {
  server.maxConnections = o.max;
  server.on('drop', () => o.onRefused?.('max_connections'));
  const open = new Map<string, number>();
  server.on('connection', (socket) => {
    const key = peerKey(socket.remoteAddress);
    const n = (open.get(key) ?? 0) + 1;
    if (n > o.perPeer) {
      socket.destroy();
      o.onRefused?.('per_peer');
      return;
    }
    open.set(key, n);
    socket.once('close', () => {
      const left = open.get(key)! - 1;
      if (left > 0) open.set(key, left);
      else open.delete(key);
    });
  });
}
