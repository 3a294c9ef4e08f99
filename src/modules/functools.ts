/**
 * The `functools` module (CPython Lib/functools.py + Modules/_functoolsmodule.c):
 * partial, reduce, lru_cache / cache (with cache_info / cache_clear, binding as
 * a method), wraps / update_wrapper, total_ordering, cmp_to_key,
 * cached_property, singledispatch; partialmethod and singledispatchmethod are
 * in functools_methods.ts.
 */
import {
  type PyValue,
  PyObject,
  PyType,
  PyBuiltinFunction,
  PyMethodDescriptor,
  PyClassMethodDescriptor,
  None,
  NotImplemented,
  TypeErrorType,
  ValueErrorType,
  AttributeErrorType,
  ObjectType,
  TPFLAGS_BASETYPE,
  newError,
  typeName,
  defineMethods,
  defineGetSet,
  PyBaseExceptionObject,
} from '../runtime/object.js';
import { repr as pyRepr, isTrue, getIter, iterNext, iterToArray, richCompare, compare, LT, GT, EQ, hash as pyHash, objectId } from '../runtime/abstract.js';
import { call, getAttr, getAttrOpt, setAttr } from '../runtime/attr.js';
import { parseArgs, checkPositional, oneArg } from '../runtime/args.js';
import { PyTuple } from '../runtime/tuple.js';
import { PyDict } from '../runtime/dict.js';
import { PyMethod } from '../runtime/function.js';
import { DictTable } from '../runtime/hashtable.js';
import { makeStructSeqType, newStructSeq } from './structseq.js';
import { typeOf as typeOfValue } from '../runtime/object.js';
import { functoolsMethodEntries } from './functools_methods.js';

function typeErr(msg: string): never {
  throw newError(TypeErrorType, msg);
}

function fnEntry(name: string, f: (a: PyValue[], k: readonly string[] | null) => PyValue): [string, PyValue] {
  return [name, new PyBuiltinFunction(name, f, null, name, 'functools')];
}

// ---------------------------------------------------------------------------
// partial
// ---------------------------------------------------------------------------

export const PartialType = new PyType('partial', [ObjectType], TPFLAGS_BASETYPE, 'functools');

/** functools.partial object. */
export class PyPartial extends PyObject {
  constructor(public func: PyValue, public args: PyValue[], public kw: [string, PyValue][], type: PyType = PartialType) {
    super();
    this.ob_type = type;
    this.dict = new PyDict(); // partial objects take attributes (CPython: __dict__)
  }
}

function partialCall(self: PyValue, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const p = self as PyPartial;
  const nkw = kwnames ? kwnames.length : 0;
  const npos = args.length - nkw;
  if (p.kw.length === 0) {
    if (p.args.length === 0) return call(p.func, args, kwnames);
    return call(p.func, [...p.args, ...args], kwnames);
  }
  const merged = new Map<string, PyValue>(p.kw);
  for (let i = 0; i < nkw; i++) merged.set(kwnames![i], args[npos + i]);
  return call(p.func, [...p.args, ...args.slice(0, npos), ...merged.values()], [...merged.keys()]);
}

function installPartial(): void {
  PartialType.tp_new = (type, args, kwnames) => {
    const nkw = kwnames ? kwnames.length : 0;
    const npos = args.length - nkw;
    if (npos < 1) typeErr('type partial takes at least one argument');
    let func = args[0];
    let pargs = args.slice(1, npos);
    let kw: [string, PyValue][] = (kwnames ?? []).map((k, i) => [k, args[npos + i]]);
    if (func instanceof PyPartial && func.ob_type === PartialType && type === PartialType) {
      pargs = [...func.args, ...pargs];
      const m = new Map(func.kw);
      for (const [k, v] of kw) m.set(k, v);
      kw = [...m.entries()];
      func = func.func;
    }
    if (!isCallableValue(func)) typeErr('the first argument must be callable');
    const o = new PyPartial(func, pargs, kw, type);
    return o;
  };
  PartialType.tp_call = partialCall;
  defineMethods(PartialType, {
    __repr__(args) {
      const p = args[0] as PyPartial;
      const parts = [pyRepr(p.func), ...p.args.map((a) => pyRepr(a)), ...p.kw.map(([k, v]) => `${k}=${pyRepr(v)}`)];
      const name = p.ob_type === PartialType ? 'functools.partial' : p.ob_type.tp_name;
      return `${name}(${parts.join(', ')})`;
    },
    __call__(args, kwnames) {
      return partialCall(args[0], args.slice(1), kwnames);
    },
    // CPython's pickle/copy protocol: (type, (func,), (func, args, keywords, __dict__ or None))
    __reduce__(args) {
      const p = args[0] as PyPartial;
      const kw = new PyDict();
      for (const [k, v] of p.kw) kw.table.set(k, v);
      const dict = p.dict && p.dict.table.size > 0 ? p.dict : None;
      return new PyTuple([p.ob_type, new PyTuple([p.func]), new PyTuple([p.func, new PyTuple(p.args.slice()), kw, dict])]);
    },
    __setstate__(args) {
      const p = args[0] as PyPartial;
      const st = args[1];
      if (!(st instanceof PyTuple) || st.items.length !== 4) typeErr('invalid partial state');
      const [func, fargs, kw, dict] = st.items;
      if (!isCallableValue(func) || !(fargs instanceof PyTuple) || (kw !== None && !(kw instanceof PyDict))
        || (dict !== None && !(dict instanceof PyDict))) typeErr('invalid partial state');
      p.func = func;
      p.args = fargs.items.slice();
      p.kw = kw instanceof PyDict ? [...kw.table.entries()].map((e) => [e.key as string, e.value] as [string, PyValue]) : [];
      p.dict = dict instanceof PyDict ? dict : new PyDict();
      return None;
    },
  });
  defineGetSet(PartialType, '__dict__', (s) => (s as PyPartial).dict!);
  defineGetSet(PartialType, 'func', (s) => (s as PyPartial).func);
  defineGetSet(PartialType, 'args', (s) => new PyTuple((s as PyPartial).args.slice()));
  defineGetSet(PartialType, 'keywords', (s) => {
    const d = new PyDict();
    for (const [k, v] of (s as PyPartial).kw) d.table.set(k, v);
    return d;
  });
  PartialType.modified();
}

function isCallableValue(v: PyValue): boolean {
  if (typeof v !== 'object') return false;
  if (v instanceof PyType || v instanceof PyBuiltinFunction || v instanceof PyMethodDescriptor) return true;
  return v.ob_type.tp_call !== null || v.ob_type.lookup('__call__') !== undefined;
}

// ---------------------------------------------------------------------------
// reduce
// ---------------------------------------------------------------------------

function reduce(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  checkPositional('reduce', args, kwnames, 2, 3);
  const [fn, seq] = args;
  let it: PyValue;
  try {
    it = getIter(seq);
  } catch (e) {
    if (e instanceof PyBaseExceptionObject && e.ob_type === TypeErrorType) typeErr('reduce() arg 2 must support iteration');
    throw e;
  }
  let acc: PyValue | undefined = args.length === 3 ? args[2] : undefined;
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) {
    acc = acc === undefined ? x : call(fn, [acc, x], null);
  }
  if (acc === undefined) typeErr('reduce() of empty iterable with no initial value');
  return acc;
}

// ---------------------------------------------------------------------------
// update_wrapper / wraps
// ---------------------------------------------------------------------------

const WRAPPER_ASSIGNMENTS = ['__module__', '__name__', '__qualname__', '__doc__', '__annotations__'];

/** `update_wrapper(wrapper, wrapped)`: copy the standard attributes, set `__wrapped__`. */
export function updateWrapper(wrapper: PyValue, wrapped: PyValue): PyValue {
  for (const name of WRAPPER_ASSIGNMENTS) {
    let v: PyValue | undefined;
    try {
      v = getAttrOpt(wrapped, name);
    } catch (e) {
      if (e instanceof PyBaseExceptionObject && e.ob_type.isSubtype(AttributeErrorType)) continue;
      throw e;
    }
    if (v !== undefined) setAttr(wrapper, name, v);
  }
  // WRAPPER_UPDATES: wrapper.__dict__.update(wrapped.__dict__)
  if (typeof wrapped === 'object' && wrapped.dict && typeof wrapper === 'object') {
    if (!wrapper.dict) wrapper.dict = new PyDict();
    for (const e of wrapped.dict.table.entries()) {
      if (e.key === '__wrapped__' || !WRAPPER_ASSIGNMENTS.includes(e.key as string)) wrapper.dict.table.set(e.key, e.value);
    }
  }
  setAttr(wrapper, '__wrapped__', wrapped);
  return wrapper;
}

const UPDATE_WRAPPER_SPEC = ['wrapper', 'wrapped', 'assigned?', 'updated?'];
const WRAPS_SPEC = ['wrapped', 'assigned?', 'updated?'];

// ---------------------------------------------------------------------------
// lru_cache
// ---------------------------------------------------------------------------

export const LruCacheType = new PyType('_lru_cache_wrapper', [ObjectType], TPFLAGS_BASETYPE, 'functools');
const CacheInfoType = makeStructSeqType('functools', 'CacheInfo', ['hits', 'misses', 'maxsize', 'currsize']);
// CacheInfo's repr is `CacheInfo(hits=..., ...)` (a namedtuple in CPython).
CacheInfoType.tp_dict.set(
  '__repr__',
  new PyMethodDescriptor('__repr__', CacheInfoType, (a) => {
    const t = a[0] as PyTuple;
    return `CacheInfo(hits=${pyRepr(t.items[0])}, misses=${pyRepr(t.items[1])}, maxsize=${pyRepr(t.items[2])}, currsize=${pyRepr(t.items[3])})`;
  }),
);
// The rest of the namedtuple API: _fields, _asdict, _replace, _make.
const CACHE_INFO_FIELDS = ['hits', 'misses', 'maxsize', 'currsize'];
CacheInfoType.tp_dict.set('_fields', new PyTuple(CACHE_INFO_FIELDS.slice()));
CacheInfoType.tp_dict.set('_field_defaults', new PyDict());
defineMethods(CacheInfoType, {
  _asdict(a) {
    const d = new PyDict();
    CACHE_INFO_FIELDS.forEach((f, i) => d.set(f, (a[0] as PyTuple).items[i]!));
    return d;
  },
  _replace(a, kw) {
    const items = (a[0] as PyTuple).items.slice();
    const nk = kw?.length ?? 0;
    const bad: string[] = [];
    for (let i = 0; i < nk; i++) {
      const k = CACHE_INFO_FIELDS.indexOf(kw![i]!);
      if (k < 0) bad.push(kw![i]!);
      else items[k] = a[a.length - nk + i]!;
    }
    if (bad.length) throw newError(ValueErrorType, `Got unexpected field names: [${bad.map((b) => pyRepr(b)).join(', ')}]`);
    return newStructSeq(CacheInfoType, items);
  },
});
CacheInfoType.tp_dict.set(
  '_make',
  new PyClassMethodDescriptor('_make', CacheInfoType, (a) => {
    const items = iterToArray(a[1]!);
    if (items.length !== 4) throw newError(TypeErrorType, `Expected 4 arguments, got ${items.length}`);
    return newStructSeq(CacheInfoType, items);
  }),
);
CacheInfoType.modified();

const KWD_MARK = new PyObject(ObjectType);

/** The wrapper returned by `lru_cache(maxsize)(func)`. */
export class PyLruCache extends PyObject {
  table = new DictTable();
  hits = 0;
  misses = 0;
  constructor(public func: PyValue, public maxsize: number | null, public typed: boolean) {
    super();
    this.ob_type = LruCacheType;
    this.dict = new PyDict();
  }
}

function lruKey(c: PyLruCache, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const nkw = kwnames ? kwnames.length : 0;
  if (nkw === 0 && args.length === 1 && !c.typed) {
    const a = args[0];
    if (typeof a === 'number' || typeof a === 'string') return a;
  }
  const items: PyValue[] = args.slice(0, args.length - nkw);
  if (nkw) {
    items.push(KWD_MARK);
    for (let i = 0; i < nkw; i++) items.push(kwnames![i], args[args.length - nkw + i]);
  }
  if (c.typed) for (const a of args) items.push(typeName(a));
  return new PyTuple(items);
}

function lruCall(self: PyValue, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const c = self as PyLruCache;
  if (c.maxsize === 0) {
    c.misses++;
    return call(c.func, args, kwnames);
  }
  const key = lruKey(c, args, kwnames);
  pyHash(key);
  const e = c.table.lookup(key);
  if (e !== undefined) {
    c.hits++;
    if (c.maxsize !== null) {
      // move to most-recently-used position
      c.table.delete(key);
      c.table.set(key, e.value);
    }
    return e.value;
  }
  c.misses++;
  const r = call(c.func, args, kwnames);
  if (c.table.lookup(key) === undefined) {
    c.table.set(key, r);
    if (c.maxsize !== null && c.table.size > c.maxsize) {
      const first = c.table.entries().next();
      if (!first.done) c.table.delete(first.value.key);
    }
  }
  return r;
}

function installLru(): void {
  LruCacheType.tp_call = lruCall;
  defineMethods(LruCacheType, {
    __call__(args, kwnames) {
      return lruCall(args[0], args.slice(1), kwnames);
    },
    cache_info(args) {
      const c = args[0] as PyLruCache;
      return newStructSeq(CacheInfoType, [c.hits, c.misses, c.maxsize ?? None, c.table.size]);
    },
    cache_clear(args) {
      const c = args[0] as PyLruCache;
      c.table.clear();
      c.hits = c.misses = 0;
      return None;
    },
    cache_parameters(args) {
      const c = args[0] as PyLruCache;
      const d = new PyDict();
      d.table.set('maxsize', c.maxsize ?? None);
      d.table.set('typed', c.typed);
      return d;
    },
    __get__(args) {
      const [self, obj] = args;
      if (obj === None || obj === undefined) return self;
      return new PyMethod(self, obj);
    },
    __repr__(args) {
      const c = args[0] as PyLruCache;
      return `<functools._lru_cache_wrapper object at 0x${objectId(c).toString(16)}>`;
    },
  });
}

function makeLru(func: PyValue, maxsize: number | null, typed: boolean): PyLruCache {
  const c = new PyLruCache(func, maxsize, typed);
  updateWrapper(c, func);
  return c;
}

const LRU_SPEC = ['maxsize?', 'typed?'];

function lruCache(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const p = parseArgs('lru_cache', args, kwnames, LRU_SPEC);
  const typed = p[1] !== undefined && isTrue(p[1]);
  const m = p[0];
  if (m !== undefined && m !== None && isCallableValue(m)) {
    // @lru_cache used without arguments
    return makeLru(m, 128, typed);
  }
  let maxsize: number | null = 128;
  if (m === None) maxsize = null;
  else if (m !== undefined) {
    if (typeof m !== 'number' && typeof m !== 'boolean') typeErr('Expected first argument to be an integer, a callable, or None');
    maxsize = Math.max(0, Number(m));
  }
  return new PyBuiltinFunction('decorating_function', (a, k) => makeLru(oneArg('decorating_function', a, k), maxsize, typed), null, 'lru_cache.<locals>.decorating_function', 'functools');
}

// ---------------------------------------------------------------------------
// total_ordering, cmp_to_key, cached_property
// ---------------------------------------------------------------------------

function notOf(r: PyValue): PyValue {
  return r === NotImplemented ? r : !isTrue(r);
}

/** `total_ordering(cls)`: derive the missing rich comparisons from one of `__lt__`/`__le__`/`__gt__`/`__ge__` (Lib/functools.py). */
function totalOrdering(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const cls = oneArg('total_ordering', args, kwnames);
  if (!(cls instanceof PyType)) typeErr('total_ordering expects a class');
  const defined = ['__lt__', '__le__', '__gt__', '__ge__'].filter((op) => {
    const own = cls.lookup(op);
    return own !== undefined && own !== ObjectType.tp_dict.get(op);
  });
  if (defined.length === 0) throw newError(ValueErrorType, 'must define at least one ordering operation: < > <= >=');
  const root = ['__lt__', '__le__', '__gt__', '__ge__'].find((op) => defined.includes(op))!;
  const cmp = (self: PyValue, other: PyValue, op: string) => call(getAttr(self, op), [other], null);
  const eqOf = (self: PyValue, other: PyValue) => isTrue(richCompare(self, other, EQ));
  type Derived = Record<string, (s: PyValue, o: PyValue) => PyValue>;
  const table: Record<string, Derived> = {
    __lt__: {
      __gt__: (s, o) => {
        const r = cmp(s, o, '__lt__');
        return r === NotImplemented ? r : !isTrue(r) && !eqOf(s, o);
      },
      __le__: (s, o) => {
        const r = cmp(s, o, '__lt__');
        return r === NotImplemented ? r : isTrue(r) || eqOf(s, o);
      },
      __ge__: (s, o) => notOf(cmp(s, o, '__lt__')),
    },
    __le__: {
      __ge__: (s, o) => {
        const r = cmp(s, o, '__le__');
        return r === NotImplemented ? r : !isTrue(r) || eqOf(s, o);
      },
      __lt__: (s, o) => {
        const r = cmp(s, o, '__le__');
        return r === NotImplemented ? r : isTrue(r) && !eqOf(s, o);
      },
      __gt__: (s, o) => notOf(cmp(s, o, '__le__')),
    },
    __gt__: {
      __lt__: (s, o) => {
        const r = cmp(s, o, '__gt__');
        return r === NotImplemented ? r : !isTrue(r) && !eqOf(s, o);
      },
      __ge__: (s, o) => {
        const r = cmp(s, o, '__gt__');
        return r === NotImplemented ? r : isTrue(r) || eqOf(s, o);
      },
      __le__: (s, o) => notOf(cmp(s, o, '__gt__')),
    },
    __ge__: {
      __le__: (s, o) => {
        const r = cmp(s, o, '__ge__');
        return r === NotImplemented ? r : !isTrue(r) || eqOf(s, o);
      },
      __gt__: (s, o) => {
        const r = cmp(s, o, '__ge__');
        return r === NotImplemented ? r : isTrue(r) && !eqOf(s, o);
      },
      __lt__: (s, o) => notOf(cmp(s, o, '__ge__')),
    },
  };
  for (const [name, f] of Object.entries(table[root])) {
    if (defined.includes(name)) continue;
    cls.tp_dict.set(name, new PyMethodDescriptor(name, cls, (a) => f(a[0], a[1])));
  }
  cls.modified();
  return cls;
}

export const KeyWrapperType = new PyType('KeyWrapper', [ObjectType], 0, 'functools');

class PyKeyWrapper extends PyObject {
  constructor(public cmp: PyValue, public obj: PyValue) {
    super();
    this.ob_type = KeyWrapperType;
  }
}

function installKeyWrapper(): void {
  const mk = (op: number) => (a: PyValue[]) => {
    const self = a[0] as PyKeyWrapper;
    const other = a[1];
    if (!(other instanceof PyKeyWrapper)) typeErr('other argument must be K instance');
    const r = call(self.cmp, [self.obj, other.obj], null);
    return compare(r, 0, op);
  };
  defineMethods(KeyWrapperType, {
    __lt__: mk(LT),
    __le__: mk(1),
    __eq__: mk(EQ),
    __ne__: mk(3),
    __gt__: mk(GT),
    __ge__: mk(5),
  });
  KeyWrapperType.tp_dict.set('__hash__', None);
  // calling a key wrapper (the one cmp_to_key returns) wraps one object: K(obj)
  KeyWrapperType.tp_call = (self, args, kwnames) => {
    // CPython's old-style parser reports the missing obj before unknown keywords
    if (args.length === (kwnames ? kwnames.length : 0) && !(kwnames && kwnames.includes('obj'))) {
      typeErr("K() missing required argument 'obj' (pos 1)");
    }
    const [obj] = parseArgs('K', args, kwnames, ['obj']);
    return new PyKeyWrapper((self as PyKeyWrapper).cmp, obj!);
  };
  defineGetSet(KeyWrapperType, 'obj', (s) => (s as PyKeyWrapper).obj);
  KeyWrapperType.modified();
}

function cmpToKey(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const p = parseArgs('cmp_to_key', args, kwnames, ['mycmp']);
  const cmp = p[0]!;
  // CPython returns a KeyWrapper with no object (its obj is None) that makes the keys when called
  return new PyKeyWrapper(cmp, None);
}

export const CachedPropertyType = new PyType('cached_property', [ObjectType], TPFLAGS_BASETYPE, 'functools');

function installCachedProperty(): void {
  CachedPropertyType.tp_new = (type, args, kwnames) => {
    const f = oneArg('cached_property', args, kwnames);
    const o = new PyObject(type);
    o.dict = new PyDict();
    o.dict.table.set('func', f);
    o.dict.table.set('attrname', None);
    const doc = getAttrOpt(f, '__doc__');
    o.dict.table.set('__doc__', doc ?? None);
    return o;
  };
  defineMethods(CachedPropertyType, {
    __init__() {
      return None;
    },
    __set_name__(a) {
      const self = a[0] as PyObject;
      self.dict!.table.set('attrname', a[2]);
      return None;
    },
    __get__(a) {
      const self = a[0] as PyObject;
      const inst = a[1];
      if (inst === None || inst === undefined) return self;
      const name = self.dict!.table.lookup('attrname')?.value;
      if (typeof name !== 'string') typeErr('Cannot use cached_property instance without calling __set_name__ on it.');
      const func = self.dict!.table.lookup('func')!.value;
      const v = call(func, [inst], null);
      const io = inst as PyObject;
      if (!io.dict) typeErr(`No '__dict__' attribute on '${typeName(inst)}' instance to cache '${name}' property.`);
      io.dict.table.set(name, v);
      return v;
    },
  });
}

// ---------------------------------------------------------------------------
// singledispatch
// ---------------------------------------------------------------------------

export const SingleDispatchType = new PyType('singledispatch', [ObjectType], 0, 'functools');

/** The generic function returned by `singledispatch(func)`. */
export class PySingleDispatch extends PyObject {
  registry = new Map<PyType, PyValue>();
  cache = new Map<PyType, PyValue>();
  constructor(public func: PyValue) {
    super();
    this.ob_type = SingleDispatchType;
    this.dict = new PyDict();
    this.registry.set(ObjectType, func);
  }
  dispatch(cls: PyType): PyValue {
    const hit = this.cache.get(cls);
    if (hit !== undefined) return hit;
    let impl: PyValue = this.func;
    for (const t of cls.tp_mro) {
      const f = this.registry.get(t);
      if (f !== undefined) {
        impl = f;
        break;
      }
    }
    this.cache.set(cls, impl);
    return impl;
  }
  register(cls: PyValue, func: PyValue | undefined): PyValue {
    if (cls instanceof PyType) {
      if (func === undefined || func === None) {
        return new PyBuiltinFunction('register', (a, k) => this.register(cls, oneArg('register', a, k)), null, 'singledispatch.register', 'functools');
      }
      this.registry.set(cls, func);
      this.cache.clear();
      return func;
    }
    // @register with a type annotation on the first parameter
    const f = cls;
    const ann = getAttrOpt(f, '__annotations__');
    let argType: PyValue | undefined;
    if (ann instanceof PyDict) {
      for (const e of ann.table.entries()) {
        if (e.key !== 'return') {
          argType = e.value;
          break;
        }
      }
    }
    if (!(argType instanceof PyType)) {
      typeErr(`Invalid first argument to \`register()\`: ${pyRepr(f)}. Use either \`@register(some_class)\` or plain \`@register\` on an annotated function.`);
    }
    this.registry.set(argType, f);
    this.cache.clear();
    return f;
  }
}

function installSingleDispatch(): void {
  SingleDispatchType.tp_call = (self, args, kwnames) => {
    const sd = self as PySingleDispatch;
    const npos = args.length - (kwnames?.length ?? 0);
    if (npos < 1) {
      const name = getAttrOpt(sd, '__name__');
      typeErr(`${typeof name === 'string' ? name : 'singledispatch function'} requires at least 1 positional argument`);
    }
    const t = args[0];
    const cls = t instanceof PyObject ? t.ob_type : typeOfValue(t);
    return call(sd.dispatch(cls), args, kwnames);
  };
  defineMethods(SingleDispatchType, {
    __call__(a, k) {
      return SingleDispatchType.tp_call!(a[0], a.slice(1), k);
    },
    register(a, k) {
      checkPositional('register', a, k, 2, 3);
      return (a[0] as PySingleDispatch).register(a[1], a[2]);
    },
    dispatch(a, k) {
      checkPositional('dispatch', a, k, 2, 2);
      const cls = a[1];
      if (!(cls instanceof PyType)) typeErr('dispatch() argument must be a class');
      return (a[0] as PySingleDispatch).dispatch(cls);
    },
    __get__(a) {
      const [self, obj] = a;
      if (obj === None || obj === undefined) return self;
      return new PyMethod(self, obj);
    },
  });
  defineGetSet(SingleDispatchType, 'registry', (s) => {
    const d = new PyDict();
    for (const [k, v] of (s as PySingleDispatch).registry) d.table.set(k, v);
    return d;
  });
}

export function singledispatch(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const func = oneArg('singledispatch', args, kwnames);
  const sd = new PySingleDispatch(func);
  updateWrapper(sd, func);
  return sd;
}

let installed = false;
function install(): void {
  if (installed) return;
  installed = true;
  installPartial();
  installLru();
  installKeyWrapper();
  installCachedProperty();
  installSingleDispatch();
}

/** The `functools` module's attributes. */
export function functoolsModuleEntries(): [string, PyValue][] {
  install();
  return [
    ['partial', PartialType],
    fnEntry('reduce', reduce),
    fnEntry('lru_cache', lruCache),
    fnEntry('cache', (a, k) => makeLru(oneArg('cache', a, k), null, false)),
    fnEntry('update_wrapper', (a, k) => {
      const p = parseArgs('update_wrapper', a, k, UPDATE_WRAPPER_SPEC);
      return updateWrapper(p[0]!, p[1]!);
    }),
    fnEntry('wraps', (a, k) => {
      const p = parseArgs('wraps', a, k, WRAPS_SPEC);
      const wrapped = p[0]!;
      return new PyBuiltinFunction('decorator', (b, kk) => updateWrapper(oneArg('decorator', b, kk), wrapped), null, 'wraps.<locals>.decorator', 'functools');
    }),
    fnEntry('total_ordering', totalOrdering),
    fnEntry('cmp_to_key', cmpToKey),
    fnEntry('singledispatch', singledispatch),
    ['cached_property', CachedPropertyType],
    ...functoolsMethodEntries(),
    ['WRAPPER_ASSIGNMENTS', new PyTuple(WRAPPER_ASSIGNMENTS.slice())],
    ['WRAPPER_UPDATES', new PyTuple(['__dict__'])],
  ];
}
