/**
 * bin/tspy.js compiles the run bundle with a V8 code cache: a missing or
 * rejected cache is rewritten at exit, a valid one is left alone, and a
 * corrupt or unwritable one never changes what the program prints.
 */
import { describe, it, expect } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { tspy, makeTree, ROOT } from './helpers.js';

const bundleBuilt = fs.existsSync(path.join(ROOT, 'dist/cli/tspy.bundle.cjs'));

describe.skipIf(!bundleBuilt)('run bundle code cache', () => {
  it('is written once, reused, and survives corruption', () => {
    const dir = makeTree({ 'm.py': 'print(sum(range(10)), "ok")\n' });
    const cache = path.join(dir, 'bundle.v8cache');
    const env = { TSPY_CODE_CACHE: cache };
    let r = tspy(['run', 'm.py'], dir, env);
    expect(r.stdout).toBe('45 ok\n');
    expect(fs.existsSync(cache)).toBe(true);
    const first = fs.readFileSync(cache);
    expect(first.length).toBeGreaterThan(1000);
    const mtime = fs.statSync(cache).mtimeMs;
    r = tspy(['run', 'm.py'], dir, env);
    expect(r.stdout).toBe('45 ok\n');
    expect(fs.statSync(cache).mtimeMs).toBe(mtime); // accepted, not rewritten

    fs.writeFileSync(cache, Buffer.alloc(first.length, 0x5a)); // garbage: V8 rejects it
    r = tspy(['run', 'm.py'], dir, env);
    expect(r.stdout).toBe('45 ok\n');
    expect(r.status).toBe(0);
    expect(fs.readFileSync(cache).equals(Buffer.alloc(first.length, 0x5a))).toBe(false); // rewritten

    fs.writeFileSync(cache, first.subarray(0, 100)); // truncated
    r = tspy(['run', 'm.py'], dir, env);
    expect(r.stdout).toBe('45 ok\n');
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('runs without a cache where it cannot write one', () => {
    const dir = makeTree({ 'm.py': 'print("fine")\n' });
    const r = tspy(['run', 'm.py'], dir, { TSPY_CODE_CACHE: path.join(dir, 'no', 'such', 'dir', 'c.v8cache') });
    expect(r.stdout).toBe('fine\n');
    expect(r.status).toBe(0);
    expect(tspy(['run', 'm.py'], dir, { TSPY_CODE_CACHE: 'off' }).stdout).toBe('fine\n');
  });
});
