/**
 * End to end: the VM test programs compiled by tspy's own compiler, run on the
 * VM, compared with CPython 3.11's recorded output (golden/*.out.json).
 */
import { describe, it, expect } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { compileSource } from '../../src/compiler/index.js';
import { runCode } from './harness.js';
import { registerSource } from '../../src/runtime/traceback.js';

const DIR = path.dirname(new URL(import.meta.url).pathname);
const programs = fs.readdirSync(path.join(DIR, 'programs')).filter((f) => f.endsWith('.py')).sort();

describe('VM runs programs compiled by tspy', () => {
  for (const file of programs) {
    const name = file.slice(0, -3);
    it(name, () => {
      const src = fs.readFileSync(path.join(DIR, 'programs', file), 'utf8');
      const expected = JSON.parse(fs.readFileSync(path.join(DIR, 'golden', name + '.out.json'), 'utf8'));
      registerSource(file, src);
      const r = runCode(compileSource(src, file, 'exec'), file);
      expect(r.stdout).toBe(expected.stdout);
      expect(r.rc).toBe(expected.rc);
      if (expected.rc !== 0) expect(r.stderrLast).toBe(expected.stderr_last);
    });
  }
});
