// Test harness: runs a program with the native deque of src/modules/_collections.ts
// added to the `_collections` module (until the registry's `_collections` entry
// includes it), then the normal CLI. Usage: node run_native_deque.mjs FILE.py
const root = process.env.TSPY_DIST ? new URL('file://' + process.env.TSPY_DIST.replace(/\/?$/, '/')) : new URL('../../dist/', import.meta.url);
const reg = await import(new URL('modules/registry.js', root).href);
const mine = await import(new URL('modules/_collections.js', root).href);
let theirs = [];
try {
  theirs = (await import(new URL('modules/collections_native.js', root).href)).collectionsNativeEntries;
} catch {
  theirs = null;
}
reg.registerNativeModule('_collections', () => [...(theirs ? theirs() : []), ...mine.collectionsModuleEntries()]);
const cli = await import(new URL('cli/main.js', root).href);
await cli.main(['run', ...process.argv.slice(2)]);
