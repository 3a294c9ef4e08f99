/**
 * A code unit's constant table (CPython's u_consts dict keyed by
 * _PyCode_ConstantKey): equal constants share one slot, but values that
 * compare equal across types (1, 1.0, True) or signed zeros stay distinct.
 */
import { ConstComplex, ConstEllipsis, ConstFrozenSet, ConstSurrogateStr, ConstTuple, type ConstValue } from '../bytecode/constants.js';
import { CodeObject } from '../bytecode/code.js';

const codeIds = new WeakMap<object, number>();
let nextCodeId = 0;

function floatKey(v: number): string {
  if (Object.is(v, -0)) return '-0';
  return String(v);
}

/** A string that identifies a constant up to CPython's constant-key equality. */
export function constKey(v: ConstValue): string {
  if (v === null) return 'N';
  switch (typeof v) {
    case 'boolean': return v ? 'T' : 'F';
    case 'bigint': return 'i' + v.toString();
    case 'number': return 'f' + floatKey(v);
    case 'string': return 's' + v;
  }
  if (v instanceof Uint8Array) return 'b' + Array.from(v).join(',');
  if (v instanceof ConstComplex) return 'c' + floatKey(v.real) + ',' + floatKey(v.imag);
  if (v instanceof ConstEllipsis) return 'E';
  if (v instanceof ConstSurrogateStr) return 'S' + v.codePoints.join(',');
  if (v instanceof ConstTuple) {
    let k = '(';
    const items = v.items;
    for (let i = 0; i < items.length; i++) k += (i ? '\u0000' : '') + constKey(items[i]);
    return k + ')';
  }
  if (v instanceof ConstFrozenSet) return '{' + v.items.map(constKey).sort().join('\u0000') + '}';
  if (v instanceof CodeObject || typeof v === 'object') {
    let id = codeIds.get(v as object);
    if (id === undefined) { id = nextCodeId++; codeIds.set(v as object, id); }
    return '@' + id;
  }
  throw new Error('constKey: unknown constant');
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameStrs(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Equality of two constants under CPython's constant keys (code objects compared as in `sameCode`). */
function sameConst(x: ConstValue, y: ConstValue): boolean {
  const xc = x instanceof CodeObject, yc = y instanceof CodeObject;
  if (xc || yc) return xc && yc && sameCode(x, y);
  if (typeof x !== typeof y) return false;
  if (typeof x === 'string' || typeof x === 'bigint' || typeof x === 'boolean' || x === null) return x === y;
  return constKey(x) === constKey(y);
}

/**
 * Code-object equality as CPython 3.11's code_richcompare: name, argument counts, flags,
 * first line, co_code, constants (by constant key), names, localsplus names, location
 * table and exception table. (Not the file name, qualified name or stack size.) Equal code
 * objects share one co_consts slot, as `_PyCode_ConstantKey` makes a code object its own key.
 */
export function sameCode(a: CodeObject, b: CodeObject): boolean {
  if (a === b) return true;
  if (a.co_name !== b.co_name || a.co_argcount !== b.co_argcount || a.co_posonlyargcount !== b.co_posonlyargcount
    || a.co_kwonlyargcount !== b.co_kwonlyargcount || a.co_flags !== b.co_flags || a.co_firstlineno !== b.co_firstlineno) return false;
  if (!sameBytes(a.co_code, b.co_code)) return false;
  const ca = a.co_consts, cb = b.co_consts;
  if (ca.length !== cb.length) return false;
  for (let i = 0; i < ca.length; i++) if (!sameConst(ca[i], cb[i])) return false;
  return sameStrs(a.co_names, b.co_names) && sameStrs(a.co_localsplusnames, b.co_localsplusnames)
    && sameBytes(a.co_linetable, b.co_linetable) && sameBytes(a.co_exceptiontable, b.co_exceptiontable);
}

/**
 * Ordered, de-duplicated constants of one code object. The common kinds have
 * their own lookups so that adding one never builds a key string: str and int
 * by value, None/True/False in fixed slots, non-zero floats by value (+0.0
 * and -0.0 go through `constKey` because a Map cannot tell them apart; a NaN
 * always gets a new slot, as in CPython where NaN != NaN), and code objects
 * by equality (see `sameCode`). Everything else goes through `constKey`.
 */
export class ConstPool {
  values: ConstValue[] = [];
  private strs = new Map<string, number>();
  // The rarer kinds get their maps on first use (a unit is often a small function).
  private ints: Map<bigint, number> | null = null;
  private floats: Map<number, number> | null = null;
  /** Code objects by first line; the few in one bucket are told apart by `sameCode`. */
  private codes: Map<number, number[]> | null = null;
  private index: Map<string, number> | null = null;
  private none = -1;
  private yes = -1;
  private no = -1;

  /** Index of `v`, adding it if new. */
  add(v: ConstValue): number {
    if (typeof v === 'string') return this.slot(this.strs, v, v);
    if (typeof v === 'bigint') return this.slot(this.ints ??= new Map(), v, v);
    if (v === null) return this.none >= 0 ? this.none : (this.none = this.push(v));
    if (typeof v === 'boolean') {
      if (v) return this.yes >= 0 ? this.yes : (this.yes = this.push(v));
      return this.no >= 0 ? this.no : (this.no = this.push(v));
    }
    if (typeof v === 'number' && v !== 0) {
      // A NaN equals nothing, not even another NaN constant: each folded NaN is its own float object in CPython.
      if (v !== v) return this.push(v);
      return this.slot(this.floats ??= new Map(), v, v);
    }
    if (v instanceof CodeObject) return this.addCode(v);
    return this.slot(this.index ??= new Map(), constKey(v), v);
  }

  private addCode(co: CodeObject): number {
    const k = co.co_firstlineno;
    const map = this.codes ??= new Map();
    let bucket = map.get(k);
    if (bucket === undefined) map.set(k, bucket = []);
    for (const i of bucket) if (sameCode(this.values[i] as CodeObject, co)) return i;
    const i = this.push(co);
    bucket.push(i);
    return i;
  }

  private push(v: ConstValue): number {
    this.values.push(v);
    return this.values.length - 1;
  }

  private slot<K>(map: Map<K, number>, k: K, v: ConstValue): number {
    let i = map.get(k);
    if (i === undefined) {
      i = this.values.length;
      this.values.push(v);
      map.set(k, i);
    }
    return i;
  }

  addTuple(items: ConstValue[]): number {
    return this.add(new ConstTuple(items));
  }

  /** Drop constants from index `n` on (trim_unused_consts). */
  truncate(n: number): void {
    if (n >= this.values.length) return;
    for (let i = n; i < this.values.length; i++) {
      const v = this.values[i];
      if (typeof v === 'string') this.strs.delete(v);
      else if (typeof v === 'bigint') this.ints!.delete(v);
      else if (v === null) this.none = -1;
      else if (v === true) this.yes = -1;
      else if (v === false) this.no = -1;
      else if (typeof v === 'number' && v !== 0) this.floats!.delete(v);
      else if (v instanceof CodeObject) {
        const k = v.co_firstlineno;
        const bucket = this.codes!.get(k)!.filter((j) => j < n);
        if (bucket.length) this.codes!.set(k, bucket);
        else this.codes!.delete(k);
      }
      else this.index!.delete(constKey(v));
    }
    this.values.length = n;
  }
}
