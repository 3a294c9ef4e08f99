/**
 * The `importlib` module (the parts programs use): `import_module(name,
 * package=None)` with relative names, `reload(module)`, `invalidate_caches()`.
 * It is a package whose submodules (`importlib.util`, `importlib.machinery`)
 * are written in Python, in src/lib/importlib.
 * Mirrors Lib/importlib/__init__.py over our importer.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from '../runtime/args.js';
import { PyBuiltinFunction, None, TypeErrorType, ModuleNotFoundErrorType, newError, typeName } from '../runtime/object.js';
import type { NativeCall, PyValue } from '../runtime/object.js';
import { findModule, libDir } from './finder.js';
import { nativeModuleNames } from '../modules/registry.js';
import * as host from './host.js';
import { codeForPycFile, codeForSourceFile, importAbsolute, resolveName } from './importer.js';

/** `importlib.import_module(name, package=None)`. */
export const importModule: NativeCall = (args, kwnames) => {
  const [name, pkg] = parseArgs('import_module', args, kwnames, ['name', 'package?']);
  if (typeof name !== 'string') throw newError(TypeErrorType, `module name must be str, not ${typeName(name!)}`);
  let level = 0;
  if (name.startsWith('.')) {
    if (pkg === undefined || pkg === None || pkg === '') {
      throw newError(TypeErrorType, `the 'package' argument is required to perform a relative import for '${name}'`);
    }
    while (level < name.length && name[level] === '.') level++;
  }
  if (pkg !== undefined && pkg !== None && typeof pkg !== 'string') throw newError(TypeErrorType, '__package__ not set to a string');
  const abs = level > 0 ? resolveName(name.slice(level), pkg as string, level) : name;
  if (abs === '') throw newError(TypeErrorType, 'Empty module name');
  return importAbsolute(abs);
};

/** `importlib.reload(module)`: re-run the module's code in its existing namespace. */
export const reloadModule: NativeCall = (args, kwnames) => {
  const [mod] = parseArgs('reload', args, kwnames, ['module']);
  const m = mod!;
  if (!host.isModule(m)) throw newError(TypeErrorType, 'reload() argument must be a module');
  const name = host.getAttrOpt(m, '__name__');
  if (typeof name !== 'string' || host.dictGetStr(host.sysModulesDict(), name) !== m) {
    throw newError(ModuleNotFoundErrorType, `module ${typeof name === 'string' ? name : '?'} not in sys.modules`);
  }
  if (host.nativeModule(name) === m) return m;
  const file = host.getAttrOpt(m, '__file__');
  let origin: string | null = typeof file === 'string' && fs.existsSync(file) ? file : null;
  if (origin === null) {
    const dot = name.lastIndexOf('.');
    const dirs = dot < 0 ? host.sysPathEntries() : host.iterToArray(host.getAttrOpt(importAbsolute(name.slice(0, dot)), '__path__') ?? host.mkList([])).filter((x): x is string => typeof x === 'string');
    const found = findModule(dot < 0 ? name : name.slice(dot + 1), dirs);
    if (!found || found.origin === null) throw newError(ModuleNotFoundErrorType, `spec not found for the module '${name}'`);
    origin = found.origin;
  }
  const { code } = origin.endsWith('.pyc') ? codeForPycFile(origin, name) : codeForSourceFile(origin, name);
  host.execModule(code, m);
  return host.dictGetStr(host.sysModulesDict(), name) ?? m;
};

/** The attributes of the `importlib` module. */
export function importlibEntries(): [string, PyValue][] {
  const fn = (name: string, f: NativeCall) => new PyBuiltinFunction(name, f, null, name, 'importlib');
  return [
    ['import_module', fn('import_module', importModule)],
    ['reload', fn('reload', reloadModule)],
    ['invalidate_caches', fn('invalidate_caches', () => None)],
    // The modules built into tspy (its native ones), for importlib.util.find_spec.
    ['_tspy_native_modules', host.mkTuple(nativeModuleNames())],
    // A package: importlib.util, importlib.machinery and the rest are Python modules in src/lib/importlib.
    ['__path__', host.mkList([path.join(libDir(), 'importlib')])],
  ];
}
