// Round trips of the exception table and location table encodings, plus stack effects.
import { describe, it, expect } from 'vitest';
import { encodeExceptionTable, parseExceptionTable, findHandler } from '../../src/bytecode/exceptiontable.js';
import { LineTableWriter, decodePositions, addr2line, co_positions } from '../../src/bytecode/linetable.js';
import { stackEffect } from '../../src/bytecode/stack_effect.js';
import { compileSource } from '../../src/compiler/index.js';
import { Op } from '../../src/bytecode/opcodes.js';

describe('exception table', () => {
  it('round-trips entries including large values', () => {
    const entries = [
      { start: 3, end: 12, target: 14, depth: 0, lasti: false },
      { start: 14, end: 23, target: 63, depth: 1, lasti: true },
      { start: 100, end: 5000, target: 70000, depth: 3, lasti: false },
    ];
    const bytes = encodeExceptionTable(entries);
    expect(parseExceptionTable(bytes)).toEqual(entries);
    expect(findHandler(entries, 15)?.target).toBe(63);
    expect(findHandler(entries, 13)).toBeNull();
  });
  it('matches CPython bytes for a try/except (recorded from python3)', () => {
    // def f(a):\n try: a()\n except E as e: b()  -> f.__code__.co_exceptiontable
    const cpython = Uint8Array.from([0x83, 0x0a, 0x0e, 0x00, 0x8e, 0x0a, 0x30, 0x03, 0x98, 0x0e, 0x2b, 0x03, 0xab, 0x05, 0x30, 0x03]);
    const e = parseExceptionTable(cpython);
    expect(e[0]).toEqual({ start: 3, end: 13, target: 14, depth: 0, lasti: false });
    expect(encodeExceptionTable(e)).toEqual(cpython);
  });
});

describe('location table', () => {
  it('round-trips every entry form', () => {
    const locs = [
      { lineno: 1, endLineno: 1, col: 0, endCol: 0 },
      { lineno: 1, endLineno: 1, col: 4, endCol: 9 },
      { lineno: 2, endLineno: 2, col: 100, endCol: 120 },
      { lineno: 2, endLineno: 5, col: 4, endCol: 11 },
      { lineno: -1, endLineno: -1, col: -1, endCol: -1 },
      { lineno: 40, endLineno: 40, col: -1, endCol: -1 },
      { lineno: 3, endLineno: 3, col: 200, endCol: 300 },
    ];
    const w = new LineTableWriter(1);
    const sizes = [1, 3, 12, 1, 2, 1, 5];
    locs.forEach((l, i) => w.add(l, sizes[i]));
    const pos = decodePositions(w.finish(), 1);
    let u = 0;
    locs.forEach((l, i) => {
      for (let k = 0; k < sizes[i]; k++, u++) {
        const exp = l.lineno < 0 ? [null, null, null, null] : [l.lineno, l.endLineno, l.col < 0 ? null : l.col, l.endCol < 0 ? null : l.endCol];
        expect(pos[u]).toEqual(exp);
      }
    });
  });
  it('grows past its first buffer and starts afresh after reset', () => {
    // 400 long-form entries (2 lines apart, wide columns) need far more than the initial 256 bytes.
    const locs = Array.from({ length: 400 }, (_, i) => ({ lineno: 10 + 2 * i, endLineno: 12 + 2 * i, col: 300, endCol: 5000 }));
    const w = new LineTableWriter(1);
    for (const l of locs) w.add(l, 9);
    const first = w.finish();
    expect(first.length).toBeGreaterThan(256);
    const pos = decodePositions(first, 1);
    expect(pos.length).toBe(400 * 9);
    expect(pos[9 * 399 + 8]).toEqual([808, 810, 300, 5000]);
    // After reset the same writer encodes a new table from a new first line, as a fresh one does.
    w.reset(5);
    w.add({ lineno: 6, endLineno: 6, col: 1, endCol: 3 }, 1);
    const fresh = new LineTableWriter(5);
    fresh.add({ lineno: 6, endLineno: 6, col: 1, endCol: 3 }, 1);
    expect(w.size).toBe(fresh.size);
    expect(Array.from(w.finish())).toEqual(Array.from(fresh.finish()));
    const into = new Uint8Array(w.size + 2);
    w.copyTo(into, 2);
    expect(Array.from(into.subarray(2))).toEqual(Array.from(fresh.finish()));
  });
  it('decodes compiled code: addr2line per instruction', () => {
    const co = compileSource('x = 1\n\ny = x + 2\n', '<t>');
    const pos = co_positions(co);
    expect(pos.length).toBe(co.co_code.length / 2);
    expect(addr2line(co, 0)).toBe(0); // RESUME of a module is on line 0
    expect(addr2line(co, 1)).toBe(1);
    const lines = new Set(pos.map((p) => p[0]));
    expect(lines.has(3)).toBe(true);
  });
  it('encodes like CPython for a small function (recorded from python3)', () => {
    const co = compileSource('def f(a):\n    return a + 1\n', '<t>');
    const f = co.co_consts.find((c) => typeof c === 'object' && c !== null && 'co_code' in c) as typeof co;
    // python3: f.__code__.co_linetable.hex() == '8000d80b0c88718935804c'
    expect(Buffer.from(f.co_linetable).toString('hex')).toBe('8000d80b0c88718935804c');
  });
});

describe('stack effects', () => {
  it('match dis.stack_effect for common opcodes', () => {
    expect(stackEffect(Op.LOAD_CONST, 0)).toBe(1);
    expect(stackEffect(Op.BUILD_TUPLE, 3)).toBe(-2);
    expect(stackEffect(Op.FOR_ITER, 0, true)).toBe(-1);
    expect(stackEffect(Op.FOR_ITER, 0, false)).toBe(1);
    expect(stackEffect(Op.LOAD_GLOBAL, 1)).toBe(2);
    expect(stackEffect(Op.MAKE_FUNCTION, 0x0b)).toBe(-3);
    expect(stackEffect(Op.CALL_FUNCTION_EX, 1)).toBe(-3);
    expect(stackEffect(Op.UNPACK_EX, 0x102)).toBe(3);
  });
});
