#!/usr/bin/env node
// Launcher only: the CLI lives in dist/cli/main.js (built by `npm run build`).
import('../dist/cli/main.js').then((m) => m.main(process.argv.slice(2)));
