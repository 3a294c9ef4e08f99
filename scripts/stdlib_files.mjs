// The installed CPython standard library's .py files (site-packages and
// __pycache__ excluded), sorted, for the parity scripts.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function walk(dir, out) {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    let st;
    try {
      st = statSync(p);
    } catch {
      continue;
    }
    if (st.isDirectory()) {
      if (name !== 'site-packages' && name !== '__pycache__') walk(p, out);
    } else if (name.endsWith('.py')) out.push(p);
  }
}

/** The stdlib's .py paths, or exits the script with a "skipping" line when python3 is missing. */
export function stdlibFilesOrExit() {
  const py = spawnSync('python3', ['-c', "import sysconfig;print(sysconfig.get_paths()['stdlib'])"], { encoding: 'utf8' });
  if (py.status !== 0) {
    console.log('python3 not available: skipping');
    process.exit(0);
  }
  const files = [];
  walk(py.stdout.trim(), files);
  return files;
}
