// Golden tests: expectations recorded from CPython 3.11 by scripts/regen_parser_golden.py.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { dump, parse, PySyntaxError } from '../../src/parser/index.js';
import { formatTokenize } from '../../src/parser/tokenize_api.js';

const GOLD = join(__dirname, 'golden');
const SRC = join(GOLD, 'src');

interface ErrCase { src: string; type: string; msg: string; lineno: number; offset: number; end_lineno: number | null; end_offset: number | null }

function parseError(src: string): PySyntaxError | null {
  try {
    parse(src);
    return null;
  } catch (e) {
    if (e instanceof PySyntaxError) return e;
    throw e;
  }
}

describe('syntax errors match CPython', () => {
  const cases: ErrCase[] = JSON.parse(readFileSync(join(GOLD, 'errors.json'), 'utf8'));
  it('has at least 80 cases', () => expect(cases.length).toBeGreaterThanOrEqual(80));
  for (const c of cases) {
    it(JSON.stringify(c.src), () => {
      const e = parseError(c.src);
      expect(e, 'expected a SyntaxError').not.toBeNull();
      expect({ type: e!.type, msg: e!.msg, lineno: e!.lineno, offset: e!.offset, end_lineno: e!.end_lineno, end_offset: e!.end_offset }).toEqual({
        type: c.type, msg: c.msg, lineno: c.lineno, offset: c.offset, end_lineno: c.end_lineno, end_offset: c.end_offset,
      });
    });
  }
});

describe('expression dumps match CPython', () => {
  const cases: { src: string; dump: string }[] = JSON.parse(readFileSync(join(GOLD, 'exprs.json'), 'utf8'));
  for (const c of cases) {
    it(c.src, () => {
      expect(dump(parse(c.src), { includeAttributes: true })).toBe(c.dump);
    });
  }
});

describe('file dumps and tokens match CPython', () => {
  const files = readdirSync(SRC).filter((f) => f.endsWith('.py')).sort();
  for (const f of files) {
    const stem = f.slice(0, -3);
    const bytes = new Uint8Array(readFileSync(join(SRC, f)));
    it(`${f} ast.dump(include_attributes=True)`, () => {
      expect(dump(parse(bytes, f), { includeAttributes: true }) + '\n').toBe(readFileSync(join(GOLD, stem + '.ast.txt'), 'utf8'));
    });
    it(`${f} ast.dump(indent=2)`, () => {
      expect(dump(parse(bytes, f), { indent: 2 }) + '\n').toBe(readFileSync(join(GOLD, stem + '.ast_indent.txt'), 'utf8'));
    });
    it(`${f} python -m tokenize`, () => {
      expect(formatTokenize(bytes, f).stdout).toBe(readFileSync(join(GOLD, stem + '.tokens.txt'), 'utf8'));
    });
    it(`${f} python -m tokenize -e`, () => {
      expect(formatTokenize(bytes, f, true).stdout).toBe(readFileSync(join(GOLD, stem + '.tokens_e.txt'), 'utf8'));
    });
  }
});
