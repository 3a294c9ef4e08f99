#!/usr/bin/env node
// Mutation fuzzing of syntax-error reporting against CPython (dev tool).
// Usage: node scripts/fuzz_parser_errors.mjs [SEED] [COUNT] [--show K]
// Prints "N/M identical" and the most frequent mismatch kinds.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const seed = args[0] ?? '1';
const count = args[1] ?? '300';
const showIdx = args.indexOf('--show');
const show = showIdx >= 0 ? Number(args[showIdx + 1]) : 10;
let cases;
try {
  cases = JSON.parse(execFileSync('python3', [join(root, 'scripts/fuzz_parser_errors.py'), seed, count], { encoding: 'utf8', maxBuffer: 1 << 28 }));
} catch {
  console.log('python3 not available: skipping');
  process.exit(0);
}
const out = join(mkdtempSync(join(tmpdir(), 'tspy-fuzz-')), 'parser.mjs');
execFileSync(join(root, 'node_modules/.bin/esbuild'), [join(root, 'src/parser/index.ts'), '--bundle', '--platform=node', '--format=esm', `--outfile=${out}`, '--log-level=warning']);
const { parse } = await import(pathToFileURL(out).href);
let ok = 0;
const bad = {};
for (const c of cases) {
  let e = null;
  try { parse(c.src); } catch (x) { e = x; }
  const got = e && e.msg ? [e.type, e.msg, e.lineno, e.offset] : e ? ['CRASH', String(e)] : ['NOERR'];
  const exp = [c.type, c.msg, c.lineno, c.offset];
  if (JSON.stringify(got) === JSON.stringify(exp)) ok++;
  else (bad[`${exp[1]} || ${got[1]}`] ??= []).push({ src: c.src, got, exp });
}
console.log(`${ok}/${cases.length} identical`);
for (const k of Object.keys(bad).sort((a, b) => bad[b].length - bad[a].length).slice(0, show)) {
  const x = bad[k][0];
  console.log(`${bad[k].length} x ${k}\n   got ${JSON.stringify(x.got)} exp ${JSON.stringify(x.exp)}\n   src ${JSON.stringify(x.src)}`);
}
