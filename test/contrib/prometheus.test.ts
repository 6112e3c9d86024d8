import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { X509Certificate, createPrivateKey } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { startDaemon, type Daemon } from '../../src/daemon/daemon.ts';
import { issueCertificate } from '../../src/cms/pki.ts';
import { ProfileSigner } from '../../src/cms/sign.ts';
import { SimulatedDevice, type MachineInfoFields } from '../../src/demo/device.ts';
import { openDatabase } from '../../src/store/db.ts';
import { silentLogger } from '../../src/log.ts';
import { ROOT, until } from '../helpers/cli.ts';
import { tempDir } from '../helpers/tmp.ts';
import { sim } from '../helpers/sim.ts';
import { fetchOnce } from '../helpers/http.ts';

// The shipped alerts and dashboard against a real Prometheus (Debian's `prometheus` package) scraping a real daemon
// that syncs against the simulator and serves enrollments. Every dashboard query and every alert expression goes
// through Prometheus' HTTP API: each parses, each panel returns data, each alert the test provokes has series (and is
// pending or firing), and the ones it does not provoke stay silent.

const RULES = join(ROOT, 'contrib', 'prometheus', 'adesync.rules.yml');
const DASHBOARD = join(ROOT, 'contrib', 'grafana', 'adesync.json');
const DAY = 86_400_000;

const prometheusBin = spawnSync('sh', ['-c', 'command -v prometheus'], { encoding: 'utf8' }).stdout.trim();
const skip = prometheusBin ? false : 'prometheus is not installed (apt-get install prometheus; .ci/run does)';

interface Rule {
  alert: string;
  expr: string;
  for?: string;
}
interface Panel {
  title: string;
  type: string;
  targets?: { expr: string; refId: string }[];
}
interface PromSeries {
  metric: Record<string, string>;
  value: [number, string];
}

function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => res(p));
    });
    s.on('error', rej);
  });
}

/** Grafana's variables, as the dashboard is used: every token, a 5-minute rate window. */
const grafanaExpr = (e: string) => e.replaceAll('$token', '.*').replaceAll('$__rate_interval', '5m');

const token = (name: string, days: number) => ({
  consumer_key: `CK_${name.padEnd(32, 'k')}`,
  consumer_secret: `CS_${name.padEnd(40, 's')}`,
  access_token: `AT_O1O${name.padEnd(40, 't')}O1700000000000`,
  access_secret: `AS_${name.padEnd(40, 'a')}`,
  access_token_expiry: new Date(Date.now() + days * DAY).toISOString().replace(/\.\d+Z$/, 'Z'),
});

test('every alert has a severity, a summary, a description and a runbook; every panel a title and a query', () => {
  const rules = (
    loadYaml(readFileSync(RULES, 'utf8')) as { groups: { rules: (Rule & { labels?: Record<string, string>; annotations?: Record<string, string> })[] }[] }
  ).groups.flatMap((g) => g.rules);
  for (const r of rules) {
    assert.match(r.labels?.severity ?? '', /^(warning|critical)$/, r.alert);
    for (const a of ['summary', 'description', 'runbook']) assert.ok((r.annotations?.[a] ?? '').length > 10, `${r.alert}: annotation ${a}`);
  }
  const dash = JSON.parse(readFileSync(DASHBOARD, 'utf8')) as { uid: string; panels: (Panel & { id: number })[] };
  assert.equal(new Set(dash.panels.map((p) => p.id)).size, dash.panels.length, 'panel ids are unique');
  for (const p of dash.panels.filter((x) => x.type !== 'row')) {
    assert.ok(p.title && p.targets?.every((t) => t.expr.length > 0), p.title);
  }
});

test('promtool checks the rules and passes their unit tests (contrib/prometheus/adesync.rules.test.yml)', { skip }, () => {
  const check = spawnSync('promtool', ['check', 'rules', RULES], { encoding: 'utf8' });
  assert.equal(check.status, 0, check.stdout + check.stderr);
  assert.match(check.stdout, /SUCCESS: \d+ rules found/);
  const unit = spawnSync('promtool', ['test', 'rules', join(ROOT, 'contrib', 'prometheus', 'adesync.rules.test.yml')], { encoding: 'utf8' });
  assert.equal(unit.status, 0, unit.stdout + unit.stderr);
  assert.match(unit.stdout + unit.stderr, /SUCCESS/);
});

if (skip) test(`Prometheus: skipped (${skip})`, { skip }, () => {});
else
  test('the shipped rules and dashboard against a real Prometheus scraping a real daemon', { timeout: 600_000 }, async (t) => {
    const rules = (loadYaml(readFileSync(RULES, 'utf8')) as { groups: { rules: Rule[] }[] }).groups.flatMap((g) => g.rules);
    const panels = (JSON.parse(readFileSync(DASHBOARD, 'utf8')) as { panels: Panel[] }).panels.filter((p) => p.type !== 'row');
    assert.ok(rules.length >= 12 && panels.length >= 12);

    // Apple: one simulator for healthy tokens (expiring in 20 and in 5 days), one that answers T_C_NOT_SIGNED to all.
    const apple = await sim({
      servers: [
        { name: 'month', devices: 60, seed: 1, token: token('month', 20) },
        { name: 'week', devices: 20, seed: 2, token: token('week', 5) },
      ],
    });
    const appleTerms = await sim({ servers: [{ name: 'terms', devices: 10, seed: 3, token: token('terms', 300) }] });
    appleTerms.control.injectFault({ endpoint: '*', kind: 'status', status: 403, body: 'T_C_NOT_SIGNED', count: Infinity });
    // The simulator applies one serial_result fault per assignment request, in order: the month token's first request
    // meets NOT_ACCESSIBLE for one of its devices, then the week token's meets FAILED for one of its own (synced in that order).
    apple.control.injectFault({
      endpoint: 'POST /profile/devices',
      kind: 'serial_result',
      serials: [apple.control.devices('month')[0].serial_number],
      result: 'NOT_ACCESSIBLE',
      count: 1,
    });
    apple.control.injectFault({
      endpoint: 'POST /profile/devices',
      kind: 'serial_result',
      serials: [apple.control.devices('week')[0].serial_number],
      result: 'FAILED',
      count: 1,
    });

    const dir = tempDir('adesync-prom-');
    const file = (name: string, data: string, mode = 0o644) => {
      const p = join(dir, name);
      writeFileSync(p, data, { mode });
      return p;
    };
    const root = await issueCertificate({ subject: [['CN', 'test root']], ca: true, days: 2 });
    const deviceCa = await issueCertificate({ subject: [['CN', 'test device CA']], ca: true, issuer: root, days: 2 });
    const leaf = await issueCertificate({ subject: [['CN', 'test device']], issuer: deviceCa, bits: 1024, eku: ['1.3.6.1.5.5.7.3.2'] });
    const signer = await issueCertificate({ subject: [['CN', 'test signer']], issuer: root, eku: ['1.3.6.1.5.5.7.3.4'], days: 2 });
    for (const n of ['month', 'week', 'terms']) {
      file(`${n}.json`, JSON.stringify((n === 'terms' ? appleTerms : apple).tokens[n]), 0o600);
    }
    const enrollPort = await freePort();
    const closedPort = await freePort(); // the SCEP challenge service that is down: its devices get a 503
    const configPath = file(
      'config.yaml',
      `state_dir: ${dir}
log_level: error
apple: { base_url: ${apple.url}, timeout_seconds: 5, max_retries: 0, max_retry_wait_seconds: 1 }
admin: { listen: 127.0.0.1:0 }
assign: { failed_backoff_seconds: 3600 }
sync: { schedule: "0 0 1 1 *", jitter_seconds: 0 }
tokens:
  - { name: month, file: ${dir}/month.json, default_profile: standard }
  - { name: week, file: ${dir}/week.json, default_profile: standard }
  - { name: terms, file: ${dir}/terms.json, default_profile: standard, base_url: ${appleTerms.url} }
profiles:
  standard: { profile_name: Standard, url: "https://enroll.example.com/enroll", skip_setup_items: [Siri] }
enrollment:
  listen: 127.0.0.1:${enrollPort}
  path: /enroll
  device_ca: { pinned_ca_file: ${file('ca.pem', deviceCa.certPem)}, chain_files: [${file('root.pem', root.certPem)}], i_understand_this_is_not_apple: true }
  minimum_os: { macOS: { version: "14.4", build: "23E214" } }
  profile:
    payload_identifier: com.example.test.enroll
    display_name: test
    organization: test
    identity: { type: acme, directory_url: "https://acme.test.invalid/directory", subject: [[[CN, "%SERIAL%"]]] }
    fallback_identity: { type: scep, url: "https://scep.test.invalid/scep", challenge_url: "http://127.0.0.1:${closedPort}/challenge" }
    challenge_timeout_seconds: 2
    mdm: { server_url: "https://mdm.test.invalid/mdm", topic: com.apple.mgmt.External.00000000-0000-4000-8000-000000000000 }
  signing: { cert_file: ${file('signer.pem', signer.certPem)}, key_file: ${file('signer.key', signer.keyPem, 0o600)} }
`,
    );
    const daemon: Daemon = await startDaemon({ configPath, logger: silentLogger, noStartupSync: true });
    let daemonStopped = false;
    after(async () => {
      if (!daemonStopped) await daemon.stop();
    });

    // Prometheus on loopback, scraping the admin endpoint every second, evaluating the shipped rules every second.
    const promPort = await freePort();
    const promUrl = `http://127.0.0.1:${promPort}`;
    const promConfig = file(
      'prometheus.yml',
      `global: { scrape_interval: 1s, evaluation_interval: 1s, scrape_timeout: 1s }
rule_files: [${RULES}]
scrape_configs:
  - job_name: adesync
    static_configs: [{ targets: ["${new URL(daemon.adminUrl).host}"] }]
`,
    );
    const prom = spawn(
      prometheusBin,
      [
        `--config.file=${promConfig}`,
        `--storage.tsdb.path=${join(dir, 'tsdb')}`,
        `--web.listen-address=127.0.0.1:${promPort}`,
        '--log.level=warn',
        '--query.lookback-delta=30s',
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let promLog = '';
    prom.stderr!.on('data', (c) => {
      promLog = (promLog + c).slice(-4000);
    });
    after(() => {
      prom.kill('SIGTERM');
    });

    const api = async (path: string, params: Record<string, string> = {}) => {
      const r = await fetchOnce(`${promUrl}/api/v1/${path}?${new URLSearchParams(params)}`);
      const body = (await r.json()) as { status: string; data: unknown; error?: string };
      return { http: r.status, ...body };
    };
    const query = async (expr: string) => {
      const r = await api('query', { query: expr });
      assert.equal(r.status, 'success', `${expr}: ${r.error}`);
      return (r.data as { result: PromSeries[] }).result;
    };
    await until(
      async () => {
        try {
          return (await fetchOnce(`${promUrl}/-/ready`)).ok;
        } catch {
          return false;
        }
      },
      60_000,
      `prometheus ready (${promLog})`,
    );
    await until(async () => (await query('up{job="adesync"} == 1')).length === 1, 60_000, `the first scrape of adesync (${promLog})`);

    // Sync every token (after the first scrape, so rates and histograms see the change), then the devices enroll.
    const sync = async (name?: string) => {
      assert.equal(
        (await fetchOnce(`${daemon.adminUrl}/sync${name ? `?token=${name}` : ''}`, { method: 'POST', headers: { 'X-Adesync-Request': '1' } })).status,
        202,
      );
    };
    await sync('month');
    await until(
      async () => (await query('adesync_assignments{token="month",state="not_accessible"} > 0')).length === 1,
      60_000,
      'the month token synced and assigned',
    );
    await sync('week');
    await sync('terms');
    await until(async () => (await query('adesync_assignments{token="week",state="failed"} > 0')).length === 1, 60_000, 'the week token synced and assigned');
    await until(async () => (await query('adesync_token_status{token="terms",status="terms_not_accepted"} == 1')).length === 1, 60_000, 'the terms token');
    await sync(); // a cursor sync after the full fetch: both kinds of run in the histograms

    const device = new SimulatedDevice(new ProfileSigner(new X509Certificate(leaf.certPem), createPrivateKey(leaf.keyPem), [deviceCa.cert]));
    const url = `http://127.0.0.1:${enrollPort}/enroll`;
    const iphones = apple.control
      .devices('month')
      .filter((d) => d.device_family === 'iPhone')
      .map((d) => d.serial_number);
    const mi = (serial: string, os: string, build: string, udid: number): MachineInfoFields => ({
      UDID: `00008101-${String(udid).padStart(12, '0')}001E`,
      SERIAL: serial,
      PRODUCT: 'iPhone14,2',
      VERSION: build,
      OS_VERSION: os,
      LANGUAGE: 'en-US',
    });
    const expect = async (m: MachineInfoFields, status: number) => {
      const a = await device.enroll(url, m);
      assert.equal(a.status, status, a.body.toString());
    };
    for (let i = 0; i < 3; i++) await expect(mi(iphones[i], '18.1', '22B83', i), 200);
    for (let i = 0; i < 6; i++) await expect(mi(`NOTOURS0000${i}`, '18.1', '22B83', 100 + i), 403); // refused: unknown serials
    for (let i = 0; i < 4; i++) await expect(mi(iphones[10 + i], '15.7', '19H12', 200 + i), 503); // SCEP challenge service down

    // Cursor older than 6 days (the gauge reads the database at each scrape).
    const db = openDatabase(join(dir, 'adesync.db'));
    db.prepare('UPDATE cursors SET issued_at = ? WHERE token = ?').run(new Date(Date.now() - 6.5 * DAY).toISOString(), 'week');
    db.close();
    await until(async () => (await query('adesync_sync_cursor_age_seconds{token="week"} > 6 * 86400')).length === 1, 30_000, 'the old cursor scraped');
    await until(async () => (await query('adesync_enrollment_requests_total{decision="error"} >= 4')).length === 1, 30_000, 'the enrollments scraped');

    await t.test('every rule loads and evaluates without error', async () => {
      const r = await api('rules');
      const loaded = (r.data as { groups: { rules: { name: string; health: string; lastError?: string }[] }[] }).groups.flatMap((g) => g.rules);
      assert.deepEqual(loaded.map((x) => x.name).sort(), rules.map((x) => x.alert).sort());
      for (const x of loaded) assert.equal(x.health, 'ok', `${x.name}: ${x.lastError}`);
    });

    // What the test provoked, per alert: the label sets its expression must return. The rest must return nothing.
    const provoked: Record<string, Record<string, string>[]> = {
      AdesyncTokenExpiresIn30Days: [{ token: 'month' }],
      AdesyncTokenExpiresIn7Days: [{ token: 'week' }],
      AdesyncTermsNotAccepted: [{ token: 'terms' }],
      AdesyncNoRecentSync: [{ token: 'terms' }], // never synced: the second half of the expression
      AdesyncCursorOld: [{ token: 'week' }],
      AdesyncAssignmentFailures: [{ token: 'week' }],
      AdesyncDevicesNotAccessible: [{ token: 'month' }],
      AdesyncEnrollmentRefusalsRising: [{}],
      AdesyncEnrollmentErrors: [{}],
    };
    await t.test('each alert expression parses; the provoked ones return exactly their series, the others none', async () => {
      for (const rule of rules) {
        const got = await query(rule.expr);
        const want = provoked[rule.alert] ?? [];
        assert.equal(got.length, want.length, `${rule.alert}: ${JSON.stringify(got.map((s) => s.metric))}`);
        for (const w of want) {
          assert.ok(
            got.some((s) => Object.entries(w).every(([k, v]) => s.metric[k] === v)),
            `${rule.alert}: no series with ${JSON.stringify(w)} in ${JSON.stringify(got)}`,
          );
        }
      }
    });

    await t.test('the provoked alerts are active in Prometheus (pending until their for:, then firing)', async () => {
      await until(
        async () => {
          const active = ((await api('alerts')).data as { alerts: { labels: Record<string, string> }[] }).alerts.map((a) => a.labels.alertname);
          return Object.keys(provoked).every((a) => active.includes(a));
        },
        30_000,
        'every provoked alert active',
      );
    });

    await t.test('every dashboard query parses and returns data', async () => {
      for (const p of panels) {
        assert.ok(p.targets?.length, `${p.title} has no query`);
        for (const target of p.targets!) {
          const got = await query(grafanaExpr(target.expr));
          assert.ok(got.length > 0, `panel "${p.title}" ${target.refId}: no series for ${target.expr}`);
          assert.ok(
            got.some((s) => Number.isFinite(Number(s.value[1]))),
            `panel "${p.title}" ${target.refId}: only NaN for ${target.expr}`,
          );
        }
      }
      const tokens = (await api('label/token/values')).data as string[];
      for (const n of ['month', 'week', 'terms']) assert.ok(tokens.includes(n), `the $token variable lists ${n}`);
    });

    await t.test('the daemon stopped: AdesyncDown has its series', async () => {
      await daemon.stop();
      daemonStopped = true;
      const down = rules.find((r) => r.alert === 'AdesyncDown')!;
      await until(async () => (await query(down.expr)).length === 1, 30_000, 'up == 0 after the daemon stopped');
    });
  });
