-- 010: who enrolled which device (issue #14 item 5, spec B.4). A profile served after a login (web view, OTA, Platform
-- SSO) records the identity provider's user beside the serial and UDID from the verified blob, in the same row and so
-- the same transaction as the record itself. A plain ADE POST leaves them NULL and its flow 'ade'.
ALTER TABLE enrollments ADD COLUMN flow TEXT;          -- ade | webview | ota | psso (NULL: recorded before 010)
ALTER TABLE enrollments ADD COLUMN user_issuer TEXT;   -- the ID token's iss
ALTER TABLE enrollments ADD COLUMN user_subject TEXT;  -- its sub: with the issuer, the user's stable identity
ALTER TABLE enrollments ADD COLUMN user_email TEXT;
ALTER TABLE enrollments ADD COLUMN user_name TEXT;
ALTER TABLE enrollments ADD COLUMN user_groups TEXT;   -- JSON array of strings

-- `adesync enrollments --user X` (subject or email) and `adesync device`'s latest binding. Partial: rows of a plain
-- ADE POST (no user) cost the endpoint no extra index insert.
CREATE INDEX enrollments_user_subject ON enrollments(user_subject, at) WHERE user_subject IS NOT NULL;
CREATE INDEX enrollments_user_email ON enrollments(lower(user_email), at) WHERE user_email IS NOT NULL;

-- The fixed fields of the enrollment profiles served (PayloadIdentifier, Topic, ServerURL, CheckInURL, AccessRights,
-- per-user connections, signer: spec Part D), one row per distinct set, so `adesync profile show` can warn when the
-- config no longer matches what devices hold. Upserted at most once per recorder batch; a handful of rows ever.
CREATE TABLE enrollment_profile_fixed (
  fields          TEXT PRIMARY KEY,            -- JSON object, field → value, as served
  first_served_at TEXT NOT NULL,
  last_served_at  TEXT NOT NULL
) WITHOUT ROWID;
