/**
 * Whole-program fidelity: each tests/runtime/programs/NAME.py runs through the
 * built CLI; its stdout must equal NAME.out, its exit status NAME.rc (0 when
 * absent) and, when NAME.err exists, its whole stderr must equal it (tracebacks
 * with CPython 3.11's `^^^^` lines and exception-group boxes). File paths in
 * `File "..."` lines and in warning lines (`path.py:N: SyntaxWarning: ...`)
 * are reduced to base names on both sides. NAME.err_last
 * instead compares only the last non-blank stderr line (for tracebacks that
 * pass through stdlib frames, whose source differs from CPython's).
 *
 * Recording (from this directory, with CPython 3.11):
 *   python3 NAME.py > NAME.out 2> NAME.err; echo $? > NAME.rc
 * (record.sh does this; `record.sh --last NAME` keeps only the last line as NAME.err_last).
 */
import { describe, it, expect } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';

const here = path.dirname(fileURLToPath(import.meta.url));
const dir = path.join(here, 'programs');
const root = path.resolve(here, '../..');
const cli = path.join(root, 'bin', 'tspy.js');
const built = fs.existsSync(path.join(root, 'dist', 'cli', 'main.js'));
const programs = fs.readdirSync(dir).filter((f) => f.endsWith('.py'));

const baseNames = (s: string) =>
  s.replace(/File "(?:[^"]*\/)?([^"/]+)"/g, 'File "$1"').replace(/^(?:[^\n:]*\/)?([^\n/:]+\.py):(\d+): (\w+Warning)/gm, '$1:$2: $3');
const readOpt = (f: string) => (fs.existsSync(f) ? fs.readFileSync(f, 'utf8') : null);

describe.skipIf(!built)('whole programs match CPython 3.11 (needs `npm run build`)', () => {
  for (const p of programs) {
    it(p, () => {
      const base = path.join(dir, p.replace(/\.py$/, ''));
      const stdin = readOpt(base + '.stdin') ?? '';
      const r = spawnSync(process.execPath, [cli, 'run', p], {
        cwd: dir,
        input: stdin,
        encoding: 'utf8',
        env: { ...process.env, TSPY_DONTWRITEBYTECODE: '1' },
      });
      expect(r.stdout).toBe(fs.readFileSync(base + '.out', 'utf8'));
      const err = readOpt(base + '.err');
      if (err !== null) expect(baseNames(r.stderr)).toBe(baseNames(err));
      const last = readOpt(base + '.err_last');
      const lastLine = (t: string) => t.split('\n').filter((l) => l.trim() !== '').pop() ?? '';
      if (last !== null) expect(lastLine(r.stderr)).toBe(lastLine(last));
      expect(r.status).toBe(Number((readOpt(base + '.rc') ?? '0').trim()));
    });
  }
});
