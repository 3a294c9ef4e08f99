/**
 * The named methods of `str` (CPython Objects/unicodeobject.c and
 * Objects/stringlib): search, split/join, strip, case mapping, predicates,
 * padding, translate, encode, format. Indices and lengths are in code points.
 */
import {
  type PyValue,
  StrType,
  None,
  TypeErrorType,
  ValueErrorType,
  LookupErrorType,
  PyBaseExceptionObject,
  newError,
  typeOf,
  defineMethods,
  PyBuiltinFunction,
} from './object.js';
import { intValue } from './int.js';
import { index as pyIndex, getItem, isTrue, iterToArray, sequenceFast } from './abstract.js';
import { PyTuple } from './tuple.js';
import { PyList } from './list.js';
import { PyDict } from './dict.js';
import { strFormatVector, strFormat } from './format_str.js';
import { encodeStr, newBytes } from './bytes.js';
import { titleCaseChar, caseFold } from './unicode_case.js';
import { parseArgs, checkArgCount } from './args.js';
import { requireNoArgs } from './iterbase.js';
import {
  selfStr,
  strValue,
  strLen,
  hasSurrogates,
  codePoints,
  cpSlice,
  cpIndexOf,
  isPrintableChar,
} from './str.js';

/** Python's whitespace (str.isspace / str.split()). */
const WS = ' \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000';
const WS_SET = new Set(WS);
export function isSpaceChar(ch: string): boolean {
  return WS_SET.has(ch);
}

function argStr(v: PyValue, what: string): string {
  const s = strValue(v);
  if (s === undefined) throw newError(TypeErrorType, `${what} must be str, not ${typeOf(v).tp_name}`);
  return s;
}

/** Optional start/end slice arguments (None allowed) → clamped code point [start, end] on length n. */
function window(n: number, start: PyValue | undefined, end: PyValue | undefined): [number, number] {
  let s = 0;
  let e = n;
  if (start !== undefined && start !== None) {
    s = Number(clampIdx(start));
    if (s < 0) s = Math.max(0, s + n);
  }
  if (end !== undefined && end !== None) {
    e = Number(clampIdx(end));
    if (e < 0) e = Math.max(0, e + n);
    else if (e > n) e = n;
  }
  return [s, e];
}
function clampIdx(v: PyValue): number {
  const iv = intValue(v) ?? (() => {
    try {
      return pyIndex(v);
    } catch {
      throw newError(TypeErrorType, 'slice indices must be integers or None or have an __index__ method');
    }
  })();
  if (typeof iv === 'bigint') return iv > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
  return iv;
}

/** find/rfind core: code point index or -1. */
function findIn(s: string, sub: string, start: PyValue | undefined, end: PyValue | undefined, reverse: boolean): number {
  const n = strLen(s);
  const [a, b] = window(n, start, end);
  if (a > n || b - a < strLen(sub)) return sub === '' && a <= n && a <= b ? (reverse ? b : a) : -1;
  const bmp = !hasSurrogates(s);
  const w = bmp ? s.slice(a, b) : cpSlice(s, a, b);
  const r = reverse ? w.lastIndexOf(sub) : w.indexOf(sub);
  if (r < 0) return -1;
  return a + (bmp ? r : cpIndexOf(w, r));
}

function countIn(s: string, sub: string, start: PyValue | undefined, end: PyValue | undefined): number {
  const n = strLen(s);
  const [a, b] = window(n, start, end);
  if (a > n || b < a) return 0;
  if (sub === '') return b - a + 1;
  const w = cpSlice(s, a, b);
  let c = 0;
  let i = w.indexOf(sub);
  while (i >= 0) {
    c++;
    i = w.indexOf(sub, i + sub.length);
  }
  return c;
}

function splitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    while (i < n && WS_SET.has(s[i])) i++;
    if (i >= n) break;
    if (maxsplit >= 0 && out.length >= maxsplit) {
      out.push(s.slice(i));
      return out;
    }
    let j = i;
    while (j < n && !WS_SET.has(s[j])) j++;
    out.push(s.slice(i, j));
    i = j;
  }
  return out;
}

function rsplitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = s.length;
  while (i > 0) {
    while (i > 0 && WS_SET.has(s[i - 1])) i--;
    if (i <= 0) break;
    if (maxsplit >= 0 && out.length >= maxsplit) {
      out.push(s.slice(0, i));
      break;
    }
    let j = i;
    while (j > 0 && !WS_SET.has(s[j - 1])) j--;
    out.push(s.slice(j, i));
    i = j;
  }
  return out.reverse();
}

function splitSep(s: string, sep: string, maxsplit: number): string[] {
  if (sep === '') throw newError(ValueErrorType, 'empty separator');
  if (maxsplit < 0) return s.split(sep);
  const out: string[] = [];
  let i = 0;
  while (out.length < maxsplit) {
    const j = s.indexOf(sep, i);
    if (j < 0) break;
    out.push(s.slice(i, j));
    i = j + sep.length;
  }
  out.push(s.slice(i));
  return out;
}

function rsplitSep(s: string, sep: string, maxsplit: number): string[] {
  if (sep === '') throw newError(ValueErrorType, 'empty separator');
  if (maxsplit < 0) return s.split(sep);
  const out: string[] = [];
  let end = s.length;
  while (out.length < maxsplit) {
    const j = end - sep.length < 0 ? -1 : s.lastIndexOf(sep, end - sep.length);
    if (j < 0) break;
    out.push(s.slice(j + sep.length, end));
    end = j;
  }
  out.push(s.slice(0, end));
  return out.reverse();
}

const LINE_BREAKS = new Set(['\n', '\r', '\x0b', '\x0c', '\x1c', '\x1d', '\x1e', '\x85', '\u2028', '\u2029']);

/** str.splitlines core (also used by bytes with a smaller break set). */
export function splitLines(s: string, keepends: boolean, breaks: Set<string> = LINE_BREAKS): string[] {
  const out: string[] = [];
  let i = 0;
  let start = 0;
  const n = s.length;
  while (i < n) {
    const ch = s[i];
    if (breaks.has(ch)) {
      let e = i + 1;
      if (ch === '\r' && s[i + 1] === '\n') e++;
      out.push(s.slice(start, keepends ? e : i));
      start = i = e;
    } else i++;
  }
  if (start < n) out.push(s.slice(start));
  return out;
}

function stripChars(s: string, chars: PyValue | undefined, left: boolean, right: boolean, name: string): string {
  let set: Set<string>;
  if (chars === undefined || chars === None) set = WS_SET;
  else {
    const c = strValue(chars);
    if (c === undefined) throw newError(TypeErrorType, `${name} arg must be None or str`);
    set = new Set(c);
  }
  const cps = hasSurrogates(s) ? codePoints(s) : null;
  if (cps) {
    let a = 0;
    let b = cps.length;
    if (left) while (a < b && set.has(cps[a])) a++;
    if (right) while (b > a && set.has(cps[b - 1])) b--;
    return cps.slice(a, b).join('');
  }
  let a = 0;
  let b = s.length;
  if (left) while (a < b && set.has(s[a])) a++;
  if (right) while (b > a && set.has(s[b - 1])) b--;
  return s.slice(a, b);
}

// CPython's unicodetype flags: the derived properties Cased, Lowercase and
// Uppercase (so 'ª', 'Ⓐ', 'Ⅰ' count), and titlecase is general category Lt.
const CASED_RE = /\p{Cased}/u;
const LOWER_RE = /\p{Lowercase}/u;
const UPPER_RE = /\p{Uppercase}/u;
const TITLE_RE = /\p{Lt}/u;
function isCased(ch: string): boolean {
  return CASED_RE.test(ch);
}
function titleChar(ch: string): string {
  return titleCaseChar(ch);
}

const CASE_IGNORABLE_RE = /\p{Case_Ignorable}/u;

/**
 * Lowercase of cps[i] in context (CPython lower_ucs4): a capital sigma becomes
 * final 'ς' after a cased letter and not before one, skipping case-ignorables.
 */
function lowerAt(cps: string[], i: number): string {
  const ch = cps[i];
  if (ch !== '\u03a3') return ch.toLowerCase();
  let j = i - 1;
  while (j >= 0 && CASE_IGNORABLE_RE.test(cps[j])) j--;
  if (j < 0 || !isCased(cps[j])) return '\u03c3';
  j = i + 1;
  while (j < cps.length && CASE_IGNORABLE_RE.test(cps[j])) j++;
  return j === cps.length || !isCased(cps[j]) ? '\u03c2' : '\u03c3';
}

function title(s: string): string {
  let out = '';
  let prevCased = false;
  const cps = Array.from(s);
  for (let i = 0; i < cps.length; i++) {
    const ch = cps[i];
    out += prevCased ? lowerAt(cps, i) : titleChar(ch);
    prevCased = isCased(ch);
  }
  return out;
}

function istitle(s: string): boolean {
  let cased = false;
  let prevCased = false;
  for (const ch of s) {
    if (UPPER_RE.test(ch) || TITLE_RE.test(ch)) {
      if (prevCased) return false;
      prevCased = true;
      cased = true;
    } else if (LOWER_RE.test(ch)) {
      if (!prevCased) return false;
      prevCased = true;
      cased = true;
    } else prevCased = false;
  }
  return cased;
}

function allMatch(s: string, re: RegExp): boolean {
  if (s.length === 0) return false;
  for (const ch of s) if (!re.test(ch)) return false;
  return true;
}
const DECIMAL_RE = /\p{Nd}/u;
const DIGIT_RE = /[\p{Nd}\u00b2\u00b3\u00b9\u2070\u2074-\u2079\u2080-\u2089\u2460-\u2468\u2474-\u247c\u2488-\u2490\u24ea\u24f5-\u24fd\u24ff\u2776-\u277e\u2780-\u2788\u278a-\u2792\u{10a40}-\u{10a43}\u{1f100}-\u{1f10a}]/u;
const NUMERIC_RE = /[\p{N}\u3007\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341\u767e\u5343\u4e07\u5104\u96f6]/u;
const ALPHA_RE = /\p{L}/u;
const ALNUM_RE = /[\p{L}\p{N}]/u;

function pad(s: string, width: PyValue, fill: PyValue | undefined, mode: 'l' | 'r' | 'c', name: string): string {
  const w = Number(pyIndex(width));
  let f = ' ';
  if (fill !== undefined) {
    const fs = strValue(fill);
    if (fs === undefined) throw newError(TypeErrorType, `${name}() argument 2 must be str, not ${typeOf(fill).tp_name}`);
    if (strLen(fs) !== 1) throw newError(TypeErrorType, 'The fill character must be exactly one character long');
    f = fs;
  }
  const n = strLen(s);
  if (w <= n) return s;
  const total = w - n;
  if (mode === 'l') return s + f.repeat(total);
  if (mode === 'r') return f.repeat(total) + s;
  const left = Math.floor(total / 2) + (total & w & 1);
  return f.repeat(left) + s + f.repeat(total - left);
}

function expandtabs(s: string, tabsize: number): string {
  let out = '';
  let col = 0;
  for (const ch of s) {
    if (ch === '\t') {
      if (tabsize > 0) {
        const n = tabsize - (col % tabsize);
        out += ' '.repeat(n);
        col += n;
      }
    } else {
      out += ch;
      col = ch === '\n' || ch === '\r' ? 0 : col + 1;
    }
  }
  return out;
}

function prefixTest(s: string, prefix: PyValue, start: PyValue | undefined, end: PyValue | undefined, ends: boolean, name: string): boolean {
  const n = strLen(s);
  const [a, b] = window(n, start, end);
  if (prefix instanceof PyTuple) {
    for (const p of prefix.items) {
      const ps = strValue(p);
      if (ps === undefined) throw newError(TypeErrorType, `tuple for ${name} must only contain str, not ${typeOf(p).tp_name}`);
      if (prefixTest(s, ps, start, end, ends, name)) return true;
    }
    return false;
  }
  const p = strValue(prefix);
  if (p === undefined) {
    throw newError(TypeErrorType, `${name} first arg must be str or a tuple of str, not ${typeOf(prefix).tp_name}`);
  }
  // an empty window that starts past its end matches nothing, not even '' (CPython tailmatch)
  if (a > n || a > b) return false;
  const w = cpSlice(s, a, b);
  return ends ? w.endsWith(p) : w.startsWith(p);
}

function translate(s: string, table: PyValue): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    let r: PyValue;
    try {
      r = getItem(table, c);
    } catch (e) {
      if (e instanceof PyBaseExceptionObject && e.ob_type.isSubtype(LookupErrorType)) {
        out += ch;
        continue;
      }
      throw e;
    }
    if (r === None) continue;
    const rs = strValue(r);
    if (rs !== undefined) {
      out += rs;
      continue;
    }
    const ri = intValue(r);
    if (ri !== undefined) {
      if (ri < 0 || ri > 0x10ffff) throw newError(ValueErrorType, 'character mapping must be in range(0x110000)');
      out += String.fromCodePoint(Number(ri));
      continue;
    }
    throw newError(TypeErrorType, 'character mapping must return integer, None or str');
  }
  return out;
}

function maketrans(args: PyValue[]): PyValue {
  const d = new PyDict();
  if (args.length === 1) {
    const x = args[0];
    if (!(x instanceof PyDict)) throw newError(TypeErrorType, 'if you give only one argument to maketrans it must be a dict');
    for (const e of x.table.entries()) {
      const ks = strValue(e.key);
      if (ks !== undefined) {
        if (strLen(ks) !== 1) throw newError(ValueErrorType, 'string keys in translate table must be of length 1');
        d.setItem(ks.codePointAt(0)!, e.value);
      } else if (intValue(e.key) !== undefined) d.setItem(e.key, e.value);
      else throw newError(TypeErrorType, 'keys in translate table must be strings or integers');
    }
    return d;
  }
  if (args.length < 1 || args.length > 3) throw newError(TypeErrorType, `maketrans expected at most 3 arguments, got ${args.length}`);
  const x = argStr(args[0], 'maketrans() argument 1');
  const y = argStr(args[1], 'maketrans() argument 2');
  const xs = Array.from(x);
  const ys = Array.from(y);
  if (xs.length !== ys.length) throw newError(ValueErrorType, 'the first two maketrans arguments must have equal length');
  for (let i = 0; i < xs.length; i++) d.setItem(xs[i].codePointAt(0)!, ys[i].codePointAt(0)!);
  if (args.length === 3) for (const ch of argStr(args[2], 'maketrans() argument 3')) d.setItem(ch.codePointAt(0)!, None);
  return d;
}

function maxsplitArg(v: PyValue | undefined): number {
  if (v === undefined) return -1;
  const n = pyIndex(v);
  return typeof n === 'bigint' ? (n > 0n ? Number.MAX_SAFE_INTEGER : -1) : n;
}
function sepArg(v: PyValue | undefined): string | null {
  if (v === undefined || v === None) return null;
  const s = strValue(v);
  if (s === undefined) throw newError(TypeErrorType, `must be str or None, not ${typeOf(v).tp_name}`);
  return s;
}

/** `sep.join(iterable)` (CPython PyUnicode_Join): `sequence item 1: expected str instance, int found`. */
export function strJoin(sep: string, iterable: PyValue): string {
  // sequenceFast takes exact lists and tuples as they are and iterates anything else (a subclass may override __iter__).
  const items = sequenceFast(iterable, 'can only join an iterable');
  const parts: string[] = new Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    if (typeof it === 'string') parts[i] = it;
    else {
      const v = strValue(it);
      if (v === undefined) throw newError(TypeErrorType, `sequence item ${i}: expected str instance, ${typeOf(it).tp_name} found`);
      parts[i] = v;
    }
  }
  return parts.join(sep);
}

const SPLIT_SPEC = ['sep?', 'maxsplit?'];
const SPLITLINES_SPEC = ['keepends?'];
const ENCODE_SPEC = ['encoding?', 'errors?'];
const EXPANDTABS_SPEC = ['tabsize?'];

function list(items: string[]): PyList {
  return new PyList(items);
}

function s0(args: PyValue[], name: string): string {
  return selfStr(args[0], name);
}

function searchArgs(args: PyValue[], name: string): [string, string, PyValue | undefined, PyValue | undefined] {
  checkArgCount(name, args.length - 1, 1, 3);
  const s = s0(args, name);
  const sub = strValue(args[1]);
  if (sub === undefined) throw newError(TypeErrorType, `must be str, not ${typeOf(args[1]).tp_name}`);
  return [s, sub, args[2], args[3]];
}

defineMethods(StrType, {
  join: (args) => strJoin(s0(args, 'join'), args[1]),
  split(args, kw) {
    const s = s0(args, 'split');
    const a = parseArgs('split', args.slice(1), kw, SPLIT_SPEC);
    const sep = sepArg(a[0]);
    const m = maxsplitArg(a[1]);
    return list(sep === null ? splitWhitespace(s, m) : splitSep(s, sep, m));
  },
  rsplit(args, kw) {
    const s = s0(args, 'rsplit');
    const a = parseArgs('rsplit', args.slice(1), kw, SPLIT_SPEC);
    const sep = sepArg(a[0]);
    const m = maxsplitArg(a[1]);
    return list(sep === null ? rsplitWhitespace(s, m) : rsplitSep(s, sep, m));
  },
  splitlines(args, kw) {
    const s = s0(args, 'splitlines');
    const a = parseArgs('splitlines', args.slice(1), kw, SPLITLINES_SPEC);
    return list(splitLines(s, a[0] !== undefined && isTrue(a[0])));
  },
  strip: (args) => stripChars(s0(args, 'strip'), args[1], true, true, 'strip'),
  lstrip: (args) => stripChars(s0(args, 'lstrip'), args[1], true, false, 'lstrip'),
  rstrip: (args) => stripChars(s0(args, 'rstrip'), args[1], false, true, 'rstrip'),
  replace(args) {
    checkArgCount('replace', args.length - 1, 2, 3);
    const s = s0(args, 'replace');
    const old = argStr(args[1], 'replace() argument 1');
    const nw = argStr(args[2], 'replace() argument 2');
    let count = args[3] === undefined ? -1 : Number(pyIndex(args[3]));
    if (count < 0) count = Infinity;
    if (old === '') {
      const cps = codePoints(s).slice();
      let out = '';
      let k = 0;
      for (let i = 0; i <= cps.length; i++) {
        if (k < count) {
          out += nw;
          k++;
        }
        if (i < cps.length) out += cps[i];
      }
      return out;
    }
    if (count === Infinity) return s.split(old).join(nw);
    let out = '';
    let i = 0;
    for (let k = 0; k < count; k++) {
      const j = s.indexOf(old, i);
      if (j < 0) break;
      out += s.slice(i, j) + nw;
      i = j + old.length;
    }
    return out + s.slice(i);
  },
  find(args) {
    const [s, sub, a, b] = searchArgs(args, 'find');
    return findIn(s, sub, a, b, false);
  },
  rfind(args) {
    const [s, sub, a, b] = searchArgs(args, 'rfind');
    return findIn(s, sub, a, b, true);
  },
  index(args) {
    const [s, sub, a, b] = searchArgs(args, 'index');
    const r = findIn(s, sub, a, b, false);
    if (r < 0) throw newError(ValueErrorType, 'substring not found');
    return r;
  },
  rindex(args) {
    const [s, sub, a, b] = searchArgs(args, 'rindex');
    const r = findIn(s, sub, a, b, true);
    if (r < 0) throw newError(ValueErrorType, 'substring not found');
    return r;
  },
  count(args) {
    const [s, sub, a, b] = searchArgs(args, 'count');
    return countIn(s, sub, a, b);
  },
  startswith(args) {
    checkArgCount('startswith', args.length - 1, 1, 3);
    return prefixTest(s0(args, 'startswith'), args[1], args[2], args[3], false, 'startswith');
  },
  endswith(args) {
    checkArgCount('endswith', args.length - 1, 1, 3);
    return prefixTest(s0(args, 'endswith'), args[1], args[2], args[3], true, 'endswith');
  },
  upper: (args) => s0(args, 'upper').toUpperCase(),
  lower: (args) => s0(args, 'lower').toLowerCase(),
  casefold: (args) => caseFold(s0(args, 'casefold')),
  title: (args) => title(s0(args, 'title')),
  capitalize(args) {
    const s = s0(args, 'capitalize');
    const cps = Array.from(s);
    if (cps.length === 0) return '';
    let out = titleChar(cps[0]);
    for (let i = 1; i < cps.length; i++) out += lowerAt(cps, i);
    return out;
  },
  swapcase(args) {
    let out = '';
    const cps = Array.from(s0(args, 'swapcase'));
    for (let i = 0; i < cps.length; i++) {
      const ch = cps[i];
      if (UPPER_RE.test(ch)) out += lowerAt(cps, i);
      else if (LOWER_RE.test(ch)) out += ch.toUpperCase();
      else out += ch;
    }
    return out;
  },
  isdigit: (args) => allMatch(s0(args, 'isdigit'), DIGIT_RE),
  isdecimal: (args) => allMatch(s0(args, 'isdecimal'), DECIMAL_RE),
  isnumeric: (args) => allMatch(s0(args, 'isnumeric'), NUMERIC_RE),
  isalpha: (args) => allMatch(s0(args, 'isalpha'), ALPHA_RE),
  isalnum: (args) => allMatch(s0(args, 'isalnum'), ALNUM_RE),
  isspace(args) {
    const s = s0(args, 'isspace');
    if (s.length === 0) return false;
    for (const ch of s) if (!WS_SET.has(ch)) return false;
    return true;
  },
  isupper(args) {
    const s = s0(args, 'isupper');
    let cased = false;
    for (const ch of s) {
      if (LOWER_RE.test(ch) || TITLE_RE.test(ch)) return false;
      if (!cased && UPPER_RE.test(ch)) cased = true;
    }
    return cased;
  },
  islower(args) {
    const s = s0(args, 'islower');
    let cased = false;
    for (const ch of s) {
      if (UPPER_RE.test(ch) || TITLE_RE.test(ch)) return false;
      if (!cased && LOWER_RE.test(ch)) cased = true;
    }
    return cased;
  },
  istitle: (args) => istitle(s0(args, 'istitle')),
  isidentifier: (args) => /^[\p{XID_Start}_][\p{XID_Continue}]*$/u.test(s0(args, 'isidentifier')),
  isprintable(args) {
    for (const ch of s0(args, 'isprintable')) if (!isPrintableChar(ch)) return false;
    return true;
  },
  isascii: (args) => /^[\x00-\x7f]*$/.test(s0(args, 'isascii')),
  center(args) {
    checkArgCount('center', args.length - 1, 1, 2);
    return pad(s0(args, 'center'), args[1], args[2], 'c', 'center');
  },
  ljust(args) {
    checkArgCount('ljust', args.length - 1, 1, 2);
    return pad(s0(args, 'ljust'), args[1], args[2], 'l', 'ljust');
  },
  rjust(args) {
    checkArgCount('rjust', args.length - 1, 1, 2);
    return pad(s0(args, 'rjust'), args[1], args[2], 'r', 'rjust');
  },
  zfill(args) {
    const s = s0(args, 'zfill');
    const w = Number(pyIndex(args[1]));
    const n = strLen(s);
    if (w <= n) return s;
    const fill = '0'.repeat(w - n);
    if (s[0] === '+' || s[0] === '-') return s[0] + fill + s.slice(1);
    return fill + s;
  },
  partition(args) {
    const s = s0(args, 'partition');
    const sep = argStr(args[1], 'must be str, not');
    if (sep === '') throw newError(ValueErrorType, 'empty separator');
    const i = s.indexOf(sep);
    if (i < 0) return new PyTuple([s, '', '']);
    return new PyTuple([s.slice(0, i), sep, s.slice(i + sep.length)]);
  },
  rpartition(args) {
    const s = s0(args, 'rpartition');
    const sep = argStr(args[1], 'must be str, not');
    if (sep === '') throw newError(ValueErrorType, 'empty separator');
    const i = s.lastIndexOf(sep);
    if (i < 0) return new PyTuple(['', '', s]);
    return new PyTuple([s.slice(0, i), sep, s.slice(i + sep.length)]);
  },
  expandtabs(args, kw) {
    const s = s0(args, 'expandtabs');
    const a = parseArgs('expandtabs', args.slice(1), kw, EXPANDTABS_SPEC);
    return expandtabs(s, a[0] === undefined ? 8 : Number(pyIndex(a[0])));
  },
  encode(args, kw) {
    const s = s0(args, 'encode');
    const a = parseArgs('encode', args.slice(1), kw, ENCODE_SPEC);
    const enc = a[0] === undefined ? 'utf-8' : argStr(a[0], "encode() argument 'encoding'");
    const errors = a[1] === undefined ? 'strict' : argStr(a[1], "encode() argument 'errors'");
    return newBytes(encodeStr(s, enc, errors));
  },
  format: (args, kw) => strFormatVector(s0(args, 'format'), args.slice(1), kw),
  format_map: (args) => strFormat(s0(args, 'format_map'), null, args[1]),
  translate: (args) => translate(s0(args, 'translate'), args[1]),
  removeprefix(args) {
    const s = s0(args, 'removeprefix');
    const p = argStr(args[1], 'removeprefix() argument');
    return p && s.startsWith(p) ? s.slice(p.length) : s;
  },
  removesuffix(args) {
    const s = s0(args, 'removesuffix');
    const p = argStr(args[1], 'removesuffix() argument');
    return p && s.endsWith(p) ? s.slice(0, s.length - p.length) : s;
  },
});

// `str.maketrans` is a staticmethod: a plain builtin function in the type dict is not a descriptor, so it never binds.
StrType.tp_dict.set('maketrans', new PyBuiltinFunction('maketrans', (args) => maketrans(args), null, 'str.maketrans'));
StrType.modified();

requireNoArgs(StrType, ['upper', 'lower', 'casefold', 'title', 'capitalize', 'swapcase', 'isdigit', 'isdecimal', 'isnumeric', 'isalpha', 'isalnum', 'isspace', 'isupper', 'islower', 'istitle', 'isidentifier', 'isprintable', 'isascii']);
