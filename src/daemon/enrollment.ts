import type { EnrollmentConfig, Config } from '../config/schema.ts';
import type { DB } from '../store/db.ts';
import type { Logger } from '../log.ts';
import type { Metrics } from './metrics.ts';
import type { Outbox } from '../events/outbox.ts';
import { createEnrollmentServer, type EnrollmentServer } from '../enroll/server.ts';
import { chooseProfile } from '../assign/policy.ts';
import { loadRules } from '../assign/context.ts';
import type { LoginFlow } from '../auth/login.ts';
import { createPsso, type Psso } from '../auth/psso.ts';
import { PssoConfigError } from '../auth/psso-assets.ts';
import type { DeviceRecord } from '../enroll/decide.ts';

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
  db: DB;
  logger: Logger;
  metrics: Metrics;
  rules: () => Config;
  outbox?: Outbox;
  /** The IdP login (src/auth): needed by enrollment.psso. */
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
  let psso: Psso | undefined;
  if (o.config.psso?.enabled) {
    if (!o.login) throw new PssoConfigError('enrollment.psso.enabled: Platform SSO signs the user in with the identity provider: configure enrollment.login');
    psso = createPsso({ config: o.config, db: o.db, login: o.login, logger, adeProfile: (device) => choose(device).profile });
  }
  const server = createEnrollmentServer({
    config: o.config,
    db: o.db,
    logger,
    profileRule: (device) => {
      if (!device) return undefined;
      const c = choose(device);
      return c.profile ? `${c.rule} → ${c.profile}` : c.rule;
    },
    ...(psso ? { gate: psso.gate, routes: [psso.route] } : {}),
    onDecision: (decision, ms) => o.metrics.enrollment(decision, ms),
    onOverload: (reason) => o.metrics.enrollmentOverload(reason),
    onConnectionRefused: (reason) => o.metrics.connectionRefused('enrollment', reason),
    onRefusal: (code) => o.metrics.enrollmentRefusal(code),
    onRepeat: (outcome) => o.metrics.enrollmentRepeat(outcome),
    onLogin: (flow) => o.metrics.enrollmentLogin(flow),
    outbox: o.outbox,
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
