/**
 * Native (TypeScript) modules by name — CPython's table of built-in modules
 * (`PyImport_Inittab`). The importer asks `getNativeModule(name)` before
 * searching sys.path; each module is created once, on first import.
 */
import { type PyValue, PyBuiltinFunction } from '../runtime/object.js';
import { PyModule } from '../runtime/module.js';
import { getBuiltins } from './builtins.js';
import { getSysModule } from './sys.js';
import { ioModuleEntries } from './io.js';
import { openFile } from './io.js';
import { mathModuleEntries } from './math.js';
import { cmathModuleEntries } from './cmath.js';
import { timeModuleEntries } from './time.js';
import { itertoolsModuleEntries } from './itertools.js';
import { functoolsModuleEntries } from './functools.js';
import { operatorModuleEntries } from './operator.js';
import { randomModuleEntries } from './random.js';
import { heapqModuleEntries } from './heapq.js';
import { bisectModuleEntries } from './heapq.js';
import { stringModuleEntries, keywordModuleEntries } from './string.js';
import { jsonModuleEntries } from './json.js';
import { copyModuleEntries } from './copy.js';
import { collectionsNativeEntries } from './collections_native.js';
import { collectionsModuleEntries } from './_collections.js';
import { reModuleEntries } from './re.js';
import { osModuleEntries } from './os.js';
import { posixpathModuleEntries } from './os_path.js';
import { hashlibModuleEntries } from './hashlib.js';
import { binasciiModuleEntries, base64ModuleEntries } from './binascii.js';
import { gcModuleEntries } from './gc.js';
import { disNativeEntries } from './dis_native.js';
import { astNativeEntries } from './ast_native.js';
import { unicodedataModuleEntries } from './unicodedata.js';
import { zlibModuleEntries } from './zlib.js';
import { tokenizeNativeEntries } from './tokenize_native.js';
import { atexitModuleEntries } from './atexit.js';
import { structModuleEntries } from './struct.js';
import { weakrefNativeEntries } from './weakref.js';
import { tracebackSupportEntries, linecacheModuleEntries } from './traceback_support.js';
import { subprocessNativeEntries } from './subprocess_native.js';

/** A module initialiser: returns the module's attributes (name → value); `mod` is the new module object. */
export type NativeModuleInit = (mod: PyModule) => Iterable<[string, PyValue]>;

const INITS = new Map<string, NativeModuleInit>([
  ['io', () => [...ioModuleEntries(), ['open', new PyBuiltinFunction('open', openFile, null, 'open', 'io')]]],
  ['_io', () => [...ioModuleEntries(), ['open', new PyBuiltinFunction('open', openFile, null, 'open', '_io')]]],
  ['math', mathModuleEntries],
  ['cmath', cmathModuleEntries],
  ['time', timeModuleEntries],
  ['itertools', itertoolsModuleEntries],
  ['functools', functoolsModuleEntries],
  ['_functools', functoolsModuleEntries],
  ['operator', operatorModuleEntries],
  ['_operator', operatorModuleEntries],
  ['random', randomModuleEntries],
  ['heapq', heapqModuleEntries],
  ['_heapq', heapqModuleEntries],
  ['bisect', bisectModuleEntries],
  ['_bisect', bisectModuleEntries],
  ['string', stringModuleEntries],
  ['keyword', keywordModuleEntries],
  ['_tspy_json', jsonModuleEntries],
  ['copy', copyModuleEntries],
  ['_collections', () => [...collectionsModuleEntries(), ...collectionsNativeEntries()]],
  ['re', reModuleEntries],
  ['os', osModuleEntries],
  ['posixpath', posixpathModuleEntries],
  ['_tspy_traceback', tracebackSupportEntries],
  ['linecache', linecacheModuleEntries],
  ['hashlib', hashlibModuleEntries],
  ['_hashlib', hashlibModuleEntries],
  ['binascii', binasciiModuleEntries],
  ['base64', base64ModuleEntries],
  ['gc', gcModuleEntries],
  ['_tspy_dis', disNativeEntries],
  ['_tspy_ast', astNativeEntries],
  ['unicodedata', unicodedataModuleEntries],
  ['zlib', zlibModuleEntries],
  ['_tspy_tokenize', tokenizeNativeEntries],
  ['atexit', atexitModuleEntries],
  ['struct', structModuleEntries],
  ['_struct', structModuleEntries],
  ['_weakref', weakrefNativeEntries],
  ['_tspy_subprocess', subprocessNativeEntries],
]);

const created = new Map<string, PyModule>();

/** Names of every native module (for `sys.builtin_module_names`-style listings). */
export function nativeModuleNames(): string[] {
  return ['builtins', 'sys', ...INITS.keys()];
}

/** Does a native module of this name exist? */
export function hasNativeModule(name: string): boolean {
  return name === 'builtins' || name === 'sys' || INITS.has(name);
}

/**
 * The native module `name`, created (and cached) on first use; null when there
 * is no native module of that name. The importer puts it in sys.modules.
 */
export function getNativeModule(name: string): PyModule | null {
  if (name === 'sys') return getSysModule();
  let m = created.get(name);
  if (m) return m;
  if (name === 'builtins') {
    m = new PyModule('builtins');
    m.isBuiltin = true;
    m.dict = getBuiltins();
    created.set(name, m);
    return m;
  }
  const init = INITS.get(name);
  if (!init) return null;
  m = new PyModule(name);
  m.isBuiltin = true;
  created.set(name, m);
  const d = m.dict!;
  for (const [k, v] of init(m)) d.table.set(k, v);
  return m;
}

/** Register (or replace) a native module initialiser, e.g. from another area of the runtime. */
export function registerNativeModule(name: string, init: NativeModuleInit): void {
  INITS.set(name, init);
}
