/**
 * The `_collections` module (CPython Modules/_collectionsmodule.c): the native
 * `deque` (a ring buffer: O(1) append/pop at both ends), its iterators, and
 * `_count_elements` (the hot loop of `Counter.update`). `collections`
 * (src/lib/collections/__init__.py) re-exports them.
 */
import {
  type PyValue,
  PyObject,
  PyType,
  ObjectType,
  None,
  NotImplemented,
  TypeErrorType,
  IndexErrorType,
  ValueErrorType,
  RuntimeErrorType,
  DictType,
  newError,
  typeOf,
  defineMethods,
  defineGetSet,
  defineClassMethods,
  PyBuiltinFunction,
  TPFLAGS_BASETYPE,
} from '../runtime/object.js';
import { PyIteratorBase, makeIteratorType } from '../runtime/iterbase.js';
import { repr, eq, binaryOp, getIter, iterNext, indexToNumber, reprEnter, reprLeave, objectId } from '../runtime/abstract.js';
import { deepCopy } from './copy.js';
import { call, callMethod } from '../runtime/attr.js';
import { parseArgs, oneArg, noArgs, checkPositional } from '../runtime/args.js';
import { intValue } from '../runtime/int.js';
import { PyTuple, seqCompare, repeatCount, indexWindow } from '../runtime/tuple.js';
import { PyDict } from '../runtime/dict.js';
import { classGetItem } from '../runtime/genericalias.js';
import { NB } from '../bytecode/opcodes.js';

/** `collections.deque`. */
export const DequeType = new PyType('deque', [ObjectType], TPFLAGS_BASETYPE, 'collections');

/**
 * A deque: ring buffer `buf` (capacity a power of two, `mask` = capacity-1),
 * `head` = index of the leftmost item, `size` items. `maxlen` < 0 means
 * unbounded. `state` counts mutations so iterators can detect them (CPython's
 * "deque mutated during iteration").
 */
export class PyDeque extends PyObject {
  buf: (PyValue | undefined)[] = new Array(8);
  mask = 7;
  head = 0;
  size = 0;
  maxlen = -1;
  state = 0;
  constructor(type: PyType = DequeType) {
    super();
    this.ob_type = type;
  }

  /** Item `i` (0 <= i < size). */
  at(i: number): PyValue {
    return this.buf[(this.head + i) & this.mask] as PyValue;
  }

  private grow(): void {
    const old = this.buf;
    const n = old.length;
    const nb: (PyValue | undefined)[] = new Array(n * 2);
    for (let i = 0; i < this.size; i++) nb[i] = old[(this.head + i) & this.mask];
    this.buf = nb;
    this.mask = n * 2 - 1;
    this.head = 0;
  }

  pushRight(x: PyValue): void {
    if (this.maxlen === 0) return;
    if (this.size === this.buf.length) this.grow();
    this.buf[(this.head + this.size) & this.mask] = x;
    this.size++;
    this.state++;
    if (this.maxlen >= 0 && this.size > this.maxlen) this.popLeft();
  }

  pushLeft(x: PyValue): void {
    if (this.maxlen === 0) return;
    if (this.size === this.buf.length) this.grow();
    this.head = (this.head - 1) & this.mask;
    this.buf[this.head] = x;
    this.size++;
    this.state++;
    if (this.maxlen >= 0 && this.size > this.maxlen) this.popRight();
  }

  popRight(): PyValue {
    if (this.size === 0) throw newError(IndexErrorType, 'pop from an empty deque');
    const j = (this.head + this.size - 1) & this.mask;
    const v = this.buf[j] as PyValue;
    this.buf[j] = undefined;
    this.size--;
    this.state++;
    return v;
  }

  popLeft(): PyValue {
    if (this.size === 0) throw newError(IndexErrorType, 'pop from an empty deque');
    const v = this.buf[this.head] as PyValue;
    this.buf[this.head] = undefined;
    this.head = (this.head + 1) & this.mask;
    this.size--;
    this.state++;
    return v;
  }

  toArray(): PyValue[] {
    const out = new Array<PyValue>(this.size);
    for (let i = 0; i < this.size; i++) out[i] = this.buf[(this.head + i) & this.mask] as PyValue;
    return out;
  }

  /** Replace the contents with `items` (no maxlen trimming: callers trim). */
  setItems(items: PyValue[]): void {
    let cap = 8;
    while (cap < items.length) cap *= 2;
    const nb: (PyValue | undefined)[] = new Array(cap);
    for (let i = 0; i < items.length; i++) nb[i] = items[i];
    this.buf = nb;
    this.mask = cap - 1;
    this.head = 0;
    this.size = items.length;
    this.state++;
  }

  clear(): void {
    this.buf = new Array(8);
    this.mask = 7;
    this.head = 0;
    this.size = 0;
    this.state++;
  }

  /** Append every item of an iterable on the right (`extend`). */
  extend(it: PyValue): void {
    if (it === this) it = new PyTuple(this.toArray());
    const iter = getIter(it);
    for (let v = iterNext(iter); v !== undefined; v = iterNext(iter)) this.pushRight(v);
  }

  extendLeft(it: PyValue): void {
    if (it === this) it = new PyTuple(this.toArray());
    const iter = getIter(it);
    for (let v = iterNext(iter); v !== undefined; v = iterNext(iter)) this.pushLeft(v);
  }

  /** Rotate right by n steps (left when negative). */
  rotate(n: number): void {
    const len = this.size;
    if (len <= 1) return;
    n %= len;
    if (n < 0) n += len;
    if (n === 0) return;
    const st = this.state;
    if (n <= len / 2) for (let i = 0; i < n; i++) this.pushLeftRaw(this.popRightRaw());
    else for (let i = 0; i < len - n; i++) this.pushRightRaw(this.popLeftRaw());
    this.state = st + 1;
  }

  // rotate's helpers: no maxlen trimming (the size never changes overall)
  private popRightRaw(): PyValue {
    const j = (this.head + this.size - 1) & this.mask;
    const v = this.buf[j] as PyValue;
    this.buf[j] = undefined;
    this.size--;
    return v;
  }
  private popLeftRaw(): PyValue {
    const v = this.buf[this.head] as PyValue;
    this.buf[this.head] = undefined;
    this.head = (this.head + 1) & this.mask;
    this.size--;
    return v;
  }
  private pushLeftRaw(x: PyValue): void {
    this.head = (this.head - 1) & this.mask;
    this.buf[this.head] = x;
    this.size++;
  }
  private pushRightRaw(x: PyValue): void {
    this.buf[(this.head + this.size) & this.mask] = x;
    this.size++;
  }

  /** Drop items from the left until within maxlen. */
  trimLeft(): void {
    while (this.maxlen >= 0 && this.size > this.maxlen) this.popLeft();
  }
}

function mutated(): never {
  throw newError(RuntimeErrorType, 'deque mutated during iteration');
}

function self(v: PyValue, name: string): PyDeque {
  if (v instanceof PyDeque) return v;
  throw newError(TypeErrorType, `descriptor '${name}' requires a 'collections.deque' object but received a '${typeOf(v).tp_name}'`);
}

/** Index of the first item equal to x in [start, stop), or -1; raises if the deque changes meanwhile. */
function findIndex(d: PyDeque, x: PyValue, start: number, stop: number): number {
  const st = d.state;
  for (let i = start; i < stop && i < d.size; i++) {
    const hit = eq(d.at(i), x);
    if (d.state !== st) mutated();
    if (hit) return i;
  }
  return -1;
}

/** Normalise a sequence index for item access: `deque index out of range`. */
function itemIndex(d: PyDeque, k: PyValue): number {
  let i: number;
  if (typeof k === 'number') i = k;
  else {
    if (intValue(k) === undefined && typeOf(k).lookup('__index__') === undefined) {
      throw newError(TypeErrorType, `sequence index must be integer, not '${typeOf(k).tp_name}'`);
    }
    i = indexToNumber(k);
  }
  if (i < 0) i += d.size;
  if (i < 0 || i >= d.size) throw newError(IndexErrorType, 'deque index out of range');
  return i;
}

/** A new deque like `d` (CPython deque_copy: a subclass is called as `type(d)(d[, maxlen])`). */
function dequeCopy(d: PyDeque): PyValue {
  if (d.ob_type === DequeType) {
    const n = new PyDeque();
    n.maxlen = d.maxlen;
    n.setItems(d.toArray());
    return n;
  }
  return d.maxlen < 0 ? call(d.ob_type, [d]) : call(d.ob_type, [d, d.maxlen]);
}

function dequeRepr(d: PyDeque): string {
  if (!reprEnter(d)) return '[...]';
  try {
    const inner = '[' + d.toArray().map(repr).join(', ') + ']';
    const name = d.ob_type.tp_name;
    return d.maxlen < 0 ? `${name}(${inner})` : `${name}(${inner}, maxlen=${d.maxlen})`;
  } finally {
    reprLeave(d);
  }
}

function repeatInPlace(d: PyDeque, n: PyValue): PyDeque {
  const k = repeatCount(n, d.size);
  if (k === undefined) throw newError(TypeErrorType, `can't multiply sequence by non-int of type '${typeOf(n).tp_name}'`);
  const items = d.toArray();
  if (k === 0 || items.length === 0) {
    d.clear();
    return d;
  }
  // only the last maxlen items survive, so don't build more than needed
  const total = items.length * k;
  const want = d.maxlen >= 0 ? Math.min(d.maxlen, total) : total;
  const out = new Array<PyValue>(want);
  for (let j = 0, i = total - want; j < want; j++, i++) out[j] = items[i % items.length];
  d.setItems(out);
  return d;
}

const INIT_SPEC = ['iterable?', 'maxlen?'];

DequeType.tp_new = (type) => new PyDeque(type);
DequeType.tp_dict.set('__hash__', None);
DequeType.tp_dict.set('__doc__', 'A list-like sequence optimized for data accesses near its endpoints.');

defineMethods(DequeType, {
  __init__(args, kw) {
    const d = self(args[0], '__init__');
    const p = parseArgs('deque', args.slice(1), kw, INIT_SPEC);
    let maxlen = -1;
    if (p[1] !== undefined && p[1] !== None) {
      const m = intValue(p[1]);
      if (m === undefined) throw newError(TypeErrorType, 'an integer is required');
      if (m < 0) throw newError(ValueErrorType, 'maxlen must be non-negative');
      maxlen = Number(m);
    }
    d.maxlen = maxlen;
    if (d.size > 0) d.clear();
    if (p[0] !== undefined) d.extend(p[0]);
    return None;
  },
  append(args, kw) {
    const d = self(args[0], 'append');
    d.pushRight(oneArg('deque.append', args.slice(1), kw));
    return None;
  },
  appendleft(args, kw) {
    const d = self(args[0], 'appendleft');
    d.pushLeft(oneArg('deque.appendleft', args.slice(1), kw));
    return None;
  },
  pop(args, kw) {
    noArgs('deque.pop', args.slice(1), kw);
    return self(args[0], 'pop').popRight();
  },
  popleft(args, kw) {
    noArgs('deque.popleft', args.slice(1), kw);
    return self(args[0], 'popleft').popLeft();
  },
  extend(args, kw) {
    self(args[0], 'extend').extend(oneArg('deque.extend', args.slice(1), kw));
    return None;
  },
  extendleft(args, kw) {
    self(args[0], 'extendleft').extendLeft(oneArg('deque.extendleft', args.slice(1), kw));
    return None;
  },
  clear(args, kw) {
    noArgs('deque.clear', args.slice(1), kw);
    self(args[0], 'clear').clear();
    return None;
  },
  copy(args, kw) {
    noArgs('deque.copy', args.slice(1), kw);
    return dequeCopy(self(args[0], 'copy'));
  },
  __copy__(args, kw) {
    noArgs('deque.__copy__', args.slice(1), kw);
    return dequeCopy(self(args[0], '__copy__'));
  },
  count(args, kw) {
    const d = self(args[0], 'count');
    const x = oneArg('deque.count', args.slice(1), kw);
    const st = d.state;
    let n = 0;
    for (let i = 0; i < d.size; i++) {
      if (eq(d.at(i), x)) n++;
      if (d.state !== st) mutated();
    }
    return n;
  },
  index(args, kw) {
    const d = self(args[0], 'index');
    checkPositional('index', args.slice(1), kw, 1, 3);
    const x = args[1];
    const [a, b] = indexWindow(d.size, args[2], args[3]);
    const i = findIndex(d, x, a, b);
    if (i < 0) throw newError(ValueErrorType, `${repr(x)} is not in deque`);
    return i;
  },
  insert(args, kw) {
    const d = self(args[0], 'insert');
    checkPositional('insert', args.slice(1), kw, 2, 2);
    let i = indexToNumber(args[1]);
    if (d.maxlen >= 0 && d.size >= d.maxlen) throw newError(IndexErrorType, 'deque already at its maximum size');
    const n = d.size;
    if (i < 0) i = Math.max(0, i + n);
    if (i >= n) d.pushRight(args[2]);
    else if (i === 0) d.pushLeft(args[2]);
    else {
      const items = d.toArray();
      items.splice(i, 0, args[2]);
      d.setItems(items);
    }
    return None;
  },
  remove(args, kw) {
    const d = self(args[0], 'remove');
    const x = oneArg('deque.remove', args.slice(1), kw);
    const i = findIndex(d, x, 0, d.size);
    if (i < 0) throw newError(ValueErrorType, `${repr(x)} is not in deque`);
    const items = d.toArray();
    items.splice(i, 1);
    d.setItems(items);
    return None;
  },
  reverse(args, kw) {
    noArgs('deque.reverse', args.slice(1), kw);
    const d = self(args[0], 'reverse');
    d.setItems(d.toArray().reverse());
    return None;
  },
  rotate(args, kw) {
    const d = self(args[0], 'rotate');
    checkPositional('deque.rotate', args.slice(1), kw, 0, 1);
    const n = args.length > 1 ? indexToNumber(args[1]) : 1;
    d.rotate(n);
    return None;
  },
  __len__: (args) => self(args[0], '__len__').size,
  __iter__: (args) => new DequeIterator(self(args[0], '__iter__'), false),
  __reversed__: (args) => new DequeIterator(self(args[0], '__reversed__'), true),
  __contains__(args) {
    const d = self(args[0], '__contains__');
    return findIndex(d, args[1], 0, d.size) >= 0;
  },
  __getitem__(args) {
    const d = self(args[0], '__getitem__');
    return d.at(itemIndex(d, args[1]));
  },
  __setitem__(args) {
    const d = self(args[0], '__setitem__');
    d.buf[(d.head + itemIndex(d, args[1])) & d.mask] = args[2];
    return None;
  },
  __delitem__(args) {
    const d = self(args[0], '__delitem__');
    const i = itemIndex(d, args[1]);
    const items = d.toArray();
    items.splice(i, 1);
    d.setItems(items);
    return None;
  },
  __eq__: (args) => cmp(args, 2),
  __ne__: (args) => cmp(args, 3),
  __lt__: (args) => cmp(args, 0),
  __le__: (args) => cmp(args, 1),
  __gt__: (args) => cmp(args, 4),
  __ge__: (args) => cmp(args, 5),
  __add__(args) {
    const d = self(args[0], '__add__');
    const o = args[1];
    if (!(o instanceof PyDeque)) {
      throw newError(TypeErrorType, `can only concatenate deque (not "${typeOf(o).tp_name}") to deque`);
    }
    const n = dequeCopy(d);
    if (n instanceof PyDeque) n.extend(o);
    else callMethod(n, 'extend', [o]);
    return n;
  },
  __iadd__(args) {
    self(args[0], '__iadd__').extend(args[1]);
    return args[0];
  },
  __mul__(args) {
    const n = dequeCopy(self(args[0], '__mul__'));
    return n instanceof PyDeque ? repeatInPlace(n, args[1]) : NotImplemented;
  },
  __rmul__(args) {
    const n = dequeCopy(self(args[0], '__rmul__'));
    return n instanceof PyDeque ? repeatInPlace(n, args[1]) : NotImplemented;
  },
  __imul__: (args) => repeatInPlace(self(args[0], '__imul__'), args[1]),
  __repr__: (args) => dequeRepr(self(args[0], '__repr__')),
  __reduce__(args) {
    const d = self(args[0], '__reduce__');
    const state = d.dict !== null && d.dict.size > 0 ? d.dict : None;
    const ctorArgs = d.maxlen < 0 ? new PyTuple([]) : new PyTuple([new PyTuple([]), d.maxlen]);
    return new PyTuple([d.ob_type, ctorArgs, state, new DequeIterator(d, false)]);
  },
  // CPython deep-copies through __reduce__; copy.ts does not follow the reduce
  // protocol for native types, so the deque provides the deep copy itself.
  __deepcopy__(args) {
    const d = self(args[0], '__deepcopy__');
    const memo = args[1];
    const y = d.ob_type === DequeType ? new PyDeque() : call(d.ob_type, d.maxlen < 0 ? [] : [new PyTuple([]), d.maxlen]);
    if (y instanceof PyDeque) y.maxlen = d.maxlen;
    if (memo instanceof PyDict) memo.table.set(objectId(d), y);
    const items = d.toArray().map((x) => (memo instanceof PyDict ? deepCopy(x, memo) : x));
    if (y instanceof PyDeque) {
      y.setItems(items);
      y.trimLeft();
    } else callMethod(y, 'extend', [new PyTuple(items)]);
    if (d.dict !== null && d.dict.size > 0 && y instanceof PyObject) {
      y.dict = memo instanceof PyDict ? (deepCopy(d.dict, memo) as PyDict) : d.dict;
    }
    return y;
  },
  __sizeof__: (args) => 64 + 8 * self(args[0], '__sizeof__').buf.length,
});
defineClassMethods(DequeType, { __class_getitem__: (args) => classGetItem(args[0], args[1]) });
defineGetSet(DequeType, 'maxlen', (d) => {
  const m = self(d, 'maxlen').maxlen;
  return m < 0 ? None : m;
});

function cmp(args: PyValue[], op: number): PyValue {
  const a = self(args[0], '__eq__');
  const b = args[1];
  if (!(b instanceof PyDeque)) return NotImplemented;
  return seqCompare(a.toArray(), b.toArray(), op);
}

const DequeIterType = makeIteratorType('_deque_iterator');
DequeIterType.tp_module = '_collections';
const DequeRevIterType = makeIteratorType('_deque_reverse_iterator');
DequeRevIterType.tp_module = '_collections';

/** Iterator over a deque (forward or reversed); raises if the deque is mutated meanwhile. */
class DequeIterator extends PyIteratorBase {
  i = 0;
  readonly st: number;
  constructor(public d: PyDeque, public readonly rev: boolean) {
    super();
    this.ob_type = rev ? DequeRevIterType : DequeIterType;
    this.st = d.state;
  }
  next(): PyValue | undefined {
    const d = this.d;
    if (d.state !== this.st) mutated();
    if (this.i >= d.size) return undefined;
    const k = this.i++;
    return d.at(this.rev ? d.size - 1 - k : k);
  }
  lengthHint(): number {
    return Math.max(0, this.d.size - this.i);
  }
}

/**
 * `_count_elements(mapping, iterable)`: `mapping[x] = mapping.get(x, 0) + 1`
 * for each x (CPython's helper for Counter.update); direct table access when
 * the mapping's `get`/`__setitem__` are dict's own.
 */
function countElements(args: PyValue[], kw: readonly string[] | null): PyValue {
  checkPositional('_count_elements', args, kw, 2, 2);
  const m = args[0];
  const it = getIter(args[1]);
  const t = typeOf(m);
  const fast =
    m instanceof PyDict &&
    t.lookup('get') === DictType.tp_dict.get('get') &&
    t.lookup('__setitem__') === DictType.tp_dict.get('__setitem__');
  for (let v = iterNext(it); v !== undefined; v = iterNext(it)) {
    if (fast) {
      const d = m as PyDict;
      const old = d.get(v);
      d.set(v, old === undefined ? 1 : typeof old === 'number' && old < Number.MAX_SAFE_INTEGER ? old + 1 : addOne(old));
    } else {
      const old = callMethod(m, 'get', [v, 0]);
      callMethod(m, '__setitem__', [v, addOne(old)]);
    }
  }
  return None;
}

function addOne(v: PyValue): PyValue {
  if (typeof v === 'number' && v < Number.MAX_SAFE_INTEGER) return v + 1;
  return binaryOp(v, 1, NB.ADD);
}

/** Attributes of the `_collections` module. */
export function collectionsModuleEntries(): [string, PyValue][] {
  return [
    ['deque', DequeType],
    ['_deque_iterator', DequeIterType],
    ['_deque_reverse_iterator', DequeRevIterType],
    ['_count_elements', new PyBuiltinFunction('_count_elements', countElements, null, '_count_elements', '_collections')],
  ];
}
