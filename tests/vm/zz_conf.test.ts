import { it } from 'vitest';
import * as fs from 'node:fs';
import { codeFromJson, runCode } from './harness.js';
import { registerSource } from '../../src/runtime/traceback.js';
it('conformance via CPython bytecode', () => {
  const C = '/work/shared/conformance';
  let pass = 0, fail = 0;
  const fails: string[] = [];
  for (const f of fs.readdirSync('/tmp/conf').sort()) {
    const [cat, rest] = f.split('__');
    const name = rest.replace('.code.json', '');
    if (process.env.ONLY && !f.includes(process.env.ONLY)) continue;
    const base = `${C}/${cat}/${name}`;
    if (fs.existsSync(base + '.stdin') || fs.existsSync(base + '.args')) continue;
    const exp = fs.readFileSync(base + '.expected', 'utf8');
    const expErr = fs.existsSync(base + '.expected_err') ? fs.readFileSync(base + '.expected_err', 'utf8').trim() : '';
    const expRc = fs.existsSync(base + '.expected_rc') ? Number(fs.readFileSync(base + '.expected_rc', 'utf8')) : 0;
    registerSource(name + '.py', fs.readFileSync(base + '.py', 'utf8'));
    let r;
    try { r = runCode(codeFromJson(JSON.parse(fs.readFileSync('/tmp/conf/' + f, 'utf8'))), name + '.py'); }
    catch (e) { fails.push(`${cat}/${name}: JS ${e}`); fail++; continue; }
    const ok = r.stdout === exp && r.rc === expRc && (expRc === 0 || r.stderrLast === expErr);
    if (ok) pass++; else {
      fail++;
      const el = exp.split('\n'), al = r.stdout.split('\n');
      let i = 0; while (i < el.length && el[i] === al[i]) i++;
      fails.push(`${cat}/${name}: rc=${r.rc}/${expRc} line ${i}: exp=${JSON.stringify(el[i])} got=${JSON.stringify(al[i])} err=${r.stderrLast.slice(0, 200)}${expRc ? ' experr=' + expErr : ''}`);
    }
  }
  console.log(fails.join('\n') + `\nPASS ${pass} FAIL ${fail}`);
}, 600000);
