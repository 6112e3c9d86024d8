-- PostgreSQL dialect of ../007_logins.sql (see its comments): login sessions keyed by the hash of their state.
CREATE TABLE login_sessions (
  state_sha256  text PRIMARY KEY,
  cookie_sha256 text NOT NULL,
  purpose       text NOT NULL,
  data          text NOT NULL,
  serial        text,
  nonce         text NOT NULL,
  code_verifier text NOT NULL,
  created_at    bigint NOT NULL,
  expires_at    bigint NOT NULL
);
CREATE INDEX login_sessions_expiry ON login_sessions(expires_at);
CREATE INDEX login_sessions_serial ON login_sessions(serial, expires_at) WHERE serial IS NOT NULL;
