-- PostgreSQL dialect of ../010_enrollment_users.sql (see its comments): who enrolled which device, and the fixed
-- fields of the profiles served.
ALTER TABLE enrollments ADD COLUMN flow text;
ALTER TABLE enrollments ADD COLUMN user_issuer text;
ALTER TABLE enrollments ADD COLUMN user_subject text;
ALTER TABLE enrollments ADD COLUMN user_email text;
ALTER TABLE enrollments ADD COLUMN user_name text;
ALTER TABLE enrollments ADD COLUMN user_groups text;

CREATE INDEX enrollments_user_subject ON enrollments(user_subject, at) WHERE user_subject IS NOT NULL;
CREATE INDEX enrollments_user_email ON enrollments(lower(user_email), at) WHERE user_email IS NOT NULL;

CREATE TABLE enrollment_profile_fixed (
  fields          text PRIMARY KEY,
  first_served_at text NOT NULL,
  last_served_at  text NOT NULL
);
