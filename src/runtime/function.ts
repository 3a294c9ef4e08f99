/**
 * Python functions, bound methods and cells (CPython Objects/funcobject.c,
 * classobject.c, cellobject.c) and CPython's argument binding
 * (`initialize_locals` in Python/ceval.c) with its exact error messages.
 */
import {
  PyObject,
  type PyValue,
  FunctionType,
  MethodType,
  CellType,
  None,
  TypeErrorType,
  newError,
} from './object.js';
import { CodeObject, CO_VARARGS, CO_VARKEYWORDS, CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR } from '../bytecode/code.js';
import type { PyDict } from './dict.js';
import { ConstSurrogateStr } from '../bytecode/constants.js';
import { mkDict, dictGetStr, dictSetStr, mkTuple, getBuiltinsDict } from '../vm/rt.js';

/** A closure cell (CPython `PyCellObject`); `ref` is undefined while the cell is empty. */
export class PyCell extends PyObject {
  constructor(public ref: PyValue | undefined) {
    super();
    this.ob_type = CellType;
  }
}

/**
 * A Python function (CPython `PyFunctionObject`). `defaults` are the positional
 * defaults, `kwdefaults` the keyword-only defaults, `closure` the free-variable
 * cells in `co_freevars` order.
 */
export class PyFunction extends PyObject {
  name: string;
  qualname: string;
  defaults: PyValue[] | null = null;
  kwdefaults: PyDict | null = null;
  closure: PyCell[] | null = null;
  /** A flat (name, value, ...) tuple from MAKE_FUNCTION, converted to a dict on first access, or a dict. */
  annotations: PyValue | null = null;
  doc: PyValue = None;
  module: PyValue;
  /** True when the code takes exactly co_argcount positionals and nothing else (CALL fast path). */
  simple: boolean;
  /** True for generator/coroutine/async-generator code. */
  isGen: boolean;
  /** Index of the first non-argument slot in localsplus (argcount+kwonly+varargs+varkw). */
  nparams: number;
  /** The builtins dict the function's code sees (CPython `func_builtins`). */
  builtins: PyDict;

  constructor(public code: CodeObject, public globals: PyDict, qualname?: string) {
    super();
    this.ob_type = FunctionType;
    this.name = code.co_name;
    this.qualname = qualname ?? code.co_qualname;
    const c0 = code.co_consts[0];
    // The docstring is co_consts[0] when it is a str and the code is a function body.
    this.doc = code.co_flags & 0x0002 ? (typeof c0 === 'string' ? c0 : c0 instanceof ConstSurrogateStr ? c0.merged() : None) : None;
    this.module = dictGetStr(globals, '__name__') ?? None;
    this.builtins = builtinsOf(globals);
    const f = code.co_flags;
    this.isGen = (f & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) !== 0;
    this.simple = code.co_kwonlyargcount === 0 && (f & (CO_VARARGS | CO_VARKEYWORDS)) === 0;
    this.nparams =
      code.co_argcount + code.co_kwonlyargcount + (f & CO_VARARGS ? 1 : 0) + (f & CO_VARKEYWORDS ? 1 : 0);
  }
}

function builtinsOf(globals: PyDict): PyDict {
  const b = dictGetStr(globals, '__builtins__');
  if (b instanceof PyObject) {
    if (b.ob_type.tp_name === 'dict') return b as PyDict;
    if (b.dict !== null && b.ob_type.tp_name === 'module') return b.dict;
  }
  return getBuiltinsDict();
}

/** A bound method (CPython `PyMethodObject`): calling it prepends `self`. */
export class PyMethod extends PyObject {
  constructor(public func: PyValue, public self: PyValue) {
    super();
    this.ob_type = MethodType;
  }
}

function quoteList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return q.slice(0, -1).join(', ') + ', and ' + q[q.length - 1];
}

function missingArgs(fn: PyFunction, names: string[], kind: string): never {
  const n = names.length;
  throw newError(
    TypeErrorType,
    `${fn.qualname}() missing ${n} required ${kind} argument${n === 1 ? '' : 's'}: ${quoteList(names)}`,
  );
}

function tooManyPositional(fn: PyFunction, given: number, fast: PyValue[]): never {
  const code = fn.code;
  const argcount = code.co_argcount;
  let kwonlyGiven = 0;
  for (let i = argcount; i < argcount + code.co_kwonlyargcount; i++) if (fast[i] !== undefined) kwonlyGiven++;
  const defcount = fn.defaults ? fn.defaults.length : 0;
  let sig: string;
  let plural: boolean;
  if (defcount) {
    plural = true;
    sig = `from ${argcount - defcount} to ${argcount}`;
  } else {
    plural = argcount !== 1;
    sig = `${argcount}`;
  }
  const kwSig = kwonlyGiven
    ? ` positional argument${given !== 1 ? 's' : ''} (and ${kwonlyGiven} keyword-only argument${kwonlyGiven !== 1 ? 's' : ''})`
    : '';
  throw newError(
    TypeErrorType,
    `${fn.qualname}() takes ${sig} positional argument${plural ? 's' : ''} but ${given}${kwSig} ${given === 1 && !kwonlyGiven ? 'was' : 'were'} given`,
  );
}

/**
 * Bind call arguments into the fast-locals array `fast` (CPython
 * `initialize_locals`). `args[start .. start+nargs)` are positionals; if
 * `kwnames` is given, the `kwnames.length` values after them are keywords.
 * Throws TypeError with CPython's messages.
 */
export function bindArgs(
  fn: PyFunction,
  fast: PyValue[],
  args: PyValue[],
  start: number,
  nargs: number,
  kwnames: readonly string[] | null,
): void {
  const code = fn.code;
  const flags = code.co_flags;
  const argcount = code.co_argcount;
  const total = argcount + code.co_kwonlyargcount;
  let kwdict: PyDict | null = null;
  if (flags & CO_VARKEYWORDS) {
    kwdict = mkDict();
    fast[total + (flags & CO_VARARGS ? 1 : 0)] = kwdict;
  }
  const n = nargs < argcount ? nargs : argcount;
  for (let i = 0; i < n; i++) fast[i] = args[start + i];
  if (flags & CO_VARARGS) {
    fast[total] = mkTuple(nargs > argcount ? args.slice(start + argcount, start + nargs) : []);
  }
  if (kwnames !== null && kwnames.length > 0) {
    const names = code.co_localsplusnames;
    const posonly = code.co_posonlyargcount;
    for (let k = 0; k < kwnames.length; k++) {
      const name = kwnames[k];
      const value = args[start + nargs + k];
      let j = posonly;
      for (; j < total; j++) if (names[j] === name) break;
      if (j === total) {
        if (kwdict !== null) {
          dictSetStr(kwdict, name, value);
          continue;
        }
        const posNames = names.slice(0, posonly);
        const passed = posNames.filter((pn) => kwnames.includes(pn));
        if (passed.length) {
          throw newError(
            TypeErrorType,
            `${fn.qualname}() got some positional-only arguments passed as keyword arguments: '${passed.join(', ')}'`,
          );
        }
        throw newError(TypeErrorType, `${fn.qualname}() got an unexpected keyword argument '${name}'`);
      }
      if (fast[j] !== undefined) {
        throw newError(TypeErrorType, `${fn.qualname}() got multiple values for argument '${name}'`);
      }
      fast[j] = value;
    }
  }
  if (nargs > argcount && !(flags & CO_VARARGS)) tooManyPositional(fn, nargs, fast);
  if (nargs < argcount) {
    const defaults = fn.defaults;
    const defcount = defaults ? defaults.length : 0;
    const m = argcount - defcount;
    let missing: string[] | null = null;
    for (let i = nargs; i < m; i++) if (fast[i] === undefined) (missing ??= []).push(code.co_localsplusnames[i]);
    if (missing) missingArgs(fn, missing, 'positional');
    for (let i = Math.max(nargs, m); i < argcount; i++) if (fast[i] === undefined) fast[i] = defaults![i - m];
  }
  if (code.co_kwonlyargcount > 0) {
    let missing: string[] | null = null;
    for (let i = argcount; i < total; i++) {
      if (fast[i] !== undefined) continue;
      const name = code.co_localsplusnames[i];
      const d = fn.kwdefaults ? dictGetStr(fn.kwdefaults, name) : undefined;
      if (d !== undefined) fast[i] = d;
      else (missing ??= []).push(name);
    }
    if (missing) missingArgs(fn, missing, 'keyword-only');
  }
}
