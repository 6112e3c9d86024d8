import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Command } from 'commander';
import { cliAsync } from '../helpers/cli.ts';

/** The program as main.ts builds it, every command module registered (in-process: 16 CLI starts are slow on a busy machine). */
async function program(): Promise<Command> {
  const p = new Command('adesync').option('-c, --config <path>', 'config file');
  const mods = ['daemon', 'sync', 'status', 'devices', 'enrollments', 'profile', 'token', 'admin', 'enroll', 'sim', 'demo'];
  for (const m of mods) ((await import(`../../src/cli/${m}.ts`)) as { register(p: Command): void }).register(p);
  return p;
}

function* walk(c: Command, prefix = ''): Generator<[string, Command]> {
  for (const sub of c.commands) {
    const name = `${prefix}${sub.name()}`;
    if (!sub.commands.length) yield [name, sub];
    yield* walk(sub, `${name} `);
  }
}

test('--help: every --json and --token is described, numeric defaults are not quoted, token lists remove, daemon names its signals', async () => {
  const p = await program();
  const names: string[] = [];
  for (const [name, c] of walk(p)) {
    names.push(name);
    for (const line of c.helpInformation().split('\n')) {
      if (/^\s+--(json|token)(\s|$)/.test(line))
        assert.match(line, /^\s+--(json|token)( <name>)?\s{2,}\S/, `${name}: ${JSON.stringify(line)} has no description`);
      assert.doesNotMatch(line, /\(default: "\d+"\)/, `${name}: a numeric default shown as a string: ${line}`);
    }
  }
  for (const n of ['devices', 'device', 'enrollments', 'profile plan', 'token remove', 'sim', 'demo', 'daemon']) assert.ok(names.includes(n), `${n} walked`);
  // the real binary: the listing names remove under token, and daemon --help its signals
  const top = await cliAsync(['--help'], { timeout: 120_000 });
  assert.equal(top.code, 0, top.stderr);
  assert.match(top.stdout, /^ {2}token {2,}[^\n]*(\n {4,}[^\n]*)*\bremove\b/m, 'remove listed under token');
  const daemon = await cliAsync(['daemon', '--help'], { timeout: 120_000 });
  assert.equal(daemon.code, 0, daemon.stderr);
  assert.match(daemon.stdout, /SIGHUP reloads the config/);
  assert.match(daemon.stdout, /SIGTERM or SIGINT/);
});
