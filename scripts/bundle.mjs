#!/usr/bin/env node
// Bundle the built CLI into single ES modules, beside the files they come from:
// dist/cli/tspy.bundle.mjs (dist/cli/bundle.js and everything it imports), which
// bin/tspy.js loads for `tspy run`, and dist/cli/watch_standby.bundle.mjs, the
// warm standby process of `tspy watch --run` (src/cli/watch_standby.ts).
// They live in dist/cli so that paths computed from import.meta.url (src/lib,
// dist/compiler, bin/) resolve as they do from the unbundled files beside them.
import { build } from 'esbuild';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['chokidar', 'commander', 'msgpackr', 'xxhash-wasm'],
  logLevel: 'warning',
};
await Promise.all([
  build({ ...common, entryPoints: [resolve(root, 'dist/cli/bundle.js')], outfile: resolve(root, 'dist/cli/tspy.bundle.mjs') }),
  build({ ...common, entryPoints: [resolve(root, 'dist/cli/watch_standby.js')], outfile: resolve(root, 'dist/cli/watch_standby.bundle.mjs') }),
]);
