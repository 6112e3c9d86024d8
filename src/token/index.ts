// Server tokens (A.2): what the daemon and the CLI use.
export {
  tokenExpiryDays,
  tokenExpiryState,
  EXPIRY_WARN_DAYS,
} from './parse.ts';
export {
  TokenFileInsecureError,
  ensurePrivateDir,
  readServerToken,
  writeSecretFile,
} from './file.ts';
export type { TokenRecord } from '../store/tokens.ts';
export { importServerToken } from './import.ts';
export { generateTokenKeypair } from './keypair.ts';
