#!/usr/bin/env node
// Measures `tspy watch --run` on a 50-module tree: the time from saving a
// module (writeFileSync returns) to the rerun program's first output line
// (`total N` on its stdout, N the new sum, so a line from an earlier run never counts).
// Prints each round, then the median and p90.
//
// Usage: node scripts/watch_latency.mjs [--rounds N=21] [--gap MS=1000] [--debounce MS=20] [--tspy PATH/bin/tspy.js]...
//   --gap     time from a run's output line to the next save in the same tree (a
//             person saves a file at most about once a second; --gap 300 is a stress test)
//   --tspy    the launcher to measure (default this checkout's bin/tspy.js). Given
//             twice or more, the builds are measured in turn, round by round, so
//             they share the machine's conditions (for before/after figures); no
//             two edits are ever in flight at once, and there are at least 100 ms
//             between one tree's output and the other's save.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const opt = { rounds: 21, gap: 1000, debounce: 20, tspy: [] };
for (let i = 2; i < process.argv.length; i += 2) {
  const [k, v] = [process.argv[i].replace(/^--/, ''), process.argv[i + 1]];
  if (!(k in opt) || v === undefined) {
    console.error(`usage: node scripts/watch_latency.mjs [--rounds N] [--gap MS] [--debounce MS] [--tspy PATH]...`);
    process.exit(2);
  }
  if (k === 'tspy') opt.tspy.push(resolve(v));
  else opt[k] = Number(v);
}
if (opt.tspy.length === 0) opt.tspy.push(join(root, 'bin/tspy.js'));
const N = 50;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** One watch session on its own 50-module tree. */
async function startSession(bin) {
  const dir = mkdtempSync(join(tmpdir(), 'tspy-watch-lat-'));
  for (let i = 0; i < N; i++) writeFileSync(join(dir, `mod${i}.py`), `def value():\n    return ${i}\n`);
  const sum = Array.from({ length: N }, (_, i) => `mod${i}.value()`).join(' + ');
  writeFileSync(join(dir, 'main.py'), Array.from({ length: N }, (_, i) => `import mod${i}`).join('\n') + `\nprint("total", ${sum})\n`);
  const proc = spawn(process.execPath, [bin, 'watch', dir, '--debounce', String(opt.debounce), '--run', join(dir, 'main.py')], { cwd: dir });
  const s = { bin, dir, proc, buf: '', waiter: null, values: Array.from({ length: N }, (_, i) => i), times: [], lastOutput: 0 };
  proc.stdout.on('data', (d) => {
    s.buf += d;
    if (s.waiter && s.waiter.re.test(s.buf)) s.waiter.resolve();
  });
  proc.stderr.on('data', () => {});
  await waitLine(s, N * (N - 1) / 2);
  s.lastOutput = Date.now() + 500; // chokidar arms after the initial build
  return s;
}

function waitLine(s, total) {
  const re = new RegExp(`^total ${total}$`, 'm');
  return new Promise((res, rej) => {
    const t = setTimeout(() => rej(new Error(`${s.bin}: no "total ${total}" within 20 s:\n${s.buf}`)), 20000);
    s.waiter = { re, resolve: () => (clearTimeout(t), (s.waiter = null), res()) };
    if (re.test(s.buf)) s.waiter.resolve();
  });
}

let lastAnyOutput = 0;
async function round(s, k) {
  await sleep(Math.max(s.lastOutput + opt.gap, lastAnyOutput + 100) - Date.now());
  const m = k % N;
  s.values[m] = 1000 + k;
  const total = s.values.reduce((a, b) => a + b, 0);
  s.buf = '';
  const t0 = process.hrtime.bigint();
  writeFileSync(join(s.dir, `mod${m}.py`), `def value():\n    return ${s.values[m]}\n`);
  await waitLine(s, total);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  s.lastOutput = lastAnyOutput = Date.now();
  s.times.push(ms);
  return ms;
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const sessions = [];
try {
  for (const bin of opt.tspy) sessions.push(await startSession(bin));
  for (let k = 0; k < opt.rounds; k++) {
    const line = [];
    for (const s of sessions) line.push(`${(await round(s, k)).toFixed(0)} ms`);
    console.log(`round ${k + 1}: ${line.join('  ')}`);
  }
} finally {
  for (const s of sessions) {
    s.proc.kill('SIGTERM');
    await new Promise((r) => (s.proc.exitCode !== null ? r() : s.proc.once('exit', r)));
    rmSync(s.dir, { recursive: true, force: true });
  }
}
for (const s of sessions) {
  const t = [...s.times].sort((a, b) => a - b);
  console.log(`${s.bin}: save-to-first-output median ${pct(t, 50).toFixed(0)} ms, p90 ${pct(t, 90).toFixed(0)} ms, over ${t.length} edits, gap ${opt.gap} ms (goal: median < 300 ms)`);
}
process.exit(0);
