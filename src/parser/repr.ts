/**
 * Python `repr()` of compile-time constants, exactly as CPython 3.11 prints
 * them (Objects/unicodeobject.c unicode_repr, Objects/bytesobject.c,
 * Python/pystrtod.c float_repr_style='short').
 */
import { ConstComplex, ConstEllipsis, ConstFrozenSet, ConstSurrogateStr, ConstTuple, type ConstValue } from '../bytecode/constants.js';

import { NONPRINTABLE_RANGES } from './unicode_names_data.js';

/** str.isprintable() for one code point, from CPython 3.11's Unicode 14 tables (binary search). */
export function isPrintable(c: number): boolean {
  const r = NONPRINTABLE_RANGES;
  let lo = 0;
  let hi = r.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (c < r[2 * mid]) hi = mid - 1;
    else if (c > r[2 * mid + 1]) lo = mid + 1;
    else return false;
  }
  return true;
}

function hex(n: number, w: number): string {
  return n.toString(16).padStart(w, '0');
}

/** unicode_repr for one code point `c` (the text `ch`), inside `quote`. */
function reprCodePoint(ch: string, c: number, quote: string): string {
  if (ch === quote || ch === '\\') return '\\' + ch;
  if (ch === '\t') return '\\t';
  if (ch === '\n') return '\\n';
  if (ch === '\r') return '\\r';
  if (c < 0x20 || c === 0x7f) return '\\x' + hex(c, 2);
  if (c < 0x7f) return ch;
  if (c >= 0xd800 && c <= 0xdfff) return '\\u' + hex(c, 4);
  if (!isPrintable(c)) {
    if (c <= 0xff) return '\\x' + hex(c, 2);
    if (c <= 0xffff) return '\\u' + hex(c, 4);
    return '\\U' + hex(c, 8);
  }
  return ch;
}

/** repr() of a str. */
export function reprStr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) out += reprCodePoint(ch, ch.codePointAt(0)!, quote);
  return out + quote;
}

/** repr() of a str held as code points (`ConstSurrogateStr`): each surrogate is its own `\\uXXXX`. */
export function reprCodePoints(cps: readonly number[]): string {
  const quote = cps.includes(39) && !cps.includes(34) ? '"' : "'";
  let out = quote;
  for (const c of cps) out += reprCodePoint(c >= 0xd800 && c <= 0xdfff ? '' : String.fromCodePoint(c), c, quote);
  return out + quote;
}

/** repr() of bytes. */
export function reprBytes(b: Uint8Array): string {
  let hasSq = false;
  let hasDq = false;
  for (const x of b) {
    if (x === 39) hasSq = true;
    else if (x === 34) hasDq = true;
  }
  const quote = hasSq && !hasDq ? '"' : "'";
  let out = 'b' + quote;
  for (const c of b) {
    if (c === quote.charCodeAt(0) || c === 92) out += '\\' + String.fromCharCode(c);
    else if (c === 9) out += '\\t';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + hex(c, 2);
    else out += String.fromCharCode(c);
  }
  return out + quote;
}

/** repr() of a float (`1e+16`, `0.0001`, `1e-05`, `inf`, `nan`). */
export function reprFloat(x: number, forceDot = true): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return (Object.is(x, -0) ? '-0' : '0') + (forceDot ? '.0' : '');
  const e = x.toExponential(); // shortest round-trip digits
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(e)!;
  const sign = m[1];
  const digits = m[2] + (m[3] ?? '');
  const exp = parseInt(m[4], 10);
  const decpt = exp + 1;
  if (decpt > 16 || decpt < -3) {
    let mant = digits[0];
    if (digits.length > 1) mant += '.' + digits.slice(1);
    const ae = Math.abs(exp);
    return sign + mant + 'e' + (exp < 0 ? '-' : '+') + (ae < 10 ? '0' + ae : String(ae));
  }
  let s: string;
  if (decpt <= 0) s = '0.' + '0'.repeat(-decpt) + digits;
  else if (decpt >= digits.length) s = digits + '0'.repeat(decpt - digits.length) + (forceDot ? '.0' : '');
  else s = digits.slice(0, decpt) + '.' + digits.slice(decpt);
  return sign + s;
}

/** repr() of a complex number. */
export function reprComplex(c: ConstComplex): string {
  if (c.real === 0 && !Object.is(c.real, -0)) return reprFloat(c.imag, false) + 'j';
  const re = reprFloat(c.real, false);
  const im = reprFloat(c.imag, false);
  const sign = im.startsWith('-') ? '' : '+';
  return `(${re}${sign}${im}j)`;
}

/** repr() of any constant value. */
export function reprConst(v: ConstValue | undefined): string {
  if (v === null || v === undefined) return 'None';
  switch (typeof v) {
    case 'boolean': return v ? 'True' : 'False';
    case 'bigint': return v.toString();
    case 'number': return reprFloat(v);
    case 'string': return reprStr(v);
  }
  if (v instanceof Uint8Array) return reprBytes(v);
  if (v instanceof ConstSurrogateStr) return reprCodePoints(v.codePoints);
  if (v instanceof ConstComplex) return reprComplex(v);
  if (v instanceof ConstEllipsis) return 'Ellipsis';
  if (v instanceof ConstTuple) {
    if (v.items.length === 1) return '(' + reprConst(v.items[0]) + ',)';
    return '(' + v.items.map(reprConst).join(', ') + ')';
  }
  if (v instanceof ConstFrozenSet) return v.items.length ? 'frozenset({' + v.items.map(reprConst).join(', ') + '})' : 'frozenset()';
  return '<code object>';
}
