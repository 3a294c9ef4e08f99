// Where compile time goes: parse every stdlib file first, then time only the compile step
// (AST optimizer + symtable + codegen + assembler), in one process, against python3 compile().
//
// Usage: node [--cpu-prof] scripts/profile_compile.mjs [--root DIR] [--rounds N] [--batch N] [--limit N] [--no-python] [--phases] [--dist DIR]
//   (--limit N: only the first N files, e.g. for a callgrind A/B run of a second or two.)
//   (needs `npm run build` first: it runs dist/, or DIR, e.g. a copy of an older build for an A/B run.)
//
// Each round goes through the files in batches (--batch, default 1, which is what `tspy compile`
// does: parse a file, compile it): parse the batch, then compile the batch, timing the two steps
// apart and adding them up. Larger batches keep more trees alive at once, which moves collector
// work from parse to compile:
//   parse  — tokenize+parse of all sources,
//   compile — compile() of all trees,
// and reports CPU time (user+sys, the steadier figure on a shared machine) and wall time per round,
// then the medians. python3 runs compile() on the same files (the files CPython accepts) for the same
// number of rounds in a child process. --phases additionally splits compile into its stages by
// calling them one by one (optimizeAst, buildSymtable, Compiler.compileMod).
// With `node --cpu-prof --cpu-prof-dir=/tmp/x` the profile covers the whole run; parse shows up under
// parse(), compile under compile().
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '..');
const argv = process.argv.slice(2);
const opt = (name, def) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : def;
};
const rounds = Number(opt('--rounds', '3'));
const DIST = path.resolve(opt('--dist', path.join(REPO, 'dist')));

const PY = `
import json, os, sys, time, warnings
warnings.simplefilter('ignore')
root, rounds = sys.argv[1], int(sys.argv[2])
paths = []
for d, dirs, fs in os.walk(root):
    dirs[:] = sorted(x for x in dirs if x not in ('site-packages', '__pycache__'))
    paths += [os.path.join(d, f) for f in sorted(fs) if f.endswith('.py')]
srcs = [open(p, 'rb').read() for p in paths]
ok = []
for p, s in zip(paths, srcs):
    try:
        compile(s, p, 'exec', dont_inherit=True); ok.append((p, s))
    except Exception:
        pass
times = []
for _ in range(rounds):
    t0, c0 = time.perf_counter(), time.process_time()
    for p, s in ok:
        compile(s, p, 'exec', dont_inherit=True)
    times.append({'wall': time.perf_counter() - t0, 'cpu': time.process_time() - c0})
print(json.dumps({'files': [p for p, _ in ok], 'times': times}))
`;

const root = opt('--root', execFileSync('python3', ['-c', "import sysconfig;print(sysconfig.get_paths()['stdlib'])"], { encoding: 'utf8' }).trim());
const py = JSON.parse(execFileSync('python3', ['-c', PY, root, argv.includes('--no-python') ? '0' : String(rounds)], { encoding: 'utf8', maxBuffer: 1 << 28 }));
const limit = Number(opt('--limit', '0'));
const files = limit > 0 ? py.files.slice(0, limit) : py.files;
const sources = files.map((f) => fs.readFileSync(f));

const { parse } = await import(path.join(DIST, 'parser/index.js'));
const { compile, futureParse } = await import(path.join(DIST, 'compiler/index.js'));
const { optimizeAst } = await import(path.join(DIST, 'compiler/optimizer.js'));
const { buildSymtable } = await import(path.join(DIST, 'compiler/symtable.js'));
const { Compiler } = await import(path.join(DIST, 'compiler/codegen.js'));

const clock = () => [process.hrtime.bigint(), process.cpuUsage()];
const since = ([t0, c0]) => {
  const c = process.cpuUsage(c0);
  return { wall: Number(process.hrtime.bigint() - t0) / 1e9, cpu: (c.user + c.system) / 1e6 };
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (t) => `cpu ${t.cpu.toFixed(2)} s, wall ${t.wall.toFixed(2)} s`;

const batch = Number(opt('--batch', '1'));
const add = (a, b) => { a.cpu += b.cpu; a.wall += b.wall; };
const zero = () => ({ cpu: 0, wall: 0 });
const res = { parse: [], compile: [], opt: [], sym: [], gen: [] };
console.log(`# ${files.length} files under ${root}; node ${process.version}; ${rounds} rounds, batches of ${batch} files`);
for (let r = 0; r < rounds; r++) {
  // Files go in batches: parse a batch, then compile it. Keeping every tree of the stdlib alive at
  // once would make the collector's work (and so the figures) depend on the size of the heap.
  const p = zero(), c = zero(), o = zero(), sy = zero(), g = zero();
  for (let lo = 0; lo < files.length; lo += batch) {
    const hi = Math.min(files.length, lo + batch);
    let t = clock();
    let trees = [];
    for (let i = lo; i < hi; i++) trees.push(parse(sources[i], files[i], 'exec'));
    add(p, since(t));
    t = clock();
    for (let i = lo; i < hi; i++) compile(trees[i - lo], files[i]);
    add(c, since(t));
    if (argv.includes('--phases')) {
      // Stage split on fresh trees (compile() folds constants in place).
      trees = [];
      for (let i = lo; i < hi; i++) trees.push(parse(sources[i], files[i], 'exec'));
      const fut = trees.map((tr, k) => futureParse(tr, files[lo + k]));
      const sts = [];
      t = clock();
      for (let k = 0; k < trees.length; k++) optimizeAst(trees[k], 0, (fut[k][0] & 0x1000000) !== 0);
      add(o, since(t));
      t = clock();
      for (let k = 0; k < trees.length; k++) sts.push(buildSymtable(trees[k], files[lo + k], (fut[k][0] & 0x1000000) !== 0));
      add(sy, since(t));
      t = clock();
      for (let k = 0; k < trees.length; k++) {
        const cc = new Compiler(sts[k], files[lo + k], 0, fut[k][0]);
        cc.futureLineno = fut[k][1];
        cc.compileMod(trees[k]);
      }
      add(g, since(t));
    }
  }
  res.parse.push(p);
  res.compile.push(c);
  let line = `round ${r + 1}: parse ${fmt(p)} | compile ${fmt(c)}`;
  if (argv.includes('--phases')) {
    res.opt.push(o); res.sym.push(sy); res.gen.push(g);
    line += ` | optimize ${o.cpu.toFixed(2)} symtable ${sy.cpu.toFixed(2)} codegen+assemble ${g.cpu.toFixed(2)} (cpu s)`;
  }
  console.log(line);
}
const med = (k, f) => median(res[k].map((x) => x[f]));
const pyCpu = py.times.length ? median(py.times.map((x) => x.cpu)) : NaN;
const pyWall = py.times.length ? median(py.times.map((x) => x.wall)) : NaN;
const both = res.parse.map((p, i) => ({ cpu: p.cpu + res.compile[i].cpu, wall: p.wall + res.compile[i].wall }));
const bothCpu = median(both.map((x) => x.cpu)), bothWall = median(both.map((x) => x.wall));
console.log(`median parse:          cpu ${med('parse', 'cpu').toFixed(2)} s  wall ${med('parse', 'wall').toFixed(2)} s`);
console.log(`median compile:        cpu ${med('compile', 'cpu').toFixed(2)} s  wall ${med('compile', 'wall').toFixed(2)} s`);
console.log(`median parse+compile:  cpu ${bothCpu.toFixed(2)} s  wall ${bothWall.toFixed(2)} s`);
if (py.times.length) {
  console.log(`python3 compile():     cpu ${pyCpu.toFixed(2)} s  wall ${pyWall.toFixed(2)} s  (median of ${py.times.length})`);
  console.log(`ratio parse+compile / python3: cpu ${(bothCpu / pyCpu).toFixed(2)}x  wall ${(bothWall / pyWall).toFixed(2)}x; compile alone ${(med('compile', 'cpu') / pyCpu).toFixed(2)}x cpu`);
}
