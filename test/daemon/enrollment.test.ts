import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { PssoConfigError } from '../../src/auth/psso-assets.ts';
import { configSchema } from '../../src/config/schema.ts';
import { sqliteStore } from '../../src/store/index.ts';
import { startEnrollment } from '../../src/daemon/enrollment.ts';
import { createMetrics } from '../../src/daemon/metrics.ts';
import { createLogger } from '../../src/log.ts';
import { openDatabase } from '../../src/store/db.ts';
import { cmsSign, machineInfoXml, makeTestPki, rawEnrollmentConfig } from '../cms/testpki.ts';
import { fetchOnce } from '../helpers/http.ts';
import { tempDir } from '../helpers/tmp.ts';
import { fixedUserLogin, writePssoFiles } from '../auth/psso-fixtures.ts';

const pki = makeTestPki();
const dir = tempDir();
const files = writePssoFiles(dir);

test('the daemon wires enrollment.psso: refused at start without a login; its psso.profiles follow the rules’ ADE profile', async () => {
  const db = openDatabase(join(dir, 'adesync.db'));
  const now = new Date().toISOString();
  const add = db.prepare(
    `INSERT INTO devices (token, serial_number, model, os, device_family, raw_json, first_seen, last_seen) VALUES ('main', ?, ?, 'OSX', 'Mac', '{}', ?, ?)`,
  );
  add.run('C02STAFF0001', 'MacBook Pro', now, now);
  add.run('C02KIOSK0001', 'Mac mini', now, now);
  const config = configSchema.parse({
    tokens: [{ name: 'main', default_profile: 'staff' }],
    profiles: {
      staff: { profile_name: 'Staff', url: 'https://mdm.example.test/enroll' },
      kiosk: { profile_name: 'Kiosk', url: 'https://mdm.example.test/enroll' },
    },
    rules: [{ name: 'kiosks', match: { model: 'Mac mini' }, profile: 'kiosk' }],
    enrollment: rawEnrollmentConfig(pki, {
      public_url: 'https://mdm.example.test',
      psso: { enabled: true, profiles: ['staff'], profile_file: files.profile, package: { manifest_file: files.manifest } },
    }),
  });
  const logger = createLogger({ level: 'error', sink: () => {} });
  const common = { config: config.enrollment!, store: sqliteStore(db), logger, metrics: createMetrics(), rules: () => config };
  await assert.rejects(
    startEnrollment(common),
    (e: unknown) => e instanceof PssoConfigError && /^enrollment\.psso\.enabled: .*enrollment\.login/.test(e.message),
  );
  const h = await startEnrollment({ ...common, config: { ...config.enrollment!, listen: '127.0.0.1:0' }, login: fixedUserLogin().flow });
  try {
    const post = async (serial: string) => {
      const mi = { UDID: `U-${serial}`, SERIAL: serial, PRODUCT: 'Mac16,1', VERSION: '25B78', OS_VERSION: '26.1', MDM_CAN_REQUEST_PSSO_CONFIG: true };
      const r = await fetchOnce(h.url, { method: 'POST', body: cmsSign(pki, machineInfoXml(mi)) });
      return { status: r.status, body: await r.text() };
    };
    const staff = await post('C02STAFF0001');
    assert.equal(staff.status, 403);
    assert.equal(JSON.parse(staff.body).code, 'com.apple.psso.required');
    assert.equal((await post('C02KIOSK0001')).status, 200, 'the kiosks rule gives it profile kiosk: not in psso.profiles');
  } finally {
    await h.close();
    db.close();
  }
});
