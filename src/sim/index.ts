// The Apple Device Assignment simulator: a stand-in for https://mdmenrollment.apple.com (protocol reference A.12),
// used by tests, the demo and admins trying adesync. Start it with startSim(); drive it with the returned control
// (or over HTTP under /_control/*, see control.ts).
//
// Choices where Apple's behaviour is undocumented (each is tested in test/sim):
// - /session accepts a signature whose base URL is the sim's own (`http://<Host header>/session`, what a client pointed
//   at the sim signs) or Apple's `https://mdmenrollment.apple.com/session`. Bad OAuth syntax → 400 BAD_REQUEST; bad
//   key/token/signature/nonce/clock (±300 s of the sim clock)/expired token → 401 UNAUTHORIZED.
// - Missing X-Server-Protocol-Version means 1. Replacement details need ≥ 10 (else 404 DEVICE_NOT_FOUND).
// - Check order: 405 → session (401 missing/expired, 403 unknown) → User-Agent (not /account) → body.
// - Devices present at start have no events (the first fetch delivers them); later changes are events.
// - moveDevice keeps the profile state on the new server ('added' carries it) unless clearProfile.
// - More than 1000 serials in one call → 400 MALFORMED_REQUEST_BODY.
// - rotate_session: the old session stays valid for 30 s (sim clock), then answers 401.
// - Empty sync pages still return a fresh cursor (new creation time), like Apple's empty sync capture.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Device, Profile, ServerToken } from '../apple/types.ts';
import { silentLogger } from '../log.ts';
import { handleControl } from './control.ts';
import { SimTransport } from './http.ts';
import { SimState } from './state.ts';
import { type Fault, type RunningSim, type SimControl, type SimOptions, validateFault } from './types.ts';

export type { Fault, RunningSim, SimControl, SimOptions, SimServerSpec } from './types.ts';
export { issueTokenP7m } from './token.ts';

/** Build the state + control without a listener (benchmarks, unit tests). */
export function createSim(opts: SimOptions = {}): { state: SimState; transport: SimTransport; control: SimControl } {
  const logger = opts.logger ?? silentLogger;
  const state = new SimState({ maxLimit: opts.maxLimit ?? 1000, startTime: opts.startTime });
  if (!(state.maxLimit >= 1)) throw new Error('maxLimit must be ≥ 1');
  const specs = opts.servers ?? [{ name: 'sim', devices: opts.devices, seed: opts.seed }];
  if (specs.length === 0) throw new Error('at least one server is needed');
  specs.forEach((spec, i) => {
    const s = state.addServer(spec.name, spec.seed ?? opts.seed ?? 1 + i, spec.token);
    const n = spec.devices ?? opts.devices ?? 0;
    if (!Number.isInteger(n) || n < 0) throw new Error(`devices for ${spec.name} must be a non-negative integer`);
    state.seed(s, n);
  });
  const transport = new SimTransport(state, { sessionTtlSeconds: opts.sessionTtlSeconds ?? 600, quotedErrors: opts.quotedErrors ?? false, logger });

  const control: SimControl = {
    addDevices(server: string, devices: number | Partial<Device>[]): Device[] {
      const s = state.server(server);
      return state.addDevices(s, devices).map((slot) => state.render(slot, 10));
    },
    modifyDevice: (server, serial, changes) => state.modifyDevice(state.server(server), serial, changes),
    removeDevice: (server, serial) => state.removeDevice(state.server(server), serial),
    moveDevice: (from, to, serial, o) => state.moveDevice(state.server(from), state.server(to), serial, o?.clearProfile ?? false),
    activateDevice: (server, serial) => {
      state.activateDevice(state.server(server), serial);
    },
    devices: (server) => state.currentDevices(state.server(server), 10),
    profiles: (server): Profile[] => [...state.server(server).profiles.values()].map((pi) => state.profiles[pi].profile),
    advanceClock: (ms) => state.advanceClock(ms),
    now: () => state.nowMs(),
    injectFault: (f: Fault) => transport.addFault(validateFault(f)),
    clearFaults: () => {
      transport.faults = [];
    },
    requestCounts: () => ({ ...transport.counts }),
    resetCounts: () => {
      transport.counts = {};
    },
  };
  return { state, transport, control };
}

export async function startSim(opts: SimOptions = {}): Promise<RunningSim> {
  const logger = opts.logger ?? silentLogger;
  const { state, transport, control } = createSim(opts);
  let url = '';
  const ctx = {
    control,
    get url() {
      return url;
    },
    servers: () => state.servers.map((s) => ({ name: s.name, server_uuid: s.uuid, devices: state.memberCount(s), events: s.events.len })),
    faults: () => transport.faults.filter((a) => a.remaining > 0).map((a) => ({ ...a.fault, remaining: a.remaining })),
  };
  const server: Server = createServer((req, res) => {
    void (async () => {
      const u = new URL(req.url ?? '/', 'http://sim');
      const body = await SimTransport.readBody(req);
      if (body === undefined) {
        res.writeHead(413, { 'Content-Type': 'text/plain;charset=UTF8' });
        res.end('MALFORMED_REQUEST_BODY');
        return;
      }
      if (u.pathname.startsWith('/_control/')) return handleControl(ctx, req, res, u.pathname, u.searchParams, body);
      await transport.handle(req, res, u.pathname, u.searchParams, body);
      logger.debug('sim request', { method: req.method, path: u.pathname, status: res.statusCode });
    })().catch((e) => {
      logger.error('sim request failed', { err: e });
      if (!res.headersSent) {
        res.writeHead(500, { 'Content-Type': 'text/plain;charset=UTF8' });
        res.end('INTERNAL_SERVER_ERROR');
      } else res.destroy();
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const addr = server.address() as AddressInfo;
  const host = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
  url = `http://${host}:${addr.port}`;
  const tokens: Record<string, ServerToken> = {};
  for (const s of state.servers) tokens[s.name] = s.token;
  return {
    url,
    tokens,
    control,
    close: () =>
      new Promise<void>((resolve) => {
        transport.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
