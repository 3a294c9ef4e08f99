/**
 * Fuzzing the tokenizer and parser with mutated real source files: every
 * mutant must give either an AST or a Python SyntaxError (PySyntaxError) whose
 * line lies inside the file — never a JavaScript error. The inputs are the
 * Python files shipped in this repository (src/lib, examples, bench), so the
 * test needs nothing beside the clone; mutations come from a seeded PRNG so a
 * failure is reproducible from its seed.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse, tokenize } from '../../src/parser/index.js';
import { PySyntaxError } from '../../src/parser/errors.js';

const root = resolve(__dirname, '../..');

function pyFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (name === '__pycache__') continue;
    if (statSync(p).isDirectory()) out.push(...pyFiles(p));
    else if (name.endsWith('.py')) out.push(p);
  }
  return out.sort();
}

/** mulberry32: a small seeded PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOKENS = ['(', ')', '[', ']', '{', '}', ':', ',', '=', '==', '"', "'", '"""', '\\', '\n', '    ', '\t', '#', 'f"{', '}', 'lambda', 'def ', 'class ', 'yield', 'await ', '*', '**', '@', '->', ':=', '0x', '1e', '1_', 'é', '\u00a0', '\0', 'match ', 'case ', 'async ', 'return', 'if', 'else'];

function mutate(src: string, rnd: () => number): string {
  let s = src;
  const n = 1 + Math.floor(rnd() * 4);
  for (let i = 0; i < n; i++) {
    const pos = Math.floor(rnd() * (s.length + 1));
    const kind = rnd();
    if (kind < 0.3) s = s.slice(0, pos) + s.slice(pos + 1 + Math.floor(rnd() * 8));
    else if (kind < 0.7) s = s.slice(0, pos) + TOKENS[Math.floor(rnd() * TOKENS.length)] + s.slice(pos);
    else {
      const len = Math.floor(rnd() * 40);
      const from = Math.floor(rnd() * s.length);
      s = s.slice(0, pos) + s.slice(from, from + len) + s.slice(pos);
    }
  }
  return s;
}

const files = [...pyFiles(join(root, 'src/lib')), ...pyFiles(join(root, 'examples')), ...pyFiles(join(root, 'bench'))];
const MUTANTS_PER_FILE = Math.max(20, Math.ceil(3000 / Math.max(1, files.length)));

describe('parser fuzz', () => {
  it(`sees only trees or SyntaxErrors on ${files.length * MUTANTS_PER_FILE} mutants of ${files.length} real files`, () => {
    expect(files.length).toBeGreaterThan(5);
    let errors = 0;
    let trees = 0;
    for (let f = 0; f < files.length; f++) {
      const src = readFileSync(files[f], 'utf8');
      for (let k = 0; k < MUTANTS_PER_FILE; k++) {
        const seed = f * 100003 + k;
        const mutant = mutate(src, prng(seed));
        const lines = mutant.split('\n').length + 1;
        try {
          parse(mutant, 'mutant.py');
          trees++;
        } catch (e) {
          if (!(e instanceof PySyntaxError)) throw new Error(`seed ${seed} (${files[f]}): non-Python error ${String(e)}`);
          if (!(e.lineno >= 0 && e.lineno <= lines)) throw new Error(`seed ${seed}: line ${e.lineno} outside 1..${lines}`);
          errors++;
        }
        try {
          tokenize(mutant, 'mutant.py');
        } catch (e) {
          if (!(e instanceof PySyntaxError) && !(e instanceof Error && e.constructor.name === 'TokenizeError')) {
            throw new Error(`seed ${seed}: tokenize threw ${String(e)}`);
          }
        }
      }
    }
    expect(errors + trees).toBe(files.length * MUTANTS_PER_FILE);
    expect(errors).toBeGreaterThan(0);
  }, 300_000);
});
