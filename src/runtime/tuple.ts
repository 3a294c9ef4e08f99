/**
 * `tuple` (CPython Objects/tupleobject.c) and the sequence helpers shared with
 * list: lexicographic comparison, repeat, index/count. The tuple hash is
 * CPython 3.11's xxHash-based algorithm, computed in 64-bit arithmetic on
 * 32-bit halves so `hash((1, 2))` equals CPython's.
 */
import {
  None,
  type PyValue,
  PyObject,
  PyType,
  TupleType,
  NotImplemented,
  TypeErrorType,
  IndexErrorType,
  ValueErrorType,
  MemoryErrorType,
  newError,
  normInt,
  typeOf,
  defineMethods,
} from './object.js';
import { PyIteratorBase, makeIteratorType } from './iterbase.js';
import { intValue } from './int.js';
import { repr, hash, eq, compare, richCompare, iterToArray, indexToNumber, index as pyIndex, reprEnter, reprLeave, EQ, NE } from './abstract.js';
import { PySlice, sliceIndices } from './slice.js';
import { checkArgCount } from './args.js';

/** A tuple: `items` must not be mutated after construction (except by the VM while building it). */
export class PyTuple extends PyObject {
  constructor(public items: PyValue[], type: PyType = TupleType) {
    super();
    this.ob_type = type;
  }
}

/** The shared empty tuple. */
export const EMPTY_TUPLE = new PyTuple([]);

export const TupleIterType = makeIteratorType('tuple_iterator');

/** Iterator over an items array (tuple_iterator). */
export class TupleIterator extends PyIteratorBase {
  i = 0;
  constructor(public items: PyValue[]) {
    super();
    this.ob_type = TupleIterType;
  }
  next(): PyValue | undefined {
    const items = this.items;
    if (this.i < items.length) return items[this.i++];
    return undefined;
  }
  lengthHint(): number {
    return Math.max(0, this.items.length - this.i);
  }
}

// ---------------------------------------------------------------------------
// sequence helpers
// ---------------------------------------------------------------------------

/** Lexicographic rich comparison of two item arrays (CPython list_richcompare / tuplerichcompare). */
export function seqCompare(a: PyValue[], b: PyValue[], op: number): PyValue {
  if ((op === EQ || op === NE) && a.length !== b.length) return op === NE;
  const n = Math.min(a.length, b.length);
  let i = 0;
  for (; i < n; i++) if (!eq(a[i], b[i])) break;
  if (i >= n) {
    const la = a.length;
    const lb = b.length;
    switch (op) {
      case 0:
        return la < lb;
      case 1:
        return la <= lb;
      case 2:
        return la === lb;
      case 3:
        return la !== lb;
      case 4:
        return la > lb;
      default:
        return la >= lb;
    }
  }
  if (op === EQ) return false;
  if (op === NE) return true;
  return richCompare(a[i], b[i], op);
}

/** Repeat count for `seq * n`; undefined if `n` is not an int (→ NotImplemented). */
export function repeatCount(n: PyValue, itemCount: number): number | undefined {
  const iv = intValue(n);
  if (iv === undefined) {
    const t = typeOf(n);
    if (t.lookup('__index__') === undefined) return undefined;
    return repeatCount(indexToNumber(n), itemCount);
  }
  if (iv <= 0) return 0;
  if (typeof iv === 'bigint' || iv * itemCount > 0x3fffffff) {
    if (itemCount === 0) return 0;
    throw newError(MemoryErrorType);
  }
  return iv;
}

/** Items repeated `k` times. */
export function repeatItems(items: PyValue[], k: number): PyValue[] {
  if (k <= 0 || items.length === 0) return [];
  if (items.length === 1) return new Array(k).fill(items[0]);
  const out: PyValue[] = new Array(items.length * k);
  for (let r = 0, o = 0; r < k; r++) for (let i = 0; i < items.length; i++) out[o++] = items[i];
  return out;
}

/** Resolve optional start/stop for index(): clamped to [0, n]. */
export function indexWindow(n: number, start: PyValue | undefined, stop: PyValue | undefined): [number, number] {
  let a = 0;
  let b = n;
  if (start !== undefined) {
    a = sliceIndexNotNone(start);
    if (a < 0) a = Math.max(0, a + n);
  }
  if (stop !== undefined) {
    b = sliceIndexNotNone(stop);
    if (b < 0) b = Math.max(0, b + n);
    else if (b > n) b = n;
  }
  return [a, b];
}

/**
 * A start/stop argument of index() (CPython _PyEval_SliceIndexNotNone): an
 * integer or an object with `__index__`, huge values clamped.
 */
function sliceIndexNotNone(v: PyValue): number {
  let iv = intValue(v);
  if (iv === undefined) {
    if (typeOf(v).lookup('__index__') === undefined) throw newError(TypeErrorType, 'slice indices must be integers or have an __index__ method');
    iv = pyIndex(v);
  }
  if (typeof iv === 'bigint') return iv > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
  return iv;
}

/** `seq[k]` by index or slice over an items array; `what` is 'tuple'/'list' for messages. */
export function itemsGet(items: PyValue[], k: PyValue, what: string): PyValue | PyValue[] {
  if (typeof k === 'number') {
    const i = k < 0 ? k + items.length : k;
    if (i < 0 || i >= items.length) throw newError(IndexErrorType, `${what} index out of range`);
    return items[i];
  }
  if (k instanceof PySlice) {
    const [start, , step, count] = sliceIndices(k, items.length);
    if (step === 1) return items.slice(start, start + count);
    const out: PyValue[] = new Array(count);
    for (let i = 0, j = start; i < count; i++, j += step) out[i] = items[j];
    return out;
  }
  const iv = intValue(k);
  if (iv !== undefined || typeOf(k).lookup('__index__') !== undefined) return itemsGet(items, indexToNumber(k), what);
  throw newError(TypeErrorType, `${what} indices must be integers or slices, not ${typeOf(k).tp_name}`);
}

/** Is the slice's step absent or positive? */
function isForward(k: PySlice): boolean {
  const st = k.step;
  return st === None || (typeof st === 'number' && st > 0);
}

/** `tuple[k]` (index or slice). */
export function tupleGetItem(t: PyTuple, k: PyValue): PyValue {
  const r = itemsGet(t.items, k, 'tuple');
  if (Array.isArray(r)) {
    // CPython returns the tuple itself only for a whole forward slice (t[:]); t[::-1] is a new tuple.
    const whole = r.length === t.items.length && t.ob_type === TupleType && isForward(k as PySlice);
    return whole ? t : new PyTuple(r);
  }
  return r;
}

/** repr of a tuple's items: `(1,)`, `(1, 2)`, `()`. */
export function tupleRepr(t: PyTuple): string {
  const items = t.items;
  if (items.length === 0) return '()';
  if (!reprEnter(t)) return '(...)';
  try {
    if (items.length === 1) return `(${repr(items[0])},)`;
    return '(' + items.map(repr).join(', ') + ')';
  } finally {
    reprLeave(t);
  }
}

// ---------------------------------------------------------------------------
// hash: xxHash64-style, on 32-bit halves
// ---------------------------------------------------------------------------

const P1_HI = 0x9e3779b1, P1_LO = 0x85ebca87; // 11400714785074694791
const P2_HI = 0xc2b2ae3d, P2_LO = 0x27d4eb4f; // 14029467366897019727
const P5_HI = 0x27d4eb2f, P5_LO = 0x165667c5; // 2870177450012600261
const TWO32 = 4294967296;

let rHi = 0;
let rLo = 0;
/** (ah:al) * (bh:bl) mod 2**64 → rHi:rLo. */
function mul64(ah: number, al: number, bh: number, bl: number): void {
  const a0 = al & 0xffff;
  const a1 = al >>> 16;
  const b0 = bl & 0xffff;
  const b1 = bl >>> 16;
  const mid = a0 * b1 + a1 * b0;
  const t = a0 * b0 + (mid % 65536) * 65536;
  rLo = t >>> 0;
  const carry = Math.floor(t / TWO32);
  const hi = a1 * b1 + Math.floor(mid / 65536) + carry;
  rHi = (hi + Math.imul(ah, bl) + Math.imul(al, bh)) >>> 0;
}

/** CPython 3.11's tuple hash over the items' hashes. */
export function tupleHash(items: PyValue[]): number | bigint {
  let hi = P5_HI;
  let lo = P5_LO;
  for (let i = 0; i < items.length; i++) {
    const h = hash(items[i]);
    let lh: number;
    let ll: number;
    if (typeof h === 'number') {
      ll = h >>> 0;
      lh = Math.floor(h / TWO32) >>> 0;
    } else {
      const u = BigInt.asUintN(64, h);
      ll = Number(u & 0xffffffffn);
      lh = Number(u >> 32n);
    }
    // acc += lane * P2
    mul64(lh, ll, P2_HI, P2_LO);
    let nlo = lo + rLo;
    let nhi = hi + rHi + (nlo >= TWO32 ? 1 : 0);
    lo = nlo >>> 0;
    hi = nhi >>> 0;
    // acc = rotl(acc, 31)
    nhi = ((hi << 31) | (lo >>> 1)) >>> 0;
    nlo = ((lo << 31) | (hi >>> 1)) >>> 0;
    // acc *= P1
    mul64(nhi, nlo, P1_HI, P1_LO);
    hi = rHi;
    lo = rLo;
  }
  // acc += len ^ (P5 ^ 3527539)
  const xl = (items.length ^ (P5_LO ^ 3527539)) >>> 0;
  const xh = P5_HI >>> 0;
  const nlo = lo + xl;
  hi = (hi + xh + (nlo >= TWO32 ? 1 : 0)) >>> 0;
  lo = nlo >>> 0;
  if (hi === 0xffffffff && lo === 0xffffffff) return 1546275796;
  if (hi < 0x200000) return hi * TWO32 + lo;
  if (hi >= 0xffe00000) return (hi - TWO32) * TWO32 + lo;
  return normInt(BigInt.asIntN(64, (BigInt(hi) << 32n) | BigInt(lo)));
}

// ---------------------------------------------------------------------------
// type
// ---------------------------------------------------------------------------

TupleType.tp_new = (type, args, kwnames) => {
  if (kwnames && kwnames.length) throw newError(TypeErrorType, 'tuple() takes no keyword arguments');
  if (args.length > 1) throw newError(TypeErrorType, `tuple expected at most 1 argument, got ${args.length}`);
  if (args.length === 0) return type === TupleType ? EMPTY_TUPLE : new PyTuple([], type);
  const src = args[0];
  if (type === TupleType && src instanceof PyTuple && src.ob_type === TupleType) return src;
  return new PyTuple(iterToArray(src), type);
};

function self(v: PyValue, name: string): PyTuple {
  if (v instanceof PyTuple) return v;
  throw newError(TypeErrorType, `descriptor '${name}' requires a 'tuple' object but received a '${typeOf(v).tp_name}'`);
}

function cmp(op: number) {
  return (args: PyValue[]): PyValue => {
    const a = self(args[0], 'cmp');
    const b = args[1];
    if (!(b instanceof PyTuple)) return NotImplemented;
    return seqCompare(a.items, b.items, op);
  };
}

defineMethods(TupleType, {
  __len__: (args) => self(args[0], '__len__').items.length,
  __getitem__: (args) => tupleGetItem(self(args[0], '__getitem__'), args[1]),
  __contains__(args) {
    const items = self(args[0], '__contains__').items;
    const x = args[1];
    for (let i = 0; i < items.length; i++) if (eq(items[i], x)) return true;
    return false;
  },
  __iter__: (args) => new TupleIterator(self(args[0], '__iter__').items),
  __add__(args) {
    const a = self(args[0], '__add__');
    const b = args[1];
    if (!(b instanceof PyTuple)) return NotImplemented;
    return new PyTuple(a.items.concat(b.items));
  },
  __mul__(args) {
    const a = self(args[0], '__mul__');
    const k = repeatCount(args[1], a.items.length);
    if (k === undefined) return NotImplemented;
    if (k === 1 && a.ob_type === TupleType) return a;
    return new PyTuple(repeatItems(a.items, k));
  },
  __rmul__(args) {
    const a = self(args[0], '__rmul__');
    const k = repeatCount(args[1], a.items.length);
    if (k === undefined) return NotImplemented;
    return new PyTuple(repeatItems(a.items, k));
  },
  __lt__: cmp(0),
  __le__: cmp(1),
  __eq__: cmp(2),
  __ne__: cmp(3),
  __gt__: cmp(4),
  __ge__: cmp(5),
  __hash__: (args) => tupleHash(self(args[0], '__hash__').items),
  __repr__: (args) => tupleRepr(self(args[0], '__repr__')),
  __getnewargs__: (args) => new PyTuple([new PyTuple(self(args[0], '__getnewargs__').items)]),
  count(args) {
    const items = self(args[0], 'count').items;
    let n = 0;
    for (const it of items) if (eq(it, args[1])) n++;
    return n;
  },
  index(args) {
    checkArgCount('index', args.length - 1, 1, 3);
    const items = self(args[0], 'index').items;
    const [a, b] = indexWindow(items.length, args[2], args[3]);
    for (let i = a; i < b; i++) if (eq(items[i], args[1])) return i;
    throw newError(ValueErrorType, 'tuple.index(x): x not in tuple');
  },
});
void compare;
