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
import { existsSync, readFileSync, writeFileSync, renameSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import vm from 'node:vm';

const argv = process.argv.slice(2);
const bundle = fileURLToPath(new URL('../dist/cli/tspy.bundle.cjs', import.meta.url));
if (argv[0] === 'run' && !process.env.TSPY_NO_BUNDLE && existsSync(bundle)) {
  const tag = createHash('sha1').update(`${process.version} ${process.arch} ${process.execArgv.join(' ')}`).digest('hex').slice(0, 12);
  const cacheFile = `${bundle}.${tag}.v8cache`;
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const wrapper = `(function (exports, require, module, __filename, __dirname, __tspy_import_meta_url) {${readFileSync(bundle, 'utf8')}\n})`;
  const script = new vm.Script(wrapper, { filename: bundle, cachedData });
  if (cachedData === undefined || script.cachedDataRejected) {
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
