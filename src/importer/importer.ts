/**
 * The import system (CPython's Python/import.c + Lib/importlib/_bootstrap.py):
 * `importName` for IMPORT_NAME (`__import__` semantics: relative imports,
 * parent packages first, sys.modules caching, fromlist handling), module
 * creation and execution through the cache, and the error messages CPython
 * gives (`No module named 'x'`, `attempted relative import with no known
 * parent package`, ...).
 *
 * Module lookup order (sys.meta_path): native modules (src/modules/registry.ts,
 * like CPython's BuiltinImporter), then sys.path (finder.ts): the script's
 * directory, then tspy's own Python library (src/lib, built into dist/lib).
 */
import { takeCompileWarnings } from '../compiler/compile_warnings.js';
import { syntaxError as compilerSyntaxError, type LocLike } from '../compiler/errors.js';
import * as fs from 'node:fs';
import type { CodeObject } from '../bytecode/code.js';
import type { CacheOptions } from '../cache/pycache.js';
import { cachePathFor, loadPycFile, loadSourceCode, statSource } from '../cache/pycache.js';
import type { SourceStat } from '../cache/pycache.js';
import { CacheFormatError } from '../cache/format.js';
import { PySyntaxError } from '../parser/errors.js';
import type { PyDict } from '../runtime/dict.js';
import {
  None,
  PyBaseExceptionObject,
  ImportErrorType,
  ModuleNotFoundErrorType,
  SyntaxErrorType,
  SyntaxWarningType,
  IndentationErrorType,
  TabErrorType,
  ValueErrorType,
  TypeErrorType,
  KeyErrorType,
  newError,
  typeName,
} from '../runtime/object.js';
import type { PyValue } from '../runtime/object.js';
import * as host from './host.js';
import { findModule } from './finder.js';
// importlib.ts imports this module too; both sides only call each other at run time.
import { importlibEntries } from './importlib.js';
import type { FoundModule } from './finder.js';

/** The importer's settings (the CLI's -v/-B/--cache-prefix). */
const config: { cache: CacheOptions } = { cache: {} };

/** Set the cache options used for every module loaded from now on. */
export function configureImporter(cache: CacheOptions): void {
  config.cache = cache;
}

/** The cache options in force. */
export function importerCacheOptions(): CacheOptions {
  return config.cache;
}

// ---------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------

function importError(msg: string, name: string | null, filePath: string | null = null, type = ImportErrorType): PyBaseExceptionObject {
  const e = newError(type, msg);
  host.setExcField(e, 'msg', msg);
  host.setExcField(e, 'name', name ?? None);
  host.setExcField(e, 'path', filePath ?? None);
  return e;
}

function moduleNotFound(name: string): PyBaseExceptionObject {
  return importError(`No module named '${name}'`, name, null, ModuleNotFoundErrorType);
}

/**
 * Turn a compile-time PySyntaxError into the Python SyntaxError exception
 * (args `(msg, (filename, lineno, offset, text, end_lineno, end_offset))`, as
 * CPython raises from compile() and import).
 */
export function syntaxErrorToPy(e: PySyntaxError): PyBaseExceptionObject {
  const type = e.type === 'IndentationError' ? IndentationErrorType : e.type === 'TabError' ? TabErrorType : SyntaxErrorType;
  const text: PyValue = e.text ?? None;
  const info: PyValue[] = [e.filename, e.lineno, e.offset, text, e.end_lineno ?? None, e.end_offset ?? None];
  const exc = new PyBaseExceptionObject(type, [e.msg, host.mkTuple(info)]);
  host.setExcField(exc, 'msg', e.msg);
  const fields = ['filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset'];
  fields.forEach((f, i) => host.setExcField(exc, f, info[i]));
  return exc;
}

/** Is `e` a compile-time syntax error from the parser/compiler? */
export function isPySyntaxError(e: unknown): e is PySyntaxError {
  return e instanceof PySyntaxError || (e instanceof Error && typeof (e as PySyntaxError).format === 'function' && 'lineno' in e && 'msg' in e);
}

// ---------------------------------------------------------------------------
// Getting a module's code
// ---------------------------------------------------------------------------

/** What `-v` and the run command need to know about a loaded module's code. */
export interface ModuleCode {
  code: CodeObject;
  /** `__cached__`: the cache file path (null for sourceless files and -c code). */
  cached: string | null;
}

/**
 * The code of a source file, through the cache. Throws the Python
 * SyntaxError for a compile error and OSError-ish ImportError when the file
 * cannot be read.
 */
export function codeForSourceFile(file: string, moduleName: string): ModuleCode {
  let source: Uint8Array;
  let stat: SourceStat;
  try {
    stat = statSource(file); // before reading: the recorded mtime is never newer than the bytes compiled
    source = fs.readFileSync(file);
  } catch (e) {
    throw host.osError(e, file);
  }
  try {
    const r = loadSourceCode(file, source, stat, config.cache, moduleName);
    // CPython shows a module's compile warnings each time it compiles it: every run for __main__,
    // and for imports whenever it runs without bytecode files (PYTHONDONTWRITEBYTECODE). The cache
    // file keeps them, so that a run shows the same warnings whether the module came from it or not.
    emitWarnings(r.warnings, file);
    return { code: r.code, cached: r.cachePath };
  } catch (e) {
    if (isPySyntaxError(e)) throw syntaxErrorToPy(e);
    throw e;
  }
}

/**
 * Pass the warnings of the compile just done (compile_warnings.ts) to
 * `warnings.warn_explicit`, as CPython's compiler does while it compiles:
 * `file:line: SyntaxWarning: ...` on stderr under the default filters.
 */
export function emitCompileWarnings(): void {
  for (const w of takeCompileWarnings()) emitWarnings([w], w.filename);
}

/**
 * `warnings.warn_explicit` for each compile warning of `filename`. A warning
 * the filters turn into an error becomes a SyntaxError at the warning's
 * location, as in CPython's compiler_warn.
 */
function emitWarnings(ws: readonly { message: string; lineno: number; loc?: LocLike }[], filename: string): void {
  if (ws.length === 0) return;
  const warnExplicit = host.getAttr(importAbsolute('warnings'), 'warn_explicit');
  for (const w of ws) {
    try {
      host.call(warnExplicit, [w.message, SyntaxWarningType, filename, w.lineno]);
    } catch (e) {
      if (!(e instanceof PyBaseExceptionObject) || !e.ob_type.isSubtype(SyntaxWarningType)) throw e;
      throw syntaxErrorToPy(compilerSyntaxError(w.message, filename, w.loc ?? { lineno: w.lineno, col_offset: -1 }));
    }
  }
}

/** The code of a sourceless cache file (`m.pyc`, `tspy run x.pyc`). Throws ImportError when it is unusable. */
export function codeForPycFile(file: string, moduleName: string): ModuleCode {
  try {
    const { code } = loadPycFile(file);
    config.cache.verbose?.(`# ${moduleName}: from sourceless cache file ${file}`);
    return { code, cached: file };
  } catch (e) {
    if (e instanceof CacheFormatError) throw importError(`${e.message} in ${file}`, moduleName, file);
    throw e;
  }
}

// ---------------------------------------------------------------------------
// Module objects
// ---------------------------------------------------------------------------

/**
 * Create a module object with CPython's initial attributes (`__name__`,
 * `__doc__`, `__package__`, `__loader__`, `__spec__`, `__file__`,
 * `__cached__`, `__builtins__`, and `__path__` for packages). The main
 * module (`main`) gets an empty `__annotations__` and has `__builtins__`
 * before `__file__`, as CPython's add_main_module makes it.
 */
export function createModule(
  name: string,
  file: string | null,
  cached: string | null,
  searchLocations: string[] | null,
  main = false,
): PyValue {
  const mod = host.newModule(name);
  const d = host.moduleDict(mod);
  const isPkg = searchLocations !== null;
  host.dictSetStr(d, '__name__', name);
  host.dictSetStr(d, '__doc__', None);
  host.dictSetStr(d, '__package__', isPkg ? name : name.slice(0, Math.max(0, name.lastIndexOf('.'))));
  host.dictSetStr(d, '__loader__', None);
  host.dictSetStr(d, '__spec__', None);
  if (isPkg) host.dictSetStr(d, '__path__', host.mkList(searchLocations!));
  if (main) {
    host.dictSetStr(d, '__annotations__', host.newDict());
    host.dictSetStr(d, '__builtins__', host.builtinsModule());
  }
  if (file !== null) {
    host.dictSetStr(d, '__file__', file);
    host.dictSetStr(d, '__cached__', cached ?? None);
  }
  if (!main) host.dictSetStr(d, '__builtins__', host.builtinsModule());
  return mod;
}

/** Modules whose body is running (CPython's `__spec__._initializing`), for the circular-import hint. */
const initializing = new Set<PyValue>();

function sysModulesGet(name: string): PyValue | undefined {
  return host.dictGetStr(host.sysModulesDict(), name);
}

/** Run `code` as the body of `mod`, with the module in sys.modules first (so circular imports see it); removed again on failure. */
function execInSysModules(name: string, mod: PyValue, code: CodeObject): PyValue {
  const modules = host.sysModulesDict();
  host.dictSetStr(modules, name, mod);
  initializing.add(mod);
  try {
    host.execModule(code, mod);
  } catch (e) {
    host.dictDelStr(modules, name);
    throw e;
  } finally {
    initializing.delete(mod);
  }
  // A module may replace itself in sys.modules while running (CPython honours that).
  const final = host.dictGetStr(modules, name);
  if (final === undefined) throw importError(`Loaded module ${name} not found in sys.modules`, name);
  return final;
}

function loadFound(name: string, found: FoundModule): PyValue {
  if (found.kind === 'namespace') {
    const mod = createModule(name, null, null, found.searchLocations);
    host.dictSetStr(host.moduleDict(mod), '__file__', None);
    host.dictSetStr(host.sysModulesDict(), name, mod);
    config.cache.verbose?.(`# ${name}: namespace package ${found.searchLocations!.join(', ')}`);
    return mod;
  }
  const file = found.origin!;
  const { code, cached } = found.kind === 'source' ? codeForSourceFile(file, name) : codeForPycFile(file, name);
  const mod = createModule(name, file, cached, found.searchLocations);
  return execInSysModules(name, mod, code);
}

/** The directories to search for a top-level module: sys.path's str entries. */
function sysPathDirs(): string[] {
  return host.sysPathEntries();
}

/**
 * Find and load module `name` (absolute, dotted), parents first (CPython
 * `_find_and_load_unlocked`). Binds the module as an attribute of its parent.
 */
function findAndLoad(name: string): PyValue {
  const dot = name.lastIndexOf('.');
  let searchPath: string[] | null = null;
  let parentModule: PyValue | null = null;
  if (dot >= 0) {
    const parent = name.slice(0, dot);
    parentModule = sysModulesGet(parent) ?? importAbsolute(parent);
    // Importing the parent may have imported us.
    const again = sysModulesGet(name);
    if (again !== undefined) return again;
    const p = host.getAttrOpt(parentModule, '__path__');
    if (p === undefined) {
      throw importError(`No module named '${name}'; '${parent}' is not a package`, name, null, ModuleNotFoundErrorType);
    }
    searchPath = host.iterToArray(p).filter((x): x is string => typeof x === 'string');
  }
  let mod: PyValue | undefined;
  const native = host.nativeModule(name);
  if (native !== undefined) {
    host.dictSetStr(host.sysModulesDict(), name, native);
    config.cache.verbose?.(`# ${name}: built-in module`);
    mod = native;
  } else {
    const found = findModule(dot >= 0 ? name.slice(dot + 1) : name, searchPath ?? sysPathDirs());
    if (!found) throw moduleNotFound(name);
    mod = loadFound(name, found);
  }
  if (parentModule !== null) {
    try {
      host.setAttr(parentModule, name.slice(dot + 1), mod);
    } catch {
      // CPython warns and continues when the parent refuses the attribute.
    }
  }
  return mod;
}

/** Import an absolute dotted name and return the module itself (importlib.import_module without the package argument). */
export function importAbsolute(name: string): PyValue {
  const cached = sysModulesGet(name);
  if (cached !== undefined) {
    if (cached === None) throw importError(`import of ${name} halted; None in sys.modules`, name);
    return cached;
  }
  return findAndLoad(name);
}

// ---------------------------------------------------------------------------
// __import__
// ---------------------------------------------------------------------------

/** `__package__` of the importing module (CPython `_calc___package__`). */
function calcPackage(globals: PyDict | null): string | null {
  if (!globals) return null;
  const pkg = host.dictGetStr(globals, '__package__');
  if (pkg !== undefined && pkg !== None) {
    if (typeof pkg !== 'string') throw newError(TypeErrorType, 'package must be a string');
    return pkg;
  }
  const spec = host.dictGetStr(globals, '__spec__');
  if (spec !== undefined && spec !== None) {
    const parent = host.getAttrOpt(spec, 'parent');
    if (typeof parent === 'string') return parent;
  }
  const name = host.dictGetStr(globals, '__name__');
  if (typeof name !== 'string') throw newError(KeyErrorType, "'__name__' not in globals");
  if (host.dictGetStr(globals, '__path__') !== undefined) return name;
  return name.slice(0, Math.max(0, name.lastIndexOf('.')));
}

/** Resolve a relative module name (CPython `_resolve_name` + `_sanity_check`). */
export function resolveName(name: string, pkg: string | null, level: number): string {
  if (!pkg) throw importError('attempted relative import with no known parent package', null);
  const bits = pkg.split('.');
  if (bits.length < level) throw importError('attempted relative import beyond top-level package', null);
  const base = bits.slice(0, bits.length - (level - 1)).join('.');
  return name ? `${base}.${name}` : base;
}

/**
 * `from pkg import a, b`: import submodules named in `fromlist` that are not
 * yet attributes of the package (CPython `_handle_fromlist`). `*` uses `__all__`.
 */
function handleFromlist(mod: PyValue, names: PyValue[], recursive = false): void {
  const modName = host.getAttrOpt(mod, '__name__');
  for (const x of names) {
    if (typeof x !== 'string') {
      const where = recursive ? "``from list''" : "Item in ``from list''";
      throw newError(TypeErrorType, `${where} must be str, not ${typeName(x)}`);
    }
    if (x === '*') {
      if (!recursive) {
        const all = host.getAttrOpt(mod, '__all__');
        if (all !== undefined) handleFromlist(mod, host.iterToArray(all), true);
      }
      continue;
    }
    if (host.getAttrOpt(mod, x) !== undefined) continue;
    if (typeof modName !== 'string') continue;
    const full = `${modName}.${x}`;
    try {
      importAbsolute(full);
    } catch (e) {
      // A missing submodule is fine here: IMPORT_FROM reports "cannot import name".
      if (
        e instanceof PyBaseExceptionObject &&
        e.ob_type === ModuleNotFoundErrorType &&
        host.excField(e, 'name') === full &&
        sysModulesGet(full) === undefined
      ) {
        continue;
      }
      throw e;
    }
  }
}

/**
 * IMPORT_NAME / `builtins.__import__(name, globals, locals, fromlist, level)`
 * (CPython `PyImport_ImportModuleLevelObject`). Returns the top-level package
 * for `import a.b.c`, the module itself when `fromlist` is non-empty.
 */
export function importName(name: string, globals: PyDict | null, fromlist: PyValue, level: number): PyValue {
  if (typeof name !== 'string') throw newError(TypeErrorType, `module name must be str, not ${typeName(name)}`);
  if (level < 0) throw newError(ValueErrorType, 'level must be >= 0');
  let absName = name;
  if (level > 0) absName = resolveName(name, calcPackage(globals), level);
  else if (name === '') throw newError(ValueErrorType, 'Empty module name');
  const mod = importAbsolute(absName);
  const from = fromlist === None || fromlist === undefined ? [] : host.iterToArray(fromlist);
  if (from.length === 0) {
    if (level === 0 || name !== '') {
      const first = name.split('.')[0];
      if (level === 0) return importAbsolute(first);
      if (name === '') return mod;
      // `import .a.b` form is not valid syntax, but __import__('a.b', level=1) returns the package's `a`.
      const cut = name.length - first.length;
      const modName = host.getAttrOpt(mod, '__name__');
      const full = typeof modName === 'string' ? modName : absName;
      return sysModulesGet(full.slice(0, full.length - cut)) ?? mod;
    }
    return mod;
  }
  if (host.getAttrOpt(mod, '__path__') !== undefined) handleFromlist(mod, from);
  return mod;
}

/**
 * IMPORT_FROM (CPython `import_from` in ceval.c): the attribute, else the
 * submodule from sys.modules, else ImportError
 * "cannot import name 'x' from 'm' (path)".
 */
export function importFrom(mod: PyValue, name: string): PyValue {
  const v = host.getAttrOpt(mod, name);
  if (v !== undefined) return v;
  const pkgName = host.getAttrOpt(mod, '__name__');
  if (typeof pkgName === 'string') {
    const sub = sysModulesGet(`${pkgName}.${name}`);
    if (sub !== undefined) return sub;
  }
  const pkg = typeof pkgName === 'string' ? pkgName : '<unknown module name>';
  const file = host.getAttrOpt(mod, '__file__');
  const where = typeof file === 'string' ? file : 'unknown location';
  // Circular import hint, as CPython 3.11 gives it for a module still initialising.
  const msg = initializing.has(mod)
    ? `cannot import name '${name}' from partially initialized module '${pkg}' (most likely due to a circular import) (${where})`
    : `cannot import name '${name}' from '${pkg}' (${where})`;
  throw importError(msg, pkg, typeof file === 'string' ? file : null);
}

/** The cache path a source module would use (for `__cached__` of __main__-like callers). */
export function cachedPathFor(file: string): string {
  return cachePathFor(file, config.cache.pycachePrefix);
}

/** Register `importName` as the VM's IMPORT_NAME implementation. */
export function installImporter(): void {
  host.registerImportName((name, globals, fromlist, level) => importName(name, globals, fromlist, level));
  host.registerNativeModule('importlib', importlibEntries);
}
