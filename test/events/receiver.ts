// A real webhook receiver on loopback for tests: verifies every request with the standardwebhooks package, records
// what it accepted, and answers as the test says (a status, a delay, or holding the request until released).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { after } from 'node:test';
import { Webhook } from 'standardwebhooks';

export interface Received {
  id: string;
  timestamp: number;
  body: string;
  event: { id: string; type: string; subject?: string; source: string; time: string; specversion: string; data: Record<string, unknown> };
  n: number;
}
export type Answer = number | 'hold' | { delayMs: number; status?: number };

export interface Receiver {
  url: string;
  port: number;
  secret: string;
  /** Every verified request, in arrival order (duplicates included). */
  received: Received[];
  /** Requests that failed verification. */
  rejected: string[];
  /** Requests being answered now (held or delayed), and the most ever at once. */
  open: number;
  maxOpen: number;
  answer: (r: Received) => Answer;
  release(status?: number): void;
  close(): Promise<void>;
  /** Listen again on the same port after close(). */
  reopen(): Promise<void>;
}

export const newSecret = () => `whsec_${randomBytes(32).toString('base64')}`;

export async function startReceiver(opts: { secret?: string; port?: number } = {}): Promise<Receiver> {
  const secret = opts.secret ?? newSecret();
  const wh = new Webhook(secret);
  const held: http.ServerResponse[] = [];
  let server: http.Server;
  const r: Receiver = {
    url: '',
    port: 0,
    secret,
    received: [],
    rejected: [],
    open: 0,
    maxOpen: 0,
    answer: () => 200,
    release(status = 200) {
      for (const res of held.splice(0)) if (!res.destroyed) res.writeHead(status).end();
    },
    close: () =>
      new Promise<void>((done) => {
        r.release(503);
        server.closeAllConnections();
        server.close(() => done());
      }),
    reopen: () => listen(r.port),
  };
  const handle = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const headers = Object.fromEntries(['webhook-id', 'webhook-timestamp', 'webhook-signature'].map((h) => [h, String(req.headers[h] ?? '')]));
      let event: Received['event'];
      try {
        event = wh.verify(body, headers) as Received['event'];
      } catch (e) {
        r.rejected.push(`${(e as Error).message}: ${JSON.stringify(headers)}`);
        res.writeHead(401).end();
        return;
      }
      const got: Received = { id: headers['webhook-id'], timestamp: Number(headers['webhook-timestamp']), body, event, n: r.received.length };
      r.received.push(got);
      const a = r.answer(got);
      r.open++;
      r.maxOpen = Math.max(r.maxOpen, r.open);
      res.on('close', () => {
        r.open--;
      });
      if (a === 'hold') held.push(res);
      else if (typeof a === 'number') res.writeHead(a).end('ok');
      else
        setTimeout(() => {
          if (!res.destroyed) res.writeHead(a.status ?? 200).end('ok');
        }, a.delayMs);
    });
  };
  const listen = (port: number) =>
    new Promise<void>((done, fail) => {
      server = http.createServer({ keepAliveTimeout: 60_000 }, handle);
      server.once('error', fail);
      server.listen(port, '127.0.0.1', () => {
        r.port = (server.address() as AddressInfo).port;
        r.url = `http://127.0.0.1:${r.port}/hooks/adesync`;
        done();
      });
    });
  await listen(opts.port ?? 0);
  after(() => (server.listening ? r.close() : undefined));
  return r;
}

/** Distinct ids, and for each id whether every copy carried the same body (duplicates only ever with the same id and body). */
export function byId(received: Received[]): Map<string, Received> {
  const m = new Map<string, Received>();
  for (const x of received) {
    const prev = m.get(x.id);
    if (prev && prev.body !== x.body) throw new Error(`event ${x.id} arrived twice with different bodies`);
    if (!prev) m.set(x.id, x);
  }
  return m;
}
