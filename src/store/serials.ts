/**
 * The (serial, token) unique index, and how a fresh database's first load does without it.
 *
 * Kept up to date row by row, this random-key index dirties ~900 of its leaf pages on every 1000-device commit: on a
 * 1M-device first load it is most of the storage cost (measured 24.5 s → 16.8 s for the fetch without it). Built once at
 * the end, CREATE INDEX sorts the serials instead (0.7 s for 1M). So the first load into an empty device table drops
 * it, remembers the serials it inserted in a compact hash set (a repeat within the fetch must not become a second row),
 * and builds it again before the load's last page commits. Everything else puts it back first: every sync run at its
 * start, every writer at open (a crash mid-load leaves it missing), and the load itself at its first possible repeat.
 * While it is missing, lookups by serial from other connections (an enrollment during a fresh install's first load)
 * still answer correctly, by scanning.
 */
import type { DB } from './db.ts';

const NAME = 'device_rows_serial';

export function hasSerialIndex(db: DB): boolean {
  return !!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?").get(NAME);
}

/** Build the index if it is missing (sorted, one pass). A no-op read when it is there. */
export function ensureSerialIndex(db: DB): void {
  if (!hasSerialIndex(db)) db.exec(`CREATE UNIQUE INDEX IF NOT EXISTS ${NAME} ON device_rows(serial_number, token)`);
}

/** Drop the index when the device table is empty: true when the caller now loads without it. */
export function dropSerialIndexIfEmpty(db: DB): boolean {
  if (db.prepare('SELECT 1 FROM device_rows LIMIT 1').get()) return false;
  db.exec(`DROP INDEX IF EXISTS ${NAME}`);
  return true;
}

/**
 * Serials inserted so far, as two independent 32-bit hashes per slot in an open-addressing table: 8 bytes a serial at
 * half load (16 MiB for a million; a Set of strings would take ~60 MB). `add` answers false when the serial may have
 * been added before; with 64 bits a false alarm among a million serials has odds of ~1 in 10^7, and costs only an early
 * index build.
 */
export class SerialSet {
  private slots = new Uint32Array(2 << 16);
  private count = 0;

  get size(): number { return this.count; }

  add(serial: string): boolean {
    let a = 0x811c9dc5;
    let b = 0x9747b28c;
    for (let i = 0; i < serial.length; i++) {
      const c = serial.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
      b ^= b >>> 15;
    }
    a ^= a >>> 16; a = Math.imul(a, 0x85ebca6b); a ^= a >>> 13;
    b = (b | 1) >>> 0;  // never 0: a zero second word marks an empty slot
    if ((this.count + 1) * 2 > this.slots.length / 2) this.grow();
    return this.put(a >>> 0, b);
  }

  private put(a: number, b: number): boolean {
    const mask = (this.slots.length >>> 1) - 1;
    for (let i = a & mask; ; i = (i + 1) & mask) {
      const sb = this.slots[2 * i + 1];
      if (sb === 0) { this.slots[2 * i] = a; this.slots[2 * i + 1] = b; this.count++; return true; }
      if (sb === b && this.slots[2 * i] === a) return false;
    }
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Uint32Array(old.length * 2);
    this.count = 0;
    for (let i = 0; i < old.length; i += 2) if (old[i + 1] !== 0) this.put(old[i], old[i + 1]);
  }
}
