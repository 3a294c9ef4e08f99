/**
 * The core of the object model: how Python values are represented in JS, the
 * type object, the singletons, and the exception object that is thrown through
 * JS for Python errors. Every other runtime file builds on this one.
 *
 * Representation (chosen for V8 speed, see DESIGN.md):
 * - int   → JS `number` when it is a safe integer (|n| <= 2**53-1), otherwise
 *           `bigint`. Invariant: a bigint value is never in the safe range
 *           (always normalise with `normInt`), and a JS number is always an int.
 * - bool  → JS `boolean` (`true`/`false` are the two singletons).
 * - str   → JS `string` (UTF-16; a surrogate pair is one code point).
 * - float → `PyFloat` (a wrapper so 1 and 1.0 stay distinct).
 * - None, NotImplemented, Ellipsis → singleton `PyObject`s.
 * - everything else → instances of `PyObject` subclasses with `ob_type`.
 *
 * Errors: Python exceptions are `PyBaseExceptionObject`s, thrown directly with
 * JS `throw` (not JS `Error`s: no stack capture cost). Anything else that
 * reaches the VM's catch is an internal error and is turned into SystemError
 * (RangeError "Maximum call stack" → RecursionError).
 */
import type { PyDict } from './dict.js';

/** Any Python value. */
export type PyValue = number | bigint | string | boolean | PyObject;

/** Base of every non-primitive Python object (CPython's PyObject). */
export class PyObject {
  /** The object's type (CPython `ob_type`); may be reassigned by `__class__` assignment. */
  declare ob_type: PyType;
  /**
   * The instance `__dict__` (null for objects without one, like most built-in
   * instances). The null default lives on the prototype: one store fewer per
   * allocation, and this shared constructor's stores stay cheap although
   * dozens of subclasses run it.
   */
  declare dict: PyDict | null;
  /**
   * Subclasses call `super()` and store `ob_type` in their own constructor: a
   * store in this shared constructor would see the shapes of every subclass
   * and go megamorphic in V8, which made it a hot spot of its own.
   */
  constructor(type?: PyType) {
    if (type !== undefined) this.ob_type = type;
  }
}
(PyObject.prototype as { dict: PyDict | null }).dict = null;
/** `__slots__` values of an instance (see `PyType.tp_nslots`); absent until a slot is first set. */
export interface PyObject {
  slots?: (PyValue | undefined)[];
}

/** Type flags (CPython `tp_flags`, the subset we use). */
export const TPFLAGS_HEAPTYPE = 1 << 9;
export const TPFLAGS_BASETYPE = 1 << 10;
export const TPFLAGS_LONG_SUBCLASS = 1 << 24;
export const TPFLAGS_LIST_SUBCLASS = 1 << 25;
export const TPFLAGS_TUPLE_SUBCLASS = 1 << 26;
export const TPFLAGS_BYTES_SUBCLASS = 1 << 27;
export const TPFLAGS_UNICODE_SUBCLASS = 1 << 28;
export const TPFLAGS_DICT_SUBCLASS = 1 << 29;
export const TPFLAGS_BASE_EXC_SUBCLASS = 1 << 30;
export const TPFLAGS_TYPE_SUBCLASS = 1 << 31;

/** Native call slot: vectorcall style — positional args then keyword values; `kwnames` names the trailing keyword values. */
export type NativeCall = (args: PyValue[], kwnames: readonly string[] | null) => PyValue;

/**
 * A Python type object (CPython's PyTypeObject). Attributes live in `tp_dict`
 * (a JS Map, exposed to Python as a mappingproxy). Built-in types keep their
 * dunder methods there as builtin method descriptors, exactly like CPython's
 * slot wrappers, so `int.__add__(1, 2)` and user subclasses work generically;
 * the VM adds fast paths for the common exact types.
 */
export class PyType extends PyObject {
  tp_name: string;
  tp_qualname: string;
  tp_base: PyType | null;
  tp_bases: PyType[];
  /** Method resolution order, C3 linearisation; tp_mro[0] === this. */
  tp_mro: PyType[] = [];
  tp_dict: Map<string, PyValue> = new Map();
  tp_flags: number;
  /** Module name (`__module__`), 'builtins' for built-in types. */
  tp_module: string;
  /** Optional native constructor: `tp_new(type, args, kwnames)` creates an instance of `type` (a subtype of this). */
  tp_new: ((type: PyType, args: PyValue[], kwnames: readonly string[] | null) => PyValue) | null = null;
  /** Optional native `tp_call` for instances of this type (functions, builtins, methods). */
  tp_call: ((self: PyValue, args: PyValue[], kwnames: readonly string[] | null) => PyValue) | null = null;
  /** Bumped whenever this type or a base changes, so attribute lookup caches can be validated. */
  tp_version_tag = 0;
  /** Per-type cache of MRO lookups: name → value (`null` means "not found": one Map probe either way), cleared on mutation. */
  lookupCache: Map<string, PyValue | null> = new Map();
  /**
   * Cache of `super(thisType, obj).name` lookups for objects of this type:
   * thisType → name → the raw MRO entry after thisType (`null`: not found).
   * Every type it reads is a base of this one, so `modified()` clears it too.
   */
  superCache: Map<PyType, Map<string, PyValue | null>> | null = null;
  /** Subclasses (for cache invalidation and `__subclasses__`). */
  tp_subclasses: PyType[] = [];
  /**
   * Number of `__slots__` values in an instance's layout, own and inherited
   * (CPython: the member offsets up to `tp_basicsize`); slot `i` lives in the
   * instance's `slots[i]`.
   */
  tp_nslots = 0;
  /** Instances carry no `__dict__`: every class in the MRO defines `__slots__` without '__dict__' (CPython `tp_dictoffset == 0`). */
  tp_nodict = false;
  /** Instances cannot be weakly referenced: every class in the MRO defines `__slots__` without '__weakref__' (CPython `tp_weaklistoffset == 0`). */
  tp_noweakref = false;
  /** `classes.ts simpleInit`'s answer for this type (a PyFunction or null), valid while `initCacheTag === tp_version_tag`. */
  initCache: PyValue | null = null;
  initCacheTag = -1;
  /** Whether the type defines `__del__` (vm/lifecycle.ts `typeHasDel`), valid while `delCacheTag === tp_version_tag`. */
  delCache = false;
  delCacheTag = -1;

  constructor(name: string, bases: PyType[], flags = TPFLAGS_BASETYPE, module = 'builtins', metatype?: PyType) {
    super();
    this.ob_type = metatype ?? (TypeType as PyType);
    this.tp_name = name;
    this.tp_qualname = name;
    this.tp_bases = bases;
    this.tp_base = bases[0] ?? null;
    this.tp_flags = flags | (this.tp_base ? this.tp_base.tp_flags & SUBCLASS_FLAGS : 0);
    this.tp_module = module;
    this.tp_mro = computeMro(this);
    for (const b of bases) b.tp_subclasses.push(this);
  }

  /** Look `name` up along the MRO (CPython `_PyType_Lookup`); undefined when absent. Cached per type. */
  lookup(name: string): PyValue | undefined {
    const cache = this.lookupCache;
    const c = cache.get(name);
    if (c !== undefined) return c === null ? undefined : c;
    let v: PyValue | undefined;
    for (const t of this.tp_mro) {
      v = t.tp_dict.get(name);
      if (v !== undefined) break;
    }
    cache.set(name, v === undefined ? null : v);
    return v;
  }

  /** Invalidate lookup caches of this type and every subclass (after tp_dict or __bases__ changes). */
  modified(): void {
    this.lookupCache.clear();
    this.superCache = null;
    this.tp_version_tag++;
    for (const s of this.tp_subclasses) s.modified();
  }

  /** True when `this` is `other` or a subclass of it (CPython `PyType_IsSubtype`). */
  isSubtype(other: PyType): boolean {
    if (this === other) return true;
    const mro = this.tp_mro;
    for (let i = 1; i < mro.length; i++) if (mro[i] === other) return true;
    return false;
  }
}

const SUBCLASS_FLAGS =
  TPFLAGS_LONG_SUBCLASS | TPFLAGS_LIST_SUBCLASS | TPFLAGS_TUPLE_SUBCLASS | TPFLAGS_BYTES_SUBCLASS |
  TPFLAGS_UNICODE_SUBCLASS | TPFLAGS_DICT_SUBCLASS | TPFLAGS_BASE_EXC_SUBCLASS | TPFLAGS_TYPE_SUBCLASS;

/**
 * C3 linearisation (CPython `mro_implementation` in Objects/typeobject.c).
 * Throws TypeError "Cannot create a consistent method resolution order (MRO) for bases A, B",
 * naming the unmerged heads as CPython does.
 */
export function computeMro(t: PyType): PyType[] {
  const bases = t.tp_bases;
  if (bases.length === 0) return [t];
  if (bases.length === 1) return [t, ...bases[0].tp_mro];
  const seqs: PyType[][] = bases.map((b) => [...b.tp_mro]);
  seqs.push([...bases]);
  const out: PyType[] = [t];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length > 0);
    if (nonEmpty.length === 0) return out;
    let cand: PyType | null = null;
    for (const s of nonEmpty) {
      const head = s[0];
      if (!nonEmpty.some((o) => o.indexOf(head) > 0)) {
        cand = head;
        break;
      }
    }
    if (!cand) {
      // CPython names the heads still waiting in each list, each once, in list order.
      const heads: PyType[] = [];
      for (const s of nonEmpty) if (!heads.includes(s[0])) heads.push(s[0]);
      const names = heads.map((b) => b.tp_name).join(', ');
      throw newError(TypeErrorType, `Cannot create a consistent method resolution order (MRO) for bases ${names}`);
    }
    out.push(cand);
    for (const s of nonEmpty) if (s[0] === cand) s.shift();
  }
}

// ---------------------------------------------------------------------------
// The fundamental types. `type` and `object` are created first and patched up,
// as in CPython's bootstrap.
// ---------------------------------------------------------------------------

// eslint-disable-next-line prefer-const
export let TypeType: PyType = undefined as unknown as PyType;
export const ObjectType: PyType = new PyType('object', [], TPFLAGS_BASETYPE);
TypeType = new PyType('type', [ObjectType], TPFLAGS_BASETYPE | TPFLAGS_TYPE_SUBCLASS);
ObjectType.ob_type = TypeType;
TypeType.ob_type = TypeType;

function builtinType(name: string, base: PyType = ObjectType, flags = TPFLAGS_BASETYPE): PyType {
  return new PyType(name, [base], flags);
}
const FINAL = 0;

export const IntType = builtinType('int', ObjectType, TPFLAGS_BASETYPE | TPFLAGS_LONG_SUBCLASS);
export const BoolType = builtinType('bool', IntType, FINAL);
export const FloatType = builtinType('float');
export const ComplexType = builtinType('complex');
export const StrType = builtinType('str', ObjectType, TPFLAGS_BASETYPE | TPFLAGS_UNICODE_SUBCLASS);
export const BytesType = builtinType('bytes', ObjectType, TPFLAGS_BASETYPE | TPFLAGS_BYTES_SUBCLASS);
export const ByteArrayType = builtinType('bytearray');
export const ListType = builtinType('list', ObjectType, TPFLAGS_BASETYPE | TPFLAGS_LIST_SUBCLASS);
export const TupleType = builtinType('tuple', ObjectType, TPFLAGS_BASETYPE | TPFLAGS_TUPLE_SUBCLASS);
export const DictType = builtinType('dict', ObjectType, TPFLAGS_BASETYPE | TPFLAGS_DICT_SUBCLASS);
export const SetType = builtinType('set');
export const FrozenSetType = builtinType('frozenset');
export const RangeType = builtinType('range', ObjectType, FINAL);
export const SliceType = builtinType('slice', ObjectType, FINAL);
export const NoneType = builtinType('NoneType', ObjectType, FINAL);
export const NotImplementedType = builtinType('NotImplementedType', ObjectType, FINAL);
export const EllipsisType = builtinType('ellipsis', ObjectType, FINAL);
export const FunctionType = builtinType('function', ObjectType, FINAL);
export const BuiltinFunctionType = builtinType('builtin_function_or_method', ObjectType, FINAL);
export const MethodType = builtinType('method', ObjectType, FINAL);
export const CodeType = builtinType('code', ObjectType, FINAL);
export const CellType = builtinType('cell', ObjectType, FINAL);
export const ModuleType = builtinType('module');
export const GeneratorType = builtinType('generator', ObjectType, FINAL);
export const CoroutineType = builtinType('coroutine', ObjectType, FINAL);
export const FrameType = builtinType('frame', ObjectType, FINAL);
export const TracebackType = builtinType('traceback', ObjectType, FINAL);
export const PropertyType = builtinType('property');
export const ClassMethodType = builtinType('classmethod');
export const StaticMethodType = builtinType('staticmethod');
export const SuperType = builtinType('super');
export const MappingProxyType = builtinType('mappingproxy', ObjectType, FINAL);

/** Instance of a built-in singleton type (None, NotImplemented, Ellipsis). */
export class PySingleton extends PyObject {
  constructor(type: PyType, public readonly name: string) {
    super();
    this.ob_type = type;
  }
}
export const None = new PySingleton(NoneType, 'None');
export const NotImplemented = new PySingleton(NotImplementedType, 'NotImplemented');
export const Ellipsis = new PySingleton(EllipsisType, 'Ellipsis');

/** A Python float: a boxed double so that it stays distinct from int. */
// The hottest allocation of float code. Not a derived class: a derived
// constructor must call the shared PyObject constructor (a real call where V8
// cannot inline), so PyFloat's prototype is chained to PyObject.prototype by
// hand (`instanceof PyObject` holds) and construction is a single store;
// ob_type comes from the prototype (a float subclass instance gets its own).
export interface PyFloat extends PyObject {}
export class PyFloat {
  constructor(public readonly value: number) {}
}
Object.setPrototypeOf(PyFloat.prototype, PyObject.prototype);
(PyFloat.prototype as { ob_type: PyType }).ob_type = FloatType;

/** A Python complex number. */
export class PyComplex extends PyObject {
  constructor(public readonly real: number, public readonly imag: number) {
    super();
    this.ob_type = ComplexType;
  }
}

/** The type of any value (CPython `Py_TYPE`). Hot: keep it a plain switch. */
export function typeOf(v: PyValue): PyType {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return IntType;
    case 'string':
      return StrType;
    case 'boolean':
      return BoolType;
    default:
      return v.ob_type;
  }
}

/** `isinstance(v, t)` without `__instancecheck__` (CPython `PyObject_TypeCheck`). */
export function isInstance(v: PyValue, t: PyType): boolean {
  const vt = typeOf(v);
  return vt === t || vt.isSubtype(t);
}

/** Normalise a bigint result to the int representation invariant (number when safe). */
export function normInt(b: bigint): number | bigint {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}

/** Python int (number or bigint, not bool) → bigint. */
export function toBig(v: number | bigint): bigint {
  return typeof v === 'bigint' ? v : BigInt(v);
}

/** Is `v` a Python int (including bool, which is an int subclass)? Exact ints and bools only; int subclass instances are PyObjects handled by the type system. */
export function isIntLike(v: PyValue): v is number | bigint | boolean {
  const t = typeof v;
  return t === 'number' || t === 'bigint' || t === 'boolean';
}

// ---------------------------------------------------------------------------
// Exceptions: the object model and the built-in hierarchy. Methods and
// attribute behaviour (args, __str__, __repr__, KeyError's repr, ...) are
// attached by src/runtime/exceptions.ts.
// ---------------------------------------------------------------------------

/**
 * A Python exception instance (CPython `PyBaseExceptionObject`), thrown with
 * JS `throw`. Instances of user exception classes are also this JS class.
 */
export class PyBaseExceptionObject extends PyObject {
  /** `args` tuple items. */
  args: PyValue[];
  /** `__traceback__`: a chain of traceback entries (see vm), or null. */
  traceback: PyObject | null = null;
  cause: PyValue = None;
  context: PyValue = None;
  suppressContext = false;
  /** `__notes__` etc. and user attributes live in `dict`. */
  constructor(type: PyType, args: PyValue[]) {
    super();
    this.ob_type = type;
    this.args = args;
  }
}

const exceptionTypes = new Map<string, PyType>();
function exc(name: string, base: PyType | null): PyType {
  const t = new PyType(name, base ? [base] : [ObjectType], TPFLAGS_BASETYPE | TPFLAGS_BASE_EXC_SUBCLASS);
  exceptionTypes.set(name, t);
  return t;
}
export const BaseExceptionType = exc('BaseException', null);
export const SystemExitType = exc('SystemExit', BaseExceptionType);
export const KeyboardInterruptType = exc('KeyboardInterrupt', BaseExceptionType);
export const GeneratorExitType = exc('GeneratorExit', BaseExceptionType);
export const ExceptionType = exc('Exception', BaseExceptionType);
export const StopIterationType = exc('StopIteration', ExceptionType);
export const StopAsyncIterationType = exc('StopAsyncIteration', ExceptionType);
export const ArithmeticErrorType = exc('ArithmeticError', ExceptionType);
export const FloatingPointErrorType = exc('FloatingPointError', ArithmeticErrorType);
export const OverflowErrorType = exc('OverflowError', ArithmeticErrorType);
export const ZeroDivisionErrorType = exc('ZeroDivisionError', ArithmeticErrorType);
export const AssertionErrorType = exc('AssertionError', ExceptionType);
export const AttributeErrorType = exc('AttributeError', ExceptionType);
export const BufferErrorType = exc('BufferError', ExceptionType);
export const EOFErrorType = exc('EOFError', ExceptionType);
export const ImportErrorType = exc('ImportError', ExceptionType);
export const ModuleNotFoundErrorType = exc('ModuleNotFoundError', ImportErrorType);
export const LookupErrorType = exc('LookupError', ExceptionType);
export const IndexErrorType = exc('IndexError', LookupErrorType);
export const KeyErrorType = exc('KeyError', LookupErrorType);
export const MemoryErrorType = exc('MemoryError', ExceptionType);
export const NameErrorType = exc('NameError', ExceptionType);
export const UnboundLocalErrorType = exc('UnboundLocalError', NameErrorType);
export const OSErrorType = exc('OSError', ExceptionType);
export const BlockingIOErrorType = exc('BlockingIOError', OSErrorType);
export const ChildProcessErrorType = exc('ChildProcessError', OSErrorType);
export const ConnectionErrorType = exc('ConnectionError', OSErrorType);
export const BrokenPipeErrorType = exc('BrokenPipeError', ConnectionErrorType);
export const ConnectionAbortedErrorType = exc('ConnectionAbortedError', ConnectionErrorType);
export const ConnectionRefusedErrorType = exc('ConnectionRefusedError', ConnectionErrorType);
export const ConnectionResetErrorType = exc('ConnectionResetError', ConnectionErrorType);
export const FileExistsErrorType = exc('FileExistsError', OSErrorType);
export const FileNotFoundErrorType = exc('FileNotFoundError', OSErrorType);
export const InterruptedErrorType = exc('InterruptedError', OSErrorType);
export const IsADirectoryErrorType = exc('IsADirectoryError', OSErrorType);
export const NotADirectoryErrorType = exc('NotADirectoryError', OSErrorType);
export const PermissionErrorType = exc('PermissionError', OSErrorType);
export const ProcessLookupErrorType = exc('ProcessLookupError', OSErrorType);
export const TimeoutErrorType = exc('TimeoutError', OSErrorType);
export const ReferenceErrorType = exc('ReferenceError', ExceptionType);
export const RuntimeErrorType = exc('RuntimeError', ExceptionType);
export const NotImplementedErrorType = exc('NotImplementedError', RuntimeErrorType);
export const RecursionErrorType = exc('RecursionError', RuntimeErrorType);
export const SyntaxErrorType = exc('SyntaxError', ExceptionType);
export const IndentationErrorType = exc('IndentationError', SyntaxErrorType);
export const TabErrorType = exc('TabError', IndentationErrorType);
export const SystemErrorType = exc('SystemError', ExceptionType);
export const TypeErrorType = exc('TypeError', ExceptionType);
export const ValueErrorType = exc('ValueError', ExceptionType);
export const UnicodeErrorType = exc('UnicodeError', ValueErrorType);
export const UnicodeDecodeErrorType = exc('UnicodeDecodeError', UnicodeErrorType);
export const UnicodeEncodeErrorType = exc('UnicodeEncodeError', UnicodeErrorType);
export const UnicodeTranslateErrorType = exc('UnicodeTranslateError', UnicodeErrorType);
export const WarningType = exc('Warning', ExceptionType);
export const DeprecationWarningType = exc('DeprecationWarning', WarningType);
export const PendingDeprecationWarningType = exc('PendingDeprecationWarning', WarningType);
export const RuntimeWarningType = exc('RuntimeWarning', WarningType);
export const SyntaxWarningType = exc('SyntaxWarning', WarningType);
export const UserWarningType = exc('UserWarning', WarningType);
export const FutureWarningType = exc('FutureWarning', WarningType);
export const ImportWarningType = exc('ImportWarning', WarningType);
export const UnicodeWarningType = exc('UnicodeWarning', WarningType);
export const BytesWarningType = exc('BytesWarning', WarningType);
export const ResourceWarningType = exc('ResourceWarning', WarningType);
export const EncodingWarningType = exc('EncodingWarning', WarningType);
export const BaseExceptionGroupType = exc('BaseExceptionGroup', BaseExceptionType);
export const ExceptionGroupType = new PyType('ExceptionGroup', [BaseExceptionGroupType, ExceptionType], TPFLAGS_BASETYPE | TPFLAGS_BASE_EXC_SUBCLASS);
exceptionTypes.set('ExceptionGroup', ExceptionGroupType);
/** `EnvironmentError` and `IOError` are aliases of OSError in Python 3. */
exceptionTypes.set('EnvironmentError', OSErrorType);
exceptionTypes.set('IOError', OSErrorType);

/** All built-in exception types by name (for the builtins module). */
export const BUILTIN_EXCEPTIONS: ReadonlyMap<string, PyType> = exceptionTypes;

/** Create (not throw) an exception of `type` with a single message argument (or no args when msg is undefined). */
export function newError(type: PyType, msg?: string): PyBaseExceptionObject {
  return new PyBaseExceptionObject(type, msg === undefined ? [] : [msg]);
}

/** Throw a Python exception of `type` with message `msg`. Usage: `throw pyErr(TypeErrorType, '...')` or `raiseError(...)`. */
export function raiseError(type: PyType, msg?: string): never {
  throw newError(type, msg);
}

/** CPython's "type name" used in error messages: `tp_name` of the value's type. */
export function typeName(v: PyValue): string {
  return typeOf(v).tp_name;
}

// ---------------------------------------------------------------------------
// Native callables and descriptors: how built-in functions and the methods of
// built-in types are represented (CPython's PyCFunction, method_descriptor,
// getset_descriptor).
// ---------------------------------------------------------------------------

/** A built-in function or a built-in method bound to `self` (CPython `builtin_function_or_method`). */
export class PyBuiltinFunction extends PyObject {
  constructor(
    public readonly name: string,
    /** Receives the positional args then keyword values (names in kwnames). For a bound method, self is prepended. */
    public readonly fn: NativeCall,
    public readonly self: PyValue | null = null,
    public readonly qualname: string = name,
    public readonly module: string | null = 'builtins',
  ) {
    super();
    this.ob_type = BuiltinFunctionType;
  }
}

/**
 * A method of a built-in type, stored in `tp_dict` (CPython `method_descriptor`
 * / `wrapper_descriptor`). `fn` receives `args[0]` as self. Looking it up on an
 * instance binds it into a PyBuiltinFunction; LOAD_METHOD avoids the binding.
 */
export class PyMethodDescriptor extends PyObject {
  /** A slot wrapper (`int.__add__`, CPython `wrapper_descriptor`): its wrong-self message differs. */
  isSlot = false;
  constructor(public readonly name: string, public readonly owner: PyType, public readonly fn: NativeCall) {
    super();
    this.ob_type = MethodDescriptorType;
  }
}

/** A native attribute of a built-in type (CPython `getset_descriptor`), e.g. `complex.real`, `BaseException.args`. */
export class PyGetSetDescriptor extends PyObject {
  constructor(
    public readonly name: string,
    public readonly owner: PyType,
    public readonly get: (self: PyValue) => PyValue,
    public readonly set: ((self: PyValue, v: PyValue | undefined) => void) | null = null,
  ) {
    super();
    this.ob_type = GetSetDescriptorType;
  }
}

/** A built-in classmethod such as `dict.fromkeys` / `int.from_bytes`: `fn` receives `args[0]` as the class. */
export class PyClassMethodDescriptor extends PyObject {
  constructor(public readonly name: string, public readonly owner: PyType, public readonly fn: NativeCall) {
    super();
    this.ob_type = ClassMethodDescriptorType;
  }
}

export const MethodDescriptorType = builtinType('method_descriptor', ObjectType, FINAL);
export const GetSetDescriptorType = builtinType('getset_descriptor', ObjectType, FINAL);
export const ClassMethodDescriptorType = builtinType('classmethod_descriptor', ObjectType, FINAL);

/** Add native methods to a built-in type's dict: `defineMethods(ListType, { append(args) {...} })`; args[0] is self. */
export function defineMethods(type: PyType, methods: Record<string, NativeCall>): void {
  for (const [name, fn] of Object.entries(methods)) type.tp_dict.set(name, new PyMethodDescriptor(name, type, fn));
  type.modified();
}

/** Add a native attribute (getter, optional setter) to a built-in type. */
export function defineGetSet(
  type: PyType,
  name: string,
  get: (self: PyValue) => PyValue,
  set: ((self: PyValue, v: PyValue | undefined) => void) | null = null,
): void {
  type.tp_dict.set(name, new PyGetSetDescriptor(name, type, get, set));
  type.modified();
}

/** Add native classmethods (args[0] is the class). */
export function defineClassMethods(type: PyType, methods: Record<string, NativeCall>): void {
  for (const [name, fn] of Object.entries(methods)) type.tp_dict.set(name, new PyClassMethodDescriptor(name, type, fn));
  type.modified();
}
