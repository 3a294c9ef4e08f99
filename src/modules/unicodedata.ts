/**
 * `unicodedata` (CPython Modules/unicodedata.c) for Unicode 14.0, the version
 * of CPython 3.11. Names come from the parser's name table
 * (src/parser/unicode_names.ts, generated from CPython's data); general
 * categories and Bidi_Mirrored from the JavaScript engine's Unicode
 * property escapes, with every code point that has no Unicode 14 name (and
 * is not a control, private-use or surrogate character) reported unassigned,
 * as in Unicode 14; normalization by String.prototype.normalize. Digit and
 * numeric values are derived: a decimal digit's value is its offset in its
 * run of ten, other digits and numbers go through their NFKC form ('²' is
 * 2, '½' is 0.5, 'Ⅻ' is 12); numbers without such a form (Ethiopic digits,
 * Bengali fractions, CJK numerals) have no value here, and a few characters
 * whose category changed after Unicode 14 report the engine's newer one.
 * bidirectional, combining, east_asian_width and
 * decomposition need tables tspy does not ship: they raise NotImplementedError.
 */
import {
  type PyValue, PyBuiltinFunction, PyFloat, None, TypeErrorType, ValueErrorType, KeyErrorType, NotImplementedErrorType, newError, typeName,
} from '../runtime/object.js';
import { parseArgs } from '../runtime/args.js';
import { lookupUnicodeName, unicodeNameOf } from '../parser/unicode_names.js';

const CATEGORIES = ['Lu', 'Ll', 'Lt', 'Lm', 'Lo', 'Mn', 'Mc', 'Me', 'Nd', 'Nl', 'No', 'Pc', 'Pd', 'Ps', 'Pe', 'Pi', 'Pf', 'Po', 'Sm', 'Sc', 'Sk', 'So', 'Zs', 'Zl', 'Zp', 'Cc', 'Cf', 'Cs', 'Co'];
const CATEGORY_RES = CATEGORIES.map((c) => new RegExp(`^\\p{${c}}$`, 'u'));
const UNNAMED_ASSIGNED = new Set(['Cc', 'Co', 'Cs']);

/** The one character of a unicodedata argument (a str of length 1). */
function charArg(fn: string, v: PyValue | undefined): number {
  // CPython's one-argument functions say "argument", those with a default "argument 1".
  const which = fn === 'category' || fn === 'mirrored' ? 'argument' : 'argument 1';
  if (typeof v !== 'string') throw newError(TypeErrorType, `${fn}() ${which} must be a unicode character, not ${typeName(v ?? None)}`);
  const cp = v.codePointAt(0);
  if (cp === undefined || String.fromCodePoint(cp).length !== v.length) {
    throw newError(TypeErrorType, `${fn}() ${which} must be a unicode character, not str`);
  }
  return cp;
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

/** The value of a Roman numeral written in capitals ('XII' is 12). */
function romanValue(s: string): number {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]];
    const next = i + 1 < s.length ? ROMAN[s[i + 1]] : 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** General category under Unicode 14 (see the module comment). */
export function categoryOf(cp: number): string {
  const ch = String.fromCodePoint(cp);
  for (let i = 0; i < CATEGORIES.length; i++) {
    if (CATEGORY_RES[i].test(ch)) {
      const c = CATEGORIES[i];
      // Tangut ideographs are the one named-less kind of letter in CPython 3.11's data.
      const tangut = (cp >= 0x17000 && cp <= 0x187f7) || (cp >= 0x18d00 && cp <= 0x18d08);
      if (!UNNAMED_ASSIGNED.has(c) && !tangut && unicodeNameOf(cp) === undefined) return 'Cn';
      return c;
    }
  }
  return 'Cn';
}

/** The value of a decimal digit (category Nd): its place in its run of ten consecutive digits. */
function decimalOf(cp: number): number | undefined {
  if (categoryOf(cp) !== 'Nd') return undefined;
  // Digits come in runs of 0..9; a longer run of Nd (the mathematical digits) is several such runs back to back.
  let start = cp;
  while (start > 0 && categoryOf(start - 1) === 'Nd') start--;
  return (cp - start) % 10;
}

function nfkcValue(cp: number): number | undefined {
  const n = String.fromCodePoint(cp).normalize('NFKC');
  if (n === String.fromCodePoint(cp)) return undefined;
  const frac = /^(\d+)\u2044(\d+)$/.exec(n);
  if (frac) return Number(frac[1]) / Number(frac[2]);
  if (/^\d+$/.test(n)) return Number(n);
  if (/^[IVXLCDM]+$/i.test(n)) return romanValue(n.toUpperCase());
  if ([...n].length === 1) {
    const d = decimalOf(n.codePointAt(0)!);
    if (d !== undefined) return d;
  }
  return undefined;
}

function digitOf(cp: number): number | undefined {
  const d = decimalOf(cp);
  if (d !== undefined) return d;
  if (categoryOf(cp) !== 'No') return undefined;
  const v = nfkcValue(cp);
  return v !== undefined && Number.isInteger(v) && v >= 0 && v <= 9 ? v : undefined;
}

function numericOf(cp: number): number | undefined {
  const d = decimalOf(cp);
  if (d !== undefined) return d;
  const cat = categoryOf(cp);
  if (cat !== 'No' && cat !== 'Nl') return undefined;
  return nfkcValue(cp);
}

const FORMS = new Set(['NFC', 'NFD', 'NFKC', 'NFKD']);

function formArg(v: PyValue | undefined): 'NFC' | 'NFD' | 'NFKC' | 'NFKD' {
  if (typeof v !== 'string') throw newError(TypeErrorType, `normalize() argument 1 must be str, not ${typeName(v ?? None)}`);
  if (!FORMS.has(v)) throw newError(ValueErrorType, 'invalid normalization form');
  return v as 'NFC' | 'NFD' | 'NFKC' | 'NFKD';
}

/** The attributes of the `unicodedata` module. */
export function unicodedataModuleEntries(): [string, PyValue][] {
  const out: [string, PyValue][] = [];
  const fn = (name: string, f: (a: PyValue[], k: readonly string[] | null) => PyValue) =>
    out.push([name, new PyBuiltinFunction(name, f, null, name, 'unicodedata')]);
  const withDefault = (name: string, get: (cp: number) => PyValue | undefined, err: string) =>
    fn(name, (a, k) => {
      const [ch, dflt] = parseArgs(name, a, k, ['chr', 'default?', '/']);
      const v = get(charArg(name, ch));
      if (v !== undefined) return v;
      if (dflt !== undefined) return dflt;
      throw newError(ValueErrorType, err);
    });
  fn('lookup', (a, k) => {
    const [name] = parseArgs('lookup', a, k, ['name', '/']);
    if (typeof name !== 'string') throw newError(TypeErrorType, `lookup() argument must be str, not ${typeName(name ?? None)}`);
    const cp = lookupUnicodeName(name);
    if (cp === undefined) throw newError(KeyErrorType, `undefined character name '${name}'`);
    return String.fromCodePoint(cp);
  });
  withDefault('name', (cp) => unicodeNameOf(cp), 'no such name');
  withDefault('decimal', (cp) => decimalOf(cp), 'not a decimal');
  withDefault('digit', (cp) => digitOf(cp), 'not a digit');
  withDefault('numeric', (cp) => {
    const v = numericOf(cp);
    return v === undefined ? undefined : new PyFloat(v);
  }, 'not a numeric character');
  fn('category', (a, k) => categoryOf(charArg('category', parseArgs('category', a, k, ['chr', '/'])[0])));
  fn('mirrored', (a, k) => (/^\p{Bidi_Mirrored}$/u.test(String.fromCodePoint(charArg('mirrored', parseArgs('mirrored', a, k, ['chr', '/'])[0]))) ? 1 : 0));
  fn('normalize', (a, k) => {
    const [form, s] = parseArgs('normalize', a, k, ['form', 'unistr', '/']);
    if (typeof s !== 'string') throw newError(TypeErrorType, `normalize() argument 2 must be str, not ${typeName(s ?? None)}`);
    return s.normalize(formArg(form));
  });
  fn('is_normalized', (a, k) => {
    const [form, s] = parseArgs('is_normalized', a, k, ['form', 'unistr', '/']);
    if (typeof s !== 'string') throw newError(TypeErrorType, `is_normalized() argument 2 must be str, not ${typeName(s ?? None)}`);
    return s === s.normalize(formArg(form));
  });
  for (const missing of ['bidirectional', 'combining', 'east_asian_width', 'decomposition']) {
    fn(missing, () => {
      throw newError(NotImplementedErrorType, `unicodedata.${missing}() is not supported by tspy (no ${missing} table)`);
    });
  }
  out.push(['unidata_version', '14.0.0']);
  return out;
}
