/**
 * The cache's link to the compiler. A warm cache never needs the compiler, so
 * it is loaded only on the first cache miss: synchronously (the importer runs
 * inside IMPORT_NAME) with `require()` of the ES module, which Node supports
 * from 20.19 (`process.features.require_module`), as does a CJS bundle. On an
 * older Node, `initCache()` loads it up front with `loadCompiler()` instead.
 */
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { CodeObject } from '../bytecode/code.js';
import { xxh64 } from './hash.js';

/** The compiler's entry point: src/compiler/index.ts `compileSource(source, filename, mode)`. Throws PySyntaxError. */
export type CompileFn = (source: string | Uint8Array, filename: string, mode?: 'exec' | 'eval' | 'single') => CodeObject;

let compileFn: CompileFn | null = null;
let pending: Promise<CompileFn> | null = null;

/** Load the compiler module (idempotent). */
export function loadCompiler(): Promise<CompileFn> {
  if (compileFn) return Promise.resolve(compileFn);
  if (!pending) {
    pending = import('../compiler/index.js').then((m) => {
      compileFn = (source, filename, mode) => m.compileSource(source, filename, mode);
      return compileFn;
    });
  }
  return pending;
}

/** Install a compiler directly (tests, or a bundle that links it statically). */
export function setCompiler(fn: CompileFn): void {
  compileFn = fn;
}

/** Can this Node load an ES module with require()? */
export function canRequireCompiler(): boolean {
  return !!(process.features as { require_module?: boolean }).require_module;
}

/** The compiler, loaded synchronously on first use when `loadCompiler()` has not run. */
export function getCompiler(): CompileFn {
  if (compileFn) return compileFn;
  let m: typeof import('../compiler/index.js');
  try {
    m = createRequire(import.meta.url)('../compiler/index.js') as typeof import('../compiler/index.js');
  } catch (e) {
    throw new Error(`tspy: cannot load the compiler (${(e as Error)?.message ?? String(e)})`);
  }
  compileFn = (source, filename, mode) => m.compileSource(source, filename, mode);
  return compileFn;
}

let buildId: number | null = null;

/**
 * Id of the compiler build in use (u32, 0 when unknown), written into every
 * cache file. Compiler output can change without a format change (a codegen
 * fix); a cache whose source is at hand is recompiled when its id differs, so
 * rebuilding tspy never leaves stale code in __pycache__. Derived from the
 * compiler entry module's size and mtime (one stat), which change with every
 * build; an installed copy keeps a stable id. `TSPY_COMPILER_BUILD_ID=N`
 * pins it (reproducible caches; tests that must not notice a concurrent rebuild).
 */
export function compilerBuildId(): number {
  if (buildId !== null) return buildId;
  buildId = 0;
  const pinned = process.env.TSPY_COMPILER_BUILD_ID;
  if (pinned !== undefined && /^\d+$/.test(pinned)) return (buildId = Number(pinned) >>> 0);
  for (const ext of ['.js', '.ts']) {
    try {
      const st = fs.statSync(fileURLToPath(new URL(`../compiler/index${ext}`, import.meta.url)));
      const id = Number(xxh64(new TextEncoder().encode(`${st.size}:${st.mtimeMs}`)) & 0xffffffffn);
      buildId = id === 0 ? 1 : id;
      break;
    } catch {
      // not this extension (built vs. source tree)
    }
  }
  return buildId;
}

/** Override the compiler build id (tests). */
export function setCompilerBuildId(id: number | null): void {
  buildId = id;
}
