/**
 * `tspy compile`'s up-to-date check (src/cache/uptodate.ts) on real files, and
 * the timestamp mode's handling of edits that keep the size and land within
 * the same second: CPython 3.11 records the mtime in whole seconds and misses
 * them; tspy records nanoseconds and, while a timestamp is too fresh to vouch
 * for the content ("racy"), checks the source hash too.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CodeObject } from '../../src/bytecode/code.js';
import { fakeCode } from './fake_code.js';
import { setCompiler } from '../../src/cache/compiler_link.js';
import { HEADER_SIZE, readHeader } from '../../src/cache/format.js';
import { initHasher } from '../../src/cache/hash.js';
import { cachePathFor, compileFileToCache, loadSourceCode, statSource } from '../../src/cache/pycache.js';
import { cacheUpToDate } from '../../src/cache/uptodate.js';

function fakeCompile(source: string | Uint8Array, filename: string): CodeObject {
  return fakeCode(source, filename);
}

let dir: string;
beforeAll(async () => {
  await initHasher();
});
beforeEach(() => {
  setCompiler(fakeCompile);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tspy-uptodate-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Write `text` to dir/name and give it mtime `secs` (seconds since the epoch; a float for sub-second times). */
function source(name: string, text: string, secs?: number): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, text);
  if (secs !== undefined) fs.utimesSync(p, secs, secs);
  return p;
}

/** What the importer would run: the text compiled into the code it gets. */
function load(p: string): { from: string; text: unknown; reason?: string } {
  const st = statSource(p);
  const r = loadSourceCode(p, fs.readFileSync(p), st, {});
  return { from: r.from, text: r.code.co_consts[0], reason: r.reason };
}

const nowSecs = () => Math.floor(Date.now() / 1000);

describe('cacheUpToDate (header only)', () => {
  it('is true after a compile and false without a cache, for another mode, or another file length', () => {
    const p = source('m.py', 'x = 1\n', nowSecs() - 100);
    expect(cacheUpToDate(p, 'checked-hash')).toBe(false);
    compileFileToCache(p, 'checked-hash');
    expect(cacheUpToDate(p, 'checked-hash')).toBe(true);
    expect(cacheUpToDate(p, 'timestamp')).toBe(false);
    expect(cacheUpToDate(p, 'unchecked-hash')).toBe(false);
    const cp = cachePathFor(p);
    const good = fs.readFileSync(cp);
    fs.writeFileSync(cp, good.subarray(0, good.length - 1));
    expect(cacheUpToDate(p, 'checked-hash')).toBe(false);
    fs.writeFileSync(cp, Buffer.concat([good, Buffer.of(0)]));
    expect(cacheUpToDate(p, 'checked-hash')).toBe(false);
    fs.writeFileSync(cp, good.subarray(0, 20));
    expect(cacheUpToDate(p, 'checked-hash')).toBe(false);
    fs.writeFileSync(cp, Buffer.alloc(0));
    expect(cacheUpToDate(p, 'checked-hash')).toBe(false);
  });

  it('does not read the payload: a damaged payload passes here and is caught by the loader, which recompiles', () => {
    const p = source('m.py', 'x = 1\n', nowSecs() - 100);
    compileFileToCache(p, 'checked-hash');
    const cp = cachePathFor(p);
    const bad = fs.readFileSync(cp);
    bad[HEADER_SIZE + 3] ^= 0x20;
    fs.writeFileSync(cp, bad);
    expect(cacheUpToDate(p, 'checked-hash')).toBe(true);
    const r = load(p);
    expect(r.from).toBe('compiled');
    expect(r.reason).toMatch(/checksum mismatch/);
    expect(r.text).toBe('x = 1\n');
    expect(load(p).from).toBe('cache');
  });

  it('checked-hash: an unchanged stat skips the hash; a forged mtime fools only compile, never the loader', () => {
    const t = nowSecs() - 100;
    const p = source('m.py', 'x = 1\n', t);
    compileFileToCache(p, 'checked-hash');
    expect(readHeader(fs.readFileSync(cachePathFor(p))).racy).toBe(false);
    source('m.py', 'x = 2\n', t); // same size, mtime forced back
    expect(cacheUpToDate(p, 'checked-hash')).toBe(true);
    const r = load(p);
    expect(r.from).toBe('compiled');
    expect(r.reason).toBe('stale source (hash mismatch)');
    expect(r.text).toBe('x = 2\n');
  });

  it('checked-hash: a changed mtime with the same content is still up to date (the hash decides)', () => {
    const p = source('m.py', 'x = 1\n', nowSecs() - 100);
    compileFileToCache(p, 'checked-hash');
    fs.utimesSync(p, nowSecs() - 50, nowSecs() - 50);
    expect(cacheUpToDate(p, 'checked-hash')).toBe(true);
    source('m.py', 'x = 3\n', nowSecs() - 40);
    expect(cacheUpToDate(p, 'checked-hash')).toBe(false);
  });

  it('unchecked-hash: always hashes, since nothing else will ever check the file', () => {
    const t = nowSecs() - 100;
    const p = source('m.py', 'x = 1\n', t);
    compileFileToCache(p, 'unchecked-hash');
    expect(cacheUpToDate(p, 'unchecked-hash')).toBe(true);
    source('m.py', 'x = 2\n', t);
    expect(cacheUpToDate(p, 'unchecked-hash')).toBe(false);
  });
});

describe('timestamp mode and edits within the same second', () => {
  it('an equal-size edit in the same second is detected: the mtime is recorded to the nanosecond', () => {
    const t = nowSecs() - 100;
    const p = source('m.py', 'print(1)\n', t + 0.25);
    compileFileToCache(p, 'timestamp');
    const h = readHeader(fs.readFileSync(cachePathFor(p)));
    expect(h.racy).toBe(false);
    expect(h.sourceMtimeNs).toBe(BigInt(t) * 1_000_000_000n + 250_000_000n);
    expect(load(p).from).toBe('cache');
    // CPython 3.11 keeps int(st_mtime) = t and the size: this edit would look fresh to it.
    source('m.py', 'print(2)\n', t + 0.75);
    expect(cacheUpToDate(p, 'timestamp')).toBe(false);
    const r = load(p);
    expect(r).toMatchObject({ from: 'compiled', reason: 'stale source (mtime/size changed)', text: 'print(2)\n' });
  });

  it('a file compiled within 2 s of its mtime is racy: an edit that keeps even the nanoseconds is caught by the hash', () => {
    const t = Date.now() / 1000 - 0.5; // just written, as in an editor's save-and-run
    const p = source('m.py', 'print(1)\n', t);
    compileFileToCache(p, 'timestamp');
    const before = readHeader(fs.readFileSync(cachePathFor(p)));
    expect(before.racy).toBe(true);
    expect(load(p).from).toBe('cache'); // same bytes: the hash agrees
    source('m.py', 'print(2)\n', t); // same size, same mtime to the nanosecond (a coarse clock tick)
    expect(statSource(p).mtimeNs).toBe(before.sourceMtimeNs);
    expect(cacheUpToDate(p, 'timestamp')).toBe(false);
    const r = load(p);
    expect(r).toMatchObject({ from: 'compiled', reason: 'stale source (same mtime and size, hash mismatch)', text: 'print(2)\n' });
  });

  it('an old timestamp is trusted without reading the source (as in CPython)', () => {
    const t = nowSecs() - 100;
    const p = source('m.py', 'print(1)\n', t);
    compileFileToCache(p, 'timestamp');
    expect(readHeader(fs.readFileSync(cachePathFor(p))).racy).toBe(false);
    source('m.py', 'print(2)\n', t); // forged: same size and mtime
    expect(load(p)).toMatchObject({ from: 'cache', text: 'print(1)\n' });
  });
});
