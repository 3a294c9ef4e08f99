/**
 * Traceback printing: the whole stderr of programs ending in an uncaught
 * exception must equal CPython 3.11's, except for 3.11's optional `^^^^`
 * position lines.
 */
import { describe, it, expect } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runGolden } from './harness.js';

const GOLDEN = path.join(path.dirname(new URL(import.meta.url).pathname), 'golden');
/** Drop 3.11's caret lines and reduce file paths to base names (CPython recorded absolute paths). */
const withoutCarets = (s: string) =>
  s
    .split('\n')
    .filter((l) => !/^\s*[\^~]+\s*$/.test(l))
    .map((l) => l.replace(/File "(?:[^"]*\/)?([^"/]+)"/, 'File "$1"'))
    .join('\n');

describe('tracebacks match CPython', () => {
  for (const name of ['chained_tb', 'errors_tb', 'suggest', 'exceptions']) {
    it(name, () => {
      const expected = JSON.parse(fs.readFileSync(path.join(GOLDEN, name + '.out.json'), 'utf8'));
      const [actual] = runGolden(name);
      expect(withoutCarets(actual.stderr)).toBe(withoutCarets(expected.stderr));
    });
  }
});
