import { it } from 'vitest';
import { runGolden } from './harness.js';
it('debug', () => {
  for (const n of (process.env.PROGS ?? '').split(',')) {
    const [a, e] = runGolden(n);
    console.log(`=== ${n} rc=${a.rc}/${e.rc}\n${a.stdout}\n--- stderr\n${a.stderr}`);
  }
});
