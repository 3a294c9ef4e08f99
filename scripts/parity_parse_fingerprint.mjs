#!/usr/bin/env node
// Parse-only workload and AST fingerprint over the installed CPython stdlib, in one process.
//
// Usage: node [--trace-gc] scripts/parity_parse_fingerprint.mjs [--dist DIR] [--rounds N] [--every K]
//                                                                [--fingerprint OUT.txt] [--gc]
//   (needs `npm run build`: it loads DIR/parser/index.js, default dist/.)
// Reads every stdlib .py file (site-packages and __pycache__ excluded; reading is not timed),
// keeps every K-th (default 1 = all), then runs `parse(bytes, file, 'exec')` on each, --rounds
// times (default 3), printing CPU (user+sys) and wall seconds per round: round 1 is the cold one
// (code not yet optimised), later rounds the warm ones. --gc counts scavenges and mark-compacts
// through a PerformanceObserver. --fingerprint writes, per file, a line with the file name and a
// SHA-1 of the JSON of its AST (positions included) or of its SyntaxError's type, message and
// location, so that two builds can be compared with `diff` (an A/B of parser changes).
// Meant as the deterministic callgrind workload too: `valgrind --tool=callgrind node scripts/parity_parse_fingerprint.mjs --every 8 --rounds 1`.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PerformanceObserver, constants } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { stdlibFilesOrExit } from './stdlib_files.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2);
const opt = (name, def) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : def);
const DIST = path.resolve(opt('--dist', path.join(HERE, '..', 'dist')));
const rounds = Number(opt('--rounds', '3'));
const every = Number(opt('--every', '1'));
const fpOut = opt('--fingerprint', null);

const files = stdlibFilesOrExit().filter((_, i) => i % every === 0);
const sources = files.map((f) => fs.readFileSync(f));
const { parse } = await import(path.join(DIST, 'parser/index.js'));

const gc = { minor: 0, major: 0 };
if (argv.includes('--gc')) {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const k = e.detail ? e.detail.kind : e.kind;
      if (k === constants.NODE_PERFORMANCE_GC_MINOR) gc.minor++;
      else if (k === constants.NODE_PERFORMANCE_GC_MAJOR) gc.major++;
    }
  }).observe({ entryTypes: ['gc'] });
}

let lineCount = 0;
for (const b of sources) for (let i = 0; i < b.length; i++) if (b[i] === 10) lineCount++;
const cpu = [];
for (let r = 0; r < rounds; r++) {
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  for (let i = 0; i < sources.length; i++) {
    try {
      parse(sources[i], files[i], 'exec');
    } catch {
      // files CPython rejects too (lib2to3 test data): their time counts all the same
    }
  }
  const c = process.cpuUsage(c0);
  const t = (c.user + c.system) / 1e6;
  cpu.push(t);
  console.log(`round ${r + 1}: cpu ${t.toFixed(2)} s, wall ${(Number(process.hrtime.bigint() - t0) / 1e9).toFixed(2)} s`);
}
await new Promise((r) => setTimeout(r, 50)); // gc entries arrive asynchronously
const warm = cpu.slice(1).sort((a, b) => a - b);
console.log(`${files.length} files, ${lineCount} lines; cold ${cpu[0].toFixed(2)} s cpu` +
  (warm.length ? `, warm median ${warm[Math.floor(warm.length / 2)].toFixed(2)} s cpu` : '') +
  (argv.includes('--gc') ? `; gc: ${gc.minor} scavenges, ${gc.major} mark-compacts` : ''));

// after the timed rounds, so that round 1 stays the cold one
if (fpOut) {
  const lines = [];
  for (let i = 0; i < sources.length; i++) {
    let text;
    try {
      text = JSON.stringify(parse(sources[i], files[i], 'exec'), (k, v) => (typeof v === 'bigint' ? `${v}n` : v));
    } catch (e) {
      text = `ERR ${e.type ?? e.name} ${e.msg ?? e.message} ${e.lineno} ${e.offset} ${e.end_lineno} ${e.end_offset}`;
    }
    lines.push(`${files[i]} ${createHash('sha1').update(text).digest('hex')}`);
  }
  fs.writeFileSync(fpOut, lines.join('\n') + '\n');
  console.log(`${files.length} fingerprints -> ${fpOut}`);
}

