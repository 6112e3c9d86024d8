import type { Command } from 'commander';

/** Placeholder: the owner of this command replaces it. */
export function register(_program: Command): void {}
