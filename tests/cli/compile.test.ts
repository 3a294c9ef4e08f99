/**
 * `tspy compile` (compileall) and `tspy cache info`, end to end on real trees.
 * Message formats recorded from `python3 -m compileall` (CPython 3.11).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cliBuilt, listFiles, makeTree, tspy, verboseSummary } from './helpers.js';

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
        'SyntaxError: invalid syntax\n',
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

  it('a missing path fails', () => {
    const dir = tree({});
    const r = tspy(['compile', 'nope'], dir);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout).toContain("Can't list 'nope'");
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
