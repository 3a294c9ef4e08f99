/**
 * The `copy` module (CPython Lib/copy.py): `copy` and `deepcopy` with the
 * `__copy__` / `__deepcopy__(memo)` hooks, `__getstate__`/`__setstate__`,
 * a memo dict keyed by `id()`, a `__reduce_ex__` / `__reduce__` that a
 * Python class defines (rebuilt as copy.py's `_reconstruct` does), and the
 * reduce-style default for plain instances (a new object via
 * `cls.__new__(cls)` with the `__dict__` copied).
 */
import {
  type PyValue,
  PyObject,
  PyType,
  PyFloat,
  PyComplex,
  PyBuiltinFunction,
  PySingleton,
  None,
  TypeErrorType,
  ExceptionType,
  TPFLAGS_BASETYPE,
  FunctionType,
  BuiltinFunctionType,
  RangeType,
  SliceType,
  BytesType,
  CodeType,
  ModuleType,
  PropertyType,
  newError,
  typeName,

  ListType,
  DictType,
  TupleType,
  SetType,
  FrozenSetType,
  ByteArrayType,
  PyBaseExceptionObject,
} from '../runtime/object.js';
import { objectId, iterToArray, setItem } from '../runtime/abstract.js';
import { call, getAttr, getAttrOpt, lookupSpecial, setAttr } from '../runtime/attr.js';
import { parseArgs, oneArg } from '../runtime/args.js';
import { PyList } from '../runtime/list.js';
import { PyTuple } from '../runtime/tuple.js';
import { PyDict } from '../runtime/dict.js';
import { PySet, PyFrozenSet } from '../runtime/set.js';

/** copy.Error */
export const CopyErrorType = new PyType('Error', [ExceptionType], TPFLAGS_BASETYPE, 'copy');

const ATOMIC_TYPES = new Set<PyType>([FunctionType, BuiltinFunctionType, RangeType, SliceType, BytesType, CodeType, ModuleType, PropertyType]);

function isAtomic(v: PyValue): boolean {
  if (typeof v !== 'object') return true;
  if (v instanceof PyType || v instanceof PySingleton) return true;
  const t = v.ob_type;
  if ((v instanceof PyFloat || v instanceof PyComplex) && (t.tp_name === 'float' || t.tp_name === 'complex')) return true;
  if (t === FrozenSetType) return true;
  return ATOMIC_TYPES.has(t);
}

function idKey(v: PyValue): PyValue {
  return typeof v === 'object' ? objectId(v) : v;
}

/**
 * New instance of `cls` without calling `__init__` (copyreg.__newobj__), with
 * the arguments `__getnewargs__` gives (a tuple subclass such as a namedtuple
 * passes its items), as reduce protocol 4 does.
 */
function newInstance(v: PyObject, deep: boolean, memo: PyDict | null): PyValue {
  const cls = v.ob_type;
  let args: PyValue[] = [];
  const gna = cls.lookup('__getnewargs__') !== undefined ? getAttrOpt(v, '__getnewargs__') : undefined;
  if (gna !== undefined) {
    const r = call(gna, [], null);
    if (!(r instanceof PyTuple)) throw newError(TypeErrorType, `__getnewargs__ should return a tuple, not '${typeName(r)}'`);
    args = deep && r.items.length ? (deepCopy(r, memo!) as PyTuple).items : r.items;
  }
  return call(getAttr(cls, '__new__'), [cls, ...args], null);
}

function getState(v: PyObject): PyValue | undefined {
  const gs = cls_has(v.ob_type, '__getstate__') ? lookupSpecial(v, '__getstate__') : undefined;
  if (gs !== undefined) return call(gs, [], null);
  return v.dict ?? undefined;
}

function cls_has(t: PyType, name: string): boolean {
  const f = t.lookup(name);
  // object.__getstate__ (3.11) is the default: treat as absent so we copy __dict__ directly.
  return f !== undefined && !(t.tp_mro[t.tp_mro.length - 1].tp_dict.get(name) === f);
}

function setState(y: PyValue, state: PyValue): void {
  const ss = lookupSpecial(y, '__setstate__');
  if (ss !== undefined && cls_has((y as PyObject).ob_type, '__setstate__')) {
    call(ss, [state], null);
    return;
  }
  let slotState: PyValue = None;
  let dictState = state;
  if (state instanceof PyTuple && state.items.length === 2) [dictState, slotState] = state.items;
  if (dictState instanceof PyDict) {
    const yo = y as PyObject;
    if (!yo.dict) yo.dict = new PyDict();
    for (const e of dictState.table.entries()) yo.dict.table.set(e.key, e.value);
  }
  if (slotState instanceof PyDict) for (const e of slotState.table.entries()) setAttr(y, e.key as string, e.value);
}

/** `copy.copy(x)`: a shallow copy. */
export function shallowCopy(v: PyValue): PyValue {
  if (isAtomic(v)) return v;
  const o = v as PyObject;
  const t = o.ob_type;
  if (t === ListType) return new PyList((o as PyList).items.slice());
  if (t === TupleType) return o;
  if (t === DictType) {
    const d = new PyDict();
    d.table = (o as PyDict).table.copy();
    return d;
  }
  if (t === SetType) {
    const s = new PySet();
    s.table = (o as PySet).table.copy();
    return s;
  }
  if (t === ByteArrayType) return call(t, [o], null);
  const cp = lookupSpecial(o, '__copy__');
  if (cp !== undefined) return call(cp, [], null);
  return reconstruct(o, false, null);
}

/** Whether a class in `t`'s MRO other than `object` defines `name`. */
function ownReducer(t: PyType, name: string): boolean {
  const root = t.tp_mro[t.tp_mro.length - 1];
  for (const c of t.tp_mro) {
    if (c.tp_dict.has(name)) return c !== root;
  }
  return false;
}

/**
 * copy.py's reductor step for a class that defines `__reduce_ex__` or
 * `__reduce__` itself: its result, or undefined to use the default.
 */
function customReduce(o: PyObject): PyValue | undefined {
  const t = o.ob_type;
  if (ownReducer(t, '__reduce_ex__')) return call(getAttr(o, '__reduce_ex__'), [4], null);
  if (ownReducer(t, '__reduce__')) return call(getAttr(o, '__reduce__'), [], null);
  return undefined;
}

/** copy.py's `_reconstruct`: rebuild from a reduce value (callable, args, state, listitems, dictitems). */
function fromReduce(o: PyObject, rv: PyValue, deep: boolean, memo: PyDict | null): PyValue {
  if (typeof rv === 'string') return o;
  const parts = rv instanceof PyTuple ? rv.items : undefined;
  if (parts === undefined) throw newError(TypeErrorType, `Value after * must be an iterable, not ${typeName(rv)}`);
  if (parts.length < 2) {
    throw newError(TypeErrorType, `_reconstruct() missing ${2 - parts.length} required positional argument${parts.length ? '' : 's'}: ${parts.length ? "'args'" : "'func' and 'args'"}`);
  }
  const [func, args, state, listIter, dictIter] = parts;
  let argv = args instanceof PyTuple ? args.items : iterToArray(args ?? new PyTuple([]));
  if (deep && argv.length) argv = (deepCopy(new PyTuple(argv), memo!) as PyTuple).items;
  const y = call(func, argv, null);
  if (deep) memo!.table.set(objectId(o), y);
  if (state !== undefined && state !== None) setState(y, deep ? deepCopy(state, memo!) : state);
  if (listIter !== undefined && listIter !== None) {
    const append = getAttr(y, 'append');
    for (const item of iterToArray(listIter)) call(append, [deep ? deepCopy(item, memo!) : item], null);
  }
  if (dictIter !== undefined && dictIter !== None) {
    for (const pair of iterToArray(dictIter)) {
      const [k, v] = iterToArray(pair);
      setItem(y, deep ? deepCopy(k, memo!) : k, deep ? deepCopy(v, memo!) : v);
    }
  }
  return y;
}

/** Default copy of an instance: new object, then the state (shallow or deep) and container contents. */
function reconstruct(o: PyObject, deep: boolean, memo: PyDict | null): PyValue {
  if (o instanceof PyBaseExceptionObject) {
    const y = call(o.ob_type, deep ? o.args.map((a) => deepCopy(a, memo!)) : o.args.slice(), null) as PyObject;
    if (o.dict) setState(y, deep ? deepCopy(o.dict, memo!) : o.dict);
    return y;
  }
  const rv = customReduce(o);
  if (rv !== undefined) return fromReduce(o, rv, deep, memo);
  if (o.ob_type.tp_call === null && o.ob_type.lookup('__new__') === undefined) {
    throw newError(CopyErrorType, `un(deep)copyable object of type ${typeName(o)}`);
  }
  let y: PyValue;
  try {
    y = newInstance(o, deep, memo);
  } catch (e) {
    throw newError(TypeErrorType, `cannot pickle '${typeName(o)}' object`);
  }
  if (memo) memo.table.set(objectId(o), y);
  if (o instanceof PyList && y instanceof PyList) y.items = deep ? o.items.map((x) => deepCopy(x, memo!)) : o.items.slice();
  else if (o instanceof PyDict && y instanceof PyDict) {
    for (const e of o.table.entries()) y.table.set(deep ? deepCopy(e.key, memo!) : e.key, deep ? deepCopy(e.value, memo!) : e.value);
  } else if (o instanceof PySet && y instanceof PySet) {
    for (const x of o.table.toArray()) y.table.add(deep ? deepCopy(x, memo!) : x);
  }
  const state = getState(o);
  if (state !== undefined && state !== None) {
    if (state instanceof PyDict && state === o.dict) {
      const yo = y as PyObject;
      if (!yo.dict) yo.dict = new PyDict();
      for (const e of state.table.entries()) yo.dict.table.set(e.key, deep ? deepCopy(e.value, memo!) : e.value);
    } else setState(y, deep ? deepCopy(state, memo!) : state);
  }
  // __slots__ values live outside __dict__: copy them by name (a class's own
  // __getstate__ already put whatever it wanted into the state).
  const slots = cls_has(o.ob_type, '__getstate__') ? undefined : o.ob_type.lookup('__slots__');
  if (slots !== undefined) {
    for (const name of typeof slots === 'string' ? [slots] : iterToArray(slots)) {
      if (typeof name !== 'string' || name === '__dict__' || name === '__weakref__') continue;
      const val = getAttrOpt(o, name);
      if (val !== undefined) setAttr(y, name, deep ? deepCopy(val, memo!) : val);
    }
  }
  return y;
}

/** `copy.deepcopy(x, memo)`. */
export function deepCopy(v: PyValue, memo: PyDict): PyValue {
  if (isAtomic(v)) return v;
  const key = idKey(v);
  const hit = memo.table.lookup(key);
  if (hit !== undefined) return hit.value;
  const o = v as PyObject;
  const t = o.ob_type;
  let y: PyValue;
  if (t === ListType) {
    const l = new PyList([]);
    memo.table.set(key, l);
    for (const x of (o as PyList).items) l.items.push(deepCopy(x, memo));
    y = l;
  } else if (t === TupleType) {
    const items = (o as PyTuple).items;
    const copied = items.map((x) => deepCopy(x, memo));
    const again = memo.table.lookup(key);
    if (again !== undefined) return again.value;
    y = copied.every((x, i) => x === items[i]) ? o : new PyTuple(copied);
  } else if (t === DictType) {
    const d = new PyDict();
    memo.table.set(key, d);
    for (const e of (o as PyDict).table.entries()) d.table.set(deepCopy(e.key, memo), deepCopy(e.value, memo));
    y = d;
  } else if (t === ByteArrayType) {
    y = call(t, [o], null);
  } else if (t === SetType || t === FrozenSetType) {
    const s = t === SetType ? new PySet() : new PyFrozenSet();
    for (const x of (o as PySet).table.toArray()) s.table.add(deepCopy(x, memo));
    y = s;
  } else {
    const dc = lookupSpecial(o, '__deepcopy__');
    if (dc !== undefined) y = call(dc, [memo], null);
    else y = reconstruct(o, true, memo);
  }
  if (y !== v) {
    memo.table.set(key, y);
    keepAlive(memo, v);
  }
  return y;
}

/** CPython keeps the original alive in memo[id(memo)] so ids are not reused. */
function keepAlive(memo: PyDict, v: PyValue): void {
  const k = objectId(memo);
  const e = memo.table.lookup(k);
  if (e === undefined) memo.table.set(k, new PyList([v]));
  else if (e.value instanceof PyList) e.value.items.push(v);
}

const DEEPCOPY_SPEC = ['x', 'memo?', '_nil?'];

/** The `copy` module's attributes. */
export function copyModuleEntries(): [string, PyValue][] {
  return [
    ['copy', new PyBuiltinFunction('copy', (a, k) => shallowCopy(oneArg('copy', a, k)), null, 'copy', 'copy')],
    [
      'deepcopy',
      new PyBuiltinFunction(
        'deepcopy',
        (a, k) => {
          const p = parseArgs('deepcopy', a, k, DEEPCOPY_SPEC);
          const memo = p[1] instanceof PyDict ? p[1] : new PyDict();
          return deepCopy(p[0]!, memo);
        },
        null,
        'deepcopy',
        'copy',
      ),
    ],
    ['Error', CopyErrorType],
    ['error', CopyErrorType],
  ];
}

