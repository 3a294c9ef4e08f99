#!/usr/bin/env node
// Launcher only. `tspy run` loads the single-file bundle (fast start-up, built by
// `npm run build`); every other command, or TSPY_NO_BUNDLE=1, loads dist/cli/main.js.
import { existsSync } from 'node:fs';

const argv = process.argv.slice(2);
const bundle = new URL('../dist/cli/tspy.bundle.mjs', import.meta.url);
const useBundle = argv[0] === 'run' && !process.env.TSPY_NO_BUNDLE && existsSync(bundle);
import(useBundle ? bundle.href : '../dist/cli/main.js').then((m) => m.main(argv));
