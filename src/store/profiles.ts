// The `profiles` table: each ADE profile definition adesync made at Apple, per token; the current one has no superseded_at.
import type { DB } from './db.ts';

/** UUID of the current definition of each profile of a token (null: not defined at Apple yet). */
export function currentUuids(db: DB, token: string): Map<string, string | null> {
  const rows = db.prepare('SELECT name, profile_uuid FROM profiles WHERE token = ? AND superseded_at IS NULL').all(token) as {
    name: string;
    profile_uuid: string | null;
  }[];
  return new Map(rows.map((r) => [r.name, r.profile_uuid]));
}

/** The definition of this content, current or superseded. */
export function findDefinition(db: DB, token: string, name: string, hash: string): { profile_uuid: string | null; superseded_at: string | null } | undefined {
  return db.prepare('SELECT profile_uuid, superseded_at FROM profiles WHERE token = ? AND name = ? AND content_hash = ?').get(token, name, hash) as
    | { profile_uuid: string | null; superseded_at: string | null }
    | undefined;
}

/** The new current definition of a profile (callers wrap it in their transaction). */
export function recordDefinition(db: DB, o: { token: string; name: string; hash: string; uuid: string; definition: unknown; at: string }): void {
  db.prepare('UPDATE profiles SET superseded_at = ? WHERE token = ? AND name = ? AND superseded_at IS NULL').run(o.at, o.token, o.name);
  db.prepare(`INSERT INTO profiles (token, name, content_hash, profile_uuid, definition, defined_at) VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT(token, name, content_hash) DO UPDATE SET profile_uuid = excluded.profile_uuid, defined_at = excluded.defined_at, superseded_at = NULL`).run(
    o.token,
    o.name,
    o.hash,
    o.uuid,
    JSON.stringify(o.definition),
    o.at,
  );
}

/** Forget a profile UUID Apple no longer knows, so the next definition pass defines it again. */
export function forgetProfile(db: DB, token: string, uuid: string): void {
  db.prepare('UPDATE profiles SET superseded_at = ? WHERE token = ? AND profile_uuid = ?').run(new Date().toISOString(), token, uuid);
}

/** Apple still knows this UUID (the daily check). */
export function markProfileVerified(db: DB, token: string, uuid: string, at = new Date()): void {
  db.prepare('UPDATE profiles SET verified_at = ? WHERE token = ? AND profile_uuid = ?').run(at.toISOString(), token, uuid);
}

/** Every definition ever made, current and superseded (`adesync profile show`). */
export function allDefinitions(
  db: DB,
): { token: string; name: string; content_hash: string; profile_uuid: string | null; defined_at: string; superseded_at: string | null }[] {
  return db.prepare('SELECT token, name, content_hash, profile_uuid, defined_at, superseded_at FROM profiles ORDER BY token, name, id').all() as ReturnType<
    typeof allDefinitions
  >;
}
