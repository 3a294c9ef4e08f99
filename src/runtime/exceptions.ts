/**
 * Behaviour of the built-in exception types (CPython 3.11 Objects/exceptions.c):
 * `__new__`/`__init__` (args), `__str__`/`__repr__`, the `args`,
 * `__traceback__`, `__cause__`, `__context__`, `__suppress_context__` attributes,
 * `with_traceback`, `add_note`, and the per-type extras: KeyError's str,
 * StopIteration.value, SystemExit.code, OSError (errno → subclass mapping,
 * `[Errno 2] ...: 'x'`), ImportError name/path, NameError/AttributeError name,
 * SyntaxError fields, UnicodeError fields, and BaseExceptionGroup/ExceptionGroup
 * (subgroup, split, derive). Call `installExceptionMethods()` once at start-up.
 */
import {
  type PyValue,
  PyObject,
  PyType,
  PyBaseExceptionObject,
  PyMethodDescriptor,
  PyBuiltinFunction,
  None,
  TypeErrorType,
  ValueErrorType,
  BaseExceptionType,
  ExceptionType,
  KeyErrorType,
  StopIterationType,
  StopAsyncIterationType,
  SystemExitType,
  OSErrorType,
  ImportErrorType,
  NameErrorType,
  AttributeErrorType,
  SyntaxErrorType,
  UnicodeErrorType,
  UnicodeDecodeErrorType,
  UnicodeEncodeErrorType,
  UnicodeTranslateErrorType,
  BaseExceptionGroupType,
  ExceptionGroupType,
  TracebackType,
  BlockingIOErrorType,
  ChildProcessErrorType,
  BrokenPipeErrorType,
  ConnectionAbortedErrorType,
  ConnectionRefusedErrorType,
  ConnectionResetErrorType,
  FileExistsErrorType,
  FileNotFoundErrorType,
  InterruptedErrorType,
  IsADirectoryErrorType,
  NotADirectoryErrorType,
  PermissionErrorType,
  ProcessLookupErrorType,
  TimeoutErrorType,
  newError,
  typeName,
  typeOf,
  isInstance,
  defineMethods,
  defineGetSet,
} from './object.js';
import { repr as pyRepr, str as pyStr, isTrue, iterToArray } from './abstract.js';
import { call, attrErrorInfo } from './attr.js';
import { PyTuple } from './tuple.js';
import { PyList } from './list.js';
import { PyDict } from './dict.js';
import { parseArgs } from './args.js';

type Exc = PyBaseExceptionObject;

/** Extra per-instance fields of some exception types (CPython's struct members), kept off the hot object. */
const extras = new WeakMap<Exc, Record<string, PyValue>>();

/** The extra fields of `e` (strong references, for vm/lifecycle.ts's reachability marking). */
export function excExtras(e: Exc): Record<string, PyValue> | undefined {
  return extras.get(e);
}

/** Read an extra field (`value`, `code`, `errno`, `name`, ...) of an exception; None when unset. */
export function excField(e: Exc, name: string): PyValue {
  const x = extras.get(e);
  return x && name in x ? x[name] : None;
}

/** Set an extra field of an exception. */
export function setExcField(e: Exc, name: string, v: PyValue): void {
  let x = extras.get(e);
  if (!x) extras.set(e, (x = Object.create(null) as Record<string, PyValue>));
  x[name] = v;
}

function typeErr(msg: string): never {
  throw newError(TypeErrorType, msg);
}

function asExc(v: PyValue, what: string): Exc {
  if (v instanceof PyBaseExceptionObject) return v;
  typeErr(`descriptor '${what}' requires a 'BaseException' object but received a '${typeName(v)}'`);
}

function tuple(items: PyValue[]): PyTuple {
  return new PyTuple(items);
}

function positional(args: PyValue[], kwnames: readonly string[] | null): PyValue[] {
  return kwnames && kwnames.length ? args.slice(0, args.length - kwnames.length) : args;
}

/** CPython: `ValueError() takes no keyword arguments` (uses the instance's type name). */
function rejectKw(t: PyType, kwnames: readonly string[] | null): void {
  if (kwnames && kwnames.length) typeErr(`${t.tp_name}() takes no keyword arguments`);
}

/** Exception families with extra fields (CPython's per-type *_init functions); 0 = plain BaseException. */
const enum Fam {
  Plain = 0,
  Stop,
  SysExit,
  Import,
  NameAttr,
  OS,
  Syntax,
  Unicode,
  Group,
}

const familyCache = new Map<PyType, Fam>();

/** The family of an exception type, computed once per type (hot: every raise of a user exception). */
function familyOf(t: PyType): Fam {
  let f = familyCache.get(t);
  if (f !== undefined) return f;
  if (t.isSubtype(StopIterationType) || t.isSubtype(StopAsyncIterationType)) f = Fam.Stop;
  else if (t.isSubtype(SystemExitType)) f = Fam.SysExit;
  else if (t.isSubtype(ImportErrorType)) f = Fam.Import;
  else if (t.isSubtype(NameErrorType) || t.isSubtype(AttributeErrorType)) f = Fam.NameAttr;
  else if (t.isSubtype(OSErrorType)) f = Fam.OS;
  else if (t.isSubtype(SyntaxErrorType)) f = Fam.Syntax;
  else if (t.isSubtype(UnicodeErrorType)) f = Fam.Unicode;
  else if (t.isSubtype(BaseExceptionGroupType)) f = Fam.Group;
  else f = Fam.Plain;
  familyCache.set(t, f);
  return f;
}

/** The type-specific "init" work shared by `__new__` and `__init__` (CPython's *_init functions). */
function initFields(e: Exc, args: PyValue[], kwnames: readonly string[] | null, fromNew: boolean): void {
  const t = e.ob_type;
  const fam = familyOf(t);
  if (fam === Fam.Plain) {
    if (!fromNew && kwnames !== null && kwnames.length) rejectKw(t, kwnames);
    return;
  }
  const pos = positional(args, kwnames);
  switch (fam) {
    case Fam.Stop:
      if (!fromNew) rejectKw(t, kwnames);
      setExcField(e, 'value', pos.length ? pos[0] : None);
      return;
    case Fam.SysExit:
      if (!fromNew) rejectKw(t, kwnames);
      setExcField(e, 'code', pos.length === 0 ? None : pos.length === 1 ? pos[0] : tuple(pos.slice()));
      return;
    case Fam.Import: {
      if (fromNew) return;
      const p = parseArgs(t.tp_name, args, kwnames, IMPORT_SPEC);
      setExcField(e, 'name', p[0] ?? None);
      setExcField(e, 'path', p[1] ?? None);
      setExcField(e, 'msg', pos.length === 1 ? pos[0] : None);
      return;
    }
    case Fam.NameAttr: {
      if (fromNew) return;
      const isAttr = t.isSubtype(AttributeErrorType);
      const p = parseArgs(t.tp_name, args, kwnames, isAttr ? ATTR_SPEC : NAME_SPEC);
      setExcField(e, 'name', p[0] ?? None);
      if (isAttr) setExcField(e, 'obj', p[1] ?? None);
      return;
    }
    case Fam.OS:
      if (!fromNew) rejectKw(t, kwnames);
      initOSError(e, pos);
      return;
    case Fam.Syntax:
      if (!fromNew) rejectKw(t, kwnames);
      initSyntaxError(e, pos);
      return;
    case Fam.Unicode:
      if (!fromNew) rejectKw(t, kwnames);
      initUnicodeError(e, pos);
      return;
    case Fam.Group:
      return;
  }
}

const IMPORT_SPEC = ['*args', '*', 'name?', 'path?'];
const NAME_SPEC = ['*args', '*', 'name?'];
const ATTR_SPEC = ['*args', '*', 'name?', 'obj?'];

// --- OSError ---------------------------------------------------------------

const ERRNO_MAP: [number[], PyType][] = [
  [[11, 114, 115], BlockingIOErrorType],
  [[10], ChildProcessErrorType],
  [[32, 108], BrokenPipeErrorType],
  [[103], ConnectionAbortedErrorType],
  [[111], ConnectionRefusedErrorType],
  [[104], ConnectionResetErrorType],
  [[17], FileExistsErrorType],
  [[2], FileNotFoundErrorType],
  [[4], InterruptedErrorType],
  [[21], IsADirectoryErrorType],
  [[20], NotADirectoryErrorType],
  [[1, 13], PermissionErrorType],
  [[3], ProcessLookupErrorType],
  [[110], TimeoutErrorType],
];

/** The OSError subclass CPython picks for an errno (`OSError(2, 'x')` is a FileNotFoundError). */
export function osErrorTypeFor(errno: number): PyType {
  for (const [codes, t] of ERRNO_MAP) if (codes.includes(errno)) return t;
  return OSErrorType;
}

function initOSError(e: Exc, pos: PyValue[]): void {
  if (pos.length >= 2 && pos.length <= 5) {
    setExcField(e, 'errno', pos[0]);
    setExcField(e, 'strerror', pos[1]);
    if (pos.length >= 3) {
      setExcField(e, 'filename', pos[2]);
      if (pos.length >= 5) setExcField(e, 'filename2', pos[4]);
      e.args = [pos[0], pos[1]];
    }
  }
}

function osErrorStr(e: Exc): string {
  const errno = excField(e, 'errno');
  const strerror = excField(e, 'strerror');
  const fn = excField(e, 'filename');
  const fn2 = excField(e, 'filename2');
  if (fn !== None) {
    if (fn2 !== None) return `[Errno ${pyStr(errno)}] ${pyStr(strerror)}: ${pyRepr(fn)} -> ${pyRepr(fn2)}`;
    return `[Errno ${pyStr(errno)}] ${pyStr(strerror)}: ${pyRepr(fn)}`;
  }
  if (errno !== None || strerror !== None) {
    if (e.args.length >= 2) return `[Errno ${pyStr(errno)}] ${pyStr(strerror)}`;
  }
  return baseStr(e);
}

/**
 * Create an OSError of the right subclass for a Node.js system error code
 * (`ENOENT` → FileNotFoundError `[Errno 2] No such file or directory: 'x'`).
 */
export function osErrorFromNode(err: unknown, filename?: string): Exc {
  const code = (err as { code?: string }).code ?? '';
  const info = NODE_ERRNO[code] ?? [0, String((err as Error).message ?? err)];
  const args: PyValue[] = filename === undefined ? [info[0], info[1]] : [info[0], info[1], filename];
  const e = new PyBaseExceptionObject(osErrorTypeFor(info[0]), args);
  initOSError(e, args);
  return e;
}

const NODE_ERRNO: Record<string, [number, string]> = {
  EPERM: [1, 'Operation not permitted'],
  ENOENT: [2, 'No such file or directory'],
  EIO: [5, 'Input/output error'],
  EBADF: [9, 'Bad file descriptor'],
  EAGAIN: [11, 'Resource temporarily unavailable'],
  EACCES: [13, 'Permission denied'],
  EEXIST: [17, 'File exists'],
  ENOTDIR: [20, 'Not a directory'],
  EISDIR: [21, 'Is a directory'],
  EINVAL: [22, 'Invalid argument'],
  EMFILE: [24, 'Too many open files'],
  ENOSPC: [28, 'No space left on device'],
  EPIPE: [32, 'Broken pipe'],
  ENOTEMPTY: [39, 'Directory not empty'],
};

// --- SyntaxError -------------------------------------------------------------

const SYNTAX_FIELDS = ['filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset'];

function initSyntaxError(e: Exc, pos: PyValue[]): void {
  if (pos.length >= 1) setExcField(e, 'msg', pos[0]);
  if (pos.length === 2) {
    const info = iterToArray(pos[1]);
    if (info.length < 4 || info.length > 6) typeErr('tuple index out of range');
    info.forEach((v, i) => setExcField(e, SYNTAX_FIELDS[i], v));
  }
}

function syntaxErrorStr(e: Exc): string {
  const msg = excField(e, 'msg');
  const filename = excField(e, 'filename');
  const lineno = excField(e, 'lineno');
  const m = msg === None ? baseStr(e) : pyStr(msg);
  const fname = typeof filename === 'string' ? filename.slice(filename.lastIndexOf('/') + 1) : null;
  const hasLine = typeof lineno === 'number';
  if (fname !== null && hasLine) return `${m} (${fname}, line ${lineno})`;
  if (fname !== null) return `${m} (${fname})`;
  if (hasLine) return `${m} (line ${lineno})`;
  return m;
}

// --- UnicodeError --------------------------------------------------------------

function initUnicodeError(e: Exc, pos: PyValue[]): void {
  const t = e.ob_type;
  if (t.isSubtype(UnicodeDecodeErrorType) || t.isSubtype(UnicodeEncodeErrorType)) {
    if (pos.length !== 5) {
      if (t === UnicodeDecodeErrorType || t === UnicodeEncodeErrorType) {
        typeErr(`function takes exactly 5 arguments (${pos.length} given)`);
      }
      return;
    }
    ['encoding', 'object', 'start', 'end', 'reason'].forEach((k, i) => setExcField(e, k, pos[i]));
  } else if (t.isSubtype(UnicodeTranslateErrorType)) {
    if (pos.length === 4) ['object', 'start', 'end', 'reason'].forEach((k, i) => setExcField(e, k, pos[i]));
  }
}

function unicodeErrorStr(e: Exc): string {
  const t = e.ob_type;
  const obj = excField(e, 'object');
  if (obj === None) return baseStr(e);
  const start = Number(excField(e, 'start'));
  const end = Number(excField(e, 'end'));
  const reason = pyStr(excField(e, 'reason'));
  if (t.isSubtype(UnicodeDecodeErrorType)) {
    const enc = pyStr(excField(e, 'encoding'));
    const bytes = (obj as unknown as { bytes?: Uint8Array }).bytes;
    if (end === start + 1 && bytes && start < bytes.length) {
      return `'${enc}' codec can't decode byte 0x${bytes[start].toString(16).padStart(2, '0')} in position ${start}: ${reason}`;
    }
    return `'${enc}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`;
  }
  const s = typeof obj === 'string' ? Array.from(obj) : [];
  const enc = t.isSubtype(UnicodeEncodeErrorType) ? `'${pyStr(excField(e, 'encoding'))}' codec can't encode` : `can't translate`;
  if (end === start + 1 && start < s.length) {
    const c = s[start].codePointAt(0)!;
    const esc = c < 0x100 ? '\\x' + c.toString(16).padStart(2, '0') : c < 0x10000 ? '\\u' + c.toString(16).padStart(4, '0') : '\\U' + c.toString(16).padStart(8, '0');
    return `${enc} character '${esc}' in position ${start}: ${reason}`;
  }
  return `${enc} characters in position ${start}-${end - 1}: ${reason}`;
}

// --- str / repr --------------------------------------------------------------

function baseStr(e: Exc): string {
  const a = e.args;
  if (a.length === 0) return '';
  if (a.length === 1) return pyStr(a[0]);
  return pyStr(tuple(a));
}

/** `str(exc)` for a built-in exception instance, dispatching on the type family (CPython's tp_str slots). */
export function exceptionStr(e: Exc): string {
  const t = e.ob_type;
  if (t.isSubtype(KeyErrorType)) return e.args.length === 1 ? pyRepr(e.args[0]) : baseStr(e);
  if (t.isSubtype(OSErrorType)) return osErrorStr(e);
  if (t.isSubtype(ImportErrorType)) {
    const msg = excField(e, 'msg');
    return typeof msg === 'string' ? msg : baseStr(e);
  }
  if (t.isSubtype(SyntaxErrorType)) return syntaxErrorStr(e);
  if (t.isSubtype(UnicodeErrorType)) return unicodeErrorStr(e);
  if (t.isSubtype(BaseExceptionGroupType)) {
    const n = groupExceptions(e).length;
    return `${pyStr(excField(e, 'message'))} (${n} sub-exception${n === 1 ? '' : 's'})`;
  }
  return baseStr(e);
}

/** `repr(exc)` (CPython `BaseException_repr`): `ValueError('x')`, `ValueError(1, 2)`, `ValueError()`. */
export function exceptionRepr(e: Exc): string {
  const name = e.ob_type.tp_name;
  const a = e.args;
  if (a.length === 1) return `${name}(${pyRepr(a[0])})`;
  return name + pyRepr(tuple(a));
}

// --- exception groups ----------------------------------------------------------

function groupExceptions(e: Exc): Exc[] {
  const t = excField(e, 'exceptions');
  return t instanceof PyTuple ? (t.items as Exc[]) : [];
}

function newGroup(cls: PyType, args: PyValue[]): Exc {
  if (args.length !== 2) typeErr(`BaseExceptionGroup.__new__() takes exactly 2 arguments (${args.length} given)`);
  const [message, excs] = args;
  if (typeof message !== 'string') typeErr(`BaseExceptionGroup.__new__() argument 1 must be str, not ${typeName(message)}`);
  if (typeof excs !== 'object' || excs.ob_type.lookup('__getitem__') === undefined || excs.ob_type.lookup('__len__') === undefined || excs instanceof PyType) {
    typeErr('second argument (exceptions) must be a sequence');
  }
  const items = iterToArray(excs);
  if (items.length === 0) throw newError(ValueErrorType, 'second argument (exceptions) must be a non-empty sequence');
  let allExc = true;
  items.forEach((x, i) => {
    if (!(x instanceof PyBaseExceptionObject)) throw newError(ValueErrorType, `Item ${i} of second argument (exceptions) is not an exception`);
    if (!x.ob_type.isSubtype(ExceptionType)) allExc = false;
  });
  if (cls === BaseExceptionGroupType) {
    if (allExc) cls = ExceptionGroupType;
  } else if (cls === ExceptionGroupType) {
    if (!allExc) typeErr('Cannot nest BaseExceptions in an ExceptionGroup');
  } else if (!allExc && cls.isSubtype(ExceptionType)) {
    typeErr(`Cannot nest BaseExceptions in '${cls.tp_name}'`);
  }
  const e = new PyBaseExceptionObject(cls, args.slice());
  setExcField(e, 'message', message);
  setExcField(e, 'exceptions', tuple(items));
  return e;
}

type Matcher = (e: Exc) => boolean;

function makeMatcher(cond: PyValue): Matcher {
  if (cond instanceof PyType && cond.isSubtype(BaseExceptionType)) return (e) => isInstance(e, cond);
  if (cond instanceof PyTuple && cond.items.every((t) => t instanceof PyType && t.isSubtype(BaseExceptionType))) {
    const ts = cond.items as PyType[];
    return (e) => ts.some((t) => isInstance(e, t));
  }
  if (typeof cond === 'object' && !(cond instanceof PyType) && typeOf(cond).lookup('__call__') !== undefined) {
    return (e) => isTrue(call(cond, [e]));
  }
  typeErr('expected a function, exception type or tuple of exception types');
}

/** Copy traceback, cause, context and notes from `src` to the derived group `dst` (CPython `exceptiongroup_subset`). */
function copyMeta(src: Exc, dst: Exc): void {
  dst.traceback = src.traceback;
  dst.cause = src.cause;
  dst.context = src.context;
  dst.suppressContext = src.suppressContext;
  const notes = getNotes(src);
  if (notes !== undefined) setNotes(dst, notes);
}

function derive(eg: Exc, excs: Exc[]): Exc {
  const m = eg.ob_type.lookup('derive');
  let r: PyValue;
  if (m instanceof PyMethodDescriptor && m.owner === BaseExceptionGroupType) r = newGroup(BaseExceptionGroupType, [excField(eg, 'message'), new PyList(excs)]);
  else r = call(bindMethod(m!, eg), [new PyList(excs)]);
  if (!(r instanceof PyBaseExceptionObject) || !r.ob_type.isSubtype(BaseExceptionGroupType)) {
    typeErr('derive must return an instance of BaseExceptionGroup');
  }
  copyMeta(eg, r);
  return r;
}

function bindMethod(m: PyValue, self: PyValue): PyValue {
  if (m instanceof PyMethodDescriptor) return new PyBuiltinFunction(m.name, (a, k) => m.fn([self, ...a], k), null);
  return new PyBuiltinFunction('derive', (a, k) => call(m, [self, ...a], k), null);
}

/**
 * Split an exception (group) by `match` (CPython `exceptiongroup_split_recursive`):
 * returns [matching part, rest], each null when empty. Leaf exceptions are
 * matched as a whole. Used by `split`, `subgroup` and the VM's `except*`.
 */
export function splitException(e: Exc, match: Matcher, wantRest: boolean): [Exc | null, Exc | null] {
  if (match(e)) return [e, null];
  if (!e.ob_type.isSubtype(BaseExceptionGroupType)) return [null, wantRest ? e : null];
  const matched: Exc[] = [];
  const rest: Exc[] = [];
  for (const sub of groupExceptions(e)) {
    const [m, r] = splitException(sub, match, wantRest);
    if (m) matched.push(m);
    if (r) rest.push(r);
  }
  const mg = matched.length ? derive(e, matched) : null;
  const rg = wantRest && rest.length ? derive(e, rest) : null;
  return [mg, rg];
}

/** `except* T` support: split `e` by the exception type(s) `cond`; [match, rest], null when empty. */
export function exceptStarSplit(e: Exc, cond: PyValue): [Exc | null, Exc | null] {
  return splitException(e, makeMatcher(cond), true);
}

// --- notes ----------------------------------------------------------------------

function getNotes(e: Exc): PyValue | undefined {
  return e.dict ? e.dict.table.lookup('__notes__')?.value : undefined;
}

function setNotes(e: Exc, notes: PyValue): void {
  if (!e.dict) e.dict = new PyDict();
  e.dict.table.set('__notes__', notes);
}

// --- installation -----------------------------------------------------------------

function nativeNew(cls: PyType, args: PyValue[], kwnames: readonly string[] | null): Exc {
  if (familyOf(cls) === Fam.Group) return newGroup(cls, positional(args, kwnames));
  let t = cls;
  const pos = positional(args, kwnames);
  if (cls === OSErrorType && pos.length >= 2 && pos.length <= 5 && typeof pos[0] === 'number') t = osErrorTypeFor(pos[0]);
  const e = new PyBaseExceptionObject(t, pos.slice());
  initFields(e, args, kwnames, true);
  return e;
}

/**
 * Create a built-in exception instance from native code exactly as calling the
 * type would (`SystemExit(5)` gets `.code == 5`, `OSError(2, 'x')` is a
 * FileNotFoundError with errno/strerror). Does not run Python-level `__init__`.
 */
export function makeException(type: PyType, args: PyValue[]): PyBaseExceptionObject {
  const e = nativeNew(type, args, null);
  if (!type.isSubtype(BaseExceptionGroupType)) {
    initFields(e, args, null, false);
    if (e.ob_type.isSubtype(OSErrorType)) initOSError(e, e.args);
  }
  return e;
}

/** Attach `__new__`, `__init__`, `__str__`, `__repr__`, attributes and methods to the exception types. Idempotent. */
/** BaseException's own `__new__` and `__init__` (set by installExceptionMethods), for `newExceptionFast`. */
let baseExcNew: PyValue | undefined;
let baseExcInit: PyValue | undefined;

/**
 * `cls(*args)` for an exception class that keeps BaseException's own
 * `__new__` and `__init__`, called without keywords (`raise KeyError(k)`,
 * most raises): the same object the general type call builds, without its
 * two lookups, two native calls and three argument copies. Undefined when the
 * general path is needed (overridden `__new__`/`__init__`, keywords, or an
 * exception family with fields of its own such as OSError or StopIteration).
 */
export function newExceptionFast(cls: PyType, args: PyValue[], kwnames: readonly string[] | null): PyBaseExceptionObject | undefined {
  if ((kwnames !== null && kwnames.length > 0) || baseExcNew === undefined) return undefined;
  if (cls.lookup('__new__') !== baseExcNew || cls.lookup('__init__') !== baseExcInit || familyOf(cls) !== 0) return undefined;
  return new PyBaseExceptionObject(cls, args.slice());
}

/**
 * Does calling exception class `cls` create its instance with BaseException's
 * own `__new__` and no fields of its family (so `new PyBaseExceptionObject`
 * with the positional arguments is the whole of `__new__`)?
 */
export function hasPlainExceptionNew(cls: PyType): boolean {
  return baseExcNew !== undefined && cls.lookup('__new__') === baseExcNew && familyOf(cls) === 0;
}

export function installExceptionMethods(): void {
  if (BaseExceptionType.tp_dict.has('__str__')) return;
  BaseExceptionType.tp_new = (type, args, kwnames) => nativeNew(type, args, kwnames);
  BaseExceptionType.tp_dict.set(
    '__new__',
    new PyBuiltinFunction(
      '__new__',
      (args, kwnames) => {
        const cls = args[1];
        if (!(cls instanceof PyType)) typeErr(`BaseException.__new__(X): X is not a type object (${typeName(cls ?? None)})`);
        if (!cls.isSubtype(BaseExceptionType)) typeErr(`BaseException.__new__(${cls.tp_name}): ${cls.tp_name} is not a subtype of BaseException`);
        return nativeNew(cls, args.slice(2), kwnames);
      },
      BaseExceptionType,
      'BaseException.__new__',
    ),
  );
  defineMethods(BaseExceptionType, {
    __init__(args, kwnames) {
      const e = asExc(args[0], '__init__');
      const rest = args.slice(1);
      initFields(e, rest, kwnames, false);
      e.args = positional(rest, kwnames).slice();
      if (familyOf(e.ob_type) === Fam.OS) initOSError(e, e.args);
      return None;
    },
    __str__(args) {
      return exceptionStr(asExc(args[0], '__str__'));
    },
    __repr__(args) {
      return exceptionRepr(asExc(args[0], '__repr__'));
    },
    with_traceback(args) {
      const e = asExc(args[0], 'with_traceback');
      setTraceback(e, args[1] ?? None);
      return e;
    },
    add_note(args) {
      const e = asExc(args[0], 'add_note');
      const note = args[1];
      if (typeof note !== 'string') typeErr(`note must be a str, not '${typeName(note ?? None)}'`);
      let notes = getNotes(e);
      if (notes === undefined) {
        notes = new PyList([]);
        setNotes(e, notes);
      }
      if (!(notes instanceof PyList)) typeErr('Cannot add note: __notes__ is not a list');
      notes.items.push(note);
      return None;
    },
    __reduce__(args) {
      const e = asExc(args[0], '__reduce__');
      return tuple([e.ob_type, tuple(e.args)]);
    },
  });
  baseExcNew = BaseExceptionType.tp_dict.get('__new__');
  baseExcInit = BaseExceptionType.tp_dict.get('__init__');
  defineGetSet(
    BaseExceptionType,
    'args',
    (self) => tuple(asExc(self, 'args').args),
    (self, v) => {
      if (v === undefined) typeErr('args may not be deleted');
      asExc(self, 'args').args = iterToArray(v);
    },
  );
  defineGetSet(
    BaseExceptionType,
    '__traceback__',
    (self) => asExc(self, '__traceback__').traceback ?? None,
    (self, v) => {
      if (v === undefined) typeErr('__traceback__ may not be deleted');
      setTraceback(asExc(self, '__traceback__'), v);
    },
  );
  defineGetSet(
    BaseExceptionType,
    '__cause__',
    (self) => asExc(self, '__cause__').cause,
    (self, v) => {
      if (v === undefined) typeErr('__cause__ may not be deleted');
      if (v !== None && !(v instanceof PyBaseExceptionObject)) typeErr('exception cause must be None or derive from BaseException');
      const e = asExc(self, '__cause__');
      e.cause = v;
      e.suppressContext = true;
    },
  );
  defineGetSet(
    BaseExceptionType,
    '__context__',
    (self) => asExc(self, '__context__').context,
    (self, v) => {
      if (v === undefined) typeErr('__context__ may not be deleted');
      if (v !== None && !(v instanceof PyBaseExceptionObject)) typeErr('exception context must be None or derive from BaseException');
      asExc(self, '__context__').context = v;
    },
  );
  defineGetSet(
    BaseExceptionType,
    '__suppress_context__',
    (self) => asExc(self, '__suppress_context__').suppressContext,
    (self, v) => {
      asExc(self, '__suppress_context__').suppressContext = v === undefined ? false : isTrue(v);
    },
  );
  const field = (t: PyType, name: string, readonly = false) =>
    defineGetSet(
      t,
      name,
      (self) => excField(asExc(self, name), name),
      readonly ? null : (self, v) => setExcField(asExc(self, name), name, v === undefined ? None : v),
    );
  field(StopIterationType, 'value');
  field(StopAsyncIterationType, 'value');
  field(SystemExitType, 'code');
  for (const n of ['errno', 'strerror', 'filename', 'filename2']) field(OSErrorType, n);
  for (const n of ['msg', 'name', 'path']) field(ImportErrorType, n);
  field(NameErrorType, 'name');
  // The attribute protocol records name/obj off the exception (attrErrorInfo) so a miss stays cheap.
  const attrField = (name: 'name' | 'obj') =>
    defineGetSet(
      AttributeErrorType,
      name,
      (self) => {
        const e = asExc(self, name);
        const v = excField(e, name);
        if (v !== None) return v;
        const info = attrErrorInfo.get(e);
        return info ? info[name] : None;
      },
      (self, v) => setExcField(asExc(self, name), name, v === undefined ? None : v),
    );
  attrField('name');
  attrField('obj');
  for (const n of ['msg', 'print_file_and_line', ...SYNTAX_FIELDS]) field(SyntaxErrorType, n);
  for (const n of ['encoding', 'object', 'start', 'end', 'reason']) field(UnicodeErrorType, n);
  field(BaseExceptionGroupType, 'message', true);
  field(BaseExceptionGroupType, 'exceptions', true);
  defineMethods(BaseExceptionGroupType, {
    derive(args) {
      const e = asExc(args[0], 'derive');
      return newGroup(BaseExceptionGroupType, [excField(e, 'message'), args[1]]);
    },
    subgroup(args) {
      const e = asExc(args[0], 'subgroup');
      return splitException(e, makeMatcher(args[1] ?? None), false)[0] ?? None;
    },
    split(args) {
      const e = asExc(args[0], 'split');
      const [m, r] = splitException(e, makeMatcher(args[1] ?? None), true);
      return tuple([m ?? None, r ?? None]);
    },
    __class_getitem__(args) {
      return args[0];
    },
  });
  // BaseExceptionGroup.__init__ accepts the same two arguments as __new__.
  defineMethods(BaseExceptionGroupType, {
    __init__(args, kwnames) {
      const e = asExc(args[0], '__init__');
      rejectKw(e.ob_type, kwnames);
      e.args = args.slice(1);
      return None;
    },
  });
}

function setTraceback(e: Exc, tb: PyValue): void {
  if (tb !== None && !(tb instanceof PyObject && tb.ob_type === TracebackType)) typeErr('__traceback__ must be a traceback or None');
  e.traceback = tb === None ? null : (tb as PyObject);
}

/** Convenience for native code: `len(exc.exceptions)` etc. without Python-level calls. */
export function exceptionGroupItems(e: Exc): Exc[] {
  return groupExceptions(e);
}

