/**
 * `set` and `frozenset` (CPython Objects/setobject.c) on `SetTable`, which
 * reproduces CPython's table layout so iteration order of int sets matches.
 * The operations follow CPython's algorithms (which side is iterated, when a
 * copy is taken) because that decides the resulting order.
 */
import {
  type PyValue,
  PyObject,
  PyType,
  SetType,
  FrozenSetType,
  None,
  NotImplemented,
  TypeErrorType,
  KeyErrorType,
  RuntimeErrorType,
  PyBaseExceptionObject,
  newError,
  normInt,
  typeOf,
  defineMethods,
} from './object.js';
import { SetTable } from './hashtable.js';
import { PyIteratorBase, makeIteratorType } from './iterbase.js';
import { repr, hash, iterToArray, reprEnter, reprLeave, getIter, iterNext } from './abstract.js';
import { PyDict } from './dict.js';
import { requireNoArgs } from './iterbase.js';

/** A set; frozensets are `PyFrozenSet` (a JS subclass, a distinct Python type). */
export class PySet extends PyObject {
  table: SetTable = new SetTable();
  constructor(type: PyType = SetType) {
    super();
    this.ob_type = type;
  }
}
/** A frozenset (hash cached after first use). */
export class PyFrozenSet extends PySet {
  hashCache: number | bigint | null = null;
  constructor(type: PyType = FrozenSetType) {
    super(type);
  }
}

/** Is `v` a set or frozenset (or subclass instance)? */
export function isAnySet(v: PyValue): v is PySet {
  return v instanceof PySet;
}

/** Add every item of an iterable (CPython set_update_internal: sets merge keeping layout, dicts presize). */
export function setUpdateFrom(s: PySet, it: PyValue): void {
  if (it instanceof PySet) {
    s.table.merge(it.table);
    return;
  }
  if (it instanceof PyDict) {
    const n = it.table.size;
    const t = s.table;
    if ((t.fill + n) * 5 >= t.mask * 3) t.resize((t.used + n) * 2);
    for (const e of it.table.entries()) t.add(e.key);
    return;
  }
  const iter = getIter(it);
  for (let x = iterNext(iter); x !== undefined; x = iterNext(iter)) s.table.add(x);
}

/** A new set with the given items added in order. */
export function setFromItems(items: PyValue[], type: PyType = SetType): PySet {
  const s = type === FrozenSetType || type.isSubtype(FrozenSetType) ? new PyFrozenSet(type) : new PySet(type);
  for (const x of items) s.table.add(x);
  return s;
}

function newLike(s: PySet): PySet {
  return s instanceof PyFrozenSet ? new PyFrozenSet() : new PySet();
}

/** Copy (CPython make_new_set of the base type). */
function copyOf(s: PySet, frozen = s instanceof PyFrozenSet): PySet {
  const r = frozen ? new PyFrozenSet() : new PySet();
  r.table.merge(s.table);
  return r;
}

/** For `x in s` and lookups: a set key is looked up as a frozenset (CPython set_contains). */
function lookupKey(x: PyValue): PyValue {
  if (x instanceof PySet && !(x instanceof PyFrozenSet)) return copyOf(x, true);
  return x;
}

function setContains(s: PySet, x: PyValue): boolean {
  try {
    return s.table.has(x);
  } catch (e) {
    if (x instanceof PySet && e instanceof PyBaseExceptionObject && e.ob_type === TypeErrorType) return s.table.has(lookupKey(x));
    throw e;
  }
}

function asSet(v: PyValue): PySet {
  if (v instanceof PySet) return v;
  const s = new PySet();
  setUpdateFrom(s, v);
  return s;
}

/** CPython set_intersection. */
function intersection(so: PySet, other: PyValue): PySet {
  const result = newLike(so);
  if (other instanceof PySet) {
    let a = so;
    let b = other;
    if (b.table.size > a.table.size) [a, b] = [b, a];
    // iterate the smaller (b), test in the larger (a)
    const keys = b.table.keys;
    for (let i = 0; i < keys.length; i++) {
      const k = b.table.activeAt(i);
      if (k !== undefined && a.table.find(k, b.table.hashAt(i)) >= 0) result.table.add(k, b.table.hashAt(i));
    }
    return result;
  }
  const it = getIter(other);
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) if (so.table.has(x)) result.table.add(x);
  return result;
}

/** CPython set_difference. */
function difference(so: PySet, other: PyValue): PySet {
  const otherSize = other instanceof PySet ? other.table.size : other instanceof PyDict ? other.table.size : -1;
  if (otherSize < 0 || so.table.size >> 2 > otherSize) {
    const r = copyOf(so);
    differenceUpdate(r, other);
    return r;
  }
  const result = newLike(so);
  const keys = so.table.keys;
  for (let i = 0; i < keys.length; i++) {
    const k = so.table.activeAt(i);
    if (k === undefined) continue;
    const inOther = other instanceof PySet ? other.table.find(k, so.table.hashAt(i)) >= 0 : (other as PyDict).table.lookup(k) !== undefined;
    if (!inOther) result.table.add(k, so.table.hashAt(i));
  }
  return result;
}

function differenceUpdate(so: PySet, other: PyValue): void {
  if (other === so) {
    so.table.clear();
    return;
  }
  if (other instanceof PySet) {
    for (const k of other.table.toArray()) so.table.discard(k);
    return;
  }
  const it = getIter(other);
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) so.table.discard(x);
}

function symmetricDifferenceUpdate(so: PySet, other: PyValue): void {
  if (other === so) {
    so.table.clear();
    return;
  }
  const o = other instanceof PySet ? other : asSet(other);
  const keys = o.table.keys;
  for (let i = 0; i < keys.length; i++) {
    const k = o.table.activeAt(i);
    if (k === undefined) continue;
    if (!so.table.discard(k)) so.table.add(k, o.table.hashAt(i));
  }
}

function symmetricDifference(so: PySet, other: PyValue): PySet {
  const r = so instanceof PyFrozenSet ? new PyFrozenSet() : new PySet();
  setUpdateFrom(r, other);
  symmetricDifferenceUpdate(r, so);
  return r;
}

function isSubset(a: PySet, b: PySet): boolean {
  if (a.table.size > b.table.size) return false;
  for (const k of a.table.toArray()) if (!b.table.has(k)) return false;
  return true;
}

/** repr: `{1, 2}`, `set()`, `frozenset({1})`, subclasses `MySet({1})`. */
export function setRepr(s: PySet): string {
  const name = s.ob_type.tp_name;
  const items = s.table.toArray();
  const isSet = s.ob_type === SetType;
  if (items.length === 0) return `${name}()`;
  if (!reprEnter(s)) return `${name}(...)`;
  try {
    const body = '{' + items.map(repr).join(', ') + '}';
    return isSet ? body : `${name}(${body})`;
  } finally {
    reprLeave(s);
  }
}

const M64 = (1n << 64n) - 1n;
function shuffleBits(h: bigint): bigint {
  return (((h ^ 89869747n) ^ (h << 16n)) * 3644798167n) & M64;
}

/** CPython frozenset_hash. */
export function frozensetHash(s: PyFrozenSet): number | bigint {
  if (s.hashCache !== null) return s.hashCache;
  let h = 0n;
  for (const k of s.table.toArray()) h ^= shuffleBits(BigInt.asUintN(64, BigInt(hash(k))));
  h ^= ((BigInt(s.table.size) + 1n) * 1927868237n) & M64;
  h ^= (h >> 11n) ^ (h >> 25n);
  h = (h * 69069n + 907133923n) & M64;
  let r = BigInt.asIntN(64, h);
  if (r === -1n) r = 590923713n;
  s.hashCache = normInt(r);
  return s.hashCache;
}

// ---------------------------------------------------------------------------
// iterator
// ---------------------------------------------------------------------------

export const SetIterType = makeIteratorType('set_iterator');

/** Iterates the table slots in order; RuntimeError if the set changes size. */
export class SetIterator extends PyIteratorBase {
  i = 0;
  size: number;
  done = false;
  constructor(public s: PySet) {
    super();
    this.ob_type = SetIterType;
    this.size = s.table.size;
  }
  next(): PyValue | undefined {
    if (this.done) return undefined;
    const t = this.s.table;
    if (t.size !== this.size) {
      this.size = -1;
      this.done = true;
      throw newError(RuntimeErrorType, 'Set changed size during iteration');
    }
    const cap = t.capacity;
    while (this.i < cap) {
      const k = t.activeAt(this.i++);
      if (k !== undefined) return k;
    }
    this.done = true;
    return undefined;
  }
}

// ---------------------------------------------------------------------------
// types
// ---------------------------------------------------------------------------

SetType.tp_new = (type) => new PySet(type);
FrozenSetType.tp_new = (type, args, kwnames) => {
  if (kwnames && kwnames.length) throw newError(TypeErrorType, 'frozenset() takes no keyword arguments');
  if (args.length > 1) throw newError(TypeErrorType, `frozenset expected at most 1 argument, got ${args.length}`);
  if (type === FrozenSetType && args[0] instanceof PyFrozenSet && args[0].ob_type === FrozenSetType) return args[0];
  const s = new PyFrozenSet(type);
  if (args.length) setUpdateFrom(s, args[0]);
  return s;
};

function self(v: PyValue, name: string): PySet {
  if (v instanceof PySet) return v;
  throw newError(TypeErrorType, `descriptor '${name}' requires a 'set' object but received a '${typeOf(v).tp_name}'`);
}

function binop(fn: (a: PySet, b: PySet) => PySet, reflected = false) {
  return (args: PyValue[]): PyValue => {
    const a = self(args[0], 'op');
    const b = args[1];
    if (!(b instanceof PySet)) return NotImplemented;
    return reflected ? fn(b, a) : fn(a, b);
  };
}
function union(a: PySet, b: PyValue): PySet {
  const r = copyOf(a);
  setUpdateFrom(r, b);
  return r;
}

function cmp(op: number) {
  return (args: PyValue[]): PyValue => {
    const a = self(args[0], 'cmp');
    const b = args[1];
    if (!(b instanceof PySet)) return NotImplemented;
    switch (op) {
      case 2:
        return a.table.size === b.table.size && isSubset(a, b);
      case 3:
        return !(a.table.size === b.table.size && isSubset(a, b));
      case 0:
        return a.table.size < b.table.size && isSubset(a, b);
      case 1:
        return isSubset(a, b);
      case 4:
        return a.table.size > b.table.size && isSubset(b, a);
      default:
        return isSubset(b, a);
    }
  };
}

const common: Record<string, (args: PyValue[], kw: readonly string[] | null) => PyValue> = {
  __len__: (args) => self(args[0], '__len__').table.size,
  __contains__: (args) => setContains(self(args[0], '__contains__'), args[1]),
  __iter__: (args) => new SetIterator(self(args[0], '__iter__')),
  __repr__: (args) => setRepr(self(args[0], '__repr__')),
  __or__: binop((a, b) => union(a, b)),
  __ror__: binop((a, b) => union(a, b), true),
  __and__: binop(intersection),
  __rand__: binop(intersection, true),
  __sub__: binop(difference),
  __rsub__: binop(difference, true),
  __xor__: binop(symmetricDifference),
  __rxor__: binop(symmetricDifference, true),
  __eq__: cmp(2),
  __ne__: cmp(3),
  __lt__: cmp(0),
  __le__: cmp(1),
  __gt__: cmp(4),
  __ge__: cmp(5),
  copy(args) {
    const s = self(args[0], 'copy');
    if (s instanceof PyFrozenSet && s.ob_type === FrozenSetType) return s;
    return copyOf(s);
  },
  union(args) {
    let r = copyOf(self(args[0], 'union'));
    for (let i = 1; i < args.length; i++) setUpdateFrom(r, args[i]);
    return r;
  },
  intersection(args) {
    const s = self(args[0], 'intersection');
    if (args.length === 1) return copyOf(s);
    let r: PySet = s;
    for (let i = 1; i < args.length; i++) r = intersection(r, args[i]);
    return r;
  },
  difference(args) {
    const s = self(args[0], 'difference');
    if (args.length === 1) return copyOf(s);
    let r: PySet = s;
    for (let i = 1; i < args.length; i++) r = difference(r, args[i]);
    return r;
  },
  symmetric_difference: (args) => symmetricDifference(self(args[0], 'symmetric_difference'), args[1]),
  issubset(args) {
    const s = self(args[0], 'issubset');
    return isSubset(s, asSet(args[1]));
  },
  issuperset(args) {
    const s = self(args[0], 'issuperset');
    const o = args[1];
    if (o instanceof PySet) return isSubset(o, s);
    for (const x of iterToArray(o)) if (!s.table.has(x)) return false;
    return true;
  },
  isdisjoint(args) {
    const s = self(args[0], 'isdisjoint');
    for (const x of iterToArray(args[1])) if (s.table.has(x)) return false;
    return true;
  },
};

defineMethods(SetType, {
  ...common,
  __init__(args, kw) {
    const s = self(args[0], '__init__');
    if (kw && kw.length) throw newError(TypeErrorType, 'set() takes no keyword arguments');
    if (args.length > 2) throw newError(TypeErrorType, `set expected at most 1 argument, got ${args.length - 1}`);
    s.table.clear();
    if (args.length === 2) setUpdateFrom(s, args[1]);
    return None;
  },
  __ior__(args) {
    const s = self(args[0], '__ior__');
    if (!(args[1] instanceof PySet)) return NotImplemented;
    setUpdateFrom(s, args[1]);
    return s;
  },
  __iand__(args) {
    const s = self(args[0], '__iand__');
    if (!(args[1] instanceof PySet)) return NotImplemented;
    const r = intersection(s, args[1]);
    s.table = r.table;
    return s;
  },
  __isub__(args) {
    const s = self(args[0], '__isub__');
    if (!(args[1] instanceof PySet)) return NotImplemented;
    differenceUpdate(s, args[1]);
    return s;
  },
  __ixor__(args) {
    const s = self(args[0], '__ixor__');
    if (!(args[1] instanceof PySet)) return NotImplemented;
    symmetricDifferenceUpdate(s, args[1]);
    return s;
  },
  add(args) {
    self(args[0], 'add').table.add(args[1]);
    return None;
  },
  discard(args) {
    const s = self(args[0], 'discard');
    try {
      s.table.discard(args[1]);
    } catch (e) {
      if (args[1] instanceof PySet) s.table.discard(lookupKey(args[1]));
      else throw e;
    }
    return None;
  },
  remove(args) {
    const s = self(args[0], 'remove');
    let found: boolean;
    try {
      found = s.table.discard(args[1]);
    } catch (e) {
      if (args[1] instanceof PySet) found = s.table.discard(lookupKey(args[1]));
      else throw e;
    }
    if (!found) throw new PyBaseExceptionObject(KeyErrorType, [args[1]]);
    return None;
  },
  pop(args) {
    const s = self(args[0], 'pop');
    const r = s.table.pop();
    if (r === undefined) throw new PyBaseExceptionObject(KeyErrorType, ['pop from an empty set']);
    return r;
  },
  clear(args) {
    self(args[0], 'clear').table.clear();
    return None;
  },
  update(args) {
    const s = self(args[0], 'update');
    for (let i = 1; i < args.length; i++) setUpdateFrom(s, args[i]);
    return None;
  },
  intersection_update(args) {
    const s = self(args[0], 'intersection_update');
    let r: PySet = s;
    for (let i = 1; i < args.length; i++) r = intersection(r, args[i]);
    if (r !== s) s.table = r.table;
    return None;
  },
  difference_update(args) {
    const s = self(args[0], 'difference_update');
    for (let i = 1; i < args.length; i++) differenceUpdate(s, args[i]);
    return None;
  },
  symmetric_difference_update(args) {
    symmetricDifferenceUpdate(self(args[0], 'symmetric_difference_update'), args[1]);
    return None;
  },
});
SetType.tp_dict.set('__hash__', None);
SetType.modified();

defineMethods(FrozenSetType, {
  ...common,
  __hash__(args) {
    const s = self(args[0], '__hash__');
    return frozensetHash(s as PyFrozenSet);
  },
});

requireNoArgs(SetType, ['copy', 'clear', 'pop']);
