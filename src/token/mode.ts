// The one rule for a secret file's mode, in a module of its own: `status` applies it on every call and must not load
// the token parser (pkijs alone costs ~160 ms to import) to do so.
import { statSync } from 'node:fs';

/** A secret file others can read. */
export class TokenFileInsecureError extends Error {
  readonly code = 'TOKEN_FILE_INSECURE';
  constructor(
    readonly file: string,
    readonly mode: number,
  ) {
    super(`${file} is readable by group or others (mode ${(mode & 0o777).toString(8).padStart(4, '0')}): it holds secrets; run chmod 600 ${file}`);
    this.name = 'TokenFileInsecureError';
  }
}

/**
 * The one rule for a secret file's mode, applied by every command that reads one: readable or writable by group or others
 * is a problem an admin must fix. `sync` and the daemon warn and carry on (refusing would stop syncing and enrollment for
 * a permissions slip); `status` lists it as a problem and `doctor` as an ERROR, both exit 3.
 * Returns the finding for `file`, or undefined when only its owner can read it (or it does not exist).
 */
export function checkSecretFileMode(file: string): TokenFileInsecureError | undefined {
  let mode: number;
  try {
    mode = statSync(file).mode;
  } catch {
    return undefined;
  }
  return (mode & 0o077) !== 0 ? new TokenFileInsecureError(file, mode) : undefined;
}
