/**
 * The path-based finder (CPython's PathFinder + FileFinder,
 * Lib/importlib/_bootstrap_external.py), without the runtime: given a module's
 * last name component and the directories to search, say where its code is.
 * Order per directory, as FileFinder: a package directory `name/__init__.py`
 * (or a sourceless `name/__init__.pyc`) first, then `name.py`, then a
 * sourceless `name.pyc`; a directory without `__init__` is remembered as a
 * namespace-package portion and used only when no directory has the module.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where a module was found (CPython's ModuleSpec, reduced to what the loader needs). */
export interface FoundModule {
  /** 'source': a .py file; 'sourceless': a .pyc given without source; 'namespace': a namespace package. */
  kind: 'source' | 'sourceless' | 'namespace';
  /** The file to load (`__file__`); null for namespace packages. */
  origin: string | null;
  /** For packages: the `__path__` directories. */
  searchLocations: string[] | null;
}

function statKind(p: string): 'file' | 'dir' | null {
  try {
    const st = fs.statSync(p);
    return st.isFile() ? 'file' : st.isDirectory() ? 'dir' : null;
  } catch {
    return null;
  }
}

/**
 * Find module `tail` (the last dotted component) in `dirs` (sys.path, or the
 * parent package's `__path__`). Returns null when it is nowhere. `''` in
 * `dirs` means the current directory, as in sys.path.
 */
export function findModule(tail: string, dirs: readonly string[]): FoundModule | null {
  const namespace: string[] = [];
  for (const entry of dirs) {
    const dir = entry === '' ? process.cwd() : entry;
    const base = path.join(dir, tail);
    if (statKind(base) === 'dir') {
      const init = path.join(base, '__init__.py');
      if (statKind(init) === 'file') return { kind: 'source', origin: init, searchLocations: [base] };
      const initc = path.join(base, '__init__.pyc');
      if (statKind(initc) === 'file') return { kind: 'sourceless', origin: initc, searchLocations: [base] };
      namespace.push(base);
    }
    const py = base + '.py';
    if (statKind(py) === 'file') return { kind: 'source', origin: py, searchLocations: null };
    const pyc = base + '.pyc';
    if (statKind(pyc) === 'file') return { kind: 'sourceless', origin: pyc, searchLocations: null };
  }
  if (namespace.length) return { kind: 'namespace', origin: null, searchLocations: namespace };
  return null;
}

let lib: string | null = null;

/**
 * The directory of tspy's own Python-source library modules: src/lib (the
 * same from src/importer under vitest and from dist/importer when built, so no
 * copy step is needed), else a `lib` directory beside this module's parent
 * (a bundle that ships dist/lib).
 */
export function libDir(): string {
  if (lib !== null) return lib;
  const src = fileURLToPath(new URL('../../src/lib', import.meta.url));
  lib = fs.existsSync(src) ? src : fileURLToPath(new URL('../lib', import.meta.url));
  return lib;
}
