/** The programmatic API (src/index.ts) in-process: run, compile, load. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CACHE_TAG, compileFile, compileTree, loadCode, runFile, runSource } from '../../src/index.js';
import { importAbsolute, importFrom } from '../../src/importer/importer.js';
import { getSysPathList } from '../../src/modules/sys.js';
import { excField } from '../../src/runtime/exceptions.js';
import { PyBaseExceptionObject } from '../../src/runtime/object.js';

const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'tspy-api-')));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('programmatic API', () => {
  it('compileTree compiles a tree like tspy compile, and finds it up to date the second time', async () => {
    const t = path.join(dir, 'tree');
    fs.mkdirSync(path.join(t, 'sub'), { recursive: true });
    fs.writeFileSync(path.join(t, 'a.py'), 'x = 1\n');
    fs.writeFileSync(path.join(t, 'sub', 'b.py'), 'y = [1, 2.5]\n');
    fs.writeFileSync(path.join(t, 'sub', 'bad.py'), 'def (\n');
    let out = '';
    const r = await compileTree([t], { workers: 0, quiet: 1, write: (s) => (out += s) });
    expect(r).toMatchObject({ compiled: 2, upToDate: 0, failed: 1, ok: false });
    expect(out).toContain(`*** Error compiling '${path.join(t, 'sub', 'bad.py')}'...`);
    expect(fs.existsSync(path.join(t, 'sub', '__pycache__', `b.${CACHE_TAG}.pyc`))).toBe(true);
    expect(await compileTree([t], { workers: 1, quiet: 2 })).toMatchObject({ compiled: 0, upToDate: 2, failed: 1 });
    expect((await loadCode(path.join(t, 'sub', 'b.py'))).from).toBe('cache');
  });

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

  it('importFrom: attribute, submodule, or ImportError naming the module (CPython import_from)', async () => {
    await runSource('pass'); // sets up sys and the importer
    fs.mkdirSync(path.join(dir, 'ifpkg'));
    fs.writeFileSync(path.join(dir, 'ifpkg', '__init__.py'), 'A = 1\n');
    fs.writeFileSync(path.join(dir, 'ifpkg', 'sub.py'), '');
    getSysPathList().items.unshift(dir);
    const pkg = importAbsolute('ifpkg');
    expect(importFrom(pkg, 'A')).toBe(1);
    const sub = importAbsolute('ifpkg.sub');
    expect(importFrom(pkg, 'sub')).toBe(sub);
    let err: unknown;
    try {
      importFrom(pkg, 'missing');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(PyBaseExceptionObject);
    const e = err as PyBaseExceptionObject;
    expect(e.ob_type.tp_name).toBe('ImportError');
    expect(e.args[0]).toBe(`cannot import name 'missing' from 'ifpkg' (${path.join(dir, 'ifpkg', '__init__.py')})`);
    expect(excField(e, 'name')).toBe('ifpkg');
    expect(excField(e, 'path')).toBe(path.join(dir, 'ifpkg', '__init__.py'));
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
