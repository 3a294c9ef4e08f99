/**
 * Everything the importer needs from the runtime, the VM and the built-in
 * modules, in one place: module objects, sys.modules / sys.path, native
 * modules, running a module body, and a few object-model helpers. The rest of
 * src/importer depends only on this file, so a change of name elsewhere is
 * fixed here.
 */
import type { CodeObject } from '../bytecode/code.js';
import type { PyDict } from '../runtime/dict.js';
import { ModuleType, PyObject } from '../runtime/object.js';
import type { PyValue } from '../runtime/object.js';
import { getAttrOpt, setAttr, getAttr, call } from '../runtime/attr.js';
import { excField, setExcField, osErrorFromNode } from '../runtime/exceptions.js';
import { mkDict, mkList, mkTuple, dictGetStr, dictSetStr, dictDelStr, iterToArray, pyStr, registerVmServices } from '../vm/rt.js';
import { flushStdout } from '../modules/stdio.js';
import { formatException, formatExceptionOnly } from '../runtime/traceback.js';
import { PyModule } from '../runtime/module.js';
import { runModuleCode, exitStatusFor, installVm, finalizeInterpreter } from '../vm/run.js';
import { toPyException } from '../vm/interpreter.js';
import { getNativeModule, registerNativeModule } from '../modules/registry.js';
import { getSysModule, getSysModulesDict, getSysPathList, setArgv, setSysPath, setCacheFlags } from '../modules/sys.js';

export { getAttrOpt, setAttr, getAttr, call, excField, setExcField, mkList, mkTuple, dictGetStr, dictSetStr, dictDelStr, iterToArray };
export { pyStr, flushStdout, formatException, formatExceptionOnly, getSysModule, setArgv, setSysPath, setCacheFlags };
export { exitStatusFor, toPyException, installVm, registerNativeModule, finalizeInterpreter };

/** The VM's IMPORT_NAME signature. */
export type ImportNameFn = (name: string, globals: PyDict, fromlist: PyValue, level: number, locals: PyValue | null) => PyValue;

/** Make the VM call `fn` for IMPORT_NAME. */
export function registerImportName(fn: ImportNameFn): void {
  registerVmServices({ importName: fn });
}

/** Set an attribute of the `sys` module. */
export function setSysAttr(name: string, v: PyValue): void {
  setAttr(getSysModule(), name, v);
}

/** A new, empty module object named `name`. */
export function newModule(name: string): PyValue {
  return new PyModule(name);
}

/** The `__dict__` of a module object. */
export function moduleDict(mod: PyValue): PyDict {
  if (mod instanceof PyObject && mod.dict) return mod.dict;
  throw new Error('tspy importer: module without a __dict__');
}

/** Is `v` a module object? */
export function isModule(v: PyValue): boolean {
  return v instanceof PyObject && v.ob_type.isSubtype(ModuleType);
}

/** `sys.modules`. */
export function sysModulesDict(): PyDict {
  return getSysModulesDict();
}

/** `sys.path` as directories (non-str entries are skipped, as FileFinder does). */
export function sysPathEntries(): string[] {
  // sys.path may have been rebound by the program: read the attribute, falling back to the original list.
  const p = getAttrOpt(getSysModule(), 'path') ?? getSysPathList();
  return iterToArray(p).filter((x): x is string => typeof x === 'string');
}

/** A native (TypeScript) module by full name, created on first use; undefined when there is none. */
export function nativeModule(name: string): PyValue | undefined {
  return getNativeModule(name) ?? undefined;
}

/** The `builtins` module (each module's `__builtins__`). */
export function builtinsModule(): PyValue {
  return getNativeModule('builtins')!;
}

/** Run a module body in the module's namespace. Python exceptions propagate. */
export function execModule(code: CodeObject, mod: PyValue): void {
  runModuleCode(code, mod as PyModule);
}

/** A Python OSError for a Node fs error. */
export function osError(e: unknown, filename: string): PyValue & object {
  return osErrorFromNode(e, filename);
}

/** A fresh dict (for namespaces). */
export function newDict(): PyDict {
  return mkDict();
}
