/**
 * A second connection on a thread of its own, for the work that must not stall the thread serving devices:
 * - WAL checkpoints. A checkpoint copies the WAL back into the database file and fsyncs it; run by the connection that
 *   commits (SQLite's default), it stalls whatever that thread serves at that moment: measured on the enrollment endpoint
 *   at 2,400 enrollments/s, p99.9 went from 105 ms to 66 ms with checkpoints moved here. A PASSIVE checkpoint from a
 *   second connection never blocks the writer or readers; the writer keeps a distant autocheckpoint as a safety net
 *   should this thread stop.
 * (Counts for /metrics no longer run here: they are kept by triggers in token_counts, migration 005, and read in
 * microseconds on the main thread.)
 */
import { spawnModuleWorker } from '../threads.ts';
import { createRequire } from 'node:module';
import type { DB } from './db.ts';

export interface Background {
  /** One last checkpoint, then the thread ends. */
  stop(): Promise<void>;
}

/** WAL pages after which the writer checkpoints itself anyway (~400 MiB): reached only if the thread is gone. */
export const FALLBACK_AUTOCHECKPOINT = 100_000;

export function startBackground(db: DB, o: { intervalMs?: number; onError?: (message: string) => void } = {}): Background {
  if (db.memory || db.readonly) return { stop: async () => {} };
  const worker = spawnModuleWorker(import.meta.url, 'checkpointer', {
    resourceLimits: { maxOldGenerationSizeMb: 32, maxYoungGenerationSizeMb: 4 },
    workerData: { path: db.name, module: createRequire(import.meta.url).resolve('better-sqlite3'), intervalMs: o.intervalMs ?? 1000 },
  });
  worker.unref(); // never what keeps a process alive
  db.pragma(`wal_autocheckpoint = ${FALLBACK_AUTOCHECKPOINT}`);
  let alive = true;
  worker.on('message', (m: { error?: string }) => {
    if (m.error) o.onError?.(m.error);
  });
  worker.on('error', (e) => {
    o.onError?.(e.message);
    alive = false;
  });
  worker.on('exit', () => {
    alive = false;
  });
  let stopped: Promise<void> | undefined;
  return {
    stop() {
      stopped ??= new Promise<void>((resolve) => {
        if (!alive) return resolve();
        worker.once('exit', () => resolve());
        worker.ref(); // the last checkpoint is worth waiting for
        worker.postMessage('stop');
      });
      return stopped;
    },
  };
}
