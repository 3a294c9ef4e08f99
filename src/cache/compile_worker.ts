/**
 * Worker of `tspy compile -j N`, run by tinypool (compile_tree.ts). Each task
 * is a small batch of files whose caches the main thread found out of date;
 * the worker compiles them and returns `[file, outcome]` pairs (printing is
 * left to the main thread, so the output order is the sequential run's).
 */
import { threadId } from 'node:worker_threads';
import { compileFiles } from './compile_one.js';
import type { FileOutcome } from './compile_plan.js';
import { loadCompiler } from './compiler_link.js';
import type { InvalidationMode } from './header.js';
import { initHasher } from './hash.js';

/** One task: files to compile (unconditionally: the main thread already checked them). */
export interface CompileTask {
  files: string[];
  /** For each file, the file name to record in its code objects (`-d`/`-s`/`-p`), or null for its path. */
  dfiles: (string | null)[];
  mode: InvalidationMode;
  prefix: string | null;
}

let ready: Promise<unknown> | null = null;

/** Compile the task's files; never rejects for a bad file (its outcome says 'failed'). */
export default async function compileTask(task: CompileTask): Promise<[string, FileOutcome][]> {
  await (ready ??= Promise.all([initHasher(), loadCompiler()]));
  const out = new Map<string, FileOutcome>();
  await compileFiles(task.files, task.dfiles, task.mode, task.prefix, (f, outcome) => out.set(f, { ...outcome, thread: threadId }));
  return task.files.map((f) => [f, out.get(f)!]);
}
