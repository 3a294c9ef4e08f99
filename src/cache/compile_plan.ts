/**
 * The parts of a compileall run that need neither the compiler nor the cache
 * codec: walking the paths (CPython's Lib/compileall.py rules), printing the
 * outcome in CPython's words, and formatting a compile error. Kept light so
 * that a nothing-to-do `tspy compile` loads little (see compile_tree.ts).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { InvalidationMode } from './header.js';

/** The parser's PySyntaxError, as far as printing it goes. */
interface SyntaxErrorLike {
  type: string;
  msg: string;
  filename: string;
  lineno: number;
  format(): string;
}

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
  /** How many distinct worker threads compiled files (0: all in the main thread). */
  workerThreads: number;
}

/**
 * Render a compile error the way CPython's compileall does (py_compile's
 * PyCompileError): the traceback-only form for an exact SyntaxError,
 * `Sorry: IndentationError: msg (file, line N)` for its subclasses.
 */
export function formatCompileError(e: unknown): string {
  // Duck-typed (the parser's PySyntaxError) so that this module does not load the parser.
  if (e && typeof e === 'object' && 'msg' in e && 'lineno' in e && typeof (e as SyntaxErrorLike).format === 'function') {
    const se = e as SyntaxErrorLike;
    if (se.type !== 'SyntaxError') return `Sorry: ${se.type}: ${se.msg} (${path.basename(se.filename)}, line ${se.lineno})\n`;
    return se.format();
  }
  const err = e as NodeJS.ErrnoException | null;
  if (err && typeof err.code === 'string') return `OSError: ${err.message}\n`;
  return `${err?.name ?? 'Error'}: ${err?.message ?? String(e)}\n`;
}

/** One step of a compileall run, in output order. */
export type Step =
  | { kind: 'list'; dir: string }
  | { kind: 'cantlist'; path: string }
  | { kind: 'notpy'; path: string }
  | { kind: 'file'; path: string };

/** The outcome of one file (what a worker sends back). */
export interface FileOutcome {
  status: 'compiled' | 'uptodate' | 'failed';
  /** The formatted error for a failure. */
  error?: string;
  /** threadId of the worker thread that compiled the file (absent: the main thread). */
  thread?: number;
}

/**
 * Walk `paths` the way compileall does (sorted, `__pycache__` and symlinked
 * directories skipped). Directory entries come with their types
 * (`withFileTypes`), so only symbolic links cost a stat.
 */
export function plan(paths: string[], opts: CompileAllOptions): Step[] {
  const steps: Step[] = [];
  const walk = (dir: string, levels: number): void => {
    steps.push({ kind: 'list', dir });
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      steps.push({ kind: 'cantlist', path: dir });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const name = e.name;
      if (name === '__pycache__') continue;
      // os.path.join, not path.join: CPython keeps the './' of 'compileall .'.
      const fullname = dir.endsWith('/') || dir.endsWith(path.sep) ? dir + name : dir + path.sep + name;
      if (e.isDirectory()) {
        if (levels > 0) walk(fullname, levels - 1);
      } else if (name.endsWith('.py') && (e.isFile() || (e.isSymbolicLink() && isFile(fullname)))) {
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

/** Print the steps with their outcomes in order, CPython's way, and count. Every file step must have an outcome. */
export function report(steps: Step[], outcomes: Map<string, FileOutcome>, opts: CompileAllOptions): CompileAllResult {
  const write = opts.write ?? ((t: string) => void process.stdout.write(t));
  const quiet = opts.quiet ?? 0;
  const res: CompileAllResult = { compiled: 0, upToDate: 0, failed: 0, ok: true, workerThreads: 0 };
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
  const threads = new Set<number>();
  for (const o of outcomes.values()) if (o.thread !== undefined) threads.add(o.thread);
  res.workerThreads = threads.size;
  return res;
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}
