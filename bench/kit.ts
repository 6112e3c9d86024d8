// What the enrollment benchmarks share: a throw-away PKI made with openssl (a device CA and a profile signer, each under
// its own root) and a load generator of raw keep-alive sockets that takes as little of the shared cores as possible.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import net from 'node:net';
import { join } from 'node:path';

export const openssl = (args: string[], input?: Buffer | string): Buffer => execFileSync('openssl', args, { input, stdio: ['pipe', 'pipe', 'pipe'] });

/**
 * In `dir`: roots `root` (device) and `sroot` (signing), the device CA `dca` and the profile signer `signer`; `p(name)`
 * is a file's path, `root`/`issue` make more (PEM + key beside it; `ext` is 'ca.ext' or 'leaf.ext').
 */
export function benchPki(dir: string) {
  const p = (n: string) => join(dir, n);
  writeFileSync(p('ca.ext'), 'basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\n');
  writeFileSync(p('leaf.ext'), 'basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\n');
  const root = (n: string, subj: string) =>
    openssl([
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      p(`${n}.key`),
      '-out',
      p(`${n}.pem`),
      '-days',
      '3650',
      '-subj',
      subj,
      '-addext',
      'basicConstraints=critical,CA:TRUE',
    ]);
  const issue = (n: string, subj: string, ca: string, ext: 'ca.ext' | 'leaf.ext', key = 'rsa:2048') => {
    openssl(['req', '-new', '-newkey', key, '-nodes', '-keyout', p(`${n}.key`), '-out', p(`${n}.csr`), '-subj', subj]);
    openssl([
      'x509',
      '-req',
      '-in',
      p(`${n}.csr`),
      '-CA',
      p(`${ca}.pem`),
      '-CAkey',
      p(`${ca}.key`),
      '-CAcreateserial',
      '-out',
      p(`${n}.pem`),
      '-days',
      '365',
      '-extfile',
      p(ext),
    ]);
  };
  root('root', '/CN=Bench Root');
  issue('dca', '/CN=Bench iPhone Device CA', 'root', 'ca.ext');
  root('sroot', '/CN=Bench Signing Root');
  issue('signer', '/CN=Bench Profile Signer', 'sroot', 'leaf.ext');
  return { p, root, issue };
}

/** One keep-alive connection: a pre-built request out, its answer's status back (the body read to its Content-Length). */
export class RawClient {
  private buf: Buffer = Buffer.alloc(0);
  private waiting?: { resolve(status: number): void; reject(e: Error): void };
  private constructor(private readonly sock: net.Socket) {
    sock.setNoDelay(true);
    sock.on('data', (d: Buffer) => {
      this.buf = this.buf.length ? Buffer.concat([this.buf, d]) : d;
      this.parse();
    });
    sock.on('error', (e) => this.waiting?.reject(e));
    sock.on('close', () => this.waiting?.reject(new Error('connection closed')));
  }
  static connect(port: number): Promise<RawClient> {
    return new Promise((resolve, reject) => {
      const s = net.connect(port, '127.0.0.1', () => resolve(new RawClient(s)));
      s.once('error', reject);
    });
  }
  private parse(): void {
    const end = this.buf.indexOf('\r\n\r\n');
    if (end < 0 || !this.waiting) return;
    const head = this.buf.toString('latin1', 0, end);
    const len = Number(/\r\ncontent-length: *(\d+)/i.exec(head)?.[1] ?? 0);
    if (this.buf.length < end + 4 + len) return;
    this.buf = this.buf.subarray(end + 4 + len);
    const w = this.waiting;
    this.waiting = undefined;
    w.resolve(Number(head.slice(9, 12)));
  }
  send(request: Buffer): Promise<number> {
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
      this.sock.write(request);
    });
  }
  close(): void {
    this.sock.destroy();
  }
}

/** A device's POST as pre-built bytes. */
export const postRequest = (path: string, body: Buffer) =>
  Buffer.concat([
    Buffer.from(`POST ${path} HTTP/1.1\r\nHost: bench\r\nContent-Type: application/pkcs7-signature\r\nContent-Length: ${body.length}\r\n\r\n`, 'latin1'),
    body,
  ]);
