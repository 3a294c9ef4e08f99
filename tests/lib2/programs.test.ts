/**
 * Runs the Python programs in tests/lib2/programs (collections.abc, os,
 * os.path, the native deque) through the built CLI and compares stdout with
 * the `.expected` file recorded from CPython 3.11 (regenerate:
 * `python3 prog.py > prog.expected`). Programs named `deque_*` run through
 * run_native_deque.mjs, which adds the native deque of
 * src/modules/_collections.ts to `_collections`. Skipped when dist/ is not built.
 */
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '..', '..');
const progDir = join(here, 'programs');
const cli = join(root, 'bin', 'tspy.js');
const dequeHarness = join(here, 'run_native_deque.mjs');
const built = existsSync(join(root, 'dist', 'cli', 'main.js'));
const programs = readdirSync(progDir).filter((f) => f.endsWith('.py')).sort();

describe('lib2 modules under tspy', () => {
  for (const prog of programs) {
    const expectedFile = join(progDir, prog.replace(/\.py$/, '.expected'));
    it.skipIf(!built)(prog, () => {
      const argv = prog.startsWith('deque_') ? [dequeHarness, prog] : [cli, 'run', prog];
      const r = spawnSync(process.execPath, argv, { cwd: progDir, encoding: 'utf8', timeout: 120000 });
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe(readFileSync(expectedFile, 'utf8'));
    });
  }
  if (!built) it('is skipped: the CLI is not built (run `npx tsc -p tsconfig.json`)', () => {});
});
