-- PostgreSQL dialect of ../004_enrollment_refusals.sql (WITHOUT ROWID tables are plain tables keyed the same).
CREATE TABLE enrollment_refusals (
  hour           text NOT NULL,
  code           text NOT NULL,
  count          bigint NOT NULL,
  PRIMARY KEY (hour, code)
);

CREATE TABLE enrollment_limited (
  serial_number  text NOT NULL,
  code           text NOT NULL,
  count          bigint NOT NULL,
  first_at       text NOT NULL,
  last_at        text NOT NULL,
  PRIMARY KEY (serial_number, code)
);
CREATE INDEX enrollment_limited_last ON enrollment_limited(last_at);

DROP INDEX enrollments_serial;
CREATE INDEX enrollments_serial ON enrollments(serial_number, at);

INSERT INTO enrollment_refusals (hour, code, count)
  SELECT substr(at, 1, 13), CASE WHEN reason LIKE 'adesync.%: %' THEN substr(reason, 1, strpos(reason, ':') - 1) ELSE 'adesync.refused' END, COUNT(*)
  FROM enrollments WHERE decision = 'refused' GROUP BY 1, 2;
DELETE FROM enrollments WHERE decision = 'refused' AND token IS NULL;
