import type { EnrollmentConfig } from '../config/schema.ts';
import type { Config } from '../config/schema.ts';
import type { DB } from '../store/db.ts';
import type { Logger } from '../log.ts';
import type { Metrics } from './metrics.ts';

export interface EnrollmentHandle { url: string; reload(cfg: EnrollmentConfig): void; close(): Promise<void> }

/** Start the enrollment endpoint inside the daemon. (Filled in when src/enroll/server.ts lands.) */
export async function startEnrollment(_o: { config: EnrollmentConfig; db: DB; logger: Logger; metrics: Metrics; rules: () => Config }): Promise<EnrollmentHandle | null> {
  return null;
}
