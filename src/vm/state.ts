/**
 * Interpreter-wide state (CPython's PyThreadState, single-threaded): the
 * current frame, the exception being handled (`sys.exc_info()`), recursion
 * accounting.
 */
import { type PyValue, None, PyObject, ObjectType, type PyBaseExceptionObject } from '../runtime/object.js';
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
  /** Number of active `evalFrame` JS invocations (each holds a JS stack frame). */
  jsDepth: 0,
  /**
   * The exception of a frame that ended with `EXC_RETURN` instead of a JS
   * throw (evalFrame called by the eval loop itself); read once by the caller.
   */
  curexc: undefined as PyBaseExceptionObject | undefined,
  /**
   * Some object's death is observable (vm/lifecycle.ts tracks it): the eval
   * loop's release points check this one field before doing any work.
   */
  tracking: false,
};

/**
 * What `evalFrame(frame, undefined, true)` returns when the frame ends with an
 * unhandled exception (left in `vmState.curexc`). A JS throw costs about a
 * microsecond in V8 (it builds a message object), ten times CPython's whole
 * raise; the eval loop passes exceptions between Python frames this way and
 * throws only across native code.
 */
export const EXC_RETURN: PyObject = new PyObject(ObjectType);

/**
 * The eval loop's CALL enters a Python callee in its own loop (no JS call)
 * only beyond this many nested `evalFrame` invocations. Below it, a call is a
 * JS call of evalFrame: V8 applies a pending re-optimization of the loop only
 * when the function is entered again, so one long-running invocation that ran
 * every call would stay unoptimized after its first deoptimization. Beyond
 * it, recursion goes on without using more JS stack.
 */
export const INLINE_CALLS_AFTER = 100;

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
