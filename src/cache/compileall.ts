/**
 * Precompile files and directory trees into their cache files, like CPython's
 * `python -m compileall` (Lib/compileall.py): same listing/compiling messages,
 * same recursion rules (sorted names, `__pycache__` and symlinked directories
 * skipped), `-f` force, `-q` quiet levels, `-l` no recursion, `-x` exclusion
 * regex, and an invalidation mode for the written files.
 *
 * The pieces live in compile_plan.ts (walk, report), compile_one.ts (one
 * file) and compile_tree.ts (the staged, parallel run of `tspy compile`);
 * this module is the synchronous entry (`tspy watch`) and re-exports the rest.
 */
import { compileOne } from './compile_one.js';
import { plan, report } from './compile_plan.js';
import type { CompileAllOptions, CompileAllResult, FileOutcome } from './compile_plan.js';

export { formatCompileError, plan, report } from './compile_plan.js';
export type { CompileAllOptions, CompileAllResult, FileOutcome, Step } from './compile_plan.js';
export { compileOne } from './compile_one.js';
export { compileTree, compileTree as compileAllParallel } from './compile_tree.js';
export type { CompileProgress, CompileTreeOptions } from './compile_tree.js';

/**
 * Compile every `.py` file named or found under `paths`, in this thread. Never
 * throws for a bad file: failures are printed and counted. Needs the compiler
 * loadable synchronously (see compiler_link.ts).
 */
export function compileAll(paths: string[], opts: CompileAllOptions = {}): CompileAllResult {
  const steps = plan(paths, opts);
  const mode = opts.invalidationMode ?? 'checked-hash';
  const outcomes = new Map<string, FileOutcome>();
  for (const s of steps) {
    if (s.kind === 'file' && !outcomes.has(s.path)) outcomes.set(s.path, compileOne(s.path, mode, opts.prefix ?? null, !!opts.force, s.dfile));
  }
  return report(steps, outcomes, opts);
}
