-- Logins in progress (src/auth/oidc.ts): one row per started login, taken (deleted) by the one callback. Kept here, not
-- in memory, so a restart mid-login loses at most that login and several nodes can share the logins later. Lookups are
-- by SHA-256 of the OAuth `state` and of the cookie's id: neither value is stored in clear. The nonce and PKCE
-- code_verifier are stored as they are (the RP must send or compare them), useless without the one-time code.
CREATE TABLE login_sessions (
  state_sha256  TEXT PRIMARY KEY,      -- hex SHA-256 of the state sent to the IdP
  cookie_sha256 TEXT NOT NULL,         -- hex SHA-256 of the id in the __Host-adesync-login cookie
  purpose       TEXT NOT NULL,         -- webview | ota | psso
  data          TEXT NOT NULL,         -- JSON: what the flow needs back (the web view's device blob, …)
  serial        TEXT,                  -- the device's, when the flow knows it: logins in progress are capped per serial
  nonce         TEXT NOT NULL,
  code_verifier TEXT NOT NULL,
  created_at    INTEGER NOT NULL,      -- ms since the epoch
  expires_at    INTEGER NOT NULL       -- ms since the epoch; a session is taken only before this
) WITHOUT ROWID;
CREATE INDEX login_sessions_expiry ON login_sessions(expires_at);
CREATE INDEX login_sessions_serial ON login_sessions(serial, expires_at) WHERE serial IS NOT NULL;
