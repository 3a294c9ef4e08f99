/**
 * Warm-up of the eval loop before `__main__` runs (src/lib/_tspy_warmup.py).
 *
 * V8 optimizes `evalFrame` (one big function) with the type feedback it has
 * seen so far; each later program path it has not seen (a new operand type, a
 * first exception, a first generator) deoptimizes it, and recompiling a
 * function that size costs a few hundred milliseconds each time. Running a
 * small program that touches the common paths first, while the loop is still
 * interpreted, makes the first optimization the last. The program runs in a
 * throwaway namespace, prints nothing and imports nothing; any failure only
 * costs the speed-up.
 *
 * Off unless `TSPY_WARMUP=1`: measured on ../shared/bench (programs CPython
 * runs in about 0.4 s), the warm-up made the geometric mean worse (3.61x
 * against 3.22x without), because a first optimization with all paths live
 * takes V8 several times longer and these programs end before it pays back.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadSourceCode, cachePathFor, statSource } from '../cache/pycache.js';
import { importerCacheOptions } from './importer.js';
import { libDir } from './finder.js';
import { execCode } from '../vm/run.js';
import { vmState } from '../vm/state.js';
import { mkDict } from '../vm/rt.js';

/** Run the warm-up program once per process (only with TSPY_WARMUP set; a no-op after the first call). */
export function warmUpEvalLoop(): void {
  if (done || !process.env.TSPY_WARMUP) return;
  done = true;
  const handled = vmState.handled;
  const depth = vmState.depth;
  try {
    const file = path.join(libDir(), '_tspy_warmup.py');
    const opts = importerCacheOptions();
    // Under -B a missing cache would mean compiling the warm-up on every run: not worth it.
    if (opts.dontWriteBytecode && !fs.existsSync(cachePathFor(file, opts.pycachePrefix))) return;
    const source = fs.readFileSync(file);
    const stat = statSource(file);
    const { code } = loadSourceCode(file, source, stat, { ...opts, verbose: undefined }, '_tspy_warmup');
    execCode(code, mkDict());
  } catch {
    // A missing or failing warm-up only means a slower start.
  } finally {
    vmState.handled = handled;
    vmState.depth = depth;
    vmState.curexc = undefined;
  }
}
let done = false;
