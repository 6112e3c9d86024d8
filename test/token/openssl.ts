// Real openssl for token tests: recipient certificates and encrypted tokens made the way Apple (and admins) make them.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ServerToken } from '../../src/apple/types.ts';

export function openssl(args: string[], input?: string | Buffer): Buffer {
  return execFileSync('openssl', args, { input, stdio: ['pipe', 'pipe', 'pipe'] });
}

export interface Recipient {
  dir: string;
  key: string;
  cert: string;
  keyPem: string;
}

/** A self-signed recipient certificate and its unencrypted PKCS#8 key (kind: rsa, or ec for a non-RSA recipient). */
export function makeRecipient(dir: string, name: string, kind: 'rsa' | 'ec' = 'rsa'): Recipient {
  const key = join(dir, `${name}.key.pem`);
  const cert = join(dir, `${name}.cert.pem`);
  const newkey = kind === 'rsa' ? ['-newkey', 'rsa:2048'] : ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256'];
  openssl(['req', '-x509', ...newkey, '-nodes', '-keyout', key, '-out', cert, '-subj', `/CN=${name}`, '-days', '2']);
  return { dir, key, cert, keyPem: readFileSync(key, 'utf8') };
}

/**
 * `openssl <tool> -encrypt <flags> <certs>` of `plain`; returns the output (S/MIME text unless flags ask for DER).
 * tool: smime or cms.
 */
export function encrypt(dir: string, tool: 'smime' | 'cms', flags: string[], plain: string | Buffer, certs: string[]): Buffer {
  const inFile = join(dir, `plain-${Math.random().toString(36).slice(2)}.txt`);
  writeFileSync(inFile, plain);
  return openssl([tool, '-encrypt', '-binary', '-in', inFile, ...flags, ...certs]);
}

/** The inner MIME entity exactly as in the real ABM token (headers CRLF, body LF). */
export function tokenPlaintext(fields: object): string {
  return (
    'Content-Type: text/plain;charset=UTF-8\r\nContent-Transfer-Encoding: 7bit\r\n\r\n' +
    `-----BEGIN MESSAGE-----\n${JSON.stringify(fields)}\n-----END MESSAGE-----\n`
  );
}

/** A plausible token with fresh random secrets (shapes from A.2). */
export function fakeToken(expiry = '2030-01-01T00:00:00Z'): ServerToken {
  const hex = (n: number) => Array.from({ length: n }, () => '0123456789abcdef'[Math.floor(Math.random() * 16)]).join('');
  return {
    consumer_key: `CK_${hex(96)}`,
    consumer_secret: `CS_${hex(40)}`,
    access_token: `AT_O${Math.floor(Math.random() * 1e10)}O${hex(40)}O${Date.now()}`,
    access_secret: `AS_${hex(40)}`,
    access_token_expiry: expiry,
  };
}
