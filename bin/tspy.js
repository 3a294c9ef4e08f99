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
import { existsSync, readFileSync, writeFileSync, writeSync, renameSync, rmSync } from 'node:fs';
import { Worker, isMainThread } from 'node:worker_threads';
import { createHash } from 'node:crypto';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import vm from 'node:vm';

const argv = process.argv.slice(2);
const bundle = fileURLToPath(new URL('../dist/cli/tspy.bundle.cjs', import.meta.url));

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
  if (args[0] !== 'run' || !isMainThread || process.env.TSPY_MAIN_THREAD) return false;
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

if (wantsDeepStack(argv)) {
  const w = new Worker(new URL(import.meta.url), { argv, resourceLimits: { stackSizeMb: 512 } });
  w.on('error', (e) => {
    writeSync(2, `tspy: internal error: ${e?.stack ?? e}\n`);
    process.exitCode = 1;
  });
  w.on('exit', (code) => process.exit(process.exitCode || code));
} else if (argv[0] === 'run' && !process.env.TSPY_NO_BUNDLE && existsSync(bundle)) {
  const tag = createHash('sha1').update(`${process.version} ${process.arch} ${process.execArgv.join(' ')}`).digest('hex').slice(0, 12);
  // TSPY_CODE_CACHE names another cache file (tests), or "off".
  const cacheFile = process.env.TSPY_CODE_CACHE || `${bundle}.${tag}.v8cache`;
  const useCache = cacheFile !== 'off';
  let cachedData;
  try {
    cachedData = useCache ? readFileSync(cacheFile) : undefined;
  } catch {
    cachedData = undefined;
  }
  const wrapper = `(function (exports, require, module, __filename, __dirname, __tspy_import_meta_url) {${readFileSync(bundle, 'utf8')}\n})`;
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
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle), pathToFileURL(bundle).href);
  module.exports.main(argv);
} else {
  import('../dist/cli/main.js').then((m) => m.main(argv));
}
