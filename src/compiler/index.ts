/**
 * The compiler's public entry points: AST (or source) → CodeObject in
 * CPython 3.11's bytecode. Pipeline as CPython's _PyAST_Compile: future
 * features, AST constant folding (optimizer.ts), symbol table
 * (symtable.ts), code generation (codegen*.ts) and assembly (assembler.ts).
 */
import type * as A from '../parser/ast.js';
import type { CodeObject } from '../bytecode/code.js';
import { parse } from '../parser/index.js';
import { buildSymtable } from './symtable.js';
import { optimizeAst } from './optimizer.js';
import { Compiler, CO_FUTURE_ANNOTATIONS, CO_FUTURE_BARRY_AS_BDFL, getDocString } from './codegen.js';
import { syntaxError, PySyntaxError } from './errors.js';
import { clearCompileWarnings } from './compile_warnings.js';

export { takeCompileWarnings } from './compile_warnings.js';
export type { CompileWarning } from './compile_warnings.js';

export { PySyntaxError };

/** Options for `compile`: `optimize` as `python -O` level (0, 1, 2). */
export interface CompileOptions {
  optimize?: number;
  mode?: 'exec' | 'eval' | 'single';
}

const NOOP_FEATURES = new Set(['nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement',
  'print_function', 'unicode_literals', 'generator_stop']);

/**
 * future_parse: collect `from __future__` flags; returns [flags, line of the last future import]
 * (-1 if none). Throws PySyntaxError for unknown features and late future imports.
 */
export function futureParse(mod: A.mod, filename: string): [number, number] {
  let flags = 0, lineno = -1;
  if (mod._type !== 'Module' && mod._type !== 'Interactive') return [flags, lineno];
  const body = mod.body;
  let i = mod._type === 'Module' && getDocString(body) !== null ? 1 : 0;
  let done = false, prevLine = 0;
  for (; i < body.length; i++) {
    const s = body[i];
    if (done && s.lineno > prevLine) break;
    prevLine = s.lineno;
    if (s._type === 'ImportFrom' && s.module === '__future__') {
      if (done) throw syntaxError('from __future__ imports must occur at the beginning of the file', filename, s);
      for (const a of s.names) {
        if (NOOP_FEATURES.has(a.name)) continue;
        if (a.name === 'annotations') flags |= CO_FUTURE_ANNOTATIONS;
        else if (a.name === 'barry_as_FLUFL') flags |= CO_FUTURE_BARRY_AS_BDFL;
        else if (a.name === 'braces') throw syntaxError('not a chance', filename, s);
        else throw syntaxError(`future feature ${a.name} is not defined`, filename, s);
      }
      lineno = s.lineno;
    } else done = true;
  }
  return [flags, lineno];
}

/**
 * Compile a parsed tree to a CodeObject (CPython's `compile(tree, filename, mode)`).
 * The tree is constant-folded in place. Throws PySyntaxError for compile-time
 * errors (`'return' outside function`, bad global/nonlocal, ...).
 */
export function compile(tree: A.Module | A.Expression | A.Interactive, filename: string, opts: CompileOptions = {}): CodeObject {
  const optimize = opts.optimize ?? 0;
  clearCompileWarnings();
  const [futureFlags, futureLineno] = futureParse(tree, filename);
  optimizeAst(tree, optimize, (futureFlags & CO_FUTURE_ANNOTATIONS) !== 0);
  const st = buildSymtable(tree, filename, (futureFlags & CO_FUTURE_ANNOTATIONS) !== 0);
  const c = new Compiler(st, filename, optimize, futureFlags);
  c.futureLineno = futureLineno;
  return c.compileMod(tree);
}

/**
 * Parse and compile source text (bytes are decoded by the parser per PEP 263).
 * `mode` is 'exec' (module), 'eval' (expression) or 'single' (interactive statement).
 */
export function compileSource(source: string | Uint8Array, filename: string, mode: 'exec' | 'eval' | 'single' = 'exec', opts: { optimize?: number } = {}): CodeObject {
  const tree = parse(source, filename, mode) as A.Module | A.Expression | A.Interactive;
  return compile(tree, filename, { optimize: opts.optimize ?? 0, mode });
}
