/**
 * Interpreter-wide state (CPython's PyThreadState, single-threaded): the
 * current frame, the exception being handled (`sys.exc_info()`), recursion
 * accounting.
 */
import { type PyValue, None } from '../runtime/object.js';
import type { Frame } from './frame.js';

export const vmState = {
  /** The innermost executing Python frame. */
  current: null as Frame | null,
  /** The exception currently being handled (CPython `exc_info->exc_value`), None when none. */
  handled: None as PyValue,
  /** Number of active Python frames. */
  depth: 0,
  /** sys.getrecursionlimit(). */
  recursionLimit: 1000,
};

/** `sys.getrecursionlimit()`. */
export function getRecursionLimit(): number {
  return vmState.recursionLimit;
}
/** `sys.setrecursionlimit(n)` (caller validates n). */
export function setRecursionLimit(n: number): void {
  vmState.recursionLimit = n;
}
/** `sys.exc_info()[1]` / `sys.exception()`: the exception being handled, or None. */
export function currentHandledException(): PyValue {
  return vmState.handled;
}
/** `sys._getframe()`'s frame (innermost Python frame), or null. */
export function currentFrame(): Frame | null {
  return vmState.current;
}
