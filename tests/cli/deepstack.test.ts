/**
 * A program that raises the recursion limit runs with a JS stack large enough
 * for it (bin/tspy.js runs it in a worker thread): deep recursion through
 * plain calls, keyword calls and __init__ works, RecursionError still comes at
 * the limit, and stdin, stdout, stderr and the exit status are the program's.
 */
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { makeTree, cliBuilt, BIN } from './helpers.js';

const PROGRAM = `import sys
sys.setrecursionlimit(60000)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(40000))
def kw(n, *, acc=0):
    return acc if n == 0 else kw(n - 1, acc=acc + 1)
print(kw(20000))
class Node:
    def __init__(self, n):
        self.next = Node(n - 1) if n else None
def length(node):
    return 0 if node is None else 1 + length(node.next)
print(length(Node(5000)))
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)
print("read", input())
import os
print("marker visible:", "TSPY_IN_WORKER" in os.environ)
print("to stderr", file=sys.stderr)
sys.exit(3)
`;

describe.skipIf(!cliBuilt())('deep recursion after sys.setrecursionlimit', () => {
  it('recurses 40000 frames deep and keeps the process contract', () => {
    const dir = makeTree({ 'deep.py': PROGRAM });
    const r = spawnSync(process.execPath, [BIN, 'run', 'deep.py'], { cwd: dir, input: 'bob\n', encoding: 'utf8', timeout: 120_000 });
    expect(r.stdout).toBe('40000\n20000\n5001\nRecursionError: maximum recursion depth exceeded\nread bob\nmarker visible: False\n');
    expect(r.stderr).toBe('to stderr\n');
    expect(r.status).toBe(3);
  });

  it('stops at the default limit of 1000 like CPython', () => {
    const dir = makeTree({ 'shallow.py': 'def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    print(type(e).__name__, e)\n' });
    const r = spawnSync(process.execPath, [BIN, 'run', path.join(dir, 'shallow.py')], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    expect(r.stdout).toBe('RecursionError maximum recursion depth exceeded\n');
    expect(r.status).toBe(0);
  });

  it('Python-to-Python calls need no JS stack: 100000 deep on the main thread, tracebacks intact', () => {
    const src = [
      'import sys',
      'sys.setrecursionlimit(200000)',
      'def f(n):',
      '    return 0 if n == 0 else 1 + f(n - 1)',
      'print(f(100000))',
      'class A:',
      '    def m(self, n, step=1):',
      '        return 0 if n == 0 else 1 + self.m(n - step, step=step)',
      'print(A().m(50000))',
      'def g(n):',
      '    if n == 0:',
      '        raise ValueError("bottom")',
      '    return g(n - 1)',
      'g(2)',
      '',
    ].join('\n');
    const dir = makeTree({ 'inl.py': src });
    const r = spawnSync(process.execPath, [BIN, 'run', 'inl.py'], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, TSPY_MAIN_THREAD: '1' },
    });
    expect(r.stdout).toBe('100000\n50000\n');
    expect(r.stderr.split('\n').filter((l) => l.startsWith('  File')).map((l) => l.replace(dir + path.sep, ''))).toEqual([
      '  File "inl.py", line 14, in <module>',
      '  File "inl.py", line 13, in g',
      '  File "inl.py", line 13, in g',
      '  File "inl.py", line 12, in g',
    ]);
    expect(r.status).toBe(1);
  });
});
