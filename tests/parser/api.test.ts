// Unit tests of the parser's public API (values recorded from CPython 3.11).
import { describe, expect, it } from 'vitest';
import { dump, parse, tokenize, PySyntaxError, reprFloat, reprStr, reprBytes } from '../../src/parser/index.js';
import { ConstComplex, ELLIPSIS } from '../../src/bytecode/constants.js';
import type { Module, Expr, Constant, Expression, Interactive } from '../../src/parser/ast.js';

function constOf(src: string): unknown {
  const m = parse(src) as Module;
  return ((m.body[0] as Expr).value as Constant).value;
}

describe('constants', () => {
  it('maps Python literal types to the shared constant representation', () => {
    expect(constOf('1')).toBe(1n);
    expect(constOf('0xff')).toBe(255n);
    expect(constOf('1_000_000_000_000_000_000')).toBe(10n ** 18n);
    expect(constOf('1.5')).toBe(1.5);
    expect(constOf('2j')).toEqual(new ConstComplex(0, 2));
    expect(constOf('"s"')).toBe('s');
    expect(constOf('b"\\x00a"')).toEqual(new Uint8Array([0, 97]));
    expect(constOf('None')).toBe(null);
    expect(constOf('True')).toBe(true);
    expect(constOf('...')).toBe(ELLIPSIS);
  });
  it('sets kind "u" only for a lowercase u prefix on the first string', () => {
    const m = parse("u'a' 'b'") as Module;
    expect(((m.body[0] as Expr).value as Constant).kind).toBe('u');
    const m2 = parse("U'a'") as Module;
    expect(((m2.body[0] as Expr).value as Constant).kind).toBe(null);
  });
});

describe('modes and inputs', () => {
  it('eval mode gives an Expression', () => {
    const e = parse('x + 1', '<string>', 'eval') as Expression;
    expect(dump(e)).toBe("Expression(body=BinOp(left=Name(id='x', ctx=Load()), op=Add(), right=Constant(value=1)))");
  });
  it('single mode gives an Interactive', () => {
    const e = parse('x = 1\n', '<stdin>', 'single') as Interactive;
    expect(dump(e)).toBe("Interactive(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))])");
  });
  it('decodes bytes with a BOM, a latin-1 cookie, and reports UTF-8 byte columns', () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('x = 1\n')]);
    expect(dump(parse(bom))).toBe("Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])");
    const latin = new Uint8Array([...new TextEncoder().encode('# coding: latin-1\ns = "'), 0xe9, 0x22, 0x0a]);
    expect(constOf2(latin)).toBe('é');
    const m = parse('é = "ü" + x\n') as Module;
    expect(dump(m, { includeAttributes: true })).toContain("Name(id='x', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13)");
  });
  it('accepts CRLF line endings', () => {
    expect(dump(parse('if x:\r\n    y = 1\r\n'))).toBe("Module(body=[If(test=Name(id='x', ctx=Load()), body=[Assign(targets=[Name(id='y', ctx=Store())], value=Constant(value=1))], orelse=[])], type_ignores=[])");
  });
});

function constOf2(src: Uint8Array): unknown {
  const m = parse(src) as Module;
  const a = m.body[0] as unknown as { value: Constant };
  return a.value.value;
}

describe('dump options', () => {
  const tree = parse('f(a, b=1)');
  it('annotateFields=false', () => {
    expect(dump(tree, { annotateFields: false })).toBe("Module([Expr(Call(Name('f', Load()), [Name('a', Load())], [keyword('b', Constant(1))]))], [])");
  });
  it('string indent', () => {
    expect(dump(parse('x'), { indent: '\t' })).toBe("Module(\n\tbody=[\n\t\tExpr(\n\t\t\tvalue=Name(id='x', ctx=Load()))],\n\ttype_ignores=[])");
  });
});

describe('repr of constants', () => {
  it('floats like Python', () => {
    expect(reprFloat(1e16)).toBe('1e+16');
    expect(reprFloat(1e15)).toBe('1000000000000000.0');
    expect(reprFloat(0.0001)).toBe('0.0001');
    expect(reprFloat(0.00001)).toBe('1e-05');
    expect(reprFloat(Infinity)).toBe('inf');
    expect(reprFloat(1.5e300)).toBe('1.5e+300');
    expect(reprFloat(-0)).toBe('-0.0');
  });
  it('strings and bytes like Python', () => {
    expect(reprStr("it's")).toBe('"it\'s"');
    expect(reprStr('both \' "')).toBe("'both \\' \"'");
    expect(reprStr('\x00\n\u200b\xa0é')).toBe("'\\x00\\n\\u200b\\xa0é'");
    expect(reprBytes(new Uint8Array([0, 39, 255]))).toBe('b"\\x00\'\\xff"');
  });
});

describe('tokenize()', () => {
  it('reports tokens like tokenize.tokenize for bytes input', () => {
    const toks = tokenize(new TextEncoder().encode('x = (1,\n 2)  # c\n'));
    expect(toks.map((t) => [t.type, t.exactType, t.string, t.start, t.end])).toEqual([
      ['ENCODING', 'ENCODING', 'utf-8', [0, 0], [0, 0]],
      ['NAME', 'NAME', 'x', [1, 0], [1, 1]],
      ['OP', 'EQUAL', '=', [1, 2], [1, 3]],
      ['OP', 'LPAR', '(', [1, 4], [1, 5]],
      ['NUMBER', 'NUMBER', '1', [1, 5], [1, 6]],
      ['OP', 'COMMA', ',', [1, 6], [1, 7]],
      ['NL', 'NL', '\n', [1, 7], [1, 8]],
      ['NUMBER', 'NUMBER', '2', [2, 1], [2, 2]],
      ['OP', 'RPAR', ')', [2, 2], [2, 3]],
      ['COMMENT', 'COMMENT', '# c', [2, 5], [2, 8]],
      ['NEWLINE', 'NEWLINE', '\n', [2, 8], [2, 9]],
      ['ENDMARKER', 'ENDMARKER', '', [3, 0], [3, 0]],
    ]);
    expect(toks[1].line).toBe('x = (1,\n');
  });
  it('uses code-point columns', () => {
    const toks = tokenize('é = "😀" + x\n');
    expect(toks.find((t) => t.string === 'x')!.start).toEqual([1, 10]);
  });
  it('has no ENCODING token for string input', () => {
    expect(tokenize('x\n')[0].type).toBe('NAME');
  });
});

describe('PySyntaxError', () => {
  it('carries CPython attributes and formats like CPython', () => {
    let err: PySyntaxError | null = null;
    try {
      parse('f() = 1\n', 'x.py');
    } catch (e) {
      err = e as PySyntaxError;
    }
    expect(err).toBeInstanceOf(PySyntaxError);
    expect(err!.filename).toBe('x.py');
    expect(err!.text).toBe('f() = 1\n');
    expect([err!.lineno, err!.offset, err!.end_lineno, err!.end_offset]).toEqual([1, 1, 1, 4]);
    expect(err!.format()).toBe(
      '  File "x.py", line 1\n    f() = 1\n    ^^^\nSyntaxError: cannot assign to function call here. Maybe you meant \'==\' instead of \'=\'?\n',
    );
  });
  it('omits the caret when the offset is inside the indentation', () => {
    try {
      parse('  x = 1\n', 'y.py');
    } catch (e) {
      expect((e as PySyntaxError).format()).toBe('  File "y.py", line 1\n    x = 1\nIndentationError: unexpected indent\n');
    }
  });
});
