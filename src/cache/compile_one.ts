/**
 * Compiling the files of a compileall run (CPython's compileall.compile_file
 * minus the printing): the part that needs the compiler and the cache codec,
 * loaded only when a run has something to compile.
 */
import * as fs from 'node:fs';
import { decodeSource } from '../parser/source.js';
import { compileallErrorText } from './compile_plan.js';
import type { FileOutcome } from './compile_plan.js';
import type { CachedWarning } from './format.js';
import type { InvalidationMode } from './header.js';
import { buildCacheFile, writeCacheAtomic, writeCacheAtomicAsync } from './pycache.js';
import type { BuiltCacheFile } from './pycache.js';
import { cacheUpToDate } from './uptodate.js';

/**
 * Compile `file` into its cache file, unless `force` is false and the cache is
 * already up to date for `mode` (uptodate.ts). `dfile` is the file name to
 * record instead of the path (`-d`/`-s`/`-p`). Never throws: a compile or
 * write error becomes a 'failed' outcome carrying compileall's message.
 */
export function compileOne(file: string, mode: InvalidationMode, prefix: string | null, force: boolean, dfile: string | null = null): FileOutcome {
  if (!force && cacheUpToDate(file, mode, prefix)) return { status: 'uptodate' };
  let built: BuiltCacheFile;
  try {
    built = buildCacheFile(file, mode, prefix, { dfile });
  } catch (e) {
    return { status: 'failed', error: compileallErrorText(e) };
  }
  try {
    writeCacheAtomic(built.cachePath, built.data);
  } catch (e) {
    return withWarnings({ status: 'failed', error: compileallErrorText(e) }, built, dfile ?? file, file);
  }
  return withWarnings({ status: 'compiled' }, built, dfile ?? file, file);
}

/** `outcome` with the built file's compile-time warnings (if any) shown under `filename`. */
function withWarnings(outcome: FileOutcome, built: BuiltCacheFile, filename: string, file: string): FileOutcome {
  if (built.warnings.length) outcome.warnings = formatWarnings(built.warnings, filename, filename === file ? built.source : null);
  return outcome;
}

/**
 * Compile-time warnings as Python's warnings module prints them
 * (warnings.formatwarning): `filename:lineno: SyntaxWarning: message`, then the
 * source line stripped, indented by two spaces, when linecache can find it:
 * from `source` (the bytes compiled) when given, else from the file named
 * `filename` (absent under `-d` with a made-up directory: no line, as in CPython).
 */
export function formatWarnings(warnings: readonly CachedWarning[], filename: string, source: Uint8Array | null): string {
  let lines: string[] | null | undefined;
  const lineAt = (n: number): string => {
    if (lines === undefined) {
      lines = null;
      try {
        lines = decodeSource(source ?? fs.readFileSync(filename), filename).text.split(/\r\n|\r|\n/);
      } catch {
        // unreadable or undecodable: linecache shows no line either
      }
    }
    return lines?.[n - 1]?.trim() ?? '';
  };
  let out = '';
  for (const w of warnings) {
    out += `${filename}:${w.lineno}: ${w.category}: ${w.message}\n`;
    const line = lineAt(w.lineno);
    if (line) out += `  ${line}\n`;
  }
  return out;
}

/** Cache files being written at once, at most (each holds its bytes until written). */
const MAX_WRITES_IN_FLIGHT = 32;

/**
 * Compile `files` one after the other in this thread, unconditionally (each
 * recording `dfiles[i]` instead of its path when not null), and
 * write their cache files on libuv's thread pool while the next ones compile:
 * the writes (create, write, rename; ~10% of a run on ext4) overlap the
 * compiling instead of adding to it. `done` gets each file's outcome as its
 * write finishes (not in order). Never rejects for a bad file.
 */
export async function compileFiles(
  files: readonly string[],
  dfiles: readonly (string | null)[],
  mode: InvalidationMode,
  prefix: string | null,
  done: (file: string, outcome: FileOutcome) => void,
): Promise<void> {
  const inFlight = new Set<Promise<void>>();
  for (let i = 0; i < files.length; i++) {
    const file = files[i];
    const dfile = dfiles[i] ?? null;
    let built: BuiltCacheFile;
    try {
      built = buildCacheFile(file, mode, prefix, { dfile });
    } catch (e) {
      done(file, { status: 'failed', error: compileallErrorText(e) });
      continue;
    }
    const write: Promise<void> = writeCacheAtomicAsync(built.cachePath, built.data).then(
      () => done(file, withWarnings({ status: 'compiled' }, built, dfile ?? file, file)),
      (e: unknown) => done(file, withWarnings({ status: 'failed', error: compileallErrorText(e) }, built, dfile ?? file, file)),
    );
    inFlight.add(write);
    void write.finally(() => inFlight.delete(write));
    // Let the event loop run the completions (each write's next step starts from its callback).
    if (inFlight.size >= MAX_WRITES_IN_FLIGHT) await Promise.race(inFlight);
    else await new Promise<void>((resolve) => setImmediate(resolve));
  }
  await Promise.all(inFlight);
}
