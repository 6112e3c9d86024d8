-- 011: "sync now" asked of a node that does not lead the token (issue #13). The admin POST /sync on any node of a
-- PostgreSQL store writes a row here; the token's leader takes it (DELETE … RETURNING) at its next lease tick and runs
-- the cycle. A request outlives the leader it was meant for: whoever leads next takes it.
CREATE TABLE sync_requests (
  id            INTEGER PRIMARY KEY,
  token         TEXT NOT NULL,
  full_fetch    INTEGER NOT NULL DEFAULT 0,
  requested_at  TEXT NOT NULL,
  requested_by  TEXT NOT NULL                 -- host and pid of the node that was asked
);
CREATE INDEX sync_requests_token ON sync_requests(token);
