/**
 * The abstract object protocol (CPython Objects/abstract.c and object.c):
 * repr/str/hash/truth, binary and unary operators with the full
 * `__op__`/`__rop__` protocol, rich comparison, iteration, item access and
 * the numeric conversions. Every operation has fast paths for the exact
 * built-in representations (JS number/string/boolean, PyFloat, PyList, ...)
 * and otherwise dispatches through the dunder methods found on the type's MRO
 * (built-in types keep theirs in `tp_dict` as PyMethodDescriptors, which are
 * called directly; anything else is called through attr.ts's `call`).
 */
import { NB } from '../bytecode/opcodes.js';
import {
  type PyValue,
  PyObject,
  PyType,
  PyFloat,
  PyMethodDescriptor,
  PyClassMethodDescriptor,
  PyBaseExceptionObject,
  None,
  NotImplemented,
  FunctionType,
  TypeErrorType,
  RecursionErrorType,
  ValueErrorType,
  StopIterationType,
  OverflowErrorType,
  IndexErrorType,
  FloatType,
  ComplexType,
  StrType,
  typeOf,
  newError,
  ListType,
  TupleType,
  BytesType,
  ByteArrayType,
  DictType,
  SetType,
  FrozenSetType,
  GeneratorType,
} from './object.js';
import { call, callMethodValue as attrCallMethodValue, descrGet } from './attr.js';
import { PyIteratorBase, makeIteratorType } from './iterbase.js';
import { intBinaryOp, intHash, intRepr, intValue, intCompare, PyIntSubclass, intToFloat } from './int.js';
import { floatBinaryOp, floatHash, floatValue, floatCompareInt } from './float.js';
import { strRepr, strHash, strLen, strGetItem, strContains, StrIterator, PyStrSubclass } from './str.js';
import { floatRepr } from './format_float.js';
import { PyList, ListIterator, listGetItem, listSetItem } from './list.js';
import { PyTuple, TupleIterator, tupleGetItem } from './tuple.js';
import { PyDict, dictGetItem } from './dict.js';
import { PySet } from './set.js';
import { PyGenerator, genIterNext } from './generator.js';
import { vmState } from '../vm/state.js';
// Side-effect imports: these modules fill their types' dicts.
import './str_methods.js';
import './complex.js';
import './range.js';
import './none.js';
import './bytes.js';
import './slice.js';
import './genericalias.js';

const MAX_SAFE = 9007199254740991;

// ---------------------------------------------------------------------------
// Calling dunders
// ---------------------------------------------------------------------------

/**
 * Call the method `f` (found by a type lookup of `name`) on `self` with `args`,
 * binding like CPython's `lookup_maybe_method`: native descriptors and plain
 * functions are called unbound with self prepended; any other descriptor is
 * bound through attr.ts.
 */
export function callMethodValue(f: PyValue, self: PyValue, args: PyValue[], name: string): PyValue {
  if (f instanceof PyMethodDescriptor) return f.fn([self, ...args], null);
  void name;
  return attrCallMethodValue(f, self, args, null);
}

function call0(f: PyValue, self: PyValue, name: string): PyValue {
  if (f instanceof PyMethodDescriptor) return f.fn([self], null);
  return callMethodValue(f, self, [], name);
}
function call1(f: PyValue, self: PyValue, a: PyValue, name: string): PyValue {
  if (f instanceof PyMethodDescriptor) return f.fn([self, a], null);
  return callMethodValue(f, self, [a], name);
}

/** Look up `name` on the type of `v` and call it with `args`; undefined when the type has no such attribute. */
export function callSpecial(v: PyValue, name: string, args: PyValue[]): PyValue | undefined {
  const f = typeOf(v).lookup(name);
  if (f === undefined) return undefined;
  return callMethodValue(f, v, args, name);
}

function typeErr(msg: string): PyBaseExceptionObject {
  return newError(TypeErrorType, msg);
}

// ---------------------------------------------------------------------------
// repr / str
// ---------------------------------------------------------------------------

const reprStack = new Set<PyObject>();

/** Enter a recursive repr of a container (CPython Py_ReprEnter); false when already inside (print `[...]`). */
export function reprEnter(o: PyObject): boolean {
  if (reprStack.has(o)) return false;
  reprStack.add(o);
  return true;
}
/** Leave a recursive repr (CPython Py_ReprLeave). */
export function reprLeave(o: PyObject): void {
  reprStack.delete(o);
}

const idMap = new WeakMap<object, number>();
let nextId = 0x7f0000001000;
/** A stable identity number for an object (used for `id()`, default hashes and default reprs). */
export function objectId(o: PyObject): number {
  let id = idMap.get(o);
  if (id === undefined) {
    id = nextId;
    nextId += 16;
    idMap.set(o, id);
  }
  return id;
}

/** `repr(v)` (CPython PyObject_Repr): `__repr__` must return str. */
export function repr(v: PyValue): string {
  switch (typeof v) {
    case 'number':
      return String(v);
    case 'bigint':
      return intRepr(v);
    case 'string':
      return strRepr(v);
    case 'boolean':
      return v ? 'True' : 'False';
  }
  if (v.ob_type === FloatType) return floatRepr((v as PyFloat).value);
  const f = v.ob_type.lookup('__repr__');
  if (f === undefined) return defaultRepr(v);
  // CPython's PyObject_Repr counts against the recursion limit (nested lists, __repr__ chains)
  const st = vmState;
  if (++st.depth > st.recursionLimit) {
    st.depth--;
    throw newError(RecursionErrorType, 'maximum recursion depth exceeded while getting the repr of an object');
  }
  let r: PyValue;
  try {
    r = call0(f, v, '__repr__');
  } finally {
    st.depth--;
  }
  if (typeof r === 'string') return r;
  if (r instanceof PyStrSubclass) return r.value;
  throw typeErr(`__repr__ returned non-string (type ${typeOf(r).tp_name})`);
}

/** `object.__repr__`: `<module.Qualname object at 0x...>`. */
export function defaultRepr(v: PyObject): string {
  const t = v.ob_type;
  const mod = t.tp_module === 'builtins' ? '' : t.tp_module + '.';
  return `<${mod}${t.tp_qualname} object at 0x${objectId(v).toString(16)}>`;
}

/** `str(v)` (CPython PyObject_Str): `__str__` must return str; defaults to repr. */
export function str(v: PyValue): string {
  switch (typeof v) {
    case 'string':
      return v;
    case 'number':
      return String(v);
    case 'bigint':
      return intRepr(v);
    case 'boolean':
      return v ? 'True' : 'False';
  }
  if (v.ob_type === FloatType) return floatRepr((v as PyFloat).value);
  const f = v.ob_type.lookup('__str__');
  if (f === undefined) return repr(v);
  const r = call0(f, v, '__str__');
  if (typeof r === 'string') return r;
  if (r instanceof PyStrSubclass) return r.value;
  throw typeErr(`__str__ returned non-string (type ${typeOf(r).tp_name})`);
}

// ---------------------------------------------------------------------------
// hash
// ---------------------------------------------------------------------------

/** Default identity-based hash (CPython `_Py_HashPointer`). */
export function identityHash(o: PyObject): number {
  return objectId(o) / 16;
}

/**
 * `hash(v)` (CPython PyObject_Hash) — the exact Python value: ints hash to
 * themselves mod 2**61-1 (with sign, -1 → -2), floats consistently with ints,
 * tuples with CPython's xxHash-based algorithm. Raises `TypeError: unhashable type: 'list'`.
 */
export function hash(v: PyValue): number | bigint {
  switch (typeof v) {
    case 'number':
      return v === -1 ? -2 : v;
    case 'string':
      return strHash(v);
    case 'boolean':
      return v ? 1 : 0;
    case 'bigint':
      return intHash(v);
  }
  if (v.ob_type === FloatType) return floatHash((v as PyFloat).value, v);
  const f = v.ob_type.lookup('__hash__');
  if (f === undefined) return identityHash(v);
  if (f === None) throw typeErr(`unhashable type: '${v.ob_type.tp_name}'`);
  const r = call0(f, v, '__hash__');
  // Native slots return the final hash (already in range); Python `__hash__` results are reduced like ints.
  if (f instanceof PyMethodDescriptor && (typeof r === 'number' || typeof r === 'bigint')) return r;
  if (typeof r === 'number') return r === -1 ? -2 : r;
  if (typeof r === 'boolean') return r ? 1 : 0;
  if (typeof r === 'bigint') return intHash(r);
  const iv = intValue(r);
  if (iv !== undefined) return typeof iv === 'number' ? (iv === -1 ? -2 : iv) : intHash(iv);
  throw typeErr('__hash__ method should return an integer');
}

/** `hash(v)` as a JS number (approximate beyond 2**53; for hash tables). */
export function hashNumber(v: PyValue): number {
  if (typeof v === 'number') return v === -1 ? -2 : v;
  if (typeof v === 'string') return strHash(v);
  const h = hash(v);
  return typeof h === 'number' ? h : Number(h);
}

// ---------------------------------------------------------------------------
// truth, len
// ---------------------------------------------------------------------------

/** Truth value (CPython PyObject_IsTrue): `__bool__` (must return bool), then `__len__`, else True. */
export function isTrue(v: PyValue): boolean {
  switch (typeof v) {
    case 'boolean':
      return v;
    case 'number':
      return v !== 0;
    case 'string':
      return v.length !== 0;
    case 'bigint':
      return true;
  }
  if (v === None) return false;
  const t = v.ob_type;
  if (t === FloatType) return (v as PyFloat).value !== 0;
  if (t === ListType) return (v as PyList).items.length !== 0;
  if (t === TupleType) return (v as PyTuple).items.length !== 0;
  if (t === DictType) return (v as PyDict).table.size !== 0;
  if (t === SetType || t === FrozenSetType) return (v as PySet).table.size !== 0;
  const fb = t.lookup('__bool__');
  if (fb !== undefined && fb !== None) {
    const r = call0(fb, v, '__bool__');
    if (typeof r === 'boolean') return r;
    throw typeErr(`__bool__ should return bool, returned ${typeOf(r).tp_name}`);
  }
  const fl = t.lookup('__len__');
  if (fl !== undefined && fl !== None) return lenResult(call0(fl, v, '__len__')) !== 0;
  return true;
}

function lenResult(r: PyValue): number {
  let n: number | bigint | undefined;
  if (typeof r === 'number') n = r;
  else {
    n = intValue(r);
    if (n === undefined) {
      const idx = indexOpt(r);
      if (idx === undefined) throw typeErr(`'${typeOf(r).tp_name}' object cannot be interpreted as an integer`);
      n = idx;
    }
  }
  if (n < 0) throw newError(ValueErrorType, '__len__() should return >= 0');
  if (typeof n === 'bigint') {
    if (n >= 1n << 63n) throw newError(OverflowErrorType, "cannot fit 'int' into an index-sized integer");
    // Beyond 2**53 (only huge ranges): an integral double, inexact above 2**53; lenInt is exact.
    return Number(n);
  }
  return n;
}

/** `len(v)` as an exact Python int (for the `len()` builtin: `len(range(10**18))`). */
export function lenInt(v: PyValue): number | bigint {
  const n = len(v);
  if (n <= MAX_SAFE) return n;
  const r = callSpecial(v, '__len__', []);
  const iv = r === undefined ? undefined : intValue(r);
  return iv ?? n;
}

/** `len(v)` (CPython PyObject_Size): `TypeError: object of type 'int' has no len()`. */
export function len(v: PyValue): number {
  if (typeof v === 'string') return strLen(v);
  if (v instanceof PyList || v instanceof PyTuple) {
    if (v.ob_type === ListType || v.ob_type === TupleType) return v.items.length;
  }
  if (v instanceof PyDict && v.ob_type === DictType) return v.table.size;
  if (v instanceof PySet && (v.ob_type === SetType || v.ob_type === FrozenSetType)) return v.table.size;
  const t = typeOf(v);
  const f = t.lookup('__len__');
  if (f === undefined || f === None) throw typeErr(`object of type '${t.tp_name}' has no len()`);
  return lenResult(call0(f, v, '__len__'));
}


// ---------------------------------------------------------------------------
// numbers: index / float conversion
// ---------------------------------------------------------------------------

function indexOpt(v: PyValue): number | bigint | undefined {
  const iv = intValue(v);
  if (iv !== undefined) return iv;
  const t = typeOf(v);
  const f = t.lookup('__index__');
  if (f === undefined || f === None) return undefined;
  const r = call0(f, v, '__index__');
  const rv = intValue(r);
  if (rv === undefined) throw typeErr(`__index__ returned non-int (type ${typeOf(r).tp_name})`);
  return rv;
}

/** `operator.index(v)` (CPython PyNumber_Index): `TypeError: 'float' object cannot be interpreted as an integer`. */
export function index(v: PyValue): number | bigint {
  if (typeof v === 'number') return v;
  const r = indexOpt(v);
  if (r === undefined) throw typeErr(`'${typeOf(v).tp_name}' object cannot be interpreted as an integer`);
  return r;
}

/**
 * `__index__` clipped to a JS number for use as a sequence index/size
 * (CPython PyNumber_AsSsize_t). Huge values raise IndexError
 * `cannot fit 'int' into an index-sized integer` (CPython's message).
 */
export function indexToNumber(v: PyValue, errType: PyType = IndexErrorType): number {
  if (typeof v === 'number') return v;
  const r = index(v);
  if (typeof r === 'bigint') throw newError(errType, `cannot fit '${typeOf(v).tp_name}' into an index-sized integer`);
  return r;
}

/** Convert to a JS double like `float(v)` for arithmetic (CPython PyFloat_AsDouble): `__float__`, then `__index__`. */
export function toFloat(v: PyValue): number {
  if (typeof v === 'number') return v;
  const fv = floatValue(v);
  if (fv !== undefined) return fv;
  const iv = intValue(v);
  if (iv !== undefined) return intToFloat(iv);
  const t = typeOf(v);
  const f = t.lookup('__float__');
  if (f !== undefined && f !== None) {
    const r = call0(f, v, '__float__');
    const rv = floatValue(r);
    if (rv === undefined) throw typeErr(`${t.tp_name}.__float__ returned non-float (type ${typeOf(r).tp_name})`);
    return rv;
  }
  const idx = indexOpt(v);
  if (idx !== undefined) return intToFloat(idx);
  throw typeErr(`must be real number, not ${t.tp_name}`);
}

// ---------------------------------------------------------------------------
// binary operators
// ---------------------------------------------------------------------------

const NB_NAMES = ['add', 'and', 'floordiv', 'lshift', 'matmul', 'mul', 'mod', 'or', 'pow', 'rshift', 'sub', 'truediv', 'xor'];
/** `__add__`, ... indexed by NB (0..12). */
export const NB_DUNDER = NB_NAMES.map((n) => `__${n}__`);
/** `__radd__`, ... */
export const NB_RDUNDER = NB_NAMES.map((n) => `__r${n}__`);
/** `__iadd__`, ... */
export const NB_IDUNDER = NB_NAMES.map((n) => `__i${n}__`);
/** Operator symbols used in error messages, indexed by NB (0..12). */
export const NB_SYMBOL = ['+', '&', '//', '<<', '@', '*', '%', '|', '**', '>>', '-', '/', '^'];

function isSequenceForConcat(v: PyValue): boolean {
  if (typeof v === 'string') return true;
  if (typeof v !== 'object') return false;
  const t = v.ob_type;
  return t.isSubtype(StrType) || t.isSubtype(ListType) || t.isSubtype(TupleType) || t.isSubtype(BytesType) || t.isSubtype(ByteArrayType);
}

function binaryError(a: PyValue, b: PyValue, op: number, inplace: boolean): PyBaseExceptionObject {
  const ta = typeOf(a).tp_name;
  const tb = typeOf(b).tp_name;
  if (op === NB.ADD && typeof a === 'object' && (a.ob_type.isSubtype(BytesType) || a.ob_type.isSubtype(ByteArrayType))) {
    return typeErr(`can't concat ${tb} to ${ta}`);
  }
  if (op === NB.ADD && isSequenceForConcat(a)) {
    return typeErr(`can only concatenate ${ta} (not "${tb}") to ${ta}`);
  }
  if (op === NB.MULTIPLY) {
    if (isSequenceForConcat(a) && !isIndexable(b)) return typeErr(`can't multiply sequence by non-int of type '${tb}'`);
    if (isSequenceForConcat(b) && !isIndexable(a)) return typeErr(`can't multiply sequence by non-int of type '${ta}'`);
  }
  const sym = op === NB.POWER ? (inplace ? '**=' : '** or pow()') : NB_SYMBOL[op] + (inplace ? '=' : '');
  return typeErr(`unsupported operand type(s) for ${sym}: '${ta}' and '${tb}'`);
}

function isIndexable(v: PyValue): boolean {
  if (intValue(v) !== undefined) return true;
  const f = typeOf(v).lookup('__index__');
  return f !== undefined && f !== None;
}

/**
 * The `__op__`/`__rop__` protocol without the final error (CPython binary_op1):
 * a proper subclass on the right that overrides the reflected method goes first.
 * Returns NotImplemented when neither side handles it.
 */
export function binaryOp1(a: PyValue, b: PyValue, op: number): PyValue {
  const ta = typeOf(a);
  const tb = typeOf(b);
  const name = NB_DUNDER[op];
  const rname = NB_RDUNDER[op];
  const fa = ta.lookup(name);
  let fb = ta !== tb ? tb.lookup(rname) : undefined;
  if (fb !== undefined && fb !== None && tb.isSubtype(ta) && fb !== ta.lookup(rname)) {
    const r = call1(fb, b, a, rname);
    if (r !== NotImplemented) return r;
    fb = undefined;
  }
  if (fa !== undefined && fa !== None) {
    const r = call1(fa, a, b, name);
    if (r !== NotImplemented) return r;
  }
  if (fb !== undefined && fb !== None) {
    const r = call1(fb, b, a, rname);
    if (r !== NotImplemented) return r;
  }
  return NotImplemented;
}

/**
 * `a <op> b` for every NB op (BINARY_OP's oparg), in-place forms included:
 * `__iop__` first, then the binary protocol. Raises CPython's
 * `unsupported operand type(s) for +: 'int' and 'str'` and friends.
 */
export function binaryOp(a: PyValue, b: PyValue, op: NB): PyValue {
  if (typeof a === 'number' && typeof b === 'number') {
    switch (op) {
      case NB.ADD:
      case NB.INPLACE_ADD: {
        const r = a + b;
        if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
        break;
      }
      case NB.SUBTRACT:
      case NB.INPLACE_SUBTRACT: {
        const r = a - b;
        if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
        break;
      }
      case NB.MULTIPLY:
      case NB.INPLACE_MULTIPLY: {
        const r = a * b;
        if (r <= MAX_SAFE && r >= -MAX_SAFE) return r + 0;
        break;
      }
    }
    const r = intBinaryOp(a, b, op >= 13 ? op - 13 : op);
    if (r !== NotImplemented) return r;
  } else if (typeof a === 'string' && typeof b === 'string' && (op === NB.ADD || op === NB.INPLACE_ADD)) return a + b;
  else if (typeof a === 'object' && a.ob_type === FloatType) {
    let r: PyValue = NotImplemented;
    if (typeof b === 'object' && b.ob_type === FloatType) r = floatBinaryOp((a as PyFloat).value, (b as PyFloat).value, op >= 13 ? op - 13 : op);
    else if (typeof b === 'number') r = floatBinaryOp((a as PyFloat).value, b, op >= 13 ? op - 13 : op);
    if (r !== NotImplemented) return r;
  } else if (typeof a === 'number' && typeof b === 'object' && b.ob_type === FloatType) {
    const r = floatBinaryOp(a, (b as PyFloat).value, op >= 13 ? op - 13 : op);
    if (r !== NotImplemented) return r;
  }
  if (op >= 13) {
    const base = op - 13;
    const fi = typeOf(a).lookup(NB_IDUNDER[base]);
    if (fi !== undefined && fi !== None) {
      const r = call1(fi, a, b, NB_IDUNDER[base]);
      if (r !== NotImplemented) return r;
    }
    const r = binaryOp1(a, b, base);
    if (r !== NotImplemented) return r;
    throw binaryError(a, b, base, true);
  }
  const r = binaryOp1(a, b, op);
  if (r !== NotImplemented) return r;
  throw binaryError(a, b, op, false);
}

/** Three-argument `pow(a, b, m)` (CPython PyNumber_Power with a modulus): only `__pow__` of the left operand is tried with 3 args. */
export function ternaryPow(a: PyValue, b: PyValue, m: PyValue): PyValue {
  if (m === None) return binaryOp(a, b, NB.POWER);
  const ta = typeOf(a);
  const f = ta.lookup('__pow__');
  if (f !== undefined && f !== None) {
    const r = callMethodValue(f, a, [b, m], '__pow__');
    if (r !== NotImplemented) return r;
  }
  // CPython then tries the power slots of the other operands' types: float's and complex's refuse a modulus outright.
  const tried = [ta];
  for (const x of [b, m]) {
    const tx = typeOf(x);
    if (tried.includes(tx)) continue;
    tried.push(tx);
    if (tx === FloatType) throw typeErr('pow() 3rd argument not allowed unless all arguments are integers');
    if (tx === ComplexType) throw newError(ValueErrorType, 'complex modulo');
  }
  throw typeErr(
    `unsupported operand type(s) for ** or pow(): '${ta.tp_name}', '${typeOf(b).tp_name}', '${typeOf(m).tp_name}'`,
  );
}

const UNARY_DUNDER = { neg: '__neg__', pos: '__pos__', invert: '__invert__' } as const;
const UNARY_SYMBOL = { neg: '-', pos: '+', invert: '~' } as const;

/** Unary `-v`, `+v`, `~v` (CPython PyNumber_Negative etc.): `bad operand type for unary -: 'str'`. */
export function unaryOp(v: PyValue, kind: 'neg' | 'pos' | 'invert'): PyValue {
  if (typeof v === 'number') {
    if (kind === 'neg') return v === 0 ? 0 : -v;
    if (kind === 'pos') return v;
    return intBinaryOp(-1, v, NB.SUBTRACT);
  }
  const f = typeOf(v).lookup(UNARY_DUNDER[kind]);
  if (f !== undefined && f !== None) return call0(f, v, UNARY_DUNDER[kind]);
  throw typeErr(`bad operand type for unary ${UNARY_SYMBOL[kind]}: '${typeOf(v).tp_name}'`);
}

// ---------------------------------------------------------------------------
// comparisons
// ---------------------------------------------------------------------------

/** CMP_OP index constants. */
export const LT = 0,
  LE = 1,
  EQ = 2,
  NE = 3,
  GT = 4,
  GE = 5;
const CMP_DUNDER = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];
const CMP_SWAP = [GT, GE, EQ, NE, LT, LE];
const CMP_SYMBOL = ['<', '<=', '==', '!=', '>', '>='];

/** Apply a comparison op to a JS three-way result (-1/0/1), or a NaN-style "unordered" (undefined → only != is true). */
export function cmpResult(c: number, op: number): boolean {
  switch (op) {
    case LT:
      return c < 0;
    case LE:
      return c <= 0;
    case EQ:
      return c === 0;
    case NE:
      return c !== 0;
    case GT:
      return c > 0;
    default:
      return c >= 0;
  }
}

function tryCmp(t: PyType, self: PyValue, other: PyValue, op: number): PyValue {
  const f = t.lookup(CMP_DUNDER[op]);
  if (f === undefined || f === None) {
    if (op === NE) {
      const e = tryCmp(t, self, other, EQ);
      if (e === NotImplemented) return e;
      return !isTrue(e);
    }
    if (op === EQ) return self === other ? true : NotImplemented;
    return NotImplemented;
  }
  return call1(f, self, other, CMP_DUNDER[op]);
}

/**
 * Rich comparison `a <op> b` (CPython PyObject_RichCompare; op is the CMP_OP
 * index 0..5). Reflected operand first when it is a proper subclass; `==`/`!=`
 * fall back to identity; otherwise `TypeError: '<' not supported between instances of 'int' and 'str'`.
 */
export function richCompare(a: PyValue, b: PyValue, op: number): PyValue {
  if (typeof a === 'number' && typeof b === 'number') {
    switch (op) {
      case LT:
        return a < b;
      case LE:
        return a <= b;
      case EQ:
        return a === b;
      case NE:
        return a !== b;
      case GT:
        return a > b;
      default:
        return a >= b;
    }
  }
  if (typeof a === 'string' && typeof b === 'string') {
    switch (op) {
      case EQ:
        return a === b;
      case NE:
        return a !== b;
      default:
        return cmpResult(compareStrings(a, b), op);
    }
  }
  const ta = typeOf(a);
  const tb = typeOf(b);
  if ((ta === FloatType || typeof a === 'number') && (tb === FloatType || typeof b === 'number')) {
    // float/float and int/float mixes with a safe int: doubles compare exactly.
    const x = typeof a === 'number' ? a : (a as PyFloat).value;
    const y = typeof b === 'number' ? b : (b as PyFloat).value;
    switch (op) {
      case LT:
        return x < y;
      case LE:
        return x <= y;
      case EQ:
        return x === y;
      case NE:
        return x !== y;
      case GT:
        return x > y;
      default:
        return x >= y;
    }
  }
  let checkedReverse = false;
  if (ta !== tb && tb.isSubtype(ta)) {
    checkedReverse = true;
    const r = tryCmp(tb, b, a, CMP_SWAP[op]);
    if (r !== NotImplemented) return r;
  }
  const r = tryCmp(ta, a, b, op);
  if (r !== NotImplemented) return r;
  if (!checkedReverse) {
    const r2 = tryCmp(tb, b, a, CMP_SWAP[op]);
    if (r2 !== NotImplemented) return r2;
  }
  if (op === EQ) return a === b;
  if (op === NE) return a !== b;
  throw typeErr(`'${CMP_SYMBOL[op]}' not supported between instances of '${ta.tp_name}' and '${tb.tp_name}'`);
}

/** Compare two JS strings by code point (UTF-16 order differs from code point order only for surrogates vs U+E000..U+FFFF). */
export function compareStrings(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) {
      if ((x >= 0xd800 && x <= 0xdfff) || (y >= 0xd800 && y <= 0xdfff)) {
        const cx = a.codePointAt(i)!;
        const cy = b.codePointAt(i)!;
        return cx < cy ? -1 : 1;
      }
      return x < y ? -1 : 1;
    }
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

/** `richCompare` reduced to a JS boolean (CPython PyObject_RichCompareBool without the identity shortcut). */
export function compare(a: PyValue, b: PyValue, op: number): boolean {
  const r = richCompare(a, b, op);
  return typeof r === 'boolean' ? r : isTrue(r);
}

/** `a == b` as a JS boolean with the identity shortcut (CPython PyObject_RichCompareBool(..., Py_EQ)). */
export function eq(a: PyValue, b: PyValue): boolean {
  if (a === b) return true;
  const t = typeof a;
  if (t === typeof b && (t === 'string' || t === 'number' || t === 'boolean')) return false;
  const r = richCompare(a, b, EQ);
  return typeof r === 'boolean' ? r : isTrue(r);
}

/** Numeric three-way comparison helper for int/float mixes (exact, NaN → undefined). */
export function numericCompare(a: PyValue, b: PyValue): number | undefined {
  const ia = intValue(a);
  const ib = intValue(b);
  if (ia !== undefined && ib !== undefined) return intCompare(ia, ib);
  const fa = floatValue(a);
  const fb = floatValue(b);
  if (fa !== undefined && fb !== undefined) return fa < fb ? -1 : fa > fb ? 1 : fa === fb ? 0 : undefined;
  if (fa !== undefined && ib !== undefined) return floatCompareInt(fa, ib);
  if (ia !== undefined && fb !== undefined) {
    const c = floatCompareInt(fb, ia);
    return c === undefined ? undefined : -c;
  }
  return undefined;
}

// ---------------------------------------------------------------------------
// iteration
// ---------------------------------------------------------------------------

/** The iterator of the old sequence protocol (`__getitem__` with 0, 1, ... until IndexError/StopIteration). */
export class PySeqIterator extends PyIteratorBase {
  i = 0;
  done = false;
  constructor(public seq: PyValue) {
    super();
    this.ob_type = SeqIterType;
  }
  next(): PyValue | undefined {
    if (this.done) return undefined;
    try {
      return getItem(this.seq, this.i++);
    } catch (e) {
      if (e instanceof PyBaseExceptionObject && (e.ob_type.isSubtype(IndexErrorType) || e.ob_type.isSubtype(StopIterationType))) {
        this.done = true;
        return undefined;
      }
      throw e;
    }
  }
}

export const SeqIterType = makeIteratorType('iterator');

/** `iter(v)` (CPython PyObject_GetIter): `__iter__` (must return an iterator), else the `__getitem__` protocol; `TypeError: 'int' object is not iterable`. */
export function getIter(v: PyValue): PyValue {
  if (typeof v === 'string') return new StrIterator(v);
  if (typeof v === 'object') {
    if (v.ob_type === ListType) return new ListIterator(v as PyList);
    if (v.ob_type === TupleType) return new TupleIterator((v as PyTuple).items);
  }
  const t = typeOf(v);
  const f = t.lookup('__iter__');
  if (f !== undefined && f !== None) {
    const it = call0(f, v, '__iter__');
    if (it instanceof PyIteratorBase) return it;
    const nx = typeOf(it).lookup('__next__');
    if (nx === undefined || nx === None) throw typeErr(`iter() returned non-iterator of type '${typeOf(it).tp_name}'`);
    return it;
  }
  if (f !== None) {
    const gi = t.lookup('__getitem__');
    if (gi !== undefined && gi !== None && !t.isSubtype(DictType)) return new PySeqIterator(v);
  }
  throw typeErr(`'${t.tp_name}' object is not iterable`);
}

/** Next item of an iterator, or undefined when exhausted (a StopIteration from `__next__` is swallowed). */
export function iterNext(it: PyValue): PyValue | undefined {
  if (it instanceof PyIteratorBase) return it.next();
  if (it instanceof PyGenerator && it.ob_type === GeneratorType) return genIterNext(it);
  const f = typeOf(it).lookup('__next__');
  if (f === undefined || f === None) throw typeErr(`'${typeOf(it).tp_name}' object is not an iterator`);
  try {
    return call0(f, it, '__next__');
  } catch (e) {
    if (e instanceof PyBaseExceptionObject && e.ob_type.isSubtype(StopIterationType)) return undefined;
    throw e;
  }
}

/**
 * Items of an iterable as a JS array, with a TypeError from getting its
 * iterator replaced by `msg` (CPython PySequence_Fast), e.g. `can only join an iterable`.
 */
export function sequenceFast(v: PyValue, msg: string): PyValue[] {
  if (typeof v === 'object' && (v.ob_type === ListType || v.ob_type === TupleType)) return (v as PyList).items;
  let it: PyValue;
  try {
    it = getIter(v);
  } catch (e) {
    if (e instanceof PyBaseExceptionObject && e.ob_type.isSubtype(TypeErrorType)) throw typeErr(msg);
    throw e;
  }
  return iterToArray(it);
}

/** All items of an iterable as a JS array (fast for list/tuple/str/dict/set). */
export function iterToArray(v: PyValue): PyValue[] {
  if (typeof v === 'object') {
    if (v.ob_type === ListType || v.ob_type === TupleType) return (v as PyList).items.slice();
    if (v instanceof PySet && (v.ob_type.tp_name === 'set' || v.ob_type.tp_name === 'frozenset')) return v.table.toArray();
  }
  const it = getIter(v);
  const out: PyValue[] = [];
  if (it instanceof PyIteratorBase) {
    for (let x = it.next(); x !== undefined; x = it.next()) out.push(x);
    return out;
  }
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) out.push(x);
  return out;
}

// ---------------------------------------------------------------------------
// containers
// ---------------------------------------------------------------------------

/** `x in c` (CPython PySequence_Contains): `__contains__`, else iteration; `TypeError: argument of type 'int' is not iterable`. */
export function contains(c: PyValue, x: PyValue): boolean {
  if (typeof c === 'string') {
    if (typeof x === 'string') return c.includes(x);
    return strContains(c, x);
  }
  const t = typeOf(c);
  if (t === SetType || t === FrozenSetType) {
    if (typeof x === 'number' || typeof x === 'string') return (c as PySet).table.has(x);
  } else if (t === DictType) {
    if (typeof x === 'number' || typeof x === 'string') return (c as PyDict).table.lookup(x) !== undefined;
  } else if (t === ListType || t === TupleType) {
    const items = (c as PyList).items;
    for (let i = 0; i < items.length; i++) if (eq(items[i], x)) return true;
    return false;
  }
  const f = t.lookup('__contains__');
  if (f !== undefined && f !== None) {
    const r = call1(f, c, x, '__contains__');
    return typeof r === 'boolean' ? r : isTrue(r);
  }
  const fi = t.lookup('__iter__');
  const fg = t.lookup('__getitem__');
  if ((fi === undefined || fi === None) && (fg === undefined || fg === None)) {
    throw typeErr(`argument of type '${t.tp_name}' is not iterable`);
  }
  const it = getIter(c);
  for (let y = iterNext(it); y !== undefined; y = iterNext(it)) if (eq(y, x)) return true;
  return false;
}

/** `o[k]` (CPython PyObject_GetItem): `TypeError: 'int' object is not subscriptable`; `type[...]` uses `__class_getitem__`. */
export function getItem(o: PyValue, k: PyValue): PyValue {
  if (typeof o === 'object') {
    const t = o.ob_type;
    if (t === ListType) return listGetItem(o as PyList, k);
    if (t === TupleType) return tupleGetItem(o as PyTuple, k);
    if (t === DictType) return dictGetItem(o as PyDict, k);
  } else if (typeof o === 'string') return strGetItem(o, k);
  const t = typeOf(o);
  const f = t.lookup('__getitem__');
  if (f !== undefined && f !== None) return call1(f, o, k, '__getitem__');
  if (o instanceof PyType) {
    const cg = o.lookup('__class_getitem__');
    if (cg !== undefined && cg !== None) {
      if (cg instanceof PyClassMethodDescriptor) return cg.fn([o, k], null);
      return call(descrGet(cg, null, o), [k], null);
    }
    throw typeErr(`type '${o.tp_name}' is not subscriptable`);
  }
  throw typeErr(`'${t.tp_name}' object is not subscriptable`);
}

/** `o[k] = v` (CPython PyObject_SetItem): `TypeError: 'str' object does not support item assignment`. */
export function setItem(o: PyValue, k: PyValue, v: PyValue): void {
  if (typeof o === 'object') {
    const t = o.ob_type;
    if (t === ListType) return listSetItem(o as PyList, k, v);
    if (t === DictType) {
      (o as PyDict).setItem(k, v);
      return;
    }
  }
  const t = typeOf(o);
  const f = t.lookup('__setitem__');
  if (f !== undefined && f !== None) {
    callMethodValue(f, o, [k, v], '__setitem__');
    return;
  }
  throw typeErr(`'${t.tp_name}' object does not support item assignment`);
}

/** `del o[k]` (CPython PyObject_DelItem): `TypeError: 'str' object doesn't support item deletion`. */
export function delItem(o: PyValue, k: PyValue): void {
  const t = typeOf(o);
  const f = t.lookup('__delitem__');
  if (f !== undefined && f !== None) {
    call1(f, o, k, '__delitem__');
    return;
  }
  throw typeErr(`'${t.tp_name}' object doesn't support item deletion`);
}

/** True when `v` is a Python int (int, bool, or int subclass instance). */
export function isInt(v: PyValue): boolean {
  return intValue(v) !== undefined;
}

export { PyIntSubclass, PyStrSubclass };
