/**
 * `_weakref` (CPython Objects/weakrefobject.c + Modules/_weakref.c): the
 * `ref` type (`weakref.ReferenceType`), `getweakrefcount`, `getweakrefs`.
 * The Python-level `weakref` module (src/lib/weakref.py) builds proxies,
 * the weak dictionaries, WeakSet, WeakMethod and finalize on top of it.
 *
 * Semantics on a JS engine: a ref holds its referent through a JS `WeakRef`;
 * without reference counts, vm/lifecycle.ts decides when a referent died (at
 * a `del`, `gc.collect()` or exit) and then clears its refs and runs their
 * callbacks through the hook installed here. Weak references to int, str, bytes,
 * tuple, list, dict, float, bool and None raise TypeError as in CPython.
 */
import {
  type PyValue, PyObject, PyType, PyBuiltinFunction, ObjectType, None, NotImplemented, TypeErrorType,
  TPFLAGS_BASETYPE, newError, typeName, typeOf, defineMethods, defineGetSet,
} from '../runtime/object.js';
import { hash as pyHash, eq as pyEq, objectId } from '../runtime/abstract.js';
import { PyList } from '../runtime/list.js';
import { getAttrOpt } from '../runtime/attr.js';
import { setClearWeakrefsHook, trackReferent } from '../vm/lifecycle.js';

/** `weakref.ReferenceType` (`weakref.ref`). */
export const RefType = new PyType('ReferenceType', [ObjectType], TPFLAGS_BASETYPE, 'weakref');

const NOT_WEAKREFABLE = new Set(['int', 'str', 'bytes', 'tuple', 'list', 'dict', 'float', 'bool', 'NoneType', 'complex', 'bytearray']);

/** A weak reference: `target` is a JS WeakRef to the referent. */
export class PyWeakRef extends PyObject {
  target: WeakRef<PyObject> | null = null;
  callback: PyValue = None;
  constructor(type: PyType) {
    super();
    this.ob_type = type;
  }
  get(): PyValue {
    return this.target?.deref() ?? None;
  }
}

/** All refs ever created to an object, for getweakrefcount/getweakrefs and ref reuse. */
const refsOf = new WeakMap<PyObject, PyWeakRef[]>();

// When vm/lifecycle.ts declares an object dead: clear its refs; callbacks run newest first, as in CPython.
setClearWeakrefsHook((o) => {
  const list = refsOf.get(o);
  if (!list) return [];
  refsOf.delete(o);
  for (const r of list) r.target = null;
  return list.filter((r) => r.callback !== None).reverse().map((r): [PyValue, PyValue] => [r, r.callback]);
});

function checkReferent(o: PyValue): PyObject {
  if (!(o instanceof PyObject)) throw newError(TypeErrorType, `cannot create weak reference to '${typeName(o)}' object`);
  const t = o.ob_type;
  if (t.tp_noweakref || (NOT_WEAKREFABLE.has(t.tp_name) && t.tp_dict.get('__module__') === undefined)) {
    throw newError(TypeErrorType, `cannot create weak reference to '${typeName(o)}' object`);
  }
  return o;
}

const self = (o: PyValue): PyWeakRef => {
  if (!(o instanceof PyWeakRef)) throw newError(TypeErrorType, `descriptor requires a 'weakref.ReferenceType' object but received '${typeName(o)}'`);
  return o;
};

RefType.tp_new = (type, args, kwnames) => {
  const nkw = kwnames ? kwnames.length : 0;
  const npos = args.length - nkw;
  if (type === RefType && nkw) throw newError(TypeErrorType, 'ref() takes no keyword arguments');
  if (npos < 1 || (type === RefType && npos > 2)) {
    throw newError(TypeErrorType, `__new__ expected at most 2 arguments, got ${npos}`);
  }
  const obj = checkReferent(args[0]);
  const cb = npos > 1 ? args[1] : None;
  let list = refsOf.get(obj);
  // CPython hands back the existing plain ref when no callback is given.
  if (type === RefType && cb === None && list) {
    const existing = list.find((r) => r.ob_type === RefType && r.callback === None);
    if (existing) return existing;
  }
  const r = new PyWeakRef(type);
  r.target = new WeakRef(obj);
  trackReferent(obj);
  r.callback = cb;
  if (!list) refsOf.set(obj, (list = []));
  list.push(r);
  return r;
};

defineMethods(RefType, {
  __init__: () => None,
  __call__: (a) => self(a[0]).get(),
  __hash__: (a) => {
    const v = self(a[0]).get();
    if (v === None) throw newError(TypeErrorType, 'weak object has gone away');
    return pyHash(v);
  },
  __eq__: (a) => {
    const x = self(a[0]);
    if (!(a[1] instanceof PyWeakRef)) return NotImplemented;
    const va = x.get(), vb = a[1].get();
    if (va === None || vb === None) return x === a[1];
    return pyEq(va, vb);
  },
  __ne__: (a) => {
    const x = self(a[0]);
    if (!(a[1] instanceof PyWeakRef)) return NotImplemented;
    const va = x.get(), vb = a[1].get();
    if (va === None || vb === None) return x !== a[1];
    return !pyEq(va, vb);
  },
  __repr__: (a) => {
    const r = self(a[0]);
    const v = r.get();
    const id = objectId(r).toString(16);
    if (v === None) return `<weakref at 0x${id}; dead>`;
    const t = typeOf(v);
    let name: PyValue | undefined;
    try {
      name = getAttrOpt(v, '__name__');
    } catch {
      name = undefined;
    }
    const nm = typeof name === 'string' ? ` (${name})` : '';
    return `<weakref at 0x${id}; to '${t.tp_name}' at 0x${objectId(v as PyObject).toString(16)}${nm}>`;
  },
  __class_getitem__: (a) => a[0],
});
defineGetSet(RefType, '__callback__', (o) => self(o).callback);

/** The attributes of `_weakref`. */
export function weakrefNativeEntries(): [string, PyValue][] {
  const liveRefs = (o: PyValue): PyWeakRef[] => (o instanceof PyObject ? (refsOf.get(o) ?? []).filter((r) => r.get() !== None) : []);
  return [
    ['ref', RefType],
    ['ReferenceType', RefType],
    ['getweakrefcount', new PyBuiltinFunction('getweakrefcount', (a) => liveRefs(a[0]).length, null, 'getweakrefcount', '_weakref')],
    ['getweakrefs', new PyBuiltinFunction('getweakrefs', (a) => new PyList(liveRefs(a[0])), null, 'getweakrefs', '_weakref')],
  ];
}
