-- The policy a token's assignment rows were last evaluated under (rules, defaults, profile UUIDs): when it changes,
-- every device of the token is evaluated again.
ALTER TABLE tokens ADD COLUMN policy_fingerprint TEXT;
