import { describe, it, expect } from 'vitest';
import { parseArgs, checkPositional, oneArg, noKwargs, checkArgCount } from '../../src/runtime/args.js';
import { PyBaseExceptionObject, type PyValue } from '../../src/runtime/object.js';

function msg(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof PyBaseExceptionObject) return `${e.ob_type.tp_name}: ${String(e.args[0])}`;
    throw e;
  }
  return 'OK';
}
const ROUND = ['number', 'ndigits?'];
const SORT = ['iterable', '/', '*', 'key?', 'reverse?'];
const PRINT = ['*args', '*', 'sep?', 'end?', 'file?', 'flush?'];

describe('parseArgs (messages recorded from CPython 3.11)', () => {
  it('round', () => {
    expect(msg(() => parseArgs('round', [1, 2, 3], null, ROUND))).toBe('TypeError: round() takes at most 2 arguments (3 given)');
    expect(msg(() => parseArgs('round', [], null, ROUND))).toBe("TypeError: round() missing required argument 'number' (pos 1)");
    expect(msg(() => parseArgs('round', [1], ['x'], ROUND))).toBe("TypeError: 'x' is an invalid keyword argument for round()");
    expect(msg(() => parseArgs('round', [1, 2, 3], ['number', 'ndigits', 'x'], ROUND))).toBe('TypeError: round() takes at most 2 keyword arguments (3 given)');
    expect(msg(() => parseArgs('round', [1, 2], ['number'], ROUND))).toBe(
      "TypeError: argument for round() given by name ('number') and position (1)",
    );
    const r = parseArgs('round', [1, 5], ['ndigits'], ROUND);
    expect([r[0], r[1]]).toEqual([1, 5]);
  });
  it('keyword-only and varargs', () => {
    expect(msg(() => parseArgs('sort', [0, 1], ['key2'], SORT))).toBe("TypeError: 'key2' is an invalid keyword argument for sort()");
    // a required positional-only parameter missing while keywords are given (CPython: sum(start=1))
    expect(msg(() => parseArgs('sum', [1], ['start'], ['iterable', '/', 'start?']))).toBe('TypeError: sum() takes at least 1 positional argument (0 given)');
    expect(msg(() => parseArgs('int', [1], ['x'], ['x?', '/', 'base?']))).toBe("TypeError: 'x' is an invalid keyword argument for int()");
    const p = parseArgs('print', [1, 2, '-'], ['sep'], PRINT);
    expect(p.rest).toEqual([1, 2]);
    expect(p[0]).toBe('-');
    expect(msg(() => parseArgs('print', [1], ['x'], PRINT))).toBe("TypeError: 'x' is an invalid keyword argument for print()");
  });
  it('positional helpers', () => {
    const a: PyValue[] = [1];
    expect(msg(() => checkPositional('divmod', a, null, 2, 2))).toBe('TypeError: divmod expected 2 arguments, got 1');
    expect(msg(() => checkPositional('min', [], null, 1, Infinity))).toBe('TypeError: min expected at least 1 argument, got 0');
    expect(msg(() => checkPositional('range', [1, 2, 3, 4], null, 1, 3))).toBe('TypeError: range expected at most 3 arguments, got 4');
    expect(msg(() => oneArg('len', [1, 2], null))).toBe('TypeError: len() takes exactly one argument (2 given)');
    expect(msg(() => noKwargs('float', ['x']))).toBe('TypeError: float() takes no keyword arguments');
    expect(msg(() => checkArgCount('startswith', 0, 1, 3))).toBe('TypeError: startswith() takes at least 1 argument (0 given)');
    expect(msg(() => checkArgCount('sum', 3, 1, 2))).toBe('TypeError: sum() takes at most 2 arguments (3 given)');
  });
});
