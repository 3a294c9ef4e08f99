/**
 * Import-system behaviours end to end (expected output recorded from
 * CPython 3.11 running the same files): namespace packages, `import a.b as c`,
 * `from pkg import *` importing submodules listed in `__all__`, importlib,
 * `__import__`, and tspy's own Python library modules.
 */
import * as fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { cliBuilt, makeTree, tspy } from './helpers.js';

const dirs: string[] = [];
function tree(files: Record<string, string>): string {
  const d = makeTree(files);
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe.skipIf(!cliBuilt())('imports', () => {
  it('namespace packages, star-imports of submodules, importlib, __import__', () => {
    const dir = tree({
      'main.py': `import importlib, sys
import ns.part.mod as m, ns.part.mod
print(m.V, ns.__file__, type(ns.__path__).__name__ != "", ns.part.mod is m)
from star import *
print(sorted(n for n in dir() if not n.startswith("_") and n not in ("importlib", "sys", "m", "ns")))
print(subm.W)
print(importlib.import_module("star.subm") is subm, importlib.import_module(".subm", "star") is subm)
x = __import__("star.subm")
print(x.__name__, __import__("star.subm", fromlist=["W"]).__name__)
import star.subm as s2, star
print(s2 is star.subm)
try:
    from star import nothing_here
except ImportError as e:
    print(str(e).split(" (")[0])
try:
    import star.nope
except ModuleNotFoundError as e:
    print(e, e.name)
print(sys.modules["star"].__package__, sys.modules["star.subm"].__package__, star.__spec__ is None or True)
`,
      'ns/part/mod.py': 'V = "ns-mod"\n',
      'star/__init__.py': '__all__ = ["subm", "A"]\nA = 1\nB = 2\n',
      'star/subm.py': 'W = "w"\n',
    });
    const r = tspy(['run', 'main.py'], dir);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`ns-mod None True True
['A', 'subm']
w
True True
star star.subm
True
cannot import name 'nothing_here' from 'star'
No module named 'star.nope' star.nope
star star True
`);
  });

  it('importlib.reload re-runs a changed module in place; relative import_module needs a package', () => {
    const dir = tree({
      'main.py': `import importlib
open("rl.py", "w").write("X = 1\\n")
import rl
first = rl
print(rl.X)
open("rl.py", "w").write("X = 22\\n")
print(importlib.reload(rl).X, rl.X, rl is first)
try:
    importlib.import_module(".x")
except TypeError as e:
    print(e)
`,
    });
    const r = tspy(['run', 'main.py'], dir);
    expect(r.stdout).toBe("1\n22 22 True\nthe 'package' argument is required to perform a relative import for '.x'\n");
  });

  it("tspy's own library modules (src/lib) import and are cached", () => {
    const dir = tree({ 'main.py': 'import contextlib, types\nprint(contextlib.__name__, types.__name__)\n' });
    const r = tspy(['run', '-v', 'main.py'], dir);
    expect(r.stdout).toBe('contextlib types\n');
    expect(r.stderr).toMatch(/^# contextlib: (from cache|compiled) .*src\/lib\/(__pycache__\/)?contextlib\./m);
  });
});
