// Server tokens (A.2): what the daemon and the CLI use.
export {
  TokenFormatError, decryptServerToken, parseTokenPlaintext, tokenExpiryDays, tokenExpiryState, unwrapSmime,
  validateServerToken, EXPIRY_WARN_DAYS, type ServerToken, type TokenExpiryState,
} from './parse.ts';
export {
  TokenFileError, TokenFileInsecureError, checkSecretFileMode, ensurePrivateDir, readServerToken, writeSecretFile, writeTokenFile,
  type ReadTokenOptions,
} from './file.ts';
export { consumerKeyHash, getTokenRecord, listTokenRecords, removeTokenRecord, saveTokenRecord, type TokenRecord } from './store.ts';
export { TokenConflictError, importServerToken, type ImportInput, type ImportResult } from './import.ts';
export { generateTokenKeypair, type TokenKeypair } from './keypair.ts';
export { TokenDecryptError } from '../cms/envelope.ts';
