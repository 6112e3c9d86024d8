-- PostgreSQL dialect of ../009_psso.sql (see its comments): only hashes of link ids and tokens; single use by a
-- conditional UPDATE checked in the statement.
CREATE TABLE psso_links (
  link_hash      text PRIMARY KEY,
  serial_number  text NOT NULL,
  udid           text NOT NULL,
  created_at     text NOT NULL,
  expires_at     text NOT NULL,
  used_at        text
);
CREATE INDEX psso_links_serial ON psso_links(serial_number, created_at);
CREATE INDEX psso_links_expires ON psso_links(expires_at);

CREATE TABLE psso_tokens (
  token_hash     text PRIMARY KEY,
  serial_number  text NOT NULL,
  udid           text NOT NULL,
  user_json      text NOT NULL,
  created_at     text NOT NULL,
  expires_at     text NOT NULL,
  used_at        text
);
CREATE INDEX psso_tokens_expires ON psso_tokens(expires_at);
