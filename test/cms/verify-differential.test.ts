// Differential fuzz of the device-request verifier: seeded mutations of device-signed CMS (DER with attributes, streamed
// BER, no attributes, our own signer's output), each judged by our verifier, by pkijs (SignedData.verify with the chain
// checked against the pinned CA) and by `openssl cms -verify` with the device CA and root trusted. Ours must give
// openssl's verdict on every input (and the same content when both accept); pkijs may only be the more lenient one.
// Found and fixed by it: ours ignored SignedData.digestAlgorithms (openssl refuses unknown or malformed ones), never
// decoded the bag's other certificates (openssl refuses a bag certificate that does not parse), ignored fields after the
// SignerInfo signature, and read OIDs with 0x80-padded subidentifiers. A few hundred cases in npm test; ADESYNC_STRESS=large runs more.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { X509Certificate, createPrivateKey, webcrypto } from 'node:crypto';
import * as pkijs from 'pkijs';
import { DeviceRequestVerifier, loadDeviceTrust } from '../../src/cms/verify.ts';
import { ProfileSigner } from '../../src/cms/sign.ts';
import { cmsSign, machineInfoXml, makeTestPki } from './testpki.ts';
import { prng, seedFor, size } from '../proof/lib.ts';

const seed = seedFor('verify-differential', 2718);
const N = size(300, 3000);
const pki = makeTestPki();
const verifier = new DeviceRequestVerifier(loadDeviceTrust({ pinned_ca_file: pki.deviceCa, chain_files: [pki.root], i_understand_this_is_not_apple: true }));
const bundle = join(pki.dir, 'trusted-bundle.pem');
writeFileSync(bundle, Buffer.concat([readFileSync(pki.deviceCa), readFileSync(pki.root)]));
pkijs.setEngine(
  'node',
  new pkijs.CryptoEngine({ name: 'node', crypto: webcrypto as unknown as ConstructorParameters<typeof pkijs.CryptoEngine>[0]['crypto'] }),
);
const pemDer = (f: string) => Buffer.from(readFileSync(f, 'utf8').replace(/-----[^-]+-----|\s+/g, ''), 'base64');
const trusted = [pki.deviceCa, pki.root].map((f) => pkijs.Certificate.fromBER(pemDer(f)));

const mi = machineInfoXml({ UDID: '00008101-001938611EE9001E', SERIAL: 'G4NQM9HHK0', PRODUCT: 'iPad13,18', VERSION: '21E236', OS_VERSION: '17.4' });
const ours = new ProfileSigner(new X509Certificate(readFileSync(pki.leaf.cert)), createPrivateKey(readFileSync(pki.leaf.key)), [
  new X509Certificate(readFileSync(pki.deviceCa)),
]);
const bases: [string, Buffer][] = [
  ['der_sha256', cmsSign(pki, mi)],
  ['ber_stream', cmsSign(pki, Buffer.concat([mi, Buffer.alloc(3000, 0x20)]), { stream: true })],
  ['noattr_sha1', cmsSign(pki, mi, { md: 'sha1', noattr: true })],
  ['our_signer', ours.signSync(mi)],
];

type Verdict = { ok: boolean; content?: Buffer; why: string };

function oursVerdict(b: Buffer): Verdict {
  try {
    const r = verifier.verify(b);
    return { ok: true, content: r.content, why: 'ok' };
  } catch (e) {
    return { ok: false, why: (e as Error).message };
  }
}

function opensslVerdict(b: Buffer): Promise<Verdict> {
  return new Promise((resolve) => {
    const p = execFile(
      'openssl',
      ['cms', '-verify', '-inform', 'DER', '-binary', '-CAfile', bundle, '-purpose', 'any'],
      { encoding: 'buffer', maxBuffer: 1 << 24 },
      (err, stdout, stderr) =>
        resolve(
          err
            ? {
                ok: false,
                why:
                  stderr
                    .toString()
                    .split('\n')
                    .find((l) => l.trim()) ?? String(err),
              }
            : { ok: true, content: stdout, why: 'ok' },
        ),
    );
    p.stdin!.on('error', () => {});
    p.stdin!.end(b);
  });
}

/**
 * pkijs as its documentation has callers use it: the ContentInfo must say SignedData, then SignedData.verify; the
 * signer certificate must be signed by the pinned device CA (the verifier's trust: the bag's copy of the CA is not
 * trusted, so pkijs' own path building over the bag is not used).
 */
async function pkijsVerdict(b: Buffer): Promise<Verdict> {
  try {
    const ci = pkijs.ContentInfo.fromBER(new Uint8Array(b));
    if (ci.contentType !== pkijs.ContentInfo.SIGNED_DATA) return { ok: false, why: `contentType ${ci.contentType}` };
    const sd = new pkijs.SignedData({ schema: ci.content });
    const r = await sd.verify({ signer: 0, checkChain: false, extendedMode: true });
    if (!r.signatureVerified || !r.signerCertificate) return { ok: false, why: 'signature does not verify' };
    if (!(await r.signerCertificate.verify(trusted[0]))) return { ok: false, why: 'signer not issued by the pinned CA' };
    const os = sd.encapContentInfo.eContent;
    return { ok: true, content: os ? Buffer.from(os.getValue()) : undefined, why: 'ok' };
  } catch (e) {
    return { ok: false, why: String((e as Error)?.message ?? (e as { message?: string })?.message ?? JSON.stringify(e)).split('\n')[0] };
  }
}

/** Our policy, applied to the others' verdicts: MachineInfo is id-data (openssl and pkijs verify any eContentType). */
function eContentType(b: Buffer): string | undefined {
  try {
    return new pkijs.SignedData({ schema: pkijs.ContentInfo.fromBER(new Uint8Array(b)).content }).encapContentInfo.eContentType;
  } catch {
    return undefined;
  }
}
const policy = (v: Verdict, b: Buffer): Verdict => {
  const t = v.ok ? eContentType(b) : undefined;
  return v.ok && t !== undefined && t !== '1.2.840.113549.1.7.1' ? { ok: false, why: `policy: eContentType ${t}` } : v;
};

function mutate(r: ReturnType<typeof prng>, base: Buffer): [string, Buffer] {
  const b = Buffer.from(base);
  switch (r.int(0, 5)) {
    case 0: {
      const at: number[] = [];
      for (let i = r.int(1, 4); i > 0; i--) {
        const k = r.int(0, b.length - 1);
        at.push(k);
        b[k] ^= 1 << r.int(0, 7);
      }
      return [`bitflip@${at}`, b];
    }
    case 1: {
      const at = r.int(0, b.length - 1);
      b[at] = r.int(0, 255);
      return [`byte@${at}:${base[at].toString(16)}>${b[at].toString(16)}`, b];
    }
    case 2: {
      const at = r.int(0, b.length - 1);
      return ['insert', Buffer.concat([b.subarray(0, at), Buffer.from([r.int(0, 255)]), b.subarray(at)])];
    }
    case 3: {
      const at = r.int(0, b.length - 1);
      return ['delete', Buffer.concat([b.subarray(0, at), b.subarray(at + 1)])];
    }
    case 4: {
      const at = b.indexOf(mi.subarray(0, 40));
      if (at >= 0) b[at + r.int(0, 39)] ^= 0x01;
      return ['content', b];
    }
    default: {
      const at = r.int(0, Math.min(b.length - 1, 60));
      b[at] = r.pick([0x00, 0x80, 0x81, 0x84, 0x85, 0xff, 0x30, 0x24, 0x04]);
      return [`header@${at}:${base[at].toString(16)}>${b[at].toString(16)}`, b];
    }
  }
}

test(`differential fuzz: ${N} mutated device-signed CMS get the same verdict from ours, pkijs and openssl cms -verify`, {
  timeout: size(600_000, 3_600_000),
}, async () => {
  const r = prng(seed);
  // the unmutated ones first: all three accept, same content
  for (const [name, b] of bases) {
    const [o, p, s] = [oursVerdict(b), await pkijsVerdict(b), await opensslVerdict(b)];
    assert.ok(o.ok && p.ok && s.ok, `${name}: ours ${o.why}; pkijs ${p.why}; openssl ${s.why}`);
    assert.ok(o.content!.equals(s.content!), `${name}: content differs from openssl's`);
  }
  const disagreements: string[] = [];
  const pkijsAlone: string[] = []; // pkijs against both openssl and ours
  const tally: Record<string, number> = {};
  let next = 0;
  const cases = Array.from({ length: N }, () => {
    const [name, base] = r.pick(bases);
    const [how, b] = mutate(r, base);
    return { label: `${name}/${how}`, b };
  });
  async function lane() {
    while (next < cases.length) {
      const i = next++;
      const { label, b } = cases[i];
      const o = oursVerdict(b);
      const [p, s] = (await Promise.all([pkijsVerdict(b), opensslVerdict(b)])).map((v) => policy(v, b));
      const key = `${o.ok ? 'A' : 'R'}${p.ok ? 'A' : 'R'}${s.ok ? 'A' : 'R'}`;
      tally[key] = (tally[key] ?? 0) + 1;
      if (o.ok !== s.ok) disagreements.push(`#${i} ${label} ${key}: ours ${o.why} | pkijs ${p.why} | openssl ${s.why}`);
      else if (o.ok !== p.ok) pkijsAlone.push(`#${i} ${label} ${key}: pkijs ${p.why}`);
      else if (o.ok && !o.content!.equals(s.content!)) disagreements.push(`#${i} ${label}: all accept but the content differs from openssl's`);
    }
  }
  await Promise.all([lane(), lane()]);
  console.log(`# verify-differential: ${JSON.stringify(tally)} (ours/pkijs/openssl: A accept, R refuse)`);
  for (const x of pkijsAlone) console.log(`# verify-differential: pkijs alone: ${x}`);
  assert.deepEqual(disagreements, [], 'ours and openssl cms -verify disagree');
  // pkijs (asn1js) reads past outer lengths that are too short, ignores SignedData.digestAlgorithms and decodes a broken
  // certificate in the bag loosely: where it accepts what openssl and ours refuse, it is the lenient one. The other way
  // round (pkijs refusing what both accept) would point at something we miss, and fails.
  assert.deepEqual(
    pkijsAlone.filter((x) => !/ RAR: /.test(x)),
    [],
    'pkijs refuses what ours and openssl accept',
  );
});
