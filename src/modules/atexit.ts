/**
 * `atexit` (CPython Modules/atexitmodule.c): functions registered to run at
 * interpreter exit, last registered first. `runExitFuncs` is called by the
 * main-program runner after the program ends (and after its traceback, if
 * any), before the teardown of `__main__`.
 */
import { type PyValue, PyBuiltinFunction, PyBaseExceptionObject, None, TypeErrorType, newError } from '../runtime/object.js';
import { call } from '../runtime/attr.js';
import { callable } from './builtins.js';
import { eq } from '../runtime/abstract.js';
import { repr } from '../runtime/abstract.js';

interface ExitFunc {
  fn: PyValue;
  args: PyValue[];
  kwnames: string[] | null;
}

const exitFuncs: ExitFunc[] = [];

/** Prints "Exception ignored in atexit callback: ..." and the traceback; set by the VM. */
let reportHook: ((e: PyBaseExceptionObject, header: string) => void) | null = null;

/** Register how an exception raised by an exit function is printed. */
export function setAtexitReportHook(fn: (e: PyBaseExceptionObject, header: string) => void): void {
  reportHook = fn;
}

/** Run and forget the registered functions, newest first (CPython `atexit_callfuncs`); exceptions are printed, not raised. */
export function runExitFuncs(): void {
  while (exitFuncs.length !== 0) {
    const f = exitFuncs.pop()!;
    try {
      const kw = f.kwnames;
      call(f.fn, f.args, kw && kw.length ? kw : null);
    } catch (e) {
      if (!(e instanceof PyBaseExceptionObject)) throw e;
      // Every exception, SystemExit included, is reported and the other functions still run (atexit_callfuncs).
      reportHook?.(e, `Exception ignored in atexit callback: ${repr(f.fn)}`);
    }
  }
}

/** The attributes of the `atexit` module. */
export function atexitModuleEntries(): [string, PyValue][] {
  const register = new PyBuiltinFunction(
    'register',
    (a, k) => {
      const nkw = k ? k.length : 0;
      if (a.length - nkw < 1) throw newError(TypeErrorType, 'register() takes at least 1 argument (0 given)');
      const fn = a[0];
      if (!callable(fn)) throw newError(TypeErrorType, 'the first argument must be callable');
      exitFuncs.push({ fn, args: a.slice(1), kwnames: k ? [...k] : null });
      return fn;
    },
    null,
    'register',
    'atexit',
  );
  const unregister = new PyBuiltinFunction(
    'unregister',
    (a) => {
      for (let i = exitFuncs.length - 1; i >= 0; i--) if (eq(exitFuncs[i].fn, a[0])) exitFuncs.splice(i, 1);
      return None;
    },
    null,
    'unregister',
    'atexit',
  );
  return [
    ['register', register],
    ['unregister', unregister],
    ['_run_exitfuncs', new PyBuiltinFunction('_run_exitfuncs', () => (runExitFuncs(), None), null, '_run_exitfuncs', 'atexit')],
    ['_clear', new PyBuiltinFunction('_clear', () => ((exitFuncs.length = 0), None), null, '_clear', 'atexit')],
    ['_ncallbacks', new PyBuiltinFunction('_ncallbacks', () => exitFuncs.length, null, '_ncallbacks', 'atexit')],
  ];
}
