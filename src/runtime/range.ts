/**
 * `range` (CPython Objects/rangeobject.c): len/index/slicing/`in` in O(1),
 * reversed iteration, equality as sequences, CPython's hash. Bounds are ints
 * (number or bigint); iteration over safe ranges uses plain numbers.
 */
import {
  type PyValue,
  PyObject,
  RangeType,
  None,
  NotImplemented,
  TypeErrorType,
  ValueErrorType,
  IndexErrorType,
  OverflowErrorType,
  newError,
  normInt,
  toBig,
  typeOf,
  defineMethods,
  defineGetSet,
} from './object.js';
import { PyIteratorBase, makeIteratorType } from './iterbase.js';
import { intValue } from './int.js';
import { index as pyIndex, eq, repr } from './abstract.js';
import { PySlice, sliceIndices } from './slice.js';
import { PyTuple, tupleHash } from './tuple.js';
import { noKwargs, checkPositional } from './args.js';

type Int = number | bigint;

/** A range object. `length` is computed once. */
export class PyRange extends PyObject {
  readonly length: Int;
  constructor(public readonly start: Int, public readonly stop: Int, public readonly step: Int) {
    super();
    this.ob_type = RangeType;
    this.length = rangeLength(start, stop, step);
  }
}

/** Number of elements of range(start, stop, step). */
export function rangeLength(start: Int, stop: Int, step: Int): Int {
  if (typeof start === 'number' && typeof stop === 'number' && typeof step === 'number') {
    if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
    return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  }
  const a = toBig(start);
  const b = toBig(stop);
  const s = toBig(step);
  if (s > 0n) return a < b ? normInt((b - a - 1n) / s + 1n) : 0;
  return a > b ? normInt((a - b - 1n) / -s + 1n) : 0;
}

function itemAt(r: PyRange, i: Int): Int {
  if (typeof r.start === 'number' && typeof r.step === 'number' && typeof i === 'number') {
    const v = r.start + i * r.step;
    if (Number.isSafeInteger(v)) return v;
  }
  return normInt(toBig(r.start) + toBig(i) * toBig(r.step));
}

export const RangeIterType = makeIteratorType('range_iterator');
export const LongRangeIterType = makeIteratorType('longrange_iterator');

/** Iterator over a range of safe ints. */
export class RangeIterator extends PyIteratorBase {
  constructor(public cur: number, public step: number, public remaining: number) {
    super();
    this.ob_type = RangeIterType;
  }
  next(): PyValue | undefined {
    if (this.remaining <= 0) return undefined;
    this.remaining--;
    const v = this.cur;
    this.cur += this.step;
    return v;
  }
  lengthHint(): number {
    return this.remaining;
  }
}

/** Iterator over a range with big bounds. */
export class LongRangeIterator extends PyIteratorBase {
  constructor(public cur: bigint, public step: bigint, public remaining: bigint) {
    super();
    this.ob_type = LongRangeIterType;
  }
  next(): PyValue | undefined {
    if (this.remaining <= 0n) return undefined;
    this.remaining--;
    const v = this.cur;
    this.cur += this.step;
    return normInt(v);
  }
}

/** iter(range). */
export function rangeIter(r: PyRange): PyIteratorBase {
  const end = itemAt(r, r.length);
  if (typeof r.start === 'number' && typeof r.step === 'number' && typeof r.length === 'number' && typeof end === 'number') {
    return new RangeIterator(r.start, r.step, r.length);
  }
  return new LongRangeIterator(toBig(r.start), toBig(r.step), toBig(r.length));
}

function rangeArg(v: PyValue): Int {
  const iv = intValue(v);
  if (iv !== undefined) return iv;
  return pyIndex(v);
}

RangeType.tp_new = (_type, args, kwnames) => {
  noKwargs('range', kwnames);
  checkPositional('range', args, null, 1, 3);
  if (args.length === 1) return new PyRange(0, rangeArg(args[0]), 1);
  const start = rangeArg(args[0]);
  const stop = rangeArg(args[1]);
  const step = args.length > 2 ? rangeArg(args[2]) : 1;
  if (step === 0 || step === 0n) throw newError(ValueErrorType, 'range() arg 3 must not be zero');
  return new PyRange(start, stop, step);
};

function self(v: PyValue): PyRange {
  if (v instanceof PyRange) return v;
  throw newError(TypeErrorType, `descriptor requires a 'range' object but received a '${typeOf(v).tp_name}'`);
}

/** Is the int `x` an element of r? */
function containsInt(r: PyRange, x: Int): boolean {
  const a = toBig(r.start);
  const b = toBig(r.stop);
  const s = toBig(r.step);
  const v = toBig(x);
  if (s > 0n ? v < a || v >= b : v > a || v <= b) return false;
  return (v - a) % s === 0n;
}

function rangeContains(r: PyRange, x: PyValue): boolean {
  if (typeof x === 'number' && typeof r.start === 'number' && typeof r.stop === 'number' && typeof r.step === 'number') {
    if (r.step > 0 ? x < r.start || x >= r.stop : x > r.start || x <= r.stop) return false;
    return (x - r.start) % r.step === 0;
  }
  const iv = typeof x === 'boolean' || typeof x === 'bigint' || typeof x === 'number' ? intValue(x) : x instanceof PyObject && x.ob_type.tp_name === 'int' ? intValue(x) : undefined;
  if (iv !== undefined) return containsInt(r, iv);
  const it = rangeIter(r);
  for (let v = it.next(); v !== undefined; v = it.next()) if (eq(v, x)) return true;
  return false;
}

function rangeEqual(a: PyRange, b: PyRange): boolean {
  if (a === b) return true;
  if (a.length !== b.length && toBig(a.length) !== toBig(b.length)) return false;
  if (a.length === 0 || a.length === 0n) return true;
  if (toBig(a.start) !== toBig(b.start)) return false;
  if (a.length === 1 || a.length === 1n) return true;
  return toBig(a.step) === toBig(b.step);
}

defineMethods(RangeType, {
  __len__(args) {
    const r = self(args[0]);
    if (typeof r.length === 'bigint' && r.length >= 1n << 63n) throw newError(OverflowErrorType, 'Python int too large to convert to C ssize_t');
    return r.length;
  },
  __bool__: (args) => self(args[0]).length !== 0,
  __iter__: (args) => rangeIter(self(args[0])),
  __reversed__(args) {
    const r = self(args[0]);
    const last = itemAt(r, typeof r.length === 'number' ? r.length - 1 : toBig(r.length) - 1n);
    const step = typeof r.step === 'number' ? -r.step : -r.step;
    const rr = new PyRange(last, last, step);
    const n = r.length;
    if (typeof last === 'number' && typeof step === 'number' && typeof n === 'number') return new RangeIterator(last, step, n);
    void rr;
    return new LongRangeIterator(toBig(last), toBig(step), toBig(n));
  },
  __contains__: (args) => rangeContains(self(args[0]), args[1]),
  __getitem__(args) {
    const r = self(args[0]);
    const k = args[1];
    if (k instanceof PySlice) {
      if (typeof r.length !== 'number') throw newError(OverflowErrorType, 'Python int too large to convert to C ssize_t');
      const [start, stop, step] = sliceIndices(k, r.length);
      return new PyRange(itemAt(r, start), itemAt(r, stop), normInt(toBig(r.step) * toBig(step)));
    }
    const iv = intValue(k);
    if (iv === undefined && typeOf(k).lookup('__index__') === undefined) {
      throw newError(TypeErrorType, `range indices must be integers or slices, not ${typeOf(k).tp_name}`);
    }
    let i = toBig(iv ?? pyIndex(k));
    const n = toBig(r.length);
    if (i < 0n) i += n;
    if (i < 0n || i >= n) throw newError(IndexErrorType, 'range object index out of range');
    return itemAt(r, normInt(i));
  },
  __eq__(args) {
    const b = args[1];
    if (!(b instanceof PyRange)) return NotImplemented;
    return rangeEqual(self(args[0]), b);
  },
  __ne__(args) {
    const b = args[1];
    if (!(b instanceof PyRange)) return NotImplemented;
    return !rangeEqual(self(args[0]), b);
  },
  __hash__(args) {
    const r = self(args[0]);
    if (r.length === 0) return tupleHash([0, None, None]);
    if (r.length === 1) return tupleHash([1, r.start, None]);
    return tupleHash([r.length, r.start, r.step]);
  },
  __repr__(args) {
    const r = self(args[0]);
    const st = r.step === 1 ? '' : `, ${repr(r.step)}`;
    return `range(${repr(r.start)}, ${repr(r.stop)}${st})`;
  },
  __reduce__: (args) => {
    const r = self(args[0]);
    return new PyTuple([RangeType, new PyTuple([r.start, r.stop, r.step])]);
  },
  count(args) {
    const r = self(args[0]);
    const x = args[1];
    const iv = intValue(x);
    if (iv !== undefined && typeof x !== 'object') return containsInt(r, iv) ? 1 : 0;
    let n = 0;
    const it = rangeIter(r);
    for (let v = it.next(); v !== undefined; v = it.next()) if (eq(v, x)) n++;
    return n;
  },
  index(args) {
    const r = self(args[0]);
    const x = args[1];
    const iv = intValue(x);
    if (iv !== undefined && containsInt(r, iv)) return normInt((toBig(iv) - toBig(r.start)) / toBig(r.step));
    if (iv === undefined) {
      let i = 0;
      const it = rangeIter(r);
      for (let v = it.next(); v !== undefined; v = it.next(), i++) if (eq(v, x)) return i;
    }
    throw newError(ValueErrorType, `${repr(x)} is not in range`);
  },
});
defineGetSet(RangeType, 'start', (s) => self(s).start);
defineGetSet(RangeType, 'stop', (s) => self(s).stop);
defineGetSet(RangeType, 'step', (s) => self(s).step);
