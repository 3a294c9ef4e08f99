/**
 * Compiling the files of a compileall run (CPython's compileall.compile_file
 * minus the printing): the part that needs the compiler and the cache codec,
 * loaded only when a run has something to compile.
 */
import { formatCompileError } from './compile_plan.js';
import type { FileOutcome } from './compile_plan.js';
import type { InvalidationMode } from './header.js';
import { buildCacheFile, compileFileToCache, writeCacheAtomicAsync } from './pycache.js';
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

/** Cache files being written at once, at most (each holds its bytes until written). */
const MAX_WRITES_IN_FLIGHT = 32;

/**
 * Compile `files` one after the other in this thread, unconditionally, and
 * write their cache files on libuv's thread pool while the next ones compile:
 * the writes (create, write, rename; ~10% of a run on ext4) overlap the
 * compiling instead of adding to it. `done` gets each file's outcome as its
 * write finishes (not in order). Never rejects for a bad file.
 */
export async function compileFiles(
  files: readonly string[],
  mode: InvalidationMode,
  prefix: string | null,
  done: (file: string, outcome: FileOutcome) => void,
): Promise<void> {
  const inFlight = new Set<Promise<void>>();
  for (const file of files) {
    let built: { cachePath: string; data: Uint8Array };
    try {
      built = buildCacheFile(file, mode, prefix);
    } catch (e) {
      done(file, { status: 'failed', error: formatCompileError(e) });
      continue;
    }
    const write: Promise<void> = writeCacheAtomicAsync(built.cachePath, built.data).then(
      () => done(file, { status: 'compiled' }),
      (e: unknown) => done(file, { status: 'failed', error: formatCompileError(e) }),
    );
    inFlight.add(write);
    void write.finally(() => inFlight.delete(write));
    // Let the event loop run the completions (each write's next step starts from its callback).
    if (inFlight.size >= MAX_WRITES_IN_FLIGHT) await Promise.race(inFlight);
    else await new Promise<void>((resolve) => setImmediate(resolve));
  }
  await Promise.all(inFlight);
}
