// Both dialects' migrations end at the same schema: tables, views, columns (type, NOT NULL, default), indexes, unique
// keys and triggers, introspected from a real SQLite file and a real PostgreSQL database. A migration added to one
// folder only fails here, as does a column, index or trigger forgotten in one dialect.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { MIGRATIONS_DIR, openDatabase, type DB } from '../../../src/store/db.ts';
import { PG_MIGRATIONS_DIR, migratePostgres } from '../../../src/store/pg/migrate.ts';
import { type PgPool, openPool } from '../../../src/store/pg/connect.ts';
import { tempDir } from '../../helpers/tmp.ts';
import { freshDatabase } from '../../helpers/pg.ts';

interface Column {
  name: string;
  type: string;
  notnull: boolean;
  dflt: string | null;
}
interface Index {
  table: string;
  cols: string[];
  unique: boolean;
  partial: boolean;
}
interface Schema {
  tables: Record<string, Column[]>;
  views: Record<string, string[]>;
  indexes: Record<string, Index>; // by name: the ones migrations create by name
  uniques: string[]; // "table(cols)" of unique constraints (their index names differ by engine)
  triggers: string[];
}

/** SQLite's rowid rides at the end of every index; PostgreSQL's index says it where the code walks in rowid order. */
const IMPLICIT_ROWID: Record<string, string> = { assignments_work: 'device_id' };

const normDefault = (d: string | null) => (d === null ? null : d.replace(/::(text|bigint|integer)$/, '').replace(/^'(.*)'$/, '$1'));
const SQLITE_TYPES: Record<string, string> = { INTEGER: 'bigint', TEXT: 'text' };

function sqliteSchema(db: DB): Schema {
  const s: Schema = { tables: {}, views: {}, indexes: {}, uniques: [], triggers: [] };
  const objects = db.prepare("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name").all() as {
    type: string;
    name: string;
    tbl_name: string;
    sql: string | null;
  }[];
  for (const o of objects) {
    if (o.type === 'table') {
      const cols = db.pragma(`table_info(${o.name})`) as { name: string; type: string; notnull: number; dflt_value: string | null; pk: number }[];
      s.tables[o.name] = cols.map((c) => ({
        name: c.name,
        type: SQLITE_TYPES[c.type] ?? `sqlite ${c.type}`,
        notnull: c.notnull === 1 || c.pk > 0,
        dflt: normDefault(c.dflt_value),
      }));
      const list = db.pragma(`index_list(${o.name})`) as { name: string; unique: number; origin: string }[];
      for (const i of list.filter((i) => i.origin === 'u')) {
        const cols = (db.pragma(`index_info(${i.name})`) as { name: string }[]).map((c) => c.name);
        s.uniques.push(`${o.name}(${cols.join(',')})`);
      }
    } else if (o.type === 'view') s.views[o.name] = (db.pragma(`table_info(${o.name})`) as { name: string }[]).map((c) => c.name);
    else if (o.type === 'trigger') s.triggers.push(o.name);
    else if (o.type === 'index' && o.sql) {
      const meta = (db.pragma(`index_list(${o.tbl_name})`) as { name: string; unique: number; partial: number }[]).find((i) => i.name === o.name)!;
      const cols = (db.pragma(`index_info(${o.name})`) as { name: string }[]).map((c) => c.name);
      if (IMPLICIT_ROWID[o.name]) cols.push(IMPLICIT_ROWID[o.name]);
      s.indexes[o.name] = { table: o.tbl_name, cols, unique: meta.unique === 1, partial: meta.partial === 1 };
    }
  }
  s.uniques.sort();
  s.triggers.sort();
  return s;
}

async function postgresSchema(pool: PgPool): Promise<Schema> {
  const s: Schema = { tables: {}, views: {}, indexes: {}, uniques: [], triggers: [] };
  const rels = await pool.query<{ table_name: string; table_type: string }>(
    'SELECT table_name, table_type FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY table_name',
  );
  const cols = await pool.query<{ table_name: string; column_name: string; data_type: string; is_nullable: string; column_default: string | null }>(
    `SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns
     WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position`,
  );
  for (const r of rels) {
    const mine = cols.filter((c) => c.table_name === r.table_name);
    if (r.table_type === 'VIEW') s.views[r.table_name] = mine.map((c) => c.column_name);
    else
      s.tables[r.table_name] = mine.map((c) => ({
        name: c.column_name,
        type: c.data_type,
        notnull: c.is_nullable === 'NO',
        dflt: normDefault(c.column_default),
      }));
  }
  const idx = await pool.query<{ name: string; tbl: string; uniq: boolean; partial: boolean; constraint: boolean; cols: string[] }>(
    `SELECT i.relname AS name, t.relname AS tbl, ix.indisunique AS uniq, ix.indpred IS NOT NULL AS partial,
       EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = ix.indexrelid) AS constraint,
       array(SELECT a.attname::text FROM unnest(ix.indkey) WITH ORDINALITY k(attnum, ord)
             LEFT JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum ORDER BY k.ord) AS cols
     FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_class t ON t.oid = ix.indrelid
     JOIN pg_namespace n ON n.oid = t.relnamespace
     WHERE n.nspname = current_schema() AND NOT ix.indisprimary ORDER BY i.relname`,
  );
  for (const i of idx) {
    if (i.constraint) s.uniques.push(`${i.tbl}(${i.cols.join(',')})`);
    else s.indexes[i.name] = { table: i.tbl, cols: i.cols, unique: i.uniq, partial: i.partial };
  }
  const trg = await pool.query<{ trigger_name: string }>(
    'SELECT DISTINCT trigger_name FROM information_schema.triggers WHERE trigger_schema = current_schema() ORDER BY trigger_name',
  );
  s.triggers = trg.map((t) => t.trigger_name);
  s.uniques.sort();
  return s;
}

const sqlFiles = (dir: string) =>
  readdirSync(dir)
    .filter((f) => /^\d+_.*\.sql$/.test(f))
    .sort();

test('every migration exists in both dialects, under the same number and name', () => {
  const sqlite = sqlFiles(MIGRATIONS_DIR);
  const postgres = sqlFiles(PG_MIGRATIONS_DIR);
  assert.ok(sqlite.length >= 6, `found only ${sqlite.length} SQLite migrations`);
  assert.deepEqual(postgres, sqlite, 'migrations/ and migrations/postgresql/ must hold the same numbered files');
});

test('SQLite and PostgreSQL end with the same tables, views, columns, indexes, unique keys and triggers', async () => {
  const db = openDatabase(join(tempDir(), 'schema.db'));
  const lite = sqliteSchema(db);
  db.close();
  const pool = openPool({ url: await freshDatabase() });
  try {
    await migratePostgres(pool);
    const pg = await postgresSchema(pool);
    assert.deepEqual(Object.keys(pg.tables).sort(), Object.keys(lite.tables).sort(), 'tables');
    for (const [t, c] of Object.entries(lite.tables)) assert.deepEqual(pg.tables[t], c, `columns of ${t}`);
    assert.deepEqual(pg.views, lite.views, 'views and their columns');
    assert.deepEqual(pg.indexes, lite.indexes, 'named indexes');
    assert.deepEqual(pg.uniques, lite.uniques, 'unique keys');
    assert.deepEqual(pg.triggers, lite.triggers, 'triggers');
    assert.ok(Object.keys(lite.indexes).length >= 10 && lite.triggers.length >= 10, 'introspection found the schema');
  } finally {
    await pool.end();
  }
});
