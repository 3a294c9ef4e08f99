/**
 * Runs the Python programs in tests/stdlib/programs (traceback, frames,
 * linecache and the other standard-library modules of this area) through the
 * built CLI and compares stdout — and stderr when a `.stderr` file exists,
 * else expects it empty — and the exit status (0, or the `.status` file's)
 * with the files recorded from CPython 3.11 (regenerate:
 * `python3 prog.py > prog.expected 2> prog.stderr`, deleting an empty
 * `.stderr`; `record.sh` does this and writes the programs' directory as
 * `<DIR>`). Skipped when dist/ is not built.
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

describe('stdlib modules under tspy', () => {
  for (const prog of programs) {
    const base = join(progDir, prog.replace(/\.py$/, ''));
    it.skipIf(!built)(prog, () => {
      const r = spawnSync(process.execPath, [cli, 'run', prog], { cwd: progDir, encoding: 'utf8', timeout: 120000 });
      const portable = (t: string) => t.split(progDir + '/').join('<DIR>/');
      const errFile = base + '.stderr';
      const hasErr = existsSync(errFile);
      expect(portable(r.stdout)).toBe(readFileSync(base + '.expected', 'utf8'));
      expect(portable(r.stderr)).toBe(hasErr ? readFileSync(errFile, 'utf8') : '');
      const statusFile = base + '.status';
      expect(r.status).toBe(existsSync(statusFile) ? Number(readFileSync(statusFile, 'utf8').trim()) : 0);
    });
  }
  if (!built) it('is skipped: the CLI is not built (run `npm run build`)', () => {});
});
