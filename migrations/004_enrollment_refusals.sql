-- Refusals are counted, not stored one by one: a request nobody could authenticate used to write an `enrollments` row
-- (20,000 empty POSTs added 20,000 rows, 4.7 MB). Now each refusal adds 1 to its (hour, code) row here: the table grows
-- by at most (reason codes × hours), whatever the request rate. Full records stay for served and OS-update decisions
-- and for refusals of our own devices with a valid device signature.
CREATE TABLE enrollment_refusals (
  hour           TEXT NOT NULL,                 -- UTC hour, 'YYYY-MM-DDTHH'
  code           TEXT NOT NULL,                 -- the refusal's code (adesync.unsigned, adesync.unknown_device, …)
  count          INTEGER NOT NULL,
  PRIMARY KEY (hour, code)
) WITHOUT ROWID;

-- Verified requests of a known serial that got no full record: over the per-device limit (code
-- adesync.too_many_enrollments: refused), or a non-served decision repeated past the limit (its own code). One row per
-- (serial, code), so replays of a captured request cost a counter, not a row each.
CREATE TABLE enrollment_limited (
  serial_number  TEXT NOT NULL,
  code           TEXT NOT NULL,
  count          INTEGER NOT NULL,
  first_at       TEXT NOT NULL,
  last_at        TEXT NOT NULL,
  PRIMARY KEY (serial_number, code)
) WITHOUT ROWID;
CREATE INDEX enrollment_limited_last ON enrollment_limited(last_at);

-- The per-device limit counts a serial's records in a time window: (serial, at) answers it with one range seek.
DROP INDEX enrollments_serial;
CREATE INDEX enrollments_serial ON enrollments(serial_number, at);

-- Existing refusals: counted into the hourly table; the ones of no device of ours (unsigned, malformed, unknown serial:
-- no token) are then dropped. Their code is the reason's prefix where it has one ("adesync.unsigned: …").
INSERT INTO enrollment_refusals (hour, code, count)
  SELECT substr(at, 1, 13), CASE WHEN reason LIKE 'adesync.%: %' THEN substr(reason, 1, instr(reason, ':') - 1) ELSE 'adesync.refused' END, COUNT(*)
  FROM enrollments WHERE decision = 'refused' GROUP BY 1, 2;
DELETE FROM enrollments WHERE decision = 'refused' AND token IS NULL;
