#!/usr/bin/env node
// Benchmarks, side by side with python3 in one run, reported as ratios (lower is better).
// Runs the project's own programs in bench/ and, where it exists, ../shared/bench/programs,
// through ../shared/bench/run_suite.py (alternating runs, identical-output check, medians).
// Extra arguments pass through, e.g. `npm run bench -- --small --runs 1` or `-- --only fib`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const suite = resolve(root, '../shared/bench/run_suite.py');
if (!existsSync(suite)) {
  console.error('bench: ../shared/bench/run_suite.py not found; nothing to compare against');
  process.exit(1);
}
const extra = process.argv.slice(2);
const cmd = `node ${resolve(root, 'bin/tspy.js')} run`;
let status = 0;
const sets = [resolve(root, '../shared/bench/programs'), resolve(root, 'bench')];
for (const dir of sets) {
  if (!existsSync(dir)) continue;
  console.log(`# ${dir}`);
  const r = spawnSync('python3', [suite, '--programs', dir, ...extra, cmd], { stdio: 'inherit', cwd: root });
  status ||= r.status ?? 1;
}
process.exit(status);
