/**
 * The `builtins` module (CPython Python/bltinmodule.c): every built-in
 * function, the built-in types and constants, and the exception types.
 * `getBuiltins()` builds the dict once, on first use.
 */
import { frameLocals } from '../runtime/traceback.js';
import { MemoryViewType } from '../runtime/memoryview.js';
import { siteBuiltins } from './sitebuiltins.js';
import {
  type PyValue,
  PyObject,
  PyType,
  PyFloat,
  PyBuiltinFunction,
  PyBaseExceptionObject,
  None,
  NotImplemented,
  Ellipsis,
  TypeErrorType,
  ValueErrorType,
  AttributeErrorType,
  StopIterationType,
  EOFErrorType,
  SystemExitType,
  ObjectType,
  TypeType,
  IntType,
  BoolType,
  FloatType,
  ComplexType,
  StrType,
  BytesType,
  ByteArrayType,
  ListType,
  TupleType,
  DictType,
  SetType,
  FrozenSetType,
  RangeType,
  SliceType,
  PropertyType,
  ClassMethodType,
  StaticMethodType,
  SuperType,
  BUILTIN_EXCEPTIONS,
  newError,
  OverflowErrorType,
  typeName,
  typeOf,
  normInt,
} from '../runtime/object.js';
import {
  repr as pyRepr,
  str as pyStr,
  hash as pyHash,
  isTrue,
  binaryOp,
  ternaryPow,
  compare,
  getIter,
  iterNext,
  iterToArray,
  len as pyLen,
  index as pyIndex,
  objectId,
  callSpecial,
  LT,
  GT,
} from '../runtime/abstract.js';
import { NB } from '../bytecode/opcodes.js';
import { getAttr, getAttrOpt, setAttr, delAttr, call, lookupSpecial } from '../runtime/attr.js';
import { PyIteratorBase, makeIteratorType } from '../runtime/iterbase.js';
import { PyList } from '../runtime/list.js';
import { PyTuple } from '../runtime/tuple.js';
import { PyDict } from '../runtime/dict.js';
import { parseArgs, checkPositional, oneArg, noKwargs, splitKw } from '../runtime/args.js';
import { format } from '../runtime/format.js';
import { installFormatMethods } from '../runtime/format.js';
import { asciiEscape } from '../runtime/format_percent.js';
import { installExceptionMethods, makeException } from '../runtime/exceptions.js';
import {
  installIteratorTypes,
  EnumerateType,
  ZipType,
  MapType,
  FilterType,
  ReversedType,
} from '../runtime/iterators.js';
import { intDivmod } from '../runtime/int.js';
import { openFile, installIoTypes, PyTextIO, streamWrite } from './io.js';
import { stdinReadLine, flushStdout, stdoutWrite } from './stdio.js';
import { sysAttr } from './sys.js';
import { currentFrame } from '../vm/state.js';
import { execBuiltin, evalBuiltin, compileBuiltin, importBuiltin } from './builtins_exec.js';
import { buildClassBuiltin } from '../runtime/classes.js';

export { flushStdout };

function typeErr(msg: string): never {
  throw newError(TypeErrorType, msg);
}
function valueErr(msg: string): never {
  throw newError(ValueErrorType, msg);
}

type Fn = (args: PyValue[], kwnames: readonly string[] | null) => PyValue;

// ---------------------------------------------------------------------------
// print / input
// ---------------------------------------------------------------------------

const PRINT_SPEC = ['*args', '*', 'sep?', 'end?', 'file?', 'flush?'];

function strOrNone(v: PyValue | undefined, what: string, dflt: string): string {
  if (v === undefined || v === None) return dflt;
  if (typeof v === 'string') return v;
  typeErr(`${what} must be None or a string, not ${typeName(v)}`);
}

/** `print(*objects, sep=' ', end='\n', file=None, flush=False)`. */
function print(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  let objs: PyValue[];
  let sep = ' ';
  let end = '\n';
  let file: PyValue | undefined;
  let flush = false;
  if (kwnames === null || kwnames.length === 0) objs = args;
  else {
    const p = parseArgs('print', args, kwnames, PRINT_SPEC);
    objs = p.rest;
    sep = strOrNone(p[0], 'sep', ' ');
    end = strOrNone(p[1], 'end', '\n');
    file = p[2];
    flush = p[3] !== undefined && isTrue(p[3]);
  }
  if (file === undefined || file === None) file = sysAttr('stdout');
  if (file === None) return None;
  let text = '';
  for (let i = 0; i < objs.length; i++) {
    if (i) text += sep;
    const o = objs[i];
    text += typeof o === 'string' ? o : pyStr(o);
  }
  text += end;
  if (file instanceof PyTextIO) {
    if (file.kind === 'stdout' && !file.closed) stdoutWrite(text);
    else streamWrite(file, text);
    if (flush && file.kind === 'stdout') flushStdout();
  } else {
    // CPython writes each piece separately through file.write.
    const write = getAttr(file, 'write');
    for (let i = 0; i < objs.length; i++) {
      if (i) call(write, [sep], null);
      const o = objs[i];
      call(write, [typeof o === 'string' ? o : pyStr(o)], null);
    }
    call(write, [end], null);
    if (flush) call(getAttr(file, 'flush'), [], null);
  }
  return None;
}

function input(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  checkPositional('input', args, kwnames, 0, 1);
  if (args.length) {
    const out = sysAttr('stdout');
    const prompt = pyStr(args[0]);
    if (out instanceof PyTextIO && out.kind === 'stdout') stdoutWrite(prompt);
    else call(getAttr(out, 'write'), [prompt], null);
  }
  flushStdout();
  const inp = sysAttr('stdin');
  let line: string;
  if (inp instanceof PyTextIO && inp.kind === 'stdin') line = stdinReadLine();
  else {
    const r = call(getAttr(inp, 'readline'), [], null);
    if (typeof r !== 'string') typeErr('object.readline() returned non-string');
    line = r;
  }
  if (line === '') throw newError(EOFErrorType, 'EOF when reading a line');
  return line.endsWith('\n') ? line.slice(0, -1) : line;
}

// ---------------------------------------------------------------------------
// numbers
// ---------------------------------------------------------------------------

function abs(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const v = oneArg('abs', args, kwnames);
  if (typeof v === 'number') return v < 0 ? -v : v;
  if (typeof v === 'bigint') return v < 0n ? normInt(-v) : v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof PyFloat && v.ob_type === FloatType) return new PyFloat(Math.abs(v.value));
  const r = callSpecial(v, '__abs__', []);
  if (r === undefined) typeErr(`bad operand type for abs(): '${typeName(v)}'`);
  return r;
}

const ROUND_SPEC = ['number', 'ndigits?'];
function round(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const p = parseArgs('round', args, kwnames, ROUND_SPEC);
  const x = p[0]!;
  const nd = p[1];
  const f = lookupSpecial(x, '__round__');
  if (f === undefined) typeErr(`type ${typeName(x)} doesn't define __round__ method`);
  return nd === undefined || nd === None ? call(f, [], null) : call(f, [nd], null);
}

function divmod(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  checkPositional('divmod', args, kwnames, 2, 2);
  const [a, b] = args;
  if ((typeof a === 'number' || typeof a === 'bigint') && (typeof b === 'number' || typeof b === 'bigint')) {
    return new PyTuple(intDivmod(a, b));
  }
  let r = callSpecial(a, '__divmod__', [b]);
  if (r !== undefined && r !== NotImplemented) return r;
  if (typeOf(a) !== typeOf(b)) {
    r = callSpecial(b, '__rdivmod__', [a]);
    if (r !== undefined && r !== NotImplemented) return r;
  }
  typeErr(`unsupported operand type(s) for divmod(): '${typeName(a)}' and '${typeName(b)}'`);
}

const POW_SPEC = ['base', 'exp', 'mod?'];
function pow(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const p = parseArgs('pow', args, kwnames, POW_SPEC);
  if (p[2] === undefined || p[2] === None) return binaryOp(p[0]!, p[1]!, NB.POWER);
  return ternaryPow(p[0]!, p[1]!, p[2]);
}

const SUM_SPEC = ['iterable', '/', 'start?'];
function sum(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  if (!kwnames && args.length === 0) typeErr('sum() takes at least 1 positional argument (0 given)');
  const p = parseArgs('sum', args, kwnames, SUM_SPEC);
  let acc: PyValue = p[1] === undefined ? 0 : p[1];
  if (typeof acc === 'string') typeErr("sum() can't sum strings [use ''.join(seq) instead]");
  if (typeof acc === 'object' && (acc.ob_type.isSubtype(StrType))) typeErr("sum() can't sum strings [use ''.join(seq) instead]");
  if (typeof acc === 'object' && acc.ob_type.isSubtype(BytesType)) typeErr("sum() can't sum bytes [use b''.join(seq) instead]");
  if (typeof acc === 'object' && acc.ob_type.isSubtype(ByteArrayType)) typeErr("sum() can't sum bytearray [use b''.join(seq) instead]");
  const it = getIter(p[0]!);
  // Fast paths mirror CPython: exact ints and floats accumulate natively.
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) {
    if (typeof acc === 'number' && typeof x === 'number') {
      const s: number = acc + x;
      acc = Number.isSafeInteger(s) ? s : normInt(BigInt(acc) + BigInt(x));
    } else if (acc instanceof PyFloat && acc.ob_type === FloatType && x instanceof PyFloat && x.ob_type === FloatType) {
      acc = new PyFloat(acc.value + x.value);
    } else acc = binaryOp(acc, x, NB.ADD);
  }
  return acc;
}

const MINMAX_SPEC = ['*args', '*', 'key?', 'default?'];
function minmax(name: 'min' | 'max', args: PyValue[], kwnames: readonly string[] | null): PyValue {
  // CPython's keyword parser counts keywords before naming a bad one.
  if (kwnames !== null && kwnames.length > 2) typeErr(`${name}() takes at most 2 keyword arguments (${kwnames.length} given)`);
  const p = parseArgs(name, args, kwnames, MINMAX_SPEC);
  const pos = p.rest;
  if (pos.length === 0) typeErr(`${name} expected at least 1 argument, got 0`);
  const key = p[0] === undefined || p[0] === None ? null : p[0];
  const dflt = p[1];
  if (pos.length > 1 && dflt !== undefined) typeErr(`Cannot specify a default for ${name}() with multiple positional arguments`);
  const op = name === 'min' ? LT : GT;
  let best: PyValue | undefined;
  let bestKey: PyValue | undefined;
  const consider = (x: PyValue) => {
    const k = key === null ? x : call(key, [x], null);
    if (best === undefined) {
      best = x;
      bestKey = k;
    } else if (compare(k, bestKey!, op)) {
      best = x;
      bestKey = k;
    }
  };
  if (pos.length === 1) {
    const it = getIter(pos[0]);
    for (let x = iterNext(it); x !== undefined; x = iterNext(it)) consider(x);
  } else for (const x of pos) consider(x);
  if (best === undefined) {
    if (dflt !== undefined) return dflt;
    valueErr(`${name}() arg is an empty sequence`);
  }
  return best;
}

function intArg(v: PyValue): number | bigint {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeOf(v).lookup('__index__') === undefined) typeErr(`'${typeName(v)}' object cannot be interpreted as an integer`);
  return pyIndex(v);
}

function radix(name: string, base: number, prefix: string): Fn {
  return (args, kwnames) => {
    const n = intArg(oneArg(name, args, kwnames));
    const neg = n < 0;
    const a = neg ? -n : n;
    return (neg ? '-' : '') + prefix + a.toString(base);
  };
}

// ---------------------------------------------------------------------------
// type checks and attributes
// ---------------------------------------------------------------------------

/** `int | str` objects (types.UnionType), recognised by type name so this file needs no import of their owner. */
function isUnion(v: PyValue): boolean {
  if (typeof v !== 'object') return false;
  const n = typeOf(v).tp_name;
  return n === 'types.UnionType' || n === 'UnionType';
}

/** `isinstance(obj, cls)` (CPython `PyObject_IsInstance`): tuples, unions, `__instancecheck__`. */
export function isinstance(obj: PyValue, cls: PyValue): boolean {
  if (cls instanceof PyType) {
    const t = typeOf(obj);
    if (t === cls) return true;
    if (cls.ob_type === TypeType) return t.isSubtype(cls) || (obj instanceof PyObject && classOfObj(obj, cls));
  }
  if (cls instanceof PyTuple) {
    for (const c of cls.items) if (isinstance(obj, c)) return true;
    return false;
  }
  if (isUnion(cls)) return isinstance(obj, getAttr(cls, '__args__'));
  const chk = lookupSpecial(cls, '__instancecheck__');
  if (chk !== undefined) return isTrue(call(chk, [obj], null));
  if (cls instanceof PyType) return typeOf(obj).isSubtype(cls);
  typeErr('isinstance() arg 2 must be a type, a tuple of types, or a union');
}

/** `obj.__class__` may differ from its type (proxies); CPython checks it too. */
function classOfObj(obj: PyObject, cls: PyType): boolean {
  if (!(obj.ob_type.lookup('__class__') instanceof PyObject)) return false;
  const c = getAttrOpt(obj, '__class__');
  return c instanceof PyType && c !== obj.ob_type && c.isSubtype(cls);
}

/** `issubclass(sub, cls)` (CPython `PyObject_IsSubclass`). */
export function issubclass(sub: PyValue, cls: PyValue): boolean {
  if (cls instanceof PyType && cls.ob_type === TypeType) {
    if (!(sub instanceof PyType)) typeErr('issubclass() arg 1 must be a class');
    return sub.isSubtype(cls);
  }
  if (cls instanceof PyTuple) {
    for (const c of cls.items) if (issubclass(sub, c)) return true;
    return false;
  }
  if (isUnion(cls)) return issubclass(sub, getAttr(cls, '__args__'));
  const chk = lookupSpecial(cls, '__subclasscheck__');
  if (chk !== undefined) return isTrue(call(chk, [sub], null));
  if (!(sub instanceof PyType)) typeErr('issubclass() arg 1 must be a class');
  if (!(cls instanceof PyType)) typeErr('issubclass() arg 2 must be a class, a tuple of classes, or a union');
  return sub.isSubtype(cls);
}

function attrName(v: PyValue): string {
  if (typeof v === 'string') return v;
  typeErr(`attribute name must be string, not '${typeName(v)}'`);
}

function isAttributeError(e: unknown): boolean {
  return e instanceof PyBaseExceptionObject && e.ob_type.isSubtype(AttributeErrorType);
}

function getattr(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  checkPositional('getattr', args, kwnames, 2, 3);
  const name = attrName(args[1]);
  if (args.length === 2) return getAttr(args[0], name);
  try {
    const v = getAttrOpt(args[0], name);
    return v === undefined ? args[2] : v;
  } catch (e) {
    if (isAttributeError(e)) return args[2];
    throw e;
  }
}

function hasattr(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  checkPositional('hasattr', args, kwnames, 2, 2);
  const name = attrName(args[1]);
  try {
    return getAttrOpt(args[0], name) !== undefined;
  } catch (e) {
    if (isAttributeError(e)) return false;
    throw e;
  }
}

/** `callable(obj)`. */
export function callable(v: PyValue): boolean {
  if (typeof v !== 'object') return false;
  if (v instanceof PyType || v instanceof PyBuiltinFunction) return true;
  const t = v.ob_type;
  return t.tp_call !== null || t.lookup('__call__') !== undefined;
}

// ---------------------------------------------------------------------------
// iteration helpers
// ---------------------------------------------------------------------------

const CallableIterType = makeIteratorType('callable_iterator', false);

/** `iter(callable, sentinel)` iterator (CPython `calliterobject`). */
class PyCallIter extends PyIteratorBase {
  done = false;
  constructor(public fn: PyValue, public sentinel: PyValue) {
    super();
    this.ob_type = CallableIterType;
  }
  next(): PyValue | undefined {
    if (this.done) return undefined;
    let v: PyValue;
    try {
      v = call(this.fn, [], null);
    } catch (e) {
      if (e instanceof PyBaseExceptionObject && e.ob_type.isSubtype(StopIterationType)) {
        this.done = true;
        return undefined;
      }
      throw e;
    }
    if (compare(v, this.sentinel, 2)) {
      this.done = true;
      return undefined;
    }
    return v;
  }
}

function iter(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  checkPositional('iter', args, kwnames, 1, 2);
  if (args.length === 1) return getIter(args[0]);
  if (!callable(args[0])) typeErr('iter(v, w): v must be callable');
  return new PyCallIter(args[0], args[1]);
}

function next(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  checkPositional('next', args, kwnames, 1, 2);
  const it = args[0];
  if (!(it instanceof PyIteratorBase)) {
    const nx = typeOf(it).lookup('__next__');
    if (nx === undefined || nx === None) typeErr(`'${typeName(it)}' object is not an iterator`);
    if (args.length === 1) return call(getAttr(it, '__next__'), [], null);
  }
  const v = iterNext(it);
  if (v !== undefined) return v;
  if (args.length === 2) return args[1];
  throw newError(StopIterationType);
}

/** `sorted(iterable, /, *, key=None, reverse=False)`: list(iterable) then list.sort (same messages as CPython). */
function sorted(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const npos = args.length - (kwnames?.length ?? 0);
  if (npos !== 1) typeErr(`sorted expected 1 argument, got ${npos}`);
  const lst = new PyList(iterToArray(args[0]));
  call(getAttr(lst, 'sort'), args.slice(1), kwnames);
  return lst;
}

// ---------------------------------------------------------------------------
// misc
// ---------------------------------------------------------------------------

const primitiveIds = new Map<unknown, number>();
let nextPrimId = 0x7e0000000010;
/** `id(v)`: stable per object; equal primitives share an id (like CPython's cached small ints / interned strings). */
function id(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const v = oneArg('id', args, kwnames);
  if (typeof v === 'object') return objectId(v);
  const key = typeof v === 'string' ? 's' + v : v;
  let n = primitiveIds.get(key);
  if (n === undefined) {
    n = nextPrimId;
    nextPrimId += 32;
    primitiveIds.set(key, n);
  }
  return n;
}

function ord(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const v = oneArg('ord', args, kwnames);
  if (typeof v === 'string') {
    if (v.length === 1) {
      const c = v.charCodeAt(0);
      if (c < 0xd800 || c > 0xdbff) return c;
    }
    const n = [...v].length;
    if (n !== 1) typeErr(`ord() expected a character, but string of length ${n} found`);
    return v.codePointAt(0)!;
  }
  const bytes = (v as { bytes?: Uint8Array }).bytes;
  if (typeof v === 'object' && bytes instanceof Uint8Array && (v.ob_type.isSubtype(BytesType) || v.ob_type.isSubtype(ByteArrayType))) {
    if (bytes.length !== 1) typeErr(`ord() expected a character, but string of length ${bytes.length} found`);
    return bytes[0];
  }
  if (typeof v === 'object' && v.ob_type.isSubtype(StrType)) return ord([pyStr(v)], null);
  typeErr(`ord() expected string of length 1, but ${typeName(v)} found`);
}

function chr(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const n = intArg(oneArg('chr', args, kwnames));
  // CPython reads the argument as a C int before the range check.
  if (n >= 2 ** 31 || n < -(2 ** 31)) throw newError(OverflowErrorType, 'Python int too large to convert to C int');
  if (n < 0 || n > 0x10ffff) valueErr('chr() arg not in range(0x110000)');
  return String.fromCodePoint(Number(n));
}

function formatBuiltin(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  checkPositional('format', args, kwnames, 1, 2);
  const spec = args.length > 1 ? args[1] : '';
  if (typeof spec !== 'string') typeErr(`format() argument 2 must be str, not ${typeName(spec)}`);
  return format(args[0], spec);
}

function vars(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  checkPositional('vars', args, kwnames, 0, 1);
  if (args.length === 0) return locals([], null);
  try {
    return getAttr(args[0], '__dict__');
  } catch (e) {
    if (isAttributeError(e)) typeErr('vars() argument must have __dict__ attribute');
    throw e;
  }
}

function dir(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  checkPositional('dir', args, kwnames, 0, 1);
  let names: PyValue[];
  if (args.length === 0) {
    const l = locals([], null);
    names = iterToArray(l);
  } else {
    const f = lookupSpecial(args[0], '__dir__');
    if (f !== undefined) names = iterToArray(call(f, [], null));
    else names = defaultDir(args[0]);
  }
  const lst = new PyList(names);
  call(getAttr(lst, 'sort'), [], null);
  return lst;
}

/** Fallback `dir()` when no `__dir__` exists: instance dict keys plus the names along the type's MRO. */
function defaultDir(o: PyValue): PyValue[] {
  const seen = new Set<string>();
  if (typeof o === 'object' && o.dict) for (const e of o.dict.table.entries()) if (typeof e.key === 'string') seen.add(e.key);
  const mro = o instanceof PyType ? o.tp_mro : typeOf(o).tp_mro;
  for (const t of mro) for (const k of t.tp_dict.keys()) seen.add(k);
  return [...seen];
}

function globals(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  checkPositional('globals', args, kwnames, 0, 0);
  const f = currentFrame();
  if (!f) typeErr('globals(): no current frame');
  return f.globals;
}

/** `locals()`: the frame's locals mapping, or its dict of a function's fast locals (kept per frame). */
function locals(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  checkPositional('locals', args, kwnames, 0, 0);
  const f = currentFrame();
  if (!f) typeErr('locals(): no current frame');
  return frameLocals(f);
}

// ---------------------------------------------------------------------------
// the dict
// ---------------------------------------------------------------------------

let builtinsDict: PyDict | null = null;

function fn(name: string, f: Fn): PyBuiltinFunction {
  return new PyBuiltinFunction(name, f);
}

/**
 * The `builtins` module dict (created once). Installs the native methods of
 * exceptions, iterators, io and `__format__` on first call.
 */
export function getBuiltins(): PyDict {
  if (builtinsDict) return builtinsDict;
  installExceptionMethods();
  installIteratorTypes();
  installIoTypes();
  installFormatMethods();
  const d = new PyDict();
  builtinsDict = d;
  const set = (k: string, v: PyValue) => d.table.set(k, v);
  set('__name__', 'builtins');
  set('__doc__', "Built-in functions, exceptions, and other objects.\n\nNoteworthy: None is the `nil' object; Ellipsis represents `...' in slices.");
  set('__package__', '');
  set('__loader__', None);
  set('__spec__', None);
  set('__debug__', true);
  set('None', None);
  set('True', true);
  set('False', false);
  set('Ellipsis', Ellipsis);
  set('NotImplemented', NotImplemented);
  const types: [string, PyType][] = [
    ['object', ObjectType],
    ['type', TypeType],
    ['int', IntType],
    ['bool', BoolType],
    ['float', FloatType],
    ['complex', ComplexType],
    ['str', StrType],
    ['bytes', BytesType],
    ['bytearray', ByteArrayType],
    ['memoryview', MemoryViewType],
    ['list', ListType],
    ['tuple', TupleType],
    ['dict', DictType],
    ['set', SetType],
    ['frozenset', FrozenSetType],
    ['range', RangeType],
    ['slice', SliceType],
    ['property', PropertyType],
    ['classmethod', ClassMethodType],
    ['staticmethod', StaticMethodType],
    ['super', SuperType],
    ['enumerate', EnumerateType],
    ['zip', ZipType],
    ['map', MapType],
    ['filter', FilterType],
    ['reversed', ReversedType],
  ];
  for (const [k, t] of types) set(k, t);
  for (const [k, t] of BUILTIN_EXCEPTIONS) set(k, t);
  const fns: [string, Fn][] = [
    ['print', print],
    ['input', input],
    ['len', (a, k) => pyLen(oneArg('len', a, k))],
    ['repr', (a, k) => pyRepr(oneArg('repr', a, k))],
    ['ascii', (a, k) => asciiEscape(pyRepr(oneArg('ascii', a, k)))],
    ['hash', (a, k) => pyHash(oneArg('hash', a, k))],
    ['id', id],
    ['abs', abs],
    ['round', round],
    ['divmod', divmod],
    ['pow', pow],
    ['sum', sum],
    ['min', (a, k) => minmax('min', a, k)],
    ['max', (a, k) => minmax('max', a, k)],
    ['bin', radix('bin', 2, '0b')],
    ['oct', radix('oct', 8, '0o')],
    ['hex', radix('hex', 16, '0x')],
    ['ord', ord],
    ['chr', chr],
    ['format', formatBuiltin],
    [
      'isinstance',
      (a, k) => {
        checkPositional('isinstance', a, k, 2, 2);
        const cls = a[1];
        if (!(cls instanceof PyType) && !(cls instanceof PyTuple) && !isUnion(cls) && lookupSpecial(cls, '__instancecheck__') === undefined) {
          typeErr('isinstance() arg 2 must be a type, a tuple of types, or a union');
        }
        return isinstance(a[0], cls);
      },
    ],
    [
      'issubclass',
      (a, k) => {
        checkPositional('issubclass', a, k, 2, 2);
        return issubclass(a[0], a[1]);
      },
    ],
    ['getattr', getattr],
    [
      'setattr',
      (a, k) => {
        checkPositional('setattr', a, k, 3, 3);
        setAttr(a[0], attrName(a[1]), a[2]);
        return None;
      },
    ],
    [
      'delattr',
      (a, k) => {
        checkPositional('delattr', a, k, 2, 2);
        delAttr(a[0], attrName(a[1]));
        return None;
      },
    ],
    ['hasattr', hasattr],
    ['callable', (a, k) => callable(oneArg('callable', a, k))],
    ['iter', iter],
    ['next', next],
    [
      'any',
      (a, k) => {
        const it = getIter(oneArg('any', a, k));
        for (let x = iterNext(it); x !== undefined; x = iterNext(it)) if (isTrue(x)) return true;
        return false;
      },
    ],
    [
      'all',
      (a, k) => {
        const it = getIter(oneArg('all', a, k));
        for (let x = iterNext(it); x !== undefined; x = iterNext(it)) if (!isTrue(x)) return false;
        return true;
      },
    ],
    ['sorted', sorted],
    ['vars', vars],
    ['dir', dir],
    ['globals', globals],
    ['locals', locals],
    ['open', openFile],
    ['exec', execBuiltin],
    ['eval', evalBuiltin],
    ['compile', compileBuiltin],
    ['__import__', importBuiltin],
    [
      'aiter',
      (a, k) => {
        const o = oneArg('aiter', a, k);
        const r = callSpecial(o, '__aiter__', []);
        if (r === undefined) typeErr(`'${typeName(o)}' object is not an async iterable`);
        return r;
      },
    ],
    [
      'breakpoint',
      (a, k) => {
        noKwargs('breakpoint', k);
        void a;
        return None;
      },
    ],
  ];
  for (const [k, f] of fns) set(k, fn(k, f));
  // site.py's exit()/quit() (Quitter) and help (_Helper)
  for (const [k, v] of siteBuiltins()) set(k, v);
  set('__build_class__', buildClassBuiltin);
  return d;
}

/** Look up a builtin by name (undefined when absent). */
export function getBuiltin(name: string): PyValue | undefined {
  return getBuiltins().table.lookup(name)?.value;
}

