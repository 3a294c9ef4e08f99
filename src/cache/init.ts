/**
 * Start-up of the cache layer: the async work that must be done before any
 * synchronous load (xxhash-wasm's WebAssembly instance), done once and shared. The CLI's async `main` and the async API in
 * src/index.ts await it; DESIGN.md forbids top-level await.
 */
import { canRequireCompiler, loadCompiler } from './compiler_link.js';
import { initHasher } from './hash.js';

let ready: Promise<void> | null = null;

/**
 * Initialise the hasher (idempotent). The compiler is loaded lazily on the
 * first cache miss where Node can require() ES modules, and here otherwise.
 */
export function initCache(): Promise<void> {
  ready ??= Promise.all([initHasher(), canRequireCompiler() ? null : loadCompiler()]).then(() => undefined);
  return ready;
}
