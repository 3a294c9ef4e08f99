import { describe, it, expect } from 'vitest';
import { goldenPrograms, runGolden } from './harness.js';

describe('VM runs CPython 3.11 bytecode', () => {
  for (const name of goldenPrograms()) {
    it(name, () => {
      const [actual, expected] = runGolden(name);
      expect(actual.stdout).toBe(expected.stdout);
      expect(actual.rc).toBe(expected.rc);
      if (expected.rc !== 0) expect(actual.stderrLast).toBe(expected.stderr_last);
    });
  }
});
