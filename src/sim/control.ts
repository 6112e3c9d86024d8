/*
 * Simulator control API: the SimControl methods (src/sim/index.ts) over HTTP, on the same listener as the Apple
 * endpoints, under /_control/*. JSON in, JSON out. Only loopback peers (127.0.0.0/8, ::1, ::ffff:127.x.x.x) may call it;
 * anyone else gets 403 {"error":"..."}. Bad input → 400 {"error":"<what is wrong>"}; unknown server/serial → 404.
 * A refused request changes nothing: every input is checked before anything is applied (a clock jump outside
 * 1970…9999, one bad device in a list, one bad fault in a list).
 * Control calls are not counted in /_control/counts.
 *
 *   GET    /_control/servers                        → {servers:[{name, server_uuid, devices, events, url}]}
 *   POST   /_control/devices   {server, count}      → {count, serials:[…]}           ABM assigns N new generated devices ('added')
 *   POST   /_control/devices   {server, devices:[{…Device fields…}]} → {count, serials}  custom devices (serial_number optional)
 *   GET    /_control/devices?server=NAME[&limit=N]  → {devices:[Device…]}             current membership, full records (protocol 10)
 *   POST   /_control/modify    {server, serial, changes:{…}}  → {ok:true}             attribute change ('modified')
 *   POST   /_control/remove    {server, serial}               → {ok:true}             unassigned/released ('deleted')
 *   POST   /_control/move      {from, to, serial, clear_profile?} → {ok:true}         'deleted' on from, 'added' on to
 *   POST   /_control/activate  {server, serial}               → {ok:true, profile}    device fetched its profile: 'pushed'
 *   GET    /_control/profiles?server=NAME           → {profiles:[Profile…]}
 *   GET    /_control/clock                          → {now_ms, now}
 *   POST   /_control/clock     {advance_ms}         → {now_ms, now}                   moves the sim clock (sessions, cursors, dates)
 *   POST   /_control/faults    {Fault} | [Fault…]   → {ok:true, pending}              see Fault in src/sim/types.ts;
 *                                                                                     count may be the string "Infinity"
 *   GET    /_control/faults                         → {faults:[{…fault, remaining}]}
 *   DELETE /_control/faults                         → {ok:true}
 *   GET    /_control/counts                         → {"GET /session": 1, "POST /server/devices": 3, …}
 *   DELETE /_control/counts                         → {ok:true}                       reset the counters
 *
 * Example:  curl -s -XPOST 127.0.0.1:8080/_control/faults -d '{"endpoint":"POST /server/devices","kind":"status","status":503,"retryAfter":"2"}'
 *
 * Device moves keep the profile state (profile_status, profile_uuid, times) on the new server: the record travels with
 * the device and the new server sees an 'added' event carrying it. Pass clear_profile:true to model a move that starts
 * the device over with profile_status "empty".
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Device } from '../apple/types.ts';
import type { SimControl } from './types.ts';
import { validateFault } from './types.ts';
import { isLoopback } from '../net.ts';

/** Pure: is this socket peer a loopback address? */

class ControlError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export interface ControlContext {
  control: SimControl;
  servers(): { name: string; server_uuid: string; devices: number; events: number }[];
  faults(): unknown[];
  url: string;
}

function send(res: ServerResponse, status: number, json: unknown): void {
  const text = JSON.stringify(json);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

function str(body: Record<string, unknown>, key: string): string {
  const v = body[key];
  if (typeof v !== 'string' || v === '') throw new ControlError(400, `"${key}" must be a non-empty string`);
  return v;
}

/** Map the state layer's plain Errors: unknown things are 404, everything else is the caller's input (400). */
function wrap<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof ControlError) throw e;
    const msg = (e as Error).message;
    throw new ControlError(/^unknown server|is not assigned/.test(msg) ? 404 : 400, msg);
  }
}

export function handleControl(ctx: ControlContext, req: IncomingMessage, res: ServerResponse, path: string, query: URLSearchParams, raw: Buffer): void {
  if (!isLoopback(req.socket.remoteAddress)) return send(res, 403, { error: 'the control API answers loopback clients only' });
  const method = req.method ?? 'GET';
  const c = ctx.control;
  try {
    let body: unknown = {};
    if (raw.length > 0) {
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch {
        throw new ControlError(400, 'body is not valid JSON');
      }
    }
    const b = (typeof body === 'object' && body !== null && !Array.isArray(body) ? body : {}) as Record<string, unknown>;
    const route = `${method} ${path}`;
    switch (route) {
      case 'GET /_control/servers':
        return send(res, 200, { servers: ctx.servers().map((s) => ({ ...s, url: ctx.url })) });
      case 'POST /_control/devices': {
        const server = str(b, 'server');
        let what: number | Partial<Device>[];
        if (b.count !== undefined) {
          if (!Number.isInteger(b.count) || (b.count as number) < 0) throw new ControlError(400, '"count" must be a non-negative integer');
          what = b.count as number;
        } else if (Array.isArray(b.devices)) what = b.devices as Partial<Device>[];
        else throw new ControlError(400, 'give "count" or "devices"');
        const added = wrap(() => c.addDevices(server, what));
        return send(res, 200, { count: added.length, serials: added.map((d) => d.serial_number) });
      }
      case 'GET /_control/devices': {
        const server = query.get('server') ?? '';
        const limit = query.get('limit');
        let devices = wrap(() => c.devices(server));
        if (limit !== null) devices = devices.slice(0, Math.max(0, Number(limit) || 0));
        return send(res, 200, { devices });
      }
      case 'POST /_control/modify': {
        if (typeof b.changes !== 'object' || b.changes === null || Array.isArray(b.changes)) throw new ControlError(400, '"changes" must be an object');
        wrap(() => c.modifyDevice(str(b, 'server'), str(b, 'serial'), b.changes as Partial<Device>));
        return send(res, 200, { ok: true });
      }
      case 'POST /_control/remove':
        wrap(() => c.removeDevice(str(b, 'server'), str(b, 'serial')));
        return send(res, 200, { ok: true });
      case 'POST /_control/move':
        wrap(() => c.moveDevice(str(b, 'from'), str(b, 'to'), str(b, 'serial'), { clearProfile: b.clear_profile === true }));
        return send(res, 200, { ok: true });
      case 'POST /_control/activate': {
        const server = str(b, 'server'),
          serial = str(b, 'serial');
        wrap(() => c.activateDevice(server, serial));
        const dev = c.devices(server).find((d) => d.serial_number === serial);
        const profile = c.profiles(server).find((p) => p.profile_uuid === dev?.profile_uuid);
        return send(res, 200, { ok: true, profile });
      }
      case 'GET /_control/profiles':
        return send(res, 200, { profiles: wrap(() => c.profiles(query.get('server') ?? '')) });
      case 'GET /_control/clock':
        return send(res, 200, { now_ms: c.now(), now: new Date(c.now()).toISOString() });
      case 'POST /_control/clock':
        if (typeof b.advance_ms !== 'number') throw new ControlError(400, '"advance_ms" must be a number');
        wrap(() => c.advanceClock(b.advance_ms as number));
        return send(res, 200, { now_ms: c.now(), now: new Date(c.now()).toISOString() });
      case 'POST /_control/faults': {
        const list = Array.isArray(body) ? body : [body];
        const faults = list.map((f) => wrap(() => validateFault(f)));
        for (const f of faults) c.injectFault(f);
        return send(res, 200, { ok: true, pending: ctx.faults().length });
      }
      case 'GET /_control/faults':
        return send(res, 200, { faults: ctx.faults() });
      case 'DELETE /_control/faults':
        c.clearFaults();
        return send(res, 200, { ok: true });
      case 'GET /_control/counts':
        return send(res, 200, c.requestCounts());
      case 'DELETE /_control/counts':
        c.resetCounts();
        return send(res, 200, { ok: true });
      default:
        throw new ControlError(404, `no control route ${route}; see src/sim/control.ts`);
    }
  } catch (e) {
    const ce = e instanceof ControlError ? e : new ControlError(500, (e as Error).message);
    return send(res, ce.status, { error: ce.message });
  }
}
