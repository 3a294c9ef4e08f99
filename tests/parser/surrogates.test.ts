// str literals whose escapes form a surrogate pair ('\ud800\udc00' is two code
// points in Python, one astral character as a JS string). Expected dumps are
// recorded from CPython 3.11 (tests/parser/fixtures/surrogate_strings.json),
// including the constructs of the six stdlib files that used to differ.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dump, parse, reprConst } from '../../src/parser/index.js';
import { ConstSurrogateStr, ConstTuple } from '../../src/bytecode/constants.js';
import { compileSource } from '../../src/compiler/index.js';
import { decodePayload, encodePayload } from '../../src/cache/format.js';
import { disassemble } from '../../src/bytecode/dis.js';
import { runCode } from '../vm/harness.js';

interface Case { src: string; dump: string; attrs: string }
const cases: Case[] = JSON.parse(readFileSync(join(__dirname, 'fixtures/surrogate_strings.json'), 'utf8'));

describe('str constants with escaped surrogate pairs', () => {
  for (const c of cases) {
    it(`ast.dump of ${JSON.stringify(c.src)}`, () => {
      const tree = parse(c.src);
      expect(dump(tree)).toBe(c.dump);
      expect(dump(tree, { includeAttributes: true })).toBe(c.attrs);
    });
  }

  it('keeps ordinary and lone-surrogate strings as JS strings', () => {
    const v = (src: string): unknown => ((parse(src).body[0] as { value: { value: unknown } }).value).value;
    expect(v("'abc\\U00010000'")).toBe('abc\u{10000}');
    expect(v("'a\\ud800b'")).toBe('a\ud800b');
    expect(v("'\\udc00\\ud800'")).toBe('\udc00\ud800');
    const pair = v("'\\ud800\\udc00'");
    expect(pair).toBeInstanceOf(ConstSurrogateStr);
    expect((pair as ConstSurrogateStr).codePoints).toEqual([0xd800, 0xdc00]);
    expect((pair as ConstSurrogateStr).merged()).toBe('\u{10000}');
    expect(reprConst(pair as ConstSurrogateStr)).toBe("'\\ud800\\udc00'");
    expect(reprConst(new ConstSurrogateStr([0x27, 0xd800, 0xdc00]))).toBe('"\'\\ud800\\udc00"');
  });

  // CPython 3.11: python3 -m dis on the same source
  const SRC = 'a = "\\ud800\\udc00"\nb = ("\\ud800\\udc00", "x", "\\ud800\\udc00")\ndef k():\n    "\\ud800\\udc00 doc"\n    return "\\udbff\\udfff"\n';
  it('reaches co_consts and dis as CPython shows them', () => {
    const code = compileSource(SRC, 's3.py');
    const text = disassemble(code);
    expect(text).toContain("LOAD_CONST               0 ('\\ud800\\udc00')");
    expect(text).toContain("LOAD_CONST               1 (('\\ud800\\udc00', 'x', '\\ud800\\udc00'))");
    expect(text).toContain("LOAD_CONST               1 ('\\udbff\\udfff')");
    // equal constants share one slot, as CPython's constant keys do
    const t = code.co_consts[1] as ConstTuple;
    expect(t.items[0]).toBeInstanceOf(ConstSurrogateStr);
  });

  it('survives the cache payload round trip', () => {
    const code = compileSource(SRC, 's3.py');
    const back = decodePayload(encodePayload(code));
    expect(back.co_consts[0]).toBeInstanceOf(ConstSurrogateStr);
    expect((back.co_consts[0] as ConstSurrogateStr).codePoints).toEqual([0xd800, 0xdc00]);
    expect(disassemble(back)).toBe(disassemble(code));
  });

  it('runs: the VM merges the pair into one character (documented limitation)', () => {
    const code = compileSource(SRC + 'print(len(a), k.__doc__ == "\\U00010000 doc", k() == "\\U0010ffff")\n', 's3.py');
    const r = runCode(code, 's3.py');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('1 True True\n');
  });
});
