/**
 * `heapq` (CPython Modules/_heapqmodule.c + Lib/heapq.py) and `bisect`
 * (Modules/_bisectmodule.c). Both compare with `<` only, as CPython does, so
 * user `__lt__` methods see the same calls.
 */
import { type PyValue, PyBuiltinFunction, None, TypeErrorType, IndexErrorType, ValueErrorType, newError, typeName } from '../runtime/object.js';
import { compare, LT, iterToArray, getItem, len as pyLen, index as pyIndex, getIter, iterNext } from '../runtime/abstract.js';
import { call, getAttr } from '../runtime/attr.js';
import { parseArgs, checkPositional } from '../runtime/args.js';
import { PyList } from '../runtime/list.js';
import { PyTuple } from '../runtime/tuple.js';

function lt(a: PyValue, b: PyValue): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  return compare(a, b, LT);
}

function heapArg(fname: string, v: PyValue): PyValue[] {
  if (v instanceof PyList) return v.items;
  throw newError(TypeErrorType, `${fname}() argument 1 must be list, not ${typeName(v)}`);
}

// The sift functions follow CPython's _siftdown/_siftup (including its "bottom-up" siftup).
function siftdown(h: PyValue[], start: number, pos: number, less: (a: PyValue, b: PyValue) => boolean): void {
  const item = h[pos];
  while (pos > start) {
    const parentpos = (pos - 1) >> 1;
    const parent = h[parentpos];
    if (less(item, parent)) {
      h[pos] = parent;
      pos = parentpos;
      continue;
    }
    break;
  }
  h[pos] = item;
}

function siftup(h: PyValue[], pos: number, less: (a: PyValue, b: PyValue) => boolean): void {
  const endpos = h.length;
  const startpos = pos;
  const item = h[pos];
  let childpos = 2 * pos + 1;
  while (childpos < endpos) {
    const rightpos = childpos + 1;
    if (rightpos < endpos && !less(h[childpos], h[rightpos])) childpos = rightpos;
    h[pos] = h[childpos];
    pos = childpos;
    childpos = 2 * pos + 1;
  }
  h[pos] = item;
  siftdown(h, startpos, pos, less);
}

const gt = (a: PyValue, b: PyValue) => lt(b, a);

function heappop(h: PyValue[]): PyValue {
  if (h.length === 0) throw newError(IndexErrorType, 'index out of range');
  const last = h.pop()!;
  if (h.length) {
    const ret = h[0];
    h[0] = last;
    siftup(h, 0, lt);
    return ret;
  }
  return last;
}

function heapify(h: PyValue[], less: (a: PyValue, b: PyValue) => boolean): void {
  for (let i = (h.length >> 1) - 1; i >= 0; i--) siftup(h, i, less);
}

type Fn = (a: PyValue[], k: readonly string[] | null) => PyValue;

/** nsmallest / nlargest (Lib/heapq.py semantics: stable, key support). */
function nBest(name: string, largest: boolean): Fn {
  return (a, k) => {
    const p = parseArgs(name, a, k, ['n', 'iterable', 'key?']);
    const n = Number(pyIndex(p[0]!));
    const items = iterToArray(p[1]!);
    const key = p[2] === undefined || p[2] === None ? null : p[2];
    if (n <= 0) return new PyList([]);
    const decorated = items.map((v, i) => ({ v, i, k: key === null ? v : call(key, [v], null) }));
    decorated.sort((x, y) => {
      const c = largest ? lt(y.k, x.k) : lt(x.k, y.k);
      if (c) return -1;
      const d = largest ? lt(x.k, y.k) : lt(y.k, x.k);
      if (d) return 1;
      return x.i - y.i;
    });
    return new PyList(decorated.slice(0, n).map((d) => d.v));
  };
}

/** heapq.merge(*iterables, key=None, reverse=False) — eager but order-exact. */
function merge(a: PyValue[], k: readonly string[] | null): PyValue {
  const p = parseArgs('merge', a, k, ['*iterables', '*', 'key?', 'reverse?']);
  const key = p[0] === undefined || p[0] === None ? null : p[0];
  const reverse = p[1] !== undefined && p[1] !== false && p[1] !== None && p[1] !== 0;
  const its = p.rest.map((x) => getIter(x));
  const heads: { v: PyValue; k: PyValue; order: number }[] = [];
  const out: PyValue[] = [];
  its.forEach((it, order) => {
    const v = iterNext(it);
    if (v !== undefined) heads.push({ v, k: key === null ? v : call(key, [v], null), order });
  });
  const better = (x: { k: PyValue; order: number }, y: { k: PyValue; order: number }) =>
    reverse ? (lt(y.k, x.k) ? true : lt(x.k, y.k) ? false : x.order < y.order) : lt(x.k, y.k) ? true : lt(y.k, x.k) ? false : x.order < y.order;
  while (heads.length) {
    let bi = 0;
    for (let i = 1; i < heads.length; i++) if (better(heads[i], heads[bi])) bi = i;
    const h = heads[bi];
    out.push(h.v);
    const nv = iterNext(its[h.order]);
    if (nv === undefined) heads.splice(bi, 1);
    else heads[bi] = { v: nv, k: key === null ? nv : call(key, [nv], null), order: h.order };
  }
  return getIter(new PyList(out));
}

/** The `heapq` module's attributes. */
export function heapqModuleEntries(): [string, PyValue][] {
  const fns: [string, Fn][] = [
    [
      'heappush',
      (a, k) => {
        checkPositional('heappush', a, k, 2, 2);
        const h = heapArg('heappush', a[0]);
        h.push(a[1]);
        siftdown(h, 0, h.length - 1, lt);
        return None;
      },
    ],
    [
      'heappop',
      (a, k) => {
        checkPositional('heappop', a, k, 1, 1);
        return heappop(heapArg('heappop', a[0]));
      },
    ],
    [
      'heapify',
      (a, k) => {
        checkPositional('heapify', a, k, 1, 1);
        heapify(heapArg('heapify', a[0]), lt);
        return None;
      },
    ],
    [
      'heapreplace',
      (a, k) => {
        checkPositional('heapreplace', a, k, 2, 2);
        const h = heapArg('heapreplace', a[0]);
        if (h.length === 0) throw newError(IndexErrorType, 'index out of range');
        const ret = h[0];
        h[0] = a[1];
        siftup(h, 0, lt);
        return ret;
      },
    ],
    [
      'heappushpop',
      (a, k) => {
        checkPositional('heappushpop', a, k, 2, 2);
        const h = heapArg('heappushpop', a[0]);
        let item = a[1];
        if (h.length && lt(h[0], item)) {
          const t = h[0];
          h[0] = item;
          item = t;
          siftup(h, 0, lt);
        }
        return item;
      },
    ],
    [
      '_heapify_max',
      (a, k) => {
        checkPositional('_heapify_max', a, k, 1, 1);
        heapify(heapArg('_heapify_max', a[0]), gt);
        return None;
      },
    ],
    [
      '_heappop_max',
      (a, k) => {
        checkPositional('_heappop_max', a, k, 1, 1);
        const h = heapArg('_heappop_max', a[0]);
        if (h.length === 0) throw newError(IndexErrorType, 'index out of range');
        const last = h.pop()!;
        if (!h.length) return last;
        const ret = h[0];
        h[0] = last;
        siftup(h, 0, gt);
        return ret;
      },
    ],
    ['nsmallest', nBest('nsmallest', false)],
    ['nlargest', nBest('nlargest', true)],
    ['merge', merge],
  ];
  return fns.map(([n, f]) => [n, new PyBuiltinFunction(n, f, null, n, 'heapq')]);
}

// ---------------------------------------------------------------------------
// bisect
// ---------------------------------------------------------------------------

const BISECT_SPEC = ['a', 'x', 'lo?', 'hi?', '*', 'key?'];

function bisectBounds(name: string, p: (PyValue | undefined)[]): [number, number] {
  const lo = p[2] === undefined ? 0 : Number(pyIndex(p[2]));
  if (lo < 0) throw newError(ValueErrorType, 'lo must be non-negative');
  const hi = p[3] === undefined || p[3] === None ? pyLen(p[0]!) : Number(pyIndex(p[3]));
  void name;
  return [lo, hi];
}

function seqGet(a: PyValue, i: number): PyValue {
  return a instanceof PyList || a instanceof PyTuple ? a.items[i] : getItem(a, i);
}

function bisect(name: string, right: boolean): Fn {
  return (args, k) => {
    const p = parseArgs(name, args, k, BISECT_SPEC);
    const a = p[0]!;
    const x = p[1]!;
    const key = p[4] === undefined || p[4] === None ? null : p[4];
    let [lo, hi] = bisectBounds(name, p);
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const v = seqGet(a, mid);
      const kv = key === null ? v : call(key, [v], null);
      if (right ? lt(x, kv) : lt(kv, x)) {
        if (right) hi = mid;
        else lo = mid + 1;
      } else if (right) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

function insort(name: string, right: boolean): Fn {
  const find = bisect(name, right);
  return (args, k) => {
    const p = parseArgs(name, args, k, BISECT_SPEC);
    const key = p[4] === undefined || p[4] === None ? null : p[4];
    const x = p[1]!;
    // bisect on key(x) when a key is given (Lib/bisect.py insort_*).
    const probe = key === null ? x : call(key, [x], null);
    const fargs = [p[0]!, probe];
    const fk: string[] = [];
    if (p[2] !== undefined) fargs.push(p[2]);
    if (p[3] !== undefined) {
      if (p[2] === undefined) fargs.push(0);
      fargs.push(p[3]);
    }
    if (key !== null) {
      fargs.push(key);
      fk.push('key');
    }
    const idx = find(fargs, fk.length ? fk : null);
    const a = p[0]!;
    if (a instanceof PyList && a.ob_type.tp_name === 'list') a.items.splice(idx as number, 0, x);
    else call(getAttr(a, 'insert'), [idx, x], null);
    return None;
  };
}

/** The `bisect` module's attributes. */
export function bisectModuleEntries(): [string, PyValue][] {
  const fns: [string, Fn][] = [
    ['bisect_left', bisect('bisect_left', false)],
    ['bisect_right', bisect('bisect_right', true)],
    ['insort_left', insort('insort_left', false)],
    ['insort_right', insort('insort_right', true)],
  ];
  const out: [string, PyValue][] = fns.map(([n, f]) => [n, new PyBuiltinFunction(n, f, null, n, 'bisect')]);
  out.push(['bisect', out[1][1]], ['insort', out[3][1]]);
  return out;
}
