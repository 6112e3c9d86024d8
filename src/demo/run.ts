// `adesync demo`: the whole product on one machine, no Apple account. Starts the built-in Apple simulator, makes a
// DEMO-ONLY PKI (device CA, profile signer, TLS), runs the daemon against it, syncs and assigns, lets a handful of
// simulated devices enroll (one refused for an old OS), and prints `adesync status`.
import { mkdirSync, writeFileSync, existsSync, rmSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { X509Certificate, createPrivateKey } from 'node:crypto';
import { startSim } from '../sim/index.ts';
import { issueCertificate } from '../cms/pki.ts';
import { ProfileSigner } from '../cms/sign.ts';
import { startDaemon } from '../daemon/daemon.ts';
import { createLogger, type Logger } from '../log.ts';
import { statusReport } from '../store/report.ts';
import { formatStatus } from '../cli/status.ts';
import { SimulatedDevice, type MachineInfoFields } from './device.ts';
import * as plist from 'plist';

const MARKER = '.adesync-demo';
/** What a demo writes at the top of its folder: only these are ever deleted. */
const DEMO_MADE = /^(\.adesync-demo|tokens|config\.yaml|demo-[a-z-]+\.(pem|key)|adesync\.db(-wal|-shm|-journal)?)$/;

class DemoDirError extends Error {
  readonly exitCode = 2;
}

/**
 * The demo's folder: made if missing or empty; one an earlier demo made (its marker, nothing else in it) is wiped. A
 * folder holding anything the demo did not make is refused, so no file of the admin's is ever deleted.
 */
export function prepareDemoDir(dir: string): 'created' | 'replaced' {
  const entries = existsSync(dir) ? readdirSync(dir) : [];
  if (entries.length && !entries.includes(MARKER)) {
    throw new DemoDirError(
      `${dir} is not empty and was not made by "adesync demo" (${entries.slice(0, 5).join(', ')}${entries.length > 5 ? ', …' : ''}): ` +
        'choose a new or empty --dir; the demo deletes nothing it did not make',
    );
  }
  const foreign = entries.filter((e) => !DEMO_MADE.test(e));
  if (foreign.length) {
    throw new DemoDirError(
      `${dir} was made by an earlier demo but also holds ${foreign.slice(0, 5).join(', ')}${foreign.length > 5 ? ', …' : ''}, which the demo did not make: ` +
        'move them away or choose another --dir',
    );
  }
  for (const e of entries) rmSync(join(dir, e), { recursive: true, force: true });
  return entries.length ? 'replaced' : 'created';
}

/** The payload types of a signed profile, for the demo's output: its XML travels inside the SignedData as is. */
function payloadTypes(signed: Buffer): string[] {
  const text = signed.toString('utf8');
  const xml = text.slice(text.indexOf('<?xml'), text.indexOf('</plist>') + '</plist>'.length);
  const p = plist.parse(xml) as { PayloadContent?: { PayloadType: string }[] };
  return (p.PayloadContent ?? []).map((x) => x.PayloadType);
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

export interface DemoOptions {
  dir: string;
  devices: number;
  seed: number;
  out?: (s: string) => void;
  logger?: Logger;
}

export async function runDemo(o: DemoOptions): Promise<{ ok: boolean; enrollments: { serial: string; status: number; code?: string }[] }> {
  const out = o.out ?? ((s: string) => process.stdout.write(s + '\n'));
  const dir = resolve(o.dir);
  const how = prepareDemoDir(dir);
  mkdirSync(join(dir, 'tokens'), { recursive: true, mode: 0o700 });
  writeFileSync(join(dir, MARKER), 'created by adesync demo; safe to delete\n');
  const file = (name: string, data: string, mode = 0o644) => {
    const p = join(dir, name);
    writeFileSync(p, data, { mode });
    return p;
  };

  out('== adesync demo: DEMO-ONLY certificates and a simulated Apple service. Nothing here talks to Apple. ==');
  out(how === 'replaced' ? `state in ${dir} (replacing an earlier demo's files)` : `state in ${dir} (a new folder)`);
  out('making a demo PKI (device CA, profile signer, TLS certificate)...');
  const root = await issueCertificate({
    subject: [
      ['CN', 'adesync DEMO root (not Apple, not for production)'],
      ['O', 'adesync demo'],
    ],
    ca: true,
    days: 30,
  });
  const deviceCa = await issueCertificate({
    subject: [
      ['CN', 'adesync DEMO iPhone Device CA'],
      ['O', 'adesync demo'],
    ],
    ca: true,
    issuer: root,
    days: 30,
  });
  const deviceLeaf = await issueCertificate({
    subject: [['CN', '6001A957-DEMO-4856-8C5E-DC2E32C61CB9']],
    issuer: deviceCa,
    bits: 1024,
    eku: ['1.3.6.1.5.5.7.3.1', '1.3.6.1.5.5.7.3.2'],
  });
  const signer = await issueCertificate({
    subject: [
      ['CN', 'adesync DEMO profile signing'],
      ['O', 'adesync demo'],
    ],
    issuer: root,
    eku: ['1.3.6.1.5.5.7.3.4'],
    days: 30,
  });
  const tls = await issueCertificate({
    subject: [['CN', '127.0.0.1']],
    issuer: root,
    eku: ['1.3.6.1.5.5.7.3.1'],
    dns: ['localhost'],
    ips: ['127.0.0.1'],
    days: 30,
  });
  const rootPem = file('demo-root.pem', root.certPem);
  const caPem = file('demo-device-ca.pem', deviceCa.certPem);
  const signerPem = file('demo-profile-signer.pem', signer.certPem);
  const signerKey = file('demo-profile-signer.key', signer.keyPem, 0o600);
  const tlsPem = file('demo-tls.pem', tls.certPem);
  const tlsKey = file('demo-tls.key', tls.keyPem, 0o600);

  out(`starting the Apple simulator with ${o.devices} devices...`);
  const sim = await startSim({ devices: o.devices, seed: o.seed, logger: o.logger });
  const port = await freePort();
  const enrollUrl = `https://127.0.0.1:${port}/enroll`;
  const [token] = Object.keys(sim.tokens);
  file(`tokens/${token}.json`, JSON.stringify(sim.tokens[token]), 0o600);
  const configPath = file(
    'config.yaml',
    `# adesync demo configuration: DEMO-ONLY certificates, the built-in Apple simulator.
state_dir: ${dir}
log_level: warn
apple:
  base_url: ${sim.url}
admin:
  listen: 127.0.0.1:0
tokens:
  - name: ${token}
    default_profile: supervised
profiles:
  supervised:
    profile_name: Supervised (demo)
    url: ${enrollUrl}
    department: Demo IT
    support_phone_number: "+1 555 0100"
    anchor_cert_files: [${rootPem}]
    skip_setup_items: [Siri, Diagnostics, ScreenTime]
    await_device_configured: true
rules:
  - name: no Apple TVs
    match: { device_family: AppleTV }
    action: exclude
enrollment:
  listen: 127.0.0.1:${port}
  path: /enroll
  tls: { cert_file: ${tlsPem}, key_file: ${tlsKey} }
  device_ca:
    pinned_ca_file: ${caPem}
    chain_files: [${rootPem}]
    i_understand_this_is_not_apple: true
  minimum_os:
    iOS: { version: "17.4" }
    iPadOS: { version: "17.4" }
    macOS: { version: "14.4", build: "23E214" }
  profile:
    payload_identifier: com.example.adesync-demo.enroll
    display_name: adesync demo enrollment
    organization: adesync demo (not for production)
    trust_cert_files: [${rootPem}]
    identity:
      type: acme
      directory_url: https://mdm.demo.invalid/acme/directory
      subject: [[[CN, "%SERIAL%"]]]
    mdm:
      server_url: https://mdm.demo.invalid/mdm
      check_in_url: https://mdm.demo.invalid/checkin
      topic: com.apple.mgmt.External.00000000-0000-4000-8000-000000000000
  signing: { cert_file: ${signerPem}, key_file: ${signerKey} }
`,
  );
  out(`config written to ${configPath}`);

  const logger = o.logger ?? createLogger({ level: 'error' });
  const daemon = await startDaemon({ configPath, logger, noStartupSync: true });
  try {
    out('syncing from the simulator and assigning the supervised profile...');
    const t0 = Date.now();
    const r = await daemon.runtime.runCycle(token, { trigger: 'demo' });
    const secs = (Date.now() - t0) / 1000;
    // "records" and "pages" are what this one run received from Apple (the full list, then the changes since it);
    // `status` below counts the devices held, and its "last sync" is the later sync that received Apple's echo
    out(
      `  received ${r.sync.devices} device records from Apple in ${r.sync.pages} pages (the full list, then the changes since), ` +
        `assigned ${r.assign?.results.SUCCESS ?? 0} in ${r.assign?.batches ?? 0} batch(es), ${secs.toFixed(1)} s`,
    );

    const device = new SimulatedDevice(new ProfileSigner(new X509Certificate(deviceLeaf.certPem), createPrivateKey(deviceLeaf.keyPem), [deviceCa.cert]));
    const devs = sim.control.devices(token);
    const pick = (fam: string) => devs.find((d) => d.device_family === fam);
    const cases: [string, MachineInfoFields][] = [];
    const iphone = pick('iPhone'),
      ipad = pick('iPad'),
      mac = pick('Mac');
    if (iphone)
      cases.push([
        'iPhone on iOS 18.1',
        {
          UDID: '00008101-000A1B2C3D4E001E',
          SERIAL: iphone.serial_number,
          PRODUCT: 'iPhone17,1',
          VERSION: '22B83',
          OS_VERSION: '18.1',
          LANGUAGE: 'en-US',
          MDM_CAN_REQUEST_SOFTWARE_UPDATE: true,
        },
      ]);
    if (ipad)
      cases.push([
        'iPad on iPadOS 17.5',
        {
          UDID: '00008103-000B1B2C3D4E002E',
          SERIAL: ipad.serial_number,
          PRODUCT: 'iPad14,1',
          VERSION: '21F79',
          OS_VERSION: '17.5',
          LANGUAGE: 'fr-FR',
          MDM_CAN_REQUEST_SOFTWARE_UPDATE: true,
        },
      ]);
    if (mac)
      cases.push([
        'Mac on macOS 14.0 (too old)',
        {
          UDID: '7C6E1A2B-0000-5000-8000-000000000001',
          SERIAL: mac.serial_number,
          PRODUCT: 'Mac14,2',
          VERSION: '23A344',
          OS_VERSION: '14.0',
          SOFTWARE_UPDATE_DEVICE_ID: 'J413AP',
          MDM_CAN_REQUEST_SOFTWARE_UPDATE: true,
        },
      ]);
    if (mac)
      cases.push([
        'the same Mac after updating to 14.5',
        {
          UDID: '7C6E1A2B-0000-5000-8000-000000000001',
          SERIAL: mac.serial_number,
          PRODUCT: 'Mac14,2',
          VERSION: '23F79',
          OS_VERSION: '14.5',
          SOFTWARE_UPDATE_DEVICE_ID: 'J413AP',
          MDM_CAN_REQUEST_SOFTWARE_UPDATE: true,
        },
      ]);
    cases.push([
      'a serial that is not ours',
      { UDID: '00008101-FFFFFFFFFFFF001E', SERIAL: 'NOTOURS00001', PRODUCT: 'iPhone15,2', VERSION: '22B83', OS_VERSION: '18.1' },
    ]);
    out('simulated devices in Setup Assistant:');
    const enrollments: { serial: string; status: number; code?: string }[] = [];
    for (const [label, mi] of cases) {
      const a = await device.enroll(enrollUrl, mi, root.certPem);
      let code: string | undefined;
      if (a.contentType.startsWith('application/json')) {
        try {
          code = JSON.parse(a.body.toString('utf8')).code;
        } catch {
          /* shown raw */
        }
      }
      enrollments.push({ serial: mi.SERIAL, status: a.status, code });
      out(
        `  ${label.padEnd(38)} → ${a.status} ${a.contentType.split(';')[0]}${code ? ` ${code}` : ''}${a.status === 200 ? ` (${a.body.length}-byte signed profile)` : ''}`,
      );
      if (a.status === 200 && enrollments.length === 1) out(`      payloads: ${payloadTypes(a.body).join(', ')}`);
      if (a.status === 200) sim.control.activateDevice(token, mi.SERIAL);
    }
    const echo = await daemon.runtime.runCycle(token, { trigger: 'demo' });
    out(`a second sync received ${echo.sync.devices} change records: Apple reporting back the assignments and enrollments just made`);
    out('');
    out('$ adesync status   ("last sync" is that second sync; "devices" counts every device held now)');
    const rep = statusReport(daemon.db!, daemon.runtime.config);
    out(formatStatus(rep).trimEnd());
    out('');
    out(`Try the CLI on this demo database: npm run -s adesync -- --config ${configPath} devices --limit 5`);
    return { ok: true, enrollments };
  } finally {
    await daemon.stop();
    await sim.close();
  }
}
