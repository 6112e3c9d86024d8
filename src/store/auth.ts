/**
 * The login-first flows' storage (web view, OTA, Platform SSO), engine-neutral: logins in progress, OTA sessions and
 * their challenges, Platform SSO links and tokens. Every take or spend is one statement on either engine, so single use
 * holds across the nodes of a shared PostgreSQL as it does across processes on one SQLite file.
 */
import type { DB } from './db.ts';
import { createLoginSessionStore, type LoginSessionStore } from './logins.ts';
import { sqliteOtaStore, type OtaStore } from './ota.ts';
import { createPssoStore, type PssoStore } from './psso.ts';
import type { PgPool } from './pg/connect.ts';
import { createPgLoginSessionStore } from './pg/logins.ts';
import { createPgOtaStore } from './pg/ota.ts';
import { createPgPssoStore } from './pg/psso.ts';

export interface AuthStores {
  logins: LoginSessionStore;
  ota: OtaStore;
  psso: PssoStore;
}

export function createSqliteAuthStores(db: DB): AuthStores {
  return { logins: createLoginSessionStore(db), ota: sqliteOtaStore(db), psso: createPssoStore(db) };
}

export function createPgAuthStores(pool: PgPool): AuthStores {
  return { logins: createPgLoginSessionStore(pool), ota: createPgOtaStore(pool), psso: createPgPssoStore(pool) };
}
