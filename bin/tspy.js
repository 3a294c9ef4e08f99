#!/usr/bin/env node
// Launcher only. `tspy run` loads the single-file bundle (dist/cli/tspy.bundle.cjs,
// built by `npm run build`); every other command, or TSPY_NO_BUNDLE=1, loads
// dist/cli/main.js.
//
// The bundle is compiled through vm.Script with a V8 code cache beside it:
// parsing and compiling 1.4 MB of JavaScript is most of a cold start, and Node 20
// has no code cache for ES modules. V8 checks the cache against the source and
// its own version and flags and rejects a mismatch (script.cachedDataRejected);
// a missing or rejected cache is rewritten at exit (temp file + rename; a
// read-only install just runs without one). The file name carries the Node
// version and the V8 flags, so runs with other flags (--cpu-prof) keep their own.
// Start-up is most of a short run, so this file loads no more of Node than it
// must (no crypto, no worker_threads unless a worker is needed) and reads the
// bundle, which is ASCII, as latin1 (no UTF-8 decoding). It is CommonJS
// (bin/package.json): Node's ES module loader alone costs ~10 ms of start-up.
'use strict';
const { existsSync, readFileSync, writeFileSync, writeSync, renameSync, rmSync } = require('node:fs');
const { dirname, join } = require('node:path');
const { pathToFileURL } = require('node:url');
const { createRequire } = require('node:module');
const vm = require('node:vm');

const argv = process.argv.slice(2);
const bundle = join(__dirname, '..', 'dist', 'cli', 'tspy.bundle.cjs');

/**
 * Does `tspy run ...` run a program that raises the recursion limit?
 * Every Python call is a JS call of the eval loop, and the main thread's JS
 * stack (about 1 MB, fixed when Node starts) holds only about a thousand of
 * them: enough for the default limit of 1000, not for a program that calls
 * sys.setrecursionlimit to recurse deeper (CPython 3.11's Python-to-Python
 * calls use no C stack). Such a program runs in a worker thread whose stack
 * is set large. The test reads the main file's text (or -c code).
 */
function wantsDeepStack(args) {
  if (args[0] !== 'run' || process.env.TSPY_IN_WORKER || process.env.TSPY_MAIN_THREAD) return false;
  for (let i = 1; i < args.length; i++) {
    const a = args[i];
    if (a === '-c' && i + 1 < args.length) return args[i + 1].includes('setrecursionlimit');
    if (a.endsWith('.py')) {
      try {
        return readFileSync(a, 'latin1').includes('setrecursionlimit');
      } catch {
        return false;
      }
    }
  }
  return false;
}

/** 32-bit FNV-1a of `s` as 8 hex digits (names the code cache file; not a security hash). */
function fnv1a(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

const deep = wantsDeepStack(argv);
// The marker only stops a worker from starting another; the program must not see it in os.environ.
delete process.env.TSPY_IN_WORKER;
if (deep) {
  const { Worker } = require('node:worker_threads');
  const w = new Worker(__filename, { argv, env: { ...process.env, TSPY_IN_WORKER: '1' }, resourceLimits: { stackSizeMb: 512 } });
  w.on('error', (e) => {
    writeSync(2, `tspy: internal error: ${e?.stack ?? e}\n`);
    process.exitCode = 1;
  });
  w.on('exit', (code) => process.exit(process.exitCode || code));
} else if (argv[0] === 'run' && !process.env.TSPY_NO_BUNDLE && existsSync(bundle)) {
  // A deoptimized eval loop resumes in Sparkplug's baseline code rather than the bytecode
  // interpreter: on the shared benchmarks nbody and fannkuch ran 9% faster, none slower.
  require('node:v8').setFlagsFromString('--deopt-to-baseline');
  const tag = fnv1a(`${process.version} ${process.arch} ${process.execArgv.join(' ')}`);
  // TSPY_CODE_CACHE names another cache file (tests), or "off".
  const cacheFile = process.env.TSPY_CODE_CACHE || `${bundle}.${tag}.v8cache`;
  const useCache = cacheFile !== 'off';
  let cachedData;
  try {
    cachedData = useCache ? readFileSync(cacheFile) : undefined;
  } catch {
    cachedData = undefined;
  }
  const wrapper = `(function (exports, require, module, __filename, __dirname, __tspy_import_meta_url) {${readFileSync(bundle, 'latin1')}\n})`;
  // msgpackr would otherwise probe for its optional native addon (a few ms); the cache payloads are small.
  process.env.MSGPACKR_NATIVE_ACCELERATION_DISABLED ??= 'true';
  const script = new vm.Script(wrapper, { filename: bundle, cachedData });
  if (useCache && (cachedData === undefined || script.cachedDataRejected)) {
    process.on('exit', () => {
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      try {
        writeFileSync(tmp, script.createCachedData());
        renameSync(tmp, cacheFile);
      } catch {
        rmSync(tmp, { force: true });
      }
    });
  }
  const bundleModule = { exports: {} };
  script.runInThisContext()(bundleModule.exports, createRequire(bundle), bundleModule, bundle, dirname(bundle), pathToFileURL(bundle).href);
  bundleModule.exports.mainRun(argv.slice(1));
} else {
  import(pathToFileURL(join(__dirname, '..', 'dist', 'cli', 'main.js')).href).then((m) => m.main(argv));
}
