/**
 * `tspy compile` (compileall) and `tspy cache info`, end to end on real trees.
 * Message formats recorded from `python3 -m compileall` (CPython 3.11).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT, cliBuilt, listFiles, makeTree, tspy, verboseSummary } from './helpers.js';

const dirs: string[] = [];
function tree(files: Record<string, string>): string {
  const d = makeTree(files);
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

const FILES = {
  'ca/a.py': 'x = 1\n',
  'ca/sub/b.py': 'y = 2\n',
  'ca/sub/bad.py': 'def f(:\n  pass\n',
  'ca/sub/deeper/c.py': 'z = 3\n',
  'ca/notes.txt': 'not python\n',
};

describe.skipIf(!cliBuilt())('tspy compile', () => {
  it('compiles a tree like compileall and reports failures', () => {
    const dir = tree(FILES);
    const r = tspy(['compile', 'ca'], dir);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout).toBe(
      "Listing 'ca'...\n" +
        "Compiling 'ca/a.py'...\n" +
        "Listing 'ca/sub'...\n" +
        "Compiling 'ca/sub/b.py'...\n" +
        "Compiling 'ca/sub/bad.py'...\n" +
        '***   File "ca/sub/bad.py", line 1\n' +
        '    def f(:\n' +
        '          ^\n' +
        'SyntaxError: invalid syntax\n' +
        '\n' + // compileall print()s py_compile's message, which ends in a newline already
        "Listing 'ca/sub/deeper'...\n" +
        "Compiling 'ca/sub/deeper/c.py'...\n" +
        'compiled 3 files, 0 up to date, 1 failed\n',
    );
    expect(listFiles(dir).filter((f) => f.endsWith('.pyc'))).toEqual([
      'ca/__pycache__/a.tspy-311.pyc',
      'ca/sub/__pycache__/b.tspy-311.pyc',
      'ca/sub/deeper/__pycache__/c.tspy-311.pyc',
    ]);
    // Second time: only the broken file is tried again.
    const r2 = tspy(['compile', 'ca'], dir);
    expect(r2.stdout).toMatch(/compiled 0 files, 3 up to date, 1 failed\n$/);
    expect(r2.stdout).not.toContain("Compiling 'ca/a.py'");
  });

  it('-q prints only errors, -qq nothing; -f forces; -x excludes; -l does not recurse', () => {
    const dir = tree(FILES);
    const q = tspy(['compile', '-q', 'ca'], dir);
    expect(q.status, q.stderr).toBe(1);
    expect(q.stdout).toBe(
      "*** Error compiling 'ca/sub/bad.py'...\n" +
        '  File "ca/sub/bad.py", line 1\n' +
        '    def f(:\n' +
        '          ^\n' +
        'SyntaxError: invalid syntax\n\n',
    );
    expect(tspy(['compile', '-qq', 'ca'], dir).stdout).toBe('');
    const x = tspy(['compile', '-f', '-x', 'bad', 'ca'], dir);
    expect(x.status, x.stderr).toBe(0);
    expect(x.stdout).toMatch(/compiled 3 files, 0 up to date, 0 failed\n$/);
    const l = tspy(['compile', '-l', '-f', 'ca'], dir);
    expect(l.stdout).toBe("Listing 'ca'...\nCompiling 'ca/a.py'...\ncompiled 1 file, 0 up to date, 0 failed\n");
  });

  it('precompiled caches are used by run (nothing compiled), in every invalidation mode', () => {
    for (const mode of ['checked-hash', 'unchecked-hash', 'timestamp']) {
      const dir = tree({ 'main.py': 'import m\nprint(m.V)\n', 'm.py': 'V = 1.5\n' });
      expect(tspy(['compile', '-q', '--invalidation-mode', mode, '.'], dir).status).toBe(0);
      const r = tspy(['run', '-v', 'main.py'], dir);
      expect(r.stdout).toBe('1.5\n');
      expect(verboseSummary(r.stderr)).toEqual(['__main__: cache', 'm: cache']);
      const info = tspy(['cache', 'info', '__pycache__/m.tspy-311.pyc'], dir);
      expect(info.stdout).toMatch(new RegExp(`^flags: .*\\(${mode}(, racy stat)?\\)$`, 'm'));
    }
  });

  it('-j N compiles in worker threads with the same output and files', () => {
    const files: Record<string, string> = { ...FILES };
    for (let i = 0; i < 12; i++) files[`ca/m${i}.py`] = `v = ${i}\n`;
    const seqDir = tree(files);
    const parDir = tree(files);
    const seq = tspy(['compile', 'ca'], seqDir);
    const par = tspy(['compile', '-j', '3', 'ca'], parDir);
    expect(par.status, par.stderr).toBe(1);
    expect(par.stdout).toBe(seq.stdout);
    expect(listFiles(parDir)).toEqual(listFiles(seqDir));
    const again = tspy(['compile', '-j', '0', 'ca'], parDir);
    expect(again.stdout).toMatch(/compiled 0 files, 15 up to date, 1 failed\n$/);
  });

  it('IndentationError is reported the py_compile way', () => {
    const dir = tree({ 'indd/ind.py': 'if 1:\nprint(1)\n' });
    const r = tspy(['compile', '-q', 'indd'], dir);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout).toBe(
      "*** Error compiling 'indd/ind.py'...\nSorry: IndentationError: expected an indented block after 'if' statement on line 1 (ind.py, line 2)\n",
    );
  });

  it('rejects an unknown invalidation mode', () => {
    const dir = tree({ 'a.py': '' });
    const r = tspy(['compile', '--invalidation-mode', 'sometimes', 'a.py'], dir);
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/invalid --invalidation-mode/);
  });

  it("a missing path is listed and reported but is no failure, and a file not ending in .py is passed over, as in compileall", () => {
    const dir = tree({ 'notes.txt': 'x\n' });
    const r = tspy(['compile', 'nope', 'notes.txt'], dir);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe("Listing 'nope'...\nCan't list 'nope'\ncompiled 0 files, 0 up to date, 0 failed\n");
  });

  it('-r N limits the depth and wins over -l', () => {
    const dir = tree({ 't/a.py': '', 't/d1/b.py': '', 't/d1/d2/c.py': '' });
    const listed = (args: string[]) => tspy(['compile', '-f', ...args, 't'], dir).stdout.split('\n').filter((l) => l.startsWith('Compiling'));
    expect(listed(['-r', '1'])).toEqual(["Compiling 't/a.py'...", "Compiling 't/d1/b.py'..."]);
    expect(listed(['-l', '-r', '2'])).toHaveLength(3);
    expect(listed(['-r', '0'])).toEqual(["Compiling 't/a.py'..."]);
    expect(tspy(['compile', '-r', 'x', 't'], dir).status).toBe(2);
  });

  it('-i FILE adds the paths listed in FILE (stripped), - reads them from stdin', () => {
    const dir = tree({ 't/a.py': '', 't/b.py': '', 'u/c.py': '', 'list.txt': 't/b.py\n  u  \n' });
    const r = tspy(['compile', '-i', 'list.txt', 't/a.py'], dir);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe("Compiling 't/a.py'...\nCompiling 't/b.py'...\nListing 'u'...\nCompiling 'u/c.py'...\ncompiled 3 files, 0 up to date, 0 failed\n");
    const stdin = spawnSync(process.execPath, [path.join(ROOT, 'bin/tspy.js'), 'compile', '-f', '-q', '-i', '-'], { cwd: dir, input: 't/a.py\n', encoding: 'utf8' });
    expect(stdin.status, stdin.stderr).toBe(0);
    const missing = tspy(['compile', '-i', 'nolist.txt'], dir);
    expect([missing.status, missing.stdout]).toEqual([1, 'Error reading file list nolist.txt\n']);
    expect(tspy(['compile'], dir).status).toBe(2); // nothing to compile at all
  });

  it('-d / -s / -p set the file name recorded in the code, the errors and the tracebacks', () => {
    const dir = tree({ 't/m.py': 'def f():\n    1 / 0\n', 't/sub/r.py': 'return 5\n', 'main.py': 'import m\nm.f()\n' });
    const recorded = (args: string[], pyc: string) => {
      tspy(['compile', '-f', '-q', ...args], dir);
      return tspy(['cache', 'info', pyc], dir).stdout.match(/^ *filename: +(.*)$/m)?.[1];
    };
    expect(recorded(['-d', '/x/y', 't'], 't/__pycache__/m.tspy-311.pyc')).toBe('/x/y/m.py');
    expect(recorded(['-d', '/x', 't/m.py'], 't/__pycache__/m.tspy-311.pyc')).toBe('/x/m.py');
    expect(recorded(['-s', 't', '-p', '/opt', 't'], 't/__pycache__/m.tspy-311.pyc')).toBe('/opt/m.py');
    expect(recorded(['-p', '/opt', 't'], 't/__pycache__/m.tspy-311.pyc')).toBe('/opt/t/m.py');
    expect(recorded(['-s', 't', 't'], 't/__pycache__/m.tspy-311.pyc')).toBe('m.py');
    // A compile error names the recorded file.
    const err = tspy(['compile', '-q', '-d', '/x', 't/sub/r.py'], dir);
    expect(err.stdout).toBe("*** Error compiling 't/sub/r.py'...\n  File \"/x/r.py\", line 1\nSyntaxError: 'return' outside function\n\n");
    // Run from the cache file alone, a traceback names it too.
    tspy(['compile', '-f', '-q', '-d', '/build/lib', 't/m.py'], dir);
    fs.copyFileSync(path.join(dir, 't/__pycache__/m.tspy-311.pyc'), path.join(dir, 'm.pyc'));
    const run = tspy(['run', 'main.py'], dir);
    expect(run.stderr).toContain('File "/build/lib/m.py", line 2, in f');
    expect(tspy(['compile', '-d', '/x', '-s', 't', 't'], dir).status).toBe(2);
  });

  it('prints the compile-time SyntaxWarnings on stderr, as the warnings module shows them, also with -q', () => {
    const dir = tree({ 't/w.py': 'x = 1\nif x is 1:\n    pass\nassert (x, "m")\n' });
    const r = tspy(['compile', '-q', 't'], dir);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe(
      't/w.py:2: SyntaxWarning: "is" with a literal. Did you mean "=="?\n' +
        '  if x is 1:\n' +
        't/w.py:4: SyntaxWarning: assertion is always true, perhaps remove parentheses?\n' +
        '  assert (x, "m")\n',
    );
    // Under -d with a directory that does not exist, linecache finds no line to show.
    const d = tspy(['compile', '-f', '-q', '-d', '/nowhere', 't'], dir);
    expect(d.stderr).toMatch(/^\/nowhere\/w\.py:2: SyntaxWarning: "is" with a literal\. Did you mean "=="\?\n\/nowhere\/w\.py:4: /);
  });
});

/**
 * The same command lines through `python3 -m compileall` and `tspy compile`, each on its own copy of one
 * tree: the same stdout (tspy's summary line aside), stderr and exit status.
 */
describe.skipIf(!cliBuilt() || spawnSync('python3', ['--version']).status !== 0)('tspy compile against python3 -m compileall (the oracle)', () => {
  const TREE = {
    't/w.py': 'x = 1\nif x is 1:\n    pass\n',
    't/bad.py': 'def f(:\n',
    't/pkg/__init__.py': 'y = 2\n',
    't/pkg/sub/ret.py': 'return 5\n',
    't/deep/a/b/z.py': 'z = 3\n',
    't/deep/ind.py': 'if 1:\nprint(1)\n',
    't/notes.txt': 'hi\n',
    'list.txt': 't/w.py\nt/pkg\n  t/deep/a  \n',
  };
  const cases = [
    ['t'], ['-q', 't'], ['-qq', 't'], ['-l', 't'], ['-r', '1', 't'], ['-l', '-r', '2', 't'], ['t/w.py'], ['t/notes.txt'],
    ['nope'], ['-q', 'nope'], ['-d', '/x/y', 't'], ['-d', '/x/y', 't/w.py'], ['-s', 't', '-p', '/opt', 't'], ['-p', '/opt', 't'],
    ['-i', 'list.txt'], ['-i', 'list.txt', 't/bad.py'], ['-i', 'nolist.txt'], ['-x', 'pkg', 't'], ['-d', '/x', 't/pkg/sub/ret.py'],
  ];
  it.each(cases)('compileall %s', (...args: string[]) => {
    const pyDir = tree(TREE);
    const tsDir = tree(TREE);
    const py = spawnSync('python3', ['-m', 'compileall', ...args], { cwd: pyDir, encoding: 'utf8' });
    const ts = tspy(['compile', ...args], tsDir);
    expect(ts.stdout.replace(/^compiled \d+ files?, .*\n$/m, '')).toBe(py.stdout);
    expect(ts.stderr).toBe(py.stderr);
    expect(ts.status).toBe(py.status);
  });
});

const hasPython = spawnSync('python3', ['--version']).status === 0;

/** Compile `m.py` ('print(1)') in timestamp mode with `compile`, then edit it to 'print(2)' in the same second, same size. */
function sameSecondEdit(compile: (dir: string) => void): string {
  const dir = tree({ 'main.py': 'import m\n', 'm.py': 'print(1)\n' });
  const m = path.join(dir, 'm.py');
  const t = Math.floor(Date.now() / 1000) - 100;
  fs.utimesSync(m, t + 0.25, t + 0.25);
  compile(dir);
  fs.writeFileSync(m, 'print(2)\n');
  fs.utimesSync(m, t + 0.75, t + 0.75);
  return dir;
}

describe.skipIf(!cliBuilt())('timestamp mode: an equal-size edit within the same second', () => {
  it('is seen by tspy (mtime kept to the nanosecond)', () => {
    const dir = sameSecondEdit((d) => expect(tspy(['compile', '-q', '--invalidation-mode', 'timestamp', '.'], d).status).toBe(0));
    const r = tspy(['run', '-v', 'main.py'], dir);
    expect(r.stdout).toBe('2\n');
    expect(r.stderr).toMatch(/# m: compiled .*m\.py \(stale source \(mtime\/size changed\)\)/);
  });

  it.skipIf(!hasPython)('is missed by CPython 3.11, which keeps whole seconds (the oracle, recorded here)', () => {
    const dir = sameSecondEdit((d) => {
      expect(spawnSync('python3', ['-m', 'compileall', '-q', '--invalidation-mode', 'timestamp', '.'], { cwd: d }).status).toBe(0);
    });
    const r = spawnSync('python3', ['main.py'], { cwd: dir, encoding: 'utf8' });
    expect(r.stdout).toBe('1\n');
  });
});

describe.skipIf(!cliBuilt())('tspy cache info', () => {
  it('prints the header and the code objects', () => {
    const dir = tree({ 'm.py': 'import os\nX = (1, 2.0, "s", None, b"b", 3j, ...)\ndef f(a, b=2, *, c):\n    def g():\n        return a\n    return g\nclass K:\n    pass\n' });
    tspy(['compile', '-q', 'm.py'], dir);
    const r = tspy(['cache', 'info', '__pycache__/m.tspy-311.pyc'], dir);
    expect(r.status, r.stderr).toBe(0);
    const out = r.stdout;
    expect(out).toMatch(/^file: +__pycache__\/m\.tspy-311\.pyc \(\d+ bytes\)$/m);
    expect(out).toMatch(/^magic: +24\d\d\d \([0-9a-f]{2} [0-9a-f]{2} 0d 0a\), format version \d+$/m);
    expect(out).toMatch(/^flags: +0x0000000[37] \(checked-hash(, racy stat)?\)$/m);
    expect(out).toMatch(/^source hash: +0x[0-9a-f]{16} \(xxh64\)$/m);
    expect(out).toMatch(/^source mtime: +\d+ ns \(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z\)$/m);
    expect(out).toMatch(/^source size: +\d+$/m);
    expect(out).toMatch(/^checksum: +0x[0-9a-f]{16} \(valid\)$/m);
    expect(out).toMatch(/^source: +.*m\.py \(matches\)$/m);
    expect(out).toMatch(/^code object <module> \(qualname <module>\)$/m);
    expect(out).toMatch(/^  code object f \(qualname f\)$/m);
    expect(out).toMatch(/^    code object g \(qualname f\.<locals>\.g\)$/m);
    expect(out).toMatch(/^  code object K \(qualname K\)$/m);
    expect(out).toMatch(/^    argcount: +2$/m);
    expect(out).toMatch(/^    kwonlyargcount: +1$/m);
    expect(out).toMatch(/^    cellvars: +\('a',\)$/m);
    expect(out).toContain("(1, 2.0, 's', None, b'b', 3j, Ellipsis)");

    fs.writeFileSync(path.join(dir, 'm.py'), 'changed = 1\n');
    expect(tspy(['cache', 'info', '__pycache__/m.tspy-311.pyc'], dir).stdout).toMatch(/^source: +.*\(stale source \(hash mismatch\)\)$/m);
  });

  it('reports an unusable file with status 1', () => {
    const dir = tree({ 'bad.pyc': 'hello world, not a cache file' });
    const r = tspy(['cache', 'info', 'bad.pyc'], dir);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout).toMatch(/invalid: +bad magic number/);
  });
});
