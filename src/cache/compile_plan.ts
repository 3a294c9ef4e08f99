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
  /** Maximum directory depth to recurse into (`-l` means 0, `-r N` N; default: CPython's, the recursion limit 1000). */
  maxLevels?: number;
  /** `-x`: skip files whose path matches. */
  exclude?: RegExp | null;
  invalidationMode?: InvalidationMode;
  /** Cache prefix (TSPY_PYCACHEPREFIX / --cache-prefix), or null. */
  prefix?: string | null;
  /**
   * `-d DESTDIR`: the directory recorded in the code objects instead of the
   * real one (compile errors and tracebacks name `DESTDIR/...`). Not with
   * `stripDir` or `prependDir`.
   */
  destDir?: string | null;
  /** `-s STRIPDIR`: leading path parts removed from the recorded file name. */
  stripDir?: string | null;
  /** `-p PREPENDDIR`: a directory put in front of the recorded file name (after `-s`). */
  prependDir?: string | null;
  /** Where messages go (default: process.stdout). */
  write?: (text: string) => void;
  /** Where compile-time warnings go (default: process.stderr), as Python's warnings module prints them. */
  warn?: (text: string) => void;
}

/** CPython's default maximum depth of a compileall walk: `sys.getrecursionlimit()`. */
export const DEFAULT_MAX_LEVELS = 1000;

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

/**
 * What compileall prints for a file that failed: formatCompileError's text,
 * and for an exact SyntaxError one blank line more (compileall prints
 * py_compile's message, which already ends in a newline, with print()).
 */
export function compileallErrorText(e: unknown): string {
  const text = formatCompileError(e);
  const exactSyntaxError = !!e && typeof e === 'object' && 'msg' in e && (e as SyntaxErrorLike).type === 'SyntaxError';
  return exactSyntaxError ? text + '\n' : text;
}

/** One step of a compileall run, in output order. `dfile` is the file name to record instead of `path` (`-d`/`-s`/`-p`). */
export type Step =
  | { kind: 'list'; dir: string }
  | { kind: 'cantlist'; path: string }
  | { kind: 'file'; path: string; dfile: string | null };

/** The outcome of one file (what a worker sends back). */
export interface FileOutcome {
  status: 'compiled' | 'uptodate' | 'failed';
  /** The formatted error for a failure. */
  error?: string;
  /** The compile-time warnings, formatted as the warnings module shows them (`file:line: SyntaxWarning: ...`). */
  warnings?: string;
  /** threadId of the worker thread that compiled the file (absent: the main thread). */
  thread?: number;
}

/** os.path.join (posixpath): an absolute part restarts the path. */
function pyJoin(...parts: string[]): string {
  let out = parts[0] ?? '';
  for (const b of parts.slice(1)) {
    if (b.startsWith('/')) out = b;
    else if (out === '' || out.endsWith('/')) out += b;
    else out += '/' + b;
  }
  return out;
}

/**
 * The file name compileall records for `fullname` (compileall.compile_file's
 * `dfile`): `ddir/basename` with `-d` on a file, the path with the parts it
 * shares with `stripDir` removed (`-s`, and `-d` on a directory, which strips
 * the directory given), then `prependDir` in front (`-p`). Null: the real path.
 * CPython's quirk is kept: a part of `stripDir` equal to the part at the same
 * place removes the first part of that name anywhere in the path.
 */
export function recordedFileName(fullname: string, ddir: string | null, stripDir: string | null, prependDir: string | null): string | null {
  let dfile: string | null = null;
  if (ddir !== null) dfile = pyJoin(ddir, path.posix.basename(fullname));
  if (stripDir !== null) {
    const fullParts = fullname.split('/');
    const stripParts = stripDir.split('/');
    const parts = [...fullParts];
    for (let i = 0; i < Math.min(fullParts.length, stripParts.length); i++) {
      if (stripParts[i] === fullParts[i]) parts.splice(parts.indexOf(stripParts[i]), 1);
    }
    dfile = pyJoin(...parts);
  }
  if (prependDir !== null) dfile = pyJoin(prependDir, dfile ?? fullname);
  return dfile;
}

/**
 * Walk `paths` the way compileall's main does (sorted, `__pycache__` and
 * symlinked directories skipped; a path that is not a file is walked as a
 * directory, and one that cannot be listed is reported but is no failure; a
 * file that does not end in `.py` is passed over in silence). Directory
 * entries come with their types (`withFileTypes`), so only symbolic links
 * cost a stat.
 */
export function plan(paths: string[], opts: CompileAllOptions): Step[] {
  const steps: Step[] = [];
  const destDir = opts.destDir ?? null;
  const stripDirOpt = opts.stripDir ?? null;
  const prependDirOpt = opts.prependDir ?? null;
  // compile_dir turns -d into "strip the directory walked, prepend DESTDIR".
  let stripDir = stripDirOpt;
  let prependDir = prependDirOpt;
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
        if (!(opts.exclude && opts.exclude.test(fullname))) steps.push({ kind: 'file', path: fullname, dfile: recordedFileName(fullname, null, stripDir, prependDir) });
      }
    }
  };
  for (const p of paths) {
    if (isFile(p)) {
      // compile_file: only names ending in .py are compiled; -d records DESTDIR/basename.
      if (!p.endsWith('.py') || (opts.exclude && opts.exclude.test(p))) continue;
      steps.push({ kind: 'file', path: p, dfile: recordedFileName(p, destDir, stripDirOpt, prependDirOpt) });
    } else {
      if (destDir !== null) {
        stripDir = p;
        prependDir = destDir;
      }
      walk(p, opts.maxLevels ?? DEFAULT_MAX_LEVELS);
      stripDir = stripDirOpt;
      prependDir = prependDirOpt;
    }
  }
  return steps;
}

/** Print the steps with their outcomes in order, CPython's way, and count. Every file step must have an outcome. */
export function report(steps: Step[], outcomes: Map<string, FileOutcome>, opts: CompileAllOptions): CompileAllResult {
  const write = opts.write ?? ((t: string) => void process.stdout.write(t));
  const warn = opts.warn ?? ((t: string) => void process.stderr.write(t));
  const quiet = opts.quiet ?? 0;
  const res: CompileAllResult = { compiled: 0, upToDate: 0, failed: 0, ok: true, workerThreads: 0 };
  for (const s of steps) {
    switch (s.kind) {
      case 'list':
        if (!quiet) write(`Listing '${s.dir}'...\n`);
        break;
      case 'cantlist':
        // As in compileall: reported, but the run still succeeds.
        if (quiet < 2) write(`Can't list '${s.path}'\n`);
        break;
      case 'file': {
        const o = outcomes.get(s.path)!;
        if (o.status === 'uptodate') {
          res.upToDate++;
          break;
        }
        if (!quiet) write(`Compiling '${s.path}'...\n`);
        if (o.warnings) warn(o.warnings);
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
