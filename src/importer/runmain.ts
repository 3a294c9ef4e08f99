/**
 * Running a program as `__main__` (CPython Modules/main.c `pymain_run_python`
 * and Lib/runpy.py): a script file, a sourceless cache file, `-c CODE` or
 * `-m MODULE`; setting up sys.argv and sys.path; and turning the outcome into
 * an exit status exactly as CPython does (uncaught exception → traceback on
 * stderr and 1; SystemExit → its code; a SyntaxError in the main file → the
 * `File/line/caret` block and 1). Never lets a JS error escape.
 *
 * Requires `initCache()` (src/cache/init.ts) to have completed.
 */
import { warmUpEvalLoop } from './warmup.js';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CodeObject } from '../bytecode/code.js';
import { getCompiler } from '../cache/compiler_link.js';
import type { CacheOptions } from '../cache/pycache.js';
import { loadPycFile } from '../cache/pycache.js';
import { CacheFormatError } from '../cache/format.js';
import { PyBaseExceptionObject, None, SyntaxErrorType, SystemExitType } from '../runtime/object.js';
import type { PyValue } from '../runtime/object.js';
import { libDir, findModule } from './finder.js';
import * as host from './host.js';
import {
  codeForPycFile,
  codeForSourceFile,
  configureImporter,
  createModule,
  emitCompileWarnings,
  importAbsolute,
  installImporter,
  isPySyntaxError,
  syntaxErrorToPy,
} from './importer.js';

/** How to run the main program. */
export interface MainOptions {
  /** Cache settings (-v, -B, --cache-prefix); defaults to none of them. */
  cache?: CacheOptions;
  /** Extra sys.path entries after the script's directory (TSPY_PATH, like PYTHONPATH). */
  extraPath?: string[];
}

function stderr(text: string): void {
  host.flushStdout();
  try {
    fs.writeSync(2, text);
  } catch {
    // stderr closed: nothing more we can do
  }
}

let verboseSink: ((line: string) => void) | null = null;
function verbose(line: string): void {
  verboseSink?.(line);
}

/** Set up sys.argv, sys.path and the cache flags, and register the importer with the VM. */
function setupSys(argv: string[], path0: string, opts: MainOptions): void {
  configureImporter(opts.cache ?? {});
  verboseSink = opts.cache?.verbose ?? null;
  installImporter();
  const envPath = (process.env.TSPY_PATH ?? '').split(path.delimiter).filter((p) => p);
  host.installVm();
  host.getSysModule();
  // Creating builtins also installs the exception types' methods, which error reporting needs even when no code ran.
  host.dictSetStr(host.sysModulesDict(), 'builtins', host.builtinsModule());
  host.setArgv(argv);
  host.setSysPath([path0, ...(opts.extraPath ?? []), ...envPath, libDir()]);
  host.setCacheFlags(!!opts.cache?.dontWriteBytecode, opts.cache?.pycachePrefix ?? null);
}

/**
 * Report an exception that ended the program and return the exit status
 * (the VM's rules: SystemExit's code, else the traceback and 1). A
 * compile-time PySyntaxError prints CPython's File/line/caret block.
 */
export function reportUncaught(e: unknown): number {
  if (isPySyntaxError(e)) {
    stderr(e.format());
    return 1;
  }
  try {
    const exc = e instanceof PyBaseExceptionObject ? e : host.toPyException(e);
    if (exc.ob_type.isSubtype(SystemExitType) && host.excField(exc, 'code') === None && exc.args.length) {
      // A SystemExit built without running __init__ (e.g. by a native sys.exit): code comes from args, as in CPython.
      host.setExcField(exc, 'code', exc.args.length === 1 ? exc.args[0] : host.mkTuple(exc.args));
    }
    return host.exitStatusFor(exc);
  } catch (inner) {
    stderr(`tspy: internal error while reporting an exception: ${(inner as Error)?.message ?? String(inner)}\n`);
    return 1;
  }
}

/** Execute `code` as `__main__` in `mod`; returns the exit status. */
function execMain(code: CodeObject, mod: PyValue): number {
  let status: number;
  try {
    warmUpEvalLoop();
    host.dictSetStr(host.sysModulesDict(), '__main__', mod);
    host.execModule(code, mod);
    host.flushStdout();
    status = 0;
  } catch (e) {
    status = reportUncaught(e);
  } finally {
    host.flushStdout();
  }
  try {
    host.finalizeInterpreter();
  } catch (e) {
    if (!(e instanceof PyBaseExceptionObject)) throw e;
  }
  return status;
}

/** Exit status for a main file that cannot be opened (CPython: `python3: can't open file '...': [Errno 2] ...`, status 2). */
function cannotOpen(file: string, e: unknown): number {
  const code = (e as NodeJS.ErrnoException)?.code;
  const errno = code === 'ENOENT' ? '[Errno 2] No such file or directory' : code === 'EISDIR' ? '[Errno 21] Is a directory' : code === 'EACCES' ? '[Errno 13] Permission denied' : String(code ?? e);
  stderr(`tspy: can't open file '${file}': ${errno}\n`);
  return 2;
}

/**
 * `tspy run FILE [ARGS]`: a `.py` source (compiled through the cache) or a
 * `.pyc` cache file (run without its source). Returns the exit status.
 */
export function runMainFile(file: string, args: string[], opts: MainOptions = {}): number {
  try {
    const abs = path.resolve(file);
    let real: string;
    try {
      const st = fs.statSync(abs);
      if (st.isDirectory()) {
        // CPython runs DIR/__main__.py for a directory.
        const main = path.join(abs, '__main__.py');
        if (!fs.existsSync(main)) {
          stderr(`tspy: can't find '__main__' module in '${file}'\n`);
          return 1;
        }
        setupSys([file, ...args], abs, opts);
        return runPath(main, '__main__');
      }
      real = fs.realpathSync(abs);
    } catch (e) {
      return cannotOpen(abs, e);
    }
    setupSys([file, ...args], path.dirname(real), opts);
    return runPath(abs, '__main__');
  } catch (e) {
    return reportUncaught(e);
  }
}

function runPath(abs: string, name: string): number {
  let code: CodeObject;
  try {
    if (abs.endsWith('.pyc')) {
      try {
        code = loadPycFile(abs).code;
      } catch (e) {
        if (!(e instanceof CacheFormatError)) throw e;
        // CPython's wording for a bad magic; our more precise reason otherwise.
        stderr(e.kind === 'bad-magic' ? 'RuntimeError: Bad magic number in .pyc file\n' : `RuntimeError: Bad .pyc file (${e.message})\n`);
        return 1;
      }
      verbose(`# ${name}: from cache file ${abs} (run without source)`);
    } else code = codeForSourceFile(abs, name).code;
  } catch (e) {
    return reportMainLoadError(e);
  }
  const mod = createModule(name, abs, null, null, true);
  host.dictSetStr(host.moduleDict(mod), '__package__', None);
  host.dictSetStr(host.moduleDict(mod), '__cached__', None);
  return execMain(code, mod);
}

/** A SyntaxError in the main file prints without a "Traceback" header, as CPython does. */
function reportMainLoadError(e: unknown): number {
  if (e instanceof PyBaseExceptionObject) {
    if (e.ob_type.isSubtype(SyntaxErrorType)) {
      stderr(host.formatExceptionOnly(e));
      return 1;
    }
  }
  return reportUncaught(e);
}

/** `tspy run -c CODE [ARGS]`: sys.argv[0] is '-c', sys.path[0] is '', filename '<string>'. */
export function runMainSource(source: string, args: string[], opts: MainOptions = {}, argv0 = '-c', filename = '<string>'): number {
  try {
    setupSys([argv0, ...args], '', opts);
    let code: CodeObject;
    try {
      code = getCompiler()(source, filename, 'exec');
    } catch (e) {
      if (isPySyntaxError(e)) return reportMainLoadError(syntaxErrorToPy(e));
      throw e;
    }
    const mod = createModule('__main__', null, null, null, true);
    emitCompileWarnings();
    host.dictSetStr(host.moduleDict(mod), '__package__', None);
    return execMain(code, mod);
  } catch (e) {
    return reportUncaught(e);
  }
}

/**
 * `tspy run -m MOD [ARGS]` (runpy._run_module_as_main): parent packages are
 * imported normally, then the module (or a package's `__main__`) runs as
 * `__main__` with `__package__` set; sys.argv[0] is the module's file and
 * sys.path[0] the current directory.
 */
export function runMainModule(modName: string, args: string[], opts: MainOptions = {}): number {
  try {
    setupSys(['-m', ...args], process.cwd(), opts);
    let name = modName;
    let found: ReturnType<typeof findModule> = null;
    for (let depth = 0; depth < 2; depth++) {
      const dot = name.lastIndexOf('.');
      let dirs = host.sysPathEntries();
      if (dot >= 0) {
        const parent = importAbsolute(name.slice(0, dot));
        const p = host.getAttrOpt(parent, '__path__');
        if (p === undefined) {
          stderr(`tspy: Error while finding module specification for '${name}' (ModuleNotFoundError: __path__ attribute not found on '${name.slice(0, dot)}' while trying to find '${name}')\n`);
          return 1;
        }
        dirs = host.iterToArray(p).filter((x): x is string => typeof x === 'string');
      }
      found = findModule(dot >= 0 ? name.slice(dot + 1) : name, dirs);
      if (!found) {
        stderr(`tspy: No module named ${name}\n`);
        return 1;
      }
      if (found.searchLocations === null) break;
      if (depth === 1) {
        stderr(`tspy: No module named ${name}; '${modName}' is a package and cannot be directly executed\n`);
        return 1;
      }
      importAbsolute(name);
      name = `${name}.__main__`;
    }
    if (!found || found.origin === null) {
      stderr(`tspy: No module named ${name}\n`);
      return 1;
    }
    host.setArgv([found.origin, ...args]);
    let code: CodeObject;
    try {
      code = found.kind === 'source' ? codeForSourceFile(found.origin, name).code : codeForPycFile(found.origin, name).code;
    } catch (e) {
      return reportMainLoadError(e);
    }
    const mod = createModule('__main__', found.origin, null, null, true);
    host.dictSetStr(host.moduleDict(mod), '__package__', name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : '');
    return execMain(code, mod);
  } catch (e) {
    return reportUncaught(e);
  }
}
