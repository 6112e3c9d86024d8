// Simulator figures: RSS with 1M devices, ms per 1000-device page (in process and over HTTP), a full fetch's rate.
// Run: node --import tsx --expose-gc bench/sim.ts [devices]
import { createHmac, randomBytes } from 'node:crypto';
import OAuth from 'oauth-1.0a';
import { createSim, startSim } from '../src/sim/index.ts';

const N = Number(process.argv[2] ?? 1_000_000);
const gc = (globalThis as { gc?: () => void }).gc;
const mb = (n: number) => (n / 1048576).toFixed(1);

gc?.();
const rss0 = process.memoryUsage().rss;
let t = performance.now();
const { state, control } = createSim({ devices: N, seed: 1 });
const seedMs = performance.now() - t;
gc?.();
const mem = process.memoryUsage();
console.log(`devices                 ${N}`);
console.log(`seed time               ${seedMs.toFixed(0)} ms`);
console.log(`RSS                     ${mb(mem.rss)} MiB (baseline ${mb(rss0)} MiB, +${mb(mem.rss - rss0)} MiB)`);
console.log(`heap used               ${mb(mem.heapUsed)} MiB, array buffers ${mb(mem.arrayBuffers)} MiB`);

// In process: render + JSON.stringify of 1000-device pages.
const s = state.server('sim');
let cursor: string | undefined;
let pages = 0;
let bytes = 0;
t = performance.now();
for (let i = 0; i < 50; i++) {
  const a = state.fetch(s, cursor ? { cursor, limit: 1000 } : { limit: 1000 }, 10) as { json: { cursor: string } };
  bytes += JSON.stringify(a.json).length;
  cursor = a.json.cursor;
  pages++;
}
const perPage = (performance.now() - t) / pages;
console.log(`page (1000, in process) ${perPage.toFixed(2)} ms  (${(bytes / pages / 1024).toFixed(0)} KiB/page)`);

// Lookups (assign path): serial → slot.
const serials = control.devices('sim').slice(0, 0); // keep memory flat: take serials from pages instead
void serials;
const sample = (state.fetch(s, { limit: 1000 }, 10) as { json: { devices: { serial_number: string }[] } }).json.devices.map((d) => d.serial_number);
t = performance.now();
for (let k = 0; k < 100; k++) for (const x of sample) if (state.table.lookup(x) < 0) throw new Error('lookup failed');
console.log(`serial lookup           ${(((performance.now() - t) / 100_000) * 1000).toFixed(2)} µs`);

// Over HTTP: a full fetch of up to 200k devices with a minimal client.
const M = Math.min(N, 200_000);
const sim = await startSim({ devices: M, seed: 2 });
const tok = sim.tokens.sim;
const oauth = new OAuth({
  consumer: { key: tok.consumer_key, secret: tok.consumer_secret },
  realm: 'ADM',
  signature_method: 'HMAC-SHA1',
  hash_function: (b, k) => createHmac('sha1', k).update(b).digest('base64'),
});
const data = {
  oauth_consumer_key: tok.consumer_key,
  oauth_nonce: randomBytes(8).toString('hex'),
  oauth_signature_method: 'HMAC-SHA1',
  oauth_timestamp: Math.floor(Date.now() / 1000),
  oauth_token: tok.access_token,
  oauth_version: '1.0',
};
const sig = oauth.getSignature({ url: sim.url + '/session', method: 'GET' }, tok.access_secret, data as unknown as OAuth.Data);
const session = (
  (await (
    await fetch(sim.url + '/session', { headers: { authorization: oauth.toHeader({ ...data, oauth_signature: sig } as OAuth.Authorization).Authorization } })
  ).json()) as { auth_session_token: string }
).auth_session_token;
const headers = { 'x-adm-auth-session': session, 'user-agent': 'bench/1', 'x-server-protocol-version': '10', 'content-type': 'application/json' };
let c: string | undefined;
let got = 0;
let httpPages = 0;
t = performance.now();
for (;;) {
  const r = await fetch(sim.url + '/server/devices', { method: 'POST', headers, body: JSON.stringify(c ? { cursor: c, limit: 1000 } : { limit: 1000 }) });
  const j = (await r.json()) as { devices: unknown[]; cursor: string; more_to_follow: boolean };
  got += j.devices.length;
  httpPages++;
  c = j.cursor;
  if (!j.more_to_follow) break;
}
const secs = (performance.now() - t) / 1000;
console.log(
  `HTTP full fetch         ${got} devices in ${secs.toFixed(2)} s = ${Math.round(got / secs)} devices/s (${((secs * 1000) / httpPages).toFixed(2)} ms/page incl. client JSON.parse)`,
);
await sim.close();
