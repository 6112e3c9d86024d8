/**
 * What the Platform SSO tests share: the admin's files (an ExtensibleSSO profile, a package manifest, written by python's
 * plistlib) and an in-test LoginFlow that completes every login with one fixed user. The real-IdP flow is tested where
 * the OIDC relying party lives; here the login is the seam, not the subject.
 */
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoginComplete, LoginFlow } from '../../src/auth/login.ts';
import type { AuthUser } from '../../src/auth/types.ts';
import type { EnrollRoute } from '../../src/enroll/server.ts';
import { machineInfoXml } from '../cms/testpki.ts';

export const SSO_PAYLOAD = {
  PayloadType: 'com.apple.extensiblesso',
  PayloadVersion: 1,
  PayloadIdentifier: 'com.example.psso.sso',
  PayloadUUID: '6E1F4A2B-3C4D-4E5F-8A9B-0C1D2E3F4A5B',
  ExtensionIdentifier: 'com.example.idp.macos.ssoextension',
  TeamIdentifier: 'ABCDE12345',
  Type: 'Redirect',
  URLs: ['https://idp.example.test/sso'],
  PlatformSSO: { AuthenticationMethod: 'UserSecureEnclaveKey', EnableRegistrationDuringSetup: true },
};

export function ssoProfile(payload: Record<string, unknown> = SSO_PAYLOAD, over: Record<string, unknown> = {}): Buffer {
  return machineInfoXml({
    PayloadType: 'Configuration',
    PayloadVersion: 1,
    PayloadIdentifier: 'com.example.psso',
    PayloadUUID: '0B5C8E2A-1D3F-4A6B-9C8D-7E6F5A4B3C2D',
    PayloadDisplayName: 'Example Platform SSO',
    PayloadContent: [payload],
    ...over,
  });
}

export const MANIFEST = {
  items: [
    {
      assets: [{ kind: 'software-package', url: 'https://downloads.example.test/ExampleSSO.pkg', 'sha256-size': 10485760, sha256s: ['ab'.repeat(32)] }],
      metadata: { kind: 'software', 'bundle-identifier': 'com.example.idp.macos', 'bundle-version': '1.0', title: 'Example SSO' },
    },
  ],
};

/** profile_file and manifest_file in `dir`. */
export function writePssoFiles(dir: string): { profile: string; manifest: string } {
  const profile = join(dir, 'platform-sso.mobileconfig');
  const manifest = join(dir, 'manifest.plist');
  writeFileSync(profile, ssoProfile());
  writeFileSync(manifest, machineInfoXml(MANIFEST));
  return { profile, manifest };
}

export const FIXED_USER: AuthUser = {
  issuer: 'https://idp.example.test',
  subject: 'alice-0001',
  email: 'alice@example.test',
  name: 'Alice Example',
  groups: ['staff'],
};

/**
 * A LoginFlow for tests that logs every user in as `user` at once: begin answers 302 to a callback on the same
 * server (its route), which calls the purpose's handler with the data begin got. A callback may be replayed (`state`
 * is kept), so a test can show that what the handler does happens once.
 */
export function fixedUserLogin(user: AuthUser = FIXED_USER): { flow: LoginFlow; route: EnrollRoute; begun: Record<string, unknown>[] } {
  const pending = new Map<string, { purpose: string; data: Record<string, unknown> }>();
  const handlers = new Map<string, LoginComplete>();
  const begun: Record<string, unknown>[] = [];
  const flow: LoginFlow = {
    async begin(_req, res, purpose, data) {
      const state = randomUUID();
      pending.set(state, { purpose, data });
      begun.push(data);
      res.writeHead(302, { Location: `/test-login/callback?state=${state}`, 'Content-Length': 0 });
      res.end();
    },
    onComplete(purpose, handler) {
      handlers.set(purpose, handler);
    },
  };
  const route: EnrollRoute = (req, res, _ctx, gone) => {
    const u = new URL(req.url ?? '/', 'http://x');
    if (u.pathname !== '/test-login/callback') return undefined;
    const p = pending.get(u.searchParams.get('state') ?? '');
    if (!p) {
      res.writeHead(400).end();
      return Promise.resolve(undefined);
    }
    return handlers.get(p.purpose)!(req, res, user, p.data, gone);
  };
  return { flow, route, begun };
}
