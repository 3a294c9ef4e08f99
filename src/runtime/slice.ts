/**
 * `slice` objects (CPython Objects/sliceobject.c) and the index arithmetic
 * every sequence uses (`PySlice_Unpack` + `PySlice_AdjustIndices`).
 */
import {
  type PyValue,
  PyObject,
  SliceType,
  None,
  NotImplemented,
  TypeErrorType,
  ValueErrorType,
  newError,
  defineMethods,
  defineGetSet,
} from './object.js';
import { intValue } from './int.js';
import { repr, index as pyIndex, richCompare } from './abstract.js';
import { PyTuple } from './tuple.js';
import { checkPositional, noKwargs } from './args.js';

/** A slice object `slice(start, stop, step)`; fields are arbitrary Python values (None when omitted). */
export class PySlice extends PyObject {
  constructor(public readonly start: PyValue, public readonly stop: PyValue, public readonly step: PyValue) {
    super();
    this.ob_type = SliceType;
  }
}

const MAXN = Number.MAX_SAFE_INTEGER;

function sliceIndex(v: PyValue): number {
  let iv = intValue(v);
  if (iv === undefined) {
    try {
      iv = pyIndex(v);
    } catch {
      throw newError(TypeErrorType, 'slice indices must be integers or None or have an __index__ method');
    }
  }
  if (typeof iv === 'bigint') return iv > 0n ? MAXN : -MAXN;
  return iv;
}

/**
 * Resolve a slice against a sequence length: [start, stop, step, count]
 * (CPython PySlice_GetIndicesEx). `ValueError: slice step cannot be zero`.
 */
export function sliceIndices(sl: PySlice, length: number): [number, number, number, number] {
  let step = 1;
  if (sl.step !== None) {
    step = sliceIndex(sl.step);
    if (step === 0) throw newError(ValueErrorType, 'slice step cannot be zero');
  }
  let start: number;
  let stop: number;
  if (sl.start === None) start = step < 0 ? length - 1 : 0;
  else {
    start = sliceIndex(sl.start);
    if (start < 0) {
      start += length;
      if (start < 0) start = step < 0 ? -1 : 0;
    } else if (start >= length) start = step < 0 ? length - 1 : length;
  }
  if (sl.stop === None) stop = step < 0 ? -1 : length;
  else {
    stop = sliceIndex(sl.stop);
    if (stop < 0) {
      stop += length;
      if (stop < 0) stop = step < 0 ? -1 : 0;
    } else if (stop >= length) stop = step < 0 ? length - 1 : length;
  }
  let count = 0;
  if (step < 0) {
    if (stop < start) count = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) count = Math.floor((stop - start - 1) / step) + 1;
  return [start, stop, step, count];
}

/** Normalise a sequence index (negative counts from the end); returns -1 when out of range. */
export function normIndex(i: number, length: number): number {
  if (i < 0) i += length;
  return i < 0 || i >= length ? -1 : i;
}

SliceType.tp_new = (_type, args, kwnames) => {
  noKwargs('slice', kwnames);
  checkPositional('slice', args, null, 1, 3);
  if (args.length === 1) return new PySlice(None, args[0], None);
  return new PySlice(args[0], args[1], args.length > 2 ? args[2] : None);
};

function self(v: PyValue): PySlice {
  if (v instanceof PySlice) return v;
  throw newError(TypeErrorType, 'descriptor requires a slice');
}

function asTuple(s: PySlice): PyTuple {
  return new PyTuple([s.start, s.stop, s.step]);
}
function cmp(op: number) {
  return (args: PyValue[]): PyValue => {
    const o = args[1];
    if (!(o instanceof PySlice)) return NotImplemented;
    return richCompare(asTuple(self(args[0])), asTuple(o), op);
  };
}

defineMethods(SliceType, {
  __repr__(args) {
    const s = self(args[0]);
    return `slice(${repr(s.start)}, ${repr(s.stop)}, ${repr(s.step)})`;
  },
  indices(args) {
    const s = self(args[0]);
    const n = pyIndex(args[1]);
    if (n < 0) throw newError(ValueErrorType, 'length should not be negative');
    const [start, stop, step] = sliceIndices(s, Number(n));
    return new PyTuple([start, stop, step]);
  },
  __eq__: cmp(2),
  __ne__: cmp(3),
  __lt__: cmp(0),
  __le__: cmp(1),
  __gt__: cmp(4),
  __ge__: cmp(5),
  __reduce__: (args) => new PyTuple([SliceType, asTuple(self(args[0]))]),
});
SliceType.tp_dict.set('__hash__', None);
defineGetSet(SliceType, 'start', (s) => self(s).start);
defineGetSet(SliceType, 'stop', (s) => self(s).stop);
defineGetSet(SliceType, 'step', (s) => self(s).step);
