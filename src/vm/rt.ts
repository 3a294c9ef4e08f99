/**
 * The VM's view of the rest of the runtime: container construction, dict
 * access by string key, constant materialisation, and the few services owned
 * by other areas (builtins dict, import, sys.modules, formatting). Keeping
 * these in one adapter means the eval loop never depends on another file's
 * internals.
 */
import {
  type PyValue,
  PyObject,
  PyType,
  PyFloat,
  PyComplex,
  PyBaseExceptionObject,
  None,
  Ellipsis,
  TypeErrorType,
  ImportErrorType,
  SystemErrorType,
  DictType,
  ListType,
  TupleType,
  StrType,
  BytesType,
  ByteArrayType,
  BaseExceptionGroupType,
  ExceptionGroupType,
  typeOf,
  typeName,
  newError,
  normInt,
  isInstance,
  TPFLAGS_DICT_SUBCLASS,
  TPFLAGS_LIST_SUBCLASS,
  TPFLAGS_TUPLE_SUBCLASS,
} from '../runtime/object.js';
import { ConstComplex, ConstEllipsis, ConstSurrogateStr, ConstTuple, ConstFrozenSet, type ConstValue } from '../bytecode/constants.js';
import { CodeObject } from '../bytecode/code.js';
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
  iterToArray,
  eq,
  repr as pyRepr,
  str as pyStr,
} from '../runtime/abstract.js';
import { PyDict } from '../runtime/dict.js';
import { PyList } from '../runtime/list.js';
import { PyTuple } from '../runtime/tuple.js';
import { PySet, PyFrozenSet } from '../runtime/set.js';
import { PySlice } from '../runtime/slice.js';
import { PyBytes } from '../runtime/bytes.js';
import { format } from '../runtime/format.js';
import { splitException, exceptionGroupItems } from '../runtime/exceptions.js';
import { call, callMethod } from '../runtime/attr.js';

export { binaryOp, unaryOp, richCompare, isTrue, getIter, iterNext, getItem, setItem, delItem, contains, len, iterToArray, eq, pyRepr, pyStr };

// ---------------------------------------------------------------------------
// Containers
// ---------------------------------------------------------------------------

export function mkTuple(items: PyValue[]): PyTuple {
  return new PyTuple(items);
}
export function mkList(items: PyValue[]): PyList {
  return new PyList(items);
}
export function mkDict(): PyDict {
  return new PyDict();
}
export function mkSet(): PySet {
  return new PySet();
}
export function mkSlice(a: PyValue, b: PyValue, c: PyValue): PySlice {
  return new PySlice(a, b, c);
}
export function isDict(v: PyValue): boolean {
  return v instanceof PyDict;
}
/** d[name] for a str key, undefined when absent (no KeyError, no __missing__). */
export function dictGetStr(d: PyDict, name: string): PyValue | undefined {
  const t = d.table;
  const e = t.map.get(name);
  if (e !== undefined) return e.value;
  return t.buckets === null ? undefined : t.lookup(name)?.value;
}
export function dictSetStr(d: PyDict, name: string, v: PyValue): void {
  d.table.set(name, v);
}
/** Delete a str key; false when it was absent. */
export function dictDelStr(d: PyDict, name: string): boolean {
  return d.table.delete(name) !== undefined;
}
export function dictGet(d: PyDict, k: PyValue): PyValue | undefined {
  return d.table.lookup(k)?.value;
}
export function dictSet(d: PyDict, k: PyValue, v: PyValue): void {
  d.table.set(k, v);
}
export function dictKeys(d: PyDict): PyValue[] {
  const out: PyValue[] = [];
  for (const e of d.table.entries()) out.push(e.key);
  return out;
}
export function dictItems(d: PyDict): [PyValue, PyValue][] {
  const out: [PyValue, PyValue][] = [];
  for (const e of d.table.entries()) out.push([e.key, e.value]);
  return out;
}
/**
 * DICT_UPDATE / DICT_MERGE: copy mapping `src` into `d`. With `funcName`
 * (DICT_MERGE, for `f(**m)`) a duplicate key is an error:
 * "f() got multiple values for keyword argument 'x'".
 */
export function dictMerge(d: PyDict, src: PyValue, funcName: string | null): void {
  let pairs: [PyValue, PyValue][];
  if (src instanceof PyDict) pairs = dictItems(src);
  else {
    const keys = iterToArray(callMethod(src, 'keys', []));
    pairs = keys.map((k) => [k, getItem(src, k)]);
  }
  for (const [k, v] of pairs) {
    if (funcName !== null) {
      if (d.table.lookup(k) !== undefined) {
        throw newError(TypeErrorType, `${funcName} got multiple values for keyword argument '${pyStr(k)}'`);
      }
    }
    d.table.set(k, v);
  }
}

export function listAppend(l: PyValue, v: PyValue): void {
  (l as PyList).items.push(v);
}
export function listExtend(l: PyValue, v: PyValue): void {
  const items = (l as PyList).items;
  const src = seqItems(v, true);
  if (src !== null) {
    for (let i = 0; i < src.length; i++) items.push(src[i]);
  } else {
    const it = getIter(v);
    for (;;) {
      const x = iterNext(it);
      if (x === undefined) break;
      items.push(x);
    }
  }
}
export function setAdd(s: PyValue, v: PyValue): void {
  (s as PySet).table.add(v);
}
export function setUpdate(s: PyValue, v: PyValue): void {
  for (const x of iterToArray(v)) (s as PySet).table.add(x);
}

/**
 * The items of a tuple or list (the backing array, do not mutate). With
 * `orNull`, returns null for other values; otherwise converts any iterable.
 */
export function seqItems(v: PyValue, orNull: true): PyValue[] | null;
export function seqItems(v: PyValue, orNull?: false): PyValue[];
export function seqItems(v: PyValue, orNull = false): PyValue[] | null {
  if (v instanceof PyTuple || v instanceof PyList) {
    // Subclasses that override __iter__ are iterated, as CPython's fast
    // paths only take exact lists and tuples.
    const t = v.ob_type;
    if (t === TupleType || t === ListType || t.lookup('__iter__') === (v instanceof PyTuple ? TupleType : ListType).tp_dict.get('__iter__')) {
      return v.items;
    }
    if (orNull) return null;
    return iterToArray(v);
  }
  if (orNull) return null;
  return iterToArray(v);
}

/** MATCH_MAPPING: dict subclasses and registered collections.abc.Mapping types (Py_TPFLAGS_MAPPING). */
export function isMapping(v: PyValue, forMatch = false): boolean {
  const t = typeOf(v);
  if (t.tp_flags & TPFLAGS_DICT_SUBCLASS) return true;
  if (forMatch) return abcFlag(t, 'Mapping');
  return t.lookup('keys') !== undefined && t.lookup('__getitem__') !== undefined;
}

/** MATCH_SEQUENCE: list/tuple/range/memoryview/deque and registered Sequences, never str/bytes/bytearray. */
export function isSequenceForMatch(v: PyValue): boolean {
  const t = typeOf(v);
  if (t.tp_flags & (TPFLAGS_LIST_SUBCLASS | TPFLAGS_TUPLE_SUBCLASS)) return true;
  if (t === StrType || t === BytesType || t === ByteArrayType || t.isSubtype(StrType) || t.isSubtype(BytesType) || t.isSubtype(ByteArrayType)) return false;
  for (const b of t.tp_mro) if (b.tp_name === 'range' && b.tp_module === 'builtins') return true;
  if (t.tp_mro.some((b) => b.tp_name === 'deque')) return true;
  return abcFlag(t, 'Sequence');
}

/** Types registered with collections.abc (set by the collections.abc module via `markAbc`). */
const abcRegistry = new Map<PyType, Set<string>>();
/** Mark `t` as a virtual subclass of collections.abc `kind` ('Mapping' | 'Sequence') for pattern matching. */
export function markAbc(t: PyType, kind: string): void {
  let s = abcRegistry.get(t);
  if (!s) abcRegistry.set(t, (s = new Set()));
  s.add(kind);
}
function abcFlag(t: PyType, kind: string): boolean {
  for (const b of t.tp_mro) {
    if (abcRegistry.get(b)?.has(kind)) return true;
    if (b.tp_module === 'collections.abc' || b.tp_module === '_collections_abc') {
      if (b.tp_name === kind || (kind === 'Sequence' && b.tp_name === 'MutableSequence') || (kind === 'Mapping' && b.tp_name === 'MutableMapping')) return true;
    }
  }
  return false;
}

// ---------------------------------------------------------------------------
// Constants
// ---------------------------------------------------------------------------

/** Turn a compile-time constant into a runtime value (int → number/bigint, float → PyFloat, ...). */
export function constToValue(c: ConstValue): PyValue {
  if (c === null) return None;
  switch (typeof c) {
    case 'boolean':
    case 'string':
      return c;
    case 'bigint':
      return normInt(c);
    case 'number':
      return new PyFloat(c);
  }
  if (c instanceof Uint8Array) return mkBytes(c);
  if (c instanceof ConstTuple) return new PyTuple(c.items.map(constToValue));
  if (c instanceof ConstFrozenSet) {
    const s = new PyFrozenSet();
    for (const x of c.items) s.table.add(constToValue(x));
    return s;
  }
  if (c instanceof ConstComplex) return new PyComplex(c.real, c.imag);
  if (c instanceof ConstEllipsis) return Ellipsis;
  // runtime strs are JS strings: an escaped surrogate pair becomes one astral character (docs/runtime.md)
  if (c instanceof ConstSurrogateStr) return c.merged();
  if (c instanceof CodeObject) return codeValue(c);
  throw newError(SystemErrorType, `unknown constant ${String(c)}`);
}

let mkBytes: (b: Uint8Array) => PyValue = (b) => new PyBytes(b);
/** Registered by the bytes type (avoids a hard dependency): how to build a bytes constant. */
export function setBytesFactory(f: (b: Uint8Array) => PyValue): void {
  mkBytes = f;
}

let codeValue: (c: CodeObject) => PyValue = () => {
  throw newError(SystemErrorType, 'code objects not available');
};
/** Registered by frame.ts (avoids an import cycle). */
export function setCodeValueFactory(f: (c: CodeObject) => PyValue): void {
  codeValue = f;
}

// ---------------------------------------------------------------------------
// Formatting
// ---------------------------------------------------------------------------

/** FORMAT_VALUE: `format(v, spec)`. */
export function formatValue(v: PyValue, spec: string): string {
  return format(v, spec);
}

/** `ascii(v)`: repr with non-ASCII characters escaped. */
export function pyAscii(v: PyValue): string {
  const r = pyRepr(v);
  let out = '';
  for (const ch of r) {
    const c = ch.codePointAt(0)!;
    if (c < 128) out += ch;
    else if (c < 0x100) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c < 0x10000) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  return out;
}

// ---------------------------------------------------------------------------
// Services provided by other areas, registered at start-up
// ---------------------------------------------------------------------------

type ImportFn = (name: string, globals: PyDict, fromlist: PyValue, level: number, locals: PyValue | null) => PyValue;

const services = {
  builtins: null as (() => PyDict) | null,
  importName: null as ImportFn | null,
  sysModules: null as (() => PyDict | null) | null,
  displayHook: null as ((v: PyValue) => void) | null,
};

/**
 * Register the services the VM needs from other areas: the builtins dict
 * (`getBuiltins`), `importName` (IMPORT_NAME), `sys.modules`, and
 * `sys.displayhook` (PRINT_EXPR).
 */
export function registerVmServices(s: Partial<typeof services>): void {
  Object.assign(services, s);
}

let fallbackBuiltins: PyDict | null = null;
/** The default builtins dict. */
export function getBuiltinsDict(): PyDict {
  if (services.builtins) return services.builtins();
  return (fallbackBuiltins ??= new PyDict());
}

/** IMPORT_NAME. */
export function importName(name: string, globals: PyDict, fromlist: PyValue, level: number, locals: PyValue | null): PyValue {
  if (services.importName) return services.importName(name, globals, fromlist, level, locals);
  // Fall back to builtins.__import__ if one is installed.
  const imp = getBuiltinsDict().table.lookup('__import__')?.value;
  if (imp !== undefined) return call(imp, [name, globals, locals ?? None, fromlist, level], null);
  throw newError(ImportErrorType, `import of '${name}' not available (no importer registered)`);
}

/** `sys.modules` dict, or null when not available. */
export function sysModules(): PyDict | null {
  return services.sysModules ? services.sysModules() : null;
}

/** PRINT_EXPR (interactive mode): sys.displayhook. */
export function printExpr(v: PyValue): void {
  if (services.displayHook) return services.displayHook(v);
  if (v !== None) process.stdout.write(pyRepr(v) + '\n');
}

// ---------------------------------------------------------------------------
// except* (CPython Objects/exceptions.c `_PyExc_PrepReraiseStar`, ceval.c `exception_group_match`)
// ---------------------------------------------------------------------------

/** CHECK_EG_MATCH: split `exc` by `matchType`; returns [match, rest] with None for empty parts. */
export function exceptionGroupMatch(exc: PyValue, matchType: PyValue): [PyValue, PyValue] {
  if (exc === None) return [None, None];
  const e = exc as PyBaseExceptionObject;
  const t = typeOf(e);
  const types = matchType instanceof PyTuple ? (matchType.items as PyType[]) : [matchType as PyType];
  if (types.some((x) => t.isSubtype(x))) {
    if (t.isSubtype(BaseExceptionGroupType)) return [exc, None];
    // A naked exception matched: wrap it in a group, keeping its traceback.
    const wrapped = call(BaseExceptionGroupType, ['', mkTuple([e])], null);
    if (wrapped instanceof PyBaseExceptionObject) wrapped.traceback = e.traceback;
    return [wrapped, None];
  }
  if (t.isSubtype(BaseExceptionGroupType)) {
    const [m, r] = splitException(e, (x) => types.some((ty) => typeOf(x).isSubtype(ty)), true);
    if (m === null) return [None, exc];
    return [m, r === null ? None : r];
  }
  return [None, exc];
}


function collectLeaves(e: PyBaseExceptionObject, out: Set<PyBaseExceptionObject>): void {
  if (typeOf(e).isSubtype(BaseExceptionGroupType)) {
    for (const x of exceptionGroupItems(e)) collectLeaves(x, out);
  } else out.add(e);
}

/** PREP_RERAISE_STAR: combine the exceptions raised/re-raised by except* clauses with the unhandled rest. */
export function prepReraiseStar(orig: PyValue, excs: PyValue): PyValue {
  const list = seqItems(excs).filter((x) => x !== None) as PyBaseExceptionObject[];
  if (list.length === 0) return None;
  if (!(orig instanceof PyBaseExceptionObject) || !typeOf(orig).isSubtype(BaseExceptionGroupType)) return list[0];
  const origLeaves = new Set<PyBaseExceptionObject>();
  collectLeaves(orig, origLeaves);
  const raised: PyBaseExceptionObject[] = [];
  const reraisedLeaves = new Set<PyBaseExceptionObject>();
  for (const e of list) {
    const leaves = new Set<PyBaseExceptionObject>();
    collectLeaves(e, leaves);
    const isReraise = sameMeta(e, orig);
    if (isReraise) for (const l of leaves) reraisedLeaves.add(l);
    else raised.push(e);
  }
  let reraisedEg: PyValue = None;
  if (reraisedLeaves.size) {
    const [m] = splitException(orig, (x) => reraisedLeaves.has(x), false);
    if (m !== null) reraisedEg = m;
  }
  if (raised.length === 0) return reraisedEg;
  if (reraisedEg !== None) raised.push(reraisedEg as PyBaseExceptionObject);
  if (raised.length === 1) return raised[0];
  return call(BaseExceptionGroupType, ['', mkList(raised)], null);
}

function sameMeta(a: PyBaseExceptionObject, b: PyBaseExceptionObject): boolean {
  return a.traceback === b.traceback && a.cause === b.cause && a.context === b.context;
}

// Keep type imports referenced.
void PyObject;
void DictType;
void ListType;
void TupleType;
void typeName;
void isTrue;
