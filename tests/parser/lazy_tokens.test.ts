// The parser pulls tokens from the tokenizer as it goes and clears those of
// statements already parsed. These tests pin what must not change because
// of that: CPython's error priorities over the whole file, positions in long
// blocks, and names; and the source decoding fast path.
// Expected values recorded from CPython 3.11.
import { describe, expect, it } from 'vitest';
import { parse, tokenize, PySyntaxError } from '../../src/parser/index.js';
import { Tokenizer } from '../../src/parser/tokenizer.js';
import type { ClassDef, FunctionDef, Module, Name, Assign } from '../../src/parser/ast.js';

function err(src: string): unknown[] {
  try {
    parse(src, '<t>', 'exec');
  } catch (e) {
    if (e instanceof PySyntaxError) return [e.type, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset];
    throw e;
  }
  return ['ok'];
}

const LINES = 'y = 1\n'.repeat(2000);
// a long function in a class: many statement boundaries where tokens are released
const LONG =
  'class C:\n def f(self):\n' +
  Array.from({ length: 2999 }, (_, k) => `  v${k + 1} = v${k} + ${k + 1}\n`).join('') +
  '  return [\n    1,\n  ]\n\n\ndef g(): pass\n';

describe('errors found past the tokens parsed so far', () => {
  it('a tokenizer error at the end of the file wins over an earlier parser error', () => {
    expect(err('x = (1,\n  2 3)\n' + LINES + "s = 'abc\n")).toEqual(['SyntaxError', 'unterminated string literal (detected at line 2003)', 2003, 5, 2003, 5]);
    expect(err('x = 1 +\n' + LINES + "s = 'abc\n")).toEqual(['SyntaxError', 'unterminated string literal (detected at line 2002)', 2002, 5, 2002, 5]);
  });
  it("an unclosed bracket at EOF is reported as '(' was never closed", () => {
    expect(err('x = 1\n'.repeat(2000) + 'foo(1,\n  2\n')).toEqual(['SyntaxError', "'(' was never closed", 2001, 4, 2001, 0]);
    expect(err('x = 1\n'.repeat(2000) + 'foo(1,\n  2 3\n')).toEqual(['SyntaxError', "'(' was never closed", 2001, 4, 2001, 0]);
  });
  it('errors deep in a long block keep their positions', () => {
    expect(err(LONG.replace('v2500 = v2499 + 2500', 'v2500 = v2499 + + '))).toEqual(['SyntaxError', 'invalid syntax', 2502, 21, 2502, 21]);
    expect(err(LONG.replace('v2500 = v2499 + 2500', 'v2500 = v2499 2500'))).toEqual(['SyntaxError', 'invalid syntax', 2502, 17, 2502, 21]);
    expect(err(LONG.replace('  v2500 = v2499 + 2500', '      v2500 = v2499 + 2500'))).toEqual(['IndentationError', 'unexpected indent', 2502, 6, 2502, -1]);
  });
});

describe('positions across released tokens', () => {
  it('compound statements end at their last real token, however long their body', () => {
    const m = parse(LONG) as Module;
    const c = m.body[0] as ClassDef;
    const f = c.body[0] as FunctionDef;
    expect([c.end_lineno, c.end_col_offset, f.end_lineno, f.end_col_offset, m.body[1].lineno]).toEqual([3004, 3, 3004, 3, 3007]);
    expect(f.body.length).toBe(3000);
  });
});

describe('tokenizer', () => {
  it('produces the same tokens when pulled in small steps as in one run', () => {
    const whole = new Tokenizer(LONG).run().tokens;
    const tz = new Tokenizer(LONG);
    for (let n = 1; !tz.done; n += 7) tz.fillTo(n);
    expect(JSON.stringify(tz.tokens)).toBe(JSON.stringify(whole));
    expect(tz.tokens[tz.tokens.length - 1].type).toBe(0); // ENDMARKER
  });
  it('gives every name its own text, with many distinct and repeated names', () => {
    // far more distinct names than cache slots, each used twice, plus keywords and soft keywords as names
    const names = Array.from({ length: 20000 }, (_, k) => `n${(k * 7919) % 20000}_${k % 3 ? 'a' : 'bb'}`);
    const src = names.map((n, k) => `${n} = ${names[(k + 1) % names.length]}\n`).join('') + 'match = case = _ = self = None\n';
    const m = parse(src) as Module;
    const body = m.body.slice(0, names.length) as Assign[];
    expect(body.map((a) => (a.targets[0] as Name).id)).toEqual(names);
    expect(body.map((a) => (a.value as Name).id)).toEqual([...names.slice(1), names[0]]);
    const last = m.body[names.length] as Assign;
    expect(last.targets.map((t) => (t as Name).id)).toEqual(['match', 'case', '_', 'self']);
    expect(tokenize('if x:\n  selfish = self\n').map((t) => t.string)).toEqual(['if', 'x', ':', '\n', '  ', 'selfish', '=', 'self', '\n', '', '']);
  });
});

describe('source decoding (validated once, then decoded without the fatal decoder)', () => {
  const te = new TextEncoder();
  const bytes = (...parts: (string | number[])[]): Uint8Array =>
    Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...te.encode(p)] : p)));
  const constOf = (b: Uint8Array): unknown => ((parse(b) as Module).body[0] as Assign).value;
  it('decodes ASCII and non-ASCII UTF-8, and a latin-1 cookie', () => {
    expect(constOf(te.encode('x = "h\u00e9llo \u20ac \u{1f600}"\n'))).toMatchObject({ value: 'h\u00e9llo \u20ac \u{1f600}' });
    expect(constOf(te.encode('x = "plain"\n'))).toMatchObject({ value: 'plain' });
    expect(constOf(bytes('# -*- coding: latin-1 -*-\nx = "', [0xe9], '"\n'))).toMatchObject({ value: '\u00e9' });
  });
  it('strips one BOM only: a second one is the character U+FEFF, as in CPython', () => {
    expect(constOf(bytes([0xef, 0xbb, 0xbf], 'x = 1\n'))).toMatchObject({ value: 1n });
    expect(err2(bytes([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], 'x = 1\n'))).toEqual(['SyntaxError', 'invalid non-printable character U+FEFF', 1, 1]);
  });
  it('still reports undecodable bytes', () => {
    expect(err2(bytes('x = 1\ny = "', [0xe9], '"\n'))[1]).toMatch(/^\(unicode error\) 'utf-8' codec can't decode byte 0xe9 in position 0/);
  });
  function err2(b: Uint8Array): unknown[] {
    try {
      parse(b);
    } catch (e) {
      if (e instanceof PySyntaxError) return [e.type, e.msg, e.lineno, e.offset];
      throw e;
    }
    return ['ok'];
  }
});
