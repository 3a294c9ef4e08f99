#!/usr/bin/env node
// Bundle the built CLI (dist/cli/bundle.js and everything it imports) into one
// ES module, dist/cli/tspy.bundle.mjs, which bin/tspy.js loads for `tspy run`.
// It lives in dist/cli so that paths computed from import.meta.url (src/lib,
// dist/compiler, bin/) resolve as they do from the unbundled files beside it.
import { build } from 'esbuild';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
await build({
  entryPoints: [resolve(root, 'dist/cli/bundle.js')],
  outfile: resolve(root, 'dist/cli/tspy.bundle.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['chokidar', 'commander', 'msgpackr', 'xxhash-wasm'],
  logLevel: 'warning',
});
