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
