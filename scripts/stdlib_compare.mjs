// Compare tspy's compiler with CPython 3.11 on many files: how many compile to byte-identical co_code.
// Usage: python3 scripts/py_code_dump.py --stdlib > /tmp/stdlib.jsonl; node scripts/stdlib_compare.mjs /tmp/stdlib.jsonl [--verbose] [--categories]
// (--categories: per field, how many code objects differ, with examples)
import * as fs from 'node:fs';
import * as readline from 'node:readline';
const { compileSource } = await import('../dist/compiler/index.js');
const verbose = process.argv.includes('--verbose');
const hex = (u8) => Buffer.from(u8).toString('hex');
function flatten(co, out = []) {
  out.push(co);
  for (const c of co.co_consts) if (c && typeof c === 'object' && 'co_code' in c) flatten(c, out);
  return out;
}
let misaligned = 0, files = 0, codeSame = 0, allSame = 0, crashed = 0, skipped = 0, codesTotal = 0, codesSame = 0;
const crashes = new Map();
const cats = new Map();
const showCats = process.argv.includes('--categories');
const rl = readline.createInterface({ input: fs.createReadStream(process.argv[2]) });
for await (const line of rl) {
  const rec = JSON.parse(line);
  if (rec.error) { skipped++; continue; }
  files++;
  let ours;
  try {
    ours = flatten(compileSource(fs.readFileSync(rec.file), rec.file));
  } catch (e) {
    crashed++;
    const k = String(e && e.message).slice(0, 80);
    crashes.set(k, (crashes.get(k) || 0) + 1);
    if (verbose) console.log('CRASH', rec.file, e && e.message);
    continue;
  }
  let same = ours.length === rec.codes.length, full = same;
  // Pair code objects by qualname and occurrence (not by position), so one extra or missing
  // code object does not make every later one look different.
  const byName = new Map();
  for (const a of ours) { const l = byName.get(a.co_qualname) ?? []; l.push(a); byName.set(a.co_qualname, l); }
  if (!same) misaligned++;
  for (const b of rec.codes) {
    const a = byName.get(b.qualname)?.shift();
    if (!a) { same = full = false; continue; }
    codesTotal++;
    const s = hex(a.co_code) === b.code;
    if (s) codesSame++; else same = false;
    if (!s || a.co_stacksize !== b.stacksize || a.co_flags !== b.flags || hex(a.co_linetable) !== b.linetable || hex(a.co_exceptiontable) !== b.exctable
      || a.co_names.join(',') !== b.names.join(',')) full = false;
    if (!s && verbose) console.log('DIFF', rec.file, b.qualname);
    // Which fields differ, per code object (for --categories).
    const fields = { code: !s, stacksize: a.co_stacksize !== b.stacksize, flags: a.co_flags !== b.flags,
      linetable: hex(a.co_linetable) !== b.linetable, 'linetable with identical code': s && hex(a.co_linetable) !== b.linetable, exctable: hex(a.co_exceptiontable) !== b.exctable,
      names: a.co_names.join(',') !== b.names.join(','), argcount: b.argcount !== undefined && a.co_argcount !== b.argcount };
    if (Object.values(fields).some(Boolean)) full = false;
    for (const [k, bad] of Object.entries(fields)) {
      if (!bad) continue;
      const c = cats.get(k) ?? { n: 0, ex: [] };
      c.n++;
      if (c.ex.length < 5) c.ex.push(`${rec.file} ${b.qualname}`);
      cats.set(k, c);
    }
  }
  if (same) codeSame++;
  if (full) allSame++;
}
console.log(`files compared: ${files} (skipped ${skipped} that CPython rejects)`);
console.log(`identical co_code in every code object: ${codeSame}/${files}`);
console.log(`identical co_code+stacksize+flags+names+argcount+linetable+exceptiontable: ${allSame}/${files}`);
console.log(`code objects with identical co_code: ${codesSame}/${codesTotal}`);
console.log(`files our compiler failed on: ${crashed}`);
console.log(`files with a different number of code objects: ${misaligned}`);
if (showCats) for (const [k, c] of cats) console.log(`code objects differing in ${k}: ${c.n}\n    ${c.ex.join('\n    ')}`);
for (const [k, v] of [...crashes].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${v}x ${k}`);
