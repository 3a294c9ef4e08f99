#!/usr/bin/env node
// Run the shared conformance corpus with tspy and print the runner's table.
// `--record` rewrites tests/conformance/passing.txt (the regression floor npm test enforces).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const record = args.includes('--record');
const rest = args.filter((a) => a !== '--record');
const out = join(mkdtempSync(join(tmpdir(), 'tspy-conf-')), 'result.json');
try {
  execFileSync(resolve(root, '../shared/tools/conformance'), ['--cmd', 'node bin/tspy.js run', '--json', out, ...rest, resolve(root, '../shared/conformance')], { cwd: root, stdio: 'inherit' });
} catch {
  /* failures are reported in the table */
}
if (record) {
  const r = JSON.parse(readFileSync(out, 'utf8'));
  const ids = r.tests.filter((t) => t.passed).map((t) => t.id).sort();
  writeFileSync(join(root, 'tests/conformance/passing.txt'), ids.join('\n') + '\n');
  console.log(`recorded ${ids.length} passing tests in tests/conformance/passing.txt`);
}
