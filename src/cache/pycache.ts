/**
 * `__pycache__` handling: where a source file's cache lives, reading and
 * validating it, compiling on a miss, and writing it back atomically. Mirrors
 * CPython's SourceLoader.get_code / cache_from_source / _write_atomic
 * (Lib/importlib/_bootstrap_external.py), with tspy's header (format.ts).
 *
 * Contract: loading never fails because of the cache. Any problem with a cache
 * file (missing, stale, other version, truncated, corrupt, unreadable, a
 * directory in its place) means "compile from source"; any problem writing it
 * (read-only directory, no-write mode) means "run without caching".
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CodeObject } from '../bytecode/code.js';
import { compilerBuildId, getCompiler } from './compiler_link.js';
import { CACHE_TAG, CacheFormatError, HEADER_SIZE, cachePathFor, checksumValid, decodePayloadWithWarnings, encodeCacheFile, readHeader, sourceHash, staleReason, statSource } from './format.js';
import type { CachedWarning } from './format.js';
import { takeCompileWarnings } from '../compiler/compile_warnings.js';
import type { CacheHeader, CacheRejectKind, InvalidationMode, SourceStat } from './format.js';
import { hasherReady } from './hash.js';

export { cachePathFor, statSource };
export type { SourceStat };
export { cacheUpToDate } from './uptodate.js';

/** Settings of the cache, from the command line and the environment. */
export interface CacheOptions {
  /** `-B` / TSPY_DONTWRITEBYTECODE: read caches but never write them (CPython's sys.dont_write_bytecode). */
  dontWriteBytecode?: boolean;
  /** `--cache-prefix` / TSPY_PYCACHEPREFIX: keep caches in a mirror tree under this directory (sys.pycache_prefix). */
  pycachePrefix?: string | null;
  /** Mode of cache files written after a miss (default 'checked-hash'; a stale hash-based file keeps its own mode, as CPython does). */
  invalidationMode?: InvalidationMode;
  /** `-v`: receives one line per module loaded (no trailing newline). */
  verbose?: ((line: string) => void) | null;
}

/** The cache options the environment asks for (TSPY_DONTWRITEBYTECODE, TSPY_PYCACHEPREFIX), as CPython reads PYTHON*. */
export function cacheOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): CacheOptions {
  const prefix = env.TSPY_PYCACHEPREFIX;
  return {
    dontWriteBytecode: !!env.TSPY_DONTWRITEBYTECODE,
    pycachePrefix: prefix ? path.resolve(prefix) : null,
  };
}

/**
 * The source file of a cache file (CPython `source_from_cache`), or null when
 * the path is not a `__pycache__/<stem>.tspy-311.pyc` path.
 */
export function sourcePathFromCache(cachePath: string): string | null {
  const dir = path.dirname(cachePath);
  const base = path.basename(cachePath);
  const suffix = `.${CACHE_TAG}.pyc`;
  if (path.basename(dir) !== '__pycache__' || !base.endsWith(suffix)) return null;
  return path.join(path.dirname(dir), base.slice(0, -suffix.length) + '.py');
}

/** How a module's code was obtained. */
export interface LoadResult {
  code: CodeObject;
  /** 'cache': decoded from a valid cache file; 'compiled': compiled from source. */
  from: 'cache' | 'compiled';
  /** Why the cache was not used (when compiled). */
  reason?: string;
  rejectKind?: CacheRejectKind;
  cachePath: string;
  /** The compile-time warnings of the source: raised by this compile, or kept in the cache file by the one that wrote it. */
  warnings: CachedWarning[];
  /** When compiled: whether a cache file was written, or why not. */
  written?: boolean;
  writeError?: string;
}

/** Read a cache file; throws CacheFormatError with kind 'missing'/'unreadable' for I/O problems. */
function readCacheBytes(cachePath: string): Uint8Array {
  try {
    return fs.readFileSync(cachePath);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new CacheFormatError('missing', 'no cache file');
    if (code === 'EISDIR') throw new CacheFormatError('unreadable', 'unreadable: cache path is a directory');
    throw new CacheFormatError('unreadable', `unreadable: ${code ?? (e as Error).message}`);
  }
}

/**
 * Validate a cache file's bytes against the source and decode it. Checks, in
 * order: header (magic, flags, exact length), source stamp (unless the file is
 * unchecked-hash; for a timestamp, `stat` must come from `statSource`),
 * compiler build, payload checksum, payload structure. Throws CacheFormatError.
 */
export function validateCache(buf: Uint8Array, source: Uint8Array, stat: SourceStat | null): { header: CacheHeader; code: CodeObject; warnings: CachedWarning[] } {
  const header = readHeader(buf);
  const stale = staleReason(header, () => sourceHash(source), stat);
  if (stale) throw new CacheFormatError('stale', stale);
  const build = compilerBuildId();
  if (build !== 0 && header.compilerBuild !== 0 && header.compilerBuild !== build) throw new CacheFormatError('stale', 'stale: written by another compiler build');
  if (!checksumValid(buf, header)) throw new CacheFormatError('corrupt', 'corrupt: checksum mismatch');
  return { header, ...decodePayloadWithWarnings(buf.subarray(HEADER_SIZE)) };
}

/** Compile `source` (PySyntaxError propagates), with the warnings the compile raised. */
function compileWithWarnings(source: Uint8Array, sourcePath: string): { code: CodeObject; warnings: CachedWarning[] } {
  const code = getCompiler()(source, sourcePath, 'exec'); // compile() starts with an empty warning queue
  const warnings = takeCompileWarnings().map((w) => ({ category: w.category, message: w.message, lineno: w.lineno }));
  return { code, warnings };
}

/**
 * Give every code object in the tree `filename` as co_filename, when the cache
 * was written for the same file under another path (CPython `_imp._fix_co_filename`).
 */
export function fixCodeFilename(code: CodeObject, filename: string): void {
  if (code.co_filename === filename) return;
  const walk = (c: CodeObject): void => {
    c.co_filename = filename;
    for (const k of c.co_consts) if (k !== null && typeof k === 'object' && 'co_code' in k) walk(k as CodeObject);
  };
  walk(code);
}

/**
 * Write a cache file atomically: a temporary file in the same directory, then
 * rename over the target (CPython `_write_atomic`). Creates the directory.
 * Throws the underlying error on failure (after removing the temporary file).
 */
export function writeCacheAtomic(cachePath: string, data: Uint8Array): void {
  const dir = path.dirname(cachePath);
  // One mkdir per directory and process (a compile of a tree writes many files into each);
  // a directory removed since is caught below and created again.
  if (!madeDirs.has(dir)) {
    fs.mkdirSync(dir, { recursive: true });
    madeDirs.add(dir);
  }
  const tmp = tempPathFor(cachePath);
  try {
    try {
      fs.writeFileSync(tmp, data, { flag: 'wx', mode: 0o644 });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(tmp, data, { flag: 'wx', mode: 0o644 });
    }
    fs.renameSync(tmp, cachePath);
  } catch (e) {
    try {
      fs.unlinkSync(tmp);
    } catch {
      // the temporary file was never created
    }
    throw e;
  }
}

/**
 * writeCacheAtomic on libuv's thread pool: the same steps (temporary file
 * opened 'wx', then rename; the temporary file removed on failure), so that
 * `tspy compile` goes on compiling the next file while this one is written.
 * Rejects with the underlying error.
 */
export async function writeCacheAtomicAsync(cachePath: string, data: Uint8Array): Promise<void> {
  const dir = path.dirname(cachePath);
  if (!madeDirs.has(dir)) {
    let made = makingDirs.get(dir);
    if (!made) {
      made = mkdirAsync(dir).then(() => void madeDirs.add(dir));
      makingDirs.set(dir, made);
      made.catch(() => makingDirs.delete(dir)); // the next file retries (and reports its own error)
    }
    await made;
  }
  const tmp = tempPathFor(cachePath);
  try {
    try {
      await writeNewFileAsync(tmp, data);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      await mkdirAsync(dir);
      await writeNewFileAsync(tmp, data);
    }
    await settled<void>((cb) => fs.rename(tmp, cachePath, cb));
  } catch (e) {
    await settled<void>((cb) => fs.unlink(tmp, cb)).catch(() => undefined); // the temporary file may never have been created
    throw e;
  }
}

// The callback forms of fs, not fs.promises: the run bundle's node:fs shim carries only plain properties.
/** A promise for a Node callback-style call. */
function settled<T>(start: (cb: (err: NodeJS.ErrnoException | null, value?: T) => void) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => start((err, value) => (err ? reject(err) : resolve(value as T))));
}
const mkdirAsync = (dir: string): Promise<void> => settled<string | undefined>((cb) => fs.mkdir(dir, { recursive: true }, cb)).then(() => undefined);
const writeNewFileAsync = (file: string, data: Uint8Array): Promise<void> => settled<void>((cb) => fs.writeFile(file, data, { flag: 'wx', mode: 0o644 }, cb));

/** A temporary file name next to `cachePath`: pid + thread + counter, unique among concurrent writers (processes and worker threads); 'wx' makes sure. */
function tempPathFor(cachePath: string): string {
  return `${cachePath}.${process.pid}.${threadTag}${(tmpCounter++).toString(36)}.tmp`;
}

const madeDirs = new Set<string>();
/** Directories whose asynchronous mkdir is under way (so that files of one directory wait for one mkdir). */
const makingDirs = new Map<string, Promise<void>>();
let tmpCounter = 0;
const threadTag = `${Math.random().toString(36).slice(2, 8)}.`;

/**
 * Get the code of a source file through the cache (CPython SourceLoader.get_code):
 * use a valid cache file, otherwise compile `source` and (unless disabled)
 * write the cache. `source` is the file's bytes (already read by the caller,
 * which needs them anyway for error messages); `stat` its `statSource()`, taken
 * before reading it (null: no timestamp, so a timestamp cache counts as stale). Compile errors (PySyntaxError)
 * propagate; cache problems never do.
 */
export function loadSourceCode(
  sourcePath: string,
  source: Uint8Array,
  stat: SourceStat | null,
  opts: CacheOptions = {},
  moduleName = '?',
): LoadResult {
  const cachePath = cachePathFor(sourcePath, opts.pycachePrefix);
  let reason: string;
  let rejectKind: CacheRejectKind;
  let oldMode: InvalidationMode | null = null;
  if (!hasherReady()) {
    reason = 'cache disabled (hasher not initialised)';
    rejectKind = 'unreadable';
  } else {
    try {
      const buf = readCacheBytes(cachePath);
      try {
        oldMode = readHeader(buf).mode;
      } catch {
        oldMode = null;
      }
      const { code, warnings } = validateCache(buf, source, stat);
      fixCodeFilename(code, sourcePath);
      opts.verbose?.(`# ${moduleName}: from cache ${cachePath}`);
      return { code, from: 'cache', cachePath, warnings };
    } catch (e) {
      if (!(e instanceof CacheFormatError)) throw e;
      reason = e.message;
      rejectKind = e.kind;
    }
  }
  const { code, warnings } = compileWithWarnings(source, sourcePath);
  const result: LoadResult = { code, from: 'compiled', reason, rejectKind, cachePath, warnings, written: false };
  if (opts.dontWriteBytecode) {
    result.writeError = 'not written (no-write mode)';
  } else if (!hasherReady()) {
    result.writeError = 'not written (hasher not initialised)';
  } else {
    const mode: InvalidationMode =
      oldMode === 'checked-hash' || oldMode === 'unchecked-hash' ? oldMode : opts.invalidationMode ?? 'checked-hash';
    try {
      const data = encodeCacheFile(code, mode === 'timestamp' && !stat ? 'checked-hash' : mode, sourceHash(source), stat, compilerBuildId(), warnings);
      writeCacheAtomic(cachePath, data);
      result.written = true;
    } catch (e) {
      result.writeError = `not written (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`;
    }
  }
  opts.verbose?.(
    `# ${moduleName}: compiled ${sourcePath} (${reason}); ${result.written ? `wrote ${cachePath}` : result.writeError}`,
  );
  return result;
}

/**
 * Load a cache file given directly (`tspy run x.pyc`, CPython's
 * SourcelessFileLoader): header, checksum and payload are validated, the source
 * key is ignored. Throws CacheFormatError when the file is unusable.
 */
export function loadPycFile(pycPath: string): { header: CacheHeader; code: CodeObject; warnings: CachedWarning[] } {
  const buf = readCacheBytes(pycPath);
  const header = readHeader(buf);
  if (!checksumValid(buf, header)) throw new CacheFormatError('corrupt', 'corrupt: checksum mismatch');
  return { header, ...decodePayloadWithWarnings(buf.subarray(HEADER_SIZE)) };
}

/**
 * Compile one source file into its cache file regardless of what is there
 * (py_compile.compile). Returns the cache path. Throws PySyntaxError on a
 * compile error and the I/O error when the file cannot be written.
 */
export function compileFileToCache(
  sourcePath: string,
  mode: InvalidationMode = 'checked-hash',
  prefix: string | null = null,
  cachePathOverride?: string,
): string {
  const { cachePath, data } = buildCacheFile(sourcePath, mode, prefix, { cachePath: cachePathOverride });
  writeCacheAtomic(cachePath, data);
  return cachePath;
}

/** A cache file built but not yet written (buildCacheFile). */
export interface BuiltCacheFile {
  cachePath: string;
  /** The whole file: header and payload. */
  data: Uint8Array;
  /** The source bytes compiled. */
  source: Uint8Array;
  /** The compile-time warnings, as stored in the file. */
  warnings: CachedWarning[];
}

/**
 * The cache file of one source file, built but not written (stat, read,
 * compile, encode: py_compile.compile up to the write). `where.dfile` is the
 * file name to record in the code objects and errors instead of the path
 * (compileall's `-d`/`-s`/`-p`); `where.cachePath` overrides the cache path.
 * Throws PySyntaxError on a compile error and the fs error when the source
 * cannot be read.
 */
export function buildCacheFile(
  sourcePath: string,
  mode: InvalidationMode = 'checked-hash',
  prefix: string | null = null,
  where: { cachePath?: string; dfile?: string | null } = {},
): BuiltCacheFile {
  const st = statSource(sourcePath); // before reading: the recorded mtime is never newer than the bytes compiled
  const source = fs.readFileSync(sourcePath);
  const { code, warnings } = compileWithWarnings(source, where.dfile ?? sourcePath);
  const cachePath = where.cachePath ?? cachePathFor(sourcePath, prefix);
  return { cachePath, data: encodeCacheFile(code, mode, sourceHash(source), st, compilerBuildId(), warnings), source, warnings };
}
