/**
 * Compile-time constant values: what `ast.Constant.value` holds and what a
 * code object's `co_consts` holds. These are stage-neutral (the parser and
 * compiler do not depend on the runtime object model); the VM turns them into
 * runtime objects once per code object. They mirror the types CPython allows in
 * `co_consts` (Python/marshal.c): None, bool, int, float, complex, str, bytes,
 * Ellipsis, tuple, frozenset and code objects.
 *
 * Representation:
 * - None → `null`; bool → `boolean`; int → `bigint` (always, so 1 and 1.0 stay
 *   distinct); float → `number`; str → `string` (JS UTF-16; surrogate pairs are
 *   one code point), or `ConstSurrogateStr` where escaped surrogates would pair up; bytes → `Uint8Array`; complex → `ConstComplex`;
 *   Ellipsis → `ELLIPSIS`; tuple → `ConstTuple`; frozenset → `ConstFrozenSet`;
 *   code → `CodeObject` (declared in code.ts, which imports this module).
 */
import type { CodeObject } from './code.js';

/** A complex literal (`2j`, or a folded `1+2j`): real and imaginary parts as doubles. */
export class ConstComplex {
  constructor(public readonly real: number, public readonly imag: number) {}
}

/** The `...` singleton as a constant. */
export class ConstEllipsis {
  static readonly instance = new ConstEllipsis();
  private constructor() {}
}
export const ELLIPSIS = ConstEllipsis.instance;

/** A constant tuple (from constant folding, default values, `kw_names`). */
export class ConstTuple {
  constructor(public readonly items: ConstValue[]) {}
}

/** A constant frozenset (`x in {1, 2}` is folded to one, as CPython's optimizer does). */
export class ConstFrozenSet {
  constructor(public readonly items: ConstValue[]) {}
}

/**
 * A str constant whose code points a JS string cannot keep apart: a high
 * surrogate directly followed by a low one, both written as escapes
 * (`'\ud800\udc00'` is two code points in Python, but as UTF-16 units it
 * would read back as the single U+10000). The parser uses it only for such
 * strings; every other str, lone surrogates included, is a plain `string`.
 */
export class ConstSurrogateStr {
  /** @param codePoints the str's code points, in order (0..0x10FFFF) */
  constructor(public readonly codePoints: readonly number[]) {}

  /** The same text as a JS string: the surrogate pairs merge into astral characters (what the VM uses). */
  merged(): string {
    let s = '';
    for (const c of this.codePoints) s += String.fromCodePoint(c);
    return s;
  }
}

export type ConstValue =
  | null
  | boolean
  | bigint
  | number
  | string
  | ConstSurrogateStr
  | Uint8Array
  | ConstComplex
  | ConstEllipsis
  | ConstTuple
  | ConstFrozenSet
  | CodeObject;
