/**
 * Classes: `object` and `type` behaviour (CPython Objects/typeobject.c:
 * object_new/object_init/type_call/type_new), `__build_class__`
 * (Python/bltinmodule.c), `super`, `property`, `classmethod`, `staticmethod`
 * (Objects/descrobject.c, funcobject.c), and the Python-visible attributes of
 * functions, methods, cells and code objects. `installClasses()` wires it all
 * into the type objects (idempotent; called by the VM's start-up).
 */
import {
  type PyValue,
  PyObject,
  PyType,
  IntType,
  BytesType,
  TupleType,
  PyBuiltinFunction,
  PyMethodDescriptor,
  PyClassMethodDescriptor,
  PyGetSetDescriptor,
  GetSetDescriptorType,
  PyBaseExceptionObject,
  None,
  NotImplemented,
  TypeType,
  ObjectType,
  FunctionType,
  MethodType,
  CellType,
  CodeType,
  SuperType,
  PropertyType,
  ClassMethodType,
  StaticMethodType,
  BuiltinFunctionType,
  MethodDescriptorType,
  ClassMethodDescriptorType,
  BaseExceptionType,
  StopIterationType,
  SystemExitType,
  ImportErrorType,
  OSErrorType,
  SyntaxErrorType,
  UnicodeErrorType,
  NameErrorType,
  BaseExceptionGroupType,
  TypeErrorType,
  AttributeErrorType,
  RuntimeErrorType,
  ValueErrorType,
  NotImplementedErrorType,
  TPFLAGS_HEAPTYPE,
  TPFLAGS_BASETYPE,
  TPFLAGS_BASE_EXC_SUBCLASS,
  typeOf,
  newError,
  isInstance,
  defineMethods,
  defineGetSet,
  defineClassMethods,
  computeMro,
} from './object.js';
import { PyFunction, PyMethod, PyCell } from './function.js';
import {
  call,
  callMethodValue,
  descrGet,
  genericGetAttr,
  genericSetAttr,
  typeGetAttr,
  typeSetAttrImpl,
  registerAttrSlots,
  registerTypeCall,
  registerInstanceDictHook,
  getAttr,
  getAttrOpt,
  isAttributeError,
  PyProperty,
  PyClassMethod,
  PyStaticMethod,
  attrError,
  isInstanceCheck,
} from './attr.js';
import { evalFrame } from '../vm/interpreter.js';
import { Frame, codeInfo, PyCode } from '../vm/frame.js';
import { vmState } from '../vm/state.js';
import { typeHasDel, trackInstance } from '../vm/lifecycle.js';
import {
  mkDict,
  mkTuple,
  mkList,
  dictGetStr,
  dictSetStr,
  dictItems,
  dictKeys,
  isDict,
  seqItems,
  iterToArray,
  pyRepr,
  pyStr,
  setCodeValueFactory,
  eq,
  sysModules,
} from '../vm/rt.js';
import { defaultRepr, identityHash, objectId, isTrue, index as pyIndex } from './abstract.js';
import { PyMappingProxy } from './mappingproxy.js';
import { newBytes } from './bytes.js';
import { CO_FAST_CELL, CO_FAST_FREE, CodeObject } from '../bytecode/code.js';
import type { CodeFields } from '../bytecode/code.js';
import type { PyDict } from './dict.js';
import { PyTuple } from './tuple.js';
import { GenericAliasType } from './genericalias.js';
import { newExceptionFast, hasPlainExceptionNew } from './exceptions.js';

function typeErr(msg: string): PyBaseExceptionObject {
  return newError(TypeErrorType, msg);
}

function nargsOf(args: PyValue[], kwnames: readonly string[] | null): number {
  return args.length - (kwnames ? kwnames.length : 0);
}

// ---------------------------------------------------------------------------
// object.__new__ / object.__init__ / type.__call__
// ---------------------------------------------------------------------------

/** The first type in `t`'s MRO with a native constructor (CPython: the "solid" tp_new). */
function nativeNewOwner(t: PyType): PyType {
  for (const b of t.tp_mro) if (b.tp_new !== null) return b;
  return ObjectType;
}

/**
 * Built-in types without a constructor of their own (iterators, views,
 * descriptors, frames: CPython's tp_new == NULL) cannot be called.
 */
function checkInstantiable(type: PyType): void {
  if (type === ObjectType || type.tp_flags & (TPFLAGS_HEAPTYPE | TPFLAGS_BASE_EXC_SUBCLASS) || type.tp_module !== 'builtins') return;
  throw typeErr(`cannot create '${type.tp_name}' instances`);
}

function objectTpNew(type: PyType, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  if (type.tp_flags & TPFLAGS_BASE_EXC_SUBCLASS) {
    const e = new PyBaseExceptionObject(type, args.slice(0, nargsOf(args, kwnames)));
    return e;
  }
  const o = new PyObject(type);
  if (type.tp_flags & TPFLAGS_HEAPTYPE && !type.tp_nodict) o.dict = mkDict();
  if (typeHasDel(type)) trackInstance(o);
  return o;
}

/**
 * For a call `cls(...)`: the Python `__init__` to run on a plain new instance
 * (`newPlainInstance`) when calling the class does nothing else: no metaclass
 * `__call__`, no `__new__` but object's, no built-in base with its own
 * constructor. Else null. Cached on the type by version tag. The eval loop
 * then enters `__init__` without a JS call (CPython 3.13's
 * CALL_ALLOC_AND_ENTER_INIT).
 */
export function simpleInit(type: PyType): PyFunction | null {
  if (type.initCacheTag === type.tp_version_tag) return type.initCache as PyFunction | null;
  let r: PyFunction | null = null;
  if (type.ob_type === TypeType && type.tp_flags & TPFLAGS_HEAPTYPE) {
    let plain: boolean;
    if (type.tp_flags & TPFLAGS_BASE_EXC_SUBCLASS) plain = hasPlainExceptionNew(type);
    else {
      const nw = type.lookup('__new__');
      plain = (nw === undefined || nw === objectNewFn) && nativeNewOwner(type) === ObjectType;
    }
    if (plain) {
      const init = type.lookup('__init__');
      if (init instanceof PyFunction && !init.isGen) r = init;
    }
  }
  type.initCache = r;
  type.initCacheTag = type.tp_version_tag;
  return r;
}

/** CPython's TypeError for an `__init__` that returned `r` (not None). */
export function initReturnedError(r: PyValue): PyBaseExceptionObject {
  return typeErr(`__init__() should return None, not '${typeOf(r).tp_name}'`);
}

/**
 * A new instance of a heap type `simpleInit` accepted: object.__new__'s, or
 * BaseException.__new__'s with `args` (the call's arguments, the last `nkw`
 * of them keyword values) as its `args`.
 */
export function newPlainInstance(type: PyType, args: PyValue[], nkw: number): PyObject {
  if (type.tp_flags & TPFLAGS_BASE_EXC_SUBCLASS) return new PyBaseExceptionObject(type, args.slice(0, args.length - nkw));
  const o = new PyObject(type);
  if (!type.tp_nodict) o.dict = mkDict();
  if (typeHasDel(type)) trackInstance(o);
  return o;
}

let objectNewFn: PyBuiltinFunction;
let objectInitDescr: PyMethodDescriptor;

/** Create an instance of `type` with the native constructor of its nearest built-in base. */
export function nativeNew(type: PyType, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const owner = nativeNewOwner(type);
  if (owner === ObjectType) {
    checkInstantiable(type);
    if (args.length > 0) {
      const newOverridden = type.lookup('__new__') !== objectNewFn;
      const initOverridden = type.lookup('__init__') !== objectInitDescr;
      if (newOverridden) throw typeErr('object.__new__() takes exactly one argument (the type to instantiate)');
      if (!initOverridden) throw typeErr(`${type.tp_name}() takes no arguments`);
    }
    return objectTpNew(type, args, kwnames);
  }
  const o = owner.tp_new!(type, args, kwnames);
  if (type.tp_flags & TPFLAGS_HEAPTYPE && o instanceof PyObject && o.dict === null && !type.tp_nodict) o.dict = mkDict();
  if (o instanceof PyObject && typeHasDel(type)) trackInstance(o);
  return o;
}

/** `type.__call__(cls, *args, **kw)` (CPython `type_call`): `__new__` then `__init__`. */
export function typeCall(type: PyType, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  if (type === TypeType) {
    const n = nargsOf(args, kwnames);
    if (n === 1 && !kwnames) return typeOf(args[0]);
    if (n !== 3) throw typeErr('type() takes 1 or 3 arguments');
  }
  if (type.tp_flags & TPFLAGS_BASE_EXC_SUBCLASS) {
    const e = newExceptionFast(type, args, kwnames);
    if (e !== undefined) return e;
  }
  const newFn = type.lookup('__new__');
  let obj: PyValue;
  if (newFn === undefined || newFn === objectNewFn) {
    const owner = nativeNewOwner(type);
    if (owner === ObjectType) {
      checkInstantiable(type);
      if (args.length > 0 && type.lookup('__init__') === objectInitDescr) throw typeErr(`${type.tp_name}() takes no arguments`);
      obj = objectTpNew(type, args, kwnames);
    } else obj = nativeNew(type, args, kwnames);
  } else if (newFn instanceof PyStaticMethod) obj = call(newFn.func, [type, ...args], kwnames);
  else obj = call(newFn, [type, ...args], kwnames);
  if (!isInstance(obj, type)) return obj;
  const t = typeOf(obj);
  const init = t.lookup('__init__');
  if (init === undefined || init === objectInitDescr) return obj;
  const r = callMethodValue(init, obj, args, kwnames);
  if (r !== None) throw initReturnedError(r);
  return obj;
}

// ---------------------------------------------------------------------------
// type.__new__ (class creation)
// ---------------------------------------------------------------------------

/** CPython `_PyType_CalculateMetaclass`. */
export function calculateMetaclass(meta: PyType, bases: PyValue[]): PyType {
  let winner = meta;
  for (const b of bases) {
    const bt = typeOf(b);
    if (winner.isSubtype(bt)) continue;
    if (bt.isSubtype(winner)) {
      winner = bt;
      continue;
    }
    throw typeErr('metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases');
  }
  return winner;
}

/**
 * The built-in exception types whose instances carry fields of their own
 * (CPython: a larger C struct than their base's); every other built-in
 * exception shares its nearest such ancestor's layout, so `class
 * E(ArithmeticError, TypeError)` is allowed and `class E(OSError,
 * ImportError)` is a lay-out conflict, as in CPython.
 */
let excLayoutRoots: Set<PyType> | null = null;
function exceptionLayout(t: PyType): PyType {
  excLayoutRoots ??= new Set([
    BaseExceptionType,
    StopIterationType,
    SystemExitType,
    ImportErrorType,
    OSErrorType,
    SyntaxErrorType,
    UnicodeErrorType,
    NameErrorType,
    AttributeErrorType,
    BaseExceptionGroupType,
  ]);
  for (const b of t.tp_mro) if (excLayoutRoots.has(b)) return b;
  return BaseExceptionType;
}

/** CPython `solid_base`: the built-in type whose instance layout `t`'s instances have. */
function solidBase(t: PyType): PyType {
  for (const b of t.tp_mro) {
    // A class whose __slots__ add values has a lay-out of its own, like a built-in type.
    if (b.tp_flags & TPFLAGS_HEAPTYPE && !(b.tp_nslots > Math.max(0, ...b.tp_bases.map((x) => x.tp_nslots)))) continue;
    if (b.tp_flags & TPFLAGS_HEAPTYPE) return b;
    return b.tp_flags & TPFLAGS_BASE_EXC_SUBCLASS ? exceptionLayout(b) : b;
  }
  return ObjectType;
}

function nsItems(ns: PyValue): [PyValue, PyValue][] {
  if (isDict(ns)) return dictItems(ns as PyDict);
  const keys = iterToArray(callMethodValue(getAttr(ns, 'keys'), ns, []));
  return keys.map((k) => [k, call(getAttr(ns, '__getitem__'), [k])]);
}

/** `type.__new__(meta, name, bases, ns, **kw)`: build a heap type. */
export function typeNew(meta: PyType, name: PyValue, basesV: PyValue, ns: PyValue, kw: [string, PyValue][]): PyType {
  if (typeof name !== 'string') throw typeErr(`type.__new__() argument 1 must be str, not ${typeOf(name).tp_name}`);
  if (!(basesV instanceof PyTuple)) throw typeErr(`type.__new__() argument 2 must be tuple, not ${typeOf(basesV).tp_name}`);
  if (!isDict(ns)) throw typeErr(`type.__new__() argument 3 must be dict, not ${typeOf(ns).tp_name}`);
  let bases = basesV.items.slice();
  const winner = calculateMetaclass(meta, bases);
  if (winner !== meta) {
    const wn = winner.lookup('__new__');
    if (wn !== typeNewFn) return call(winner, [name, basesV, ns], null) as PyType;
    meta = winner;
  }
  if (bases.length === 0) bases = [ObjectType];
  for (const b of bases) {
    if (!(b instanceof PyType)) throw typeErr(`bases must be types`);
    if (!(b.tp_flags & TPFLAGS_BASETYPE)) throw typeErr(`type '${b.tp_name}' is not an acceptable base type`);
  }
  for (let i = 0; i < bases.length; i++) {
    for (let j = i + 1; j < bases.length; j++) {
      if (bases[i] === bases[j]) throw typeErr(`duplicate base class ${(bases[i] as PyType).tp_name}`);
    }
  }
  // Instance lay-out conflict between built-in bases (e.g. class C(int, str)).
  let solid: PyType | null = null;
  for (const b of bases as PyType[]) {
    const s = solidBase(b);
    if (solid === null || s.isSubtype(solid)) solid = s;
    else if (!solid.isSubtype(s)) throw typeErr('multiple bases have instance lay-out conflict');
  }
  const dict = ns as PyDict;
  const mod = dictGetStr(dict, '__module__');
  let moduleName = typeof mod === 'string' ? mod : 'builtins';
  if (mod === undefined) {
    const g = vmState.current?.globals;
    const gm = g ? dictGetStr(g, '__name__') : undefined;
    if (typeof gm === 'string') moduleName = gm;
  }
  let t: PyType;
  try {
    t = new PyType(name, bases as PyType[], TPFLAGS_HEAPTYPE | TPFLAGS_BASETYPE, moduleName, meta);
  } catch (e) {
    // CPython's message has a line break after "resolution".
    if (e instanceof PyBaseExceptionObject && typeof e.args[0] === 'string' && e.args[0].startsWith('Cannot create a consistent method resolution order')) {
      throw typeErr(e.args[0].replace('resolution order', 'resolution\norder'));
    }
    throw e;
  }
  t.dict = null;
  let classcell: PyValue | undefined;
  for (const [k, v] of nsItems(dict)) {
    if (typeof k !== 'string') continue;
    if (k === '__qualname__') {
      if (typeof v !== 'string') throw typeErr(`type __qualname__ must be a str, not ${typeOf(v).tp_name}`);
      t.tp_qualname = v;
      continue;
    }
    if (k === '__classcell__') {
      classcell = v;
      continue;
    }
    t.tp_dict.set(k, v);
  }
  for (const b of t.tp_bases) t.tp_nslots = Math.max(t.tp_nslots, b.tp_nslots);
  const slots = t.tp_dict.get('__slots__');
  const wants = slots !== undefined ? installSlots(t, slots) : null;
  addInstanceDescriptors(t, wants);
  if (!t.tp_dict.has('__module__')) t.tp_dict.set('__module__', moduleName);
  if (!t.tp_dict.has('__doc__')) t.tp_dict.set('__doc__', None);
  const nw = t.tp_dict.get('__new__');
  if (nw instanceof PyFunction) t.tp_dict.set('__new__', new PyStaticMethod(nw));
  for (const cm of ['__init_subclass__', '__class_getitem__']) {
    const f = t.tp_dict.get(cm);
    if (f instanceof PyFunction) t.tp_dict.set(cm, new PyClassMethod(f));
  }
  if (t.tp_dict.has('__eq__') && !t.tp_dict.has('__hash__')) t.tp_dict.set('__hash__', None);
  if (classcell !== undefined) {
    if (!(classcell instanceof PyCell)) throw typeErr(`__classcell__ must be a nonlocal cell, not ${typeOf(classcell).tp_name}`);
    classcell.ref = t;
  }
  t.modified();
  // __set_name__ on descriptors.
  for (const [k, v] of [...t.tp_dict]) {
    if (typeof v !== 'object') continue;
    const sn = typeOf(v).lookup('__set_name__');
    if (sn === undefined) continue;
    try {
      callMethodValue(sn, v, [t, k]);
    } catch (e) {
      if (!(e instanceof PyBaseExceptionObject)) throw e;
      const err = newError(RuntimeErrorType, `Error calling __set_name__ on '${typeOf(v).tp_name}' instance '${k}' in '${t.tp_name}'`);
      err.cause = e;
      err.context = e;
      err.suppressContext = true;
      throw err;
    }
  }
  // super(t, t).__init_subclass__(**kw)
  const mro = t.tp_mro;
  for (let i = 1; i < mro.length; i++) {
    const d = mro[i].tp_dict.get('__init_subclass__');
    if (d === undefined) continue;
    const bound = descrGet(d, null, t);
    call(bound, kw.map((p) => p[1]), kw.length ? kw.map((p) => p[0]) : null);
    break;
  }
  return t;
}

let typeNewFn: PyBuiltinFunction;

/** Type of `__slots__` member descriptors. */
export const MemberDescriptorType = new PyType('member_descriptor', [ObjectType], 0);

/** Can instances of `t` carry a `__dict__`? */
export function typeHasInstanceDict(t: PyType): boolean {
  return !t.tp_nodict;
}

/** Built-in types whose instances have a `__dict__` (CPython tp_dictoffset != 0) among the usual bases. */
function builtinHasDict(b: PyType): boolean {
  return b.isSubtype(BaseExceptionType) || b.isSubtype(FunctionType) || b.isSubtype(TypeType) || b.tp_name === 'module';
}

/** Built-in types whose instances can be weakly referenced (CPython tp_weaklistoffset != 0). */
function builtinHasWeakref(b: PyType): boolean {
  return b.isSubtype(TypeType) || b.isSubtype(FunctionType) || b.tp_name === 'set' || b.tp_name === 'frozenset' || b.tp_name === 'module';
}

/** The getter of an instance's `__dict__` (CPython PyObject_GenericGetDict). */
function instanceDictGet(o: PyValue): PyValue {
  if (o instanceof PyObject && (o.dict !== null || (o.ob_type.tp_flags & TPFLAGS_HEAPTYPE && !o.ob_type.tp_nodict))) return (o.dict ??= mkDict());
  throw attrError(o, '__dict__');
}

/** The setter of an instance's `__dict__` (CPython PyObject_GenericSetDict). */
function instanceDictSet(o: PyValue, v: PyValue | undefined): void {
  if (!(o instanceof PyObject) || !(o.dict !== null || o.ob_type.tp_flags & TPFLAGS_HEAPTYPE)) throw attrError(o, '__dict__');
  if (v === undefined || !isDict(v)) throw typeErr(`__dict__ must be set to a dictionary, not a '${typeOf(v ?? None).tp_name}'`);
  o.dict = v as PyDict;
}

/**
 * CPython type_new's `__dict__` and `__weakref__` getset descriptors: a class
 * gets each one when no base already provides it and its `__slots__` (if any)
 * ask for it. Variable-size bases (int, bytes, tuple) allow no weakrefs.
 */
function addInstanceDescriptors(t: PyType, slots: { dict: boolean; weakref: boolean } | null): void {
  const heap = (b: PyType) => (b.tp_flags & TPFLAGS_HEAPTYPE) !== 0;
  const baseDict = t.tp_mro.slice(1).some((b) => (heap(b) ? !b.tp_nodict : builtinHasDict(b)));
  const baseWeak = t.tp_mro.slice(1).some((b) => (heap(b) ? !b.tp_noweakref : builtinHasWeakref(b)));
  const varSized = t.isSubtype(IntType) || t.isSubtype(BytesType) || t.isSubtype(TupleType);
  if (!baseDict && (slots === null || slots.dict) && !t.tp_dict.has('__dict__')) {
    t.tp_dict.set('__dict__', new PyGetSetDescriptor('__dict__', t, instanceDictGet, instanceDictSet));
  }
  if (!baseWeak && !varSized && (slots === null || slots.weakref)) {
    if (!t.tp_dict.has('__weakref__')) t.tp_dict.set('__weakref__', new PyGetSetDescriptor('__weakref__', t, () => None));
  } else if (!baseWeak) t.tp_noweakref = true;
}

/** Variable-size built-ins (CPython tp_itemsize != 0): no slots and no `__weakref__` in subclasses. */
function varSizedBase(base: PyType | null): boolean {
  return base !== null && (base.isSubtype(IntType) || base.isSubtype(BytesType) || base.isSubtype(TupleType));
}

/** `__slots__`: a member descriptor per slot name; instances get no dict unless '__dict__' is a slot. */
function installSlots(t: PyType, slots: PyValue): { dict: boolean; weakref: boolean } {
  const names = typeof slots === 'string' ? [slots] : iterToArray(slots);
  let wantsDict = false;
  let wantsWeakref = false;
  let index = t.tp_nslots;
  const base = t.tp_base;
  // Variable-size built-ins (CPython tp_itemsize != 0) keep their items where slots would go.
  if (names.length > 0 && varSizedBase(base)) {
    throw typeErr(`nonempty __slots__ not supported for subtype of '${base!.tp_name}'`);
  }
  const heap = (b: PyType) => (b.tp_flags & TPFLAGS_HEAPTYPE) !== 0;
  const mayAddDict = !t.tp_mro.slice(1).some((b) => (heap(b) ? !b.tp_nodict : builtinHasDict(b)));
  const mayAddWeak = !t.tp_mro.slice(1).some((b) => (heap(b) ? !b.tp_noweakref : builtinHasWeakref(b))) && !varSizedBase(base);
  for (const n of names) {
    if (typeof n !== 'string') throw typeErr(`__slots__ items must be strings, not '${typeOf(n).tp_name}'`);
    if (!/^[\p{XID_Start}_][\p{XID_Continue}]*$/u.test(n)) throw typeErr('__slots__ must be identifiers');
    if (n === '__dict__') {
      if (!mayAddDict || wantsDict) throw typeErr('__dict__ slot disallowed: we already got one');
      wantsDict = true;
    } else if (n === '__weakref__') {
      if (!mayAddWeak || wantsWeakref) throw typeErr('__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0');
      wantsWeakref = true;
    }
  }
  // private names are mangled like names in the class body (CPython _Py_Mangle); members are made in sorted order
  const owner = t.tp_name.replace(/^_+/, '');
  const members = (names as string[])
    .filter((n) => n !== '__dict__' && n !== '__weakref__')
    .map((n) => (n.startsWith('__') && !n.endsWith('__') && owner !== '' ? `_${owner}${n}` : n));
  for (const n of members) if (t.tp_dict.has(n)) throw newError(ValueErrorType, `'${n}' in __slots__ conflicts with class variable`);
  for (const n of members.sort()) {
    // Values live in the instance's own `slots` array (a WeakMap keyed by instance made every
    // collection walk ephemerons: object-heavy programs spent half their time in GC).
    const i = index++;
    const desc = new PyGetSetDescriptor(
      n,
      t,
      (o) => {
        const sl = (o as PyObject).slots;
        const v = sl === undefined ? undefined : sl[i];
        if (v === undefined) throw attrError(o, n);
        return v;
      },
      (o, v) => {
        let sl = (o as PyObject).slots;
        if (v === undefined) {
          if (sl === undefined || sl[i] === undefined) throw newError(AttributeErrorType, n);
          sl[i] = undefined;
          return;
        }
        if (sl === undefined) (o as PyObject).slots = sl = [];
        sl[i] = v;
      },
    );
    desc.ob_type = MemberDescriptorType;
    t.tp_dict.set(n, desc);
  }
  t.tp_nslots = index;
  const basesHaveDict = t.tp_bases.some((b) => b.tp_flags & TPFLAGS_HEAPTYPE && !b.tp_nodict);
  if (!wantsDict && !basesHaveDict) t.tp_nodict = true;
  return { dict: wantsDict, weakref: wantsWeakref };
}

/**
 * `object.__getstate__()` (CPython object_getstate_default): the instance dict,
 * None when it is empty, paired with a dict of the set `__slots__` values.
 */
function objectGetState(o: PyValue): PyValue {
  const d = o instanceof PyObject ? o.dict : null;
  const state: PyValue = d === null || dictKeys(d).length === 0 ? None : d;
  const slots = mkDict();
  let any = false;
  // copyreg._slotnames: each class's __slots__ in the order written, names mangled
  for (const t of typeOf(o).tp_mro) {
    const decl = t.tp_flags & TPFLAGS_HEAPTYPE ? t.tp_dict.get('__slots__') : undefined;
    if (decl === undefined) continue;
    const owner = t.tp_name.replace(/^_+/, '');
    for (const n of typeof decl === 'string' ? [decl] : iterToArray(decl)) {
      if (typeof n !== 'string') continue;
      const k = n.startsWith('__') && !n.endsWith('__') && owner !== '' ? `_${owner}${n}` : n;
      const v = t.tp_dict.get(k);
      if (!(v instanceof PyGetSetDescriptor) || v.ob_type !== MemberDescriptorType || v.owner !== t) continue;
      const sl = (o as PyObject).slots;
      if (sl === undefined) continue;
      try {
        dictSetStr(slots, k, v.get(o));
        any = true;
      } catch {
        // an unset slot is left out
      }
    }
  }
  return any ? mkTuple([state, slots]) : state;
}

// ---------------------------------------------------------------------------
// __build_class__
// ---------------------------------------------------------------------------

/** `__build_class__(func, name, *bases, metaclass=?, **kw)` (CPython `builtin___build_class__`). */
export function buildClass(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const n = nargsOf(args, kwnames);
  if (n < 2) throw typeErr('__build_class__: not enough arguments');
  const func = args[0];
  const name = args[1];
  if (!(func instanceof PyFunction)) throw typeErr('__build_class__: func must be a function');
  if (typeof name !== 'string') throw typeErr('__build_class__: name is not a string');
  const origBases = args.slice(2, n);
  // PEP 560: __mro_entries__
  let bases: PyValue[] = [];
  let changed = false;
  for (const b of origBases) {
    if (b instanceof PyType) {
      bases.push(b);
      continue;
    }
    const me = getAttrOpt(b, '__mro_entries__');
    if (me === undefined) {
      bases.push(b);
      continue;
    }
    const r = call(me, [mkTuple(origBases)]);
    if (!(r instanceof PyTuple)) throw typeErr('__mro_entries__ must return a tuple');
    bases.push(...r.items);
    changed = true;
  }
  let meta: PyValue | undefined;
  const kw: [string, PyValue][] = [];
  if (kwnames) {
    for (let i = 0; i < kwnames.length; i++) {
      const v = args[n + i];
      if (kwnames[i] === 'metaclass') meta = v;
      else kw.push([kwnames[i], v]);
    }
  }
  let isClass = false;
  if (meta === undefined) {
    meta = bases.length ? typeOf(bases[0]) : TypeType;
    isClass = true;
  } else isClass = meta instanceof PyType;
  if (isClass) meta = calculateMetaclass(meta as PyType, bases);
  const basesTuple = mkTuple(bases);
  const kwVals = kw.map((p) => p[1]);
  const kwNames = kw.length ? kw.map((p) => p[0]) : null;
  let ns: PyValue;
  const prep = getAttrOpt(meta, '__prepare__');
  if (prep === undefined) ns = mkDict();
  else ns = call(prep, [name, basesTuple, ...kwVals], kwNames);
  if (!isMappingLike(ns)) {
    throw typeErr(`${isClass ? (meta as PyType).tp_name : '<metaclass>'}.__prepare__() must return a mapping, not ${typeOf(ns).tp_name}`);
  }
  // Run the class body with ns as its locals.
  const frame = new Frame(codeInfo(func.code), func, func.globals, func.builtins, ns);
  const cell = evalFrame(frame, undefined);
  if (changed) {
    if (isDict(ns)) dictSetStr(ns as PyDict, '__orig_bases__', mkTuple(origBases));
    else call(getAttr(ns, '__setitem__'), ['__orig_bases__', mkTuple(origBases)]);
  }
  const cls = call(meta, [name, basesTuple, ns, ...kwVals], kwNames);
  if (cell instanceof PyCell && cls instanceof PyType) {
    if (cell.ref === undefined) cell.ref = cls;
    else if (cell.ref !== cls) {
      throw typeErr(`__class__ set to ${pyRepr(cell.ref)} defining '${name}' as ${pyRepr(cls)}`);
    }
  }
  return cls;
}

function isMappingLike(v: PyValue): boolean {
  return isDict(v) || typeOf(v).lookup('__getitem__') !== undefined;
}

// ---------------------------------------------------------------------------
// super
// ---------------------------------------------------------------------------

/** A `super` object (CPython `superobject`). */
export class PySuper extends PyObject {
  constructor(
    public thisType: PyType,
    public obj: PyValue,
    public objType: PyType,
    type: PyType = SuperType,
  ) {
    super();
    this.ob_type = type;
  }
}

function superCheck(type: PyType, obj: PyValue): PyType {
  if (obj instanceof PyType && obj.isSubtype(type)) return obj;
  const t = typeOf(obj);
  if (t.isSubtype(type)) return t;
  const cls = getAttrOpt(obj, '__class__');
  if (cls instanceof PyType && cls !== t && cls.isSubtype(type)) return cls;
  throw typeErr('super(type, obj): obj must be an instance or subtype of type');
}

function superNew(type: PyType, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  if (kwnames && kwnames.length) throw typeErr('super() takes no keyword arguments');
  let thisType: PyValue;
  let obj: PyValue | undefined;
  if (args.length === 0) {
    const frame = vmState.current;
    if (frame === null) throw newError(RuntimeErrorType, 'super(): no current frame');
    const code = frame.info.code;
    if (code.co_argcount === 0) throw newError(RuntimeErrorType, 'super(): no arguments');
    let first = frame.f[0] as PyValue | undefined;
    if (first instanceof PyCell && code.co_localspluskinds[0] & CO_FAST_CELL) first = first.ref;
    if (first === undefined) throw newError(RuntimeErrorType, 'super(): arg[0] deleted');
    const names = code.co_localsplusnames;
    let found: PyValue | undefined;
    for (let i = 0; i < names.length; i++) {
      if (names[i] === '__class__' && code.co_localspluskinds[i] & CO_FAST_FREE) {
        const c = frame.f[i];
        if (!(c instanceof PyCell)) throw newError(RuntimeErrorType, 'super(): bad __class__ cell');
        found = c.ref;
        if (found === undefined) throw newError(RuntimeErrorType, 'super(): empty __class__ cell');
        break;
      }
    }
    if (found === undefined) throw newError(RuntimeErrorType, 'super(): __class__ cell not found');
    thisType = found;
    obj = first;
  } else {
    thisType = args[0];
    obj = args.length > 1 ? args[1] : undefined;
  }
  if (!(thisType instanceof PyType)) {
    throw typeErr(args.length === 0 ? `super(): __class__ is not a type (${typeOf(thisType).tp_name})` : `super() argument 1 must be a type, not ${typeOf(thisType).tp_name}`);
  }
  if (obj === undefined || obj === None) return new PySuper(thisType, None, null as unknown as PyType, type);
  const objType = superCheck(thisType, obj);
  return new PySuper(thisType, obj, objType, type);
}

function superGetAttr(su: PySuper, name: string): PyValue | undefined {
  const start = su.objType;
  if (start !== null && name !== '__class__') {
    const byThis = (start.superCache ??= new Map());
    let names = byThis.get(su.thisType);
    if (names === undefined) byThis.set(su.thisType, (names = new Map()));
    let d = names.get(name);
    if (d === undefined) {
      d = null;
      const mro = start.tp_mro;
      let i = mro.indexOf(su.thisType);
      if (i >= 0) {
        for (i++; i < mro.length; i++) {
          const v = mro[i].tp_dict.get(name);
          if (v !== undefined) {
            d = v;
            break;
          }
        }
      }
      names.set(name, d);
    }
    if (d !== null) return descrGet(d, su.obj === start ? null : su.obj, start);
  }
  return genericGetAttr(su, name);
}

// ---------------------------------------------------------------------------
// property / classmethod / staticmethod
// ---------------------------------------------------------------------------

function propertyNew(type: PyType, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const p = new PyProperty(type);
  if (type.tp_flags & TPFLAGS_HEAPTYPE) p.dict = mkDict();
  const fields = ['fget', 'fset', 'fdel', 'doc'];
  const n = nargsOf(args, kwnames);
  if (n > 4) throw typeErr(`property() takes at most 4 arguments (${n} given)`);
  const vals: PyValue[] = [None, None, None, None];
  for (let i = 0; i < n; i++) vals[i] = args[i];
  if (kwnames) {
    for (let i = 0; i < kwnames.length; i++) {
      const j = fields.indexOf(kwnames[i]);
      if (j < 0) throw typeErr(`property() got an unexpected keyword argument '${kwnames[i]}'`);
      vals[j] = args[n + i];
    }
  }
  [p.fget, p.fset, p.fdel, p.doc] = vals;
  if (p.doc === None && p.fget !== None) {
    const d = getAttrOpt(p.fget, '__doc__');
    if (d !== undefined) p.doc = d;
  }
  return p;
}

function propertyCopy(p: PyProperty, which: number, f: PyValue): PyValue {
  const vals = [p.fget, p.fset, p.fdel];
  vals[which] = f;
  let doc = p.doc;
  if (which === 0 && p.fget !== None && doc !== None) {
    // Docstring taken from the old getter is replaced by the new getter's.
    const old = getAttrOpt(p.fget, '__doc__');
    if (old !== undefined && old === doc) doc = None;
  }
  const np = call(typeOf(p), [...vals, doc]);
  if (np instanceof PyProperty) np.name = p.name;
  return np;
}

// ---------------------------------------------------------------------------
// Installation
// ---------------------------------------------------------------------------

function getset(t: PyType, name: string, get: (o: PyValue) => PyValue, set?: (o: PyValue, v: PyValue | undefined) => void): void {
  defineGetSet(t, name, get, set ?? null);
}

function argStr(v: PyValue, what: string): string {
  if (typeof v !== 'string') throw typeErr(`${what} must be str, not ${typeOf(v).tp_name}`);
  return v;
}

/** The value assigned to a class's `__name__`/`__qualname__` (CPython type_set_name's checks). */
function typeNameArg(t: PyType, attr: string, v: PyValue | undefined): string {
  if (!(t.tp_flags & TPFLAGS_HEAPTYPE)) throw typeErr(`cannot set '${attr}' attribute of immutable type '${t.tp_name}'`);
  if (v === undefined) throw typeErr(`cannot delete '${attr}' attribute of immutable type '${t.tp_name}'`);
  if (typeof v !== 'string') throw typeErr(`can only assign string to ${t.tp_name}.${attr}, not '${typeOf(v).tp_name}'`);
  if (attr === '__name__' && v.includes('\0')) throw newError(ValueErrorType, 'type name must not contain null characters');
  return v;
}

/** `<class 'mod.Qual'>` */
export function typeRepr(t: PyType): string {
  const mod = t.tp_flags & TPFLAGS_HEAPTYPE ? t.tp_dict.get('__module__') : t.tp_module;
  if (typeof mod === 'string' && mod !== 'builtins') return `<class '${mod}.${t.tp_qualname}'>`;
  return `<class '${t.tp_qualname}'>`;
}

function funcAnnotations(f: PyFunction): PyValue {
  let a = f.annotations;
  if (a === null) {
    a = f.annotations = mkDict();
  } else if (a instanceof PyTuple) {
    const d = mkDict();
    const items = a.items;
    for (let i = 0; i + 1 < items.length; i += 2) dictSetStr(d, items[i] as string, items[i + 1]);
    a = f.annotations = d;
  }
  return a;
}

let installed = false;

/** `cls.__bases__ = (...)` (CPython `type_set_bases`): checks, then the MROs of the class and its subclasses are recomputed. */
function setBases(t: PyType, v: PyValue | undefined): void {
  if (!(t.tp_flags & TPFLAGS_HEAPTYPE)) throw typeErr(`cannot set '__bases__' attribute of immutable type '${t.tp_name}'`);
  if (v === undefined) throw typeErr(`cannot delete '__bases__' attribute of immutable type '${t.tp_name}'`);
  if (!(v instanceof PyTuple)) throw typeErr(`can only assign tuple to ${t.tp_name}.__bases__, not ${typeOf(v).tp_name}`);
  if (v.items.length === 0) throw typeErr(`can only assign non-empty tuple to ${t.tp_name}.__bases__, not ()`);
  const bases: PyType[] = [];
  for (const b of v.items) {
    if (!(b instanceof PyType)) throw typeErr(`${t.tp_name}.__bases__ must be tuple of classes, not '${typeOf(b).tp_name}'`);
    if (b.isSubtype(t)) throw typeErr('a __bases__ item causes an inheritance cycle');
    bases.push(b);
  }
  const newBase = bases[0];
  const oldBase = t.tp_base ?? ObjectType;
  const sNew = solidBase(newBase);
  const sOld = solidBase(oldBase);
  if (sNew !== sOld) {
    // CPython compares the deallocators first: atoms like int and str are not GC-tracked.
    const atom = (x: PyType) => x === IntType || x === BytesType || x.tp_name === 'str' || x.tp_name === 'float' || x.tp_name === 'complex';
    const what = atom(sNew) !== atom(sOld) ? 'deallocator' : 'object layout';
    throw typeErr(`__bases__ assignment: '${newBase.tp_name}' ${what} differs from '${oldBase.tp_name}'`);
  }
  const oldBases = t.tp_bases;
  const saved = new Map<PyType, PyType[]>();
  const remro = (c: PyType): void => {
    saved.set(c, c.tp_mro);
    c.tp_mro = computeMro(c);
    for (const s of c.tp_subclasses) remro(s);
  };
  t.tp_bases = bases;
  t.tp_base = newBase;
  try {
    remro(t);
  } catch (e) {
    t.tp_bases = oldBases;
    t.tp_base = oldBase;
    for (const [c, m] of saved) c.tp_mro = m;
    throw e;
  }
  for (const b of oldBases) {
    const i = b.tp_subclasses.indexOf(t);
    if (i >= 0) b.tp_subclasses.splice(i, 1);
  }
  for (const b of bases) b.tp_subclasses.push(t);
  t.modified();
}

/** Install object/type/function/method/super/property/... behaviour into the type objects. Idempotent. */
export function installClasses(): void {
  if (installed) return;
  installed = true;
  setCodeValueFactory((c: CodeObject) => codeInfo(c).pyCode);

  // ----- object
  objectNewFn = new PyBuiltinFunction(
    '__new__',
    (args, kwnames) => {
      if (args.length === 0) throw typeErr('object.__new__(): not enough arguments');
      const t = args[0];
      if (!(t instanceof PyType)) throw typeErr(`object.__new__(X): X is not a type object (${typeOf(t).tp_name})`);
      return nativeNew(t, args.slice(1), kwnames);
    },
    null,
    'object.__new__',
  );
  ObjectType.tp_dict.set('__new__', objectNewFn);
  ObjectType.tp_new = null;
  defineMethods(ObjectType, {
    __init__(args, kwnames) {
      const self = args[0];
      if (args.length > 1) {
        const t = typeOf(self);
        const initOverridden = t.lookup('__init__') !== objectInitDescr;
        const newIsObject = t.lookup('__new__') === objectNewFn && nativeNewOwner(t) === ObjectType;
        if (initOverridden && nativeNewOwner(t) === ObjectType) throw typeErr('object.__init__() takes exactly one argument (the instance to initialize)');
        if (!initOverridden && newIsObject) throw typeErr(`${t.tp_name}() takes no arguments`);
      }
      void kwnames;
      return None;
    },
    __repr__: (args) => defaultRepr(args[0] as PyObject),
    __str__: (args) => pyRepr(args[0]),
    __eq__: (args) => (args[0] === args[1] ? true : NotImplemented),
    __ne__(args) {
      const eqm = typeOf(args[0]).lookup('__eq__');
      const r = eqm === undefined ? NotImplemented : callMethodValue(eqm, args[0], [args[1]]);
      if (r === NotImplemented) return r;
      return !isTrue(r);
    },
    __lt__: () => NotImplemented,
    __le__: () => NotImplemented,
    __gt__: () => NotImplemented,
    __ge__: () => NotImplemented,
    __hash__: (args) => identityHash(args[0] as PyObject),
    __format__(args) {
      const spec = args[1];
      if (typeof spec !== 'string') throw typeErr(`format_spec must be a str, not ${typeOf(spec).tp_name}`);
      if (spec !== '') throw typeErr(`unsupported format string passed to ${typeOf(args[0]).tp_name}.__format__`);
      return pyStr(args[0]);
    },
    __getattribute__(args) {
      const name = argStr(args[1], 'attribute name');
      const v = genericGetAttr(args[0], name);
      if (v === undefined) throw attrErrorFor(args[0], name);
      return v;
    },
    __setattr__(args) {
      genericSetAttr(args[0], argStr(args[1], 'attribute name'), args[2]);
      return None;
    },
    __delattr__(args) {
      genericSetAttr(args[0], argStr(args[1], 'attribute name'), undefined);
      return None;
    },
    __dir__(args) {
      const o = args[0];
      const names = new Set<string>();
      if (typeof o === 'object' && o.dict) for (const k of dictKeys(o.dict)) if (typeof k === 'string') names.add(k);
      for (const t of typeOf(o).tp_mro) for (const k of t.tp_dict.keys()) names.add(k);
      return mkList([...names]);
    },
    __reduce_ex__: () => {
      throw typeErr('pickling is not supported');
    },
    __reduce__: () => {
      throw typeErr('pickling is not supported');
    },
    __getstate__: (args) => objectGetState(args[0]),
    __sizeof__: () => 16,
  });
  objectInitDescr = ObjectType.tp_dict.get('__init__') as PyMethodDescriptor;
  defineClassMethods(ObjectType, {
    __init_subclass__(args, kwnames) {
      if (kwnames && kwnames.length) throw typeErr(`${(args[0] as PyType).tp_name}.__init_subclass__() takes no keyword arguments`);
      if (args.length > 1) throw typeErr(`${(args[0] as PyType).tp_name}.__init_subclass__() takes no arguments (${args.length - 1} given)`);
      return None;
    },
    __subclasshook__: () => NotImplemented,
  });
  getset(
    ObjectType,
    '__class__',
    (o) => typeOf(o),
    (o, v) => {
      if (v === undefined) throw typeErr("can't delete __class__ attribute");
      if (!(v instanceof PyType)) throw typeErr(`__class__ must be set to a class, not '${typeOf(v).tp_name}' object`);
      if (!(o instanceof PyObject) || !(o.ob_type.tp_flags & TPFLAGS_HEAPTYPE) || !(v.tp_flags & TPFLAGS_HEAPTYPE)) {
        throw typeErr('__class__ assignment only supported for mutable types or ModuleType subclasses');
      }
      o.ob_type = v;
    },
  );
  // object itself has no `__dict__` (CPython): classes and the built-in types
  // whose instances have one get their own descriptor.
  for (const t of [BaseExceptionType, ClassMethodType, StaticMethodType]) {
    if (!t.tp_dict.has('__dict__')) getset(t, '__dict__', instanceDictGet, instanceDictSet);
  }
  ObjectType.tp_dict.set('__doc__', 'The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n');

  // ----- type
  typeNewFn = new PyBuiltinFunction(
    '__new__',
    (args, kwnames) => {
      const n = nargsOf(args, kwnames);
      const meta = args[0];
      if (!(meta instanceof PyType)) throw typeErr('type.__new__(X): X is not a type object');
      if (n === 2 && meta === TypeType) return typeOf(args[1]);
      if (n !== 4) throw typeErr('type.__new__() takes exactly 3 arguments (' + (n - 1) + ' given)');
      const kw: [string, PyValue][] = kwnames ? kwnames.map((k, i) => [k, args[n + i]]) : [];
      return typeNew(meta, args[1], args[2], args[3], kw);
    },
    null,
    'type.__new__',
  );
  TypeType.tp_dict.set('__new__', typeNewFn);
  defineMethods(TypeType, {
    __call__(args, kwnames) {
      const t = args[0];
      if (!(t instanceof PyType)) throw typeErr("descriptor '__call__' requires a 'type' object");
      return typeCall(t, args.slice(1), kwnames);
    },
    __init__(args, kwnames) {
      const n = nargsOf(args, kwnames) - 1;
      if (n !== 1 && n !== 3) throw typeErr('type.__init__() takes 1 or 3 arguments');
      return None;
    },
    __repr__: (args) => typeRepr(args[0] as PyType),
    __getattribute__(args) {
      const name = argStr(args[1], 'attribute name');
      const v = typeGetAttr(args[0] as PyType, name);
      if (v === undefined) throw attrErrorFor(args[0], name);
      return v;
    },
    __setattr__(args) {
      typeSetAttrImpl(args[0] as PyType, argStr(args[1], 'attribute name'), args[2]);
      return None;
    },
    __delattr__(args) {
      typeSetAttrImpl(args[0] as PyType, argStr(args[1], 'attribute name'), undefined);
      return None;
    },
    mro: (args) => mkList(computeMro(args[0] as PyType)),
    __subclasses__: (args) => mkList((args[0] as PyType).tp_subclasses.slice()),
    __instancecheck__: (args) => isInstance(args[1], args[0] as PyType),
    __subclasscheck__: (args) => args[1] instanceof PyType && args[1].isSubtype(args[0] as PyType),
    __dir__(args) {
      const names = new Set<string>();
      for (const t of (args[0] as PyType).tp_mro) for (const k of t.tp_dict.keys()) names.add(k);
      return mkList([...names]);
    },
    __sizeof__: () => 400,
  });
  defineClassMethods(TypeType, { __prepare__: () => mkDict() });
  getset(
    TypeType,
    '__name__',
    (t) => (t as PyType).tp_name,
    (t, v) => {
      (t as PyType).tp_name = typeNameArg(t as PyType, '__name__', v);
    },
  );
  getset(
    TypeType,
    '__qualname__',
    (t) => (t as PyType).tp_qualname,
    (t, v) => {
      (t as PyType).tp_qualname = typeNameArg(t as PyType, '__qualname__', v);
    },
  );
  getset(
    TypeType,
    '__module__',
    (t) => {
      const tt = t as PyType;
      if (tt.tp_flags & TPFLAGS_HEAPTYPE) {
        const m = tt.tp_dict.get('__module__');
        if (m !== undefined) return m;
      }
      return tt.tp_module;
    },
    (t, v) => {
      const tt = t as PyType;
      if (v === undefined) throw typeErr("can't delete __module__");
      tt.tp_dict.set('__module__', v);
      if (typeof v === 'string') tt.tp_module = v;
      tt.modified();
    },
  );
  getset(TypeType, '__bases__', (t) => mkTuple((t as PyType).tp_bases.slice()), (t, v) => setBases(t as PyType, v));
  getset(TypeType, '__base__', (t) => (t as PyType).tp_base ?? None);
  getset(TypeType, '__mro__', (t) => mkTuple((t as PyType).tp_mro.slice()));
  getset(TypeType, '__dict__', (t) => {
    const d = mkDict();
    for (const [k, v] of (t as PyType).tp_dict) dictSetStr(d, k, v);
    return new PyMappingProxy(d);
  });
  getset(
    TypeType,
    '__doc__',
    (t) => {
      const tt = t as PyType;
      const d = tt.tp_dict.get('__doc__');
      if (d === undefined) return None;
      return descrGet(d, null, tt);
    },
    (t, v) => {
      const tt = t as PyType;
      if (!(tt.tp_flags & TPFLAGS_HEAPTYPE)) throw typeErr(`cannot set '__doc__' attribute of immutable type '${tt.tp_name}'`);
      tt.tp_dict.set('__doc__', v ?? None);
      tt.modified();
    },
  );
  getset(TypeType, '__flags__', (t) => (t as PyType).tp_flags);
  TypeType.tp_new = null;

  registerAttrSlots({
    objectGetAttribute: ObjectType.tp_dict.get('__getattribute__')!,
    typeGetAttribute: TypeType.tp_dict.get('__getattribute__')!,
    objectSetAttr: ObjectType.tp_dict.get('__setattr__')!,
    typeSetAttr: TypeType.tp_dict.get('__setattr__')!,
    objectDelAttr: ObjectType.tp_dict.get('__delattr__')!,
    typeDelAttr: TypeType.tp_dict.get('__delattr__')!,
  });
  registerTypeCall(typeCall);
  registerInstanceDictHook(typeHasInstanceDict);
  // BaseException's own constructor is installed by exceptions.ts; fall back to ours.
  if (BaseExceptionType.tp_new === null && !BaseExceptionType.tp_dict.has('__new__')) {
    BaseExceptionType.tp_new = (t, a, k) => objectTpNew(t, a, k);
  }

  installFunctionTypes();
  installDescriptorTypes();
  installUnion();
}

function attrErrorFor(o: PyValue, name: string): PyBaseExceptionObject {
  return attrError(o, name);
}

function installFunctionTypes(): void {
  // ----- function
  const F = (o: PyValue) => o as PyFunction;
  getset(FunctionType, '__name__', (o) => F(o).name, (o, v) => {
    if (typeof v !== 'string') throw typeErr('__name__ must be set to a string object');
    F(o).name = v;
  });
  getset(FunctionType, '__qualname__', (o) => F(o).qualname, (o, v) => {
    if (typeof v !== 'string') throw typeErr('__qualname__ must be set to a string object');
    F(o).qualname = v;
  });
  getset(FunctionType, '__doc__', (o) => F(o).doc, (o, v) => {
    F(o).doc = v ?? None;
  });
  getset(FunctionType, '__module__', (o) => F(o).module, (o, v) => {
    F(o).module = v ?? None;
  });
  getset(FunctionType, '__defaults__', (o) => (F(o).defaults ? mkTuple(F(o).defaults!) : None), (o, v) => {
    if (v === undefined || v === None) F(o).defaults = null;
    else if (v instanceof PyTuple) F(o).defaults = v.items;
    else throw typeErr('__defaults__ must be set to a tuple object');
  });
  getset(FunctionType, '__kwdefaults__', (o) => F(o).kwdefaults ?? None, (o, v) => {
    F(o).kwdefaults = v === undefined || v === None ? null : (v as PyDict);
  });
  getset(FunctionType, '__code__', (o) => codeInfo(F(o).code).pyCode, (o, v) => {
    if (!(v instanceof PyCode)) throw typeErr('__code__ must be set to a code object');
    F(o).code = v.code;
  });
  getset(FunctionType, '__globals__', (o) => F(o).globals);
  getset(FunctionType, '__builtins__', (o) => F(o).builtins);
  getset(FunctionType, '__closure__', (o) => (F(o).closure ? mkTuple(F(o).closure!) : None));
  getset(FunctionType, '__annotations__', (o) => funcAnnotations(F(o)), (o, v) => {
    F(o).annotations = v === undefined ? null : v;
  });
  getset(FunctionType, '__dict__', (o) => ((o as PyObject).dict ??= mkDict()), (o, v) => {
    if (!isDict(v ?? None)) throw typeErr('__dict__ must be set to a dictionary');
    (o as PyObject).dict = v as PyDict;
  });
  defineMethods(FunctionType, {
    __repr__: (args) => `<function ${F(args[0]).qualname} at 0x${objectId(args[0] as PyObject).toString(16)}>`,
    __get__(args) {
      const obj = args[1];
      if (obj === None || obj === undefined) return args[0];
      return new PyMethod(args[0], obj);
    },
    __call__: (args, kwnames) => call(args[0], args.slice(1), kwnames),
  });
  FunctionType.tp_new = (_t, args) => {
    if (args.length < 2) throw typeErr(`function() missing required argument '${args.length === 0 ? 'code' : 'globals'}' (pos ${args.length + 1})`);
    const code = args[0];
    const globals = args[1];
    if (!(code instanceof PyCode)) throw typeErr('function() argument \'code\' must be code, not ' + typeOf(code).tp_name);
    const fn = new PyFunction(code.code, globals as PyDict);
    if (args.length > 2 && typeof args[2] === 'string') fn.name = args[2];
    return fn;
  };

  // ----- bound method
  const M = (o: PyValue) => o as PyMethod;
  getset(MethodType, '__func__', (o) => M(o).func);
  getset(MethodType, '__self__', (o) => M(o).self);
  getset(MethodType, '__name__', (o) => getAttr(M(o).func, '__name__'));
  getset(MethodType, '__qualname__', (o) => getAttr(M(o).func, '__qualname__'));
  getset(MethodType, '__doc__', (o) => getAttrOpt(M(o).func, '__doc__') ?? None);
  getset(MethodType, '__module__', (o) => getAttrOpt(M(o).func, '__module__') ?? None);
  defineMethods(MethodType, {
    __repr__(args) {
      const m = M(args[0]);
      const name = getAttrOpt(m.func, '__qualname__') ?? getAttrOpt(m.func, '__name__') ?? '?';
      return `<bound method ${pyStr(name)} of ${pyRepr(m.self)}>`;
    },
    __eq__(args) {
      const a = M(args[0]);
      const b = args[1];
      if (!(b instanceof PyMethod)) return NotImplemented;
      return a.func === b.func && a.self === b.self;
    },
    __hash__: (args) => identityHash(M(args[0]).func as PyObject) ^ (typeof M(args[0]).self === 'object' ? identityHash(M(args[0]).self as PyObject) : 0),
    __getattribute__(args) {
      const m = M(args[0]);
      const name = argStr(args[1], 'attribute name');
      const v = genericGetAttr(m, name);
      if (v !== undefined) return v;
      return getAttr(m.func, name);
    },
    __call__: (args, kwnames) => call(args[0], args.slice(1), kwnames),
    __get__: (args) => args[0],
  });
  MethodType.tp_new = (_t, args) => new PyMethod(args[0], args[1]);

  // ----- cell
  getset(
    CellType,
    'cell_contents',
    (o) => {
      const v = (o as PyCell).ref;
      if (v === undefined) throw newError(ValueErrorType, 'Cell is empty');
      return v;
    },
    (o, v) => {
      (o as PyCell).ref = v;
    },
  );
  defineMethods(CellType, {
    __repr__: (args) => {
      const c = args[0] as PyCell;
      const id = objectId(c).toString(16);
      if (c.ref === undefined) return `<cell at 0x${id}: empty>`;
      const v = c.ref;
      const desc = typeof v === 'object' ? `${typeOf(v).tp_name} object at 0x${objectId(v).toString(16)}` : `${typeOf(v).tp_name} object`;
      return `<cell at 0x${id}: ${desc}>`;
    },
  });
  CellType.tp_new = (_t, args) => new PyCell(args.length ? args[0] : undefined);

  // ----- code
  const C = (o: PyValue) => (o as PyCode).code;
  const strs = (a: string[]) => mkTuple(a.slice());
  getset(CodeType, 'co_name', (o) => C(o).co_name);
  getset(CodeType, 'co_qualname', (o) => C(o).co_qualname);
  getset(CodeType, 'co_filename', (o) => C(o).co_filename);
  getset(CodeType, 'co_firstlineno', (o) => C(o).co_firstlineno);
  getset(CodeType, 'co_argcount', (o) => C(o).co_argcount);
  getset(CodeType, 'co_posonlyargcount', (o) => C(o).co_posonlyargcount);
  getset(CodeType, 'co_kwonlyargcount', (o) => C(o).co_kwonlyargcount);
  getset(CodeType, 'co_nlocals', (o) => C(o).co_nlocals);
  getset(CodeType, 'co_stacksize', (o) => C(o).co_stacksize);
  getset(CodeType, 'co_flags', (o) => C(o).co_flags);
  getset(CodeType, 'co_varnames', (o) => strs(C(o).co_varnames));
  getset(CodeType, 'co_cellvars', (o) => strs(C(o).co_cellvars));
  getset(CodeType, 'co_freevars', (o) => strs(C(o).co_freevars));
  getset(CodeType, 'co_names', (o) => strs(C(o).co_names));
  getset(CodeType, 'co_consts', (o) => mkTuple(codeInfo(C(o)).consts.slice()));
  getset(CodeType, 'co_code', (o) => newBytes(C(o).co_code.slice()));
  getset(CodeType, 'co_linetable', (o) => newBytes(C(o).co_linetable.slice()));
  getset(CodeType, 'co_exceptiontable', (o) => newBytes(C(o).co_exceptiontable.slice()));
  defineMethods(CodeType, {
    __repr__: (args) => {
      const c = C(args[0]);
      return `<code object ${c.co_name} at 0x${objectId(args[0] as PyObject).toString(16)}, file "${c.co_filename}", line ${c.co_firstlineno}>`;
    },
    replace: (args, kwnames) => codeReplace(C(args[0]), args, kwnames),
  });

  /**
   * code.replace(**fields) (CPython code_replace): a copy with the given
   * fields changed. The int and str fields are supported (what
   * types.coroutine and tools that rename code need); the tables and
   * constants raise NotImplementedError.
   */
  function codeReplace(c: CodeObject, args: PyValue[], kwnames: readonly string[] | null): PyValue {
    const nkw = kwnames?.length ?? 0;
    if (args.length - 1 > nkw) throw typeErr('replace() takes no positional arguments');
    const f: CodeFields = { ...c };
    for (let i = 0; i < nkw; i++) {
      const name = kwnames![i];
      const v = args[args.length - nkw + i];
      switch (name) {
        case 'co_argcount':
        case 'co_posonlyargcount':
        case 'co_kwonlyargcount':
        case 'co_stacksize':
        case 'co_flags':
        case 'co_firstlineno': {
          const n = Number(pyIndex(v));
          if (n < 0 && name !== 'co_flags') throw newError(ValueErrorType, `${name} must be a positive integer`);
          f[name] = n;
          break;
        }
        case 'co_name':
        case 'co_qualname':
        case 'co_filename':
          if (typeof v !== 'string') throw typeErr(`replace() argument '${name}' must be str, not ${typeOf(v).tp_name}`);
          f[name] = v;
          break;
        case 'co_nlocals':
        case 'co_code':
        case 'co_consts':
        case 'co_names':
        case 'co_varnames':
        case 'co_freevars':
        case 'co_cellvars':
        case 'co_linetable':
        case 'co_exceptiontable':
          throw newError(NotImplementedErrorType, `code.replace() of ${name} is not supported by tspy`);
        default:
          throw typeErr(`'${name}' is an invalid keyword argument for replace()`);
      }
    }
    return codeInfo(new CodeObject(f)).pyCode;
  }

  // ----- builtin functions and method descriptors (only what is not already defined)
  const B = (o: PyValue) => o as PyBuiltinFunction;
  const addGS = (t: PyType, name: string, get: (o: PyValue) => PyValue) => {
    if (!t.tp_dict.has(name)) getset(t, name, get);
  };
  addGS(BuiltinFunctionType, '__name__', (o) => B(o).name);
  addGS(BuiltinFunctionType, '__qualname__', (o) => B(o).qualname);
  // A module-level function (plain, undotted qualname) is bound to its module, as CPython's PyCFunctions are.
  addGS(BuiltinFunctionType, '__self__', (o) => {
    const f = B(o);
    if (f.self !== null) return f.self;
    if (f.module === null || f.qualname.includes('.')) return None;
    return sysModules()?.getStr(f.module) ?? None;
  });
  addGS(BuiltinFunctionType, '__module__', (o) => B(o).module ?? None);
  addGS(BuiltinFunctionType, '__doc__', () => None);
  if (!BuiltinFunctionType.tp_dict.has('__repr__')) {
    defineMethods(BuiltinFunctionType, {
      __repr__(args) {
        const f = B(args[0]);
        if (f.self === null || (f.self instanceof PyObject && f.self.ob_type === typeOf(None) && false)) return `<built-in function ${f.name}>`;
        if (f.self instanceof PyObject && f.self.ob_type.tp_name === 'module') return `<built-in function ${f.name}>`;
        return `<built-in method ${f.name} of ${typeOf(f.self).tp_name} object at 0x${typeof f.self === 'object' ? objectId(f.self).toString(16) : '0'}>`;
      },
    });
  }
  for (const t of [BuiltinFunctionType, MethodDescriptorType, ClassMethodDescriptorType]) {
    if (!t.tp_dict.has('__call__')) defineMethods(t, { __call__: (args, kwnames) => call(args[0], args.slice(1), kwnames) });
  }
  const CD = (o: PyValue) => o as PyClassMethodDescriptor;
  addGS(ClassMethodDescriptorType, '__name__', (o) => CD(o).name);
  addGS(ClassMethodDescriptorType, '__qualname__', (o) => `${CD(o).owner.tp_name}.${CD(o).name}`);
  addGS(ClassMethodDescriptorType, '__objclass__', (o) => CD(o).owner);
  if (!ClassMethodDescriptorType.tp_dict.has('__repr__')) {
    defineMethods(ClassMethodDescriptorType, {
      __repr__: (args) => `<method '${CD(args[0]).name}' of '${CD(args[0]).owner.tp_name}' objects>`,
      __get__(args) {
        const t = args[2] === undefined || args[2] === None ? typeOf(args[1]) : args[2];
        return descrGet(args[0], args[1], t as PyType);
      },
    });
  }
  const D = (o: PyValue) => o as PyMethodDescriptor;
  addGS(MethodDescriptorType, '__name__', (o) => D(o).name);
  addGS(MethodDescriptorType, '__qualname__', (o) => `${D(o).owner.tp_name}.${D(o).name}`);
  addGS(MethodDescriptorType, '__objclass__', (o) => D(o).owner);
  addGS(MethodDescriptorType, '__doc__', () => None);
  if (!MethodDescriptorType.tp_dict.has('__repr__')) {
    defineMethods(MethodDescriptorType, {
      __repr__: (args) => `<method '${D(args[0]).name}' of '${D(args[0]).owner.tp_name}' objects>`,
      __get__(args) {
        const obj = args[1];
        if (obj === None) return args[0];
        return descrGet(args[0], obj, typeOf(obj));
      },
    });
  }
}

function installDescriptorTypes(): void {
  // ----- super
  SuperType.tp_new = superNew;
  const S = (o: PyValue) => o as PySuper;
  defineMethods(SuperType, {
    __getattribute__(args) {
      const name = argStr(args[1], 'attribute name');
      const v = superGetAttr(S(args[0]), name);
      if (v === undefined) throw newError(AttributeErrorType, `'super' object has no attribute '${name}'`);
      return v;
    },
    __repr__(args) {
      const s = S(args[0]);
      if (s.objType === null) return `<super: <class '${s.thisType.tp_name}'>, NULL>`;
      return `<super: <class '${s.thisType.tp_name}'>, <${s.objType.tp_name} object>>`;
    },
    __get__(args) {
      const s = S(args[0]);
      const obj = args[1];
      if (obj === None || s.obj !== None) return s;
      return call(typeOf(s), [s.thisType, obj]);
    },
  });
  getset(MemberDescriptorType, '__doc__', () => None);
  defineMethods(MemberDescriptorType, {
    __repr__: (args) => `<member '${(args[0] as PyGetSetDescriptor).name}' of '${(args[0] as PyGetSetDescriptor).owner.tp_name}' objects>`,
    __get__(args) {
      const d = args[0] as PyGetSetDescriptor;
      return args[1] === None ? d : d.get(args[1]);
    },
    __set__(args) {
      (args[0] as PyGetSetDescriptor).set!(args[1], args[2]);
      return None;
    },
  });
  // getset_descriptor (CPython descrobject.c): repr and the descriptor protocol called explicitly.
  const GS = (o: PyValue) => o as PyGetSetDescriptor;
  defineMethods(GetSetDescriptorType, {
    __repr__: (args) => `<attribute '${GS(args[0]).name}' of '${GS(args[0]).owner.tp_name}' objects>`,
    __get__(args) {
      const d = GS(args[0]);
      return args[1] === None || args[1] === undefined ? d : d.get(args[1]);
    },
    __set__(args) {
      const d = GS(args[0]);
      if (d.set === null) throw newError(AttributeErrorType, `attribute '${d.name}' of '${d.owner.tp_name}' objects is not writable`);
      d.set(args[1], args[2]);
      return None;
    },
    __delete__(args) {
      const d = GS(args[0]);
      if (d.set === null) throw newError(AttributeErrorType, `attribute '${d.name}' of '${d.owner.tp_name}' objects is not writable`);
      d.set(args[1], undefined);
      return None;
    },
  });
  for (const T of [GetSetDescriptorType, MemberDescriptorType]) {
    getset(T, '__name__', (o) => GS(o).name);
    getset(T, '__qualname__', (o) => `${GS(o).owner.tp_name}.${GS(o).name}`);
    getset(T, '__objclass__', (o) => GS(o).owner);
  }
  getset(SuperType, '__thisclass__', (o) => S(o).thisType);
  getset(SuperType, '__self__', (o) => S(o).obj);
  getset(SuperType, '__self_class__', (o) => S(o).objType ?? None);

  // ----- property
  PropertyType.tp_new = propertyNew;
  const P = (o: PyValue) => o as PyProperty;
  defineMethods(PropertyType, {
    __init__: () => None,
    __get__(args) {
      const obj = args[1];
      if (obj === None || obj === undefined) return args[0];
      return descrGet(args[0], obj, typeOf(obj));
    },
    __set__(args) {
      const p = P(args[0]);
      if (p.fset === None) throw newError(AttributeErrorType, propMsgFor(p, args[1], 'setter'));
      call(p.fset, [args[1], args[2]]);
      return None;
    },
    __delete__(args) {
      const p = P(args[0]);
      if (p.fdel === None) throw newError(AttributeErrorType, propMsgFor(p, args[1], 'deleter'));
      call(p.fdel, [args[1]]);
      return None;
    },
    getter: (args) => propertyCopy(P(args[0]), 0, args[1]),
    setter: (args) => propertyCopy(P(args[0]), 1, args[1]),
    deleter: (args) => propertyCopy(P(args[0]), 2, args[1]),
    __set_name__(args) {
      P(args[0]).name = args[2];
      return None;
    },
  });
  getset(PropertyType, 'fget', (o) => P(o).fget);
  getset(PropertyType, 'fset', (o) => P(o).fset);
  getset(PropertyType, 'fdel', (o) => P(o).fdel);
  getset(PropertyType, '__doc__', (o) => P(o).doc, (o, v) => {
    P(o).doc = v ?? None;
  });
  getset(PropertyType, '__isabstractmethod__', (o) => {
    for (const f of [P(o).fget, P(o).fset, P(o).fdel]) {
      const a = f === None ? undefined : getAttrOpt(f, '__isabstractmethod__');
      if (a !== undefined && isTrue(a)) return true;
    }
    return false;
  });

  // ----- classmethod / staticmethod
  const wrapNew = (mk: (f: PyValue, t: PyType) => PyObject, name: string) => (t: PyType, args: PyValue[], kwnames: readonly string[] | null): PyValue => {
    if (kwnames && kwnames.length) throw typeErr(`${name}() takes no keyword arguments`);
    if (args.length !== 1) throw typeErr(`${name} expected 1 argument, got ${args.length}`);
    const o = mk(args[0], t);
    o.dict = mkDict();
    return o;
  };
  ClassMethodType.tp_new = wrapNew((f, t) => new PyClassMethod(f, t), 'classmethod');
  StaticMethodType.tp_new = wrapNew((f, t) => new PyStaticMethod(f, t), 'staticmethod');
  for (const [T, kind] of [[ClassMethodType, 'classmethod'], [StaticMethodType, 'staticmethod']] as const) {
    const fn = (o: PyValue) => (o as PyClassMethod | PyStaticMethod).func;
    getset(T, '__func__', fn);
    getset(T, '__wrapped__', fn);
    getset(T, '__isabstractmethod__', (o) => {
      const a = getAttrOpt(fn(o), '__isabstractmethod__');
      return a !== undefined && isTrue(a);
    });
    defineMethods(T, {
      __init__: () => None,
      __get__(args) {
        const obj = args[1];
        const t = args.length > 2 && args[2] !== None ? (args[2] as PyType) : typeOf(obj);
        return descrGet(args[0], obj === None ? null : obj, t);
      },
      __repr__: (args) => `<${kind}(${pyRepr(fn(args[0]))})>`,
      __getattribute__(args) {
        // __doc__/__name__/__qualname__ come from the wrapped function (CPython 3.10 copies them).
        const o = args[0];
        const name = argStr(args[1], 'attribute name');
        if (name === '__doc__' || name === '__name__' || name === '__qualname__' || name === '__module__') {
          const d = (o as PyObject).dict;
          const own = d ? dictGetStr(d, name) : undefined;
          if (own !== undefined) return own;
          const v = getAttrOpt(fn(o), name);
          if (v !== undefined) return v;
        }
        const v = genericGetAttr(o, name);
        if (v === undefined) throw attrErrorFor(o, name);
        return v;
      },
    });
  }
  defineMethods(StaticMethodType, {
    __call__: (args, kwnames) => call((args[0] as PyStaticMethod).func, args.slice(1), kwnames),
  });
}

// ---------------------------------------------------------------------------
// types.UnionType (`int | None`, Objects/unionobject.c)
// ---------------------------------------------------------------------------

export const UnionType = new PyType('UnionType', [ObjectType], 0, 'types');

/** An `X | Y` union of types. */
export class PyUnion extends PyObject {
  constructor(public readonly args: PyValue[]) {
    super();
    this.ob_type = UnionType;
  }
}

function isUnionable(v: PyValue): boolean {
  if (v === None || v instanceof PyType || v instanceof PyUnion) return true;
  return typeof v === 'object' && v.ob_type.tp_name === 'GenericAlias';
}

/** `a | b` for types (CPython `_Py_union_type_or`); NotImplemented when either side is not a type-like. */
export function unionOr(a: PyValue, b: PyValue): PyValue {
  if (!isUnionable(a) || !isUnionable(b)) return NotImplemented;
  const items: PyValue[] = [];
  for (const x of [a, b]) {
    const parts = x instanceof PyUnion ? x.args : [x === None ? (typeOf(None) as PyValue) : x];
    for (const p of parts) if (!items.some((q) => q === p || (typeof q === 'object' && typeof p === 'object' && q.ob_type.tp_name === 'GenericAlias' && eq(q, p)))) items.push(p);
  }
  if (items.length === 1) return items[0];
  return new PyUnion(items);
}

function unionItemRepr(p: PyValue): string {
  if (p === None || p === typeOf(None)) return 'None';
  if (p instanceof PyType) {
    const mod = p.tp_flags & TPFLAGS_HEAPTYPE ? p.tp_dict.get('__module__') : p.tp_module;
    return typeof mod === 'string' && mod !== 'builtins' ? `${mod}.${p.tp_qualname}` : p.tp_qualname;
  }
  return pyRepr(p);
}

function installUnion(): void {
  const U = (o: PyValue) => o as PyUnion;
  defineMethods(UnionType, {
    __repr__: (args) => U(args[0]).args.map(unionItemRepr).join(' | '),
    __or__: (args) => unionOr(args[0], args[1]),
    __ror__: (args) => unionOr(args[1], args[0]),
    __eq__(args) {
      const b = args[1];
      if (!(b instanceof PyUnion)) return NotImplemented;
      const a = U(args[0]);
      return a.args.length === b.args.length && a.args.every((x) => b.args.includes(x));
    },
    __hash__: (args) => U(args[0]).args.length,
    __instancecheck__: (args) => U(args[0]).args.some((t) => t instanceof PyType && isInstanceCheck(args[1], t)),
    __subclasscheck__: (args) => U(args[0]).args.some((t) => t instanceof PyType && args[1] instanceof PyType && args[1].isSubtype(t)),
  });
  getset(UnionType, '__args__', (o) => mkTuple(U(o).args.slice()));
  defineMethods(TypeType, {
    __or__: (args) => unionOr(args[0], args[1]),
    __ror__: (args) => unionOr(args[1], args[0]),
  });
  if (!GenericAliasType.tp_dict.has('__or__')) {
    defineMethods(GenericAliasType, {
      __or__: (args) => unionOr(args[0], args[1]),
      __ror__: (args) => unionOr(args[1], args[0]),
    });
  }
}

function propMsgFor(p: PyProperty, obj: PyValue, what: string): string {
  const tn = typeOf(obj).tp_qualname;
  return typeof p.name === 'string' ? `property '${p.name}' of '${tn}' object has no ${what}` : `property of '${tn}' object has no ${what}`;
}

/** `__build_class__` as a builtin function object, for the builtins module. */
export const buildClassBuiltin = new PyBuiltinFunction('__build_class__', buildClass);

/** `isinstance(o, cls)` with `__instancecheck__` (re-exported for builtins). */
export { isInstanceCheck };

// Referenced to keep imports used.
void seqItems;
void eq;
