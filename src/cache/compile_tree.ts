/**
 * `tspy compile`'s engine: compileall over files and trees, sequential or
 * with a worker pool (`-j N`, tinypool), with an optional progress display.
 *
 * The run is staged so that the common case costs little: walk the paths,
 * then check every cache's header in this thread (uptodate.ts, no payload
 * decoding), and only if some file is out of date load the compiler (`-j 1`)
 * or start the pool. The pool gets small batches, biggest sources first, so
 * that every worker stays busy to the end; results are printed in the
 * sequential run's order whatever order they arrive in.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import { plan, report } from './compile_plan.js';
import type { CompileAllOptions, CompileAllResult, FileOutcome } from './compile_plan.js';
import type { CompileTask } from './compile_worker.js';
import { cacheUpToDate } from './uptodate.js';

/** Progress display of a run (compile.ts backs it with cli-progress on a terminal). */
export interface CompileProgress {
  /** Called once, with the number of files to compile, before the first one. */
  start(total: number): void;
  /** Called as files finish (`n` of them). */
  increment(n: number): void;
  /** Called once at the end (also after a failure). */
  stop(): void;
}

/** Options of `compileTree`. */
export interface CompileTreeOptions extends CompileAllOptions {
  /** `-j`: worker threads; 0 means `defaultCompileThreads()` (one per two cores), 1 compiles in this thread. */
  workers: number;
  /** Progress display (only told about files that need compiling). */
  progress?: CompileProgress | null;
  /** Below this many bytes of source to compile, compile in this thread even with `workers > 1` (default POOL_MIN_BYTES; tests use 0). */
  poolMinBytes?: number;
  /** Source bytes per pool task (default BATCH_BYTES; tests use 1 for one file per task). */
  batchBytes?: number;
}

/**
 * The number of compile threads `-j 0` uses: one per two cores
 * (os.availableParallelism()), at least one. A compiling thread keeps about
 * two cores busy on its own: V8 optimises the compiler's code and collects
 * its garbage on background threads (compiling the stdlib in one worker:
 * ~5.5 s of CPU on those threads for ~7 s on the worker), and each worker
 * pays that JIT warm-up again. On two cores, one thread is both the fastest
 * and by far the cheapest choice (two workers cost ~1.5x the CPU time and
 * finished no sooner).
 */
export function defaultCompileThreads(cores: number = os.availableParallelism()): number {
  return Math.max(1, Math.floor(cores / 2));
}

/** Below this much source to compile, `-j N` compiles in this thread rather than start workers. */
const POOL_MIN_BYTES = 256 * 1024;

/** Source bytes per pool task: small enough to balance the tail, big enough to keep messages few. */
const BATCH_BYTES = 48 * 1024;

/** A file to compile: its path, the file name to record in its code (null: the path) and its size (0 until needed). */
interface Todo {
  path: string;
  dfile: string | null;
  size: number;
}

/** Cut `files` (sorted biggest first) into batches of about `limit` bytes of source. */
function batches(files: Todo[], limit: number): Todo[][] {
  const out: Todo[][] = [];
  let cur: Todo[] = [];
  let bytes = 0;
  for (const f of files) {
    cur.push(f);
    bytes += f.size;
    if (bytes >= limit) {
      out.push(cur);
      cur = [];
      bytes = 0;
    }
  }
  if (cur.length) out.push(cur);
  return out;
}

/**
 * Compile every `.py` file named or found under `paths`, like compileall
 * (`opts.workers` as its `-j`). Never throws for a bad file: failures are
 * printed and counted. Output is identical whatever the number of workers.
 */
export async function compileTree(paths: string[], opts: CompileTreeOptions): Promise<CompileAllResult> {
  const steps = plan(paths, opts);
  const mode = opts.invalidationMode ?? 'checked-hash';
  const prefix = opts.prefix ?? null;
  const outcomes = new Map<string, FileOutcome>();
  const todo: Todo[] = [];
  for (const s of steps) {
    if (s.kind !== 'file' || outcomes.has(s.path)) continue;
    if (!opts.force && cacheUpToDate(s.path, mode, prefix)) outcomes.set(s.path, { status: 'uptodate' });
    else {
      outcomes.set(s.path, { status: 'failed', error: 'not compiled\n' }); // placeholder, replaced below
      todo.push({ path: s.path, dfile: s.dfile, size: 0 });
    }
  }
  if (todo.length === 0) return report(steps, outcomes, opts);

  const progress = opts.progress ?? null;
  progress?.start(todo.length);
  try {
    const wanted = opts.workers === 0 ? defaultCompileThreads() : opts.workers;
    let n = Math.min(wanted, todo.length);
    if (n > 1) {
      // Each worker loads the compiler (~0.1-0.2 s of CPU): not worth it for a few small files
      // (say the handful with syntax errors that every run retries, as compileall does).
      for (const f of todo) f.size = fileSize(f.path);
      if (todo.reduce((a, f) => a + f.size, 0) < (opts.poolMinBytes ?? POOL_MIN_BYTES)) n = 1;
    }
    if (n <= 1) await compileHere(todo, mode, prefix, outcomes, progress);
    else await compileInPool(todo, n, mode, prefix, outcomes, progress, opts.batchBytes ?? BATCH_BYTES);
  } finally {
    progress?.stop();
  }
  return report(steps, outcomes, opts);
}

/** Compile `files` in this thread (loads the compiler). */
async function compileHere(
  files: Todo[],
  mode: CompileTask['mode'],
  prefix: string | null,
  outcomes: Map<string, FileOutcome>,
  progress: CompileProgress | null,
): Promise<void> {
  const [{ compileFiles }, { loadCompiler }] = await Promise.all([import('./compile_one.js'), import('./compiler_link.js')]);
  await loadCompiler();
  await compileFiles(files.map((f) => f.path), files.map((f) => f.dfile), mode, prefix, (f, outcome) => {
    outcomes.set(f, outcome);
    progress?.increment(1);
  });
}

/** Compile `files` with a tinypool of `n` worker threads, biggest first, in small batches. */
async function compileInPool(
  files: Todo[],
  n: number,
  mode: CompileTask['mode'],
  prefix: string | null,
  outcomes: Map<string, FileOutcome>,
  progress: CompileProgress | null,
  batchBytes: number,
): Promise<void> {
  const worker = new URL('./compile_worker.js', import.meta.url);
  if (!fs.existsSync(worker)) {
    // Running from the TypeScript sources (tests): no built worker to start, so compile here.
    await compileHere(files, mode, prefix, outcomes, progress);
    return;
  }
  const { Tinypool } = await import('tinypool');
  const pool = new Tinypool({
    filename: worker.href,
    minThreads: n,
    maxThreads: n,
    // Workers inherit process.env (TSPY_COMPILER_BUILD_ID and the like) and nothing from argv.
    env: process.env as Record<string, string>,
  });
  const lost: Todo[] = [];
  try {
    const sorted = [...files].sort((a, b) => b.size - a.size);
    await Promise.all(
      batches(sorted, batchBytes).map(async (batch) => {
        try {
          const task: CompileTask = { files: batch.map((f) => f.path), dfiles: batch.map((f) => f.dfile), mode, prefix };
          const res = (await pool.run(task)) as [string, FileOutcome][];
          for (const [f, o] of res) outcomes.set(f, o);
        } catch {
          lost.push(...batch); // a worker that died: these files are compiled here instead
        }
        progress?.increment(batch.length);
      }),
    );
  } finally {
    await pool.destroy();
  }
  if (lost.length) await compileHere(lost, mode, prefix, outcomes, null);
}

/** A file's size in bytes, 0 if it cannot be stat'ed (its compile will report the error). */
function fileSize(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}
