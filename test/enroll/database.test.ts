// The shared database not answering (a PostgreSQL failover or restart) is a declared 503 with Retry-After, so a device in
// Setup Assistant offers "Try Again", not an internal error. Real parts: a pool pointed at a loopback port nothing
// listens on, so every lookup fails as a server that is down fails.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import { enrollmentSchema } from '../../src/config/schema.ts';
import { createEnrollmentServer } from '../../src/enroll/server.ts';
import { openPool } from '../../src/store/pg/connect.ts';
import { createPgEnrollmentStore } from '../../src/store/pg/enrollments.ts';
import { cmsSign, machineInfoXml, makeTestPki, rawEnrollmentConfig } from '../cms/testpki.ts';
import { fetchOnce } from '../helpers/http.ts';

async function closedPort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as net.AddressInfo;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

test('a database that does not answer: 503 with Retry-After and a code a person can read, never a 500', async () => {
  const pki = makeTestPki();
  const pool = openPool({ url: `postgresql://adesync@127.0.0.1:${await closedPort()}/adesync`, connectTimeoutMs: 2000 });
  const srv = createEnrollmentServer({
    config: enrollmentSchema.parse(rawEnrollmentConfig(pki)),
    store: createPgEnrollmentStore(pool),
    listen: { host: '127.0.0.1', port: 0 },
  });
  const { port } = await srv.listen();
  try {
    const body = cmsSign(pki, machineInfoXml({ UDID: 'U-1', SERIAL: 'C02DBDOWN001', PRODUCT: 'Mac16,1', VERSION: '24A335', OS_VERSION: '15.0' }));
    const r = await fetchOnce(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body });
    const text = await r.text();
    assert.equal(r.status, 503, text);
    assert.equal(r.headers.get('retry-after'), '10');
    assert.equal(JSON.parse(text).code, 'adesync.database_unavailable');
  } finally {
    await srv.close();
    await pool.end();
  }
});
