/**
 * Entry points of the VM: run a module's code object in its namespace
 * (CPython `PyEval_EvalCode` / `exec(code, module.__dict__)`), and a simple
 * whole-program runner with CPython's exit-status rules.
 */
import type { CodeObject } from '../bytecode/code.js';
import { type PyValue, PyObject, PyBaseExceptionObject, None, SystemExitType, KeyboardInterruptType } from '../runtime/object.js';
import type { PyDict } from '../runtime/dict.js';
import { Frame, codeInfo } from './frame.js';
import { evalFrame, builtinsFor, toPyException } from './interpreter.js';
import { dictGetStr, dictSetStr, getBuiltinsDict, registerVmServices, pyStr, pyRepr } from './rt.js';
import { installClasses } from '../runtime/classes.js';
import { installGenerators } from '../runtime/generator.js';
import { installTraceback, formatException, disableSourceLines } from '../runtime/traceback.js';
import { setUnraisableHook, finalizeAtExit } from './lifecycle.js';
import { runExitFuncs, setAtexitReportHook } from '../modules/atexit.js';
import { installMethodArity } from '../runtime/method_arity.js';
import { installModuleType, PyModule } from '../runtime/module.js';
import { getBuiltins } from '../modules/builtins.js';
import { displayUncaught, writeStderr } from '../modules/sys.js';
import { flushStdout } from '../modules/stdio.js';
import { getAttrOpt } from '../runtime/attr.js';

let installed = false;
/** Wire the VM into the runtime (object/type/function behaviour, generators, tracebacks, builtins). Idempotent. */
export function installVm(): void {
  if (installed) return;
  installed = true;
  installClasses();
  installGenerators();
  installTraceback();
  installModuleType();
  installMethodArity();
  registerVmServices({ builtins: getBuiltins });
  // CPython's default sys.unraisablehook output, for finalizers and weakref callbacks.
  const unraisable = (e: PyBaseExceptionObject, header: string): void => {
    try {
      writeStderr(`${header}\n${formatException(e)}`);
    } catch {
      // a broken sys.stderr: nothing to report to
    }
  };
  setUnraisableHook((e, where) => unraisable(e, `Exception ignored in: ${pyRepr(where)}`));
  setAtexitReportHook(unraisable);
}

/**
 * Interpreter exit after the main program (CPython `Py_FinalizeEx`): the
 * atexit functions, then the finalizers and weakref callbacks of the objects
 * still alive, as `__main__` is torn down.
 */
export function finalizeInterpreter(): void {
  runExitFuncs();
  flushStdout();
  disableSourceLines();
  finalizeAtExit();
  flushStdout();
}

/**
 * Execute `code` (a module body) with `globals` as globals and `locals`
 * (default: the same dict) as locals — `exec(code, globals, locals)`.
 */
export function execCode(code: CodeObject, globals: PyDict, locals: PyValue = globals): PyValue {
  installVm();
  if (dictGetStr(globals, '__builtins__') === undefined) dictSetStr(globals, '__builtins__', getBuiltinsDict());
  const frame = new Frame(codeInfo(code), null, globals, builtinsFor(globals), locals);
  return evalFrame(frame, undefined);
}

/** Run a module's code in the module's namespace (used by the importer and the CLI). Python exceptions propagate. */
export function runModuleCode(code: CodeObject, module: PyModule | PyObject): void {
  const d = module.dict;
  if (d === null) throw new Error('runModuleCode: module without a namespace');
  execCode(code, d);
}

/** Options of `runMain`. */
export interface RunMainOptions {
  filename: string;
  argv?: string[];
}

/** The exit status for an uncaught exception (printing what CPython prints). */
export function exitStatusFor(e: unknown): number {
  const exc = toPyException(e);
  if (exc.ob_type.isSubtype(SystemExitType)) {
    const code = getAttrOpt(exc, 'code') ?? (exc.args.length ? exc.args[0] : None);
    if (code === None) return 0;
    if (typeof code === 'number') return code & 0xff;
    if (typeof code === 'bigint') return Number(BigInt.asUintN(8, code));
    if (typeof code === 'boolean') return code ? 1 : 0;
    writeStderr(pyStr(code) + '\n');
    return 1;
  }
  displayUncaught(exc);
  // CPython re-raises an unhandled KeyboardInterrupt as SIGINT; shells then report 128 + 2.
  if (exc.ob_type.isSubtype(KeyboardInterruptType)) return 130;
  return 1;
}

/**
 * Run `code` as the `__main__` module; returns the exit status (0, SystemExit's
 * code, or 1 after printing the traceback of an uncaught exception). stdout is
 * flushed before returning.
 */
export function runMain(code: CodeObject, opts: RunMainOptions): number {
  installVm();
  const mod = new PyModule('__main__');
  dictSetStr(mod.dict, '__file__', opts.filename);
  dictSetStr(mod.dict, '__builtins__', getBuiltinsDict());
  let status = 0;
  try {
    runModuleCode(code, mod);
  } catch (e) {
    status = exitStatusFor(e instanceof PyBaseExceptionObject ? e : toPyException(e));
  }
  flushStdout();
  return status;
}
