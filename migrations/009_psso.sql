-- Platform SSO during ADE (macOS 26, authenticated-enrollment.md Part C; src/auth/psso.ts, src/store/psso.ts).
-- Only SHA-256 hashes (hex) of the link ids and tokens are stored: a copy of the database cannot be used to sign in or
-- to enroll. Single use is a conditional UPDATE checked in the statement, so it holds across processes sharing the file.

-- One row per 403 com.apple.psso.required: the one-time id in its ProfileURL, ManifestURL and AuthURL, bound to the
-- SERIAL and UDID of the verified MachineInfo it answered.
CREATE TABLE psso_links (
  link_hash      TEXT PRIMARY KEY,
  serial_number  TEXT NOT NULL,
  udid           TEXT NOT NULL,
  created_at     TEXT NOT NULL,
  expires_at     TEXT NOT NULL,
  used_at        TEXT              -- when the sign-in at its AuthURL minted the token (a link mints one)
) WITHOUT ROWID;
CREATE INDEX psso_links_serial ON psso_links(serial_number, created_at);
CREATE INDEX psso_links_expires ON psso_links(expires_at);

-- The bearer token minted after the sign-in, for the device's re-POST: single use, short-lived, bound to the link's
-- SERIAL and UDID and carrying the user it binds the enrollment to.
CREATE TABLE psso_tokens (
  token_hash     TEXT PRIMARY KEY,
  serial_number  TEXT NOT NULL,
  udid           TEXT NOT NULL,
  user_json      TEXT NOT NULL,    -- AuthUser {issuer, subject, email, name, groups}
  created_at     TEXT NOT NULL,
  expires_at     TEXT NOT NULL,
  used_at        TEXT
) WITHOUT ROWID;
CREATE INDEX psso_tokens_expires ON psso_tokens(expires_at);
