// `adesync token import`: decrypt, check it belongs to the same MDM server as before, store file + row.
import { createPrivateKey } from 'node:crypto';
import { readServerToken, writeTokenFile } from './file.ts';
import { decryptServerToken, type ServerToken } from './parse.ts';
import { consumerKeyHash, type TokenRecords } from '../store/tokens.ts';

/** The name already holds another MDM server's token (a different consumer_key). */
export class TokenConflictError extends Error {
  readonly code = 'TOKEN_CONFLICT';
  readonly exitCode = 1;
  constructor(readonly tokenName: string) {
    super(
      `token "${tokenName}" already holds the token of another MDM server (its consumer key differs): ` +
        `to add this server pick another --name; to replace the old one (its devices and cursor stay under "${tokenName}") pass --force`,
    );
    this.name = 'TokenConflictError';
  }
}

export interface ImportInput {
  /** The token rows of the config's store (either engine). */
  records: TokenRecords;
  name: string;
  tokenFile: string;
  p7m: string | Buffer;
  keyPem: string;
  force?: boolean;
  now?: Date;
}

export interface ImportResult {
  token: ServerToken; // holds secrets: callers print only access_token_expiry
  created: boolean; // first token under this name
  serverChanged: boolean; // forced replacement by another MDM server's token
}

/** The consumer-key hash already stored for `name`: the DB row, else an existing token file (the DB may be new). */
async function existingKeyHash(records: TokenRecords, name: string, tokenFile: string): Promise<string | undefined> {
  const row = await records.get(name);
  if (row) return row.consumer_key_sha256;
  // A missing or unreadable old file is simply replaced: it could not have been used anyway.
  try {
    return consumerKeyHash(readServerToken(tokenFile, { onInsecure: () => {} }).consumer_key);
  } catch {
    return undefined;
  }
}

export async function importServerToken(input: ImportInput): Promise<ImportResult> {
  const token = decryptServerToken(input.p7m, input.keyPem);
  const old = await existingKeyHash(input.records, input.name, input.tokenFile);
  const conflict = old !== undefined && old !== consumerKeyHash(token.consumer_key);
  if (conflict && !input.force) throw new TokenConflictError(input.name);
  writeTokenFile(input.tokenFile, token);
  const r = await input.records.save(input.name, input.tokenFile, token, input.now);
  return { token, created: old === undefined, serverChanged: conflict || r.serverChanged };
}

/**
 * A private key file as PEM: PEM as is; DER (PKCS#8 or PKCS#1 "traditional" RSA, as some tools save it) converted.
 * Anything else comes back unchanged, for the decrypt step to refuse with its own message.
 */
export function privateKeyPem(file: Buffer): string {
  const text = file.toString('latin1');
  if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(text) || file[0] !== 0x30) return file.toString('utf8');
  for (const type of ['pkcs8', 'pkcs1'] as const) {
    try {
      return createPrivateKey({ key: file, format: 'der', type }).export({ format: 'pem', type: 'pkcs8' }) as string;
    } catch {
      /* next */
    }
  }
  return file.toString('utf8');
}
