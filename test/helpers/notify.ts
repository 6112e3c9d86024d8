import { after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { tempDir } from './tmp.ts';

// A stand-in for the service manager: an AF_UNIX/SOCK_DGRAM socket with SO_PASSCRED, printing each datagram as JSON.
// It closes any descriptor passed along (systemd-notify's BARRIER=1 waits for that close).
const LISTENER = `
import socket, sys, os, json, array, struct
s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
s.bind(sys.argv[1])
s.setsockopt(socket.SOL_SOCKET, socket.SO_PASSCRED, 1)
print(json.dumps({"listening": True}), flush=True)
while True:
    msg, anc, flags, addr = s.recvmsg(65536, socket.CMSG_SPACE(16 * 4) + socket.CMSG_SPACE(12))
    pid = None
    for level, typ, data in anc:
        if level == socket.SOL_SOCKET and typ == socket.SCM_RIGHTS:
            fds = array.array('i'); fds.frombytes(data[:len(data) - len(data) % 4])
            for fd in fds: os.close(fd)
        elif level == socket.SOL_SOCKET and typ == socket.SCM_CREDENTIALS:
            pid = struct.unpack('iII', data[:12])[0]
    print(json.dumps({"msg": msg.decode(), "pid": pid}), flush=True)
`;

export interface Datagram {
  msg: string;
  pid: number;
}

export async function startListener(): Promise<{ socket: string; next: () => Promise<Datagram>; proc: ChildProcessWithoutNullStreams }> {
  const socket = join(tempDir('adesync-notify-'), 'notify.sock');
  const proc = spawn('python3', ['-c', LISTENER, socket]);
  after(() => {
    proc.kill();
  });
  const queue: Datagram[] = [];
  const waiters: ((d: Datagram) => void)[] = [];
  const lines = createInterface({ input: proc.stdout });
  let ready!: () => void;
  const listening = new Promise<void>((r) => {
    ready = r;
  });
  lines.on('line', (l) => {
    const j = JSON.parse(l);
    if (j.listening) return ready();
    const w = waiters.shift();
    if (w) w(j);
    else queue.push(j);
  });
  proc.on('exit', (code) => {
    if (code) ready();
  });
  await listening;
  assert.equal(proc.exitCode, null, 'python3 listener did not start');
  return { socket, proc, next: () => (queue.length ? Promise.resolve(queue.shift()!) : new Promise((r) => waiters.push(r))) };
}

/** systemd-notify sends the payload, then BARRIER=1; skip barriers. */
export async function nextPayload(next: () => Promise<Datagram>): Promise<Datagram> {
  for (;;) {
    const d = await next();
    if (d.msg.trim() !== 'BARRIER=1') return d;
  }
}
