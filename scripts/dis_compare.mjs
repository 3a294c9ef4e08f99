// Compare `tspy dis` (built dist/) with `python3 -m dis` for files; prints unified-ish diffs.
// Usage: node scripts/dis_compare.mjs FILE... (addresses normalised)
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
const { compileSource } = await import('../dist/compiler/index.js');
const { disassemble } = await import('../dist/bytecode/dis.js');
const norm = (s) => s.replace(/0x[0-9a-f]+/g, '0xADDR');
let ok = 0, bad = 0;
for (const f of process.argv.slice(2)) {
  let exp;
  try { exp = execFileSync('python3', ['-m', 'dis', f], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }); } catch { continue; }
  let got;
  try { got = disassemble(compileSource(fs.readFileSync(f), f)); } catch (e) { got = 'ERROR ' + e.stack; }
  if (norm(exp) === norm(got)) { ok++; continue; }
  bad++;
  const a = norm(exp).split('\n'), b = norm(got).split('\n');
  console.log('=== ' + f);
  let shown = 0;
  for (let i = 0; i < Math.max(a.length, b.length) && shown < 12; i++) {
    if (a[i] !== b[i]) { console.log(`  ${i}: exp| ${a[i]}\n  ${i}: got| ${b[i]}`); shown++; }
  }
}
console.log(`ok ${ok} bad ${bad}`);
