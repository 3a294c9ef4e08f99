/**
 * A tiny harness for the built-in type tests: each case pairs a Python
 * expression with a TS thunk computing the same thing through the runtime
 * API. `gen_golden.py` evaluates the Python expressions with python3 and
 * records `repr(result)` (or `ExcType: message`) in golden/<suite>.json; the
 * test compares the runtime's result with that record, so tests run without
 * python3.
 */
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { expect, test } from 'vitest';
import { repr, str, callSpecial } from '../../src/runtime/abstract.js';
import {
  type PyValue,
  PyType,
  PyFloat,
  PyComplex,
  PyBaseExceptionObject,
  ListType,
  DictType,
  SetType,
  ByteArrayType,
  typeOf,
} from '../../src/runtime/object.js';
import { installExceptionMethods } from '../../src/runtime/exceptions.js';

installExceptionMethods();
import { PyTuple } from '../../src/runtime/tuple.js';
import { PyList } from '../../src/runtime/list.js';
import { PyDict } from '../../src/runtime/dict.js';
import { setFromItems } from '../../src/runtime/set.js';
import { PyBytes } from '../../src/runtime/bytes.js';

const here = dirname(fileURLToPath(import.meta.url));

export type Case = [string, () => PyValue];

/** float */
export const f = (x: number): PyFloat => new PyFloat(x);
/** complex */
export const cx = (re: number, im: number): PyComplex => new PyComplex(re, im);
/** tuple */
export const t = (...items: PyValue[]): PyTuple => new PyTuple(items);
/** list */
export const l = (...items: PyValue[]): PyList => new PyList(items);
/** set */
export const s = (...items: PyValue[]): PyValue => setFromItems(items);
/** dict from pairs */
export const d = (...pairs: [PyValue, PyValue][]): PyDict => {
  const r = new PyDict();
  for (const [k, v] of pairs) r.set(k, v);
  return r;
};
/** bytes from a latin-1 string */
export const b = (x: string): PyBytes => new PyBytes(Uint8Array.from(x, (c) => c.charCodeAt(0)));

/** Call a built-in type like `int('5')`: tp_new, then the type's own `__init__` for mutable containers. */
export function mk(type: PyType, ...args: PyValue[]): PyValue {
  return mkKw(type, args, null);
}
export function mkKw(type: PyType, args: PyValue[], kwnames: string[] | null): PyValue {
  let tp: PyType | null = type;
  while (tp && !tp.tp_new) tp = tp.tp_base;
  const o = tp!.tp_new!(type, args, kwnames);
  if (type === ListType || type === DictType || type === SetType || type === ByteArrayType) {
    callSpecialKw(o, '__init__', args, kwnames);
  }
  return o;
}

/** Call method `name` of `o` (looked up on its type). */
export function m(o: PyValue, name: string, ...args: PyValue[]): PyValue {
  const r = callSpecial(o, name, args);
  if (r === undefined) throw new Error(`no method ${name}`);
  return r;
}
/** Call with keyword arguments: `mkw(o, 'sort', [], {key: f})`. */
export function callSpecialKw(o: PyValue, name: string, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const f = typeOf(o).lookup(name);
  const desc = f as unknown as { fn: (a: PyValue[], k: readonly string[] | null) => PyValue };
  if (!f) return callSpecial(o, name, args)!;
  return desc.fn([o, ...args], kwnames);
}

/** Format a runtime outcome like gen_golden.py formats Python's. */
export function outcome(fn: () => PyValue): string {
  try {
    return repr(fn());
  } catch (e) {
    if (e instanceof PyBaseExceptionObject) {
      return `${e.ob_type.tp_name}: ${str(e)}`;
    }
    throw e;
  }
}

/** Register one vitest test per case, comparing with golden/<suite>.json. */
export function runCases(suite: string, cases: Case[]): void {
  const file = join(here, 'golden', `${suite}.json`);
  const golden: Record<string, string> = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  for (const [expr, fn] of cases) {
    test(expr, () => {
      const want = golden[expr];
      if (want === undefined) throw new Error(`no golden value for ${expr}: run tests/types/gen_golden.py`);
      expect(outcome(fn)).toBe(want);
    });
  }
}
