/** Unit tests of float repr / float conversions (format_float.ts); expectations recorded from CPython 3.11. */
import { describe, it, expect } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { floatRepr, doubleToString } from '../../src/runtime/format_float.js';

const golden = JSON.parse(fs.readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'float_golden.json'), 'utf8')) as Record<string, string>[];

function parseRepr(r: string): number {
  if (r === 'inf') return Infinity;
  if (r === '-inf') return -Infinity;
  return Number(r);
}

describe('floatRepr and doubleToString match CPython', () => {
  for (const row of golden) {
    it(row.v, () => {
      const x = parseRepr(row.v);
      expect(floatRepr(x)).toBe(row.repr);
      for (const t of ['e', 'f', 'g'] as const) {
        for (const p of [0, 1, 2, 3, 6, 17]) expect(doubleToString(x, t, p)).toBe(row[`${p}${t}`]);
      }
      expect(doubleToString(x, 'g', 6, { alt: true })).toBe(row['#.6g']);
      expect(doubleToString(x, 'f', 0, { alt: true })).toBe(row['#.0f']);
      expect(doubleToString(x, 'g', 5, { addDot0: true })).toBe(row['.5']);
    });
  }
});
