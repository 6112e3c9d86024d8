-- Events out (webhooks). Each event is written in the same transaction as the change it reports (the sync page, the
-- assigner's answer, the enrollment batch; token status and failed syncs by the triggers below), so a crash never loses
-- or invents one. Deliveries are made later, per endpoint, by the daemon's sender.
CREATE TABLE outbox (
  seq     INTEGER PRIMARY KEY,              -- commit order: the sender fans events out in this order
  id      TEXT NOT NULL,                    -- the event's stable id (webhook-id, CloudEvents id): evt_<ms hex><random>
  type    TEXT NOT NULL,                    -- device.added, profile.assigned, … (README "Webhooks")
  token   TEXT,
  subject TEXT,                             -- the serial number (the token's name for token events)
  time    TEXT NOT NULL,                    -- ISO 8601 UTC, when the change was committed
  data    TEXT NOT NULL,                    -- JSON
  dedupe  TEXT                              -- for events a timer may raise again (token.expiring): one per key
);
-- ids grow with time (their first 12 hex digits are the ms), so this one index appends and serves both "replay ID" and
-- "--since T" (id >= evt_<T in hex>); a second index on time cost a first cycle more than it saved any query
CREATE INDEX outbox_id ON outbox(id);
CREATE UNIQUE INDEX outbox_dedupe ON outbox(dedupe) WHERE dedupe IS NOT NULL;

-- Per configured endpoint: the last outbox seq fanned out into its deliveries.
CREATE TABLE webhook_endpoints (
  name       TEXT PRIMARY KEY,
  after_seq  INTEGER NOT NULL,
  created_at TEXT NOT NULL
);

CREATE TABLE webhook_deliveries (
  endpoint    TEXT NOT NULL,
  seq         INTEGER NOT NULL,               -- outbox.seq
  subject     TEXT,                           -- copied from the event: order is kept per endpoint and subject
  state       TEXT NOT NULL,                  -- pending | delivered | dead
  attempts    INTEGER NOT NULL DEFAULT 0,
  next_at     TEXT NOT NULL,                  -- not before this time
  last_status INTEGER,                        -- HTTP status of the last attempt (NULL: no answer)
  last_error  TEXT,
  done_at     TEXT,                           -- delivered or dead-lettered at
  PRIMARY KEY (endpoint, seq)
) WITHOUT ROWID;
-- what the sender reads at every dispatch, covered: the primary key would walk every delivered row first
CREATE INDEX webhook_deliveries_pending ON webhook_deliveries(endpoint, seq, subject, next_at, attempts) WHERE state = 'pending';
CREATE INDEX webhook_deliveries_dead ON webhook_deliveries(endpoint, done_at) WHERE state = 'dead';

-- Token status changes: rare, always recorded (whether or not a webhook wants them), in the statement that makes them.
CREATE TRIGGER outbox_token_status AFTER UPDATE OF status ON tokens
WHEN NEW.status IS NOT OLD.status AND NEW.status IN ('t_c_not_signed', 'access_denied', 'unauthorized', 'expired', 'revoked', 'clock_skew')
BEGIN
  INSERT INTO outbox (id, type, token, subject, time, data) VALUES (
    'evt_' || printf('%012x', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)) || lower(hex(randomblob(10))),
    CASE NEW.status WHEN 't_c_not_signed' THEN 'token.terms_not_accepted' ELSE 'token.unusable' END,
    NEW.name, NEW.name, COALESCE(NEW.status_at, strftime('%Y-%m-%dT%H:%M:%fZ')),
    json_object('token', NEW.name, 'status', NEW.status, 'previous_status', OLD.status, 'detail', NEW.status_detail,
      'server_name', NEW.server_name));
END;

-- A failed sync run: only the first of a streak (a token failing every 5 minutes is one event, not 288 a day).
CREATE TRIGGER outbox_sync_failed AFTER UPDATE OF result ON sync_runs
WHEN NEW.result = 'error' AND OLD.result <> 'error' AND NEW.kind IN ('fetch', 'sync')
  AND COALESCE((SELECT r.result FROM sync_runs r WHERE r.token = NEW.token AND r.id < NEW.id AND r.kind IN ('fetch', 'sync')
    AND r.result IN ('ok', 'error') ORDER BY r.id DESC LIMIT 1), 'ok') <> 'error'
BEGIN
  INSERT INTO outbox (id, type, token, subject, time, data) VALUES (
    'evt_' || printf('%012x', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)) || lower(hex(randomblob(10))),
    'sync.failed', NEW.token, NEW.token, COALESCE(NEW.finished_at, strftime('%Y-%m-%dT%H:%M:%fZ')),
    json_object('token', NEW.token, 'run_id', NEW.id, 'phase', NEW.kind, 'error_code', NEW.error_code, 'error_message', NEW.error_message,
      'started_at', NEW.started_at));
END;
