import { describe, it, expect } from 'vitest';
import { ByteArena } from '../../src/compiler/assembler.js';
import { compileSource } from '../../src/compiler/index.js';
import type { CodeObject } from '../../src/bytecode/code.js';

describe('ByteArena (backing memory of code objects byte fields)', () => {
  it('hands out disjoint zeroed views, the first chunk no larger than asked for', () => {
    const a = new ByteArena();
    const x = a.alloc(5);
    expect(x.buffer.byteLength).toBe(5);
    x.fill(7);
    const y = a.alloc(3);
    const z = a.alloc(0);
    expect([...y]).toEqual([0, 0, 0]);
    y.fill(9);
    expect([...x]).toEqual([7, 7, 7, 7, 7]);
    expect(z.length).toBe(0);
    expect(a.alloc(0)).toBe(z);
  });
  it('grows chunks with what it has handed out, up to 64 KiB', () => {
    const a = new ByteArena();
    const sizes = new Set<number>();
    for (let i = 0; i < 2000; i++) sizes.add(a.alloc(100).buffer.byteLength);
    expect(Math.max(...sizes)).toBe(65536);
    expect(a.alloc(100000).buffer.byteLength).toBe(100000);
  });
  it('code objects of one compile share chunks; separate compiles never do', () => {
    const flat = (co: CodeObject): CodeObject[] => [co, ...co.co_consts.flatMap((c) => (c && typeof c === 'object' && 'co_code' in c ? flat(c as CodeObject) : []))];
    const src = 'def f(a):\n    return a + 1\ndef g(b):\n    try:\n        return b\n    except E:\n        pass\n';
    const one = flat(compileSource(src, 'a1.py')), two = flat(compileSource(src, 'a2.py'));
    // (Empty fields all share one empty array.)
    const buffers = (cs: CodeObject[]) => new Set(cs.flatMap((c) => [c.co_code, c.co_linetable, c.co_exceptiontable, c.co_localspluskinds]).filter((u) => u.length > 0).map((u) => u.buffer));
    expect(one[0].co_exceptiontable.length).toBe(0);
    expect(one[0].co_exceptiontable).toBe(two[1].co_exceptiontable);
    const b1 = buffers(one), b2 = buffers(two);
    for (const b of b1) expect(b2.has(b)).toBe(false);
    expect(b1.size).toBeLessThan(one.length * 4);
    // Same bytes either way.
    expect(one.map((c) => Buffer.from(c.co_code).toString('hex'))).toEqual(two.map((c) => Buffer.from(c.co_code).toString('hex')));
    expect(Buffer.from(one[2].co_exceptiontable).length).toBeGreaterThan(0);
  });
});
