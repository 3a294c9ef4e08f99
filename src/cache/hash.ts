/**
 * xxHash (via xxhash-wasm) for the cache: the source hash of the header and
 * the payload checksum. xxhash-wasm initialises asynchronously (it compiles a
 * small WebAssembly module), so callers `await initHasher()` once at start-up
 * (the CLI's async `main`, or the async functions of src/index.ts); after that
 * every hash is synchronous, which the importer needs (IMPORT_NAME is sync).
 */
import xxhashInit from 'xxhash-wasm';

type XXHashAPI = Awaited<ReturnType<typeof xxhashInit>>;

let api: XXHashAPI | null = null;
let pending: Promise<void> | null = null;

/** Initialise the hasher (idempotent; concurrent callers share one initialisation). */
export function initHasher(): Promise<void> {
  if (api) return Promise.resolve();
  if (!pending) {
    pending = xxhashInit().then((a) => {
      api = a;
    });
  }
  return pending;
}

/** True once `initHasher()` has completed: until then the cache is bypassed (compile without reading or writing). */
export function hasherReady(): boolean {
  return api !== null;
}

/** xxHash64 (seed 0) of `data` as an unsigned 64-bit bigint. Throws if `initHasher()` has not completed. */
export function xxh64(data: Uint8Array): bigint {
  if (!api) throw new Error('tspy cache: hasher used before initHasher() completed');
  return api.h64Raw(data);
}
