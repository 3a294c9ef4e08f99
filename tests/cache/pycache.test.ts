/**
 * The cache layer through its API, with a stand-in compiler (so these tests
 * exercise only the cache: paths, validation, rewrite, atomic write). The
 * stand-in records every compile, so "compiled nothing" is observable.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CodeObject } from '../../src/bytecode/code.js';
import { fakeCode } from './fake_code.js';
import { addCompileWarning, takeCompileWarnings } from '../../src/compiler/compile_warnings.js';
import { setCompiler, setCompilerBuildId } from '../../src/cache/compiler_link.js';
import { HEADER_OFFSETS, HEADER_SIZE, MAGIC } from '../../src/cache/format.js';
import { initHasher } from '../../src/cache/hash.js';
import {
  cachePathFor,
  compileFileToCache,
  loadPycFile,
  loadSourceCode,
  sourcePathFromCache,
  statSource,
} from '../../src/cache/pycache.js';
import type { CacheOptions } from '../../src/cache/pycache.js';

let compiles: string[] = [];

function fakeCompile(source: string | Uint8Array, filename: string): CodeObject {
  compiles.push(filename);
  return fakeCode(source, filename, [1n, 1.0]);
}

let dir: string;
beforeAll(async () => {
  await initHasher();
});
beforeEach(() => {
  setCompiler(fakeCompile);
  compiles = [];
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tspy-cache-'));
});
afterEach(() => {
  try {
    fs.chmodSync(path.join(dir, '__pycache__'), 0o755);
  } catch {
    // not there
  }
  fs.rmSync(dir, { recursive: true, force: true });
});

function load(file: string, opts: CacheOptions = {}) {
  const st = statSource(file);
  const source = fs.readFileSync(file);
  const lines: string[] = [];
  const r = loadSourceCode(file, source, st, { ...opts, verbose: (l) => lines.push(l) }, 'm');
  return { ...r, lines, text: r.code.co_consts[0] };
}

function writeSource(name: string, text: string): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, text);
  return p;
}

describe('cache paths', () => {
  it('follows cache_from_source', () => {
    expect(cachePathFor('/a/b/m.py')).toBe('/a/b/__pycache__/m.tspy-311.pyc');
    expect(cachePathFor('/a/b/pkg/__init__.py')).toBe('/a/b/pkg/__pycache__/__init__.tspy-311.pyc');
    expect(cachePathFor('/a/b/x.y.py')).toBe('/a/b/__pycache__/x.y.tspy-311.pyc');
    expect(cachePathFor('/a/b/m.py', '/tmp/pfx')).toBe('/tmp/pfx/a/b/m.tspy-311.pyc');
    expect(sourcePathFromCache('/a/b/__pycache__/m.tspy-311.pyc')).toBe('/a/b/m.py');
    expect(sourcePathFromCache('/a/b/m.tspy-311.pyc')).toBeNull();
    expect(sourcePathFromCache('/a/b/__pycache__/m.cpython-311.pyc')).toBeNull();
  });
});

describe('loadSourceCode', () => {
  it('writes on first load and reads on the second', () => {
    const src = writeSource('m.py', 'x = 1\n');
    const a = load(src);
    expect(a.from).toBe('compiled');
    expect(a.rejectKind).toBe('missing');
    expect(a.written).toBe(true);
    expect(fs.existsSync(path.join(dir, '__pycache__', 'm.tspy-311.pyc'))).toBe(true);
    expect(fs.readdirSync(path.join(dir, '__pycache__'))).toEqual(['m.tspy-311.pyc']);
    const b = load(src);
    expect(b.from).toBe('cache');
    expect(b.text).toBe('x = 1\n');
    expect(compiles.length).toBe(1);
    expect(b.lines[0]).toMatch(/^# m: from cache .*m\.tspy-311\.pyc$/);
  });

  it("keeps the compile's warnings in the cache file, for runs from the cache", () => {
    setCompiler((source, filename) => {
      addCompileWarning({ category: 'SyntaxWarning', message: 'w1', filename, lineno: 2 });
      return fakeCompile(source, filename);
    });
    const src = writeSource('m.py', 'x = 1\nx is 1\n');
    const a = load(src);
    expect(a.from).toBe('compiled');
    expect(a.warnings).toEqual([{ category: 'SyntaxWarning', message: 'w1', lineno: 2 }]);
    const b = load(src);
    expect(b.from).toBe('cache');
    expect(b.warnings).toEqual(a.warnings);
    expect(takeCompileWarnings()).toEqual([]); // taken by the load that compiled
  });

  it('recompiles a stale cache after the source changes (same size, same second)', () => {
    const src = writeSource('m.py', 'x = 1\n');
    load(src);
    fs.writeFileSync(src, 'x = 2\n');
    const r = load(src);
    expect(r.from).toBe('compiled');
    expect(r.reason).toBe('stale source (hash mismatch)');
    expect(r.text).toBe('x = 2\n');
    expect(load(src).from).toBe('cache');
  });

  it('fixes co_filename when the tree moved', () => {
    const src = writeSource('m.py', 'x = 1\n');
    load(src);
    const moved = path.join(dir, 'moved');
    fs.mkdirSync(moved);
    fs.renameSync(src, path.join(moved, 'm.py'));
    fs.renameSync(path.join(dir, '__pycache__'), path.join(moved, '__pycache__'));
    const r = load(path.join(moved, 'm.py'));
    expect(r.from).toBe('cache');
    expect(r.code.co_filename).toBe(path.join(moved, 'm.py'));
  });

  const corruptions: [string, (b: Buffer) => Buffer | string, RegExp][] = [
    ['empty file', () => Buffer.alloc(0), /empty file/],
    ['truncated header', (b) => b.subarray(0, 10), /truncated header/],
    ['truncated payload', (b) => b.subarray(0, b.length - 3), /truncated payload/],
    ['zeroed', (b) => Buffer.alloc(b.length), /bad magic/],
    ['wrong magic', (b) => Buffer.concat([Buffer.from([0xa7, 0x0d, 0x0d, 0x0a]), b.subarray(4)]), /bad magic/],
    ['trailing garbage', (b) => Buffer.concat([b, Buffer.from('xx')]), /trailing data/],
    ['payload bit flip', (b) => { const c = Buffer.from(b); c[HEADER_SIZE + 2] ^= 4; return c; }, /checksum mismatch/],
    ['flags changed', (b) => { const c = Buffer.from(b); c[HEADER_OFFSETS.flags] ^= 2; return c; }, /checksum mismatch/],
    ['invalid flags', (b) => { const c = Buffer.from(b); c[HEADER_OFFSETS.flags] = 8; return c; }, /invalid flags/],
  ];
  it.each(corruptions)('detects %s and recompiles', (_name, damage, why) => {
    const src = writeSource('m.py', 'print("hi")\n');
    load(src);
    const cp = cachePathFor(src);
    fs.writeFileSync(cp, damage(fs.readFileSync(cp)) as Buffer);
    const r = load(src);
    expect(r.from).toBe('compiled');
    expect(r.reason).toMatch(why);
    expect(r.text).toBe('print("hi")\n');
    expect(r.written).toBe(true);
    expect(load(src).from).toBe('cache');
  });

  it('detects damage at every byte of a cache file', () => {
    const src = writeSource('m.py', 'a = 1\n');
    load(src);
    const cp = cachePathFor(src);
    const good = fs.readFileSync(cp);
    for (let i = 0; i < good.length; i++) {
      for (const mask of [0x01, 0x80, 0xff]) {
        const bad = Buffer.from(good);
        bad[i] ^= mask;
        fs.writeFileSync(cp, bad);
        compiles = [];
        const r = load(src);
        expect(r.from, `byte ${i} ^ ${mask}`).toBe('compiled');
        expect(r.text).toBe('a = 1\n');
        // the rewrite restored a good file (the racy bit aside: the source has aged meanwhile)
        const again = fs.readFileSync(cp);
        expect(again[HEADER_OFFSETS.flags] & 3).toBe(good[HEADER_OFFSETS.flags] & 3);
        expect(Buffer.compare(again.subarray(HEADER_OFFSETS.sourceHash, HEADER_SIZE), good.subarray(HEADER_OFFSETS.sourceHash, HEADER_SIZE))).toBe(0);
        expect(Buffer.compare(again.subarray(HEADER_SIZE), good.subarray(HEADER_SIZE))).toBe(0);
      }
    }
  });

  it('compiles when a directory sits where the cache file should be, and runs on', () => {
    const src = writeSource('m.py', 'x = 1\n');
    fs.mkdirSync(cachePathFor(src), { recursive: true });
    const r = load(src);
    expect(r.from).toBe('compiled');
    expect(r.reason).toMatch(/directory/);
    expect(r.written).toBe(false);
    expect(r.text).toBe('x = 1\n');
  });

  it('runs without caching when __pycache__ cannot be created', () => {
    const src = writeSource('m.py', 'x = 1\n');
    fs.writeFileSync(path.join(dir, '__pycache__'), 'not a directory');
    const r = load(src);
    expect(r.from).toBe('compiled');
    expect(r.written).toBe(false);
    expect(r.lines[0]).toMatch(/not written/);
  });

  it.skipIf(process.getuid?.() === 0)('runs without caching when __pycache__ is read-only', () => {
    const src = writeSource('m.py', 'x = 1\n');
    fs.mkdirSync(path.join(dir, '__pycache__'));
    fs.chmodSync(path.join(dir, '__pycache__'), 0o555);
    const r = load(src);
    expect(r.written).toBe(false);
    expect(fs.readdirSync(path.join(dir, '__pycache__'))).toEqual([]);
  });

  it('no-write mode writes nothing but still reads', () => {
    const src = writeSource('m.py', 'x = 1\n');
    const r = load(src, { dontWriteBytecode: true });
    expect(r.from).toBe('compiled');
    expect(fs.existsSync(path.join(dir, '__pycache__'))).toBe(false);
    load(src);
    expect(load(src, { dontWriteBytecode: true }).from).toBe('cache');
  });

  it('a cache prefix mirrors the tree and leaves the source dir alone', () => {
    const src = writeSource('m.py', 'x = 1\n');
    const prefix = path.join(dir, 'pfx');
    const r = load(src, { pycachePrefix: prefix });
    expect(r.written).toBe(true);
    expect(fs.existsSync(path.join(dir, '__pycache__'))).toBe(false);
    expect(fs.existsSync(path.join(prefix, dir.slice(1), 'm.tspy-311.pyc'))).toBe(true);
    expect(load(src, { pycachePrefix: prefix }).from).toBe('cache');
  });

  it('leaves no temporary files behind', () => {
    const src = writeSource('m.py', 'x = 1\n');
    for (let i = 0; i < 5; i++) {
      fs.writeFileSync(src, `x = ${i}\n`);
      load(src);
    }
    expect(fs.readdirSync(path.join(dir, '__pycache__'))).toEqual(['m.tspy-311.pyc']);
  });

  it('timestamp mode: validated by mtime and size', () => {
    const src = writeSource('m.py', 'x = 1\n');
    compileFileToCache(src, 'timestamp');
    expect(load(src).from).toBe('cache');
    fs.writeFileSync(src, 'x = 22\n');
    const r = load(src);
    expect(r.from).toBe('compiled');
    expect(r.reason).toBe('stale source (mtime/size changed)');
  });

  it('unchecked-hash mode: the source is not checked (PEP 552)', () => {
    const src = writeSource('m.py', 'x = 1\n');
    compileFileToCache(src, 'unchecked-hash');
    fs.writeFileSync(src, 'x = 2\n');
    const r = load(src);
    expect(r.from).toBe('cache');
    expect(r.text).toBe('x = 1\n');
  });

  it('a stale hash-based cache keeps its mode when rewritten', () => {
    const src = writeSource('m.py', 'x = 1\n');
    compileFileToCache(src, 'unchecked-hash');
    const cp = cachePathFor(src);
    const b = fs.readFileSync(cp);
    b[HEADER_SIZE] ^= 1; // corrupt: recompiled and rewritten
    fs.writeFileSync(cp, b);
    expect(load(src).from).toBe('compiled');
    expect(fs.readFileSync(cp)[HEADER_OFFSETS.flags] & 3).toBe(1);
  });

  it('a cache written by another compiler build is recompiled; a .pyc without source is still loaded', () => {
    const src = writeSource('m.py', 'x = 1\n');
    setCompilerBuildId(111);
    load(src);
    expect(load(src).from).toBe('cache');
    setCompilerBuildId(222);
    const r = load(src);
    expect(r.from).toBe('compiled');
    expect(r.reason).toBe('stale: written by another compiler build');
    expect(load(src).from).toBe('cache');
    setCompilerBuildId(333);
    expect(loadPycFile(cachePathFor(src)).code.co_consts[0]).toBe('x = 1\n');
    setCompilerBuildId(null);
  });

  it('compile errors propagate (they are not cache problems)', () => {
    setCompiler(() => {
      throw new SyntaxError('bad');
    });
    const src = writeSource('m.py', 'x = (\n');
    expect(() => load(src)).toThrow('bad');
  });
});

describe('loadPycFile', () => {
  it('loads a cache file without its source', () => {
    const src = writeSource('m.py', 'x = 1\n');
    const cp = compileFileToCache(src);
    fs.unlinkSync(src);
    const { code, header } = loadPycFile(cp);
    expect(header.mode).toBe('checked-hash');
    expect(code.co_consts[0]).toBe('x = 1\n');
  });

  it('rejects a damaged file', () => {
    const p = path.join(dir, 'x.pyc');
    fs.writeFileSync(p, Buffer.from([...MAGIC, 0, 0]));
    expect(() => loadPycFile(p)).toThrow(/truncated/);
  });
});
