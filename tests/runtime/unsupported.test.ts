/**
 * Features tspy does not support raise a clear Python NotImplementedError
 * naming the feature (never a JavaScript error): checked through the built CLI.
 */
import { describe, it, expect } from 'vitest';
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const cli = join(root, 'bin', 'tspy.js');
const built = existsSync(join(root, 'dist', 'cli', 'main.js'));

/** The last non-blank stderr line and exit status of `tspy run -c code`. */
function run(code: string): { last: string; status: number | null } {
  const r = spawnSync(process.execPath, [cli, 'run', '-c', code], { encoding: 'utf8', timeout: 60000 });
  const lines = r.stderr.split('\n').filter((l) => l.trim() !== '');
  return { last: lines[lines.length - 1] ?? '', status: r.status };
}

describe.skipIf(!built)('unsupported features raise NotImplementedError', () => {
  it('constructing io.BufferedReader (and the other binary file classes) directly', () => {
    for (const cls of ['BufferedReader', 'BufferedWriter', 'BufferedRandom', 'FileIO']) {
      const r = run(`import io\nio.${cls}(io.BytesIO(b'x'))`);
      expect(r.last).toBe(`NotImplementedError: constructing io.${cls} directly is not supported by tspy: use open() in binary mode`);
      expect(r.status).toBe(1);
    }
  });

  it('unittest.mock', () => {
    const r = run('import unittest.mock');
    expect(r.last).toMatch(/^NotImplementedError: .*unittest\.mock/);
  });
});
