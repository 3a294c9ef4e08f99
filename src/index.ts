/**
 * tspy's programmatic API. Every function is async because start-up is
 * (xxhash-wasm and the compiler are loaded once, on the first call); after
 * that the work itself is synchronous.
 *
 * ```ts
 * import { runFile, compileFile, loadCode } from 'tspy';
 * await compileFile('app/main.py');              // writes app/__pycache__/main.tspy-311.pyc
 * const r = await loadCode('app/main.py');       // r.from === 'cache'
 * const status = await runFile('app/main.py', ['arg1']);
 * ```
 */
import * as fs from 'node:fs';
import type { CodeObject } from './bytecode/code.js';
import { getCompiler, loadCompiler } from './cache/compiler_link.js';
import type { InvalidationMode } from './cache/format.js';
import { initCache } from './cache/init.js';
import { compileFileToCache, loadPycFile, loadSourceCode, statSource } from './cache/pycache.js';
import type { CacheOptions, LoadResult } from './cache/pycache.js';
import type { MainOptions } from './importer/runmain.js';
import type { CompileAllResult } from './cache/compile_plan.js';
import type { CompileTreeOptions } from './cache/compile_tree.js';

export { CodeObject } from './bytecode/code.js';
export {
  CACHE_TAG,
  FORMAT_VERSION,
  MAGIC_NUMBER,
  HEADER_SIZE,
  CacheFormatError,
  decodeCacheFile,
  encodeCacheFile,
  decodePayload,
  encodePayload,
  readHeader,
} from './cache/format.js';
export type { CacheHeader, InvalidationMode, SourceStat } from './cache/format.js';
export { cachePathFor, sourcePathFromCache, cacheOptionsFromEnv, statSource } from './cache/pycache.js';
export type { CacheOptions, LoadResult } from './cache/pycache.js';
export type { MainOptions } from './importer/runmain.js';
export type { CompileAllResult } from './cache/compile_plan.js';
export type { CompileProgress, CompileTreeOptions } from './cache/compile_tree.js';
export { initCache as init } from './cache/init.js';

/**
 * Compile Python source to a code object (no cache involved). Throws
 * PySyntaxError (src/parser/errors.ts) for invalid source.
 */
export async function compileSource(
  source: string | Uint8Array,
  filename = '<string>',
  mode: 'exec' | 'eval' | 'single' = 'exec',
): Promise<CodeObject> {
  await initCache();
  await loadCompiler();
  return getCompiler()(source, filename, mode);
}

/**
 * Compile a source file into its cache file (py_compile.compile) and return
 * the cache file's path. Throws PySyntaxError or the file-system error.
 */
export async function compileFile(
  file: string,
  opts: { invalidationMode?: InvalidationMode; cachePrefix?: string | null; cachePath?: string } = {},
): Promise<string> {
  await initCache();
  await loadCompiler();
  return compileFileToCache(file, opts.invalidationMode ?? 'checked-hash', opts.cachePrefix ?? null, opts.cachePath);
}

/**
 * The code of a file through the cache, as the importer gets it: a `.py`
 * file's valid cache is used, otherwise it is compiled and the cache
 * (re)written; a `.pyc` file is decoded directly. The result says which
 * happened and why. Throws PySyntaxError, CacheFormatError (unusable `.pyc`)
 * or the file-system error.
 */
export async function loadCode(file: string, opts: CacheOptions = {}): Promise<LoadResult> {
  await initCache();
  await loadCompiler();
  if (file.endsWith('.pyc')) {
    const { code, warnings } = loadPycFile(file);
    return { code, from: 'cache', cachePath: file, warnings };
  }
  const stat = statSource(file);
  const source = fs.readFileSync(file);
  return loadSourceCode(file, source, stat, opts, '__main__');
}

/**
 * Precompile files and directory trees like `tspy compile` / CPython's
 * compileall (`workers` as `-j`: 0 = one worker thread per core). Messages go
 * to `opts.write` (default stdout; `quiet: 2` for none); resolves to the
 * counts. Never rejects for a bad source file: it is counted as failed.
 */
export async function compileTree(paths: string[], opts: CompileTreeOptions = { workers: 1 }): Promise<CompileAllResult> {
  await initCache();
  const m = await import('./cache/compile_tree.js');
  return m.compileTree(paths, opts);
}

/** Run a `.py` or `.pyc` file as `__main__` (like `tspy run FILE ARGS`); resolves to the exit status. */
export async function runFile(file: string, args: string[] = [], opts: MainOptions = {}): Promise<number> {
  await initCache();
  await loadCompiler();
  const { runMainFile } = await import('./importer/runmain.js');
  return runMainFile(file, args, opts);
}

/** Run source code as `__main__` (like `tspy run -c SOURCE ARGS`); resolves to the exit status. */
export async function runSource(source: string, args: string[] = [], opts: MainOptions = {}): Promise<number> {
  await initCache();
  await loadCompiler();
  const { runMainSource } = await import('./importer/runmain.js');
  return runMainSource(source, args, opts);
}
