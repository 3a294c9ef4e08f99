#!/usr/bin/env node
// Measures `tspy watch --run` on a 50-module tree: the time from saving a
// module to the rerun program's first output line. Prints each round and the median.
// Usage: node scripts/watch_latency.mjs [rounds=7]
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const rounds = Number(process.argv[2] ?? 7);
const dir = mkdtempSync(join(tmpdir(), 'tspy-watch-lat-'));
const N = 50;
for (let i = 0; i < N; i++) writeFileSync(join(dir, `mod${i}.py`), `def value():\n    return ${i}\n`);
writeFileSync(join(dir, 'main.py'), Array.from({ length: N }, (_, i) => `import mod${i}`).join('\n') + `\nprint("total", ${Array.from({ length: N }, (_, i) => `mod${i}.value()`).join(' + ')})\n`);

const proc = spawn(process.execPath, [join(root, 'bin/tspy.js'), 'watch', dir, '--debounce', '20', '--run', join(dir, 'main.py')], { cwd: dir });
let buf = '';
let waiter = null;
proc.stdout.on('data', (d) => {
  buf += d;
  if (waiter && /total \d+\n/.test(buf)) { const w = waiter; waiter = null; w(); }
});
proc.stderr.on('data', () => {});
const nextOutput = () => new Promise((r) => { waiter = r; if (/total \d+\n/.test(buf)) { waiter = null; r(); } });

await nextOutput();
await new Promise((r) => setTimeout(r, 500));
const times = [];
for (let k = 0; k < rounds; k++) {
  buf = '';
  const t0 = process.hrtime.bigint();
  writeFileSync(join(dir, `mod${k % N}.py`), `def value():\n    return ${1000 + k}\n`);
  await nextOutput();
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  times.push(ms);
  console.log(`round ${k + 1}: ${ms.toFixed(0)} ms`);
  await new Promise((r) => setTimeout(r, 300));
}
proc.kill('SIGTERM');
rmSync(dir, { recursive: true, force: true });
times.sort((a, b) => a - b);
console.log(`median save-to-first-output: ${times[Math.floor(times.length / 2)].toFixed(0)} ms over ${rounds} rounds (goal < 300 ms)`);
process.exit(0);
