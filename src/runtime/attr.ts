/**
 * The attribute and call protocols (CPython Objects/object.c
 * `PyObject_GenericGetAttr`/`SetAttr`, typeobject.c `type_getattro`,
 * call.c `PyObject_Vectorcall`): descriptors (data before the instance dict,
 * non-data after), `__getattr__` fallback, `__getattribute__` overrides,
 * binding of functions/methods/classmethods/staticmethods/properties, and
 * calling any callable. Class machinery (type(), object, super, property,
 * __build_class__) lives in classes.ts.
 */
import {
  type PyValue,
  PyObject,
  PyType,
  PyBuiltinFunction,
  PyMethodDescriptor,
  PyGetSetDescriptor,
  PyClassMethodDescriptor,
  PyBaseExceptionObject,
  None,
  TypeType,
  ObjectType,
  ModuleType,
  TypeErrorType,
  AttributeErrorType,
  typeOf,
  newError,
  isInstance,
  TPFLAGS_HEAPTYPE,
  TPFLAGS_BASE_EXC_SUBCLASS,
} from './object.js';
import { PyFunction, PyMethod } from './function.js';
import { callFunction } from '../vm/interpreter.js';
import { dictGetStr, dictSetStr, dictDelStr, mkDict, mkTuple } from '../vm/rt.js';
import type { PyDict } from './dict.js';

// ---------------------------------------------------------------------------
// Descriptor kinds owned by the VM area (classes.ts gives them their methods)
// ---------------------------------------------------------------------------

import { PropertyType, ClassMethodType, StaticMethodType, FunctionType, BuiltinFunctionType, MethodType } from './object.js';

/** `property(fget, fset, fdel, doc)` (CPython Objects/descrobject.c). */
export class PyProperty extends PyObject {
  fget: PyValue = None;
  fset: PyValue = None;
  fdel: PyValue = None;
  doc: PyValue = None;
  /** Attribute name from `__set_name__`, for error messages. */
  name: PyValue = None;
  constructor(type: PyType = PropertyType) {
    super();
    this.ob_type = type;
  }
}

/** `classmethod(f)`. */
export class PyClassMethod extends PyObject {
  constructor(public func: PyValue, type: PyType = ClassMethodType) {
    super();
    this.ob_type = type;
  }
}

/** `staticmethod(f)`. */
export class PyStaticMethod extends PyObject {
  constructor(public func: PyValue, type: PyType = StaticMethodType) {
    super();
    this.ob_type = type;
  }
}

// ---------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------

/** The AttributeError CPython raises for a missing attribute of `o` (with name/obj recorded). */
export function attrError(o: PyValue, name: string): PyBaseExceptionObject {
  let msg: string;
  if (o instanceof PyType) msg = `type object '${o.tp_name}' has no attribute '${name}'`;
  else if (o instanceof PyObject && o.ob_type.isSubtype(ModuleType)) {
    const n = o.dict ? dictGetStr(o.dict, '__name__') : undefined;
    msg = typeof n === 'string' ? `module '${n}' has no attribute '${name}'` : `module has no attribute '${name}'`;
  } else msg = `'${typeOf(o).tp_name}' object has no attribute '${name}'`;
  const e = newError(AttributeErrorType, msg);
  attrErrorInfo.set(e, { name, obj: o });
  return e;
}

/** name/obj of AttributeErrors raised by the attribute protocol (for "Did you mean" suggestions). */
export const attrErrorInfo = new WeakMap<PyBaseExceptionObject, { name: string; obj: PyValue }>();

/** Is `e` an AttributeError (or subclass)? */
export function isAttributeError(e: unknown): e is PyBaseExceptionObject {
  return e instanceof PyBaseExceptionObject && e.ob_type.isSubtype(AttributeErrorType);
}

// ---------------------------------------------------------------------------
// Descriptor binding
// ---------------------------------------------------------------------------

/** True for method descriptors that LOAD_METHOD may call unbound (self prepended). */
export function isMethodDescr(d: PyValue): boolean {
  return d instanceof PyMethodDescriptor;
}

/** Is `d` a data descriptor (defines `__set__` or `__delete__`)? */
export function isDataDescr(d: PyValue): boolean {
  if (typeof d !== 'object') return false;
  if (d instanceof PyFunction || d instanceof PyMethodDescriptor) return false;
  if (d instanceof PyGetSetDescriptor || d instanceof PyProperty) return true;
  const t = d.ob_type;
  if (!(t.tp_flags & TPFLAGS_HEAPTYPE) && t !== PropertyType) return false;
  return t.lookup('__set__') !== undefined || t.lookup('__delete__') !== undefined;
}

/** Bind a bound builtin for native method descriptors. */
export function bindNative(d: PyMethodDescriptor, self: PyValue): PyBuiltinFunction {
  return new PyBuiltinFunction(d.name, d.fn, self, `${d.owner.tp_name}.${d.name}`, null);
}

/**
 * Apply the descriptor protocol to `d` found on a type: `obj` is the instance
 * (null for access through the class `t`). CPython `tp_descr_get`.
 */
export function descrGet(d: PyValue, obj: PyValue | null, t: PyType): PyValue {
  if (typeof d !== 'object') return d;
  if (d instanceof PyFunction) return obj === null ? d : new PyMethod(d, obj);
  if (d instanceof PyMethodDescriptor) return obj === null ? d : bindNative(d, obj);
  if (d instanceof PyGetSetDescriptor) return obj === null ? d : d.get(obj);
  if (d instanceof PyClassMethodDescriptor) return new PyBuiltinFunction(d.name, d.fn, t, `${d.owner.tp_name}.${d.name}`, null);
  if (d instanceof PyClassMethod) {
    const f = d.func;
    const g = typeof f === 'object' && !(f instanceof PyFunction) ? typeOf(f).lookup('__get__') : undefined;
    if (g !== undefined) return call(g, [f, t, t], null);
    return new PyMethod(f, t);
  }
  if (d instanceof PyStaticMethod) return d.func;
  if (d instanceof PyProperty && (d.ob_type === PropertyType || !overridesDescr(d.ob_type, '__get__'))) return obj === null ? d : propertyGet(d, obj);
  const dt = d.ob_type;
  if (dt === TypeType || d instanceof PyType) return d;
  const g = dt.lookup('__get__');
  if (g === undefined) return d;
  return call(g, [d, obj === null ? None : obj, t], null);
}

/** Does a property subclass define its own `name` (__get__/__set__/__delete__) in Python? */
function overridesDescr(t: PyType, name: string): boolean {
  return t.lookup(name) !== PropertyType.tp_dict.get(name);
}

/** property.__get__ on an instance. */
export function propertyGet(p: PyProperty, obj: PyValue): PyValue {
  if (p.fget === None) {
    throw newError(AttributeErrorType, propMsg(p, obj, 'getter'));
  }
  return call(p.fget, [obj], null);
}

export function propMsg(p: PyProperty, obj: PyValue, what: string): string {
  const tn = typeOf(obj).tp_qualname;
  return typeof p.name === 'string' ? `property '${p.name}' of '${tn}' object has no ${what}` : `property of '${tn}' object has no ${what}`;
}

function descrSet(d: PyValue, obj: PyValue, v: PyValue | undefined): boolean {
  if (d instanceof PyGetSetDescriptor) {
    if (d.set === null) {
      throw newError(AttributeErrorType, `attribute '${d.name}' of '${d.owner.tp_name}' objects is not writable`);
    }
    d.set(obj, v);
    return true;
  }
  // a property subclass may override __set__/__delete__: only exact properties take the fast path
  if (d instanceof PyProperty && (d.ob_type === PropertyType || !overridesDescr(d.ob_type, v === undefined ? '__delete__' : '__set__'))) {
    if (v === undefined) {
      if (d.fdel === None) throw newError(AttributeErrorType, propMsg(d, obj, 'deleter'));
      call(d.fdel, [obj], null);
    } else {
      if (d.fset === None) throw newError(AttributeErrorType, propMsg(d, obj, 'setter'));
      call(d.fset, [obj, v], null);
    }
    return true;
  }
  if (typeof d !== 'object' || d instanceof PyFunction) return false;
  const t = d.ob_type;
  if (v === undefined) {
    const del = t.lookup('__delete__');
    if (del === undefined) {
      if (t.lookup('__set__') !== undefined) throw newError(AttributeErrorType, '__delete__');
      return false;
    }
    call(del, [d, obj], null);
    return true;
  }
  const set = t.lookup('__set__');
  if (set === undefined) {
    if (t.lookup('__delete__') !== undefined) throw newError(AttributeErrorType, '__set__');
    return false;
  }
  call(set, [d, obj, v], null);
  return true;
}

// ---------------------------------------------------------------------------
// getattr
// ---------------------------------------------------------------------------

/** Sentinels registered by classes.ts: object.__getattribute__ / type.__getattribute__ / object.__setattr__ ... */
export let objectGetAttribute: PyValue = None;
export let typeGetAttribute: PyValue = None;
export let objectSetAttr: PyValue = None;
export let typeSetAttr: PyValue = None;
export let objectDelAttr: PyValue = None;
export let typeDelAttr: PyValue = None;
/** Called once by classes.ts after it created the object/type slot methods. */
export function registerAttrSlots(s: {
  objectGetAttribute: PyValue;
  typeGetAttribute: PyValue;
  objectSetAttr: PyValue;
  typeSetAttr: PyValue;
  objectDelAttr: PyValue;
  typeDelAttr: PyValue;
}): void {
  ({ objectGetAttribute, typeGetAttribute, objectSetAttr, typeSetAttr, objectDelAttr, typeDelAttr } = s);
}

/** `object.__getattribute__` (CPython `_PyObject_GenericGetAttrWithDict`); undefined when missing. */
export function genericGetAttr(o: PyValue, name: string): PyValue | undefined {
  const t = typeOf(o);
  const d = t.lookup(name);
  if (d !== undefined && typeof d === 'object' && !(d instanceof PyFunction) && isDataDescr(d)) return descrGet(d, o, t);
  if (typeof o === 'object') {
    const dict = o.dict;
    if (dict !== null) {
      const v = dictGetStr(dict, name);
      if (v !== undefined) return v;
    }
  }
  if (d !== undefined) return descrGet(d, o, t);
  return undefined;
}

/** `type.__getattribute__` (CPython `type_getattro`); undefined when missing. */
export function typeGetAttr(t: PyType, name: string): PyValue | undefined {
  const meta = t.ob_type;
  const md = meta.lookup(name);
  if (md !== undefined && isDataDescr(md)) return descrGet(md, t, meta);
  const d = t.lookup(name);
  if (d !== undefined) return descrGet(d, null, t);
  if (md !== undefined) return descrGet(md, t, meta);
  return undefined;
}

function getAttrImpl(o: PyValue, name: string): PyValue | undefined {
  const t = typeOf(o);
  const ga = t.lookup('__getattribute__');
  let v: PyValue | undefined;
  if (ga === objectGetAttribute || ga === undefined || ga === typeGetAttribute) {
    // CPython's slot_tp_getattr_hook: an AttributeError raised while looking up (a property
    // getter, a descriptor) also falls back to __getattr__.
    try {
      v = ga === typeGetAttribute ? typeGetAttr(o as PyType, name) : genericGetAttr(o, name);
    } catch (e) {
      if (!isAttributeError(e)) throw e;
      const gattr = t.lookup('__getattr__');
      if (gattr === undefined) throw e;
      return callMethodValue(gattr, o, [name]);
    }
  } else if (ga instanceof PyMethodDescriptor && ga.owner !== ObjectType && ga.owner !== TypeType) {
    // A native __getattribute__ of some built-in type (e.g. module, super).
    try {
      v = ga.fn([o, name], null);
    } catch (e) {
      // Without a __getattr__ to fall back on, the native lookup's own error stands
      // (a bound method's missing attribute is reported by its function, as in CPython).
      if (!isAttributeError(e) || t.lookup('__getattr__') === undefined) throw e;
      v = undefined;
    }
  } else {
    try {
      v = call(ga, [o, name], null);
    } catch (e) {
      if (!isAttributeError(e)) throw e;
      const gattr = t.lookup('__getattr__');
      if (gattr === undefined) throw e;
      return call(gattr, [o, name], null);
    }
  }
  if (v !== undefined) return v;
  const gattr = t.lookup('__getattr__');
  if (gattr !== undefined) return callMethodValue(gattr, o, [name]);
  return undefined;
}

/** `getattr(o, name)`: raises AttributeError with CPython's message. */
export function getAttr(o: PyValue, name: string): PyValue {
  const v = getAttrImpl(o, name);
  if (v === undefined) throw attrError(o, name);
  return v;
}

/** `getattr(o, name, <missing>)`: undefined when the attribute does not exist (AttributeError suppressed). */
export function getAttrOpt(o: PyValue, name: string): PyValue | undefined {
  try {
    return getAttrImpl(o, name);
  } catch (e) {
    if (isAttributeError(e)) return undefined;
    throw e;
  }
}

/** Module `__getattr__` (PEP 562) is honoured by module's own getattribute, installed in classes.ts. */
export function moduleGetAttr(m: PyObject, name: string): PyValue | undefined {
  const v = genericGetAttr(m, name);
  if (v !== undefined) return v;
  const dict = m.dict;
  if (dict !== null) {
    const g = dictGetStr(dict, '__getattr__');
    if (g !== undefined) return call(g, [name], null);
  }
  return undefined;
}

// ---------------------------------------------------------------------------
// setattr / delattr
// ---------------------------------------------------------------------------

/** `object.__setattr__` (CPython `_PyObject_GenericSetAttrWithDict`); `v === undefined` deletes. */
export function genericSetAttr(o: PyValue, name: string, v: PyValue | undefined): void {
  const t = typeOf(o);
  const d = t.lookup(name);
  if (d !== undefined && descrSet(d, o, v)) return;
  if (typeof o !== 'object' || (o.dict === null && !canGrowDict(o))) {
    if (d === undefined) {
      throw newError(AttributeErrorType, `'${t.tp_name}' object has no attribute '${name}'`);
    }
    throw newError(AttributeErrorType, `'${t.tp_name}' object attribute '${name}' is read-only`);
  }
  let dict = o.dict;
  if (dict === null) dict = o.dict = mkDict();
  if (v === undefined) {
    // CPython: the generic message, without name/obj (so no "Did you mean")
    if (!dictDelStr(dict, name)) throw newError(AttributeErrorType, `'${t.tp_name}' object has no attribute '${name}'`);
  } else dictSetStr(dict, name, v);
}

/**
 * Objects that get an instance dict on first attribute store: instances of
 * classes without `__slots__`, functions, exceptions, classmethod and
 * staticmethod objects.
 */
function canGrowDict(o: PyObject): boolean {
  const t = o.ob_type;
  if (t.tp_flags & TPFLAGS_HEAPTYPE) return instanceDictHook(t);
  return o instanceof PyFunction || (t.tp_flags & TPFLAGS_BASE_EXC_SUBCLASS) !== 0 || t === ClassMethodType || t === StaticMethodType;
}
let instanceDictHook: (t: PyType) => boolean = () => true;
/** Registered by classes.ts: whether instances of a heap type may have a `__dict__` (no `__slots__`). */
export function registerInstanceDictHook(f: (t: PyType) => boolean): void {
  instanceDictHook = f;
}

/** `type.__setattr__`: class attribute assignment (invalidates lookup caches). */
export function typeSetAttrImpl(t: PyType, name: string, v: PyValue | undefined): void {
  const meta = t.ob_type;
  const md = meta.lookup(name);
  if (md !== undefined && descrSet(md, t, v)) return;
  if (!(t.tp_flags & TPFLAGS_HEAPTYPE)) {
    throw newError(TypeErrorType, `cannot set '${name}' attribute of immutable type '${t.tp_name}'`);
  }
  if (v === undefined) {
    if (!t.tp_dict.has(name)) throw attrError(t, name);
    t.tp_dict.delete(name);
  } else t.tp_dict.set(name, v);
  t.modified();
}

/** `setattr(o, name, v)`. */
export function setAttr(o: PyValue, name: string, v: PyValue): void {
  const t = typeOf(o);
  const sa = t.lookup('__setattr__');
  if (sa === objectSetAttr || sa === undefined) genericSetAttr(o, name, v);
  else if (sa === typeSetAttr) typeSetAttrImpl(o as PyType, name, v);
  else if (sa instanceof PyMethodDescriptor) sa.fn([o, name, v], null);
  else callMethodValue(sa, o, [name, v]);
}

/** `delattr(o, name)`. */
export function delAttr(o: PyValue, name: string): void {
  const t = typeOf(o);
  const da = t.lookup('__delattr__');
  if (da === objectDelAttr || da === undefined) genericSetAttr(o, name, undefined);
  else if (da === typeDelAttr) typeSetAttrImpl(o as PyType, name, undefined);
  else if (da instanceof PyMethodDescriptor) da.fn([o, name], null);
  else callMethodValue(da, o, [name]);
}

// ---------------------------------------------------------------------------
// Calls
// ---------------------------------------------------------------------------

let typeCallImpl: (t: PyType, args: PyValue[], kwnames: readonly string[] | null) => PyValue = () => {
  throw newError(TypeErrorType, 'type call not initialised');
};
/** Registered by classes.ts: `type.__call__`. */
export function registerTypeCall(f: typeof typeCallImpl): void {
  typeCallImpl = f;
}

/**
 * Call any callable (CPython `PyObject_Vectorcall`): `args` holds the
 * positionals then `kwnames.length` keyword values.
 */
export function call(f: PyValue, args: PyValue[], kwnames: readonly string[] | null = null): PyValue {
  if (kwnames !== null && kwnames.length === 0) kwnames = null;
  if (typeof f === 'object') {
    // Identity tests on ob_type first: this function sees every kind of callable, and a chain of
    // instanceof tests (each a prototype walk) was most of its cost. These types are final, so
    // their instances are exactly these classes.
    const t = f.ob_type;
    if (t === FunctionType) return callFunction(f as PyFunction, args, kwnames);
    if (t === TypeType) return typeCallImpl(f as PyType, args, kwnames);
    if (t === BuiltinFunctionType) {
      const b = f as PyBuiltinFunction;
      return b.self === null ? b.fn(args, kwnames) : b.fn([b.self, ...args], kwnames);
    }
    if (t === MethodType) {
      const m = f as PyMethod;
      if (m.func instanceof PyFunction) return callFunction(m.func, [m.self, ...args], kwnames);
      return call(m.func, [m.self, ...args], kwnames);
    }
  }
  if (f instanceof PyType) {
    // A class whose metaclass is not `type` itself (that case returned above).
    const c = f.ob_type.lookup('__call__');
    if (c !== undefined) return callMethodValue(c, f, args, kwnames);
    return typeCallImpl(f, args, kwnames);
  }
  if (f instanceof PyMethodDescriptor) {
    const nkw = kwnames ? kwnames.length : 0;
    if (args.length - nkw < 1) {
      if (f.isSlot) throw newError(TypeErrorType, `descriptor '${f.name}' of '${f.owner.tp_name}' object needs an argument`);
      throw newError(TypeErrorType, `unbound method ${f.owner.tp_name}.${f.name}() needs an argument`);
    }
    if (!isInstance(args[0], f.owner)) {
      if (f.isSlot) {
        throw newError(TypeErrorType, `descriptor '${f.name}' requires a '${f.owner.tp_name}' object but received a '${typeOf(args[0]).tp_name}'`);
      }
      throw newError(
        TypeErrorType,
        `descriptor '${f.name}' for '${f.owner.tp_name}' objects doesn't apply to a '${typeOf(args[0]).tp_name}' object`,
      );
    }
    return f.fn(args, kwnames);
  }
  if (f instanceof PyClassMethodDescriptor) return f.fn(args, kwnames);
  const t = typeOf(f);
  if (t.tp_call !== null) return t.tp_call(f, args, kwnames);
  const c = t.lookup('__call__');
  if (c === undefined) throw newError(TypeErrorType, `'${t.tp_name}' object is not callable`);
  return callMethodValue(c, f, args, kwnames);
}

/** Call method value `m` found on the type of `self` with self prepended (binding non-function descriptors). */
export function callMethodValue(m: PyValue, self: PyValue, args: PyValue[], kwnames: readonly string[] | null = null): PyValue {
  if (m instanceof PyFunction) return callFunction(m, [self, ...args], kwnames);
  if (m instanceof PyMethodDescriptor) return m.fn([self, ...args], kwnames);
  return call(descrGet(m, self, typeOf(self)), args, kwnames);
}

/** `o.name(*args)`. */
export function callMethod(o: PyValue, name: string, args: PyValue[], kwnames: readonly string[] | null = null): PyValue {
  const t = typeOf(o);
  const d = t.lookup(name);
  if (
    (d instanceof PyFunction || d instanceof PyMethodDescriptor) &&
    t.lookup('__getattribute__') === objectGetAttribute &&
    (typeof o !== 'object' || o.dict === null || dictGetStr(o.dict, name) === undefined)
  ) {
    return callMethodValue(d, o, args, kwnames);
  }
  return call(getAttr(o, name), args, kwnames);
}

/**
 * Look up a special method on the type (not the instance) and bind it
 * (CPython `_PyObject_LookupSpecial`); undefined when absent.
 */
export function lookupSpecial(o: PyValue, name: string): PyValue | undefined {
  const t = typeOf(o);
  const d = t.lookup(name);
  if (d === undefined) return undefined;
  return descrGet(d, o, t);
}

/** Is `v` callable (CPython `PyCallable_Check`)? */
export function isCallable(v: PyValue): boolean {
  if (typeof v !== 'object') return false;
  if (v instanceof PyFunction || v instanceof PyBuiltinFunction || v instanceof PyMethod || v instanceof PyType) return true;
  if (v instanceof PyMethodDescriptor || v instanceof PyClassMethodDescriptor) return true;
  const t = v.ob_type;
  return t.tp_call !== null || t.lookup('__call__') !== undefined;
}

// ---------------------------------------------------------------------------
// Pattern matching: MATCH_CLASS (CPython ceval.c `match_class`)
// ---------------------------------------------------------------------------

import { TupleType } from './object.js';
import { PyTuple } from './tuple.js';
import {
  BoolType,
  ByteArrayType,
  BytesType,
  DictType,
  FloatType,
  FrozenSetType,
  IntType,
  ListType,
  SetType,
  StrType,
} from './object.js';

const MATCH_SELF_TYPES = new Set<PyType>([BoolType, ByteArrayType, BytesType, DictType, FloatType, FrozenSetType, IntType, ListType, SetType, StrType, TupleType]);

/** MATCH_CLASS: the matched attributes (positional then keyword) or null if `subject` doesn't match. */
export function matchClass(subject: PyValue, cls: PyValue, nargs: number, kwargs: string[]): PyValue[] | null {
  if (!(cls instanceof PyType)) throw newError(TypeErrorType, 'called match pattern must be a type');
  if (!isInstanceCheck(subject, cls)) return null;
  const seen: string[] = [];
  const attrs: PyValue[] = [];
  let matchSelf = false;
  if (nargs) {
    const ma = getAttrOpt(cls, '__match_args__');
    let names: PyValue[];
    if (ma === undefined) {
      names = [];
      matchSelf = [...MATCH_SELF_TYPES].some((t) => cls.isSubtype(t));
    } else {
      if (!(ma instanceof PyTuple)) throw newError(TypeErrorType, `${cls.tp_name}.__match_args__ must be a tuple (got ${typeOf(ma).tp_name})`);
      names = ma.items;
    }
    const allowed = matchSelf ? 1 : names.length;
    if (allowed < nargs) {
      const plural = allowed === 1 ? '' : 's';
      throw newError(TypeErrorType, `${cls.tp_name}() accepts ${allowed} positional sub-pattern${plural} (${nargs} given)`);
    }
    if (matchSelf) attrs.push(subject);
    else {
      for (let i = 0; i < nargs; i++) {
        const n = names[i];
        if (typeof n !== 'string') throw newError(TypeErrorType, `__match_args__ elements must be strings (got ${typeOf(n).tp_name})`);
        if (seen.includes(n)) throw newError(TypeErrorType, `${cls.tp_name}() got multiple sub-patterns for attribute '${n}'`);
        seen.push(n);
        const v = getAttrOpt(subject, n);
        if (v === undefined) return null;
        attrs.push(v);
      }
    }
  }
  for (const n of kwargs) {
    if (seen.includes(n)) throw newError(TypeErrorType, `${cls.tp_name}() got multiple sub-patterns for attribute '${n}'`);
    seen.push(n);
    const v = getAttrOpt(subject, n);
    if (v === undefined) return null;
    attrs.push(v);
  }
  return attrs;
}

/** `isinstance(o, cls)` honouring a metaclass `__instancecheck__`. */
export function isInstanceCheck(o: PyValue, cls: PyType): boolean {
  if (isInstance(o, cls)) return true;
  const meta = cls.ob_type;
  if (meta !== TypeType) {
    const ic = meta.lookup('__instancecheck__');
    if (ic !== undefined) {
      const { isTrue } = abstractRef;
      return isTrue(callMethodValue(ic, cls, [o]));
    }
  }
  return false;
}

import * as abstractRef from './abstract.js';

// Keep these referenced for declaration emit.
void mkTuple;
export type { PyDict };
