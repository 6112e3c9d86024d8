-- PostgreSQL dialect of ../002_policy.sql.
ALTER TABLE tokens ADD COLUMN policy_fingerprint text;
