// Byte-exactness fixes and the compiler's internal fast paths, against values recorded from CPython 3.11.7.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it, expect } from 'vitest';
import { compileSource, PySyntaxError } from '../../src/compiler/index.js';
import { CodeObject } from '../../src/bytecode/code.js';
import { ConstPool } from '../../src/compiler/consts.js';
import { cmpStr } from '../../src/compiler/codegen.js';
import { isJumpOp, instrSize, hasArg, cacheUnits } from '../../src/compiler/cfg.js';
import { Pseudo } from '../../src/bytecode/stack_effect.js';
import { Op } from '../../src/bytecode/opcodes.js';
import { ConstTuple } from '../../src/bytecode/constants.js';

const hex = (u: Uint8Array): string => Buffer.from(u).toString('hex');
const funcs = (co: CodeObject): CodeObject[] => co.co_consts.filter((c): c is CodeObject => c instanceof CodeObject);

describe('code object fields', () => {
  it('co_argcount counts positional-only parameters (python3: f 3 2 1, <lambda> 1 1 0)', () => {
    const [f, lam] = funcs(compileSource('def f(a, b, /, c, *, d): pass\nlambda x, /: 0\n', 'p.py'));
    expect([f.co_argcount, f.co_posonlyargcount, f.co_kwonlyargcount]).toEqual([3, 2, 1]);
    expect([lam.co_argcount, lam.co_posonlyargcount, lam.co_kwonlyargcount]).toEqual([1, 1, 0]);
  });
});

describe('byte-exact output', () => {
  it('gives the exit-block copy to the later-allocated jump (duplicate_exits_without_lineno walks u_blocks)', () => {
    const src = 'def add_text(self, text):\n    if text is not SUPPRESS and text is not None:\n        self._add_item(self._format_text, [text])\n';
    const [f] = funcs(compileSource(src, 't1.py'));
    expect(hex(f.co_code)).toBe('97007c01740000000000000000000000750172207c0181207c00a00100000000000000000000000000000000000000007c006a0200000000000000007c016701a6020000ab0200000000000000000100640053006400530064005300');
    expect(hex(f.co_linetable)).toBe('8000d8070b9538d0071bd0071ba004d02030d8080c8f0e8a0e9074d41728a834a826d10831d40831d00831d00831d00831f00300081cd0071bd02030d02030');
  });
  it('copies exit blocks into jumping blocks in u_blocks order inside optimize_cfg (tempfile.py onerror)', () => {
    const src = 'def f(a, p):\n    if a:\n        try:\n            try:\n                g(p)\n            except E:\n                h(p)\n        except F:\n            pass\n    elif b:\n        pass\n';
    const [f] = funcs(compileSource(src, 't.py'));
    // python3.11: compile(src, 't.py', 'exec').co_consts[0].co_code.hex()
    expect(hex(f.co_code)).toBe('97007c007245090009007401000000000000000000007c01a6010000ab01000000000000000001006400530023007402000000000000000000002400721201007405000000000000000000007c01a6010000ab010000000000000000010059006e047700780359007701640053002300740600000000000000000000240072040100590064005300770078035900770174080000000000000000000072026400530064005300');
    expect(hex(f.co_exceptiontable)).toBe('850f160096193203af023700b1013203b2033700b70a410503c10401410503');
  });
  it('equal code objects share one co_consts slot, as code_richcompare makes them equal keys (turtledemo/rosette.py)', () => {
    // A while test is compiled twice, so its generator expression is too.
    const [f] = funcs(compileSource('def f(s):\n    while any(t for t in s):\n        pass\n    g = lambda: 0; h = lambda: 0\n', 'w.py'));
    const codes = funcs(f);
    // python3.11: one <genexpr>, two <lambda>s (same line, different columns, so different co_linetable).
    expect(codes.map((c) => c.co_name)).toEqual(['<genexpr>', '<lambda>', '<lambda>']);
    expect(hex(f.co_code)).toBe('9700740100000000000000000000640184007c004400a6000000ab000000000000000000a6010000ab010000000000000000721a0900740100000000000000000000640184007c004400a6000000ab000000000000000000a6010000ab010000000000000000b01a640284007d01640384007d0264005300');
  });
  it('puts KW_NAMES of a method call at the attribute, not the call', () => {
    const src = 'def f(obj, context=None):\n    x = (obj\n       .meth(a=1, b=context))\n    return obj.m(1, k=2)\n';
    const [f] = funcs(compileSource(src, 'kw.py'));
    expect(hex(f.co_code)).toBe('97007c00a000000000000000000000000000000000000000000064017c01ac02a6020000ab0200000000000000007d027c00a001000000000000000000000000000000000000000064016403ac04a6020000ab0200000000000000005300');
    expect(hex(f.co_linetable)).toBe('8000d8090cdf080c8a04887190478804d1081cd4081cf003000506e00b0e8f358a35901190618835893d8c3dd00418');
  });
  it('gives the jump after a case body no location of its own (it inherits the last instruction\'s)', () => {
    const src = 'def f():\n    match 0:\n        case 0:\n            x = True\n        case 0:\n            x = False\n    return x\n';
    const [f] = funcs(compileSource(src, 'pm.py'));
    expect(hex(f.co_code)).toBe('97006401780164016b02000000007204010064027d006e0764016b0200000000720264037d007c005300');
    expect(hex(f.co_linetable)).toBe('8000d80a0bd80d0e88518a5188518851d8101488418841d80d0e8a518851d810158841d80b0c8048');
  });
  it('adds no implicit None constant after a body that ends with return (co_consts recorded from python3)', () => {
    const src = "def f2(k):\n    'd'\n    if k: return g(**k)\n    else: return h(**k)\n"
      + "def f3(k):\n    'd'\n    return g(**k)\n    y = 7\n"
      + "def f5(k):\n    'd'\n    if k: return g(**k)\n    return h(**k)\n";
    const consts = funcs(compileSource(src, 'r.py')).map((f) => f.co_consts.map((v) => (v instanceof ConstTuple ? '()' : v)));
    expect(consts).toEqual([['d', null, '()'], ['d', 7n, null, '()'], ['d', '()']]);
  });
});

describe('fast paths', () => {
  it('cmpStr orders by code point like Python (sorted() recorded from python3)', () => {
    const xs = ['b', 'a', '\ue000', '\u{1f600}', 'ab', '\uffff'];
    expect(xs.slice().sort(cmpStr)).toEqual(['a', 'ab', 'b', '\ue000', '\uffff', '\u{1f600}']);
    expect(cmpStr('x', 'x')).toBe(0);
  });
  it('ConstPool shares equal constants but keeps 1, 1.0, True, 0.0 and -0.0 apart', () => {
    const p = new ConstPool();
    const idx = [p.add(1n), p.add(1), p.add(true), p.add('1'), p.add(0), p.add(-0), p.add(1n), p.add('1'), p.add(null)];
    expect(idx).toEqual([0, 1, 2, 3, 4, 5, 0, 3, 6]);
    expect(p.add(new ConstTuple(['a', 1n]))).toBe(p.add(new ConstTuple(['a', 1n])));
    p.truncate(3);
    expect(p.values).toEqual([1n, 1, true]);
    expect(p.add('1')).toBe(3);
    expect(p.add(1n)).toBe(0);
  });
  it('ConstPool: floats by value (-0.0 apart, NaN never shared), None/True/False and code objects once each, all re-addable after truncate', () => {
    const p = new ConstPool();
    const co = funcs(compileSource('def f(): pass\n', 'cp.py'))[0];
    const idx = [p.add(2.5), p.add(NaN), p.add(-0), p.add(0), p.add(false), p.add(true), p.add(null), p.add(co),
      p.add(2.5), p.add(NaN), p.add(-0), p.add(0), p.add(false), p.add(true), p.add(null), p.add(co), p.add(0n)];
    expect(idx).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 0, 8, 2, 3, 4, 5, 6, 7, 9]);
    p.truncate(1);
    expect(p.values).toEqual([2.5]);
    // Dropped constants get fresh slots in the new order; the kept one keeps its slot.
    expect([p.add(co), p.add(null), p.add(true), p.add(false), p.add(-0), p.add(NaN), p.add(2.5)]).toEqual([1, 2, 3, 4, 5, 6, 0]);
  });
  it('folds complex powers as complex_pow does (python3.11 co_consts in the comments)', () => {
    const folded = (e: string) => {
      const c = compileSource('x = ' + e, 'c.py').co_consts[0] as unknown as { real: number; imag: number };
      return [c.real, c.imag];
    };
    expect(folded('3j ** 0j')).toEqual([1, 0]); // (1+0j)
    expect(folded('(1+2j)**2')).toEqual([-3, 4]); // (-3+4j)
    expect(folded('(1+2j)**-3')).toEqual([-0.08800000000000001, 0.016]);
    expect(folded('2**1j')).toEqual([0.7692389013639721, 0.6389612763136348]);
    expect(folded('(1+1j)**0.5')).toEqual([1.0986841134678098, 0.45508986056222733]);
    expect(folded('1j**200')).toEqual([1, 1.964386723728472e-15]);
    // 0 to a negative power and overflow are left to run time: (0j, -1, None) and ((1e+200+1j), 2, None).
    expect(compileSource('x = 0j**-1', 'c.py').co_consts.length).toBe(3);
    expect(compileSource('x = (1e200+1j)**2', 'c.py').co_consts.length).toBe(3);
  });
  it('apply_static_swaps keeps the SWAP when the swapped stores hit the same local (test_compile.py test_apply_static_swaps*)', () => {
    const src = 'def f(x, y):\n    a, a = x, y\n    return a\ndef g(x, y, z):\n    a, b, a = x, y, z\n    return a\ndef h(x, y, z):\n    a, a, b = x, y, z\n    return a\n';
    // python3.11.7: [c.co_code.hex() for c in compile(src, 's.py', 'exec').co_consts[:3]]
    expect(funcs(compileSource(src, 's.py')).map((c) => hex(c.co_code))).toEqual(
      ['97007c007c0163027d027d027c025300', '97007c007c017c0263037d037d047d037c035300', '97007c007c017c0263037d037d037d047c035300']);
  });
  it('every folded NaN is a constant of its own (python3.11: test_float.py test_nan_as_str)', () => {
    const [f] = funcs(compileSource('def f():\n    a = 1e300 * 1e300 * 0\n    b = -1e300 * 1e300 * 0\n    c = 1e300 * 1e300 * 0\n    d = 2.5\n    e = 2.5\n', 'n.py'));
    // python3.11 co_consts: (None, nan, nan, nan, 2.5)
    expect(f.co_consts.length).toBe(5);
    expect(f.co_consts.slice(1, 4).every((v) => typeof v === 'number' && Number.isNaN(v))).toBe(true);
    expect(f.co_consts[4]).toBe(2.5);
  });
  it('opcode tables agree with the opcode definitions', () => {
    expect(isJumpOp(Pseudo.JUMP)).toBe(true);
    expect(isJumpOp(Pseudo.POP_JUMP_IF_NOT_NONE)).toBe(true);
    expect(isJumpOp(Pseudo.SETUP_FINALLY)).toBe(false);
    expect(isJumpOp(Pseudo.POP_BLOCK)).toBe(false);
    expect(isJumpOp(Op.FOR_ITER)).toBe(true);
    expect(isJumpOp(Op.LOAD_FAST)).toBe(false);
    expect(hasArg(Op.LOAD_FAST)).toBe(true);
    expect(hasArg(Op.POP_TOP)).toBe(false);
    expect(cacheUnits(Op.LOAD_GLOBAL)).toBe(5);
    expect(instrSize({ op: Op.LOAD_GLOBAL, arg: 300, target: null, loc: { lineno: 1, endLineno: 1, col: 0, endCol: 0 }, except: null })).toBe(7);
  });
  it('compile-time SyntaxErrors quote the file on disk and count columns in bytes, as CPython (recorded from python3)', () => {
    const src = new TextEncoder().encode('x = 1\ndef f():\n    nonlocal y\n');
    const errOf = (s: string | Uint8Array, filename: string): PySyntaxError => {
      try {
        compileSource(s, filename);
      } catch (e) {
        return e as PySyntaxError;
      }
      throw new Error('no SyntaxError');
    };
    // No such file: no text (PyErr_ProgramTextObject finds nothing).
    const a = errOf(src, 'e.py');
    expect([a.text, a.lineno, a.offset, a.end_offset]).toEqual([null, 3, 5, 15]);
    // The file exists: its line is quoted.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tspy-cerr-'));
    try {
      const file = path.join(dir, 'e.py');
      fs.writeFileSync(file, src);
      expect(errOf(src, file).text).toBe('    nonlocal y\n');
      // Offsets are UTF-8 byte columns + 1, even after non-ASCII characters.
      const line = "'\u00e9\u00e9'; return 1\n";
      fs.writeFileSync(file, line);
      const b = errOf(line, file);
      expect([b.msg, b.text, b.offset, b.end_offset]).toEqual(["'return' outside function", line, 9, 17]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('jump offsets', () => {
  it('jumps over more than 255 code units get EXTENDED_ARG, forward and backward (recorded from python3)', () => {
    // 60 statements of 5 code units: the if's and while's forward jumps and the loop's backward
    // jump all need an EXTENDED_ARG, which moves every later block.
    const src = 'def f(x):\n    while x:\n        if x:\n' + '            x = x + 1\n'.repeat(60) + '    return x\n';
    const co = compileSource(src, '<t>');
    const f = co.co_consts.find((c) => c instanceof CodeObject) as CodeObject;
    // python3: f.__code__.co_code.hex()
    const expected = '97007c00900172327c009001722c' + '7c0064017a0000007d00'.repeat(60) + '7c009001b0327c005300';
    expect(Buffer.from(f.co_code).toString('hex')).toBe(expected);
    expect(f.co_stacksize).toBe(2);
    expect(f.co_linetable.length).toBe(577);
  });
});
