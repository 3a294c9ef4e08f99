/**
 * Warnings the compiler raises while it compiles (CPython compile.c
 * `compiler_warn`: SyntaxWarning for `x is 1`, `assert (x, 'msg')`,
 * `(1, 2)(3)` and the like). CPython hands each to the warnings machinery
 * the moment it is found; tspy's compiler queues them, and whoever compiled
 * the source takes the queue and passes each to `warnings.warn_explicit`
 * (src/runtime/compile_warn.ts) once the compile is over, so that no Python
 * code runs in the middle of a compile. A source loaded from its cache file
 * raises none, as in CPython.
 */

/** One warning: `filename:lineno: SyntaxWarning: message` when shown. */
export interface CompileWarning {
  category: 'SyntaxWarning';
  message: string;
  filename: string;
  lineno: number;
  /** Where it was found (AST positions), for the SyntaxError CPython raises instead when the filters make the warning an error. */
  loc: LocLike;
}

import type { LocLike } from './errors.js';

const queue: CompileWarning[] = [];

/** Queue a warning of the compile in progress. */
export function addCompileWarning(w: CompileWarning): void {
  queue.push(w);
}

/** The warnings of the last compile, in the order found; the queue is left empty. */
export function takeCompileWarnings(): CompileWarning[] {
  return queue.length === 0 ? [] : queue.splice(0);
}

/** Drop any warnings left by an earlier compile (a compile starts with an empty queue). */
export function clearCompileWarnings(): void {
  queue.length = 0;
}
