// Speed of the compile pipeline on the installed CPython 3.11 standard library, against python3 in the same run.
//
// Usage: node scripts/bench_compile.mjs [--root DIR] [--limit N] [--reps N] [--reps2 N] [--no-cli] [--keep]
//   (needs `npm run build` first: it runs dist/.)
//
// Measures, on every .py file under the stdlib (site-packages and __pycache__ excluded, files CPython's
// compile() rejects skipped):
//   (a) tspy tokenize+parse of all sources in one process   vs python3 compile() of the same sources
//   (b) tspy parse+compile of all sources in one process     vs python3 compile(), then a second
//       pass in the same process (the compiler once V8 has optimised it)
//   (c) `tspy compile -q -j 0 COPY` and `-j 1`  vs  `python3 -m compileall -q -j 0 COPY` on copies of the
//       tree (medians of --reps fresh compiles, default 3), then second runs of each with nothing to do
//       (medians of --reps2, default 5);
//   (d) loading every cached code object (decodeCacheFile: header, checksum, payload) vs compiling
//       the same sources again, in one cold process (medians of --reps such processes).
// Peak memory: /usr/bin/time -v's maximum RSS for the CLI runs (for compileall -j 0 that is its largest
// single process, as rusage reports it; tspy's worker threads live in its one process).
// Reading the sources is outside every in-process timing. Each in-process phase runs in its own child
// process so that its peak RSS (process.resourceUsage().maxRSS) is its own. CLI runs go through
// /usr/bin/time -v for their peak RSS. Times are wall clock; CPU time (user+sys) is shown beside it,
// because on a shared machine the CPU figure is the steadier one. The build under test is a snapshot
// of dist/ taken at the start (see SNAP).
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '..');
const argv = process.argv.slice(2);
const opt = (name, def) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : def;
};

// ---------------------------------------------------------------------------
// Child phases: node scripts/bench_compile.mjs --phase NAME --list FILE.json
// ---------------------------------------------------------------------------
const phase = opt('--phase', null);
if (phase) {
  const list = JSON.parse(fs.readFileSync(opt('--list'), 'utf8'));
  const sources = list.files.map((f) => fs.readFileSync(f));
  const DIST = opt('--dist', path.join(REPO, 'dist'));
  const { parse } = await import(path.join(DIST, 'parser/index.js'));
  const { compile, compileSource } = await import(path.join(DIST, 'compiler/index.js'));
  const clock = () => [process.hrtime.bigint(), process.cpuUsage()];
  const since = ([t0, c0]) => {
    const c = process.cpuUsage(c0);
    return { wall: Number(process.hrtime.bigint() - t0) / 1e9, cpu: (c.user + c.system) / 1e6 };
  };
  const result = {};
  if (phase === 'parse') {
    const t = clock();
    for (let i = 0; i < sources.length; i++) parse(sources[i], list.files[i], 'exec');
    result.parse = since(t);
  } else if (phase === 'compile') {
    // Parse and compile timed separately as well as together (the split is for the profile).
    let tParse = 0, tComp = 0;
    const t = clock();
    for (let i = 0; i < sources.length; i++) {
      const a = process.hrtime.bigint();
      const tree = parse(sources[i], list.files[i], 'exec');
      const b = process.hrtime.bigint();
      compile(tree, list.files[i]);
      tComp += Number(process.hrtime.bigint() - b) / 1e9;
      tParse += Number(b - a) / 1e9;
    }
    result.compile = { ...since(t), parseOnly: tParse, compileOnly: tComp };
    // The same sources again in this process: the compiler's speed once V8 has optimised it (the
    // difference to the first pass is the JIT warm-up that every process and worker pays).
    const t2 = clock();
    for (let i = 0; i < sources.length; i++) compile(parse(sources[i], list.files[i], 'exec'), list.files[i]);
    result.compileWarm = since(t2);
  } else if (phase === 'load') {
    // The cache files written by the CLI run, in the same order as the sources.
    const { decodeCacheFile, CACHE_TAG } = await import(path.join(DIST, 'cache/format.js'));
    const { initHasher } = await import(path.join(DIST, 'cache/hash.js'));
    await initHasher();
    const pycs = list.files.map((f) => {
      const p = path.join(path.dirname(f), '__pycache__', path.basename(f, '.py') + `.${CACHE_TAG}.pyc`);
      return fs.readFileSync(p);
    });
    let t = clock();
    let objs = 0;
    for (const buf of pycs) if (decodeCacheFile(buf).code) objs++;
    result.load = { ...since(t), files: objs, bytes: pycs.reduce((n, b) => n + b.length, 0) };
    t = clock();
    for (let i = 0; i < sources.length; i++) compileSource(sources[i], list.files[i]);
    result.recompile = since(t);
  } else throw new Error(`unknown phase ${phase}`);
  const mu = process.memoryUsage();
  result.maxRSS = process.resourceUsage().maxRSS * 1024;
  result.heapUsed = mu.heapUsed;
  process.stdout.write(JSON.stringify(result));
  process.exit(0);
}

// ---------------------------------------------------------------------------
// Driver
// ---------------------------------------------------------------------------
const PY = `
import json, os, resource, sys, time, warnings
warnings.simplefilter('ignore')
root, limit = sys.argv[1], int(sys.argv[2])
paths = []
for d, dirs, fs in os.walk(root):
    dirs[:] = sorted(x for x in dirs if x not in ('site-packages', '__pycache__'))
    paths += [os.path.join(d, f) for f in sorted(fs) if f.endswith('.py')]
paths = paths[:limit] if limit > 0 else paths
srcs = []
for p in paths:
    with open(p, 'rb') as f:
        srcs.append(f.read())
ok, rejected = [], []
t0, c0 = time.perf_counter(), time.process_time()
for p, s in zip(paths, srcs):
    try:
        compile(s, p, 'exec', dont_inherit=True)
        ok.append(p)
    except Exception:
        rejected.append(p)
comp = (time.perf_counter() - t0, time.process_time() - c0)
okset = set(ok)
good = [s for p, s in zip(paths, srcs) if p in okset]
t0, c0 = time.perf_counter(), time.process_time()
for p, s in zip(ok, good):
    compile(s, p, 'exec', 0x400, dont_inherit=True)   # PyCF_ONLY_AST: ast.parse
astt = (time.perf_counter() - t0, time.process_time() - c0)
lines = sum(s.count(b'\\n') + (0 if s.endswith(b'\\n') or not s else 1) for s in good)
print(json.dumps({'files': ok, 'rejected': rejected, 'lines': lines, 'bytes': sum(map(len, good)),
  'compile': {'wall': comp[0], 'cpu': comp[1]}, 'ast': {'wall': astt[0], 'cpu': astt[1]},
  'maxRSS': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024}))
`;

const fmtT = (t) => `${t.wall.toFixed(2)} s (cpu ${t.cpu.toFixed(2)} s)`;
const mb = (n) => `${(n / 1048576).toFixed(0)} MB`;
const rate = (lines, s) => `${Math.round(lines / s).toLocaleString('en-US')} lines/s`;
const ratio = (a, b) => `${(a / b).toFixed(2)}x`;
/** Wall-clock ratio and CPU-time ratio of two timings. */
const ratios = (a, b) => `${ratio(a.wall, b.wall)} wall, ${ratio(a.cpu, b.cpu)} cpu`;

function runChild(args, label) {
  const r = spawnSync(process.execPath, ['--max-old-space-size=4096', fileURLToPath(import.meta.url), '--dist', DIST, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`${label} failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

/** Run a command under /usr/bin/time -v; wall time measured here, peak RSS from time's report. */
function timed(cmd, args) {
  const useTime = fs.existsSync('/usr/bin/time');
  const t0 = process.hrtime.bigint();
  const r = useTime
    ? spawnSync('/usr/bin/time', ['-v', cmd, ...args], { encoding: 'utf8', cwd: REPO, maxBuffer: 1 << 26 })
    : spawnSync(cmd, args, { encoding: 'utf8', cwd: REPO, maxBuffer: 1 << 26 });
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  const num = (re) => Number((r.stderr.match(re) || [])[1] ?? NaN);
  const cpu = num(/User time \(seconds\): ([\d.]+)/) + num(/System time \(seconds\): ([\d.]+)/);
  return { wall, cpu, maxRSS: num(/Maximum resident set size \(kbytes\): (\d+)/) * 1024, status: r.status, out: (r.stdout + r.stderr).split('\n').filter((l) => l && !/^\s+\S.*: /.test(l) && !l.startsWith('\tCommand')).slice(0, 5).join('\n') };
}

const root = opt('--root', execFileSync('python3', ['-c', "import sysconfig;print(sysconfig.get_paths()['stdlib'])"], { encoding: 'utf8' }).trim());
const limit = Number(opt('--limit', '0'));
const reps = Number(opt('--reps', '3'));
const reps2 = Number(opt('--reps2', '5'));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-compile-'));
// A private snapshot of the build: other people rebuilding dist/ during the run would otherwise change
// the code under test, and (through the compiler build id in every cache file) make the second
// compile run recompile everything.
const SNAP = path.join(tmp, 'tspy');
fs.cpSync(path.join(REPO, 'dist'), path.join(SNAP, 'dist'), { recursive: true, preserveTimestamps: true });
fs.cpSync(path.join(REPO, 'bin'), path.join(SNAP, 'bin'), { recursive: true });
// Data files the build reads from src/ (the unicode names table, modules written in Python).
fs.mkdirSync(path.join(SNAP, 'src/parser'), { recursive: true });
fs.copyFileSync(path.join(REPO, 'src/parser/unicode_names.zlib'), path.join(SNAP, 'src/parser/unicode_names.zlib'));
if (fs.existsSync(path.join(REPO, 'src/lib'))) fs.cpSync(path.join(REPO, 'src/lib'), path.join(SNAP, 'src/lib'), { recursive: true });
fs.copyFileSync(path.join(REPO, 'package.json'), path.join(SNAP, 'package.json'));
fs.symlinkSync(path.join(REPO, 'node_modules'), path.join(SNAP, 'node_modules'));
const DIST = path.join(SNAP, 'dist');
console.log(`# compile-pipeline benchmark: ${root}`);
console.log(`# node ${process.version}, ${execFileSync('python3', ['--version'], { encoding: 'utf8' }).trim()}, ${os.cpus().length} CPUs, load average ${os.loadavg()[0].toFixed(1)}`);

const py = JSON.parse(execFileSync('python3', ['-c', PY, root, String(limit)], { encoding: 'utf8', maxBuffer: 1 << 28 }));
const L = py.lines;
const listFile = path.join(tmp, 'files.json');
fs.writeFileSync(listFile, JSON.stringify({ files: py.files }));
console.log(`files: ${py.files.length} (${py.rejected.length} rejected by CPython, skipped), ${L.toLocaleString('en-US')} lines, ${mb(py.bytes)} of source`);
console.log(`python3 compile():       ${fmtT(py.compile)}  ${rate(L, py.compile.wall)}  peak RSS ${mb(py.maxRSS)}`);
console.log(`python3 ast.parse:        ${fmtT(py.ast)}  ${rate(L, py.ast.wall)}`);

const p = runChild(['--phase', 'parse', '--list', listFile], 'parse');
console.log(`(a) tspy tokenize+parse:  ${fmtT(p.parse)}  ${rate(L, p.parse.wall)}  peak RSS ${mb(p.maxRSS)}  -> ${ratios(p.parse, py.compile)} of python3 compile() (goal < 1); ${ratios(p.parse, py.ast)} of ast.parse`);
const c = runChild(['--phase', 'compile', '--list', listFile], 'compile');
console.log(`(b) tspy parse+compile:   ${fmtT(c.compile)}  ${rate(L, c.compile.wall)}  peak RSS ${mb(c.maxRSS)}  -> ${ratios(c.compile, py.compile)} of python3 compile()`);
console.log(`    of which parse ${c.compile.parseOnly.toFixed(2)} s, symtable+codegen+assemble ${c.compile.compileOnly.toFixed(2)} s;
    again in the same process (JIT warm): ${fmtT(c.compileWarm)}  -> ${ratios(c.compileWarm, py.compile)} of python3 compile()`);

if (!argv.includes('--no-cli')) {
  // Copies of the tree without site-packages, __pycache__ and the files CPython rejects, one per tool.
  const rejected = new Set(py.rejected);
  const copy = (dst) => fs.cpSync(root, dst, {
    recursive: true,
    preserveTimestamps: true,
    filter: (src) => {
      const b = path.basename(src);
      if (b === 'site-packages' || b === '__pycache__' || rejected.has(src)) return false;
      if (limit > 0 && src.endsWith('.py') && !py.files.includes(src)) return false;
      return true;
    },
  });
  /** Remove every __pycache__ under dir (a fresh tree for the next full compile). */
  const clean = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      if (!e.isDirectory()) continue;
      const p = path.join(dir, e.name);
      if (e.name === '__pycache__') fs.rmSync(p, { recursive: true, force: true });
      else clean(p);
    }
  };
  const tsDir = path.join(tmp, 'ts', 'lib'), pyDir = path.join(tmp, 'py', 'lib');
  copy(tsDir);
  copy(pyDir);
  const TSPY = path.join(SNAP, 'bin/tspy.js');
  const tspyCompile = (...opts) => timed(process.execPath, [TSPY, 'compile', '-q', ...opts, tsDir]);
  const compileall = () => timed('python3', ['-m', 'compileall', '-q', '-j', '0', pyDir]);
  const med = (xs) => {
    const s = [...xs].sort((x, y) => x - y);
    return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  };
  /** Median wall, cpu and peak RSS of repeated runs, checking each one's exit status. */
  const summary = (runs, label) => {
    for (const r of runs) if (r.status !== 0) console.log(`    ${label} exited ${r.status}: ${r.out.replace(/\n/g, '\n    ')}`);
    return { wall: med(runs.map((r) => r.wall)), cpu: med(runs.map((r) => r.cpu)), maxRSS: Math.max(...runs.map((r) => r.maxRSS)), n: runs.length };
  };
  const show = (t) => `${t.wall.toFixed(2)} s wall, ${t.cpu.toFixed(2)} s cpu, peak RSS ${mb(t.maxRSS)}`;
  // Full compiles: alternate the tools so that a change of machine load hits both alike.
  const full = { j0: [], j1: [], py: [] };
  for (let i = 0; i < reps; i++) {
    clean(tsDir);
    full.j0.push(tspyCompile('-j', '0'));
    clean(tsDir);
    full.j1.push(tspyCompile('-j', '1'));
    clean(pyDir);
    full.py.push(compileall());
  }
  const j0 = summary(full.j0, 'tspy compile -j 0'), j1 = summary(full.j1, 'tspy compile -j 1'), pyFull = summary(full.py, 'compileall');
  console.log(`(c) full compile, median of ${reps} (fresh tree each time):`);
  console.log(`    tspy compile -q -j 0:             ${show(j0)}  (${rate(L, j0.wall)})`);
  console.log(`    tspy compile -q -j 1:             ${show(j1)}  -> -j 0 is ${ratio(j1.wall, j0.wall)} faster (wall) on ${os.availableParallelism()} cores`);
  console.log(`    python3 -m compileall -q -j 0:    ${show(pyFull)}`);
  console.log(`    tspy -j 0 vs compileall -j 0:     ${ratios(j0, pyFull)} (goal <= 1)`);
  // Nothing-to-do passes: the trees are fully compiled now.
  const again = { ts: [], py: [] };
  for (let i = 0; i < reps2; i++) {
    again.ts.push(tspyCompile('-j', '0'));
    again.py.push(compileall());
  }
  const ts2 = summary(again.ts, 'tspy 2nd'), py2 = summary(again.py, 'compileall 2nd');
  console.log(`    2nd run (nothing to do), median of ${reps2}: tspy compile -q -j 0 ${show(ts2)}  vs  compileall -q -j 0 ${show(py2)}  -> ${ratios(ts2, py2)} (goal: tspy < 1 s)`);
  const tsFiles = py.files.map((f) => path.join(tsDir, path.relative(root, f)));
  const tsList = path.join(tmp, 'files_copy.json');
  fs.writeFileSync(tsList, JSON.stringify({ files: tsFiles }));
  // Each load run is a cold process (the loader's JIT warm-up is part of a load), so one run is one
  // sample of a noisy figure: take --reps of them and quote medians, of the times and of each run's ratio.
  const lds = [];
  for (let i = 0; i < reps; i++) lds.push(runChild(['--phase', 'load', '--list', tsList], 'load'));
  const medT = (get) => ({ wall: med(lds.map((l) => get(l).wall)), cpu: med(lds.map((l) => get(l).cpu)) });
  const speedup = { wall: med(lds.map((l) => l.recompile.wall / l.load.wall)), cpu: med(lds.map((l) => l.recompile.cpu / l.load.cpu)) };
  const ld = { load: { ...medT((l) => l.load), files: lds[0].load.files, bytes: lds[0].load.bytes }, recompile: medT((l) => l.recompile), maxRSS: Math.max(...lds.map((l) => l.maxRSS)) };
  console.log(`(d) cache load (decodeCacheFile x ${ld.load.files}, ${mb(ld.load.bytes)}), median of ${reps} cold processes: ${fmtT(ld.load)}  vs compile again ${fmtT(ld.recompile)}  -> load is ${speedup.wall.toFixed(2)}x (wall), ${speedup.cpu.toFixed(2)}x (cpu) faster (goal >= 20x; per run: ${lds.map((l) => (l.recompile.wall / l.load.wall).toFixed(1)).join(', ')}); peak RSS ${mb(ld.maxRSS)}`);
  console.log('summary:');
  console.log(`  parse vs python3 compile(): ${ratios(p.parse, py.compile)} (goal < 1)`);
  console.log(`  parse+compile vs python3 compile(): ${ratios(c.compile, py.compile)}`);
  console.log(`  full compile -j 0 vs compileall -j 0: ${ratios(j0, pyFull)} (goal <= 1); -j 0 vs -j 1: ${ratio(j1.wall, j0.wall)} faster (wall)`);
  console.log(`  nothing-to-do pass: ${ts2.wall.toFixed(2)} s wall, ${ts2.cpu.toFixed(2)} s cpu (goal < 1 s); compileall ${py2.wall.toFixed(2)} s wall, ${py2.cpu.toFixed(2)} s cpu`);
  console.log(`  cache load speed-up: ${speedup.wall.toFixed(2)}x wall, ${speedup.cpu.toFixed(2)}x cpu, medians of ${reps} (goal >= 20)`);
  console.log(`  peak RSS: tspy compile -j 0 ${mb(j0.maxRSS)}, -j 1 ${mb(j1.maxRSS)}, 2nd run ${mb(ts2.maxRSS)}; compileall -j 0 ${mb(pyFull.maxRSS)} (largest single process), 2nd run ${mb(py2.maxRSS)}`);
}
if (!argv.includes('--keep')) fs.rmSync(tmp, { recursive: true, force: true });
else console.log(`kept ${tmp}`);
