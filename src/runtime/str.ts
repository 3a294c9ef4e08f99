/**
 * `str` core (CPython Objects/unicodeobject.c): strings are JS strings, and
 * Python semantics are by code point, so every length/index/slice goes through
 * helpers with a fast path for strings without surrogates (checked once and
 * cached for the last string seen). Named methods live in str_methods.ts.
 * Instances of user subclasses of str are `PyStrSubclass` objects.
 */
import {
  type PyValue,
  PyObject,
  PyType,
  StrType,
  None,
  NotImplemented,
  TypeErrorType,
  IndexErrorType,
  OverflowErrorType,
  newError,
  typeOf,
  defineMethods,
} from './object.js';
import { PyIteratorBase, makeIteratorType } from './iterbase.js';
import { intValue } from './int.js';
import { indexToNumber, compareStrings, str as pyStr, isInt } from './abstract.js';
import { PySlice, sliceIndices } from './slice.js';
import { PyTuple } from './tuple.js';
import { percentFormat } from './format_percent.js';
import { decodeBytes, bytesOf } from './bytes.js';
import { parseArgs } from './args.js';

/** An instance of a user subclass of str: the string value plus the object's type and dict. */
export class PyStrSubclass extends PyObject {
  constructor(type: PyType, public readonly value: string) {
    super();
    this.ob_type = type;
  }
}

/** The string of a str or str-subclass instance; undefined otherwise. */
export function strValue(v: PyValue): string | undefined {
  if (typeof v === 'string') return v;
  if (v instanceof PyStrSubclass) return v.value;
  return undefined;
}

/** Wrap a string as an instance of `type` (str itself → the plain string). */
export function makeStr(type: PyType, s: string): PyValue {
  return type === StrType ? s : new PyStrSubclass(type, s);
}

// ---------------------------------------------------------------------------
// code points
// ---------------------------------------------------------------------------

const SURR_RE = /[\uD800-\uDFFF]/;
let lastChecked = '';
let lastHasSurr = false;

/** Does `s` contain UTF-16 surrogates (i.e. code points beyond the BMP, or lone surrogates)? Cached for the last string. */
export function hasSurrogates(s: string): boolean {
  if (s.length < 16) return SURR_RE.test(s);
  if (s === lastChecked) return lastHasSurr;
  lastChecked = s;
  lastHasSurr = SURR_RE.test(s);
  return lastHasSurr;
}

let lastCpStr = '';
let lastCp: string[] = [];
/** The code points of `s` as an array of strings (cached for the last string). */
export function codePoints(s: string): string[] {
  if (s === lastCpStr) return lastCp;
  const a = Array.from(s);
  lastCpStr = s;
  lastCp = a;
  return a;
}

/** `len(s)` in code points. */
export function strLen(s: string): number {
  if (!hasSurrogates(s)) return s.length;
  return codePoints(s).length;
}

/** Code point slice `s[start:stop]` (indices already clamped to [0, len]). */
export function cpSlice(s: string, start: number, stop: number): string {
  if (!hasSurrogates(s)) return s.slice(start, stop);
  return codePoints(s).slice(start, stop).join('');
}

/** UTF-16 offset → code point index. */
export function cpIndexOf(s: string, utf16: number): number {
  if (utf16 <= 0 || !hasSurrogates(s)) return utf16;
  let n = 0;
  for (let i = 0; i < utf16; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < utf16) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** `s[k]` for an int or slice key: `IndexError: string index out of range`, `TypeError: string indices must be integers, not 'str'`. */
export function strGetItem(s: string, k: PyValue): string {
  if (typeof k === 'number' || typeof k === 'boolean' || typeof k === 'bigint' || isInt(k)) {
    let i = typeof k === 'number' ? k : indexToNumber(k);
    if (!hasSurrogates(s)) {
      if (i < 0) i += s.length;
      if (i < 0 || i >= s.length) throw newError(IndexErrorType, 'string index out of range');
      return s[i];
    }
    const cps = codePoints(s);
    if (i < 0) i += cps.length;
    if (i < 0 || i >= cps.length) throw newError(IndexErrorType, 'string index out of range');
    return cps[i];
  }
  if (k instanceof PySlice) {
    const n = strLen(s);
    const [start, , step, count] = sliceIndices(k, n);
    if (step === 1) return cpSlice(s, start, start + count);
    const src = hasSurrogates(s) ? codePoints(s) : s;
    let out = '';
    for (let i = 0, j = start; i < count; i++, j += step) out += src[j];
    return out;
  }
  const t = typeOf(k);
  if (t.lookup('__index__') !== undefined) return strGetItem(s, indexToNumber(k));
  throw newError(TypeErrorType, `string indices must be integers, not '${t.tp_name}'`);
}

/** `x in s` where `x` is not a plain JS string. */
export function strContains(s: string, x: PyValue): boolean {
  const v = strValue(x);
  if (v === undefined) throw newError(TypeErrorType, `'in <string>' requires string as left operand, not ${typeOf(x).tp_name}`);
  return s.includes(v);
}

// ---------------------------------------------------------------------------
// repr / hash
// ---------------------------------------------------------------------------

const NONPRINTABLE_RE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;
const NEEDS_ESCAPE_RE = /[\\\x00-\x1f\x7f-\xa0\u00ad\u0378-\uffff]/;

/** Is the code point printable per Python's `str.isprintable` (space counts as printable)? */
export function isPrintableChar(ch: string): boolean {
  if (ch === ' ') return true;
  return !NONPRINTABLE_RE.test(ch);
}

function hex(n: number, w: number): string {
  return n.toString(16).padStart(w, '0');
}

/** `repr(s)` with CPython's quote choice and escapes (unicode_repr). */
export function strRepr(s: string): string {
  const hasSingle = s.includes("'");
  const q = hasSingle && !s.includes('"') ? '"' : "'";
  if (!NEEDS_ESCAPE_RE.test(s) && !(q === "'" && hasSingle)) return q + s + q;
  let out = q;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === q || ch === '\\') out += '\\' + ch;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + hex(c, 2);
    else if (c < 0x7f) out += ch;
    else if (isPrintableChar(ch) && !(c >= 0xd800 && c <= 0xdfff)) out += ch;
    else if (c <= 0xff) out += '\\x' + hex(c, 2);
    else if (c <= 0xffff) out += '\\u' + hex(c, 4);
    else out += '\\U' + hex(c, 8);
  }
  return out + q;
}

/**
 * A deterministic string hash (CPython randomises str hashes, so any stable
 * function is faithful), except that the empty string hashes to 0 as in
 * CPython. Never -1.
 */
export function strHash(s: string): number {
  if (s.length === 0) return 0;
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 1;
}

// ---------------------------------------------------------------------------
// iteration
// ---------------------------------------------------------------------------

export const StrIterType = makeIteratorType('str_ascii_iterator');

/** Iterator over the code points of a string. */
export class StrIterator extends PyIteratorBase {
  i = 0;
  constructor(public s: string) {
    super();
    this.ob_type = StrIterType;
  }
  next(): PyValue | undefined {
    const s = this.s;
    const i = this.i;
    if (i >= s.length) return undefined;
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        this.i = i + 2;
        return s.slice(i, i + 2);
      }
    }
    this.i = i + 1;
    return s[i];
  }
  lengthHint(): number {
    return strLen(this.s.slice(this.i));
  }
}

// ---------------------------------------------------------------------------
// constructor and dunders
// ---------------------------------------------------------------------------

const STR_NEW_SPEC = ['object?', 'encoding?', 'errors?'];

/** `str(object='', encoding=..., errors=...)` value. */
export function strNewValue(args: PyValue[], kwnames: readonly string[] | null): string {
  const a = parseArgs('str', args, kwnames, STR_NEW_SPEC);
  const obj = a[0];
  if (a[1] === undefined && a[2] === undefined) return obj === undefined ? '' : pyStr(obj);
  const enc = a[1] === undefined ? 'utf-8' : strValue(a[1]);
  const errors = a[2] === undefined ? 'strict' : strValue(a[2]);
  if (enc === undefined) throw newError(TypeErrorType, `str() argument 'encoding' must be str, not ${typeOf(a[1]!).tp_name}`);
  if (errors === undefined) throw newError(TypeErrorType, `str() argument 'errors' must be str, not ${typeOf(a[2]!).tp_name}`);
  if (obj === undefined) return '';
  const b = bytesOf(obj);
  if (b === undefined) {
    if (typeof obj === 'string') throw newError(TypeErrorType, 'decoding str is not supported');
    throw newError(TypeErrorType, `decoding to str: need a bytes-like object, ${typeOf(obj).tp_name} found`);
  }
  return decodeBytes(b, enc, errors);
}

StrType.tp_new = (type, args, kwnames) => makeStr(type, strNewValue(args, kwnames));

/** `self` of a str method: the string (plain or subclass), else the CPython descriptor TypeError. */
export function selfStr(v: PyValue, name: string): string {
  if (typeof v === 'string') return v;
  if (v instanceof PyStrSubclass) return v.value;
  throw newError(TypeErrorType, `descriptor '${name}' requires a 'str' object but received a '${typeOf(v).tp_name}'`);
}

function cmp(test: (c: number) => boolean) {
  return (args: PyValue[]): PyValue => {
    const a = selfStr(args[0], 'cmp');
    const b = strValue(args[1]);
    if (b === undefined) return NotImplemented;
    return test(compareStrings(a, b));
  };
}

/** `s * n` (CPython unicode_repeat): OverflowError for absurd sizes. */
export function strRepeat(s: string, n: PyValue): PyValue {
  let iv = intValue(n);
  if (iv === undefined) {
    // any object with __index__ is a repeat count (CPython sq_repeat via PyNumber_AsSsize_t)
    if (typeOf(n).lookup('__index__') === undefined) return NotImplemented;
    iv = indexToNumber(n, OverflowErrorType);
  }
  const k = typeof iv === 'bigint' ? (iv > 0n ? Infinity : 0) : iv;
  if (k <= 0 || s.length === 0) return '';
  if (s.length * k > 0x1fffffe8) throw newError(OverflowErrorType, 'repeated string is too long');
  return s.repeat(k);
}

defineMethods(StrType, {
  __len__: (args) => strLen(selfStr(args[0], '__len__')),
  __getitem__: (args) => strGetItem(selfStr(args[0], '__getitem__'), args[1]),
  __contains__(args) {
    const s = selfStr(args[0], '__contains__');
    return strContains(s, args[1]);
  },
  __iter__: (args) => new StrIterator(selfStr(args[0], '__iter__')),
  __add__(args) {
    const a = selfStr(args[0], '__add__');
    const b = strValue(args[1]);
    if (b === undefined) return NotImplemented;
    return a + b;
  },
  __mul__: (args) => strRepeat(selfStr(args[0], '__mul__'), args[1]),
  __rmul__: (args) => strRepeat(selfStr(args[0], '__rmul__'), args[1]),
  __mod__: (args) => percentFormat(selfStr(args[0], '__mod__'), args[1]),
  __rmod__: () => NotImplemented,
  __eq__(args) {
    const b = strValue(args[1]);
    if (b === undefined) return NotImplemented;
    return selfStr(args[0], '__eq__') === b;
  },
  __ne__(args) {
    const b = strValue(args[1]);
    if (b === undefined) return NotImplemented;
    return selfStr(args[0], '__ne__') !== b;
  },
  __lt__: cmp((c) => c < 0),
  __le__: cmp((c) => c <= 0),
  __gt__: cmp((c) => c > 0),
  __ge__: cmp((c) => c >= 0),
  __hash__: (args) => strHash(selfStr(args[0], '__hash__')),
  __repr__: (args) => strRepr(selfStr(args[0], '__repr__')),
  __str__(args) {
    const s = selfStr(args[0], '__str__');
    return s;
  },
  __getnewargs__: (args) => new PyTuple([selfStr(args[0], '__getnewargs__')]),
  __sizeof__: (args) => 49 + strLen(selfStr(args[0], '__sizeof__')),
});
void None;
