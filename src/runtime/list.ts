/**
 * `list` (CPython Objects/listobject.c): a JS array of items. Sorting uses V8's
 * Array.prototype.sort, which is a port of CPython's timsort: with a comparator
 * answering only "a < b" it is stable and makes the same comparisons as CPython.
 */
import {
  type PyValue,
  PyObject,
  PyType,
  ListType,
  TupleType,
  FloatType,
  PyFloat,
  None,
  NotImplemented,
  TypeErrorType,
  IndexErrorType,
  ValueErrorType,
  newError,
  typeOf,
  defineMethods,
} from './object.js';
import { PyIteratorBase, makeIteratorType } from './iterbase.js';
import { intValue } from './int.js';
import { repr, eq, compare, iterToArray, indexToNumber, reprEnter, reprLeave, isTrue, compareStrings, LT, index as pyIndex } from './abstract.js';
import { call } from './attr.js';
import { PySlice, sliceIndices } from './slice.js';
import { PyTuple, seqCompare, repeatCount, repeatItems, indexWindow, itemsGet } from './tuple.js';
import { parseArgs, checkArgCount } from './args.js';
import { requireNoArgs } from './iterbase.js';

/** A list: `items` is the live backing array. */
export class PyList extends PyObject {
  constructor(public items: PyValue[] = [], type: PyType = ListType) {
    super();
    this.ob_type = type;
  }
}

export const ListIterType = makeIteratorType('list_iterator');
export const ListRevIterType = makeIteratorType('list_reverseiterator');

/** Iterator over a list (sees appends made during iteration, like CPython's). */
export class ListIterator extends PyIteratorBase {
  i = 0;
  /** The list this iterator let go of when exhausted (vm/lifecycle.ts looks at it when the loop ends). */
  dropped: PyList | null = null;
  constructor(public list: PyList | null) {
    super();
    this.ob_type = ListIterType;
  }
  next(): PyValue | undefined {
    const l = this.list;
    if (l === null) return undefined;
    if (this.i < l.items.length) return l.items[this.i++];
    this.list = null;
    this.dropped = l;
    return undefined;
  }
  lengthHint(): number {
    return this.list ? Math.max(0, this.list.items.length - this.i) : 0;
  }
}

/** reversed(list) iterator. */
export class ListRevIterator extends PyIteratorBase {
  i: number;
  constructor(public list: PyList) {
    super();
    this.ob_type = ListRevIterType;
    this.i = list.items.length - 1;
  }
  next(): PyValue | undefined {
    const items = this.list.items;
    if (this.i >= 0 && this.i < items.length) return items[this.i--];
    this.i = -1;
    return undefined;
  }
  lengthHint(): number {
    return this.i + 1;
  }
}

/** `list[k]` (index or slice): `IndexError: list index out of range`. */
export function listGetItem(l: PyList, k: PyValue): PyValue {
  if (typeof k === 'number') {
    const items = l.items;
    const i = k < 0 ? k + items.length : k;
    if (i < 0 || i >= items.length) throw newError(IndexErrorType, 'list index out of range');
    return items[i];
  }
  const r = itemsGet(l.items, k, 'list');
  return Array.isArray(r) ? new PyList(r) : r;
}

/** `list[k] = v` including slice assignment (extended slices must match in size). */
export function listSetItem(l: PyList, k: PyValue, v: PyValue): void {
  const items = l.items;
  if (typeof k === 'number' || (!(k instanceof PySlice) && intValue(k) !== undefined)) {
    const kk = typeof k === 'number' ? k : indexToNumber(k);
    const i = kk < 0 ? kk + items.length : kk;
    if (i < 0 || i >= items.length) throw newError(IndexErrorType, 'list assignment index out of range');
    items[i] = v;
    return;
  }
  if (k instanceof PySlice) {
    const src = v === l ? items.slice() : (v instanceof PyList || v instanceof PyTuple) && (v.ob_type === ListType || v.ob_type === TupleType) ? v.items : iterableForSlice(v);
    const [start, stop, step, count] = sliceIndices(k, items.length);
    if (step === 1) {
      const n = Math.max(start, stop) - start;
      const m = src.length;
      if (n === m) {
        for (let i = 0; i < m; i++) items[start + i] = src[i];
      } else if (m < 10000) {
        items.splice(start, n, ...src);
      } else {
        const tail = items.slice(start + n);
        items.length = start;
        for (let i = 0; i < m; i++) items.push(src[i]);
        for (let i = 0; i < tail.length; i++) items.push(tail[i]);
      }
      return;
    }
    if (src.length !== count) {
      throw newError(ValueErrorType, `attempt to assign sequence of size ${src.length} to extended slice of size ${count}`);
    }
    for (let i = 0, j = start; i < count; i++, j += step) items[j] = src[i];
    return;
  }
  if (typeOf(k).lookup('__index__') !== undefined) return listSetItem(l, indexToNumber(k), v);
  throw newError(TypeErrorType, `list indices must be integers or slices, not ${typeOf(k).tp_name}`);
}

function iterableForSlice(v: PyValue): PyValue[] {
  try {
    return iterToArray(v);
  } catch (e) {
    if (e instanceof PyObject && e.ob_type === TypeErrorType) throw newError(TypeErrorType, 'can only assign an iterable');
    throw e;
  }
}

/** `del list[k]`. */
export function listDelItem(l: PyList, k: PyValue): void {
  const items = l.items;
  if (k instanceof PySlice) {
    const [start, , step, count] = sliceIndices(k, items.length);
    if (count === 0) return;
    if (step === 1) {
      items.splice(start, count);
      return;
    }
    const drop = new Set<number>();
    for (let i = 0, j = start; i < count; i++, j += step) drop.add(j);
    l.items = items.filter((_, i) => !drop.has(i));
    // keep identity of the backing array for live iterators
    items.length = 0;
    for (const x of l.items) items.push(x);
    l.items = items;
    return;
  }
  const iv = intValue(k);
  if (iv === undefined && typeOf(k).lookup('__index__') === undefined) {
    throw newError(TypeErrorType, `list indices must be integers or slices, not ${typeOf(k).tp_name}`);
  }
  const kk = indexToNumber(k);
  const i = kk < 0 ? kk + items.length : kk;
  if (i < 0 || i >= items.length) throw newError(IndexErrorType, 'list assignment index out of range');
  items.splice(i, 1);
}

/** repr of a list, recursion-safe (`[...]`). */
export function listRepr(l: PyList): string {
  if (l.items.length === 0) return '[]';
  if (!reprEnter(l)) return '[...]';
  try {
    return '[' + l.items.map(repr).join(', ') + ']';
  } finally {
    reprLeave(l);
  }
}

// ---------------------------------------------------------------------------
// sort
// ---------------------------------------------------------------------------

/** `a < b` for sorting, with fast paths for ints, strs, floats and exact tuples (CPython's unsafe_*_compare). */
function lt(a: PyValue, b: PyValue): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  if (typeof a === 'string' && typeof b === 'string') return compareStrings(a, b) < 0;
  if (typeof a === 'object' && typeof b === 'object') {
    if (a.ob_type === TupleType && b.ob_type === TupleType) return tupleLt((a as PyTuple).items, (b as PyTuple).items);
    if (a.ob_type === FloatType && b.ob_type === FloatType) return (a as PyFloat).value < (b as PyFloat).value;
  }
  return compare(a, b, LT);
}

function tupleLt(x: PyValue[], y: PyValue[]): boolean {
  const n = x.length < y.length ? x.length : y.length;
  for (let i = 0; i < n; i++) {
    const a = x[i];
    const b = y[i];
    if (a === b) continue;
    if (typeof a === 'number' && typeof b === 'number') return a < b;
    if (typeof a === 'string' && typeof b === 'string') return compareStrings(a, b) < 0;
    if (!eq(a, b)) return lt(a, b);
  }
  return x.length < y.length;
}

const ltComparator = (a: PyValue, b: PyValue): number => (lt(a, b) ? -1 : 1);

const KEYS_MIXED = 0;
const KEYS_INT = 1;
const KEYS_FLOAT = 2;
const KEYS_STR = 3;

/** Are all sort keys ints (JS numbers), exact floats, or strs? */
function keyKind(keys: PyValue[]): number {
  if (keys.length === 0) return KEYS_MIXED;
  const k0 = keys[0];
  const kind = typeof k0 === 'number' ? KEYS_INT : typeof k0 === 'string' ? KEYS_STR : k0 instanceof PyFloat && k0.ob_type === FloatType ? KEYS_FLOAT : KEYS_MIXED;
  if (kind === KEYS_MIXED) return kind;
  for (let i = 1; i < keys.length; i++) {
    const k = keys[i];
    if (kind === KEYS_INT ? typeof k !== 'number' : kind === KEYS_STR ? typeof k !== 'string' : !(k instanceof PyFloat && k.ob_type === FloatType)) return KEYS_MIXED;
  }
  return kind;
}

/**
 * The keys' numeric values, or null when the comparison sort must decide:
 * a NaN (Python's sort then depends on the algorithm's exact comparisons) or
 * a -0.0 (equal to 0.0, so its place among zeros is the stable order's).
 */
function numericKeys(keys: PyValue[], kind: number): Float64Array | null {
  const n = keys.length;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const x = kind === KEYS_INT ? (keys[i] as number) : (keys[i] as PyFloat).value;
    if (x !== x || (x === 0 && 1 / x < 0)) return null;
    out[i] = x;
  }
  return out;
}

/**
 * Where each key goes in a stable ascending sort of `nums`, computed without
 * a JS comparator call per comparison (CPython's unsafe_long_compare /
 * unsafe_float_compare): a native typed-array sort of the values, then each
 * key's first slot by binary search, equal keys taking consecutive slots in
 * their original order.
 */
function stablePositions(nums: Float64Array): Int32Array {
  const n = nums.length;
  const sorted = nums.slice().sort();
  const used = new Int32Array(n);
  const pos = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const v = nums[i];
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid] < v) lo = mid + 1;
      else hi = mid;
    }
    pos[i] = lo + used[lo]++;
  }
  return pos;
}

/** `items` rearranged so that item i lands at `pos[i]`. */
function permuted(items: PyValue[], pos: Int32Array): PyValue[] {
  const out = new Array<PyValue>(items.length);
  for (let i = 0; i < items.length; i++) out[pos[i]] = items[i];
  return out;
}

/** `list.sort(key=None, reverse=False)` on an items array, in place (CPython list_sort_impl semantics). */
export function sortItems(l: PyList, key: PyValue, reverse: boolean): void {
  const items = l.items;
  // CPython empties the list while sorting; mutation is detected afterwards.
  l.items = [];
  let keys: PyValue[];
  let vals: PyValue[] | null = null;
  let done = false;
  try {
    if (key !== None) {
      keys = items.map((x) => call(key, [x], null));
      vals = items;
    } else keys = items;
    if (reverse) {
      keys.reverse();
      if (vals) vals.reverse();
    }
    const kind = keyKind(keys);
    const nums = kind === KEYS_INT || kind === KEYS_FLOAT ? numericKeys(keys, kind) : null;
    if (nums !== null) {
      const pos = stablePositions(nums);
      keys = permuted(keys, pos);
      if (vals !== null) vals = permuted(vals, pos);
    } else if (vals === null && kind === KEYS_STR) (keys as string[]).sort(compareStrings);
    else if (vals === null) keys.sort(ltComparator);
    else if (kind === KEYS_STR) {
      // Sort positions by key: V8's sort is stable, as CPython's is.
      const idx = new Array<number>(keys.length);
      for (let i = 0; i < idx.length; i++) idx[i] = i;
      const ks = keys as string[];
      idx.sort((i, j) => compareStrings(ks[i], ks[j]));
      const vs = vals;
      vals = idx.map((i) => vs[i]);
      keys = idx.map((i) => ks[i]);
    } else {
      // V8's Array.prototype.sort is CPython's timsort (stable, asks only "a < b" through `cmp < 0`).
      const ks = keys;
      const idx = new Array<number>(ks.length);
      for (let i = 0; i < idx.length; i++) idx[i] = i;
      idx.sort((i, j) => (lt(ks[i], ks[j]) ? -1 : 1));
      const vs = vals;
      const sortedVals = idx.map((i) => vs[i]);
      keys = idx.map((i) => ks[i]);
      vals = sortedVals;
    }
    if (reverse) {
      keys.reverse();
      if (vals) vals.reverse();
    }
    done = true;
  } finally {
    const modified = l.items.length !== 0;
    l.items = items;
    // an error from a key or a comparison wins over the modification report (CPython list_sort_impl)
    if (done) {
      // CPython sorts the saved items in place, so they stay sorted even when it reports a modification
      const sorted = vals ?? keys!;
      for (let i = 0; i < sorted.length; i++) items[i] = sorted[i];
      if (modified) throw newError(ValueErrorType, 'list modified during sort');
    }
  }
}

// ---------------------------------------------------------------------------
// type
// ---------------------------------------------------------------------------

ListType.tp_new = (type) => new PyList([], type);

function self(v: PyValue, name: string): PyList {
  if (v instanceof PyList) return v;
  throw newError(TypeErrorType, `descriptor '${name}' requires a 'list' object but received a '${typeOf(v).tp_name}'`);
}

function cmp(op: number) {
  return (args: PyValue[]): PyValue => {
    const a = self(args[0], 'cmp');
    const b = args[1];
    if (!(b instanceof PyList)) return NotImplemented;
    return seqCompare(a.items, b.items, op);
  };
}

/** list.extend core: append every item of an iterable. */
export function listExtend(l: PyList, it: PyValue): void {
  // Only exact lists and tuples are copied directly: a subclass may override __iter__.
  if ((it instanceof PyList || it instanceof PyTuple) && (it.ob_type === ListType || it.ob_type === TupleType)) {
    const src = it.items;
    const items = l.items;
    const n = src.length;
    for (let i = 0; i < n; i++) items.push(src[i]);
    return;
  }
  const arr = iterToArray(it);
  for (const x of arr) l.items.push(x);
}

const SORT_SPEC = ['*', 'key?', 'reverse?'];

defineMethods(ListType, {
  __init__(args, kw) {
    const l = self(args[0], '__init__');
    if (kw && kw.length) throw newError(TypeErrorType, 'list() takes no keyword arguments');
    if (args.length > 2) throw newError(TypeErrorType, `list expected at most 1 argument, got ${args.length - 1}`);
    l.items.length = 0;
    if (args.length === 2) listExtend(l, args[1]);
    return None;
  },
  __len__: (args) => self(args[0], '__len__').items.length,
  __getitem__: (args) => listGetItem(self(args[0], '__getitem__'), args[1]),
  __setitem__(args) {
    listSetItem(self(args[0], '__setitem__'), args[1], args[2]);
    return None;
  },
  __delitem__(args) {
    listDelItem(self(args[0], '__delitem__'), args[1]);
    return None;
  },
  __contains__(args) {
    const items = self(args[0], '__contains__').items;
    const x = args[1];
    for (let i = 0; i < items.length; i++) if (eq(items[i], x)) return true;
    return false;
  },
  __iter__: (args) => new ListIterator(self(args[0], '__iter__')),
  __reversed__: (args) => new ListRevIterator(self(args[0], '__reversed__')),
  __add__(args) {
    const a = self(args[0], '__add__');
    const b = args[1];
    if (!(b instanceof PyList)) return NotImplemented;
    return new PyList(a.items.concat(b.items));
  },
  __iadd__(args) {
    const a = self(args[0], '__iadd__');
    listExtend(a, args[1]);
    return a;
  },
  __mul__(args) {
    const a = self(args[0], '__mul__');
    const k = repeatCount(args[1], a.items.length);
    if (k === undefined) return NotImplemented;
    return new PyList(repeatItems(a.items, k));
  },
  __rmul__(args) {
    const a = self(args[0], '__rmul__');
    const k = repeatCount(args[1], a.items.length);
    if (k === undefined) return NotImplemented;
    return new PyList(repeatItems(a.items, k));
  },
  __imul__(args) {
    const a = self(args[0], '__imul__');
    const k = repeatCount(args[1], a.items.length);
    if (k === undefined) return NotImplemented;
    const r = repeatItems(a.items, k);
    a.items.length = 0;
    for (const x of r) a.items.push(x);
    return a;
  },
  __lt__: cmp(0),
  __le__: cmp(1),
  __eq__: cmp(2),
  __ne__: cmp(3),
  __gt__: cmp(4),
  __ge__: cmp(5),
  __repr__: (args) => listRepr(self(args[0], '__repr__')),
  __sizeof__: (args) => 40 + 8 * self(args[0], '__sizeof__').items.length,
  append(args) {
    checkArgCount('append', args.length - 1, 1, 1);
    self(args[0], 'append').items.push(args[1]);
    return None;
  },
  extend(args) {
    listExtend(self(args[0], 'extend'), args[1]);
    return None;
  },
  insert(args) {
    const l = self(args[0], 'insert');
    if (args.length !== 3) throw newError(TypeErrorType, `insert expected 2 arguments, got ${args.length - 1}`);
    const n = l.items.length;
    let i = indexToNumber(args[1]);
    if (i < 0) i = Math.max(0, i + n);
    else if (i > n) i = n;
    l.items.splice(i, 0, args[2]);
    return None;
  },
  pop(args) {
    const l = self(args[0], 'pop');
    if (args.length > 2) throw newError(TypeErrorType, `pop expected at most 1 argument, got ${args.length - 1}`);
    const items = l.items;
    // the index argument is converted before the emptiness check, as in CPython
    let i = args.length === 1 ? -1 : indexToNumber(args[1]);
    if (items.length === 0) throw newError(IndexErrorType, 'pop from empty list');
    if (args.length === 1) return items.pop()!;
    if (i < 0) i += items.length;
    if (i < 0 || i >= items.length) throw newError(IndexErrorType, 'pop index out of range');
    if (i === items.length - 1) return items.pop()!;
    return items.splice(i, 1)[0];
  },
  remove(args) {
    const items = self(args[0], 'remove').items;
    for (let i = 0; i < items.length; i++) {
      if (eq(items[i], args[1])) {
        items.splice(i, 1);
        return None;
      }
    }
    throw newError(ValueErrorType, 'list.remove(x): x not in list');
  },
  index(args) {
    checkArgCount('index', args.length - 1, 1, 3);
    const items = self(args[0], 'index').items;
    const [a, b] = indexWindow(items.length, args[2], args[3]);
    for (let i = a; i < b && i < items.length; i++) if (eq(items[i], args[1])) return i;
    throw newError(ValueErrorType, `${repr(args[1])} is not in list`);
  },
  count(args) {
    const items = self(args[0], 'count').items;
    let n = 0;
    for (let i = 0; i < items.length; i++) if (eq(items[i], args[1])) n++;
    return n;
  },
  sort(args, kw) {
    const l = self(args[0], 'sort');
    const a = parseArgs('sort', args.slice(1), kw, SORT_SPEC);
    // reverse is an int-valued flag in CPython's argument clinic: floats/None are TypeErrors
    sortItems(l, a[0] ?? None, a[1] === undefined ? false : isTrue(pyIndex(a[1])));
    return None;
  },
  reverse(args) {
    self(args[0], 'reverse').items.reverse();
    return None;
  },
  copy: (args) => new PyList(self(args[0], 'copy').items.slice()),
  clear(args) {
    self(args[0], 'clear').items.length = 0;
    return None;
  },
});
ListType.tp_dict.set('__hash__', None);
ListType.modified();

requireNoArgs(ListType, ['copy', 'clear', 'reverse']);
