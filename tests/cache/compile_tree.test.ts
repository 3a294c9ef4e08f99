/**
 * `tspy compile`'s engine (src/cache/compile_tree.ts): the worker pool and the
 * progress display. The pool's workers are real worker threads loading the
 * built files, so these tests use dist/ and skip when it is not built.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { progressBar } from '../../src/cli/compile.js';
import { ROOT, listFiles, makeTree } from '../cli/helpers.js';

const DIST = path.join(ROOT, 'dist');
const built = ['cache/compile_tree.js', 'cache/compile_worker.js', 'compiler/index.js'].every((f) => fs.existsSync(path.join(DIST, f)));

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function files(): Record<string, string> {
  const f: Record<string, string> = { 'pkg/bad.py': 'def f(:\n    pass\n' };
  for (let i = 0; i < 24; i++) f[`pkg/sub${i % 3}/m${i}.py`] = `def f${i}(x):\n    return [x * ${i} for _ in range(${i})]\nprint(f${i}(2))\n`;
  return f;
}

describe.skipIf(!built)('compileTree with a worker pool (dist/)', () => {
  it('hands files out one per task to the pool; output and cache files equal the sequential run', async () => {
    process.env.TSPY_COMPILER_BUILD_ID = '7';
    const { compileTree } = (await import(path.join(DIST, 'cache/compile_tree.js'))) as typeof import('../../src/cache/compile_tree.js');
    const { initHasher } = (await import(path.join(DIST, 'cache/hash.js'))) as typeof import('../../src/cache/hash.js');
    await initHasher();
    const seqDir = makeTree(files());
    const parDir = makeTree(files());
    dirs.push(seqDir, parDir);
    let seqOut = '';
    let parOut = '';
    const seq = await compileTree([path.join(seqDir, 'pkg')], { workers: 1, write: (t) => (seqOut += t) });
    const events: string[] = [];
    const progress = { start: (n: number) => events.push(`start ${n}`), increment: (n: number) => events.push(`+${n}`), stop: () => events.push('stop') };
    const par = await compileTree([path.join(parDir, 'pkg')], { workers: 2, poolMinBytes: 0, batchBytes: 1, progress, write: (t) => (parOut += t) });
    expect(par).toMatchObject({ compiled: 24, upToDate: 0, failed: 1, ok: false });
    expect(par.workerThreads).toBeGreaterThanOrEqual(1);
    expect(seq.workerThreads).toBe(0);
    expect(parOut.split(parDir).join('<d>')).toBe(seqOut.split(seqDir).join('<d>'));
    expect(listFiles(parDir)).toEqual(listFiles(seqDir));
    for (const f of listFiles(parDir).filter((x) => x.endsWith('.pyc'))) {
      // Same payload but for the tree's own path in co_filename (the header records each file's mtime).
      const a = fs.readFileSync(path.join(parDir, f)).subarray(48).toString('latin1').split(parDir).join('<d>');
      const b = fs.readFileSync(path.join(seqDir, f)).subarray(48).toString('latin1').split(seqDir).join('<d>');
      expect(a === b, f).toBe(true);
    }
    expect(events[0]).toBe('start 25');
    expect(events.filter((e) => e.startsWith('+')).length).toBe(25); // one task per file
    expect(events.at(-1)).toBe('stop');
    // Nothing to do: no pool, no progress, only the broken file retried (in this thread: too small for a pool).
    const events2: string[] = [];
    const again = await compileTree([path.join(parDir, 'pkg')], {
      workers: 2,
      progress: { start: (n: number) => events2.push(`start ${n}`), increment: () => {}, stop: () => {} },
      write: () => {},
    });
    expect(again).toMatchObject({ compiled: 0, upToDate: 24, failed: 1, workerThreads: 0 });
    expect(events2).toEqual(['start 1']);
  }, 60_000);
});

describe('-j 0', () => {
  it('uses one compile thread per two cores, at least one (on two cores: this thread, no pool)', async () => {
    const { defaultCompileThreads } = await import('../../src/cache/compile_tree.js');
    expect([1, 2, 3, 4, 5, 8, 16].map((c) => defaultCompileThreads(c))).toEqual([1, 1, 1, 2, 2, 4, 8]);
  });
});

/** A fake terminal: records what is written. */
function fakeStream(isTTY: boolean): NodeJS.WriteStream & { text: () => string } {
  const chunks: string[] = [];
  const w = new Writable({
    write(chunk, _enc, cb) {
      chunks.push(String(chunk));
      cb();
    },
  }) as unknown as NodeJS.WriteStream & { text: () => string };
  Object.assign(w, { isTTY, columns: 100, text: () => chunks.join('') });
  return w;
}

describe('progress bar', () => {
  it('is drawn on a terminal and erased at the end', async () => {
    const s = fakeStream(true);
    const bar = await progressBar(s, 0);
    expect(bar).not.toBeNull();
    bar!.start(3);
    bar!.increment(1);
    bar!.increment(2);
    bar!.stop();
    const out = s.text();
    expect(out).toContain('compiling [');
    expect(out).toContain('3/3 files');
    expect(out).toContain('\x1B[?25h'); // the cursor is shown again
  });

  it('is never used on a pipe or with -q', async () => {
    expect(await progressBar(fakeStream(false), 0)).toBeNull();
    expect(await progressBar(fakeStream(true), 1)).toBeNull();
    expect(await progressBar(fakeStream(true), 2)).toBeNull();
  });
});
