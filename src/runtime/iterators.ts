/**
 * The builtins' iterator types: enumerate, zip (with strict=), map, filter,
 * reversed (CPython Objects/enumobject.c, Python/bltinmodule.c). Each is a
 * native iterator (PyIteratorBase) whose type is callable through `tp_new`.
 */
import { type PyValue, PyType, TypeErrorType, ValueErrorType, None, newError, typeName, typeOf, normInt } from './object.js';
import { PyIteratorBase, makeIteratorType } from './iterbase.js';
import { getIter, iterNext, isTrue, getItem, len as pyLen, index as pyIndex, callSpecial } from './abstract.js';
import { call } from './attr.js';
import { parseArgs, noKwargs } from './args.js';
import { PyTuple } from './tuple.js';

function typeErr(msg: string): never {
  throw newError(TypeErrorType, msg);
}

export const EnumerateType = makeIteratorType('enumerate', false);
export const ZipType = makeIteratorType('zip', false);
export const MapType = makeIteratorType('map', false);
export const FilterType = makeIteratorType('filter', false);
export const ReversedType = makeIteratorType('reversed');

/** enumerate(iterable, start=0) */
export class PyEnumerate extends PyIteratorBase {
  constructor(public it: PyValue, public count: number | bigint, type: PyType = EnumerateType) {
    super();
    this.ob_type = type;
  }
  next(): PyValue | undefined {
    const v = iterNext(this.it);
    if (v === undefined) return undefined;
    const c = this.count;
    if (typeof c === 'number' && c < Number.MAX_SAFE_INTEGER) this.count = c + 1;
    else this.count = normInt(BigInt(c) + 1n);
    return new PyTuple([c, v]);
  }
}

/** zip(*iterables, strict=False) */
export class PyZip extends PyIteratorBase {
  done = false;
  constructor(public its: PyValue[], public strict: boolean, type: PyType = ZipType) {
    super();
    this.ob_type = type;
  }
  next(): PyValue | undefined {
    if (this.done) return undefined;
    const n = this.its.length;
    if (n === 0) return undefined;
    const out: PyValue[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const v = iterNext(this.its[i]);
      if (v === undefined) {
        this.done = true;
        if (this.strict) this.checkStrict(i);
        return undefined;
      }
      out[i] = v;
    }
    return new PyTuple(out);
  }
  /** CPython's strict-mode messages: `zip() argument 2 is shorter than argument 1`. */
  private checkStrict(i: number): void {
    if (i > 0) {
      const plural = i === 1 ? ' ' : 's 1-';
      throw newError(ValueErrorType, `zip() argument ${i + 1} is shorter than argument${plural}${i}`);
    }
    for (let j = 1; j < this.its.length; j++) {
      if (iterNext(this.its[j]) !== undefined) {
        const plural = j === 1 ? ' ' : 's 1-';
        throw newError(ValueErrorType, `zip() argument ${j + 1} is longer than argument${plural}${j}`);
      }
    }
  }
}

/** map(func, *iterables) */
export class PyMap extends PyIteratorBase {
  constructor(public fn: PyValue, public its: PyValue[], type: PyType = MapType) {
    super();
    this.ob_type = type;
  }
  next(): PyValue | undefined {
    const its = this.its;
    if (its.length === 1) {
      const v = iterNext(its[0]);
      return v === undefined ? undefined : call(this.fn, [v], null);
    }
    const args: PyValue[] = new Array(its.length);
    for (let i = 0; i < its.length; i++) {
      const v = iterNext(its[i]);
      if (v === undefined) return undefined;
      args[i] = v;
    }
    return call(this.fn, args, null);
  }
}

/** filter(function or None, iterable) */
export class PyFilter extends PyIteratorBase {
  constructor(public fn: PyValue, public it: PyValue, type: PyType = FilterType) {
    super();
    this.ob_type = type;
  }
  next(): PyValue | undefined {
    for (;;) {
      const v = iterNext(this.it);
      if (v === undefined) return undefined;
      const ok = this.fn === None ? isTrue(v) : isTrue(call(this.fn, [v], null));
      if (ok) return v;
    }
  }
}

/** reversed(sequence) over the sequence protocol (`__len__` + `__getitem__`). */
export class PyReversed extends PyIteratorBase {
  constructor(public seq: PyValue, public i: number, type: PyType = ReversedType) {
    super();
    this.ob_type = type;
  }
  next(): PyValue | undefined {
    if (this.i < 0) return undefined;
    const v = getItem(this.seq, this.i--);
    return v;
  }
  lengthHint(): number {
    return this.i + 1;
  }
}

const ENUM_SPEC = ['iterable', 'start?'];
const ZIP_SPEC = ['*iterables', '*', 'strict?'];

/** `reversed(seq)`: `__reversed__` if defined, else the sequence protocol; `TypeError: 'int' object is not reversible`. */
export function reversedOf(seq: PyValue, type: PyType = ReversedType): PyValue {
  const t = typeOf(seq);
  const rev = t.lookup('__reversed__');
  if (rev !== undefined && rev !== None && type === ReversedType) return callSpecial(seq, '__reversed__', [])!;
  if (rev === None) typeErr(`'${t.tp_name}' object is not reversible`);
  if (t.lookup('__getitem__') === undefined || t.lookup('__len__') === undefined || t.tp_name === 'dict') {
    typeErr(`'${t.tp_name}' object is not reversible`);
  }
  return new PyReversed(seq, pyLen(seq) - 1, type);
}

/** Install the constructors (tp_new) of the iterator types. Idempotent. */
export function installIteratorTypes(): void {
  EnumerateType.tp_new = (type, args, kwnames) => {
    if (args.length === 0) typeErr("enumerate() missing required argument 'iterable'");
    const p = parseArgs('enumerate', args, kwnames, ENUM_SPEC);
    let start: number | bigint = 0;
    if (p[1] !== undefined) {
      const s = p[1];
      if (typeof s === 'number' || typeof s === 'bigint') start = s;
      else if (typeof s === 'boolean') start = s ? 1 : 0;
      else {
        if (typeOf(s).lookup('__index__') === undefined) typeErr(`'${typeName(s)}' object cannot be interpreted as an integer`);
        start = pyIndex(s);
      }
    }
    return new PyEnumerate(getIter(p[0]!), start, type);
  };
  ZipType.tp_new = (type, args, kwnames) => {
    const p = parseArgs('zip', args, kwnames, ZIP_SPEC);
    const strict = p[0] !== undefined && isTrue(p[0]);
    return new PyZip(p.rest.map((a) => getIter(a)), strict, type);
  };
  MapType.tp_new = (type, args, kwnames) => {
    noKwargs('map', kwnames);
    if (args.length < 2) typeErr('map() must have at least two arguments.');
    return new PyMap(args[0], args.slice(1).map(getIter), type);
  };
  FilterType.tp_new = (type, args, kwnames) => {
    noKwargs('filter', kwnames);
    if (args.length !== 2) typeErr(`filter expected 2 arguments, got ${args.length}`);
    return new PyFilter(args[0], getIter(args[1]), type);
  };
  ReversedType.tp_new = (type, args, kwnames) => {
    noKwargs('reversed', kwnames);
    if (args.length !== 1) typeErr(`reversed expected 1 argument, got ${args.length}`);
    return reversedOf(args[0], type);
  };
  for (const t of [EnumerateType, ZipType, MapType, FilterType, ReversedType]) {
    t.tp_flags |= 1 << 10; // subclassable, like CPython
  }
}
