/** The programmatic API (src/index.ts) in-process: run, compile, load. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CACHE_TAG, compileFile, loadCode, runFile, runSource } from '../../src/index.js';

const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'tspy-api-')));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('programmatic API', () => {
  it('runSource returns the exit status', async () => {
    expect(await runSource('x = 1')).toBe(0);
    expect(await runSource('import sys; sys.exit(4)')).toBe(4);
  });

  it('runFile runs through the cache and writes it', async () => {
    const f = path.join(dir, 'prog.py');
    fs.writeFileSync(path.join(dir, 'api_helper_mod.py'), 'import sys\nsys.exit(int(sys.argv[1]))\n');
    fs.writeFileSync(f, 'import api_helper_mod\n');
    expect(await runFile(f, ['5'])).toBe(5);
    expect(fs.existsSync(path.join(dir, '__pycache__', `api_helper_mod.${CACHE_TAG}.pyc`))).toBe(true);
  });

  it('compileFile + loadCode', async () => {
    const f = path.join(dir, 'm.py');
    fs.writeFileSync(f, 'def f():\n    return 1.0\n');
    await compileFile(f, { invalidationMode: 'timestamp' });
    const r = await loadCode(f);
    expect(r.from).toBe('cache');
    expect(r.code.co_consts.some((c) => typeof c === 'object' && c !== null && 'co_name' in c && c.co_name === 'f')).toBe(true);
  });
});
