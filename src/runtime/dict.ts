/**
 * `dict` (CPython Objects/dictobject.c) on the insertion-ordered `DictTable`
 * (hashtable.ts), plus the view types dict_keys / dict_values / dict_items and
 * their iterators (which detect size changes during iteration).
 */
import {
  type PyValue,
  PyObject,
  PyType,
  PyBaseExceptionObject,
  DictType,
  ListType,
  TupleType,
  ObjectType,
  None,
  NotImplemented,
  TypeErrorType,
  KeyErrorType,
  RuntimeErrorType,
  ValueErrorType,
  newError,
  typeOf,
  defineMethods,
  defineClassMethods,
  defineGetSet,
} from './object.js';
import { DictTable, type DictEntry } from './hashtable.js';
import { PyIteratorBase, makeIteratorType } from './iterbase.js';
import { repr, eq, iterToArray, getItem, callSpecial, reprEnter, reprLeave, getIter, iterNext, contains as pyContains, len as pyLen } from './abstract.js';
import { call } from './attr.js';
import { PyTuple } from './tuple.js';
import { PyList } from './list.js';
import { PySet, setFromItems } from './set.js';
import { PyMappingProxy } from './mappingproxy.js';
import { requireNoArgs } from './iterbase.js';

/** A dict (or dict-subclass instance when `ob_type` is a subclass). */
export class PyDict extends PyObject {
  table: DictTable = new DictTable();
  constructor(type: PyType = DictType) {
    super();
    this.ob_type = type;
  }
  /** Number of items. */
  get size(): number {
    return this.table.size;
  }
  /** Value for `key` or undefined (no `__missing__`, no KeyError). */
  get(key: PyValue): PyValue | undefined {
    return this.table.lookup(key)?.value;
  }
  /** `d[key] = value`. */
  set(key: PyValue, value: PyValue): void {
    this.table.set(key, value);
  }
  /** Alias of `set` (abstract.setItem's exact-dict fast path). */
  setItem(key: PyValue, value: PyValue): void {
    this.table.set(key, value);
  }
  /** Remove `key`; false when absent. */
  delete(key: PyValue): boolean {
    return this.table.delete(key) !== undefined;
  }
  /** Fast str-key lookup (a single Map.get). */
  getStr(name: string): PyValue | undefined {
    return this.table.map.get(name)?.value;
  }
  /** Fast str-key store. */
  setStr(name: string, v: PyValue): void {
    this.table.set(name, v);
  }
  /** Keys in insertion order. */
  keys(): PyValue[] {
    const out: PyValue[] = [];
    for (const e of this.table.entries()) out.push(e.key);
    return out;
  }
  /** Values in insertion order. */
  values(): PyValue[] {
    const out: PyValue[] = [];
    for (const e of this.table.entries()) out.push(e.value);
    return out;
  }
  /** [key, value] pairs in insertion order. */
  entries(): [PyValue, PyValue][] {
    const out: [PyValue, PyValue][] = [];
    for (const e of this.table.entries()) out.push([e.key, e.value]);
    return out;
  }
}

/** Build a dict from [key, value] pairs. */
export function dictFromPairs(pairs: Iterable<[PyValue, PyValue]>): PyDict {
  const d = new PyDict();
  for (const [k, v] of pairs) d.table.set(k, v);
  return d;
}

/** `KeyError(key)`. */
export function keyError(key: PyValue): PyBaseExceptionObject {
  return new PyBaseExceptionObject(KeyErrorType, [key]);
}

/** `d[k]`: subclasses' `__missing__` is consulted, else `KeyError(k)`. */
export function dictGetItem(d: PyDict, k: PyValue): PyValue {
  const e = d.table.lookup(k);
  if (e !== undefined) return e.value;
  if (d.ob_type !== DictType) {
    const r = callSpecial(d, '__missing__', [k]);
    if (r !== undefined) return r;
  }
  throw keyError(k);
}

/** `dict.update` / `dict(...)` core: a mapping (dict, or anything with keys()), or an iterable of pairs; then keywords. */
export function dictUpdate(d: PyDict, src: PyValue | undefined, kwnames: readonly string[] | null = null, kwvalues: PyValue[] = []): void {
  if (src !== undefined) {
    if (src instanceof PyDict && (src.ob_type === DictType || typeOf(src).lookup('__iter__') === DictType.tp_dict.get('__iter__'))) {
      for (const e of src.table.entries()) d.table.set(e.key, e.value);
    } else if (typeOf(src).lookup('keys') !== undefined) {
      const keys = iterToArray(callSpecial(src, 'keys', [])!);
      for (const k of keys) d.table.set(k, getItem(src, k));
    } else {
      const it = getIter(src);
      let i = 0;
      for (let item = iterNext(it); item !== undefined; item = iterNext(it), i++) {
        let pair: PyValue[];
        if ((item instanceof PyTuple || item instanceof PyList) && (item.ob_type === TupleType || item.ob_type === ListType)) pair = item.items;
        else {
          try {
            pair = iterToArray(item);
          } catch (e) {
            if (e instanceof PyBaseExceptionObject && e.ob_type === TypeErrorType) {
              throw newError(TypeErrorType, `cannot convert dictionary update sequence element #${i} to a sequence`);
            }
            throw e;
          }
        }
        if (pair.length !== 2) {
          throw newError(ValueErrorType, `dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
        }
        d.table.set(pair[0], pair[1]);
      }
    }
  }
  if (kwnames) for (let i = 0; i < kwnames.length; i++) d.table.set(kwnames[i], kwvalues[i]);
}

/** repr `{'a': 1}` (recursion-safe `{...}`). */
export function dictRepr(d: PyDict): string {
  if (d.table.size === 0) return '{}';
  if (!reprEnter(d)) return '{...}';
  try {
    const parts: string[] = [];
    for (const e of d.table.entries()) parts.push(repr(e.key) + ': ' + repr(e.value));
    return '{' + parts.join(', ') + '}';
  } finally {
    reprLeave(d);
  }
}

/** dict == dict (same keys, equal values). */
export function dictEqual(a: PyDict, b: PyDict): boolean {
  if (a.table.size !== b.table.size) return false;
  for (const e of a.table.entries()) {
    const o = b.table.lookup(e.key);
    if (o === undefined) return false;
    if (!eq(e.value, o.value)) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------
// iterators and views
// ---------------------------------------------------------------------------

export const DictKeyIterType = makeIteratorType('dict_keyiterator');
export const DictValueIterType = makeIteratorType('dict_valueiterator');
export const DictItemIterType = makeIteratorType('dict_itemiterator');
export const DictRevKeyIterType = makeIteratorType('dict_reversekeyiterator');
export const DictRevValueIterType = makeIteratorType('dict_reversevalueiterator');
export const DictRevItemIterType = makeIteratorType('dict_reverseitemiterator');

const KIND_KEYS = 0;
const KIND_VALUES = 1;
const KIND_ITEMS = 2;

/** Iterator over a dict's keys, values or items; raises RuntimeError if the dict changes size. */
export class DictIterator extends PyIteratorBase {
  it: Iterator<DictEntry> | null;
  size: number;
  remaining: number;
  constructor(public d: PyDict, public kind: number, type: PyType) {
    super();
    this.ob_type = type;
    this.it = d.table.entries();
    this.size = d.table.size;
    this.remaining = this.size;
  }
  next(): PyValue | undefined {
    const it = this.it;
    if (it === null) return undefined;
    if (this.d.table.size !== this.size) {
      this.size = -1;
      throw newError(RuntimeErrorType, 'dictionary changed size during iteration');
    }
    const r = it.next();
    if (r.done) {
      this.it = null;
      return undefined;
    }
    this.remaining--;
    const e = r.value;
    if (this.kind === KIND_KEYS) return e.key;
    if (this.kind === KIND_VALUES) return e.value;
    return new PyTuple([e.key, e.value]);
  }
  lengthHint(): number {
    return this.it ? Math.max(0, this.remaining) : 0;
  }
}

/** Reverse iterator over a dict (snapshot of entries, checked for size changes). */
export class DictRevIterator extends PyIteratorBase {
  entries: DictEntry[];
  i: number;
  size: number;
  constructor(public d: PyDict, public kind: number, type: PyType) {
    super();
    this.ob_type = type;
    this.entries = Array.from(d.table.entries());
    this.i = this.entries.length - 1;
    this.size = d.table.size;
  }
  next(): PyValue | undefined {
    if (this.i < 0) return undefined;
    if (this.d.table.size !== this.size) {
      this.i = -1;
      throw newError(RuntimeErrorType, 'dictionary changed size during iteration');
    }
    const e = this.entries[this.i--];
    if (this.kind === KIND_KEYS) return e.key;
    if (this.kind === KIND_VALUES) return e.value;
    return new PyTuple([e.key, e.value]);
  }
}

export const DictKeysType = new PyType('dict_keys', [ObjectType], 0);
export const DictValuesType = new PyType('dict_values', [ObjectType], 0);
export const DictItemsType = new PyType('dict_items', [ObjectType], 0);

/** A dict view (dict_keys / dict_values / dict_items). */
export class PyDictView extends PyObject {
  constructor(public d: PyDict, public kind: number) {
    super();
    this.ob_type = kind === KIND_KEYS ? DictKeysType : kind === KIND_VALUES ? DictValuesType : DictItemsType;
  }
}

function viewIter(v: PyDictView): DictIterator {
  const t = v.kind === KIND_KEYS ? DictKeyIterType : v.kind === KIND_VALUES ? DictValueIterType : DictItemIterType;
  return new DictIterator(v.d, v.kind, t);
}

function viewSelf(v: PyValue): PyDictView {
  if (v instanceof PyDictView) return v;
  throw newError(TypeErrorType, 'descriptor requires a dict view');
}

function viewContains(v: PyDictView, x: PyValue): boolean {
  if (v.kind === KIND_KEYS) return v.d.table.lookup(x) !== undefined;
  if (v.kind === KIND_ITEMS) {
    if (!(x instanceof PyTuple) || x.items.length !== 2) return false;
    const e = v.d.table.lookup(x.items[0]);
    return e !== undefined && eq(e.value, x.items[1]);
  }
  for (const e of v.d.table.entries()) if (eq(e.value, x)) return true;
  return false;
}

function viewItems(v: PyDictView): PyValue[] {
  const out: PyValue[] = [];
  for (const e of v.d.table.entries()) {
    out.push(v.kind === KIND_KEYS ? e.key : v.kind === KIND_VALUES ? e.value : new PyTuple([e.key, e.value]));
  }
  return out;
}

function isSetLike(v: PyValue): boolean {
  return v instanceof PySet || (v instanceof PyDictView && v.kind !== KIND_VALUES);
}

function viewSetOp(op: 'and' | 'or' | 'sub' | 'xor', reflected: boolean) {
  return (args: PyValue[]): PyValue => {
    let a: PyValue = args[0];
    let b: PyValue = args[1];
    if (reflected) [a, b] = [b, a];
    let other: PyValue;
    try {
      other = b;
      getIter(other);
    } catch {
      return NotImplemented;
    }
    const left = setFromItems(a instanceof PyDictView ? viewItems(a) : iterToArray(a));
    const right = iterToArray(other);
    const res = new PySet();
    switch (op) {
      case 'or':
        for (const x of left.table.toArray()) res.table.add(x);
        for (const x of right) res.table.add(x);
        break;
      case 'and':
        for (const x of right) if (left.table.has(x)) res.table.add(x);
        break;
      case 'sub': {
        const r = setFromItems(right);
        for (const x of left.table.toArray()) if (!r.table.has(x)) res.table.add(x);
        break;
      }
      default: {
        const r = setFromItems(right);
        for (const x of left.table.toArray()) if (!r.table.has(x)) res.table.add(x);
        for (const x of r.table.toArray()) if (!left.table.has(x)) res.table.add(x);
      }
    }
    return res;
  };
}

function viewCompare(op: number) {
  return (args: PyValue[]): PyValue => {
    const a = viewSelf(args[0]);
    const b = args[1];
    if (a.kind === KIND_VALUES || !isSetLike(b)) return NotImplemented;
    const la = a.d.table.size;
    const lb = pyLen(b);
    const aInB = () => viewItems(a).every((x) => pyContains(b, x));
    const bInA = () => iterToArray(b).every((x) => viewContains(a, x));
    switch (op) {
      case 2:
        return la === lb && aInB();
      case 3:
        return !(la === lb && aInB());
      case 0:
        return la < lb && aInB();
      case 1:
        return la <= lb && aInB();
      case 4:
        return la > lb && bInA();
      default:
        return la >= lb && bInA();
    }
  };
}

const VIEW_NAMES = ['dict_keys', 'dict_values', 'dict_items'];
for (const t of [DictKeysType, DictValuesType, DictItemsType]) {
  defineMethods(t, {
    __len__: (args) => viewSelf(args[0]).d.table.size,
    __iter__: (args) => viewIter(viewSelf(args[0])),
    __contains__: (args) => viewContains(viewSelf(args[0]), args[1]),
    __reversed__(args) {
      const v = viewSelf(args[0]);
      const rt = v.kind === KIND_KEYS ? DictRevKeyIterType : v.kind === KIND_VALUES ? DictRevValueIterType : DictRevItemIterType;
      return new DictRevIterator(v.d, v.kind, rt);
    },
    __repr__(args) {
      const v = viewSelf(args[0]);
      if (!reprEnter(v)) return '...';
      try {
        return `${VIEW_NAMES[v.kind]}([${viewItems(v).map(repr).join(', ')}])`;
      } finally {
        reprLeave(v);
      }
    },
  });
  defineGetSet(t, 'mapping', (s) => new PyMappingProxy(viewSelf(s).d));
}
for (const t of [DictKeysType, DictItemsType]) {
  defineMethods(t, {
    __and__: viewSetOp('and', false),
    __rand__: viewSetOp('and', true),
    __or__: viewSetOp('or', false),
    __ror__: viewSetOp('or', true),
    __sub__: viewSetOp('sub', false),
    __rsub__: viewSetOp('sub', true),
    __xor__: viewSetOp('xor', false),
    __rxor__: viewSetOp('xor', true),
    __eq__: viewCompare(2),
    __ne__: viewCompare(3),
    __lt__: viewCompare(0),
    __le__: viewCompare(1),
    __gt__: viewCompare(4),
    __ge__: viewCompare(5),
    isdisjoint(args) {
      const v = viewSelf(args[0]);
      for (const x of iterToArray(args[1])) if (viewContains(v, x)) return false;
      return true;
    },
  });
  t.tp_dict.set('__hash__', None);
}

// ---------------------------------------------------------------------------
// dict type
// ---------------------------------------------------------------------------

DictType.tp_new = (type) => new PyDict(type);

function self(v: PyValue, name: string): PyDict {
  if (v instanceof PyDict) return v;
  throw newError(TypeErrorType, `descriptor '${name}' requires a 'dict' object but received a '${typeOf(v).tp_name}'`);
}

function splitUpdateArgs(name: string, args: PyValue[], kw: readonly string[] | null): [PyValue | undefined, PyValue[]] {
  const nkw = kw ? kw.length : 0;
  const npos = args.length - 1 - nkw;
  if (npos > 1) throw newError(TypeErrorType, `${name} expected at most 1 argument, got ${npos}`);
  return [npos === 1 ? args[1] : undefined, args.slice(args.length - nkw)];
}

defineMethods(DictType, {
  __init__(args, kw) {
    const d = self(args[0], '__init__');
    const [src, kwv] = splitUpdateArgs('dict', args, kw);
    dictUpdate(d, src, kw, kwv);
    return None;
  },
  __len__: (args) => self(args[0], '__len__').table.size,
  __getitem__: (args) => dictGetItem(self(args[0], '__getitem__'), args[1]),
  __setitem__(args) {
    self(args[0], '__setitem__').table.set(args[1], args[2]);
    return None;
  },
  __delitem__(args) {
    if (self(args[0], '__delitem__').table.delete(args[1]) === undefined) throw keyError(args[1]);
    return None;
  },
  __contains__: (args) => self(args[0], '__contains__').table.lookup(args[1]) !== undefined,
  __iter__: (args) => new DictIterator(self(args[0], '__iter__'), KIND_KEYS, DictKeyIterType),
  __reversed__: (args) => new DictRevIterator(self(args[0], '__reversed__'), KIND_KEYS, DictRevKeyIterType),
  __repr__: (args) => dictRepr(self(args[0], '__repr__')),
  __eq__(args) {
    const b = args[1];
    if (!(b instanceof PyDict)) return NotImplemented;
    return dictEqual(self(args[0], '__eq__'), b);
  },
  __ne__(args) {
    const b = args[1];
    if (!(b instanceof PyDict)) return NotImplemented;
    return !dictEqual(self(args[0], '__ne__'), b);
  },
  __or__(args) {
    const a = self(args[0], '__or__');
    const b = args[1];
    if (!(b instanceof PyDict)) return NotImplemented;
    const r = new PyDict();
    r.table = a.table.copy();
    dictUpdate(r, b);
    return r;
  },
  __ror__(args) {
    const a = self(args[0], '__ror__');
    const b = args[1];
    if (!(b instanceof PyDict)) return NotImplemented;
    const r = new PyDict();
    r.table = b.table.copy();
    dictUpdate(r, a);
    return r;
  },
  __ior__(args) {
    const a = self(args[0], '__ior__');
    dictUpdate(a, args[1]);
    return a;
  },
  __sizeof__: (args) => 48 + 24 * self(args[0], '__sizeof__').table.size,
  get(args) {
    const d = self(args[0], 'get');
    if (args.length < 2 || args.length > 3) throw newError(TypeErrorType, `get expected at ${args.length < 2 ? 'least 1 argument' : 'most 2 arguments'}, got ${args.length - 1}`);
    const e = d.table.lookup(args[1]);
    return e !== undefined ? e.value : args.length > 2 ? args[2] : None;
  },
  setdefault(args) {
    const d = self(args[0], 'setdefault');
    const e = d.table.lookup(args[1]);
    if (e !== undefined) return e.value;
    const v = args.length > 2 ? args[2] : None;
    d.table.set(args[1], v);
    return v;
  },
  pop(args) {
    const d = self(args[0], 'pop');
    if (args.length < 2 || args.length > 3) throw newError(TypeErrorType, `pop expected at ${args.length < 2 ? 'least 1 argument' : 'most 2 arguments'}, got ${args.length - 1}`);
    const e = d.table.delete(args[1]);
    if (e !== undefined) return e.value;
    if (args.length > 2) return args[2];
    throw keyError(args[1]);
  },
  popitem(args) {
    const d = self(args[0], 'popitem');
    const e = d.table.last();
    if (e === undefined) throw new PyBaseExceptionObject(KeyErrorType, ['popitem(): dictionary is empty']);
    d.table.deleteEntry(e);
    return new PyTuple([e.key, e.value]);
  },
  keys: (args) => new PyDictView(self(args[0], 'keys'), KIND_KEYS),
  values: (args) => new PyDictView(self(args[0], 'values'), KIND_VALUES),
  items: (args) => new PyDictView(self(args[0], 'items'), KIND_ITEMS),
  update(args, kw) {
    const d = self(args[0], 'update');
    const [src, kwv] = splitUpdateArgs('update', args, kw);
    dictUpdate(d, src, kw, kwv);
    return None;
  },
  copy(args) {
    const d = self(args[0], 'copy');
    const r = new PyDict();
    r.table = d.table.copy();
    return r;
  },
  clear(args) {
    self(args[0], 'clear').table.clear();
    return None;
  },
});
DictType.tp_dict.set('__hash__', None);
defineClassMethods(DictType, {
  fromkeys(args) {
    const cls = args[0];
    if (args.length < 2 || args.length > 3) throw newError(TypeErrorType, `fromkeys expected at ${args.length < 2 ? 'least 1 argument' : 'most 2 arguments'}, got ${args.length - 1}`);
    const v = args.length > 2 ? args[2] : None;
    const keys = iterToArray(args[1]);
    if (cls === DictType) {
      const d = new PyDict();
      for (const k of keys) d.table.set(k, v);
      return d;
    }
    const d = call(cls, [], null);
    for (const k of keys) {
      if (d instanceof PyDict && typeOf(d).lookup('__setitem__') === DictType.tp_dict.get('__setitem__')) d.table.set(k, v);
      else callSpecial(d, '__setitem__', [k, v]);
    }
    return d;
  },
});

requireNoArgs(DictType, ['keys', 'values', 'items', 'copy', 'clear', 'popitem']);
