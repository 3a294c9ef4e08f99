// SyntaxErrors raised by the compiler itself (messages recorded from python3 3.11).
import { describe, it, expect } from 'vitest';
import { compileSource } from '../../src/compiler/index.js';
import { PySyntaxError } from '../../src/parser/errors.js';

const cases: [string, string, number][] = [
  ['return 1\n', "'return' outside function", 1],
  ['break\n', "'break' outside loop", 1],
  ['continue\n', "'continue' not properly in loop", 1],
  ['yield 1\n', "'yield' outside function", 1],
  ['await x\n', "'await' outside function", 1],
  ['def f():\n    await x\n', "'await' outside async function", 2],
  ['async def f():\n    yield from x\n', "'yield from' inside async function", 2],
  ['async def f():\n    yield 1\n    return 2\n', "'return' with value in async generator", 3],
  ['def f():\n    x = 1\n    global x\n', "name 'x' is assigned to before global declaration", 3],
  ['try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n', "default 'except:' must be last", 3],
  ['f(a=1, a=2)\n', 'keyword argument repeated: a', 1],
  ['import os\nfrom __future__ import annotations\n', 'from __future__ imports must occur at the beginning of the file', 2],
  ['from __future__ import nope\n', 'future feature nope is not defined', 1],
  ['match x:\n    case a:\n        pass\n    case b:\n        pass\n', "name capture 'a' makes remaining patterns unreachable", 2],
  ['match x:\n    case [a, a]:\n        pass\n', "multiple assignments to name 'a' in pattern", 2],
  ['def f():\n    x = [(yield) for y in z]\n', "'yield' inside list comprehension", 2],
  ['__debug__ = 1\n', 'cannot assign to __debug__', 1],
];

describe('compiler syntax errors', () => {
  it.each(cases)('%j', (src, msg, line) => {
    let err: unknown;
    try {
      compileSource(src, '<t>');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(PySyntaxError);
    expect((err as PySyntaxError).msg).toBe(msg);
    expect((err as PySyntaxError).lineno).toBe(line);
  });
});
