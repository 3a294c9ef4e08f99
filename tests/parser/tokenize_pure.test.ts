// `tspy tokenize` follows Lib/tokenize.py (what `python3 -m tokenize` runs),
// not the C tokenizer: Python 2 octals split into two NUMBERs, names are `\w+`
// (a variation selector is an ERRORTOKEN), blanks before an unmatchable
// character are ERRORTOKENs, unterminated strings do not stop tokenizing.
// Expected output recorded from CPython 3.11 in fixtures/tokenize_pure.json.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatTokenize } from '../../src/parser/tokenize_api.js';

interface Case { src: string; out: string; exact: string; err: string }
const cases: Case[] = JSON.parse(readFileSync(join(__dirname, 'fixtures/tokenize_pure.json'), 'utf8'));

describe('tokenize like Lib/tokenize.py', () => {
  for (const c of cases) {
    it(JSON.stringify(c.src), () => {
      const bytes = new TextEncoder().encode(c.src);
      const r = formatTokenize(bytes, 'FILE');
      expect(r.stdout).toBe(c.out);
      expect(r.stderr).toBe(c.err);
      expect(formatTokenize(bytes, 'FILE', true).stdout).toBe(c.exact);
    });
  }
});
