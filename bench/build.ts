// Profile build + sign on one thread, no HTTP, no verify: the per-profile cost of the enrollment engine (src/enroll/engine.ts,
// the worker's half) for a plain ADE POST and for a profile bound to a logged-in user with placeholders in its identity
// (issue #14: {{user.email}} in SubjectAltName). The XML alone (template fill), then with the CMS signature.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { enrollmentSchema } from '../src/config/schema.ts';
import { buildProfile, loadPrepared, profileXml } from '../src/enroll/engine.ts';

const ADA = { issuer: 'https://idp.example.com', subject: 'sub-ada', email: 'ada@example.com', name: 'Ada Lovelace', groups: ['staff'] };

/** CPU µs per call (this process's user+system time: steadier than wall time on a machine shared with other work). */
function perOp(fn: (i: number) => void, ms = 1500): number {
  for (let i = 0; i < 200; i++) fn(i); // warm-up: JIT and the template of this kind
  let n = 0;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  while (performance.now() - t0 < ms) {
    for (let k = 0; k < 50; k++) fn(n + k);
    n += 50;
  }
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / n;
}

export async function benchBuild(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'adesync-bench-build-'));
  try {
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=Bench Signer', '-days', '2', '-keyout', join(dir, 's.key'), '-out', join(dir, 's.pem')],
      {
        stdio: 'ignore',
      },
    );
    const config = (identity: Record<string, unknown>) =>
      enrollmentSchema.parse({
        profile: {
          payload_identifier: 'com.example.mdm.enroll',
          organization: 'Bench Corp',
          identity: { type: 'acme', directory_url: 'https://mdm.example.com/acme/directory', ...identity },
          mdm: { server_url: 'https://mdm.example.com/mdm', topic: 'com.apple.mgmt.External.00000000-1111-2222-3333-444444444444' },
        },
        signing: { cert_file: join(dir, 's.pem'), key_file: join(dir, 's.key') },
      });
    const device = (i: number) => ({ serial: `C02B${String(i % 100_000).padStart(8, '0')}`, udid: randomUUID().toUpperCase(), product: 'Mac14,2' });
    const cases: [string, Record<string, unknown>, boolean][] = [
      ['plain ADE POST, subject CN=%UDID%', { subject: [[['CN', '%UDID%']]] }, false],
      [
        'plain ADE POST, placeholders configured (user entries left out)',
        { subject: [[['CN', '{{device.udid}}']], [['OU', '{{user.name}}']]], subject_alt_name: { rfc822_name: '{{user.email}}' } },
        false,
      ],
      [
        'bound to a user, {{user.email}} as rfc822Name, {{user.name}} in OU',
        { subject: [[['CN', '{{device.udid}}']], [['OU', '{{user.name}}']]], subject_alt_name: { rfc822_name: '{{user.email}}' } },
        true,
      ],
    ];
    console.log('build: CPU µs per profile, one thread (ACME identity, RSA-2048 CMS signature):                XML   XML+sign');
    for (const [label, identity, bound] of cases) {
      let c: ReturnType<typeof config>;
      try {
        c = config(identity);
      } catch {
        console.log(`build: ${label.padEnd(66)} n/a (config not supported by this version)`);
        continue;
      }
      const prepared = loadPrepared(c);
      const job = (i: number) => ({ identity: 'primary' as const, platform: 'macOS' as const, device: device(i), ...(bound ? { user: ADA } : {}) });
      const xml = perOp((i) => profileXml(c, prepared, job(i)));
      const total = perOp((i) => buildProfile(c, prepared, job(i)));
      console.log(`build: ${label.padEnd(66)} ${xml.toFixed(1).padStart(7)} ${total.toFixed(1).padStart(7)}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await benchBuild();
