#!/usr/bin/env node
// Parser parity over the whole installed CPython stdlib: compares our
// dump(parse(src), includeAttributes) with python3's ast.dump for every .py
// file (site-packages excluded) and prints "N/M identical".
// Usage: node scripts/parity_stdlib.mjs [--no-attrs] [--limit N] [--show K] [--dist]
// Bundles src/parser/index.ts with esbuild (always current); --dist uses
// dist/parser/index.js instead (after `npx tsc -p tsconfig.json`).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, mkdtempSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { stdlibFilesOrExit } from './stdlib_files.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const attrs = !args.includes('--no-attrs');
const limitIdx = args.indexOf('--limit');
const limit = limitIdx >= 0 ? Number(args[limitIdx + 1]) : Infinity;
const showIdx = args.indexOf('--show');
const show = showIdx >= 0 ? Number(args[showIdx + 1]) : 10;

async function loadParser() {
  const dist = join(root, 'dist/parser/index.js');
  if (existsSync(dist) && args.includes('--dist')) return import(pathToFileURL(dist).href);
  const out = join(mkdtempSync(join(tmpdir(), 'tspy-parser-')), 'parser.mjs');
  execFileSync(join(root, 'node_modules/.bin/esbuild'), [join(root, 'src/parser/index.ts'), '--bundle', '--platform=node', '--format=esm', `--outfile=${out}`, '--log-level=warning']);
  return import(pathToFileURL(out).href);
}

let files = stdlibFilesOrExit();
if (files.length > limit) files = files.slice(0, limit);

const expected = new Map();
const r = spawnSync('python3', [join(root, 'scripts/py_ast_dump.py'), ...(attrs ? [] : ['--no-attrs'])], {
  input: files.join('\n'), encoding: 'utf8', maxBuffer: 4 << 30,
});
for (const line of r.stdout.split('\n')) {
  if (!line) continue;
  const o = JSON.parse(line);
  expected.set(o.file, o);
}

const { parse, dump, PySyntaxError } = await loadParser();
let same = 0;
let shown = 0;
let parseMs = 0;
const failures = [];
for (const f of files) {
  const exp = expected.get(f);
  const src = readFileSync(f);
  let got;
  const t0 = performance.now();
  try {
    const tree = parse(new Uint8Array(src), f);
    parseMs += performance.now() - t0;
    got = { dump: dump(tree, { includeAttributes: attrs }) };
  } catch (e) {
    parseMs += performance.now() - t0;
    if (e instanceof PySyntaxError) got = { error: { type: e.type, msg: e.msg, lineno: e.lineno, offset: e.offset } };
    else got = { crash: String(e && e.stack || e) };
  }
  let ok;
  if (exp.dump !== undefined) ok = got.dump === exp.dump;
  else ok = got.error && got.error.type === exp.error.type && got.error.msg === exp.error.msg && got.error.lineno === exp.error.lineno;
  if (ok) same++;
  else {
    failures.push(f);
    if (shown < show) {
      shown++;
      console.log(`--- ${f}`);
      if (got.crash) console.log('  crash: ' + got.crash.split('\n').slice(0, 4).join('\n  '));
      else if (got.error) console.log('  our error: ' + JSON.stringify(got.error) + (exp.error ? '\n  expected: ' + JSON.stringify(exp.error) : ''));
      else if (exp.error) console.log('  expected error: ' + JSON.stringify(exp.error));
      else {
        const a = got.dump, b = exp.dump;
        let k = 0;
        while (k < a.length && a[k] === b[k]) k++;
        console.log('  ours:     ...' + a.slice(Math.max(0, k - 150), k + 100));
        console.log('  expected: ...' + b.slice(Math.max(0, k - 150), k + 100));
      }
    }
  }
}
console.log(`${same}/${files.length} identical (parse time ${(parseMs / 1000).toFixed(2)}s)`);
