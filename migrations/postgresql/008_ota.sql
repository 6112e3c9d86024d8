-- PostgreSQL dialect of ../008_ota.sql (see its comments): OTA sessions, the challenge stored as its hash.
CREATE TABLE ota_sessions (
  id              text PRIMARY KEY,
  challenge_hash  text NOT NULL UNIQUE,
  phase           bigint NOT NULL,
  user_issuer     text NOT NULL,
  user_subject    text NOT NULL,
  user_email      text,
  user_name       text,
  user_groups     text NOT NULL,
  created_at      text NOT NULL,
  expires_at      text NOT NULL,
  serial_number   text,
  udid            text,
  product         text,
  build_version   text,
  phase2_at       text,
  phase3_at       text
);
CREATE INDEX ota_sessions_expires ON ota_sessions(expires_at);
