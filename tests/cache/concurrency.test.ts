/**
 * 8 processes compiling and running the same tree at once, 50 rounds each
 * (tests/cache/fixtures/stress_child.mjs): cache files are rewritten (in all
 * three modes), removed and recreated concurrently, yet no process ever reads
 * a torn cache file and every run prints the right output. This is what the
 * atomic write (temporary file + rename, pycache.ts) promises. Uses the built
 * API (dist/), so it skips when dist/ is absent.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT, listFiles, makeTree } from '../cli/helpers.js';

const DIST = path.join(ROOT, 'dist');
const CHILD = path.join(path.dirname(new URL(import.meta.url).pathname), 'fixtures', 'stress_child.mjs');
const built = ['index.js', 'cache/format.js', 'compiler/index.js', 'vm/run.js'].every((f) => fs.existsSync(path.join(DIST, f)));
const PROCS = 8;
const ROUNDS = 50;

// A module with a ~8 KB cache file (two pages), so that a write takes long enough to be caught half-done if writes were not atomic.
const BIG = `TABLE = [${Array.from({ length: 400 }, (_, i) => `('k${i}', ${i}, ${i}.5)`).join(', ')}]\n`;
const FILES: Record<string, string> = {
  'main.py':
    'import sys\n' +
    'for name in ("big", "pkg", "pkg.sub"):\n' +
    '    sys.modules.pop(name, None)\n' +
    'import big, pkg.sub\n' +
    'print(sys.argv[1], sys.argv[2], len(big.TABLE), big.TABLE[-1], pkg.sub.f(4), pkg.NAME)\n',
  'big.py': BIG,
  'pkg/__init__.py': 'NAME = "pkg" * 2\n',
  'pkg/sub.py': 'def f(n):\n    return sum(i * 1.5 for i in range(n))\n',
};

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function runChild(tree: string, index: number): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const env = { ...process.env, TSPY_COMPILER_BUILD_ID: '7' };
    const p = spawn(process.execPath, [CHILD, DIST, tree, String(index), String(ROUNDS)], { env });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d) => (stdout += d));
    p.stderr.on('data', (d) => (stderr += d));
    p.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

describe.skipIf(!built)('concurrent compile and run', () => {
  it(`${PROCS} processes x ${ROUNDS} rounds: no torn cache file is read, every run is right`, async () => {
    const tree = makeTree(FILES);
    dirs.push(tree);
    const results = await Promise.all(Array.from({ length: PROCS }, (_, i) => runChild(tree, i)));
    results.forEach((r, i) => {
      expect(r.stderr, `process ${i}`).toBe('');
      expect(r.status, `process ${i}`).toBe(0);
      const expected = Array.from({ length: ROUNDS }, (_, round) => `${i} ${round} 400 ('k399', 399, 399.5) 9.0 pkgpkg\n`).join('');
      expect(r.stdout, `process ${i}`).toBe(expected);
    });
    // No temporary file is left behind by any writer.
    expect(listFiles(tree).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 240_000);
});
