import type { EnrollmentConfig, Config } from '../config/schema.ts';
import type { Store } from '../store/index.ts';
import type { Logger } from '../log.ts';
import type { Metrics } from './metrics.ts';
import { createEnrollmentServer, type EnrollmentServer } from '../enroll/server.ts';
import { chooseProfile } from '../assign/policy.ts';
import { loadRules } from '../assign/context.ts';
import type { LoginFlow } from '../auth/login.ts';
import { createPsso, type Psso } from '../auth/psso.ts';
import { PssoConfigError } from '../auth/psso-assets.ts';
import type { DeviceRecord } from '../enroll/decide.ts';
import { createLoginFlow, type LoginService } from '../auth/oidc.ts';
import { createWebViewRoute } from '../auth/webview.ts';
import { createOtaService } from '../auth/ota.ts';
import type { LoginSessionStore } from '../store/logins.ts';

export interface EnrollmentHandle {
  url: string;
  server: EnrollmentServer;
  /** Not ok (with a reason) when no enrollment worker runs or every one is stuck (for /readyz and the watchdog). */
  health: EnrollmentServer['health'];
  reload(cfg: EnrollmentConfig): void;
  close(): Promise<void>;
}

/**
 * The enrollment endpoint inside the daemon. The profile rule recorded per enrollment is the same rule the assigner
 * used for that device (first matching rule, else the token's default).
 */
export async function startEnrollment(o: {
  config: EnrollmentConfig;
  /** Lookups and records (either engine); its enrollment store writes the webhook events of an SQLite store. */
  store: Store;
  logger: Logger;
  metrics: Metrics;
  rules: () => Config;
  /** The IdP login (src/auth), for the login-first flows: web view, OTA phase 1, PSSO. Default: from enrollment.login. */
  login?: LoginFlow;
}): Promise<EnrollmentHandle> {
  let rules = loadRules(o.rules());
  let rulesOf = o.rules();
  /** The rule and ADE profile the assigner chooses for this device. */
  const choose = (device: DeviceRecord) => {
    if (rulesOf !== o.rules()) {
      rulesOf = o.rules();
      rules = loadRules(rulesOf);
    }
    return chooseProfile(
      {
        token: device.token,
        serial_number: device.serial_number,
        device_family: device.device_family ?? null,
        os: device.os ?? null,
        model: device.model ?? null,
        profile_status: device.profile_status ?? 'empty',
        profile_uuid: null,
        deleted: !!device.deleted_at,
      },
      { rules, defaults: Object.fromEntries(rulesOf.tokens.map((t) => [t.name, t.default_profile])), uuids: () => null },
    );
  };
  const logger = o.logger.child({ component: 'enroll' });
  // the relying party from enrollment.login (tests may hand in their own flow)
  const auth = o.store.auth;
  const service = o.login ? undefined : startLogin(o.config, auth.logins, o.logger);
  const login: LoginFlow | undefined = o.login ?? service;
  let psso: Psso | undefined;
  if (o.config.psso?.enabled) {
    if (!login) throw new PssoConfigError('enrollment.psso.enabled: Platform SSO signs the user in with the identity provider: configure enrollment.login');
    psso = createPsso({ config: o.config, store: auth.psso, login, logger, adeProfile: (device) => choose(device).profile });
  }
  if (o.config.ota && !login) throw new Error('enrollment.ota needs enrollment.login: phase 1 logs the user in before the Profile Service payload is served');
  const ota =
    o.config.ota && login ? createOtaService({ config: o.config, sessions: auth.ota, lookupDevice: o.store.enrollments.lookup, login, logger }) : undefined;
  const server = createEnrollmentServer({
    config: o.config,
    store: o.store.enrollments,
    logger,
    profileRule: (device) => {
      if (!device) return undefined;
      const c = choose(device);
      return c.profile ? `${c.rule} → ${c.profile}` : c.rule;
    },
    gate: psso?.gate,
    onDecision: (decision, ms) => o.metrics.enrollment(decision, ms),
    onOverload: (reason) => o.metrics.enrollmentOverload(reason),
    onConnectionRefused: (reason) => o.metrics.connectionRefused('enrollment', reason),
    onRefusal: (code) => o.metrics.enrollmentRefusal(code),
    onRepeat: (outcome) => o.metrics.enrollmentRepeat(outcome),
    onLogin: (flow) => o.metrics.enrollmentLogin(flow),
    routes: [
      ...(service
        ? [
            service.route,
            createWebViewRoute({
              path: o.config.web_view.path,
              flow: service,
              publicUrl: o.config.public_url!,
              trustForwarded: o.config.trust_forwarded_headers,
            }),
          ]
        : []),
      ...(psso ? [psso.route] : []),
      ...(ota ? [ota.route] : []),
    ],
  });
  o.metrics.setEnrollmentPool(() => server.stats());
  const addr = await server.listen();
  const scheme = o.config.tls ? 'https' : 'http';
  return {
    url: `${scheme}://${addr.address.includes(':') ? `[${addr.address}]` : addr.address}:${addr.port}${o.config.path}`,
    server,
    health: () => server.health(),
    reload: () => o.logger.warn('enrollment settings changed: restart the daemon to apply them (sync settings were reloaded)'),
    close: async () => {
      await server.close();
      psso?.close();
    },
  };
}

/** The relying party for the login-first flows (enrollment.login): the callback and the web view. */
function startLogin(config: EnrollmentConfig, sessions: LoginSessionStore, logger: Logger): LoginService | undefined {
  if (!config.login) return undefined;
  // the schema requires public_url with login
  return createLoginFlow({ login: config.login, publicUrl: config.public_url!, sessions, logger: logger.child({ component: 'login' }) });
}
