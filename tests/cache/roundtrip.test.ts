/**
 * The codec against real compiler output: every code object the compiler
 * produces for a varied corpus survives encode → decode field for field,
 * through the public API (compileFile / loadCode).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CodeObject } from '../../src/bytecode/code.js';
import { ConstComplex, ConstFrozenSet, ConstTuple, ELLIPSIS } from '../../src/bytecode/constants.js';
import type { ConstValue } from '../../src/bytecode/constants.js';
import { decodePayload, encodePayload } from '../../src/cache/format.js';
import { compileFile, compileSource, loadCode } from '../../src/index.js';

function desc(v: ConstValue): unknown {
  if (v === null) return 'None';
  if (typeof v === 'bigint') return `int:${v}`;
  if (typeof v === 'number') return `float:${Object.is(v, -0) ? '-0' : v}`;
  if (typeof v === 'string') return `str:${v}`;
  if (typeof v === 'boolean') return `bool:${v}`;
  if (v instanceof Uint8Array) return `bytes:${Array.from(v)}`;
  if (v instanceof ConstTuple) return { tuple: v.items.map(desc) };
  if (v instanceof ConstFrozenSet) return { frozenset: v.items.map(desc) };
  if (v instanceof ConstComplex) return `complex:${v.real},${v.imag}`;
  if (v === ELLIPSIS) return 'Ellipsis';
  const c = v as CodeObject;
  return {
    f: [c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount, c.co_stacksize, c.co_flags, c.co_firstlineno],
    s: [c.co_filename, c.co_name, c.co_qualname],
    code: Array.from(c.co_code),
    consts: c.co_consts.map(desc),
    names: c.co_names,
    lp: c.co_localsplusnames,
    kinds: Array.from(c.co_localspluskinds),
    lt: Array.from(c.co_linetable),
    et: Array.from(c.co_exceptiontable),
  };
}

const CORPUS: Record<string, string> = {
  constants: 'a = (1, 2.0, -0.0, 1e308, 3j, 1+2j, "s", b"b", None, True, False, ..., 2**100, -2**70)\nb = x in {1, 2, 3}\nc = 1.0\nd = 10**20 * 1.0\n',
  functions: 'def f(a, /, b, *args, c=1.5, d, **kw):\n    """doc"""\n    def g():\n        nonlocal a\n        a += 1\n        return a\n    return g\nlam = lambda x=(): x\n',
  classes: 'class A(object):\n    x: int = 1\n    def m(self):\n        return super().m()\n    @property\n    def p(self): return 2\n',
  control: 'for i in range(3):\n    try:\n        if i: continue\n    except (ValueError, TypeError) as e:\n        raise RuntimeError("x") from e\n    finally:\n        pass\nwhile True:\n    break\nwith open("f") as fh, open("g"):\n    pass\n',
  comprehensions: 'a = [x * 2 for x in range(5) if x]\nb = {k: v for k, v in {}.items()}\nc = {x for x in "abc"}\nd = (y for y in a)\n',
  generators: 'def gen():\n    x = yield 1\n    yield from range(x)\nasync def co():\n    await co()\n    async for z in co():\n        pass\n',
  unicode: 's = "é😀中\\ud800"\nt = "\\x00\\n"\n',
  fstrings: 'x = 1\ny = f"{x!r:>10} and {x + 1:{x}}"\n',
  match: 'match p:\n    case (1, 2.0, "a", None):\n        pass\n    case {"k": v, **rest}:\n        pass\n    case [a, *b] if a:\n        pass\n',
};

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tspy-rt-'));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('codec round-trip of compiler output', () => {
  for (const [name, src] of Object.entries(CORPUS)) {
    it(name, async () => {
      let code: CodeObject;
      try {
        code = await compileSource(src, `${name}.py`);
      } catch (e) {
        // A compiler gap is the compiler's test's business; the cache must still not crash.
        expect(e).toBeDefined();
        return;
      }
      const back = decodePayload(encodePayload(code));
      expect(desc(back)).toEqual(desc(code));
    });
  }

  it('compileFile then loadCode reads the same code back from the cache', async () => {
    const file = path.join(dir, 'm.py');
    fs.writeFileSync(file, CORPUS.constants);
    const cachePath = await compileFile(file);
    expect(cachePath).toBe(path.join(dir, '__pycache__', 'm.tspy-311.pyc'));
    const r = await loadCode(file);
    expect(r.from).toBe('cache');
    const fresh = await compileSource(CORPUS.constants, file);
    expect(desc(r.code)).toEqual(desc(fresh));
    const direct = await loadCode(cachePath);
    expect(desc(direct.code)).toEqual(desc(fresh));
  });
});
