#!/usr/bin/env node
// `tspy ast --jsonl` over the whole installed CPython stdlib, in one process:
// (1) parity — each line against python3's ast.dump (or, for files CPython
//     rejects, the same exception type, message and line): prints "N/M identical";
// (2) speed — that tspy process (start-up, reading, tokenize+parse, dump,
//     JSON out) against python3 compile() of the same sources in one process
//     (reading excluded), each run --runs times (default 3); prints medians of
//     wall and CPU (user+sys) time, lines/s and the ratio.
// Usage: node scripts/parity_ast_cli.mjs [--runs N] [--show K]   (needs `npm run build`: runs bin/tspy.js)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, mkdtempSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { stdlibFilesOrExit } from './stdlib_files.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, def) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : def);
const runs = opt('--runs', 3);
const show = opt('--show', 10);

const tspy = join(root, 'bin/tspy.js');
if (!existsSync(join(root, 'dist'))) { console.log('no dist/: run `npm run build` first'); process.exit(1); }
const files = stdlibFilesOrExit();

// expected: ast.dump without attributes, as `tspy ast --jsonl` prints
const r = spawnSync('python3', [join(root, 'scripts/py_ast_dump.py'), '--no-attrs'], { input: files.join('\n'), encoding: 'utf8', maxBuffer: 4 << 30 });
const expected = new Map();
for (const line of r.stdout.split('\n')) if (line) { const o = JSON.parse(line); expected.set(o.file, o); }

/** Wall and CPU seconds of a child process: GNU time when present, else wall only. */
function timedRun(cmd, argv, input) {
  const haveTime = existsSync('/usr/bin/time');
  const tf = join(mkdtempSync(join(tmpdir(), 'tspy-astcli-')), 'time.txt');
  const full = haveTime ? ['/usr/bin/time', ['-f', '%U %S', '-o', tf, cmd, ...argv]] : [cmd, argv];
  const t0 = process.hrtime.bigint();
  const res = spawnSync(full[0], full[1], { input, encoding: 'utf8', maxBuffer: 4 << 30 });
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  if (res.status !== 0 && res.status !== 1) throw new Error(`${cmd} failed: ${res.stderr.slice(0, 500)}`);
  let cpu = NaN;
  if (haveTime) { const [u, s] = readFileSync(tf, 'utf8').trim().split('\n').pop().split(' ').map(Number); cpu = u + s; }
  return { wall, cpu, stdout: res.stdout };
}

const tspyRuns = [];
let out = '';
for (let k = 0; k < runs; k++) {
  const t = timedRun(process.execPath, [tspy, 'ast', '--jsonl', ...files]);
  tspyRuns.push(t);
  out = t.stdout;
}

let same = 0, shown = 0, lines = 0;
const got = new Map();
for (const line of out.split('\n')) if (line) { const o = JSON.parse(line); got.set(o.file, o); }
for (const f of files) {
  const e = expected.get(f), g = got.get(f);
  let ok = false;
  if (g && e.dump !== undefined) ok = g.dump === e.dump;
  else if (g && g.error) ok = g.error.type === e.error.type && g.error.msg === e.error.msg && g.error.lineno === e.error.lineno;
  if (ok) same++;
  else if (shown++ < show) console.log(`--- ${f}\n  ours: ${JSON.stringify(g).slice(0, 300)}\n  expected: ${JSON.stringify(e).slice(0, 300)}`);
}
console.log(`${same}/${files.length} identical (tspy ast --jsonl vs python3 ast.dump / SyntaxError type+msg+line)`);

// python3 compile() of the same sources (those it accepts), one process, reading excluded
const PY = `
import json, sys, time, warnings
warnings.simplefilter('ignore')
paths = sys.stdin.read().split('\\n')
srcs = [open(p, 'rb').read() for p in paths]
lines = 0
t0, c0 = time.perf_counter(), time.process_time()
for p, s in zip(paths, srcs):
    try:
        compile(s, p, 'exec', dont_inherit=True)
    except Exception:
        pass
print(json.dumps({'wall': time.perf_counter() - t0, 'cpu': time.process_time() - c0,
  'lines': sum(s.count(b'\\n') + (0 if s.endswith(b'\\n') or not s else 1) for s in srcs)}))
`;
const pyRuns = [];
for (let k = 0; k < runs; k++) {
  const res = spawnSync('python3', ['-c', PY], { input: files.join('\n'), encoding: 'utf8', maxBuffer: 1 << 26 });
  const o = JSON.parse(res.stdout);
  lines = o.lines;
  pyRuns.push(o);
}
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[(s.length - 1) >> 1]; };
const tw = median(tspyRuns.map((t) => t.wall)), tc = median(tspyRuns.map((t) => t.cpu));
const pw = median(pyRuns.map((t) => t.wall)), pc = median(pyRuns.map((t) => t.cpu));
const rate = (s) => `${Math.round(lines / s).toLocaleString('en-US')} lines/s`;
console.log(`${files.length} files, ${lines.toLocaleString('en-US')} lines; medians of ${runs} runs`);
console.log(`tspy ast --jsonl (whole process): ${tw.toFixed(2)} s wall (${rate(tw)}), ${tc.toFixed(2)} s cpu (${rate(tc)})`);
console.log(`python3 compile() (in process):   ${pw.toFixed(2)} s wall (${rate(pw)}), ${pc.toFixed(2)} s cpu (${rate(pc)})`);
console.log(`ratio tspy/python3: ${(tw / pw).toFixed(2)}x wall, ${(tc / pc).toFixed(2)}x cpu`);
