#!/usr/bin/env node
// Bundle the built CLI (dist/cli/bundle.js and everything it imports) into one
// CommonJS file, dist/cli/tspy.bundle.cjs, which bin/tspy.js loads for
// `tspy run` through vm.Script with a V8 code cache (bin/tspy.js explains why).
// It lives in dist/cli so that paths computed from import.meta.url (src/lib,
// dist/compiler, bin/) resolve as they do from the unbundled files beside it.
// Then one warm-up run writes the code cache, so the first real run starts fast.
// Also dist/cli/watch_standby.bundle.mjs, an ES module: the warm standby process
// of `tspy watch --run` (src/cli/watch_standby.ts), loaded ahead of each run.
import { build } from 'esbuild';
import { readFileSync, writeFileSync, readdirSync, rmSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// `import * as fs from 'node:fs'` in a CommonJS bundle becomes __toESM(require('node:fs')) in every
// importing file, each copying the module's ~100 properties at start-up (23 files import node:fs).
// One ES shim per builtin, its export names read from this Node, is imported by all of them instead.
const nodeBuiltinShims = {
  name: 'node-builtin-shims',
  setup(b) {
    b.onResolve({ filter: /^node:(fs|path|os)$/ }, (a) =>
      a.namespace === 'node-shim' ? { path: a.path, external: true } : { path: a.path, namespace: 'node-shim' },
    );
    b.onLoad({ filter: /.*/, namespace: 'node-shim' }, async (a) => {
      // Accessor properties (fs.promises, fs.ReadStream, fs.opendir...) load more of Node when read:
      // they are left out (tspy uses none of them).
      const mod = createRequire(import.meta.url)(a.path);
      const names = Object.keys(mod).filter((n) => {
        const d = Object.getOwnPropertyDescriptor(mod, n);
        return n !== 'default' && /^[A-Za-z_$][\w$]*$/.test(n) && d !== undefined && 'value' in d;
      });
      const contents =
        `const m = require(${JSON.stringify(a.path)});\nexport default m;\n` +
        names.map((n) => `export const ${n} = m.${n};`).join('\n');
      return { contents, loader: 'js' };
    });
  },
};
const outfile = resolve(root, 'dist/cli/tspy.bundle.cjs');
await build({
  entryPoints: [resolve(root, 'dist/cli/bundle.js')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['chokidar', 'commander', 'xxhash-wasm'],
  plugins: [nodeBuiltinShims],
  // bin/tspy.js passes the bundle's own file URL under this name.
  define: { 'import.meta.url': '__tspy_import_meta_url' },
  // ASCII output (bin/tspy.js reads it as latin1) without indentation: less to read and hash at every start.
  charset: 'ascii',
  minifyWhitespace: true,
  logLevel: 'warning',
});
await build({
  entryPoints: [resolve(root, 'dist/cli/watch_standby.js')],
  outfile: resolve(root, 'dist/cli/watch_standby.bundle.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['chokidar', 'commander', 'xxhash-wasm'],
  logLevel: 'warning',
});
// A script compiled by vm.Script cannot use import() (Node 20 needs
// --experimental-vm-modules for it); every import() left is of a package or
// builtin that also has a CommonJS entry, so require() it instead.
const text = readFileSync(outfile, 'utf8');
writeFileSync(outfile, text.replace(/\bawait import\(("[^"]+")\)/g, 'require($1)'));
if (/[^\x00-\x7f]/.test(text)) throw new Error('bundle: non-ASCII output (bin/tspy.js reads it as latin1)');
if (/\bawait import\(/.test(readFileSync(outfile, 'utf8'))) throw new Error('bundle: an import() with a computed specifier is left');

// Stale code caches (another bundle, another Node) are useless; the warm-up writes a fresh one.
for (const f of readdirSync(dirname(outfile))) if (f.endsWith('.v8cache')) rmSync(resolve(dirname(outfile), f), { force: true });
const warm = spawnSync(process.execPath, [resolve(root, 'bin/tspy.js'), 'run', resolve(root, 'examples/inventory.py')], {
  cwd: root,
  stdio: 'ignore',
  env: { ...process.env, TSPY_NO_BUNDLE: '' },
});
if (warm.status !== 0) console.warn(`bundle: the warm-up run exited with ${warm.status}; no code cache written`);
