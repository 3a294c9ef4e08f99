#!/usr/bin/env node
// Tokenizer parity over the installed CPython stdlib: compares our
// `python -m tokenize` rendering with CPython's for every .py file.
// Usage: node scripts/parity_tokenize.mjs [--bundle] [--show K]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, mkdtempSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { stdlibFilesOrExit } from './stdlib_files.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const showIdx = args.indexOf('--show');
const show = showIdx >= 0 ? Number(args[showIdx + 1]) : 10;

async function load() {
  const dist = join(root, 'dist/parser/tokenize_api.js');
  if (existsSync(dist) && args.includes('--dist')) return import(pathToFileURL(dist).href);
  const out = join(mkdtempSync(join(tmpdir(), 'tspy-tok-')), 'tok.mjs');
  execFileSync(join(root, 'node_modules/.bin/esbuild'), [join(root, 'src/parser/tokenize_api.ts'), '--bundle', '--platform=node', '--format=esm', `--outfile=${out}`, '--log-level=warning']);
  return import(pathToFileURL(out).href);
}
const files = stdlibFilesOrExit();
const r = spawnSync('python3', [join(root, 'scripts/py_tokenize_dump.py')], { input: files.join('\n'), encoding: 'utf8', maxBuffer: 4 << 30 });
const exp = new Map();
for (const line of r.stdout.split('\n')) if (line) { const o = JSON.parse(line); exp.set(o.file, o); }
const { formatTokenize } = await load();
let same = 0, shown = 0;
for (const f of files) {
  const e = exp.get(f);
  let got;
  try { got = formatTokenize(new Uint8Array(readFileSync(f)), f); } catch (x) { got = { stdout: '', stderr: 'CRASH ' + x.stack }; }
  if (got.stdout === e.out && got.stderr === e.err) { same++; continue; }
  if (shown++ < show) {
    console.log('--- ' + f);
    const a = got.stdout.split('\n'), b = e.out.split('\n');
    let k = 0; while (k < a.length && a[k] === b[k]) k++;
    if (k < Math.max(a.length, b.length)) console.log(`  line ${k}\n  ours: ${JSON.stringify(a[k])}\n  exp:  ${JSON.stringify(b[k])}`);
    if (got.stderr !== e.err) console.log(`  ours err: ${JSON.stringify(got.stderr.slice(0, 300))}\n  exp err:  ${JSON.stringify(e.err)}`);
  }
}
console.log(`${same}/${files.length} identical`);
