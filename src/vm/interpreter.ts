/**
 * The eval loop: executes CPython 3.11 bytecode (Python/ceval.c 3.11,
 * `_PyEval_EvalFrameDefault`). One `switch` over literal opcode numbers in one
 * function; fast locals and the value stack share the frame array `f`; hot
 * cases (small-int arithmetic and compares, LOAD_FAST, LOAD_GLOBAL, instance
 * LOAD_ATTR/LOAD_METHOD, calls of Python functions) are handled inline.
 *
 * Exceptions are JS-thrown `PyBaseExceptionObject`s; the catch at the bottom
 * of the loop does CPython's zero-cost unwinding through `co_exceptiontable`.
 * Python→Python calls recurse in JS (`evalFrame` → `evalFrame`); generators
 * keep their Frame (pc + stack) and resume by re-entering `evalFrame`.
 */
import { Op, NB } from '../bytecode/opcodes.js';
import { CO_FAST_FREE } from '../bytecode/code.js';
import {
  type PyValue,
  PyObject,
  PyType,
  PyFloat,
  PyBaseExceptionObject,
  PyBuiltinFunction,
  PyMethodDescriptor,
  FloatType,
  None,
  NotImplemented,
  typeOf,
  typeName,
  normInt,
  newError,
  isInstance,
  BaseExceptionType,
  TypeErrorType,
  NameErrorType,
  UnboundLocalErrorType,
  ValueErrorType,
  RuntimeErrorType,
  SystemErrorType,
  RecursionErrorType,
  MemoryErrorType,
  AssertionErrorType,
  ImportErrorType,
  AttributeErrorType,
  StopIterationType,
  KeyErrorType,
  BaseExceptionGroupType,
  StrType,
  TPFLAGS_BASE_EXC_SUBCLASS,
  TPFLAGS_HEAPTYPE,
  ModuleType,
  ListType,
  TupleType,
  FunctionType,
  MethodType,
  BuiltinFunctionType,
  MethodDescriptorType,
  TypeType,
  DictType,
  ZeroDivisionErrorType,
} from '../runtime/object.js';
import { PyFunction, PyCell, PyMethod, bindArgs } from '../runtime/function.js';
import { simpleInit, newPlainInstance, initReturnedError } from '../runtime/classes.js';
import { PyList } from '../runtime/list.js';
import { type PyDict, keyError } from '../runtime/dict.js';
import type { DictEntry, DictTable } from '../runtime/hashtable.js';
import { Frame, CodeInfo, codeInfo, PyCode, FRAME_RUNNING, FRAME_SUSPENDED, FRAME_DONE, POP_ITER } from './frame.js';
import { afterRelease, afterDiscard, peekItem, releaseFrame } from './lifecycle.js';
import { vmState, EXC_RETURN, INLINE_CALLS_AFTER } from './state.js';
import {
  binaryOp,
  unaryOp,
  richCompare,
  isTrue,
  getIter,
  iterNext,
  getItem,
  setItem,
  delItem,
  contains,
  len,
  mkTuple,
  mkList,
  mkDict,
  mkSet,
  mkSlice,
  dictGetStr,
  dictSetStr,
  dictDelStr,
  dictSet,
  dictGet,
  dictMerge,
  dictKeys,
  isDict,
  listAppend,
  listExtend,
  setAdd,
  setUpdate,
  seqItems,
  iterToArray,
  formatValue,
  pyStr,
  pyRepr,
  pyAscii,
  getBuiltinsDict,
  importName,
  isMapping,
  isSequenceForMatch,
  sysModules,
  printExpr,
  exceptionGroupMatch,
  prepReraiseStar,
} from './rt.js';
import { getAttr, getAttrOpt, setAttr, delAttr, call, lookupSpecial, callMethod, matchClass } from '../runtime/attr.js';
import { addTraceback, nameErrorNames } from '../runtime/traceback.js';
import { setExcField } from '../runtime/exceptions.js';
import { makeGenerator, genSendForSend, isGeneratorLike, genIterNext, PyGenerator, asyncGenWrap, getAwaitable } from '../runtime/generator.js';
import { compareStrings } from '../runtime/abstract.js';

const MAX_SAFE = 9007199254740991;

/** Convert anything caught by the eval loop into a Python exception (JS stack overflow → RecursionError, failed allocation → MemoryError, other JS errors → SystemError). */
export function toPyException(e: unknown): PyBaseExceptionObject {
  if (e instanceof PyBaseExceptionObject) return e;
  if (e instanceof RangeError) {
    // V8 reports both stack exhaustion and failed allocations as RangeError; only the former is a RecursionError.
    if (/Invalid (typed )?array length|Invalid string length|allocation failed|Maximum BigInt size|out of memory/i.test(e.message)) {
      return newError(MemoryErrorType, '');
    }
    if (/call stack/i.test(e.message)) return newError(RecursionErrorType, 'maximum recursion depth exceeded');
  }
  if (process.env.TSPY_DEBUG) process.stderr.write(`[tspy internal error] ${(e as Error)?.stack ?? String(e)}\n`);
  const msg = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return newError(SystemErrorType, `internal error: ${msg}`);
}

/** Builtins dict to use for code running with `globals` (CPython: `globals['__builtins__']`, a module or a dict). */
export function builtinsFor(globals: PyDict): PyDict {
  const b = dictGetStr(globals, '__builtins__');
  if (b !== undefined) {
    if (isDict(b)) return b as PyDict;
    if (b instanceof PyObject && b.dict !== null) return b.dict;
  }
  return getBuiltinsDict();
}

/** Create the frame for calling `fn`, binding the arguments (positionals then `kwnames.length` keyword values). */
export function makeFrame(fn: PyFunction, args: PyValue[], kwnames: readonly string[] | null): Frame {
  const info = codeInfo(fn.code);
  const frame = new Frame(info, fn, fn.globals, fn.builtins, null);
  const nkw = kwnames === null ? 0 : kwnames.length;
  const nargs = args.length - nkw;
  if (fn.simple && nkw === 0 && nargs === fn.code.co_argcount) {
    const f = frame.f;
    for (let i = 0; i < nargs; i++) f[i] = args[i];
  } else {
    bindArgs(fn, frame.f as PyValue[], args, 0, nargs, nkw ? kwnames : null);
  }
  return frame;
}

/** Call a Python function (CPython `_PyFunction_Vectorcall`). Generator functions return their generator. */
export function callFunction(fn: PyFunction, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const frame = makeFrame(fn, args, kwnames);
  if (fn.isGen) return makeGenerator(frame);
  return evalFrame(frame, undefined);
}

function unboundLocal(info: CodeInfo, i: number): PyBaseExceptionObject {
  const name = info.code.co_localsplusnames[i];
  if (info.kinds[i] & CO_FAST_FREE) {
    return newError(NameErrorType, `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
  }
  return newError(UnboundLocalErrorType, `cannot access local variable '${name}' where it is not associated with a value`);
}

function nameError(name: string): PyBaseExceptionObject {
  const e = newError(NameErrorType, `name '${name}' is not defined`);
  nameErrorNames.set(e, name);
  setExcField(e, 'name', name);
  return e;
}

/** Set `exc.__context__` to the exception being handled, breaking cycles (CPython `_PyErr_SetObject`). */
export function setContext(exc: PyBaseExceptionObject): void {
  const handled = vmState.handled;
  if (handled === None || handled === exc || !(handled instanceof PyBaseExceptionObject)) return;
  // Avoid creating a cycle in the context chain.
  let o: PyBaseExceptionObject = handled;
  for (;;) {
    const ctx = o.context;
    if (!(ctx instanceof PyBaseExceptionObject)) break;
    if (ctx === exc) {
      o.context = None;
      break;
    }
    o = ctx;
  }
  exc.context = handled;
}

/** Turn the operand of `raise` into an exception instance (a class is called with no arguments). */
function makeRaisable(v: PyValue, what: 'raise' | 'cause'): PyBaseExceptionObject | null {
  if (v instanceof PyType && v.tp_flags & TPFLAGS_BASE_EXC_SUBCLASS) {
    const inst = call(v, [], null);
    if (!(inst instanceof PyBaseExceptionObject)) {
      throw newError(
        TypeErrorType,
        `calling ${pyRepr(v)} should have returned an instance of BaseException, not ${typeName(inst)}`,
      );
    }
    return inst;
  }
  if (v instanceof PyBaseExceptionObject) return v;
  if (what === 'cause' && v === None) return null;
  throw newError(
    TypeErrorType,
    what === 'raise' ? 'exceptions must derive from BaseException' : 'exception causes must derive from BaseException',
  );
}

function checkExcMatchType(t: PyValue, star: boolean): void {
  const bad = (x: PyValue): boolean => !(x instanceof PyType && x.tp_flags & TPFLAGS_BASE_EXC_SUBCLASS);
  let items: PyValue[] | null = null;
  if (typeOf(t).tp_name === 'tuple' || isInstance(t, typeOf(mkTuple([])))) items = seqItems(t);
  const msg = star
    ? 'catching classes that do not inherit from BaseException is not allowed'
    : 'catching classes that do not inherit from BaseException is not allowed';
  if (items) {
    for (const x of items) if (bad(x)) throw newError(TypeErrorType, msg);
    if (star) {
      for (const x of items) if ((x as PyType).isSubtype(BaseExceptionGroupType)) throw newError(TypeErrorType, 'catching ExceptionGroup with except* is not allowed. Use except instead.');
    }
  } else {
    if (bad(t)) throw newError(TypeErrorType, msg);
    if (star && (t as PyType).isSubtype(BaseExceptionGroupType)) throw newError(TypeErrorType, 'catching ExceptionGroup with except* is not allowed. Use except instead.');
  }
}

/** `isinstance(exc, t)` for except clauses (t a class or tuple of classes). */
export function excMatches(exc: PyValue, t: PyValue): boolean {
  const et = typeOf(exc);
  if (t instanceof PyType) return et.isSubtype(t);
  for (const x of seqItems(t)) if (x instanceof PyType && et.isSubtype(x)) return true;
  return false;
}

function unpackError(v: PyValue): never {
  throw newError(TypeErrorType, `cannot unpack non-iterable ${typeName(v)} object`);
}

/** UNPACK_SEQUENCE / UNPACK_EX: items of `v` with CPython's messages. */
function unpackItems(v: PyValue, before: number, after: number, star: boolean): PyValue[] {
  let items = seqItems(v, true);
  if (items === null) {
    let it: PyValue;
    try {
      it = getIter(v);
    } catch (e) {
      if (e instanceof PyBaseExceptionObject && e.ob_type === TypeErrorType && typeOf(v).lookup('__iter__') === undefined) unpackError(v);
      throw e;
    }
    if (!star) {
      // Consume at most before+1 items to report "too many values".
      const out: PyValue[] = [];
      for (;;) {
        const x = iterNext(it);
        if (x === undefined) break;
        out.push(x);
        if (out.length > before) throw newError(ValueErrorType, `too many values to unpack (expected ${before})`);
      }
      items = out;
    } else items = iterToArray(it);
  }
  const n = items.length;
  if (!star) {
    if (n < before) throw newError(ValueErrorType, `not enough values to unpack (expected ${before}, got ${n})`);
    if (n > before) throw newError(ValueErrorType, `too many values to unpack (expected ${before})`);
    return items;
  }
  if (n < before + after) {
    throw newError(ValueErrorType, `not enough values to unpack (expected at least ${before + after}, got ${n})`);
  }
  return items;
}

function findHandler(t: Int32Array, lasti: number): number {
  for (let i = 0; i < t.length; i += 4) {
    if (lasti >= t[i] && lasti < t[i + 1]) return i;
  }
  return -1;
}

function importFrom(mod: PyValue, name: string): PyValue {
  const v = getAttrOpt(mod, name);
  if (v !== undefined) return v;
  const pkg = getAttrOpt(mod, '__name__');
  if (typeof pkg === 'string') {
    const full = `${pkg}.${name}`;
    const m = sysModules() ? dictGetStr(sysModules()!, full) : undefined;
    if (m !== undefined) return m;
  }
  const pkgName = typeof pkg === 'string' ? pkg : '<unknown module name>';
  const file = getAttrOpt(mod, '__file__');
  const loc = typeof file === 'string' ? file : 'unknown location';
  const spec = getAttrOpt(mod, '__spec__');
  const initializing = spec !== undefined && spec !== None ? getAttrOpt(spec, '_initializing') : undefined;
  const msg =
    initializing !== undefined && isTrue(initializing)
      ? `cannot import name '${name}' from partially initialized module '${pkgName}' (most likely due to a circular import) (${loc})`
      : `cannot import name '${name}' from '${pkgName}' (${loc})`;
  const e = newError(ImportErrorType, msg);
  setExcField(e, 'msg', msg);
  setExcField(e, 'name', typeof pkg === 'string' ? pkg : None);
  setExcField(e, 'path', typeof file === 'string' ? file : None);
  throw e;
}

function importStar(mod: PyValue, locals: PyValue): void {
  let names: PyValue[];
  const all = getAttrOpt(mod, '__all__');
  if (all !== undefined) names = iterToArray(all);
  else {
    const d = getAttr(mod, '__dict__');
    names = dictKeys(d as PyDict).filter((k) => typeof k === 'string' && !k.startsWith('_'));
  }
  for (const n of names) {
    if (typeof n !== 'string') throw newError(TypeErrorType, `Item in ${'__all__'} must be str, not ${typeName(n)}`);
    storeName(locals, n, getAttr(mod, n));
  }
}

/** A plain dict namespace; a dict subclass (an enum body's, a metaclass __prepare__'s) goes through its own __getitem__/__setitem__ (CPython PyDict_CheckExact). */
function isExactDict(v: PyValue): boolean {
  return isDict(v) && (v as PyDict).ob_type === DictType;
}

function storeName(locals: PyValue, name: string, v: PyValue): void {
  if (isExactDict(locals)) dictSetStr(locals as PyDict, name, v);
  else setItem(locals, name, v);
}

/** STORE_NAME while finalizers could observe the value being replaced (vm/lifecycle.ts). */
function storeNameTracked(frame: Frame, locals: PyValue, name: string, v: PyValue, sp: number): void {
  const old = isExactDict(locals) ? dictGetStr(locals as PyDict, name) : undefined;
  storeName(locals, name, v);
  // The replaced value and the temporaries of the assigned expression may have died.
  afterDiscard(frame, sp, old !== v ? old : undefined);
}

function callKwargsFromMapping(func: PyValue, m: PyValue): [PyValue[], string[]] {
  const vals: PyValue[] = [];
  const names: string[] = [];
  if (!isMapping(m)) {
    throw newError(TypeErrorType, `${funcDesc(func)} argument after ** must be a mapping, not ${typeName(m)}`);
  }
  const keys = isDict(m) ? dictKeys(m as PyDict) : iterToArray(callMethod(m, 'keys', []));
  for (const k of keys) {
    if (typeof k !== 'string') throw newError(TypeErrorType, `keywords must be strings`);
    names.push(k);
    vals.push(isDict(m) ? dictGet(m as PyDict, k)! : getItem(m, k));
  }
  return [vals, names];
}

/** CPython's `_PyObject_FunctionStr`: `f()` / `A.f()` / `print()` for error messages. */
export function funcDesc(func: PyValue): string {
  if (func instanceof PyFunction) {
    const m = func.module;
    return typeof m === 'string' && m !== 'builtins' ? `${m}.${func.qualname}()` : `${func.qualname}()`;
  }
  if (func instanceof PyMethod) return funcDesc(func.func);
  const q = getAttrOpt(func, '__qualname__');
  if (typeof q === 'string') {
    const m = getAttrOpt(func, '__module__');
    if (typeof m === 'string' && m !== 'builtins') return `${m}.${q}()`;
    return `${q}()`;
  }
  return `${typeName(func)} object`;
}

/**
 * Run `frame` until it returns or yields (CPython `_PyEval_EvalFrameDefault`).
 * After return `frame.state` is FRAME_DONE; after a yield it is
 * FRAME_SUSPENDED with pc/sp saved. `throwExc` resumes a suspended frame by
 * raising at its current instruction (generator.throw).
 */
export function evalFrame(frame: Frame, throwExc: PyBaseExceptionObject | undefined, vmCall = false): PyValue {
  if (++vmState.depth > vmState.recursionLimit) {
    vmState.depth--;
    throw newError(RecursionErrorType, 'maximum recursion depth exceeded');
  }
  // Python-to-Python calls run in this same loop (CPython 3.11's inlined calls): CALL
  // switches `frame` and the values below to the callee, RETURN_VALUE switches back.
  // Only `entry` returns from this JS function.
  const entry = frame;
  const entryDepth = vmState.depth;
  vmState.jsDepth++;
  let info = frame.info;
  let ops = info.ops;
  let consts = info.consts;
  let names = info.names;
  let f = frame.f;
  let nlocals = info.nlocalsplus;
  let globals = frame.globals;
  let builtins = frame.builtins;
  let icache = info.cache;
  let pc = frame.pc;
  let sp = frame.sp;
  let kwnames: readonly string[] | null = null;
  /** Set before re-raising an exception that already carries this frame's traceback entry (RERAISE). */
  let noTb = false;
  let pending: PyBaseExceptionObject | undefined = throwExc;
  // Shared temporaries of the dispatch loop: one Ignition register each instead of one per case (keeps JS frames small for deep recursion).
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let a: any, argStart: any, args: any, b: any, base: any, c: any, callable: any, cause: any, d: any, exc: any, ff: any, fn: any, fr: any, h: any, i: any, it: any, items: any, k: any, keys: any, kw: any, locals: any, m: any, name: any, nargs: any, o: any, r: any, recv: any, res: any, s: any, spec: any, t: any, v: any, x: any;
  frame.back = vmState.current;
  vmState.current = frame;
  frame.state = FRAME_RUNNING;
  try {
    for (;;) {
      if (pending === undefined) try {
        // Leaves by return, by a JS throw, or by `break dispatch` with `pending` set (a raise that needs no JS throw).
        dispatch: for (;;) {
          const word = ops[pc++];
          const oparg = word >>> 8;
          switch (word & 0xff) {
            case Op.NOP:
            case Op.RESUME:
            case Op.RESUME_QUICK:
            case Op.EXTENDED_ARG:
            case Op.EXTENDED_ARG_QUICK:
              break;
            case Op.CACHE:
              break;
            case Op.LOAD_FAST:
            case Op.LOAD_CLOSURE: {
              v = f[oparg];
              if (v === undefined) throw unboundLocal(info, oparg);
              f[sp++] = v;
              break;
            }
            case Op.STORE_FAST:
              f[oparg] = f[--sp];
              break;
            case Op.LOAD_CONST:
              f[sp++] = consts[oparg];
              break;
            // Superinstructions (frame.ts `quicken`): the second half reads the next word's oparg and
            // moves pc past it first, so its errors point at the second instruction.
            case Op.LOAD_FAST__LOAD_FAST: {
              v = f[oparg];
              if (v === undefined) throw unboundLocal(info, oparg);
              f[sp++] = v;
              k = ops[pc++] >>> 8;
              v = f[k];
              if (v === undefined) throw unboundLocal(info, k);
              f[sp++] = v;
              break;
            }
            case Op.LOAD_FAST__LOAD_CONST: {
              v = f[oparg];
              if (v === undefined) throw unboundLocal(info, oparg);
              f[sp++] = v;
              f[sp++] = consts[ops[pc++] >>> 8];
              break;
            }
            case Op.LOAD_CONST__LOAD_FAST: {
              f[sp++] = consts[oparg];
              k = ops[pc++] >>> 8;
              v = f[k];
              if (v === undefined) throw unboundLocal(info, k);
              f[sp++] = v;
              break;
            }
            case Op.STORE_FAST__LOAD_FAST: {
              f[oparg] = f[--sp];
              k = ops[pc++] >>> 8;
              v = f[k];
              if (v === undefined) throw unboundLocal(info, k);
              f[sp++] = v;
              break;
            }
            case Op.STORE_FAST__STORE_FAST:
              f[oparg] = f[--sp];
              f[ops[pc++] >>> 8] = f[--sp];
              break;
            case Op.POP_TOP:
              sp--;
              // A discarded result (`Resource()` or `lst.pop()` as a statement) may be a dying tracked object.
              if (vmState.tracking) afterDiscard(frame, sp);
              break;
            case Op.PUSH_NULL:
              f[sp++] = null;
              break;
            case Op.COPY:
              f[sp] = f[sp - oparg];
              sp++;
              break;
            case Op.SWAP: {
              t = f[sp - 1];
              f[sp - 1] = f[sp - oparg];
              f[sp - oparg] = t;
              break;
            }

            // ---------------------------------------------------------------
            // Arithmetic and comparison
            case Op.BINARY_OP: {
              b = f[--sp] as PyValue;
              a = f[sp - 1] as PyValue;
              r = undefined;
              if (typeof a === 'number' && typeof b === 'number') {
                switch (oparg) {
                  case NB.ADD:
                  case NB.INPLACE_ADD: {
                    x = a + b;
                    if (x <= MAX_SAFE && x >= -MAX_SAFE) r = x;
                    break;
                  }
                  case NB.SUBTRACT:
                  case NB.INPLACE_SUBTRACT: {
                    x = a - b;
                    if (x <= MAX_SAFE && x >= -MAX_SAFE) r = x;
                    break;
                  }
                  case NB.MULTIPLY:
                  case NB.INPLACE_MULTIPLY: {
                    x = a * b;
                    if (x <= MAX_SAFE && x >= -MAX_SAFE) r = x === 0 ? 0 : x;
                    break;
                  }
                  case NB.FLOOR_DIVIDE:
                  case NB.INPLACE_FLOOR_DIVIDE:
                    if (b !== 0 && (a | 0) === a && (b | 0) === b) r = Math.floor(a / b) + 0;
                    break;
                  case NB.REMAINDER:
                  case NB.INPLACE_REMAINDER:
                    if (b !== 0 && (a | 0) === a && (b | 0) === b) {
                      m = a % b;
                      if (m !== 0 && (m ^ b) < 0) m += b;
                      r = m + 0;
                    }
                    break;
                  case NB.TRUE_DIVIDE:
                  case NB.INPLACE_TRUE_DIVIDE:
                    if (b !== 0) r = mkFloat(a / b);
                    break;
                  case NB.AND:
                  case NB.INPLACE_AND:
                    if ((a | 0) === a && (b | 0) === b) r = a & b;
                    break;
                  case NB.OR:
                  case NB.INPLACE_OR:
                    if ((a | 0) === a && (b | 0) === b) r = a | b;
                    break;
                  case NB.XOR:
                  case NB.INPLACE_XOR:
                    if ((a | 0) === a && (b | 0) === b) r = a ^ b;
                    break;
                }
              } else if (a instanceof PyFloat && b instanceof PyFloat && a.ob_type === FloatType && b.ob_type === FloatType) {
                switch (oparg) {
                  case NB.ADD:
                  case NB.INPLACE_ADD:
                    r = mkFloat(a.value + b.value);
                    break;
                  case NB.SUBTRACT:
                  case NB.INPLACE_SUBTRACT:
                    r = mkFloat(a.value - b.value);
                    break;
                  case NB.MULTIPLY:
                  case NB.INPLACE_MULTIPLY:
                    r = mkFloat(a.value * b.value);
                    break;
                  case NB.TRUE_DIVIDE:
                  case NB.INPLACE_TRUE_DIVIDE:
                    if (b.value !== 0) r = mkFloat(a.value / b.value);
                    break;
                }
              } else if (typeof a === 'string' && typeof b === 'string' && (oparg === NB.ADD || oparg === NB.INPLACE_ADD)) {
                r = a + b;
              }
              if (r === undefined && b === 0 && typeof a === 'number') {
                r = intZeroDivision(oparg);
                if (r !== undefined) {
                  pending = r;
                  break dispatch;
                }
              }
              f[sp - 1] = r !== undefined ? r : binaryOp(a, b, oparg);
              pc += 1;
              break;
            }
            case Op.COMPARE_OP: {
              b = f[--sp] as PyValue;
              a = f[sp - 1] as PyValue;
              r = compareFast(a, b, oparg);
              f[sp - 1] = r !== undefined ? r : richCompare(a, b, oparg);
              pc += 2;
              break;
            }
            case Op.COMPARE_OP_INT_JUMP: {
              // COMPARE_OP + POP_JUMP_*_IF_* (frame.ts `quicken`); oparg = cmp | kind << 3.
              b = f[--sp] as PyValue;
              a = f[--sp] as PyValue;
              k = oparg & 7;
              r = compareFast(a, b, k);
              if (r === undefined) {
                r = richCompare(a, b, k);
                pc += 3; // the truth test belongs to the jump instruction (its errors point there)
                r = r === true || (r !== false && r !== None && r !== 0 && isTrue(r));
              } else pc += 3;
              if (r === ((oparg & 8) !== 0)) {
                if (oparg & 16) pc -= ops[pc - 1] >>> 8;
                else pc += ops[pc - 1] >>> 8;
              }
              break;
            }
            case Op.IS_OP: {
              b = f[--sp];
              a = f[sp - 1];
              f[sp - 1] = (a === b) !== (oparg === 1);
              break;
            }
            case Op.CONTAINS_OP: {
              b = f[--sp] as PyValue;
              a = f[sp - 1] as PyValue;
              f[sp - 1] = contains(b, a) !== (oparg === 1);
              break;
            }
            case Op.UNARY_NOT: {
              v = f[sp - 1] as PyValue;
              f[sp - 1] = v === true ? false : v === false ? true : !isTrue(v);
              break;
            }
            case Op.UNARY_NEGATIVE: {
              v = f[sp - 1] as PyValue;
              f[sp - 1] = typeof v === 'number' && v !== 0 ? -v : unaryOp(v, 'neg');
              break;
            }

            // ---------------------------------------------------------------
            // Subscripts and containers
            case Op.BINARY_SUBSCR: {
              k = f[--sp] as PyValue;
              o = f[sp - 1];
              if (typeof k === 'number' && typeof o === 'object' && (o.ob_type === ListType || o.ob_type === TupleType)) {
                items = (o as PyList).items;
                i = k < 0 ? k + items.length : k;
                if (i >= 0 && i < items.length) {
                  f[sp - 1] = items[i];
                  pc += 4;
                  break;
                }
              }
              if (typeof o === 'object' && o.ob_type === DictType) {
                // An exact dict has no __missing__: a miss raises KeyError here, without a JS throw.
                v = (o as PyDict).get(k);
                if (v === undefined) {
                  pending = keyError(k);
                  break dispatch;
                }
                f[sp - 1] = v;
                pc += 4;
                break;
              }
              f[sp - 1] = getItem(o as PyValue, k);
              pc += 4;
              break;
            }
            case Op.STORE_SUBSCR: {
              k = f[sp - 1] as PyValue;
              o = f[sp - 2] as PyValue;
              v = f[sp - 3] as PyValue;
              sp -= 3;
              if (typeof k === 'number' && typeof o === 'object' && o.ob_type === ListType) {
                items = (o as PyList).items;
                i = k < 0 ? k + items.length : k;
                if (i >= 0 && i < items.length) {
                  items[i] = v;
                  pc += 1;
                  break;
                }
              }
              setItem(o, k, v);
              pc += 1;
              break;
            }
            case Op.BUILD_SLICE: {
              if (oparg === 3) {
                c = f[--sp] as PyValue;
                b = f[--sp] as PyValue;
                f[sp - 1] = mkSlice(f[sp - 1] as PyValue, b, c);
              } else {
                b = f[--sp] as PyValue;
                f[sp - 1] = mkSlice(f[sp - 1] as PyValue, b, None);
              }
              break;
            }
            case Op.BUILD_TUPLE: {
              items = f.slice(sp - oparg, sp) as PyValue[];
              sp -= oparg;
              f[sp++] = mkTuple(items);
              break;
            }
            case Op.BUILD_LIST: {
              items = f.slice(sp - oparg, sp) as PyValue[];
              sp -= oparg;
              f[sp++] = mkList(items);
              break;
            }
            case Op.BUILD_STRING: {
              s = '';
              for (i = sp - oparg; i < sp; i++) s += f[i] as string;
              sp -= oparg;
              f[sp++] = s;
              break;
            }
            case Op.LIST_APPEND: {
              v = f[--sp] as PyValue;
              listAppend(f[sp - oparg] as PyValue, v);
              break;
            }
            case Op.UNPACK_SEQUENCE: {
              v = f[--sp] as PyValue;
              items = unpackItems(v, oparg, 0, false);
              for (i = oparg - 1; i >= 0; i--) f[sp++] = items[i];
              pc += 1;
              break;
            }

            // ---------------------------------------------------------------
            // Names
            case Op.LOAD_GLOBAL: {
              if (oparg & 1) f[sp++] = null;
              c = icache[pc];
              if (c !== undefined && c.table === globals.table && !c.entry.dead && (c.keysAdded < 0 || (c.keysAdded === c.table.keysAdded && c.btable === builtins.table))) {
                f[sp++] = c.entry.value;
                pc += 5;
                break;
              }
              f[sp++] = loadGlobalMiss(globals, builtins, names[oparg >> 1], icache, pc);
              pc += 5;
              break;
            }
            case Op.LOAD_NAME: {
              name = names[oparg];
              locals = frame.locals;
              if (locals === null) throw newError(SystemErrorType, `no locals when loading '${name}'`);
              v = undefined;
              if (isExactDict(locals)) v = dictGetStr(locals as PyDict, name);
              else {
                try {
                  v = getItem(locals, name);
                } catch (e) {
                  if (!(e instanceof PyBaseExceptionObject && isInstance(e, KeyErrorType))) throw e;
                }
              }
              if (v === undefined) {
                v = dictGetStr(globals, name);
                if (v === undefined) {
                  v = dictGetStr(builtins, name);
                  if (v === undefined) throw nameError(name);
                }
              }
              f[sp++] = v;
              break;
            }
            case Op.STORE_NAME: {
              locals = frame.locals;
              if (locals === null) throw newError(SystemErrorType, `no locals found when storing '${names[oparg]}'`);
              v = f[--sp] as PyValue;
              if (vmState.tracking) storeNameTracked(frame, locals, names[oparg], v, sp);
              else storeName(locals, names[oparg], v);
              break;
            }
            case Op.LOAD_DEREF: {
              v = (f[oparg] as PyCell).ref;
              if (v === undefined) throw unboundLocal(info, oparg);
              f[sp++] = v;
              break;
            }
            case Op.STORE_DEREF:
              (f[oparg] as PyCell).ref = f[--sp] as PyValue;
              break;

            // ---------------------------------------------------------------
            // Attributes
            case Op.LOAD_ATTR: {
              o = f[sp - 1] as PyValue;
              if (typeof o === 'object') {
                t = o.ob_type;
                if (t === ModuleType && o.dict !== null) {
                  v = dictGetStr(o.dict, names[oparg]);
                  if (v !== undefined) {
                    f[sp - 1] = v;
                    pc += 4;
                    break;
                  }
                } else {
                  // Inline cache: for instances of type T (at version V) with object.__getattribute__,
                  // the class attribute `d` (undefined, a data descriptor, or a plain/non-data one).
                  c = findCache(icache[pc] as AttrCache | undefined, t);
                  if (c !== undefined) {
                    d = c.value;
                    if (c.data) v = descrGet(d, o, t);
                    else {
                      v = o.dict !== null ? dictGetStr(o.dict, names[oparg]) : undefined;
                      if (v === undefined && d !== null) v = descrGet(d, o, t);
                    }
                    if (v !== undefined) {
                      f[sp - 1] = v;
                      pc += 4;
                      break;
                    }
                  } else if (t.tp_flags & TPFLAGS_HEAPTYPE && t.lookup('__getattribute__') === objectGetAttribute) {
                    d = t.lookup(names[oparg]);
                    // A descriptor's AttributeError must reach __getattr__ (getAttr does that): no cache then.
                    if (d === undefined || d instanceof PyFunction || typeof d !== 'object' || t.lookup('__getattr__') === undefined) {
                      addCache(icache, pc, new AttrCache(t, d === undefined ? null : d, d !== undefined && isDataDescr(d)));
                    }
                  }
                }
              }
              f[sp - 1] = getAttr(o, names[oparg]);
              pc += 4;
              break;
            }
            case Op.STORE_ATTR: {
              o = f[sp - 1] as PyValue;
              v = f[sp - 2] as PyValue;
              sp -= 2;
              if (typeof o === 'object' && o.dict !== null) {
                t = o.ob_type;
                if (findCache(icache[pc] as AttrCache | undefined, t) !== undefined) {
                  dictSetStr(o.dict, names[oparg], v);
                  pc += 4;
                  break;
                }
                if (t.tp_flags & TPFLAGS_HEAPTYPE && t.lookup('__setattr__') === objectSetAttr) {
                  d = t.lookup(names[oparg]);
                  if (d === undefined || !isDataDescr(d)) addCache(icache, pc, new AttrCache(t, null));
                }
              }
              setAttr(o, names[oparg], v);
              pc += 4;
              break;
            }
            case Op.LOAD_METHOD: {
              o = f[sp - 1] as PyValue;
              name = names[oparg];
              t = typeOf(o);
              c = findCache(icache[pc] as AttrCache | undefined, t);
              if (c !== undefined) d = c.value;
              else {
                d = t.lookup(name);
                if ((d instanceof PyFunction || (d !== undefined && isMethodDescr(d))) && t.lookup('__getattribute__') === objectGetAttribute) {
                  addCache(icache, pc, new AttrCache(t, d));
                } else {
                  // Remember "no plain method here" too, so polymorphic misses don't repeat the lookups.
                  addCache(icache, pc, new AttrCache(t, null));
                  d = null;
                }
              }
              if (d !== null && d !== undefined && (typeof o !== 'object' || o.dict === null || dictGetStr(o.dict, name) === undefined)) {
                f[sp - 1] = d;
                f[sp++] = o;
              } else {
                f[sp - 1] = null;
                f[sp++] = getAttr(o, name);
              }
              pc += 10;
              break;
            }

            // ---------------------------------------------------------------
            // Calls
            case Op.PRECALL:
              pc += 1;
              break;
            case Op.KW_NAMES:
              kwnames = seqItems(consts[oparg]) as string[];
              break;
            case Op.PRECALL_PYFUNC:
              // PRECALL, its cache unit, then the CALL with the same oparg (frame.ts `quicken`): run the CALL now.
              pc += 2;
            // falls through
            case Op.CALL: {
              base = sp - oparg - 2;
              callable = f[base] as PyValue | null;
              argStart = undefined;
              if (callable === null) {
                callable = f[base + 1] as PyValue;
                argStart = base + 2;
              } else argStart = base + 1;
              nargs = sp - argStart;
              res = undefined;
              fr = null;
              frame.lasti = pc - 1;
              // Dispatch on ob_type identity (these types are final): instanceof tests at this
              // polymorphic site are prototype walks. A primitive callable has no ob_type.
              t = (callable as PyObject).ob_type;
              if (t === FunctionType && kwnames === null && callable.simple && !callable.isGen && nargs === callable.code.co_argcount) {
                fr = new Frame(codeInfo(callable.code), callable, callable.globals, callable.builtins, null);
                ff = fr.f;
                for (i = 0; i < nargs; i++) ff[i] = f[argStart + i];
              } else {
                args = f.slice(argStart, sp) as PyValue[];
                kw = kwnames;
                kwnames = null;
                if (t === BuiltinFunctionType && callable.self === null) res = callable.fn(args, kw);
                else if (t === MethodDescriptorType && args.length > 0 && typeOf(args[0]) === callable.owner) {
                  // `lst.append(x)` after LOAD_METHOD: the descriptor applies to exactly its own type.
                  res = callable.fn(args, kw);
                } else if (t === FunctionType && !callable.isGen) fr = makeFrame(callable, args, kw);
                else if (t === MethodType && callable.func instanceof PyFunction && !callable.func.isGen) {
                  args.unshift(callable.self);
                  fr = makeFrame(callable.func, args, kw);
                } else if (t === TypeType && (fn = simpleInit(callable)) !== null) {
                  // A plain class with a Python __init__: make the instance, enter __init__ here; RETURN_VALUE yields the instance.
                  o = newPlainInstance(callable, args, kw === null ? 0 : kw.length);
                  args.unshift(o);
                  fr = makeFrame(fn, args, kw);
                  fr.initSelf = o;
                } else res = call(callable, args, kw);
              }
              kwnames = null;
              if (fr !== null && vmState.jsDepth < INLINE_CALLS_AFTER) {
                fr.fromLoop = true;
                res = evalFrame(fr, undefined, true);
                if (fr.initSelf !== null && res !== EXC_RETURN) {
                  if (res !== None) throw initReturnedError(res);
                  res = fr.initSelf;
                }
              } else if (fr !== null) {
                // Enter the Python callee in this loop; its RETURN_VALUE resumes here at pc + 4, result at `base`.
                if (++vmState.depth > vmState.recursionLimit) {
                  vmState.depth--;
                  throw newError(RecursionErrorType, 'maximum recursion depth exceeded');
                }
                frame.pc = pc;
                frame.sp = base;
                fr.back = frame;
                fr.isEntry = false;
                fr.fromLoop = true;
                fr.state = FRAME_RUNNING;
                vmState.current = fr;
                frame = fr;
                info = frame.info;
                ops = info.ops;
                consts = info.consts;
                names = info.names;
                f = frame.f;
                nlocals = info.nlocalsplus;
                globals = frame.globals;
                builtins = frame.builtins;
                icache = info.cache;
                pc = frame.pc;
                sp = frame.sp;
                break;
              }
              if (res === EXC_RETURN) {
                pending = vmState.curexc;
                vmState.curexc = undefined;
                break dispatch;
              }
              sp = base;
              f[sp++] = res;
              pc += 4;
              break;
            }
            case Op.RETURN_VALUE: {
              v = f[--sp] as PyValue;
              if (vmState.tracking && frame.fromLoop) releaseFrame(frame, v);
              frame.state = FRAME_DONE;
              frame.sp = sp;
              frame.pc = pc;
              if (frame.isEntry) return v;
              // Back to the caller this loop entered the frame from (see CALL).
              vmState.depth--;
              o = frame.initSelf;
              frame = frame.back!;
              vmState.current = frame;
              info = frame.info;
              ops = info.ops;
              consts = info.consts;
              names = info.names;
              f = frame.f;
              nlocals = info.nlocalsplus;
              globals = frame.globals;
              builtins = frame.builtins;
              icache = info.cache;
              if (o !== null) {
                pc = frame.pc;
                if (v !== None) throw initReturnedError(v);
                v = o;
              }
              pc = frame.pc + 4;
              sp = frame.sp;
              f[sp++] = v;
              break;
            }

            // ---------------------------------------------------------------
            // Jumps and iteration
            case Op.JUMP_FORWARD:
              pc += oparg;
              break;
            case Op.JUMP_BACKWARD:
            case Op.JUMP_BACKWARD_QUICK:
            case Op.JUMP_BACKWARD_NO_INTERRUPT:
              pc -= oparg;
              break;
            case Op.POP_JUMP_FORWARD_IF_FALSE: {
              v = f[--sp];
              if (v === false || v === 0 || v === None || (v !== true && typeof v !== 'number' && !isTrue(v as PyValue))) pc += oparg;
              break;
            }
            case Op.POP_JUMP_FORWARD_IF_TRUE: {
              v = f[--sp];
              if (v === true || (typeof v === 'number' ? v !== 0 : v !== false && v !== None && isTrue(v as PyValue))) pc += oparg;
              break;
            }
            case Op.POP_JUMP_BACKWARD_IF_FALSE: {
              v = f[--sp];
              if (v === false || v === 0 || v === None || (v !== true && typeof v !== 'number' && !isTrue(v as PyValue))) pc -= oparg;
              break;
            }
            case Op.POP_JUMP_BACKWARD_IF_TRUE: {
              v = f[--sp];
              if (v === true || (typeof v === 'number' ? v !== 0 : v !== false && v !== None && isTrue(v as PyValue))) pc -= oparg;
              break;
            }
            case Op.POP_JUMP_FORWARD_IF_NONE:
              if (f[--sp] === None) pc += oparg;
              break;
            case Op.POP_JUMP_FORWARD_IF_NOT_NONE:
              if (f[--sp] !== None) pc += oparg;
              break;
            case Op.POP_JUMP_BACKWARD_IF_NONE:
              if (f[--sp] === None) pc -= oparg;
              break;
            case Op.POP_JUMP_BACKWARD_IF_NOT_NONE:
              if (f[--sp] !== None) pc -= oparg;
              break;
            case Op.JUMP_IF_FALSE_OR_POP: {
              v = f[sp - 1];
              if (v === false || v === 0 || v === None || (v !== true && typeof v !== 'number' && !isTrue(v as PyValue))) pc += oparg;
              else sp--;
              break;
            }
            case Op.JUMP_IF_TRUE_OR_POP: {
              v = f[sp - 1];
              if (v === true || (typeof v === 'number' ? v !== 0 : v !== false && v !== None && isTrue(v as PyValue))) pc += oparg;
              else sp--;
              break;
            }
            case Op.GET_ITER:
              f[sp - 1] = getIter(f[sp - 1] as PyValue);
              break;
            case Op.FOR_ITER: {
              it = f[sp - 1] as PyValue;
              v = it instanceof PyGenerator ? genIterNext(it) : iterNext(it);
              if (v === undefined) {
                sp--;
                pc += oparg;
                // The exhausted iterator goes, and with it a temporary iterable (`for x in [R(1), R(2)]`).
                if (vmState.tracking) afterDiscard(frame, sp, it, true);
              } else f[sp++] = v;
              break;
            }

            // ---------------------------------------------------------------
            // Generators and coroutines
            case Op.RETURN_GENERATOR:
              // Generators are created by the call (see callFunction); reaching this
              // instruction means the frame was started directly: nothing to do.
              f[sp++] = None;
              break;
            case Op.YIELD_VALUE: {
              v = f[--sp] as PyValue;
              frame.state = FRAME_SUSPENDED;
              frame.pc = pc;
              frame.sp = sp;
              frame.lasti = pc - 1;
              return v;
            }
            case Op.SEND: {
              v = f[--sp] as PyValue;
              recv = f[sp - 1] as PyValue;
              r = genSendForSend(recv, v);
              if (r.done) {
                f[sp - 1] = r.value;
                pc += oparg;
              } else f[sp++] = r.value;
              break;
            }
            case Op.END_ASYNC_FOR: {
              exc = f[--sp] as PyValue;
              // The handler was entered with the loop's stack (the async iterator on top) plus the exception.
              if (exc instanceof PyObject && isInstance(exc, stopAsyncIteration())) sp--; // the async iterator
              else {
                noTb = true;
                throw exc;
              }
              break;
            }

            // ---------------------------------------------------------------
            // Exceptions
            case Op.RAISE_VARARGS: {
              if (oparg === 0) {
                h = vmState.handled;
                if (h === None || !(h instanceof PyBaseExceptionObject)) throw newError(RuntimeErrorType, 'No active exception to reraise');
                noTb = true;
                pending = h;
                break dispatch;
              }
              cause = undefined;
              if (oparg === 2) cause = f[--sp] as PyValue;
              exc = makeRaisable(f[--sp] as PyValue, 'raise')!;
              if (cause !== undefined) {
                c = makeRaisable(cause, 'cause');
                exc.cause = c === null ? None : c;
                exc.suppressContext = true;
              }
              setContext(exc);
              pending = exc;
              break dispatch;
            }
            case Op.RERAISE: {
              exc = f[--sp] as PyValue;
              if (oparg) frame.lasti = f[sp - oparg] as number;
              noTb = true;
              pending = toPyException(exc);
              break dispatch;
            }
            case Op.PUSH_EXC_INFO: {
              v = f[sp - 1];
              f[sp - 1] = vmState.handled;
              f[sp++] = v;
              vmState.handled = v as PyValue;
              break;
            }
            case Op.POP_EXCEPT:
              v = vmState.handled;
              vmState.handled = f[--sp] as PyValue;
              // The handled exception is dropped: with its traceback go the frames' locals.
              if (vmState.tracking) afterDiscard(frame, sp, v, true);
              break;
            case Op.CHECK_EXC_MATCH: {
              t = f[sp - 1] as PyValue;
              checkExcMatchType(t, false);
              f[sp - 1] = excMatches(f[sp - 2] as PyValue, t);
              break;
            }

            // ---------------------------------------------------------------
            // Classes, modules, misc
            case Op.FORMAT_VALUE: {
              spec = null;
              if (oparg & 4) spec = f[--sp] as PyValue;
              v = f[sp - 1] as PyValue;
              switch (oparg & 3) {
                case 1: v = pyStr(v); break;
                case 2: v = pyRepr(v); break;
                case 3: v = pyAscii(v); break;
              }
              f[sp - 1] = spec === null && typeof v === 'string' ? v : formatValue(v, spec === null ? '' : (spec as string));
              break;
            }
            default:
              // Rare instructions run out of line: a smaller evalFrame compiles faster and deoptimizes less.
              frame.lasti = pc - 1;
              sp = coldOp(frame, word & 0xff, oparg, sp);
              break;
          }
        }
      } catch (e) {
        pending = toPyException(e);
      }
      {
        // Reload the frame's cached values here, so that only `frame`, `pc` and `sp` must
        // survive a throw: fewer values kept live across every call inside the try.
        info = frame.info;
        ops = info.ops;
        consts = info.consts;
        names = info.names;
        f = frame.f;
        nlocals = info.nlocalsplus;
        globals = frame.globals;
        builtins = frame.builtins;
        icache = info.cache;
        const exc: PyBaseExceptionObject = pending!;
        pending = undefined;
        const lasti = pc - 1;
        if (noTb) noTb = false;
        else {
          if (exc.traceback === null) setContext(exc);
          frame.lasti = lasti;
          addTraceback(exc, frame, lasti);
        }
        const t = info.excTable;
        const h = t.length ? findHandler(t, lasti) : -1;
        if (h < 0) {
          frame.state = FRAME_DONE;
          if (!frame.isEntry) {
            // Unwind into the caller this loop entered the frame from; it adds its own traceback entry
            // (the handler block, reached again by `continue`, reloads the caller's values).
            vmState.depth--;
            frame = frame.back!;
            vmState.current = frame;
            pc = frame.pc;
            kwnames = null;
            pending = exc;
            continue;
          }
          if (vmCall) {
            vmState.curexc = exc;
            return EXC_RETURN;
          }
          throw exc;
        }
        const dl = t[h + 3];
        sp = nlocals + (dl >> 1);
        if (dl & 1) f[sp++] = lasti;
        f[sp++] = exc;
        pc = t[h + 2];
        kwnames = null;
      }
    }
  } finally {
    vmState.current = entry.back;
    vmState.depth = entryDepth - 1;
    vmState.jsDepth--;
  }
}

/**
 * COMPARE_OP's fast path (CPython 3.11's COMPARE_OP_INT/FLOAT/STR_JUMP
 * specializations): comparison `op` (0..5: `<`, `<=`, `==`, `!=`, `>`, `>=`)
 * of two ints, two strs or two exact floats; undefined for other operands
 * (richCompare decides). Strings order by code point, as `compareStrings`
 * does, not by JS's UTF-16 units.
 */
function compareFast(a: PyValue, b: PyValue, op: number): boolean | undefined {
  let x: number;
  let y: number;
  if (typeof a === 'number' && typeof b === 'number') {
    x = a;
    y = b;
  } else if (typeof a === 'string' && typeof b === 'string') {
    if (op === 2) return a === b;
    if (op === 3) return a !== b;
    x = compareStrings(a, b);
    y = 0;
  } else if (a instanceof PyFloat && b instanceof PyFloat && a.ob_type === FloatType && b.ob_type === FloatType) {
    x = a.value;
    y = b.value;
  } else return undefined;
  switch (op) {
    case 0: return x < y;
    case 1: return x <= y;
    case 2: return x === y;
    case 3: return x !== y;
    case 4: return x > y;
    default: return x >= y;
  }
}

// Lazily bound (avoids import-order issues): object.__getattribute__ for the LOAD_METHOD fast path.
import { objectGetAttribute, objectSetAttr, isMethodDescr, isDataDescr, descrGet } from '../runtime/attr.js';

/** Inline cache entry for attribute instructions: valid while `type.tp_version_tag === version`. */
class AttrCache {
  readonly version: number;
  /** Next entry of a polymorphic site (up to 4 types per instruction). */
  next: AttrCache | null = null;
  constructor(readonly type: PyType, readonly value: PyValue | null, readonly data = false) {
    this.version = type.tp_version_tag;
  }
}

/** The valid cache entry for type `t` at this site, or undefined. */
function findCache(c: AttrCache | undefined, t: PyType): AttrCache | undefined {
  while (c !== undefined && c !== null) {
    if (c.type === t) return c.version === t.tp_version_tag ? c : undefined;
    c = c.next as AttrCache;
  }
  return undefined;
}

/** Add an entry to a site's cache (most recent first, at most 4 entries, stale entries for `e.type` dropped). */
function addCache(icache: unknown[], pc: number, e: AttrCache): void {
  let head = icache[pc] as AttrCache | undefined;
  let n = 0;
  const kept: AttrCache[] = [];
  while (head !== undefined && head !== null && n < 3) {
    if (head.type !== e.type) {
      kept.push(head);
      n++;
    }
    head = head.next as AttrCache;
  }
  let cur = e;
  for (const k of kept) {
    cur.next = k;
    cur = k;
  }
  cur.next = null;
  icache[pc] = e;
}
import { StopAsyncIterationType } from '../runtime/object.js';
function stopAsyncIteration(): PyType {
  return StopAsyncIterationType;
}

/** MATCH_KEYS: the values of `keys` in mapping `subject` as a tuple, or None if any is missing (CPython `match_keys`). */
function matchKeys(subject: PyValue, keys: PyValue[]): PyValue {
  if (keys.length === 0) return mkTuple([]);
  const get = getAttr(subject, 'get');
  const dummy = new PyObject(typeOf(None));
  const values: PyValue[] = [];
  const seen: PyValue[] = [];
  for (const k of keys) {
    for (const s of seen) if (richCompare(s, k, 2) === true) throw newError(ValueErrorType, `mapping pattern checks duplicate key (${pyRepr(k)})`);
    seen.push(k);
    const v = call(get, [k, dummy], null);
    if (v === dummy) return None;
    values.push(v);
  }
  return mkTuple(values);
}

// Silence unused-import diagnostics for names kept for future fast paths.
void NotImplemented;
void StrType;
void AttributeErrorType;
void StopIterationType;


/**
 * The instructions too rare to earn a place in evalFrame's own switch (imports,
 * class bodies, pattern matching, async, `with`, deletions, star-unpacking
 * calls): one call each from the eval loop's default case. Returns the new
 * stack pointer; none of these jumps, has inline caches or ends the frame, and
 * their exceptions are thrown (the loop's handler adds the traceback entry).
 */
function coldOp(frame: Frame, op: number, oparg: number, sp: number): number {
  const info = frame.info;
  const f = frame.f;
  const names = info.names;
  const globals = frame.globals;
  const builtins = frame.builtins;
  const nlocals = info.nlocalsplus;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let base: any, closure: any, codeObj: any, d: any, off: any;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let after: any, attrs: any, bc: any, before: any, c: any, callargs: any, cls: any, enter: any, exc: any, excs: any, exit: any, exitFn: any, fn: any, fromlist: any, func: any, has: any, i: any, items: any, keys: any, kn: any, kw: any, kwargs: any, level: any, locals: any, lst: any, m: any, match: any, mgr: any, mod: any, n: any, name: any, nm: any, o: any, orig: any, rest: any, s: any, subject: any, t: any, tb: any, tupItems: any, v: any, val: any, vals: any, args: any, res: any, k: any;
  switch (op) {
    case POP_ITER:
      // A for loop's iterator dropped by break/return (frame.ts `iteratorPops`): a generator may die here.
      // Out of the main switch: it runs once per loop exit, and the hot loop stays smaller.
      v = f[--sp] as PyValue;
      if (v instanceof PyGenerator && vmState.tracking) afterRelease(v, frame, sp);
      break;
    case Op.BUILD_MAP: {
      d = mkDict();
      base = sp - 2 * oparg;
      for (i = 0; i < oparg; i++) dictSet(d, f[base + 2 * i] as PyValue, f[base + 2 * i + 1] as PyValue);
      sp = base;
      f[sp++] = d;
      break;
    }

    case Op.BUILD_CONST_KEY_MAP: {
      keys = seqItems(f[--sp] as PyValue);
      d = mkDict();
      base = sp - oparg;
      for (i = 0; i < oparg; i++) dictSet(d, keys[i], f[base + i] as PyValue);
      sp = base;
      f[sp++] = d;
      break;
    }

    case Op.MAP_ADD: {
      v = f[--sp] as PyValue;
      k = f[--sp] as PyValue;
      dictSet(f[sp - oparg] as PyDict, k, v);
      break;
    }

    case Op.COPY_FREE_VARS: {
      closure = frame.func!.closure!;
      off = nlocals - oparg;
      for (i = 0; i < oparg; i++) f[off + i] = closure[i];
      break;
    }

    case Op.MAKE_CELL: {
      v = f[oparg];
      f[oparg] = new PyCell(v === null ? undefined : (v as PyValue | undefined));
      break;
    }

    case Op.MAKE_FUNCTION: {
      codeObj = (f[--sp] as PyCode).code;
      fn = new PyFunction(codeObj, globals);
      fn.builtins = builtins;
      if (oparg & 0x08) fn.closure = seqItems(f[--sp] as PyValue) as PyCell[];
      if (oparg & 0x04) fn.annotations = f[--sp] as PyValue;
      if (oparg & 0x02) fn.kwdefaults = f[--sp] as PyDict;
      if (oparg & 0x01) fn.defaults = seqItems(f[--sp] as PyValue);
      f[sp++] = fn;
      break;
    }

    case Op.DELETE_FAST:
      v = f[oparg];
      if (v === undefined) throw unboundLocal(info, oparg);
      f[oparg] = undefined;
      if (vmState.tracking) afterRelease(v, frame, sp);
      break;
    case Op.UNARY_POSITIVE:
      f[sp - 1] = unaryOp(f[sp - 1] as PyValue, 'pos');
      break;
    case Op.UNARY_INVERT:
      f[sp - 1] = unaryOp(f[sp - 1] as PyValue, 'invert');
      break;
    case Op.DELETE_SUBSCR: {
      k = f[sp - 1] as PyValue;
      o = f[sp - 2] as PyValue;
      sp -= 2;
      // The value leaving a dict or list, when finalizers could observe it (peeked without side effects).
      v = vmState.tracking ? peekItem(o, k) : undefined;
      delItem(o, k);
      if (v !== undefined) afterRelease(v, frame, sp);
      break;
    }
    case Op.BUILD_SET: {
      items = f.slice(sp - oparg, sp) as PyValue[];
      sp -= oparg;
      s = mkSet();
      for (const x of items) setAdd(s, x);
      f[sp++] = s;
      break;
    }
    case Op.SET_ADD: {
      v = f[--sp] as PyValue;
      setAdd(f[sp - oparg] as PyValue, v);
      break;
    }
    case Op.LIST_EXTEND: {
      v = f[--sp] as PyValue;
      lst = f[sp - oparg] as PyValue;
      try {
        listExtend(lst, v);
      } catch (e) {
        if (e instanceof PyBaseExceptionObject && e.ob_type === TypeErrorType && typeOf(v).lookup('__iter__') === undefined && typeOf(v).lookup('__getitem__') === undefined) {
          throw newError(TypeErrorType, `Value after * must be an iterable, not ${typeName(v)}`);
        }
        throw e;
      }
      break;
    }
    case Op.SET_UPDATE: {
      v = f[--sp] as PyValue;
      setUpdate(f[sp - oparg] as PyValue, v);
      break;
    }
    case Op.DICT_UPDATE: {
      v = f[--sp] as PyValue;
      if (!isMapping(v)) throw newError(TypeErrorType, `'${typeName(v)}' object is not a mapping`);
      dictMerge(f[sp - oparg] as PyDict, v, null);
      break;
    }
    case Op.DICT_MERGE: {
      v = f[--sp] as PyValue;
      fn = f[sp - oparg - 2] as PyValue;
      if (!isMapping(v)) {
        throw newError(TypeErrorType, `${funcDesc(fn)} argument after ** must be a mapping, not ${typeName(v)}`);
      }
      dictMerge(f[sp - oparg] as PyDict, v, funcDesc(fn));
      break;
    }
    case Op.LIST_TO_TUPLE:
      f[sp - 1] = mkTuple(seqItems(f[sp - 1] as PyValue).slice());
      break;
    case Op.UNPACK_EX: {
      before = oparg & 0xff;
      after = oparg >> 8;
      v = f[--sp] as PyValue;
      items = unpackItems(v, before, after, true);
      n = items.length;
      for (i = n - 1; i >= n - after; i--) f[sp++] = items[i];
      f[sp++] = mkList(items.slice(before, n - after));
      for (i = before - 1; i >= 0; i--) f[sp++] = items[i];
      break;
    }
    case Op.GET_LEN:
      f[sp] = len(f[sp - 1] as PyValue);
      sp++;
      break;
    case Op.STORE_GLOBAL:
      v = f[--sp] as PyValue;
      o = vmState.tracking ? dictGetStr(globals, names[oparg]) : undefined;
      dictSetStr(globals, names[oparg], v);
      if (o !== undefined && o !== v) afterRelease(o, frame, sp);
      break;
    case Op.DELETE_GLOBAL:
      v = vmState.tracking ? dictGetStr(globals, names[oparg]) : undefined;
      if (!dictDelStr(globals, names[oparg])) throw nameError(names[oparg]);
      if (v !== undefined) afterRelease(v, frame, sp);
      break;
    case Op.DELETE_NAME: {
      name = names[oparg];
      locals = frame.locals;
      if (locals === null) throw newError(SystemErrorType, `no locals when deleting '${name}'`);
      if (isExactDict(locals)) {
        v = vmState.tracking ? dictGetStr(locals as PyDict, name) : undefined;
        if (!dictDelStr(locals as PyDict, name)) throw nameError(name);
        if (v !== undefined) afterRelease(v, frame, sp);
      } else {
        try {
          delItem(locals, name);
        } catch (e) {
          if (e instanceof PyBaseExceptionObject && isInstance(e, KeyErrorType)) throw nameError(name);
          throw e;
        }
      }
      break;
    }
    case Op.LOAD_CLASSDEREF: {
      name = info.code.co_localsplusnames[oparg];
      locals = frame.locals!;
      v = undefined;
      if (isDict(locals)) v = dictGetStr(locals as PyDict, name);
      else {
        try {
          v = getItem(locals, name);
        } catch (e) {
          if (!(e instanceof PyBaseExceptionObject && isInstance(e, KeyErrorType))) throw e;
        }
      }
      if (v === undefined) {
        v = (f[oparg] as PyCell).ref;
        if (v === undefined) throw unboundLocal(info, oparg);
      }
      f[sp++] = v;
      break;
    }
    case Op.DELETE_DEREF: {
      c = f[oparg] as PyCell;
      v = c.ref;
      if (v === undefined) throw unboundLocal(info, oparg);
      c.ref = undefined;
      if (vmState.tracking) afterRelease(v, frame, sp);
      break;
    }
    case Op.DELETE_ATTR: {
      o = f[--sp] as PyValue;
      v = vmState.tracking && o instanceof PyObject && o.dict ? dictGetStr(o.dict, names[oparg]) : undefined;
      delAttr(o, names[oparg]);
      if (v !== undefined) afterRelease(v, frame, sp);
      break;
    }
    case Op.CALL_FUNCTION_EX: {
      kwargs = null;
      if (oparg & 1) kwargs = f[--sp] as PyValue;
      callargs = f[--sp] as PyValue;
      func = f[sp - 1] as PyValue;
      args = undefined;
      tupItems = seqItems(callargs, true);
      if (tupItems !== null) args = tupItems.slice();
      else {
        try {
          args = iterToArray(callargs);
        } catch (e) {
          if (e instanceof PyBaseExceptionObject && e.ob_type === TypeErrorType && typeOf(callargs).lookup('__iter__') === undefined) {
            throw newError(TypeErrorType, `${funcDesc(func)} argument after * must be an iterable, not ${typeName(callargs)}`);
          }
          throw e;
        }
      }
      kn = null;
      if (kwargs !== null) {
        [vals, nm] = callKwargsFromMapping(func, kwargs);
        if (nm.length) {
          args.push(...vals);
          kn = nm;
        }
      }
      
      res = call(func, args, kn);
      sp--;
      f[sp - 1] = res;
      break;
    }
    case Op.GET_YIELD_FROM_ITER: {
      v = f[sp - 1] as PyValue;
      if (!isGeneratorLike(v)) f[sp - 1] = getIter(v);
      break;
    }
    case Op.ASYNC_GEN_WRAP:
      f[sp - 1] = asyncGenWrap(f[sp - 1] as PyValue);
      break;
    case Op.GET_AWAITABLE:
      f[sp - 1] = getAwaitable(f[sp - 1] as PyValue, oparg);
      break;
    case Op.GET_AITER: {
      o = f[sp - 1] as PyValue;
      m = lookupSpecial(o, '__aiter__');
      if (m === undefined) {
        throw newError(TypeErrorType, `'async for' requires an object with __aiter__ method, got ${typeName(o)}`);
      }
      f[sp - 1] = call(m, [], null);
      break;
    }
    case Op.GET_ANEXT: {
      o = f[sp - 1] as PyValue;
      m = lookupSpecial(o, '__anext__');
      if (m === undefined) {
        throw newError(TypeErrorType, `'async for' requires an iterator with __anext__ method, got ${typeName(o)}`);
      }
      f[sp++] = getAwaitable(call(m, [], null), 0);
      break;
    }
    case Op.BEFORE_ASYNC_WITH: {
      mgr = f[sp - 1] as PyValue;
      enter = lookupSpecial(mgr, '__aenter__');
      if (enter === undefined) throw newError(TypeErrorType, `'${typeName(mgr)}' object does not support the asynchronous context manager protocol`);
      exit = lookupSpecial(mgr, '__aexit__');
      if (exit === undefined) throw newError(TypeErrorType, `'${typeName(mgr)}' object does not support the asynchronous context manager protocol (missed __aexit__ method)`);
      f[sp - 1] = exit;
      f[sp++] = call(enter, [], null);
      break;
    }
    case Op.CHECK_EG_MATCH: {
      t = f[--sp] as PyValue;
      checkExcMatchType(t, true);
      exc = f[sp - 1] as PyValue;
      [match, rest] = exceptionGroupMatch(exc, t);
      if (match !== None) vmState.handled = match;
      f[sp - 1] = rest;
      f[sp++] = match;
      break;
    }
    case Op.PREP_RERAISE_STAR: {
      excs = f[--sp] as PyValue;
      orig = f[sp - 1] as PyValue;
      f[sp - 1] = prepReraiseStar(orig, excs);
      break;
    }
    case Op.LOAD_ASSERTION_ERROR:
      f[sp++] = AssertionErrorType;
      break;
    case Op.BEFORE_WITH: {
      mgr = f[sp - 1] as PyValue;
      enter = lookupSpecial(mgr, '__enter__');
      if (enter === undefined) throw newError(TypeErrorType, `'${typeName(mgr)}' object does not support the context manager protocol`);
      exit = lookupSpecial(mgr, '__exit__');
      if (exit === undefined) throw newError(TypeErrorType, `'${typeName(mgr)}' object does not support the context manager protocol (missed __exit__ method)`);
      f[sp - 1] = exit;
      f[sp++] = call(enter, [], null);
      break;
    }
    case Op.WITH_EXCEPT_START: {
      val = f[sp - 1] as PyValue;
      exitFn = f[sp - 4] as PyValue;
      tb = val instanceof PyBaseExceptionObject && val.traceback ? val.traceback : None;
      f[sp++] = call(exitFn, [typeOf(val), val, tb], null);
      break;
    }
    case Op.LOAD_BUILD_CLASS: {
      bc = dictGetStr(builtins, '__build_class__');
      if (bc === undefined) throw newError(NameErrorType, '__build_class__ not found');
      f[sp++] = bc;
      break;
    }
    case Op.SETUP_ANNOTATIONS: {
      locals = frame.locals!;
      if (isDict(locals)) {
        if (dictGetStr(locals as PyDict, '__annotations__') === undefined) dictSetStr(locals as PyDict, '__annotations__', mkDict());
      } else {
        has = true;
        try {
          getItem(locals, '__annotations__');
        } catch (e) {
          if (!(e instanceof PyBaseExceptionObject && isInstance(e, KeyErrorType))) throw e;
          has = false;
        }
        if (!has) setItem(locals, '__annotations__', mkDict());
      }
      break;
    }
    case Op.IMPORT_NAME: {
      fromlist = f[--sp] as PyValue;
      level = f[sp - 1] as PyValue;
      
      f[sp - 1] = importName(names[oparg], globals, fromlist, level as number, frame.locals);
      break;
    }
    case Op.IMPORT_FROM:
      f[sp] = importFrom(f[sp - 1] as PyValue, names[oparg]);
      sp++;
      break;
    case Op.IMPORT_STAR: {
      mod = f[--sp] as PyValue;
      importStar(mod, frame.locals!);
      break;
    }
    case Op.PRINT_EXPR:
      printExpr(f[--sp] as PyValue);
      break;
    case Op.MATCH_MAPPING:
      f[sp] = isMapping(f[sp - 1] as PyValue, true);
      sp++;
      break;
    case Op.MATCH_SEQUENCE:
      f[sp] = isSequenceForMatch(f[sp - 1] as PyValue);
      sp++;
      break;
    case Op.MATCH_KEYS: {
      keys = seqItems(f[sp - 1] as PyValue);
      subject = f[sp - 2] as PyValue;
      f[sp++] = matchKeys(subject, keys);
      break;
    }
    case Op.MATCH_CLASS: {
      kw = seqItems(f[--sp] as PyValue) as string[];
      cls = f[--sp] as PyValue;
      subject = f[sp - 1] as PyValue;
      attrs = matchClass(subject, cls, oparg, kw);
      f[sp - 1] = attrs === null ? None : mkTuple(attrs);
      break;
    }
    default:
      throw newError(SystemErrorType, `unknown opcode ${op} in ${info.code.co_name}`);
  }
  return sp;
}

/**
 * LOAD_GLOBAL's inline cache (CPython 3.11's LOAD_GLOBAL_MODULE /
 * LOAD_GLOBAL_BUILTIN specialisations): the dict entry found, valid while it
 * is live in the same globals table; for a builtin, also while globals gained
 * no key (`keysAdded` unchanged) and the builtins table is the same.
 */
class GlobalCache {
  constructor(
    readonly entry: DictEntry,
    readonly table: DictTable,
    /** -1 for a name found in globals, else `table.keysAdded` when cached. */
    readonly keysAdded: number,
    readonly btable: DictTable | null,
  ) {}
}

/** LOAD_GLOBAL without a valid cache: look the name up, fill the cache, or raise NameError. */
function loadGlobalMiss(globals: PyDict, builtins: PyDict, name: string, icache: unknown[], pc: number): PyValue {
  const gt = globals.table;
  let e = gt.map.get(name);
  if (e !== undefined) {
    icache[pc] = new GlobalCache(e, gt, -1, null);
    return e.value;
  }
  let v = gt.buckets === null ? undefined : dictGetStr(globals, name);
  if (v !== undefined) return v;
  const bt = builtins.table;
  e = bt.map.get(name);
  if (e !== undefined) {
    if (gt.buckets === null) icache[pc] = new GlobalCache(e, gt, gt.keysAdded, bt);
    return e.value;
  }
  v = dictGetStr(builtins, name);
  if (v === undefined) throw nameError(name);
  return v;
}

/** The ZeroDivisionError of int `a <op> 0` (CPython's messages), or undefined when `op` does not divide. */
function intZeroDivision(op: number): PyBaseExceptionObject | undefined {
  switch (op) {
    case NB.FLOOR_DIVIDE:
    case NB.INPLACE_FLOOR_DIVIDE:
      return newError(ZeroDivisionErrorType, 'integer division or modulo by zero');
    case NB.REMAINDER:
    case NB.INPLACE_REMAINDER:
      return newError(ZeroDivisionErrorType, 'integer modulo by zero');
    case NB.TRUE_DIVIDE:
    case NB.INPLACE_TRUE_DIVIDE:
      return newError(ZeroDivisionErrorType, 'division by zero');
  }
  return undefined;
}

/** Float results of the inline fast paths: a small function so that V8 inlines the allocation here (evalFrame is too big to inline constructors). */
function mkFloat(x: number): PyFloat {
  return new PyFloat(x);
}
