/**
 * Start-up of the cache layer: the async work that must be done before any
 * synchronous load (xxhash-wasm's WebAssembly instance and the compiler
 * module), done once and shared. The CLI's async `main` and the async API in
 * src/index.ts await it; DESIGN.md forbids top-level await.
 */
import { loadCompiler } from './compiler_link.js';
import { initHasher } from './hash.js';

let ready: Promise<void> | null = null;

/** Initialise the hasher and load the compiler (idempotent). */
export function initCache(): Promise<void> {
  ready ??= Promise.all([initHasher(), loadCompiler()]).then(() => undefined);
  return ready;
}
