/**
 * Precompile files and directory trees into their cache files, like CPython's
 * `python -m compileall` (Lib/compileall.py): same listing/compiling messages,
 * same recursion rules (sorted names, `__pycache__` and symlinked directories
 * skipped), `-f` force, `-q` quiet levels, `-l` no recursion, `-x` exclusion
 * regex, and an invalidation mode for the written files.
 */
import * as fs from 'node:fs';
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

/** Render a compile error the way CPython's compileall does (the exception's traceback-only form). */
export function formatCompileError(e: unknown): string {
  if (e instanceof PySyntaxError || (e && typeof e === 'object' && 'msg' in e && 'lineno' in e && typeof (e as PySyntaxError).format === 'function')) {
    return (e as PySyntaxError).format();
  }
  const err = e as NodeJS.ErrnoException | null;
  if (err && typeof err.code === 'string') return `OSError: ${err.message}\n`;
  return `${err?.name ?? 'Error'}: ${err?.message ?? String(e)}\n`;
}

/**
 * Compile every `.py` file named or found under `paths`. Never throws for a
 * bad file: failures are printed and counted.
 */
export function compileAll(paths: string[], opts: CompileAllOptions = {}): CompileAllResult {
  const write = opts.write ?? ((t: string) => void process.stdout.write(t));
  const quiet = opts.quiet ?? 0;
  const mode = opts.invalidationMode ?? 'checked-hash';
  const res: CompileAllResult = { compiled: 0, upToDate: 0, failed: 0, ok: true };

  const compileFile = (fullname: string, requirePy = true): void => {
    if (opts.exclude && opts.exclude.test(fullname)) return;
    if (requirePy && !fullname.endsWith('.py')) return;
    if (!opts.force && cacheUpToDate(fullname, mode, opts.prefix ?? null)) {
      res.upToDate++;
      return;
    }
    if (!quiet) write(`Compiling '${fullname}'...\n`);
    try {
      compileFileToCache(fullname, mode, opts.prefix ?? null);
      res.compiled++;
    } catch (e) {
      res.failed++;
      res.ok = false;
      if (quiet >= 2) return;
      if (quiet) write(`*** Error compiling '${fullname}'...\n`);
      else write('*** ');
      write(formatCompileError(e));
    }
  };

  const compileDir = (dir: string, levels: number): void => {
    if (!quiet) write(`Listing '${dir}'...\n`);
    let names: string[];
    try {
      names = fs.readdirSync(dir);
    } catch {
      if (quiet < 2) write(`Can't list '${dir}'\n`);
      res.failed++;
      res.ok = false;
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
        if (levels > 0) compileDir(fullname, levels - 1);
      } else if (st.isFile() || (st.isSymbolicLink() && isFile(fullname))) {
        compileFile(fullname);
      }
    }
  };

  for (const p of paths) {
    let st: fs.Stats | null = null;
    try {
      st = fs.statSync(p);
    } catch {
      st = null;
    }
    if (st?.isDirectory()) compileDir(p, opts.maxLevels ?? Number.MAX_SAFE_INTEGER);
    else if (st?.isFile()) {
      if (opts.exclude && opts.exclude.test(p)) continue;
      // A file named explicitly is compiled whatever its extension (compileall.compile_file requires .py; we accept .pyw too).
      if (!p.endsWith('.py') && !p.endsWith('.pyw')) {
        if (quiet < 2) write(`*** '${p}' is not a Python source file\n`);
        res.failed++;
        res.ok = false;
        continue;
      }
      compileFile(p, false);
    } else {
      if (quiet < 2) write(`Can't list '${p}'\n`);
      res.failed++;
      res.ok = false;
    }
  }
  return res;
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}
