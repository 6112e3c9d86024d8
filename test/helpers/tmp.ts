import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';

/** A fresh temporary folder, removed when the test file ends. */
export function tempDir(prefix = 'adesync-'): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  after(() => rmSync(d, { recursive: true, force: true }));
  return d;
}

/** The shared fixtures folder; fails loudly (never passes silently) when it is missing. */
export const SHARED = new URL('../../../shared/', import.meta.url).pathname;
export function fixture(rel: string): string {
  return join(SHARED, 'fixtures', rel);
}
