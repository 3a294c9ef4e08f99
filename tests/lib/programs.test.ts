/**
 * Runs every Python program in tests/lib/programs through `node bin/tspy.js run`
 * and compares stdout with the `.expected` file recorded from CPython 3.11
 * (regenerate: `python3 prog.py > prog.expected`; check our src/lib modules
 * under CPython with `python3 tests/lib/cpython_check.py prog.py`).
 * Skipped when the CLI has not been built (dist/cli/main.js missing).
 *
 * A program whose first line is `# needs: "<python code>"` (a JSON string)
 * depends on an interpreter feature outside src/lib (e.g. the collections
 * module, bytes literals); the probe code is run first with `tspy run -c`
 * and the program is skipped, naming the probe, while the probe fails.
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
const built = existsSync(join(root, 'dist', 'cli', 'main.js'));
const programs = readdirSync(progDir).filter((f) => f.endsWith('.py')).sort();

/** The `# needs:` probe of a program, or null. */
function probeOf(file: string): string | null {
  const first = readFileSync(file, 'utf8').split('\n', 1)[0];
  const m = /^# needs: (".*")$/.exec(first);
  return m ? (JSON.parse(m[1]) as string) : null;
}

/** Does the probe run without error under tspy? */
function probeOk(code: string): boolean {
  const r = spawnSync(process.execPath, [cli, 'run', '-c', code], { encoding: 'utf8', timeout: 60000 });
  return r.status === 0;
}

describe('src/lib modules under tspy', () => {
  for (const prog of programs) {
    const expectedFile = join(progDir, prog.replace(/\.py$/, '.expected'));
    const probe = built ? probeOf(join(progDir, prog)) : null;
    const missing = probe !== null && !probeOk(probe);
    if (missing) {
      it.skip(`${prog} (interpreter lacks: ${probe!.split('\n')[0]}...)`, () => {});
      continue;
    }
    it.skipIf(!built)(prog, () => {
      const r = spawnSync(process.execPath, [cli, 'run', join(progDir, prog)], {
        encoding: 'utf8',
        timeout: 60000,
      });
      expect(r.stdout).toBe(readFileSync(expectedFile, 'utf8'));
    });
  }
  if (!built) it('is skipped: the CLI is not built (run `npx tsc -p tsconfig.json`)', () => {});
});
