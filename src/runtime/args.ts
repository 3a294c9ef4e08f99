/**
 * Argument parsing for native (TypeScript) functions, producing CPython 3.11's
 * exact TypeError messages. Mirrors Python/getargs.c: `_PyArg_UnpackKeywords`
 * (Argument Clinic functions with keywords), `_PyArg_CheckPositional`
 * (positional-only functions), `_PyArg_NoKeywords`, and METH_O / METH_NOARGS.
 *
 * Calls are vectorcall-style (see object.ts): `args` holds the positional
 * values followed by the keyword values, `kwnames` names the trailing
 * `kwnames.length` entries.
 */
import { type PyValue, TypeErrorType, newError } from './object.js';

/**
 * Result of `parseArgs`: one slot per named parameter of the spec, in spec
 * order (undefined = not given). `rest` holds surplus positionals when the
 * spec has a `*name` entry; `kwargs` holds unknown keywords when it has a
 * `**name` entry.
 */
export interface ParsedArgs extends Array<PyValue | undefined> {
  rest: PyValue[];
  kwargs: [string, PyValue][];
}

interface CompiledSpec {
  names: string[];
  /** Number of positional-only parameters (those before '/'). */
  posonly: number;
  /** Number of parameters accepted positionally (before '*' / '*args'). */
  maxpos: number;
  /** Number of leading required positional parameters. */
  minpos: number;
  /** Required flags per parameter. */
  required: boolean[];
  varargs: boolean;
  varkw: boolean;
}

const specCache = new Map<readonly string[], CompiledSpec>();

function compileSpec(spec: readonly string[]): CompiledSpec {
  let c = specCache.get(spec);
  if (c) return c;
  const names: string[] = [];
  const required: boolean[] = [];
  let posonly = 0;
  let maxpos = -1;
  let varargs = false;
  let varkw = false;
  for (const s of spec) {
    if (s === '/') posonly = names.length;
    else if (s === '*') maxpos = names.length;
    else if (s.startsWith('**')) varkw = true;
    else if (s.startsWith('*')) {
      maxpos = names.length;
      varargs = true;
    } else {
      const opt = s.endsWith('?');
      names.push(opt ? s.slice(0, -1) : s);
      required.push(!opt);
    }
  }
  if (maxpos < 0) maxpos = names.length;
  let minpos = 0;
  while (minpos < maxpos && required[minpos]) minpos++;
  c = { names, posonly, maxpos, minpos, required, varargs, varkw };
  specCache.set(spec, c);
  return c;
}

function plural(n: number): string {
  return n === 1 ? '' : 's';
}

/**
 * Parse `args`/`kwnames` against `spec`, CPython Argument-Clinic style.
 * Spec entries: `'a'` required, `'b?'` optional, `'/'` ends the positional-only
 * parameters, `'*'` starts keyword-only ones, `'*args'` collects surplus
 * positionals into `.rest`, `'**kw'` collects unknown keywords into `.kwargs`.
 * Pass the spec as a module-level constant array (it is compiled once and cached by identity).
 *
 * Example: `parseArgs('round', args, kwnames, ['number', 'ndigits?'])`.
 * Throws TypeError: `round() takes at most 2 arguments (3 given)`,
 * `round() missing required argument 'number' (pos 1)`,
 * `argument for round() given by name ('number') and position (1)`,
 * `'x' is an invalid keyword argument for round()`.
 */
export function parseArgs(fname: string, args: PyValue[], kwnames: readonly string[] | null, spec: readonly string[]): ParsedArgs {
  const c = compileSpec(spec);
  const nkw = kwnames ? kwnames.length : 0;
  const nargs = args.length - nkw;
  const n = c.names.length;
  const out = new Array<PyValue | undefined>(n) as ParsedArgs;
  out.rest = [];
  out.kwargs = [];
  const fn = fname + '()';
  if (!c.varargs && !c.varkw && nargs + nkw > n) {
    throw newError(TypeErrorType, `${fn} takes at most ${n} ${nargs === 0 ? 'keyword ' : ''}argument${plural(n)} (${nargs + nkw} given)`);
  }
  if (!c.varargs && nargs > c.maxpos) {
    if (c.maxpos === 0) throw newError(TypeErrorType, `${fn} takes no positional arguments`);
    throw newError(
      TypeErrorType,
      `${fn} takes ${c.minpos < c.maxpos ? 'at most' : 'exactly'} ${c.maxpos} positional argument${plural(c.maxpos)} (${nargs} given)`,
    );
  }
  // CPython _PyArg_UnpackKeywords: required positional-only parameters cannot come by keyword
  const minPosonly = Math.min(c.posonly, c.minpos);
  if (nkw && nargs < minPosonly) {
    throw newError(
      TypeErrorType,
      `${fn} takes ${minPosonly < c.maxpos ? 'at least' : 'exactly'} ${minPosonly} positional argument${plural(minPosonly)} (${nargs} given)`,
    );
  }
  const npos = Math.min(nargs, c.maxpos);
  for (let i = 0; i < npos; i++) out[i] = args[i];
  if (c.varargs && nargs > c.maxpos) out.rest = args.slice(c.maxpos, nargs);
  if (nkw) {
    for (let k = 0; k < nkw; k++) {
      const name = kwnames![k];
      const idx = c.names.indexOf(name);
      if (idx < 0 || idx < c.posonly) {
        if (c.varkw) {
          out.kwargs.push([name, args[nargs + k]]);
          continue;
        }
        throw newError(TypeErrorType, `'${name}' is an invalid keyword argument for ${fn}`);
      }
      if (idx < npos) throw newError(TypeErrorType, `argument for ${fn} given by name ('${name}') and position (${idx + 1})`);
      out[idx] = args[nargs + k];
    }
  }
  for (let i = 0; i < n; i++) {
    if (out[i] === undefined && c.required[i]) {
      throw newError(TypeErrorType, `${fn} missing required argument '${c.names[i]}' (pos ${i + 1})`);
    }
  }
  return out;
}

/**
 * Positional-only arity check (CPython `_PyArg_CheckPositional`); also rejects keywords.
 * Message: `divmod expected 2 arguments, got 1`, `min expected at least 1 argument, got 0`,
 * `range expected at most 3 arguments, got 4`. Pass `max = Infinity` for no upper bound.
 */
export function checkPositional(fname: string, args: PyValue[], kwnames: readonly string[] | null, min: number, max: number): void {
  if (kwnames && kwnames.length) noKwargs(fname, kwnames);
  const n = args.length;
  if (n < min) {
    throw newError(TypeErrorType, `${fname} expected ${min === max ? '' : 'at least '}${min} argument${plural(min)}, got ${n}`);
  }
  if (n > max) {
    throw newError(TypeErrorType, `${fname} expected ${min === max ? '' : 'at most '}${max} argument${plural(max)}, got ${n}`);
  }
}

/** Reject keyword arguments (CPython `_PyArg_NoKeywords`): `float() takes no keyword arguments`. */
export function noKwargs(fname: string, kwnames: readonly string[] | null): void {
  if (kwnames && kwnames.length) throw newError(TypeErrorType, `${fname}() takes no keyword arguments`);
}

/**
 * METH_O check: exactly one positional argument, no keywords.
 * `len() takes exactly one argument (2 given)`; returns the argument.
 */
export function oneArg(fname: string, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  if (kwnames && kwnames.length) noKwargs(fname, kwnames);
  if (args.length !== 1) throw newError(TypeErrorType, `${fname}() takes exactly one argument (${args.length} given)`);
  return args[0];
}

/** METH_NOARGS check: `f() takes no arguments (1 given)`. */
export function noArgs(fname: string, args: PyValue[], kwnames: readonly string[] | null): void {
  if (kwnames && kwnames.length) noKwargs(fname, kwnames);
  if (args.length !== 0) throw newError(TypeErrorType, `${fname}() takes no arguments (${args.length} given)`);
}

/**
 * Old-style (`PyArg_ParseTuple`) arity check: `startswith() takes at least 1 argument (0 given)`,
 * `sum() takes at most 2 arguments (3 given)`, `f() takes exactly 2 arguments (1 given)`.
 */
export function checkArgCount(fname: string, nargs: number, min: number, max: number): void {
  if (nargs < min || nargs > max) {
    const which = min === max ? 'exactly' : nargs < min ? 'at least' : 'at most';
    const k = nargs < min ? min : max;
    throw newError(TypeErrorType, `${fname}() takes ${which} ${k} argument${plural(k)} (${nargs} given)`);
  }
}

/** Split vectorcall args into positional values and a name→value list of keywords. */
export function splitKw(args: PyValue[], kwnames: readonly string[] | null): [PyValue[], [string, PyValue][]] {
  if (!kwnames || kwnames.length === 0) return [args, []];
  const nargs = args.length - kwnames.length;
  const kws: [string, PyValue][] = kwnames.map((k, i) => [k, args[nargs + i]]);
  return [args.slice(0, nargs), kws];
}
