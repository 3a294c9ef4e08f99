/**
 * The `sys` module (CPython Python/sysmodule.c): argv, path, modules, the
 * standard streams, version information, recursion limit, exc_info, exit,
 * and the implementation record (`sys.implementation.cache_tag == 'tspy-311'`).
 * There is one sys module per process; `getSysModule()` creates it on first use.
 */
import {
  type PyValue,
  PyObject,
  PyType,
  PyFloat,
  PyBuiltinFunction,
  PyBaseExceptionObject,
  None,
  RuntimeErrorType,
  TypeErrorType,
  ValueErrorType,
  SystemExitType,
  ObjectType,
  newError,
  typeName,
  defineMethods,
} from '../runtime/object.js';
import { repr as pyRepr, index as pyIndex } from '../runtime/abstract.js';
import { getMaxStrDigits, setMaxStrDigits } from '../runtime/int.js';

const SET_MAX_STR_DIGITS_SPEC = ['maxdigits'];
import { PyDict } from '../runtime/dict.js';
import { PyList } from '../runtime/list.js';
import { PyTuple } from '../runtime/tuple.js';
import { PyModule } from '../runtime/module.js';
import { parseArgs, checkPositional, oneArg } from '../runtime/args.js';
import { getRecursionLimit, setRecursionLimit, currentHandledException, currentFrame } from '../vm/state.js';
import { registerVmServices, dictGetStr } from '../vm/rt.js';
import { makeStructSeqType, newStructSeq } from './structseq.js';
import { makeStdStreams, installIoTypes } from './io.js';
import { makeException } from '../runtime/exceptions.js';
import { frameObject, formatException } from '../runtime/traceback.js';
import { call, getAttr, setAttr } from '../runtime/attr.js';
import { flushStdout } from './stdio.js';
import { COPYRIGHT } from './sitebuiltins.js';
import * as fs from 'node:fs';

function typeErr(msg: string): never {
  throw newError(TypeErrorType, msg);
}

export const VERSION = '3.11.7 (main, May  9 2026, 07:35:25) [tspy, Node.js]';
export const CACHE_TAG = 'tspy-311';

/** `types.SimpleNamespace`: attributes in the instance dict, repr `namespace(a=1, b=2)`. */
export const SimpleNamespaceType = new PyType('SimpleNamespace', [ObjectType], 1 << 10, 'types');

/** A SimpleNamespace instance holding `entries`. */
export function newNamespace(entries: [string, PyValue][], type: PyType = SimpleNamespaceType): PyObject {
  const o = new PyObject(type);
  o.dict = new PyDict();
  for (const [k, v] of entries) o.dict.table.set(k, v);
  return o;
}

let nsInstalled = false;
function installNamespace(): void {
  if (nsInstalled) return;
  nsInstalled = true;
  SimpleNamespaceType.tp_new = (type, args, kwnames) => {
    const npos = args.length - (kwnames?.length ?? 0);
    if (npos > 0) typeErr(`SimpleNamespace() takes no positional arguments`);
    return newNamespace((kwnames ?? []).map((k, i) => [k, args[npos + i]]), type);
  };
  defineMethods(SimpleNamespaceType, {
    __init__() {
      return None;
    },
    __repr__(args) {
      const o = args[0] as PyObject;
      const name = o.ob_type === SimpleNamespaceType ? 'namespace' : o.ob_type.tp_name;
      const parts: string[] = [];
      if (o.dict) for (const e of o.dict.table.entries()) parts.push(`${String(e.key)}=${pyRepr(e.value)}`);
      return `${name}(${parts.join(', ')})`;
    },
    __eq__(args) {
      const [a, b] = args;
      if (!(b instanceof PyObject) || !b.ob_type.isSubtype(SimpleNamespaceType)) return false;
      const da = (a as PyObject).dict;
      const db = b.dict;
      if (!da || !db) return da === db;
      if (da.table.size !== db.table.size) return false;
      for (const e of da.table.entries()) {
        const o = db.table.lookup(e.key);
        if (!o || pyRepr(o.value) !== pyRepr(e.value)) return false;
      }
      return true;
    },
  });
}

// ---------------------------------------------------------------------------

const VersionInfoType = makeStructSeqType('sys', 'version_info', ['major', 'minor', 'micro', 'releaselevel', 'serial']);
const FloatInfoType = makeStructSeqType('sys', 'float_info', [
  'max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon', 'radix', 'rounds',
]);
const IntInfoType = makeStructSeqType('sys', 'int_info', ['bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold']);
const HashInfoType = makeStructSeqType('sys', 'hash_info', [
  'width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits', 'seed_bits', 'cutoff',
]);
const FlagsType = makeStructSeqType('sys', 'flags', [
  'debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode', 'no_user_site', 'no_site', 'ignore_environment',
  'verbose', 'bytes_warning', 'quiet', 'hash_randomization', 'isolated', 'dev_mode', 'utf8_mode', 'warn_default_encoding',
  'safe_path', 'int_max_str_digits',
]);

let sysModule: PyModule | null = null;
const argvList = new PyList([]);
const pathList = new PyList([]);
const modulesDict = new PyDict();

/** Set `sys.argv` (the CLI calls this before running the script). */
export function setArgv(argv: string[]): void {
  argvList.items.length = 0;
  argvList.items.push(...argv);
}

/** Replace the contents of `sys.path` (kept as the same list object). */
export function setSysPath(paths: string[]): void {
  pathList.items.length = 0;
  pathList.items.push(...paths);
}

/** `sys.modules` (the one dict shared with the importer and the VM). */
export function getSysModulesDict(): PyDict {
  return modulesDict;
}

/** `sys.path` list object. */
export function getSysPathList(): PyList {
  return pathList;
}

/** Read an attribute of the sys module (live: user assignments like `sys.stdout = buf` are seen). */
export function sysAttr(name: string): PyValue {
  const m = getSysModule();
  return m.dict!.table.lookup(name)?.value ?? None;
}

/** Set `sys.dont_write_bytecode` and `sys.pycache_prefix` (from -B / TSPY_PYCACHEPREFIX). */
export function setCacheFlags(dontWrite: boolean, prefix: string | null): void {
  const d = getSysModule().dict!;
  d.table.set('dont_write_bytecode', dontWrite);
  d.table.set('pycache_prefix', prefix ?? None);
}

function exitFn(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  checkPositional('exit', args, kwnames, 0, 1);
  throw makeException(SystemExitType, args.length ? [args[0]] : []);
}

/** Rough `sys.getsizeof` figures mirroring CPython's 64-bit object sizes. */
function getsizeof(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const p = parseArgs('getsizeof', args, kwnames, ['object', 'default?']);
  const o = p[0]!;
  switch (typeof o) {
    case 'boolean':
      return o ? 28 : 24;
    case 'number':
      return o === 0 ? 24 : 28 + 4 * Math.floor(Math.log2(Math.abs(o)) / 30);
    case 'bigint': {
      const bits = (o < 0n ? -o : o).toString(2).length;
      return 24 + 4 * Math.ceil(bits / 30);
    }
    case 'string': {
      let max = 0;
      for (const ch of o) max = Math.max(max, ch.codePointAt(0)!);
      const n = [...o].length;
      if (max < 128) return 49 + n;
      if (max < 256) return 73 + n;
      if (max < 65536) return 74 + 2 * n;
      return 76 + 4 * n;
    }
  }
  if (o instanceof PyFloat) return 24;
  if (o instanceof PyList) return 56 + 8 * o.items.length;
  if (o instanceof PyTuple) return 40 + 8 * o.items.length;
  if (o instanceof PyDict) return o.table.size === 0 ? 64 : 184 + 24 * Math.max(0, o.table.size - 5);
  if (o === None) return 16;
  return 48;
}

function excInfo(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  checkPositional('exc_info', args, kwnames, 0, 0);
  const e = currentHandledException();
  if (e === None || !(e instanceof PyBaseExceptionObject)) return new PyTuple([None, None, None]);
  return new PyTuple([e.ob_type, e, e.traceback ?? None]);
}

/**
 * Write `s` where CPython writes a traceback or a SystemExit message:
 * sys.stderr, through its `write` method when a program has replaced it, else
 * straight to fd 2 (after flushing stdout, so that the two streams stay in order).
 */
export function writeStderr(s: string): void {
  const err = sysModule ? dictGetStr(sysModule.dict!, 'stderr') : undefined;
  if (err !== undefined && err !== dictGetStr(sysModule!.dict!, '__stderr__')) {
    if (err === None) return;
    call(getAttr(err, 'write'), [s], null);
    return;
  }
  flushStdout();
  try {
    fs.writeSync(2, s);
  } catch {
    // stderr closed
  }
}

/** The default `sys.excepthook` (CPython PyErr_Display): the traceback of `value`, or a TypeError line for a non-exception. */
function printExceptionDefault(value: PyValue): void {
  if (!(value instanceof PyBaseExceptionObject)) {
    writeStderr(`TypeError: print_exception(): Exception expected for value, ${typeName(value)} found\n`);
    return;
  }
  let text: string;
  try {
    text = formatException(value);
  } catch (inner) {
    text = `${value.ob_type.tp_name}: <error formatting traceback: ${String(inner)}>\n`;
  }
  writeStderr(text);
}

/**
 * Show an exception that ended the program, as CPython's PyErr_Print does:
 * call `sys.excepthook(type, value, traceback)`; if a program's hook raises,
 * print "Error in sys.excepthook:" with that error, then the original
 * exception. The default hook, or a missing one, prints the traceback.
 */
export function displayUncaught(exc: PyBaseExceptionObject): void {
  const m = getSysModule();
  const hook = dictGetStr(m.dict!, 'excepthook');
  if (hook === undefined || hook === dictGetStr(m.dict!, '__excepthook__')) {
    if (hook === undefined) writeStderr('sys.excepthook is missing\n');
    printExceptionDefault(exc);
    return;
  }
  try {
    call(hook, [exc.ob_type, exc, exc.traceback ?? None], null);
  } catch (e) {
    if (!(e instanceof PyBaseExceptionObject)) throw e;
    if (e.ob_type.isSubtype(SystemExitType)) throw e;
    writeStderr('Error in sys.excepthook:\n');
    printExceptionDefault(e);
    writeStderr('\nOriginal exception was:\n');
    printExceptionDefault(exc);
  }
}

/** The sys module object (created on first use). */
export function getSysModule(): PyModule {
  if (sysModule) return sysModule;
  installIoTypes();
  installNamespace();
  const m = new PyModule('sys');
  m.isBuiltin = true;
  sysModule = m;
  registerVmServices({ sysModules: () => modulesDict });
  modulesDict.table.set('sys', m);
  const d = m.dict!;
  const set = (k: string, v: PyValue) => d.table.set(k, v);
  const fn = (name: string, f: (a: PyValue[], k: readonly string[] | null) => PyValue) =>
    set(name, new PyBuiltinFunction(name, f, null, name, 'sys'));
  const streams = makeStdStreams();
  const versionInfo = newStructSeq(VersionInfoType, [3, 11, 7, 'final', 0]);
  set('__doc__', 'This module provides access to some objects used or maintained by the\ninterpreter and to functions that interact strongly with the interpreter.');
  set('argv', argvList);
  set('orig_argv', new PyList(process.argv.slice()));
  set('path', pathList);
  set('modules', modulesDict);
  set('meta_path', new PyList([]));
  set('path_hooks', new PyList([]));
  set('path_importer_cache', new PyDict());
  set('stdin', streams.stdin);
  set('stdout', streams.stdout);
  set('stderr', streams.stderr);
  set('__stdin__', streams.stdin);
  set('__stdout__', streams.stdout);
  set('__stderr__', streams.stderr);
  set('version', VERSION);
  set('version_info', versionInfo);
  set('hexversion', 0x30b07f0);
  set('api_version', 1013);
  set('implementation', newNamespace([
    ['name', 'tspy'],
    ['cache_tag', CACHE_TAG],
    ['version', versionInfo],
    ['hexversion', 0x30b07f0],
  ]));
  set('platform', process.platform === 'win32' ? 'win32' : process.platform);
  set('byteorder', 'little');
  set('maxsize', 9223372036854775807n);
  set('maxunicode', 0x10ffff);
  set('executable', process.execPath);
  set('_base_executable', process.execPath);
  set('prefix', '/usr/local');
  set('base_prefix', '/usr/local');
  set('exec_prefix', '/usr/local');
  set('base_exec_prefix', '/usr/local');
  set('abiflags', '');
  set('platlibdir', 'lib');
  set('copyright', COPYRIGHT);
  set('dont_write_bytecode', false);
  set('pycache_prefix', None);
  set('warnoptions', new PyList([]));
  set('_xoptions', new PyDict());
  set('builtin_module_names', new PyTuple(['builtins', 'sys']));
  set('stdlib_module_names', new PyTuple([]));
  set('float_info', newStructSeq(FloatInfoType, [
    new PyFloat(Number.MAX_VALUE), 1024, 308, new PyFloat(2.2250738585072014e-308), -1021, -307, 15, 53,
    new PyFloat(Number.EPSILON), 2, 1,
  ]));
  set('int_info', newStructSeq(IntInfoType, [30, 4, 4300, 640]));
  fn('get_int_max_str_digits', (a, k) => {
    checkPositional('get_int_max_str_digits', a, k, 0, 0);
    return getMaxStrDigits();
  });
  fn('set_int_max_str_digits', (a, k) => {
    const p = parseArgs('set_int_max_str_digits', a, k, SET_MAX_STR_DIGITS_SPEC);
    setMaxStrDigits(Number(pyIndex(p[0]!)));
    return None;
  });
  set('hash_info', newStructSeq(HashInfoType, [64, 2305843009213693951n, 314159, 0, 1000003, 'siphash13', 64, 128, 0]));
  set('flags', newStructSeq(FlagsType, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, false, 0, 0, false, -1]));
  set('float_repr_style', 'short');
  fn('exit', exitFn);
  fn('excepthook', (a, k) => {
    checkPositional('excepthook', a, k, 3, 3);
    printExceptionDefault(a[1]);
    return None;
  });
  set('__excepthook__', dictGetStr(d, 'excepthook')!);
  // CPython sys_displayhook: repr to sys.stdout, the value kept as builtins._
  fn('displayhook', (a, k) => {
    const v = oneArg('displayhook', a, k);
    if (v === None) return None;
    const builtins = dictGetStr(modulesDict, 'builtins');
    if (builtins !== undefined) setAttr(builtins, '_', None);
    const out = dictGetStr(d, 'stdout');
    if (out === undefined || out === None) throw makeException(RuntimeErrorType, ['lost sys.stdout']);
    call(getAttr(out, 'write'), [pyRepr(v)], null);
    call(getAttr(out, 'write'), ['\n'], null);
    if (builtins !== undefined) setAttr(builtins, '_', v);
    return None;
  });
  set('__displayhook__', dictGetStr(d, 'displayhook')!);
  registerVmServices({
    displayHook: (v) => {
      const hook = dictGetStr(d, 'displayhook');
      if (hook === undefined) throw makeException(RuntimeErrorType, ['lost sys.displayhook']);
      call(hook, [v], null);
    },
  });
  fn('getrecursionlimit', (a, k) => {
    checkPositional('getrecursionlimit', a, k, 0, 0);
    return getRecursionLimit();
  });
  fn('setrecursionlimit', (a, k) => {
    const v = oneArg('setrecursionlimit', a, k);
    if (typeof v !== 'number' && typeof v !== 'bigint') {
      if (typeof v === 'object' && v instanceof PyFloat) typeErr("'float' object cannot be interpreted as an integer");
      typeErr(`'${typeName(v)}' object cannot be interpreted as an integer`);
    }
    const n = Number(v);
    if (n < 1) throw newError(ValueErrorType, 'recursion limit must be greater or equal than 1');
    setRecursionLimit(n);
    return None;
  });
  fn('intern', (a, k) => {
    const v = oneArg('intern', a, k);
    if (typeof v !== 'string') typeErr(`intern() argument must be str, not ${typeName(v)}`);
    return v;
  });
  fn('getsizeof', getsizeof);
  fn('exc_info', excInfo);
  fn('exception', (a, k) => {
    checkPositional('exception', a, k, 0, 0);
    return currentHandledException();
  });
  fn('getdefaultencoding', () => 'utf-8');
  fn('getfilesystemencoding', () => 'utf-8');
  fn('getfilesystemencodeerrors', () => 'surrogateescape');
  fn('getrefcount', () => 2);
  fn('getswitchinterval', () => new PyFloat(0.005));
  fn('setswitchinterval', () => None);
  fn('_getframe', (a, k) => {
    checkPositional('_getframe', a, k, 0, 1);
    let depth = a.length ? Number(pyIndex(a[0])) : 0;
    let f = currentFrame();
    while (f && depth > 0) {
      f = f.back;
      depth--;
    }
    if (!f) throw newError(ValueErrorType, 'call stack is not deep enough');
    return frameObject(f);
  });
  fn('audit', () => None);
  fn('addaudithook', () => None);
  return m;
}


