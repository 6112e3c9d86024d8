#!/usr/bin/env node
// Runs the compiled CLI (npm ci builds it through "prepare"; the package ships it). In a development checkout without
// dist/, falls back to the TypeScript source through tsx, a devDependency: production never loads it.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
const compiled = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
if (existsSync(compiled)) {
  await import(pathToFileURL(compiled).href);
} else {
  let register;
  try {
    ({ register } = await import('tsx/esm/api'));
  } catch {
    console.error(`adesync: ${compiled} is missing and tsx (a development dependency) is not installed: run "npm run build"`);
    process.exit(1);
  }
  register();
  await import(new URL('../src/cli/main.ts', import.meta.url).href);
}
