// `adesync sync` on a terminal: one progress line on stderr (devices done of those expected, pages, rate, ETA), with log
// lines printed above it rather than into it. Not a terminal: nothing of this is written.

export interface ProgressState {
  token: string;
  phase: 'fetch' | 'sync';
  pages: number;
  devices: number;
  /** Devices a fetch should list: what the token held before (Apple does not say how many there are). Unknown: null. */
  expected: number | null;
  elapsedMs: number;
}

const n = (x: number) => x.toLocaleString('en-US');
function clock(s: number): string {
  const t = Math.max(0, Math.round(s));
  const h = Math.floor(t / 3600),
    m = Math.floor((t % 3600) / 60),
    sec = t % 60;
  return h ? `${h}:${String(m).padStart(2, '0')}:${String(sec).padStart(2, '0')}` : `${m}:${String(sec).padStart(2, '0')}`;
}

/** Pure: the progress line for a state. */
export function progressLine(s: ProgressState): string {
  const secs = s.elapsedMs / 1000;
  const rate = secs > 0 ? s.devices / secs : 0;
  const parts = [`${s.token}: ${s.phase === 'fetch' ? 'fetching' : 'syncing'}`];
  const expected = s.phase === 'fetch' && s.expected ? Math.max(s.expected, s.devices) : null;
  parts.push(expected ? `${n(s.devices)} of ~${n(expected)} devices (${Math.floor((100 * s.devices) / expected)}%)` : `${n(s.devices)} devices`);
  parts.push(`${n(s.pages)} page${s.pages === 1 ? '' : 's'}`);
  parts.push(`${n(Math.round(rate))}/s`);
  parts.push(expected && rate > 0 ? `ETA ${clock((expected - s.devices) / rate)}` : `${clock(secs)} elapsed`);
  return parts.join(', ');
}

export interface Progress {
  update(s: ProgressState): void;
  /** A log line: written above the progress line, which is drawn again below it. */
  log(line: string): void;
  /** Leave the last progress line on screen and move below it. */
  done(): void;
}

const CLEAR = '\r\x1b[2K';

function createProgress(stream: { write(s: string): unknown; columns?: number }): Progress {
  let shown = '';
  const fit = (s: string) => (stream.columns && s.length >= stream.columns ? s.slice(0, stream.columns - 1) : s);
  return {
    update(s) {
      shown = fit(progressLine(s));
      stream.write(CLEAR + shown);
    },
    log(line) {
      stream.write(CLEAR + line + '\n' + shown);
    },
    done() {
      if (shown) stream.write('\n');
      shown = '';
    },
  };
}

/** `adesync sync`'s use: one tracker per token, timed from its start. */
export function createSyncProgress(stream: { write(s: string): unknown; columns?: number } = process.stderr) {
  const p = createProgress(stream);
  return {
    log: (line: string) => p.log(line),
    /** The onPage callback for one token's cycle; `expected`: devices it held before (a fetch lists them all again). */
    start(token: string, expected: number | null) {
      const t0 = Date.now();
      return (page: { phase: 'fetch' | 'sync'; page: number; total: number }) =>
        p.update({ token, phase: page.phase, pages: page.page, devices: page.total, expected, elapsedMs: Date.now() - t0 });
    },
    done: () => p.done(),
  };
}
