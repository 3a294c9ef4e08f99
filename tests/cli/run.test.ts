/**
 * End-to-end: `tspy run` on a real module tree, with the cache observed
 * through `-v` and the files it leaves. Expected program output recorded from
 * CPython 3.11 (python3 main.py a b).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cliBuilt, listFiles, makeTree, tspy, verboseSummary } from './helpers.js';
import { HEADER_OFFSETS, HEADER_SIZE } from '../../src/cache/header.js';

const TREE: Record<string, string> = {
  'main.py': `import sys
import helper
from helper import greet, CONST as C
import pkg.sub
from pkg import sub as s2, other
from pkg.inner import deep
print(greet("world"), C)
print(pkg.sub.NAME, s2 is pkg.sub, other.VALUE, deep.where())
print(helper.__name__, pkg.__name__, pkg.sub.__name__, pkg.__package__, pkg.sub.__package__, helper.__package__)
print(sorted(k for k in sys.modules if k in ("helper", "pkg", "pkg.sub", "pkg.other", "pkg.inner", "pkg.inner.deep")))
print(__name__, sys.argv[1:])
print(helper.__file__.endswith("helper.py"), helper.__cached__.endswith("helper.tspy-311.pyc") or helper.__cached__.endswith("helper.cpython-311.pyc"))
print(type(pkg.__path__).__name__, len(pkg.__path__))
try:
    import no_such_mod
except ModuleNotFoundError as e:
    print("MNF:", e, e.name)
try:
    from helper import missing
except ImportError as e:
    print("IE:", e.args[0].split(" (")[0])
try:
    import helper.x
except ModuleNotFoundError as e:
    print("MNF2:", e)
`,
  'helper.py': `CONST = 42
def greet(who):
    return "hello " + who
`,
  'pkg/__init__.py': 'print("pkg init")\n',
  'pkg/sub.py': `from . import other
from .other import VALUE
NAME = "sub:" + str(VALUE)
`,
  'pkg/other.py': 'VALUE = 7\n',
  'pkg/inner/__init__.py': '',
  'pkg/inner/deep.py': `from .. import other
from ..sub import NAME
def where():
    return __name__ + "/" + __package__ + "/" + NAME + "/" + str(other.VALUE)
`,
};

const EXPECTED = `pkg init
hello world 42
sub:7 True 7 pkg.inner.deep/pkg.inner/sub:7/7
helper pkg pkg.sub pkg pkg 
['helper', 'pkg', 'pkg.inner', 'pkg.inner.deep', 'pkg.other', 'pkg.sub']
__main__ ['a', 'b']
True True
list 1
MNF: No module named 'no_such_mod' no_such_mod
IE: cannot import name 'missing' from 'helper'
MNF2: No module named 'helper.x'; 'helper' is not a package
`;

const CACHE_FILES = [
  '__pycache__/helper.tspy-311.pyc',
  '__pycache__/main.tspy-311.pyc',
  'pkg/__pycache__/__init__.tspy-311.pyc',
  'pkg/__pycache__/other.tspy-311.pyc',
  'pkg/__pycache__/sub.tspy-311.pyc',
  'pkg/inner/__pycache__/__init__.tspy-311.pyc',
  'pkg/inner/__pycache__/deep.tspy-311.pyc',
];
const MODULES = ['__main__', 'helper', 'pkg', 'pkg.sub', 'pkg.other', 'pkg.inner', 'pkg.inner.deep'];

const dirs: string[] = [];
function tree(files: Record<string, string> = TREE): string {
  const d = makeTree(files);
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function cacheFiles(dir: string): string[] {
  return listFiles(dir).filter((f) => f.includes('__pycache__'));
}

describe.skipIf(!cliBuilt())('tspy run with the cache', () => {
  it('first run compiles and writes one cache file per module; second run compiles nothing', () => {
    const dir = tree();
    const r1 = tspy(['run', '-v', 'main.py', 'a', 'b'], dir);
    expect(r1.stderr.split('\n').filter((l) => !l.startsWith('#') && l)).toEqual([]);
    expect(r1.stdout, r1.stderr).toBe(EXPECTED);
    expect(r1.status, r1.stderr).toBe(0);
    expect(cacheFiles(dir)).toEqual(CACHE_FILES);
    const v1 = verboseSummary(r1.stderr);
    expect(v1.sort()).toEqual(MODULES.map((m) => `${m}: compiled (no cache file)`).sort());

    const r2 = tspy(['run', '-v', 'main.py', 'a', 'b'], dir);
    expect(r2.stdout, r2.stderr).toBe(EXPECTED);
    expect(r2.status, r2.stderr).toBe(0);
    expect(verboseSummary(r2.stderr).sort()).toEqual(MODULES.map((m) => `${m}: cache`).sort());
  });

  it('editing one module recompiles only that module', () => {
    const dir = tree();
    tspy(['run', 'main.py', 'a', 'b'], dir);
    fs.writeFileSync(path.join(dir, 'pkg/other.py'), 'VALUE = 8\n');
    const r = tspy(['run', '-v', 'main.py', 'a', 'b'], dir);
    expect(r.stdout, r.stderr).toBe(EXPECTED.replaceAll('sub:7', 'sub:8').replace('True 7 ', 'True 8 ').replace('/7\n', '/8\n'));
    const v = verboseSummary(r.stderr);
    expect(v.filter((l) => l.includes('compiled'))).toEqual(['pkg.other: compiled (stale source (hash mismatch))']);
    expect(v.filter((l) => l.endsWith('cache')).length).toBe(MODULES.length - 1);
  });

  const damages: [string, (b: Buffer) => Buffer, RegExp][] = [
    ['truncated', (b) => b.subarray(0, b.length >> 1), /truncated/],
    ['zeroed', (b) => Buffer.alloc(b.length), /bad magic/],
    ['empty', () => Buffer.alloc(0), /empty file/],
    ['wrong magic', (b) => Buffer.concat([Buffer.from([0xa7, 0x0d, 0x0d, 0x0a]), b.subarray(4)]), /bad magic/],
    ['bit-flipped payload', (b) => { const c = Buffer.from(b); c[c.length - 5] ^= 0x10; return c; }, /checksum mismatch/],
  ];
  it.each(damages)('a %s cache file is detected, recompiled and rewritten', (_n, damage, why) => {
    const dir = tree();
    tspy(['run', 'main.py', 'a', 'b'], dir);
    const cp = path.join(dir, 'pkg/__pycache__/sub.tspy-311.pyc');
    const good = fs.readFileSync(cp);
    fs.writeFileSync(cp, damage(good));
    const r = tspy(['run', '-v', 'main.py', 'a', 'b'], dir);
    expect(r.stdout, r.stderr).toBe(EXPECTED);
    expect(r.status, r.stderr).toBe(0);
    const v = verboseSummary(r.stderr).filter((l) => l.includes('compiled'));
    expect(v.length).toBe(1);
    expect(v[0]).toMatch(/^pkg\.sub: compiled/);
    expect(v[0]).toMatch(why);
    // Rewritten as before: same header fields (the racy bit aside: the source may have aged past 2 s) and payload.
    const again = fs.readFileSync(cp);
    expect(again[HEADER_OFFSETS.flags] & 3).toBe(good[HEADER_OFFSETS.flags] & 3);
    expect(Buffer.compare(again.subarray(HEADER_OFFSETS.sourceHash, HEADER_SIZE), good.subarray(HEADER_OFFSETS.sourceHash, HEADER_SIZE))).toBe(0);
    expect(Buffer.compare(again.subarray(HEADER_SIZE), good.subarray(HEADER_SIZE))).toBe(0);
  });

  it('a dense sample of damaged bytes never changes the output', () => {
    const dir = tree({ 'main.py': 'import m\nprint(m.f(3), m.S)\n', 'm.py': 'S = "x" * 3\ndef f(n):\n    return [i * 2.0 for i in range(n)]\n' });
    const first = tspy(['run', 'main.py'], dir);
    expect(first.stdout).toBe('[0.0, 2.0, 4.0] xxx\n');
    const cp = path.join(dir, '__pycache__/m.tspy-311.pyc');
    const good = fs.readFileSync(cp);
    const step = Math.max(1, Math.floor(good.length / 10));
    for (let i = 0; i < good.length; i += step) {
      const bad = Buffer.from(good);
      bad[i] ^= 0xff;
      fs.writeFileSync(cp, bad);
      const r = tspy(['run', '-v', 'main.py'], dir);
      expect(r.stdout, `byte ${i}`).toBe('[0.0, 2.0, 4.0] xxx\n');
      expect(verboseSummary(r.stderr).some((l) => l.startsWith('m: compiled')), `byte ${i}`).toBe(true);
    }
  });

  it('a hand-made cache file with a valid checksum and an unknown opcode raises SystemError (CPython crashes)', async () => {
    const dir = tree({ 'm.py': 'print("hi")\n' });
    tspy(['compile', '-q', 'm.py'], dir);
    const { initHasher, xxh64 } = await import('../../src/cache/hash.js');
    const { CHECKSUM_START } = await import('../../src/cache/header.js');
    await initHasher();
    const b = fs.readFileSync(path.join(dir, '__pycache__/m.tspy-311.pyc'));
    const at = b.indexOf(Buffer.from([151, 0]), HEADER_SIZE); // RESUME 0, the module's first instruction
    b[at] = 0xff;
    new DataView(b.buffer, b.byteOffset).setBigUint64(HEADER_OFFSETS.checksum, xxh64(b.subarray(CHECKSUM_START)), true);
    fs.writeFileSync(path.join(dir, 'x.pyc'), b);
    const r = tspy(['run', 'x.pyc'], dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^Traceback \(most recent call last\):\n.*\nSystemError: unknown opcode 255 in <module>\n$/);
  });

  it('a directory where the cache file should be: runs, compiles each time', () => {
    const dir = tree();
    fs.mkdirSync(path.join(dir, '__pycache__/helper.tspy-311.pyc'), { recursive: true });
    for (let i = 0; i < 2; i++) {
      const r = tspy(['run', '-v', 'main.py', 'a', 'b'], dir);
      expect(r.stdout, r.stderr).toBe(EXPECTED);
      expect(verboseSummary(r.stderr)).toContain('helper: compiled (unreadable: cache path is a directory)');
    }
  });

  it('an unwritable __pycache__ still runs', () => {
    const dir = tree();
    fs.writeFileSync(path.join(dir, '__pycache__'), 'a file, not a directory');
    const r = tspy(['run', '-v', 'main.py', 'a', 'b'], dir);
    expect(r.stdout, r.stderr).toBe(EXPECTED);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/# helper: compiled .*not written/);
  });

  it.skipIf(process.getuid?.() === 0)('a read-only __pycache__ still runs', () => {
    const dir = tree();
    fs.mkdirSync(path.join(dir, '__pycache__'));
    fs.chmodSync(path.join(dir, '__pycache__'), 0o555);
    const r = tspy(['run', 'main.py', 'a', 'b'], dir);
    fs.chmodSync(path.join(dir, '__pycache__'), 0o755);
    expect(r.stdout, r.stderr).toBe(EXPECTED);
    expect(fs.readdirSync(path.join(dir, '__pycache__'))).toEqual([]);
  });

  it('-B and TSPY_DONTWRITEBYTECODE write nothing', () => {
    const dir = tree();
    const r = tspy(['run', '-B', 'main.py', 'a', 'b'], dir);
    expect(r.stdout, r.stderr).toBe(EXPECTED);
    expect(cacheFiles(dir)).toEqual([]);
    const r2 = tspy(['run', 'main.py', 'a', 'b'], dir, { TSPY_DONTWRITEBYTECODE: '1' });
    expect(r2.stdout, r2.stderr).toBe(EXPECTED);
    expect(cacheFiles(dir)).toEqual([]);
  });

  it('--cache-prefix and TSPY_PYCACHEPREFIX put caches in a mirror tree', () => {
    const dir = tree();
    const pfx = path.join(dir, 'pfx');
    const r = tspy(['run', '--cache-prefix', pfx, 'main.py', 'a', 'b'], dir);
    expect(r.stdout, r.stderr).toBe(EXPECTED);
    expect(listFiles(dir).filter((f) => f.includes('__pycache__'))).toEqual([]);
    expect(fs.existsSync(path.join(pfx, dir.slice(1), 'helper.tspy-311.pyc'))).toBe(true);
    const r2 = tspy(['run', '-v', 'main.py', 'a', 'b'], dir, { TSPY_PYCACHEPREFIX: pfx });
    expect(verboseSummary(r2.stderr).every((l) => l.endsWith('cache'))).toBe(true);
  });

  it('runs a .pyc file without its source', () => {
    const dir = tree({ 'prog.py': 'import sys\nprint("from pyc", sys.argv[1:], 2 ** 70, 1.0, (1, "a"), ...)\n' });
    expect(tspy(['compile', '-q', 'prog.py'], dir).status).toBe(0);
    fs.renameSync(path.join(dir, '__pycache__/prog.tspy-311.pyc'), path.join(dir, 'prog.pyc'));
    fs.unlinkSync(path.join(dir, 'prog.py'));
    const r = tspy(['run', 'prog.pyc', 'x'], dir);
    expect(r.stderr).toBe('');
    expect(r.stdout, r.stderr).toBe("from pyc ['x'] 1180591620717411303424 1.0 (1, 'a') Ellipsis\n");
  });

  it('a damaged .pyc given directly is an error, not a crash', () => {
    const dir = tree({ 'x.pyc': 'garbage' });
    const r = tspy(['run', 'x.pyc'], dir);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toBe('RuntimeError: Bad magic number in .pyc file\n');
    fs.writeFileSync(path.join(dir, 'x.pyc'), '');
    const r2 = tspy(['run', 'x.pyc'], dir);
    expect(r2.status, r2.stderr).toBe(1);
    expect(r2.stderr).toBe('RuntimeError: Bad .pyc file (corrupt: empty file)\n');
  });

  it('imports a sourceless module.pyc', () => {
    const dir = tree({ 'lib.py': 'V = "sourceless"\n', 'main.py': 'import lib\nprint(lib.V, lib.__file__.endswith("lib.pyc"))\n' });
    tspy(['compile', '-q', 'lib.py'], dir);
    fs.renameSync(path.join(dir, '__pycache__/lib.tspy-311.pyc'), path.join(dir, 'lib.pyc'));
    fs.unlinkSync(path.join(dir, 'lib.py'));
    const r = tspy(['run', 'main.py'], dir);
    expect(r.stdout, r.stderr).toBe('sourceless True\n');
  });
});

describe.skipIf(!cliBuilt())('tspy run: exit status and errors like CPython', () => {
  it('SyntaxError in an imported module', () => {
    const dir = tree({ 'm.py': 'import bad\n', 'bad.py': 'x = 1\ndef f(:\n    pass\n' });
    const r = tspy(['run', 'm.py'], dir);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout, r.stderr).toBe('');
    expect(r.stderr).toContain(`  File "${dir}/bad.py", line 2\n    def f(:\n          ^\nSyntaxError: invalid syntax\n`);
    expect(r.stderr.startsWith('Traceback (most recent call last):\n')).toBe(true);
    // and the bad module leaves no cache file
    expect(fs.existsSync(path.join(dir, '__pycache__/bad.tspy-311.pyc'))).toBe(false);
  });

  it('SyntaxError in the main file', () => {
    const dir = tree({ 's.py': 'print("a")\nx = (1,\n' });
    const r = tspy(['run', 's.py'], dir);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout, r.stderr).toBe('');
    expect(r.stderr).toBe(`  File "${dir}/s.py", line 2\n    x = (1,\n        ^\nSyntaxError: '(' was never closed\n`);
  });

  it('uncaught exception: traceback, status 1', () => {
    const dir = tree({ 'z.py': 'print("before")\ndef f():\n    1/0\nf()\n' });
    const r = tspy(['run', 'z.py'], dir);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout, r.stderr).toBe('before\n');
    expect(r.stderr.startsWith('Traceback (most recent call last):\n')).toBe(true);
    expect(r.stderr.trimEnd().split('\n').at(-1)).toBe('ZeroDivisionError: division by zero');
  });

  it('SystemExit codes', () => {
    const dir = tree({});
    expect(tspy(['run', '-c', 'import sys; sys.exit(3)'], dir).status).toBe(3);
    expect(tspy(['run', '-c', 'import sys; sys.exit()'], dir).status).toBe(0);
    expect(tspy(['run', '-c', 'raise SystemExit(None)'], dir).status).toBe(0);
    const r = tspy(['run', '-c', 'import sys; print("out"); sys.exit("bye")'], dir);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout, r.stderr).toBe('out\n');
    expect(r.stderr).toBe('bye\n');
  });

  it('relative import without a package', () => {
    const dir = tree({ 'r.py': 'from . import x\n' });
    const r = tspy(['run', 'r.py'], dir);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr.trimEnd().split('\n').at(-1)).toBe('ImportError: attempted relative import with no known parent package');
  });

  it('a missing file: status 2', () => {
    const dir = tree({});
    const r = tspy(['run', 'nosuch.py'], dir);
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toBe(`tspy: can't open file '${dir}/nosuch.py': [Errno 2] No such file or directory\n`);
  });

  it('-c CODE with arguments', () => {
    const dir = tree({});
    const r = tspy(['run', '-c', 'import sys; print(sys.argv, __name__)', 'x', '-v'], dir);
    expect(r.stdout, r.stderr).toBe("['-c', 'x', '-v'] __main__\n");
    expect(r.status, r.stderr).toBe(0);
  });

  it('-m MOD runs a module and a package __main__', () => {
    const dir = tree({
      'tool.py': 'import sys\nprint("tool", __name__, sys.argv[1:])\n',
      'app/__init__.py': 'print("app init")\n',
      'app/__main__.py': 'print("app main", __name__, __package__)\n',
      'app/cmd.py': 'from . import helper\nprint("cmd", __name__, __package__, helper.X)\n',
      'app/helper.py': 'X = 5\n',
    });
    expect(tspy(['run', '-m', 'tool', '-q', 'z'], dir).stdout).toBe("tool __main__ ['-q', 'z']\n");
    expect(tspy(['run', '-m', 'app'], dir).stdout).toBe('app init\napp main __main__ app\n');
    expect(tspy(['run', '-m', 'app.cmd'], dir).stdout).toBe('app init\ncmd __main__ app 5\n');
    const r = tspy(['run', '-m', 'nosuch'], dir);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toBe('tspy: No module named nosuch\n');
  });

  it('circular imports see the partially initialised module', () => {
    const dir = tree({
      'main.py': 'import alpha\nprint(alpha.alpha_func())\nimport beta\nprint(beta.alpha is alpha, alpha.beta is beta)\n',
      'alpha.py': 'print("alpha: start")\nimport beta\ndef alpha_func():\n    return "sees " + beta.beta_value()\nALPHA = 1\nprint("alpha: end")\n',
      'beta.py': 'print("beta: start")\nimport alpha\ndef beta_value():\n    return "beta " + str(hasattr(alpha, "ALPHA"))\nprint("beta: partial", hasattr(alpha, "alpha_func"))\n',
    });
    const r = tspy(['run', 'main.py'], dir);
    expect(r.stdout, r.stderr).toBe('alpha: start\nbeta: start\nbeta: partial False\nalpha: end\nsees beta True\nTrue True\n');
  });

  it('a module that fails to import is removed from sys.modules', () => {
    const dir = tree({
      'main.py': 'import sys\ntry:\n    import boom\nexcept ZeroDivisionError:\n    print("caught", "boom" in sys.modules)\n',
      'boom.py': 'x = 1 / 0\n',
    });
    expect(tspy(['run', 'main.py'], dir).stdout).toBe('caught False\n');
  });
});
