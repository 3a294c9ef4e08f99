/**
 * Compiling one file of a compileall run (CPython's compileall.compile_file
 * minus the printing): the part that needs the compiler and the cache codec,
 * loaded only when a run has something to compile.
 */
import { formatCompileError } from './compile_plan.js';
import type { FileOutcome } from './compile_plan.js';
import type { InvalidationMode } from './header.js';
import { compileFileToCache } from './pycache.js';
import { cacheUpToDate } from './uptodate.js';

/**
 * Compile `file` into its cache file, unless `force` is false and the cache is
 * already up to date for `mode` (uptodate.ts). Never throws: a compile or
 * write error becomes a 'failed' outcome carrying compileall's message.
 */
export function compileOne(file: string, mode: InvalidationMode, prefix: string | null, force: boolean): FileOutcome {
  if (!force && cacheUpToDate(file, mode, prefix)) return { status: 'uptodate' };
  try {
    compileFileToCache(file, mode, prefix);
    return { status: 'compiled' };
  } catch (e) {
    return { status: 'failed', error: formatCompileError(e) };
  }
}
