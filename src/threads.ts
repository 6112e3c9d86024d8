import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * A worker thread running the module `name` (without extension) beside `from`: the compiled .js under dist/, or the
 * .ts source under tsx. A worker does not inherit tsx's module hooks, so for .ts a small bootstrap registers tsx inside
 * the worker before importing the module.
 */
export function spawnModuleWorker(from: string, name: string, options: WorkerOptions): Worker {
  if (from.endsWith('.ts')) {
    const target = new URL(`./${name}.ts`, from).href;
    const api = import.meta.resolve('tsx/esm/api');
    const boot = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(target)}); })`;
    return new Worker(boot, { ...options, eval: true });
  }
  return new Worker(new URL(`./${name}.js`, from), options);
}
