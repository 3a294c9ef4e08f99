/**
 * A code unit's constant table (CPython's u_consts dict keyed by
 * _PyCode_ConstantKey): equal constants share one slot, but values that
 * compare equal across types (1, 1.0, True) or signed zeros stay distinct.
 */
import { ConstComplex, ConstEllipsis, ConstFrozenSet, ConstTuple, type ConstValue } from '../bytecode/constants.js';
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
  if (v instanceof ConstTuple) return '(' + v.items.map(constKey).join('\u0000') + ')';
  if (v instanceof ConstFrozenSet) return '{' + v.items.map(constKey).sort().join('\u0000') + '}';
  if (v instanceof CodeObject || typeof v === 'object') {
    let id = codeIds.get(v as object);
    if (id === undefined) { id = nextCodeId++; codeIds.set(v as object, id); }
    return '@' + id;
  }
  throw new Error('constKey: unknown constant');
}

/**
 * Ordered, de-duplicated constants of one code object. The common kinds have
 * their own lookups so that adding one never builds a key string: str and int
 * by value, None/True/False in fixed slots, non-zero floats by value (a Map
 * matches NaN with NaN, as the old 'f'+String(v) key did; +0.0 and -0.0 go
 * through `constKey` because a Map cannot tell them apart), and code objects
 * by identity. Everything else goes through `constKey`.
 */
export class ConstPool {
  values: ConstValue[] = [];
  private strs = new Map<string, number>();
  // The rarer kinds get their maps on first use (a unit is often a small function).
  private ints: Map<bigint, number> | null = null;
  private floats: Map<number, number> | null = null;
  private objs: Map<object, number> | null = null;
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
    if (typeof v === 'number' && v !== 0) return this.slot(this.floats ??= new Map(), v, v);
    if (v instanceof CodeObject) return this.slot(this.objs ??= new Map(), v, v);
    return this.slot(this.index ??= new Map(), constKey(v), v);
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
      else if (v instanceof CodeObject) this.objs!.delete(v);
      else this.index!.delete(constKey(v));
    }
    this.values.length = n;
  }
}
