/**
 * Precompile files and directory trees into their cache files, like CPython's
 * `python -m compileall` (Lib/compileall.py): same listing/compiling messages,
 * same recursion rules (sorted names, `__pycache__` and symlinked directories
 * skipped), `-f` force, `-q` quiet levels, `-l` no recursion, `-x` exclusion
 * regex, and an invalidation mode for the written files.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PySyntaxError } from '../parser/errors.js';
import type { InvalidationMode } from './format.js';
import { cacheUpToDate, compileFileToCache } from './pycache.js';

/** Options of one compileall run. */
export interface CompileAllOptions {
  /** `-f`: rewrite caches that are already up to date. */
  force?: boolean;
  /** `-q`: 0 prints every file and directory, 1 prints only errors, 2 prints nothing. */
  quiet?: number;
  /** Maximum directory depth to recurse into (`-l` means 0; default unlimited). */
  maxLevels?: number;
  /** `-x`: skip files whose path matches. */
  exclude?: RegExp | null;
  invalidationMode?: InvalidationMode;
  /** Cache prefix (TSPY_PYCACHEPREFIX / --cache-prefix), or null. */
  prefix?: string | null;
  /** Where messages go (default: process.stdout). */
  write?: (text: string) => void;
}

/** What happened, for the summary line and the exit status. */
export interface CompileAllResult {
  compiled: number;
  upToDate: number;
  failed: number;
  ok: boolean;
}

/**
 * Render a compile error the way CPython's compileall does (py_compile's
 * PyCompileError): the traceback-only form for an exact SyntaxError,
 * `Sorry: IndentationError: msg (file, line N)` for its subclasses.
 */
export function formatCompileError(e: unknown): string {
  if (e instanceof PySyntaxError || (e && typeof e === 'object' && 'msg' in e && 'lineno' in e && typeof (e as PySyntaxError).format === 'function')) {
    const se = e as PySyntaxError;
    if (se.type !== 'SyntaxError') return `Sorry: ${se.type}: ${se.msg} (${path.basename(se.filename)}, line ${se.lineno})\n`;
    return se.format();
  }
  const err = e as NodeJS.ErrnoException | null;
  if (err && typeof err.code === 'string') return `OSError: ${err.message}\n`;
  return `${err?.name ?? 'Error'}: ${err?.message ?? String(e)}\n`;
}

/** One step of a compileall run, in output order. */
type Step =
  | { kind: 'list'; dir: string }
  | { kind: 'cantlist'; path: string }
  | { kind: 'notpy'; path: string }
  | { kind: 'file'; path: string };

/** The outcome of one file (what a worker sends back). */
export interface FileOutcome {
  status: 'compiled' | 'uptodate' | 'failed';
  /** The formatted error for a failure. */
  error?: string;
}

/** Compile one file unless its cache is up to date; never throws. */
export function compileOne(file: string, mode: InvalidationMode, prefix: string | null, force: boolean): FileOutcome {
  if (!force && cacheUpToDate(file, mode, prefix)) return { status: 'uptodate' };
  try {
    compileFileToCache(file, mode, prefix);
    return { status: 'compiled' };
  } catch (e) {
    return { status: 'failed', error: formatCompileError(e) };
  }
}

/** Walk `paths` the way compileall does (sorted, `__pycache__` and symlinked directories skipped). */
function plan(paths: string[], opts: CompileAllOptions): Step[] {
  const steps: Step[] = [];
  const walk = (dir: string, levels: number): void => {
    steps.push({ kind: 'list', dir });
    let names: string[];
    try {
      names = fs.readdirSync(dir);
    } catch {
      steps.push({ kind: 'cantlist', path: dir });
      return;
    }
    names.sort();
    for (const name of names) {
      if (name === '__pycache__') continue;
      // os.path.join, not path.join: CPython keeps the './' of 'compileall .'.
      const fullname = dir.endsWith('/') || dir.endsWith(path.sep) ? dir + name : dir + path.sep + name;
      let st: fs.Stats;
      try {
        st = fs.lstatSync(fullname);
      } catch {
        continue;
      }
      if (st.isDirectory()) {
        if (levels > 0) walk(fullname, levels - 1);
      } else if ((st.isFile() || (st.isSymbolicLink() && isFile(fullname))) && fullname.endsWith('.py')) {
        if (!(opts.exclude && opts.exclude.test(fullname))) steps.push({ kind: 'file', path: fullname });
      }
    }
  };
  for (const p of paths) {
    let st: fs.Stats | null;
    try {
      st = fs.statSync(p);
    } catch {
      st = null;
    }
    if (st?.isDirectory()) walk(p, opts.maxLevels ?? Number.MAX_SAFE_INTEGER);
    else if (st?.isFile()) {
      if (opts.exclude && opts.exclude.test(p)) continue;
      // A file named explicitly may be .py or .pyw.
      steps.push(p.endsWith('.py') || p.endsWith('.pyw') ? { kind: 'file', path: p } : { kind: 'notpy', path: p });
    } else steps.push({ kind: 'cantlist', path: p });
  }
  return steps;
}

/** Print the steps with their outcomes in order, CPython's way, and count. */
function report(steps: Step[], outcomes: Map<string, FileOutcome>, opts: CompileAllOptions): CompileAllResult {
  const write = opts.write ?? ((t: string) => void process.stdout.write(t));
  const quiet = opts.quiet ?? 0;
  const res: CompileAllResult = { compiled: 0, upToDate: 0, failed: 0, ok: true };
  for (const s of steps) {
    switch (s.kind) {
      case 'list':
        if (!quiet) write(`Listing '${s.dir}'...\n`);
        break;
      case 'cantlist':
        if (quiet < 2) write(`Can't list '${s.path}'\n`);
        res.failed++;
        break;
      case 'notpy':
        if (quiet < 2) write(`*** '${s.path}' is not a Python source file\n`);
        res.failed++;
        break;
      case 'file': {
        const o = outcomes.get(s.path)!;
        if (o.status === 'uptodate') {
          res.upToDate++;
          break;
        }
        if (!quiet) write(`Compiling '${s.path}'...\n`);
        if (o.status === 'compiled') res.compiled++;
        else {
          res.failed++;
          if (quiet >= 2) break;
          write(quiet ? `*** Error compiling '${s.path}'...\n` : '*** ');
          write(o.error ?? '');
        }
        break;
      }
    }
  }
  res.ok = res.failed === 0;
  return res;
}

/**
 * Compile every `.py` file named or found under `paths`. Never throws for a
 * bad file: failures are printed and counted.
 */
export function compileAll(paths: string[], opts: CompileAllOptions = {}): CompileAllResult {
  const steps = plan(paths, opts);
  const mode = opts.invalidationMode ?? 'checked-hash';
  const outcomes = new Map<string, FileOutcome>();
  for (const s of steps) {
    if (s.kind === 'file' && !outcomes.has(s.path)) outcomes.set(s.path, compileOne(s.path, mode, opts.prefix ?? null, !!opts.force));
  }
  return report(steps, outcomes, opts);
}

/**
 * compileAll with `workers` worker threads (`-j N`; 0 means one per CPU).
 * Output is the same as the sequential run's, in the same order.
 */
export async function compileAllParallel(paths: string[], opts: CompileAllOptions & { workers: number }): Promise<CompileAllResult> {
  const steps = plan(paths, opts);
  const files = [...new Set(steps.filter((s): s is Step & { kind: 'file' } => s.kind === 'file').map((s) => s.path))];
  const n = Math.min(opts.workers === 0 ? os.availableParallelism() : opts.workers, files.length);
  const mode = opts.invalidationMode ?? 'checked-hash';
  const outcomes = new Map<string, FileOutcome>();
  if (n <= 1) {
    for (const f of files) outcomes.set(f, compileOne(f, mode, opts.prefix ?? null, !!opts.force));
    return report(steps, outcomes, opts);
  }
  const { Worker } = await import('node:worker_threads');
  const workerUrl = new URL('./compile_worker.js', import.meta.url);
  const chunks: string[][] = Array.from({ length: n }, () => []);
  files.forEach((f, i) => chunks[i % n].push(f));
  const results = await Promise.all(
    chunks.map(
      (chunk) =>
        new Promise<[string, FileOutcome][]>((resolve) => {
          const w = new Worker(workerUrl, { workerData: { files: chunk, mode, prefix: opts.prefix ?? null, force: !!opts.force } });
          let done = false;
          w.once('message', (m: [string, FileOutcome][]) => {
            done = true;
            resolve(m);
          });
          const fail = (why: string) => {
            if (!done) {
              done = true;
              // A worker that died: compile its files here instead.
              resolve(chunk.map((f) => [f, compileOne(f, mode, opts.prefix ?? null, !!opts.force)] as [string, FileOutcome]));
              void why;
            }
          };
          w.once('error', (e) => fail(String(e)));
          w.once('exit', (code) => fail(`exit ${code}`));
        }),
    ),
  );
  for (const r of results) for (const [f, o] of r) outcomes.set(f, o);
  return report(steps, outcomes, opts);
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}
