// Live parity with CPython: parses a fixed sample of >= 200 stdlib files and
// compares dump(include_attributes) with python3's ast.dump (or, for files
// CPython rejects, the exception type and line), and our `tokenize` output
// with `python3 -m tokenize`. Skipped (with a message) when python3 is not
// installed. The whole stdlib: scripts/parity_stdlib.mjs, scripts/parity_tokenize.mjs.
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { dump, parse, PySyntaxError } from '../../src/parser/index.js';
import { formatTokenize } from '../../src/parser/tokenize_api.js';

function stdlibDir(): string | null {
  const r = spawnSync('python3', ['-c', "import sysconfig;print(sysconfig.get_paths()['stdlib'])"], { encoding: 'utf8' });
  if (r.status !== 0 || !r.stdout.trim() || !existsSync(r.stdout.trim())) return null;
  return r.stdout.trim();
}

function walk(dir: string, out: string[]): void {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    let st;
    try {
      st = statSync(p);
    } catch {
      continue;
    }
    if (st.isDirectory()) {
      if (name !== 'site-packages' && name !== '__pycache__') walk(p, out);
    } else if (name.endsWith('.py')) out.push(p);
  }
}

const stdlib = stdlibDir();

/** Runs a helper script on `input` without blocking the worker (vitest's RPC needs its event loop). */
function pyLines(script: string, input: string): Promise<string[]> {
  return new Promise((resolveP, reject) => {
    const p = spawn('python3', [script]);
    const out: Buffer[] = [];
    p.stdout.on('data', (b: Buffer) => out.push(b));
    p.on('error', reject);
    p.on('close', () => resolveP(Buffer.concat(out).toString('utf8').split('\n').filter(Boolean)));
    p.stdin.end(input);
  });
}
const breathe = (): Promise<void> => new Promise((r) => setImmediate(r));

describe('stdlib parity with python3', () => {
  if (!stdlib) {
    it.skip('python3 not available: stdlib parity skipped', () => {});
    return;
  }
  const all: string[] = [];
  walk(stdlib, all);
  // a fixed, spread-out sample: every k-th file, at least 200
  const step = Math.max(1, Math.floor(all.length / 240));
  const sample = all.filter((_, i) => i % step === 0).slice(0, 240);
  // plus the files that once differed (escaped surrogate pairs; tokenize.py's
  // Python 2 octals and \w-only names), where present
  const once = [
    'test/test_capi/test_unicode.py', 'test/test_codeccallbacks.py', 'test/test_codecs.py',
    'test/test_json/test_scanstring.py', 'test/test_sqlite3/test_userfunctions.py', 'test/test_unicode.py',
    'lib2to3/tests/data/py2_test_grammar.py', 'test/test_unicode_identifiers.py',
  ];
  for (const rel of once) {
    const f = join(stdlib, rel);
    if (existsSync(f) && !sample.includes(f)) sample.push(f);
  }
  it(`samples at least 200 files (${sample.length})`, () => expect(sample.length).toBeGreaterThanOrEqual(200));
  it('matches python3 on the sample', async () => {
    const expected = new Map<string, { dump?: string; error?: { type: string; msg: string; lineno: number } }>();
    for (const line of await pyLines(join(__dirname, '../../scripts/py_ast_dump.py'), sample.join('\n'))) {
      const o = JSON.parse(line);
      expected.set(o.file, o);
    }
    const mismatches: string[] = [];
    for (const f of sample) {
      await breathe();
      const exp = expected.get(f)!;
      let got: string;
      try {
        got = dump(parse(new Uint8Array(readFileSync(f)), f), { includeAttributes: true });
      } catch (e) {
        if (!(e instanceof PySyntaxError)) throw e;
        if (exp.error && exp.error.type === e.type && exp.error.msg === e.msg && exp.error.lineno === e.lineno) continue;
        mismatches.push(`${f}: unexpected ${e.type}: ${e.msg} (line ${e.lineno})`);
        continue;
      }
      if (exp.dump !== got) mismatches.push(f);
    }
    expect(mismatches).toEqual([]);
  });
  it('tokenizes the sample like python3 -m tokenize', async () => {
    const expectedTok = new Map<string, { out: string; err: string }>();
    for (const line of await pyLines(join(__dirname, '../../scripts/py_tokenize_dump.py'), sample.join('\n'))) {
      const o = JSON.parse(line);
      expectedTok.set(o.file, o);
    }
    const mismatches: string[] = [];
    for (const f of sample) {
      await breathe();
      const exp = expectedTok.get(f)!;
      const got = formatTokenize(new Uint8Array(readFileSync(f)), f);
      if (got.stdout !== exp.out || got.stderr !== exp.err) mismatches.push(f);
    }
    expect(mismatches).toEqual([]);
  });
});
