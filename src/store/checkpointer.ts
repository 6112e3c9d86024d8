// The background thread of background.ts: its own connection, a PASSIVE WAL checkpoint on a timer, one last at 'stop'.
// better-sqlite3 is loaded from the path the parent resolved, so both threads use the same native module.
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import type BetterSqlite3 from 'better-sqlite3';

const { path, module, intervalMs } = workerData as { path: string; module: string; intervalMs: number };
const Database = createRequire(import.meta.url)(module) as typeof BetterSqlite3;
const db = new Database(path, { fileMustExist: true });
db.pragma('busy_timeout = 5000');
db.pragma('cache_size = -2048'); // a checkpoint streams WAL frames to the file
const tick = () => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch (e) {
    parentPort!.postMessage({ error: String((e as Error)?.message) });
  }
};
const timer = setInterval(tick, intervalMs);
parentPort!.on('message', (m) => {
  if (m === 'stop') {
    clearInterval(timer);
    tick();
    db.close();
    parentPort!.close();
  }
});
