// Secret files: written 0600 in a 0700 folder, atomically (temp + fsync + rename), read back with a mode check.
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  existsSync,
  fchmodSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { TokenFormatError, validateServerToken, type ServerToken } from './parse.ts';
import { checkSecretFileMode, TokenFileInsecureError } from './mode.ts';

export { checkSecretFileMode, TokenFileInsecureError };

/** A token (or key) file cannot be used: missing, unreadable, not a token. */
export class TokenFileError extends Error {
  readonly code: 'TOKEN_FILE_MISSING' | 'TOKEN_FILE_INVALID';
  constructor(
    readonly file: string,
    code: TokenFileError['code'],
    message: string,
  ) {
    super(message);
    this.name = 'TokenFileError';
    this.code = code;
  }
}

/** Create `dir` (and parents) if missing, and make it 0700. Only call it on folders adesync owns. */
export function ensurePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
}

export interface WriteSecretOptions {
  /** Replace an existing file (default true). When false, an existing file makes this throw EEXIST, atomically. */
  overwrite?: boolean;
  /** File mode (default 0600). A certificate may be 0644; a secret never. */
  mode?: number;
}

/**
 * Write `data` to `file` with mode 0600: a temp file beside it, fsync, then rename (or link when not overwriting),
 * then fsync the folder, so a crash leaves either the old file or the new one, never half of one.
 */
export function writeSecretFile(file: string, data: string | Buffer, opts: WriteSecretOptions = {}): void {
  const dir = dirname(file);
  if (!existsSync(dir)) ensurePrivateDir(dir);
  const tmp = join(dir, `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const mode = opts.mode ?? 0o600;
  const fd = openSync(tmp, 'wx', 0o600);
  try {
    try {
      fchmodSync(fd, mode); // whatever the umask
      const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      let off = 0;
      while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (opts.overwrite === false) {
      linkSync(tmp, file);
      unlinkSync(tmp);
    } else renameSync(tmp, file);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      /* already gone */
    }
    throw e;
  }
  fsyncDir(dir);
}

function fsyncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    /* some filesystems refuse; the rename is still atomic */
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Store a token as JSON (the five A.2 fields only). */
export function writeTokenFile(file: string, token: ServerToken): void {
  const t = validateServerToken(token);
  writeSecretFile(file, JSON.stringify(t, null, 2) + '\n');
}

export interface ReadTokenOptions {
  /** Called instead of throwing when the file is group/world-readable (e.g. to log a warning). */
  onInsecure?: (e: TokenFileInsecureError) => void;
}

/** Read a token file written by `adesync token import`. Refuses a group/world-readable file unless `onInsecure` is given. */
export function readServerToken(file: string, opts: ReadTokenOptions = {}): ServerToken {
  let text: string;
  try {
    const insecure = checkSecretFileMode(file);
    if (insecure) {
      if (opts.onInsecure) opts.onInsecure(insecure);
      else throw insecure;
    }
    text = readFileSync(file, 'utf8');
  } catch (e) {
    if (e instanceof TokenFileInsecureError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      throw new TokenFileError(file, 'TOKEN_FILE_MISSING', `token file ${file} does not exist: run "adesync token import --name NAME FILE.p7m"`);
    throw new TokenFileError(file, 'TOKEN_FILE_INVALID', `cannot read token file ${file} (${code ?? (e as Error).message})`);
  }
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    throw new TokenFileError(file, 'TOKEN_FILE_INVALID', `token file ${file} is not JSON: re-run "adesync token import"`);
  }
  try {
    return validateServerToken(v);
  } catch (e) {
    if (e instanceof TokenFormatError) throw new TokenFormatError(`${file}: ${e.message}`, e.field);
    throw e;
  }
}
