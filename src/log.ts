/** Structured logs: one JSON object a line on stderr (journald keeps it), never a secret. */
export type Level = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/** Keys whose values are never written, whatever the caller passes. */
const SECRET_KEYS = /secret|password|private|access_token$|consumer_key|auth_session|challenge|authorization|^key$/i;

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
  child(fields: Record<string, unknown>): Logger;
  level: Level;
}

export type Sink = (line: string) => void;

function redact(v: unknown, depth = 0): unknown {
  if (v instanceof Error) return { name: v.name, message: v.message, ...('code' in v ? { code: (v as { code: unknown }).code } : {}) };
  if (v === null || typeof v !== 'object' || depth > 4) return v;
  if (Array.isArray(v)) return v.map((x) => redact(x, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) out[k] = SECRET_KEYS.test(k) ? '[redacted]' : redact(x, depth + 1);
  return out;
}

export function createLogger(opts: { level?: Level; sink?: Sink; base?: Record<string, unknown> } = {}): Logger {
  const sink: Sink = opts.sink ?? ((line) => process.stderr.write(line + '\n'));
  const base = opts.base ?? {};
  const logger: Logger = {
    level: opts.level ?? 'info',
    debug: (m, f) => emit('debug', m, f),
    info: (m, f) => emit('info', m, f),
    warn: (m, f) => emit('warn', m, f),
    error: (m, f) => emit('error', m, f),
    child: (fields) => {
      const c = createLogger({ level: logger.level, sink, base: { ...base, ...fields } });
      return c;
    },
  };
  function emit(level: Level, msg: string, fields?: Record<string, unknown>) {
    if (ORDER[level] < ORDER[logger.level]) return;
    const rec = redact({ time: new Date().toISOString(), level, msg, ...base, ...fields }) as Record<string, unknown>;
    sink(JSON.stringify(rec));
  }
  return logger;
}

/** A logger that drops everything: for library callers and tests that do not care. */
export const silentLogger: Logger = createLogger({ level: 'error', sink: () => {} });

type Hit = { log: true; suppressed: number } | { log: false };

/** One log line per key per interval; the hits in between are counted and reported with the next line. Pure (time is passed in). */
export interface LogLimiter {
  hit(key: string, now: number): Hit;
  /** Keys whose interval has ended with suppressed hits: a summary line each, and their interval restarts. */
  due(now: number): { key: string; suppressed: number }[];
}

export function createLogLimiter(intervalMs: number): LogLimiter {
  const keys = new Map<string, { last: number; suppressed: number }>();
  return {
    hit(key, now) {
      const s = keys.get(key);
      if (s && now - s.last < intervalMs) {
        s.suppressed++;
        return { log: false };
      }
      keys.set(key, { last: now, suppressed: 0 });
      return { log: true, suppressed: s?.suppressed ?? 0 };
    },
    due(now) {
      const out: { key: string; suppressed: number }[] = [];
      for (const [key, s] of keys) {
        if (now - s.last < intervalMs) continue;
        if (s.suppressed) {
          out.push({ key, suppressed: s.suppressed });
          keys.set(key, { last: now, suppressed: 0 });
        } else keys.delete(key);
      }
      return out;
    },
  };
}

/**
 * A line per key per interval, never one per event: the first at once (with how many were held back since the last),
 * the rest counted and summed up by `summary` when their interval ends (a timer that never keeps the process alive) or
 * at close(). For what an attacker can repeat at will: refusals, overload answers, bad admin requests.
 */
export function createRateLimitedLog(o: {
  intervalMs: number;
  line: (key: string, suppressed: number, ...args: unknown[]) => void;
  summary: (key: string, suppressed: number) => void;
  now?: () => number;
}): { log(key: string, ...args: unknown[]): void; close(): void } {
  const now = o.now ?? Date.now;
  const limiter = createLogLimiter(o.intervalMs);
  const summarize = (t: number) => {
    for (const d of limiter.due(t)) o.summary(d.key, d.suppressed);
  };
  const timer = setInterval(() => summarize(now()), o.intervalMs);
  timer.unref();
  return {
    log(key, ...args) {
      const h = limiter.hit(key, now());
      if (h.log) o.line(key, h.suppressed, ...args);
    },
    close() {
      clearInterval(timer);
      summarize(Number.POSITIVE_INFINITY);
    },
  };
}
