import type { EnrollmentConfig, Config } from '../config/schema.ts';
import type { DB } from '../store/db.ts';
import type { Logger } from '../log.ts';
import type { Metrics } from './metrics.ts';
import type { Outbox } from '../events/outbox.ts';
import { createEnrollmentServer, type EnrollmentServer, type EnrollRoute } from '../enroll/server.ts';
import { chooseProfile } from '../assign/policy.ts';
import { loadRules } from '../assign/context.ts';
import type { LoginFlow } from '../auth/login.ts';
import { createOtaService } from '../auth/ota.ts';

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
  /** The login before OTA phase 1 (and the other login-first flows). */
  login?: LoginFlow;
}): Promise<EnrollmentHandle> {
  let rules = loadRules(o.rules());
  const logger = o.logger.child({ component: 'enroll' });
  const routes: EnrollRoute[] = [];
  if (o.config.ota) {
    if (!o.login) throw new Error('enrollment.ota needs enrollment.login: phase 1 logs the user in before the Profile Service payload is served');
    routes.push(createOtaService({ config: o.config, db: o.db, login: o.login, logger }).route);
  }
  let rulesOf = o.rules();
  const server = createEnrollmentServer({
    config: o.config,
    db: o.db,
    logger,
    routes,
    profileRule: (device) => {
      if (!device) return undefined;
      if (rulesOf !== o.rules()) {
        rulesOf = o.rules();
        rules = loadRules(rulesOf);
      }
      const c = chooseProfile(
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
      return c.profile ? `${c.rule} → ${c.profile}` : c.rule;
    },
    onDecision: (decision, ms) => o.metrics.enrollment(decision, ms),
    onOverload: (reason) => o.metrics.enrollmentOverload(reason),
    onConnectionRefused: (reason) => o.metrics.connectionRefused('enrollment', reason),
    onRefusal: (code) => o.metrics.enrollmentRefusal(code),
    onRepeat: (outcome) => o.metrics.enrollmentRepeat(outcome),
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
    close: () => server.close(),
  };
}
