// Symbol-table scope resolution (CPython 3.11 symtable.c semantics).
import { describe, it, expect } from 'vitest';
import { parse } from '../../src/parser/index.js';
import { buildSymtable, Scope, type SymbolTableEntry } from '../../src/compiler/symtable.js';

function table(src: string) {
  return buildSymtable(parse(src, '<t>', 'exec') as never, '<t>', false);
}
function child(e: SymbolTableEntry, name: string): SymbolTableEntry {
  const c = e.children.find((x) => x.name === name);
  if (!c) throw new Error('no child ' + name);
  return c;
}

describe('symtable', () => {
  it('module-level bindings are module locals, read in functions as implicit globals', () => {
    const st = table('x = 1\ndef f(a):\n    b = a\n    return x\n');
    expect(st.top.getScope('x')).toBe(Scope.LOCAL);
    const f = child(st.top, 'f');
    expect(f.getScope('a')).toBe(Scope.LOCAL);
    expect(f.getScope('b')).toBe(Scope.LOCAL);
    expect(f.getScope('x')).toBe(Scope.GLOBAL_IMPLICIT);
    expect(f.varnames).toEqual(['a']);
  });
  it('hasCellOrFree marks exactly the blocks with a CELL or FREE name or a DEF_FREE_CLASS symbol', () => {
    const st = table('def plain(a):\n    return a\ndef f():\n    v = 1\n    def g():\n        return v\n    return g\n'
      + 'def h():\n    x = 1\n    class C:\n        x = 2\n        def m(self):\n            return x\n'
      + 'class D:\n    def m(self):\n        return __class__\n');
    const f = child(st.top, 'f'), h = child(st.top, 'h'), cls = child(h, 'C'), d = child(st.top, 'D');
    expect(st.top.hasCellOrFree).toBe(false);
    expect(child(st.top, 'plain').hasCellOrFree).toBe(false);
    expect([f.hasCellOrFree, child(f, 'g').hasCellOrFree]).toEqual([true, true]);
    expect([h.hasCellOrFree, cls.hasCellOrFree, child(cls, 'm').hasCellOrFree]).toEqual([true, true, true]);
    // D's only cell is the implicit __class__ (needsClassClosure), not a symbol.
    expect([d.hasCellOrFree, d.needsClassClosure, child(d, 'm').hasCellOrFree]).toEqual([false, true, true]);
  });
  it('captured locals become cells, uses in inner functions free', () => {
    const st = table('def f():\n    v = 1\n    def g():\n        return v\n    return g\n');
    const f = child(st.top, 'f');
    expect(f.getScope('v')).toBe(Scope.CELL);
    expect(child(f, 'g').getScope('v')).toBe(Scope.FREE);
  });
  it("a block's global/bound edits reach its own children only, never its siblings' (CPython copies the sets per child)", () => {
    // a's `global y` makes y global for a2 but must not leak into b (b2 still closes over outer's y);
    // c binds z locally, which takes z out of the global set for c2 only: d2 keeps seeing the declared global.
    const src = 'def outer():\n    y = 1\n    global z\n    def a():\n        global y\n        def a2(): return y\n'
      + '    def b():\n        def b2(): return y\n    def c():\n        z = 1\n        def c2(): return z\n'
      + '    def d():\n        def d2(): return z\n    class K:\n        global y\n        def m(self): return y\n';
    const st = table(src);
    const o = child(st.top, 'outer');
    expect(o.getScope('y')).toBe(Scope.CELL);
    expect(child(child(o, 'a'), 'a2').getScope('y')).toBe(Scope.GLOBAL_IMPLICIT);
    expect(child(child(o, 'b'), 'b2').getScope('y')).toBe(Scope.FREE);
    expect(child(child(o, 'c'), 'c2').getScope('z')).toBe(Scope.FREE);
    expect(child(o, 'c').getScope('z')).toBe(Scope.CELL);
    expect(child(child(o, 'd'), 'd2').getScope('z')).toBe(Scope.GLOBAL_IMPLICIT);
    // A class's own global declaration does not hide the enclosing binding from its methods.
    expect(child(child(o, 'K'), 'm').getScope('y')).toBe(Scope.FREE);
  });
  it('global and nonlocal declarations', () => {
    const st = table('def f():\n    global g\n    n = 0\n    def h():\n        nonlocal n\n        n = 1\n    g = 2\n');
    const f = child(st.top, 'f');
    expect(f.getScope('g')).toBe(Scope.GLOBAL_EXPLICIT);
    expect(f.getScope('n')).toBe(Scope.CELL);
    expect(child(f, 'h').getScope('n')).toBe(Scope.FREE);
  });
  it('super() in a method makes __class__ a class cell', () => {
    const st = table('class C:\n    def m(self):\n        return super().m()\n');
    const c = child(st.top, 'C');
    expect(c.needsClassClosure).toBe(true);
    expect(child(c, 'm').getScope('__class__')).toBe(Scope.FREE);
  });
  it('comprehensions are function scopes with .0; walrus binds in the enclosing function', () => {
    const st = table('def f(d):\n    return [y for x in d if (y := x)]\n');
    const f = child(st.top, 'f');
    const lc = child(f, 'listcomp');
    expect(lc.varnames).toEqual(['.0']);
    expect(lc.getScope('x')).toBe(Scope.LOCAL);
    expect(lc.getScope('y')).toBe(Scope.FREE);
    expect(f.getScope('y')).toBe(Scope.CELL);
  });
  it('class bodies do not create closures for methods; name mangling', () => {
    const st = table('class C:\n    __p = 1\n    def m(self):\n        return self.__p\n');
    const c = child(st.top, 'C');
    expect(c.symbols.has('_C__p')).toBe(true);
  });
  it('generator and coroutine flags', () => {
    const st = table('def g():\n    yield 1\nasync def a():\n    await x\n');
    expect(child(st.top, 'g').generator).toBe(true);
    expect(child(st.top, 'a').coroutine).toBe(true);
  });
  it.each([
    ['def f():\n    x = 1\n    global x\n', "name 'x' is assigned to before global declaration"],
    ['def f():\n    print(x)\n    global x\n', "name 'x' is used prior to global declaration"],
    ['def f(x):\n    global x\n', "name 'x' is parameter and global"],
    ['def f():\n    nonlocal q\n', "no binding for nonlocal 'q' found"],
    ['nonlocal q\n', 'nonlocal declaration not allowed at module level'],
    ['def f(a, a): pass\n', "duplicate argument 'a' in function definition"],
    ['def f():\n    from m import *\n', 'import * only allowed at module level'],
    ['[(i := 0) for i in x]\n', "assignment expression cannot rebind comprehension iteration variable 'i'"],
  ])('rejects %j', (src, msg) => {
    expect(() => table(src)).toThrow(msg);
  });
});
