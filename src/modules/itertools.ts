/**
 * The `itertools` module (CPython Modules/itertoolsmodule.c): every iterator
 * is a native PyIteratorBase (so `for` loops call `next()` directly), with
 * CPython's argument checks and reprs for count/repeat.
 */
import {
  type PyValue,
  PyType,
  PyClassMethodDescriptor,
  None,
  TypeErrorType,
  ValueErrorType,
  newError,
  normInt,
  PyBuiltinFunction,
  defineMethods,
} from '../runtime/object.js';
import { PyIteratorBase, makeIteratorType } from '../runtime/iterbase.js';
import { getIter, iterNext, iterToArray, isTrue, binaryOp, repr as pyRepr, index as pyIndex, richCompare, EQ } from '../runtime/abstract.js';
import { call } from '../runtime/attr.js';
import { parseArgs, checkPositional, noKwargs } from '../runtime/args.js';
import { PyTuple } from '../runtime/tuple.js';
import { NB } from '../bytecode/opcodes.js';

function typeErr(msg: string): never {
  throw newError(TypeErrorType, msg);
}
function valueErr(msg: string): never {
  throw newError(ValueErrorType, msg);
}

function add(a: PyValue, b: PyValue): PyValue {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    return Number.isSafeInteger(r) ? r : normInt(BigInt(a) + BigInt(b));
  }
  return binaryOp(a, b, NB.ADD);
}

type Ctor = (type: PyType, args: PyValue[], kwnames: readonly string[] | null) => PyValue;
const types: [string, PyType, Ctor][] = [];
function iterType(name: string, ctor: Ctor): PyType {
  const t = makeIteratorType(name, name === 'repeat'); // only repeat has __length_hint__ in CPython
  t.tp_module = 'itertools';
  t.tp_flags |= 1 << 10;
  t.tp_new = ctor;
  types.push([name, t, ctor]);
  return t;
}

// --- count / cycle / repeat ---------------------------------------------------

class Count extends PyIteratorBase {
  constructor(type: PyType, public cur: PyValue, public step: PyValue, public stepGiven: boolean) {
    super();
    this.ob_type = type;
  }
  next(): PyValue {
    const v = this.cur;
    this.cur = add(v, this.step);
    return v;
  }
}
const CountType = iterType('count', (type, args, kw) => {
  const p = parseArgs('count', args, kw, ['start?', 'step?']);
  const start = p[0] ?? 0;
  const step = p[1] ?? 1;
  for (const v of [start, step]) {
    if (typeof v === 'string' || (typeof v === 'object' && v.ob_type.lookup('__add__') === undefined)) typeErr('a number is required');
  }
  return new Count(type, start, step, p[1] !== undefined);
});
defineMethods(CountType, {
  __repr__(a) {
    const c = a[0] as Count;
    const stepIsOne = c.step === 1;
    return stepIsOne ? `count(${pyRepr(c.cur)})` : `count(${pyRepr(c.cur)}, ${pyRepr(c.step)})`;
  },
});

class Cycle extends PyIteratorBase {
  saved: PyValue[] = [];
  idx = 0;
  exhausted = false;
  constructor(type: PyType, public it: PyValue) {
    super();
    this.ob_type = type;
  }
  next(): PyValue | undefined {
    if (!this.exhausted) {
      const v = iterNext(this.it);
      if (v !== undefined) {
        this.saved.push(v);
        return v;
      }
      this.exhausted = true;
    }
    if (this.saved.length === 0) return undefined;
    const v = this.saved[this.idx];
    this.idx = (this.idx + 1) % this.saved.length;
    return v;
  }
}
iterType('cycle', (type, args, kw) => {
  noKwargs('cycle', kw);
  checkPositional('cycle', args, null, 1, 1);
  return new Cycle(type, getIter(args[0]));
});

class Repeat extends PyIteratorBase {
  constructor(type: PyType, public obj: PyValue, public left: number) {
    super();
    this.ob_type = type;
  }
  next(): PyValue | undefined {
    if (this.left === 0) return undefined;
    if (this.left > 0) this.left--;
    return this.obj;
  }
  lengthHint(): number {
    return this.left < 0 ? -1 : this.left;
  }
}
const RepeatType = iterType('repeat', (type, args, kw) => {
  const p = parseArgs('repeat', args, kw, ['object', 'times?']);
  let times = -1;
  if (p[1] !== undefined) times = Math.max(0, Number(pyIndex(p[1])));
  return new Repeat(type, p[0]!, times);
});
defineMethods(RepeatType, {
  __repr__(a) {
    const r = a[0] as Repeat;
    return r.left < 0 ? `repeat(${pyRepr(r.obj)})` : `repeat(${pyRepr(r.obj)}, ${r.left})`;
  },
});

// --- accumulate / chain / compress / dropwhile / takewhile / filterfalse ------

class Accumulate extends PyIteratorBase {
  total: PyValue | undefined;
  constructor(type: PyType, public it: PyValue, public fn: PyValue | null, initial: PyValue | undefined) {
    super();
    this.ob_type = type;
    this.pendingInitial = initial;
  }
  pendingInitial: PyValue | undefined;
  next(): PyValue | undefined {
    if (this.pendingInitial !== undefined) {
      this.total = this.pendingInitial;
      this.pendingInitial = undefined;
      return this.total;
    }
    const v = iterNext(this.it);
    if (v === undefined) return undefined;
    if (this.total === undefined) this.total = v;
    else this.total = this.fn === null ? add(this.total, v) : call(this.fn, [this.total, v], null);
    return this.total;
  }
}
iterType('accumulate', (type, args, kw) => {
  const p = parseArgs('accumulate', args, kw, ['iterable', 'func?', '*', 'initial?']);
  const fn = p[1] === undefined || p[1] === None ? null : p[1];
  return new Accumulate(type, getIter(p[0]!), fn, p[2] === None ? undefined : p[2]);
});

class Chain extends PyIteratorBase {
  cur: PyValue | null = null;
  constructor(type: PyType, public sources: PyValue) {
    super();
    this.ob_type = type;
  }
  next(): PyValue | undefined {
    for (;;) {
      if (this.cur === null) {
        const src = iterNext(this.sources);
        if (src === undefined) return undefined;
        this.cur = getIter(src);
      }
      const v = iterNext(this.cur);
      if (v !== undefined) return v;
      this.cur = null;
    }
  }
}
const ChainType = iterType('chain', (type, args, kw) => {
  noKwargs('chain', kw);
  return new Chain(type, getIter(new PyTuple(args.slice())));
});
ChainType.tp_dict.set(
  'from_iterable',
  new PyClassMethodDescriptor('from_iterable', ChainType, (a) => {
    if (a.length !== 2) typeErr(`chain.from_iterable() takes exactly one argument (${a.length - 1} given)`);
    return new Chain(a[0] as PyType, getIter(a[1]));
  }),
);
ChainType.modified();

class Compress extends PyIteratorBase {
  constructor(type: PyType, public data: PyValue, public sel: PyValue) {
    super();
    this.ob_type = type;
  }
  next(): PyValue | undefined {
    for (;;) {
      const d = iterNext(this.data);
      if (d === undefined) return undefined;
      const s = iterNext(this.sel);
      if (s === undefined) return undefined;
      if (isTrue(s)) return d;
    }
  }
}
iterType('compress', (type, args, kw) => {
  const p = parseArgs('compress', args, kw, ['data', 'selectors']);
  return new Compress(type, getIter(p[0]!), getIter(p[1]!));
});

class PredIter extends PyIteratorBase {
  state = 0;
  constructor(type: PyType, public kind: 'drop' | 'take' | 'filterfalse', public pred: PyValue, public it: PyValue) {
    super();
    this.ob_type = type;
  }
  next(): PyValue | undefined {
    for (;;) {
      if (this.state === 2) return undefined;
      const v = iterNext(this.it);
      if (v === undefined) return undefined;
      if (this.kind === 'filterfalse') {
        const ok = this.pred === None ? isTrue(v) : isTrue(call(this.pred, [v], null));
        if (!ok) return v;
        continue;
      }
      if (this.kind === 'take') {
        if (isTrue(call(this.pred, [v], null))) return v;
        this.state = 2;
        return undefined;
      }
      if (this.state === 1) return v;
      if (!isTrue(call(this.pred, [v], null))) {
        this.state = 1;
        return v;
      }
    }
  }
}
for (const [name, kind] of [['dropwhile', 'drop'], ['takewhile', 'take'], ['filterfalse', 'filterfalse']] as const) {
  iterType(name, (type, args, kw) => {
    noKwargs(name, kw);
    checkPositional(name, args, null, 2, 2);
    return new PredIter(type, kind, args[0], getIter(args[1]));
  });
}

// --- groupby ----------------------------------------------------------------------

class GroupBy extends PyIteratorBase {
  tgtKey: PyValue | undefined;
  curKey: PyValue | undefined;
  curVal: PyValue | undefined;
  currGrouper: Grouper | null = null;
  constructor(type: PyType, public it: PyValue, public keyfn: PyValue | null) {
    super();
    this.ob_type = type;
  }
  /** Advance the underlying iterator (CPython `groupby_step`); false when exhausted. */
  step(): boolean {
    const v = iterNext(this.it);
    if (v === undefined) return false;
    this.curKey = this.keyfn === null ? v : call(this.keyfn, [v], null);
    this.curVal = v;
    return true;
  }
  next(): PyValue | undefined {
    this.currGrouper = null;
    for (;;) {
      if (this.curKey === undefined) {
        /* need a first value */
      } else if (this.tgtKey === undefined) break;
      else if (!eqKeys(this.tgtKey, this.curKey)) break;
      if (!this.step()) return undefined;
    }
    this.tgtKey = this.curKey;
    const g = new Grouper(this, this.tgtKey!);
    this.currGrouper = g;
    return new PyTuple([this.curKey!, g]);
  }
}
function eqKeys(a: PyValue, b: PyValue): boolean {
  return a === b || isTrue(richCompare(a, b, EQ));
}
const GrouperType = makeIteratorType('_grouper', false);
GrouperType.tp_module = 'itertools';
class Grouper extends PyIteratorBase {
  constructor(public parent: GroupBy, public key: PyValue) {
    super();
    this.ob_type = GrouperType;
  }
  next(): PyValue | undefined {
    const gb = this.parent;
    if (gb.currGrouper !== this) return undefined;
    if (gb.curVal === undefined && !gb.step()) return undefined;
    if (!eqKeys(this.key, gb.curKey!)) return undefined;
    const v = gb.curVal!;
    gb.curVal = undefined;
    return v;
  }
}
iterType('groupby', (type, args, kw) => {
  const p = parseArgs('groupby', args, kw, ['iterable', 'key?']);
  return new GroupBy(type, getIter(p[0]!), p[1] === undefined || p[1] === None ? null : p[1]);
});

// --- islice / starmap / tee / zip_longest / pairwise --------------------------------

class ISlice extends PyIteratorBase {
  cnt = 0;
  constructor(type: PyType, public it: PyValue | null, public next_: number, public stop: number, public step: number) {
    super();
    this.ob_type = type;
  }
  next(): PyValue | undefined {
    if (this.it === null) return undefined;
    while (this.cnt < this.next_) {
      if (iterNext(this.it) === undefined) {
        this.it = null;
        return undefined;
      }
      this.cnt++;
    }
    if (this.stop >= 0 && this.cnt >= this.stop) {
      this.it = null;
      return undefined;
    }
    const v = iterNext(this.it);
    if (v === undefined) {
      this.it = null;
      return undefined;
    }
    this.cnt++;
    const old = this.next_;
    this.next_ += this.step;
    if (this.next_ < old || (this.stop >= 0 && this.next_ > this.stop)) this.next_ = this.stop;
    return v;
  }
}
function sliceArg(v: PyValue, msg: string): number {
  if (v === None) return -1;
  if (typeof v !== 'number' && typeof v !== 'bigint' && typeof v !== 'boolean' && (typeof v !== 'object' || v.ob_type.lookup('__index__') === undefined)) valueErr(msg);
  const n = Number(pyIndex(v));
  if (n < 0) valueErr(msg);
  return n;
}
iterType('islice', (type, args, kw) => {
  noKwargs('islice', kw);
  checkPositional('islice', args, null, 2, 4);
  const it = getIter(args[0]);
  let start = 0;
  let stop = -1;
  let step = 1;
  if (args.length === 2) {
    stop = sliceArg(args[1], 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.');
  } else {
    if (args[1] !== None) start = sliceArg(args[1], 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.');
    stop = sliceArg(args[2], 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.');
    if (args.length === 4 && args[3] !== None) {
      step = Number(pyIndex(args[3]));
      if (step < 1) valueErr('Step for islice() must be a positive integer or None.');
    }
  }
  return new ISlice(type, it, start, stop, step);
});

class StarMap extends PyIteratorBase {
  constructor(type: PyType, public fn: PyValue, public it: PyValue) {
    super();
    this.ob_type = type;
  }
  next(): PyValue | undefined {
    const v = iterNext(this.it);
    if (v === undefined) return undefined;
    return call(this.fn, iterToArray(v), null);
  }
}
iterType('starmap', (type, args, kw) => {
  noKwargs('starmap', kw);
  checkPositional('starmap', args, null, 2, 2);
  return new StarMap(type, args[0], getIter(args[1]));
});

/** Shared buffer of a tee group. */
class TeeData {
  buf: PyValue[] = [];
  base = 0;
  done = false;
  constructor(public it: PyValue) {}
}
const TeeType = makeIteratorType('_tee', false);
TeeType.tp_module = 'itertools';
class Tee extends PyIteratorBase {
  constructor(public data: TeeData, public pos: number) {
    super();
    this.ob_type = TeeType;
  }
  next(): PyValue | undefined {
    const d = this.data;
    const i = this.pos - d.base;
    if (i < d.buf.length) {
      this.pos++;
      return d.buf[i];
    }
    if (d.done) return undefined;
    const v = iterNext(d.it);
    if (v === undefined) {
      d.done = true;
      return undefined;
    }
    d.buf.push(v);
    this.pos++;
    return v;
  }
}
defineMethods(TeeType, {
  __copy__(a) {
    const t = a[0] as Tee;
    return new Tee(t.data, t.pos);
  },
});

class ZipLongest extends PyIteratorBase {
  active: number;
  constructor(type: PyType, public its: (PyValue | null)[], public fill: PyValue) {
    super();
    this.ob_type = type;
    this.active = its.length;
  }
  next(): PyValue | undefined {
    if (this.its.length === 0 || this.active === 0) return undefined;
    const out: PyValue[] = [];
    for (let i = 0; i < this.its.length; i++) {
      const it = this.its[i];
      let v: PyValue | undefined;
      if (it === null) v = this.fill;
      else {
        v = iterNext(it);
        if (v === undefined) {
          this.its[i] = null;
          this.active--;
          if (this.active === 0) return undefined;
          v = this.fill;
        }
      }
      out.push(v);
    }
    return new PyTuple(out);
  }
}
iterType('zip_longest', (type, args, kw) => {
  const p = parseArgs('zip_longest', args, kw, ['*args', '*', 'fillvalue?']);
  return new ZipLongest(type, p.rest.map((a) => getIter(a)), p[0] ?? None);
});

class Pairwise extends PyIteratorBase {
  prev: PyValue | undefined;
  constructor(type: PyType, public it: PyValue | null) {
    super();
    this.ob_type = type;
  }
  next(): PyValue | undefined {
    if (this.it === null) return undefined;
    if (this.prev === undefined) {
      this.prev = iterNext(this.it);
      if (this.prev === undefined) {
        this.it = null;
        return undefined;
      }
    }
    const v = iterNext(this.it);
    if (v === undefined) {
      this.it = null;
      return undefined;
    }
    const r = new PyTuple([this.prev, v]);
    this.prev = v;
    return r;
  }
}
iterType('pairwise', (type, args, kw) => {
  noKwargs('pairwise', kw);
  checkPositional('pairwise', args, null, 1, 1);
  return new Pairwise(type, getIter(args[0]));
});

// --- combinatorics ------------------------------------------------------------------

/** An iterator over precomputed index tuples, produced lazily by a JS generator. */
class GenIter extends PyIteratorBase {
  constructor(type: PyType, public gen: Generator<PyValue, void, undefined>) {
    super();
    this.ob_type = type;
  }
  next(): PyValue | undefined {
    const r = this.gen.next();
    return r.done ? undefined : r.value;
  }
}

function* productGen(pools: PyValue[][]): Generator<PyValue, void, undefined> {
  if (pools.some((p) => p.length === 0)) return;
  const n = pools.length;
  const idx = new Array(n).fill(0);
  for (;;) {
    yield new PyTuple(idx.map((j, i) => pools[i][j]));
    let i = n - 1;
    while (i >= 0) {
      idx[i]++;
      if (idx[i] < pools[i].length) break;
      idx[i] = 0;
      i--;
    }
    if (i < 0) return;
  }
}

function* combinationsGen(pool: PyValue[], r: number): Generator<PyValue, void, undefined> {
  const n = pool.length;
  if (r > n) return;
  const idx = Array.from({ length: r }, (_, i) => i);
  yield new PyTuple(idx.map((i) => pool[i]));
  for (;;) {
    let i = r - 1;
    while (i >= 0 && idx[i] === i + n - r) i--;
    if (i < 0) return;
    idx[i]++;
    for (let j = i + 1; j < r; j++) idx[j] = idx[j - 1] + 1;
    yield new PyTuple(idx.map((k) => pool[k]));
  }
}

function* combinationsWRGen(pool: PyValue[], r: number): Generator<PyValue, void, undefined> {
  const n = pool.length;
  if (n === 0 && r > 0) return;
  const idx = new Array(r).fill(0);
  yield new PyTuple(idx.map((i) => pool[i]));
  for (;;) {
    let i = r - 1;
    while (i >= 0 && idx[i] === n - 1) i--;
    if (i < 0) return;
    const v = idx[i] + 1;
    for (let j = i; j < r; j++) idx[j] = v;
    yield new PyTuple(idx.map((k) => pool[k]));
  }
}

function* permutationsGen(pool: PyValue[], r: number): Generator<PyValue, void, undefined> {
  const n = pool.length;
  if (r > n) return;
  const idx = Array.from({ length: n }, (_, i) => i);
  const cycles = Array.from({ length: r }, (_, i) => n - i);
  yield new PyTuple(idx.slice(0, r).map((i) => pool[i]));
  if (n === 0) return;
  for (;;) {
    let i = r - 1;
    for (; i >= 0; i--) {
      cycles[i]--;
      if (cycles[i] === 0) {
        const x = idx[i];
        idx.splice(i, 1);
        idx.push(x);
        cycles[i] = n - i;
      } else {
        const j = cycles[i];
        [idx[i], idx[n - j]] = [idx[n - j], idx[i]];
        yield new PyTuple(idx.slice(0, r).map((k) => pool[k]));
        break;
      }
    }
    if (i < 0) return;
  }
}

function rArg(v: PyValue): number {
  if (typeof v !== 'number' && typeof v !== 'bigint' && typeof v !== 'boolean' && (typeof v !== 'object' || v.ob_type.lookup('__index__') === undefined)) {
    typeErr(`Expected int as r`);
  }
  const r = Number(pyIndex(v));
  if (r < 0) valueErr('r must be non-negative');
  return r;
}

iterType('product', (type, args, kw) => {
  const p = parseArgs('product', args, kw, ['*args', '*', 'repeat?']);
  let repeat = 1;
  if (p[0] !== undefined) {
    repeat = Number(pyIndex(p[0]));
    if (repeat < 0) valueErr('repeat argument cannot be negative');
  }
  const pools = p.rest.map((a) => iterToArray(a));
  const all: PyValue[][] = [];
  for (let i = 0; i < repeat; i++) all.push(...pools);
  return new GenIter(type, productGen(all));
});
iterType('combinations', (type, args, kw) => {
  const p = parseArgs('combinations', args, kw, ['iterable', 'r']);
  return new GenIter(type, combinationsGen(iterToArray(p[0]!), rArg(p[1]!)));
});
iterType('combinations_with_replacement', (type, args, kw) => {
  const p = parseArgs('combinations_with_replacement', args, kw, ['iterable', 'r']);
  return new GenIter(type, combinationsWRGen(iterToArray(p[0]!), rArg(p[1]!)));
});
iterType('permutations', (type, args, kw) => {
  const p = parseArgs('permutations', args, kw, ['iterable', 'r?']);
  const pool = iterToArray(p[0]!);
  const r = p[1] === undefined || p[1] === None ? pool.length : rArg(p[1]);
  return new GenIter(type, permutationsGen(pool, r));
});

/** `itertools.tee(iterable, n=2)`. */
function tee(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  checkPositional('tee', args, kwnames, 1, 2);
  const n = args.length > 1 ? Number(pyIndex(args[1])) : 2;
  if (n < 0) valueErr('n must be >= 0');
  const src = args[0];
  if (src instanceof Tee) {
    const out: PyValue[] = [src];
    for (let i = 1; i < n; i++) out.push(new Tee(src.data, src.pos));
    return new PyTuple(n === 0 ? [] : out);
  }
  const data = new TeeData(getIter(src));
  return new PyTuple(Array.from({ length: n }, () => new Tee(data, 0)));
}


/** The `itertools` module's attributes. */
export function itertoolsModuleEntries(): [string, PyValue][] {
  const out: [string, PyValue][] = types.map(([name, t]) => [name, t]);
  out.push(['tee', new PyBuiltinFunction('tee', tee, null, 'tee', 'itertools')]);
  return out;
}

