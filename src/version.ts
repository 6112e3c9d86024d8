import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** package.json sits two levels up from both src/ and dist/ files. */
const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const VERSION: string = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')).version;
export const USER_AGENT = `adesync/${VERSION}`;
