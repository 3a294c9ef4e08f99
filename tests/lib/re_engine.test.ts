/**
 * Unit tests of the `re` translation layer and engine against results
 * recorded from CPython 3.11 (tests/lib/re_golden.json, regenerate with
 * `python3 tests/lib/gen_re_golden.py`).
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { CompiledPattern, IndexMap, parseTemplate, expandTemplate, escapePattern, RegexError } from '../../src/modules/re_engine.js';

const golden = JSON.parse(readFileSync(new URL('./re_golden.json', import.meta.url), 'utf8'));

function findall(p: string, s: string, f: number): unknown[] {
  const c = new CompiledPattern(p, f);
  const out: unknown[] = [];
  for (const m of c.iterate(s, 0, s.length)) {
    if (c.groups === 0) out.push(m.group(0));
    else if (c.groups === 1) out.push(m.group(1) ?? '');
    else {
      const t: string[] = [];
      for (let g = 1; g <= c.groups; g++) t.push(m.group(g) ?? '');
      out.push(t);
    }
  }
  return out;
}

function subn(p: string, repl: string, s: string, count: number): [string, number] {
  const c = new CompiledPattern(p, 0);
  const parts = parseTemplate(repl, c.groups, c.groupindex);
  let out = '';
  let last = 0;
  let n = 0;
  for (const m of c.iterate(s, 0, s.length)) {
    out += s.slice(last, m.start) + expandTemplate(parts, m);
    last = m.end;
    if (count && ++n >= count) break;
    if (!count) n++;
  }
  return [out + s.slice(last), n];
}

function split(p: string, s: string, maxsplit: number): (string | null)[] {
  const c = new CompiledPattern(p, 0);
  const out: (string | null)[] = [];
  let last = 0;
  let n = 0;
  for (const m of c.iterate(s, 0, s.length)) {
    out.push(s.slice(last, m.start));
    for (let g = 1; g <= c.groups; g++) out.push(m.group(g) ?? null);
    last = m.end;
    if (maxsplit && ++n >= maxsplit) break;
  }
  out.push(s.slice(last));
  return out;
}

describe('re engine vs CPython 3.11', () => {
  for (const [p, s, f, exp] of golden.findall) {
    it(`findall ${JSON.stringify(p)} flags=${f}`, () => expect(findall(p, s, f)).toEqual(exp));
  }
  for (const [p, r, s, c, exp] of golden.sub) {
    it(`subn ${JSON.stringify(p)} -> ${JSON.stringify(r)}`, () => expect(subn(p, r, s, c)).toEqual(exp));
  }
  for (const [p, s, m, exp] of golden.split) {
    it(`split ${JSON.stringify(p)}`, () => expect(split(p, s, m)).toEqual(exp));
  }
  for (const [p, exp] of golden.errors) {
    it(`error ${JSON.stringify(p)}`, () => {
      let msg: string | null = null;
      try {
        new CompiledPattern(p, 0);
      } catch (e) {
        expect(e).toBeInstanceOf(RegexError);
        msg = (e as Error).message;
      }
      expect(msg).toEqual(exp);
    });
  }
  for (const [p, s, spans, lastindex] of golden.spans) {
    it(`spans ${JSON.stringify(p)}`, () => {
      const c = new CompiledPattern(p, 0);
      const m = c.exec('search', s, 0, s.length)!;
      const im = new IndexMap(s);
      const got: [number, number][] = [];
      for (let g = 0; g <= c.groups; g++) {
        const sp = m.span(g);
        got.push(sp ? [im.toCp(sp[0]), im.toCp(sp[1])] : [-1, -1]);
      }
      expect(got).toEqual(spans);
      const li = c.lastIndex(m);
      expect(li < 0 ? null : li).toEqual(lastindex);
    });
  }
  it('fullmatch and match modes', () => {
    const c = new CompiledPattern('[a-z]+', 0);
    expect(c.exec('fullmatch', 'abc', 0, 3)?.group(0)).toBe('abc');
    expect(c.exec('fullmatch', 'abc1', 0, 4)).toBeNull();
    expect(c.exec('match', '1abc', 0, 4)).toBeNull();
    expect(c.exec('match', '1abc', 1, 4)?.group(0)).toBe('abc');
    expect(c.exec('fullmatch', 'abc1', 0, 3)?.group(0)).toBe('abc');
  });
  it('escape', () => {
    expect(escapePattern('a.b*c?')).toBe('a\\.b\\*c\\?');
    expect(escapePattern('x y_z-1')).toBe('x\\ y_z\\-1');
  });
});

describe('re translation limits', () => {
  it('raises a clear error for constructs JS cannot express', () => {
    expect(() => new CompiledPattern('(?(1)a|b)', 0)).toThrow(/conditional groups/);
    expect(() => new CompiledPattern('\\N{DIGIT ONE}', 0)).toThrow(/not supported by tspy/);
  });
  it('turning IGNORECASE off in a group', () => {
    const c = new CompiledPattern('(?i)a(?-i:b)|c', 0);
    const got: string[] = [];
    for (const m of c.iterate('aB Ab ab C', 0, 10)) got.push(m.group(0)!);
    expect(got).toEqual(['Ab', 'ab', 'C']);
  });
  it('scoped flags without the JS i flag', () => {
    const c = new CompiledPattern('a(?i:b[c-d])e', 0);
    expect(c.exec('search', 'xaBDe aBDE', 0, 10)?.group(0)).toBe('aBDe');
    expect(c.exec('search', 'ABDe', 0, 4)).toBeNull();
  });
  it('code point positions with astral characters', () => {
    const s = 'a😀b😀c';
    const c = new CompiledPattern('c', 0);
    const m = c.exec('search', s, 0, s.length)!;
    expect(new IndexMap(s).toCp(m.start)).toBe(4);
  });
});
