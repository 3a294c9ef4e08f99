/**
 * `str.format` / `str.format_map` (CPython 3.11 Objects/stringlib/unicode_format.h):
 * literal text with `{{`/`}}`, replacement fields `{name.attr[key]!conv:spec}`
 * with automatic or manual numbering, nested fields inside the spec (two levels),
 * and CPython's error messages.
 */
import { type PyValue, ValueErrorType, IndexErrorType, KeyErrorType, PyBaseExceptionObject, newError } from './object.js';
import { repr as pyRepr, str as pyStr, getItem } from './abstract.js';
import { getAttr } from './attr.js';
import { format } from './format.js';
import { asciiEscape } from './format_percent.js';

function valueError(msg: string): never {
  throw newError(ValueErrorType, msg);
}

/** Keyword source: a name→value map (from `**kwargs`), a mapping object (`format_map`), or none. */
export type FormatKwargs = Map<string, PyValue> | PyValue | null;

interface State {
  args: PyValue[];
  kwargs: FormatKwargs;
  /** 0: not yet known, 1: automatic numbering, 2: manual. */
  mode: number;
  autoIdx: number;
}

/**
 * `fmt.format(*args, **kwargs)`. `kwargs` is a Map of keyword values, or a mapping
 * object for `format_map` (looked up with `__getitem__`), or null.
 * Throws ValueError (`Single '}' encountered in format string`, `cannot switch from
 * automatic field numbering to manual field specification`, ...), IndexError
 * (`Replacement index 2 out of range for positional args tuple`), KeyError.
 */
export function strFormat(fmt: string, args: PyValue[], kwargs: FormatKwargs): string {
  return render(fmt, { args, kwargs, mode: 0, autoIdx: 0 }, 2);
}

/** Vectorcall convenience for `str.format`: `args` = positional values then keyword values named by `kwnames`. */
export function strFormatVector(fmt: string, args: PyValue[], kwnames: readonly string[] | null): string {
  if (!kwnames || kwnames.length === 0) return strFormat(fmt, args, null);
  const npos = args.length - kwnames.length;
  const kw = new Map<string, PyValue>();
  kwnames.forEach((k, i) => kw.set(k, args[npos + i]));
  return strFormat(fmt, args.slice(0, npos), kw);
}

function render(fmt: string, st: State, depth: number): string {
  if (depth <= 0) valueError('Max string recursion exceeded');
  let out = '';
  const n = fmt.length;
  let i = 0;
  while (i < n) {
    const c = fmt[i];
    if (c === '}') {
      if (fmt[i + 1] === '}') {
        out += '}';
        i += 2;
        continue;
      }
      valueError("Single '}' encountered in format string");
    }
    if (c !== '{') {
      let j = i + 1;
      while (j < n && fmt[j] !== '{' && fmt[j] !== '}') j++;
      out += fmt.slice(i, j);
      i = j;
      continue;
    }
    if (fmt[i + 1] === '{') {
      out += '{';
      i += 2;
      continue;
    }
    if (i + 1 >= n) valueError("Single '{' encountered in format string");
    // Find the matching '}' by brace counting.
    let count = 1;
    let j = i + 1;
    while (j < n) {
      const d = fmt[j];
      if (d === '{') count++;
      else if (d === '}') {
        count--;
        if (count === 0) break;
      }
      j++;
    }
    if (count !== 0) valueError("expected '}' before end of string");
    out += renderField(fmt.slice(i + 1, j), st, depth);
    i = j + 1;
  }
  return out;
}

function renderField(field: string, st: State, depth: number): string {
  // Field name runs to the first ':' or '!' outside brackets.
  let k = 0;
  const n = field.length;
  while (k < n) {
    const c = field[k];
    if (c === '[') {
      while (k < n && field[k] !== ']') k++;
      if (k < n) k++;
      continue;
    }
    if (c === '{') valueError("unexpected '{' in field name");
    if (c === ':' || c === '!') break;
    k++;
  }
  const name = field.slice(0, k);
  let conversion = '';
  let spec = '';
  if (k < n && field[k] === '!') {
    if (k + 1 >= n) valueError("unmatched '{' in format spec");
    conversion = field[k + 1];
    k += 2;
    if (k < n && field[k] !== ':') valueError("expected ':' after conversion specifier");
  }
  if (k < n && field[k] === ':') spec = field.slice(k + 1);
  let obj = lookupField(name, st);
  switch (conversion) {
    case '':
      break;
    case 'r':
      obj = pyRepr(obj);
      break;
    case 's':
      obj = pyStr(obj);
      break;
    case 'a':
      obj = asciiEscape(pyRepr(obj));
      break;
    default:
      valueError(`Unknown conversion specifier ${conversion}`);
  }
  if (spec.includes('{')) spec = render(spec, st, depth - 1);
  return format(obj, spec);
}

const DIGITS = /^[0-9]+$/;

function lookupField(name: string, st: State): PyValue {
  let p = 0;
  while (p < name.length && name[p] !== '.' && name[p] !== '[') p++;
  const first = name.slice(0, p);
  let obj: PyValue;
  if (first === '') {
    if (st.mode === 2) valueError('cannot switch from manual field specification to automatic field numbering');
    st.mode = 1;
    obj = positional(st, st.autoIdx++);
  } else if (DIGITS.test(first)) {
    if (st.mode === 1) valueError('cannot switch from automatic field numbering to manual field specification');
    st.mode = 2;
    obj = positional(st, Number(first));
  } else {
    obj = keyword(st, first);
  }
  while (p < name.length) {
    const c = name[p];
    if (c === '.') {
      let q = p + 1;
      while (q < name.length && name[q] !== '.' && name[q] !== '[') q++;
      const attr = name.slice(p + 1, q);
      if (attr === '') valueError('Empty attribute in format string');
      obj = getAttr(obj, attr);
      p = q;
    } else if (c === '[') {
      const q = name.indexOf(']', p + 1);
      if (q < 0) valueError("Missing ']' in format string");
      const key = name.slice(p + 1, q);
      if (key === '') valueError('Empty attribute in format string');
      obj = getItem(obj, DIGITS.test(key) ? Number(key) : key);
      p = q + 1;
      if (p < name.length && name[p] !== '.' && name[p] !== '[') {
        valueError("Only '.' or '[' may follow ']' in format field specifier");
      }
    } else {
      valueError("Only '.' or '[' may follow ']' in format field specifier");
    }
  }
  return obj;
}

function positional(st: State, idx: number): PyValue {
  if (idx >= st.args.length) {
    throw newError(IndexErrorType, `Replacement index ${idx} out of range for positional args tuple`);
  }
  return st.args[idx];
}

function keyword(st: State, name: string): PyValue {
  const kw = st.kwargs;
  if (kw instanceof Map) {
    const v = kw.get(name);
    if (v === undefined) throw new PyBaseExceptionObject(KeyErrorType, [name]);
    return v;
  }
  if (kw === null) throw new PyBaseExceptionObject(KeyErrorType, [name]);
  return getItem(kw, name);
}

/**
 * `_string.formatter_parser(fmt)` (used by `string.Formatter.parse`): the list of
 * (literal_text, field_name, format_spec, conversion) with null for absent parts.
 */
export function formatterParse(fmt: string): [string, string | null, string | null, string | null][] {
  const out: [string, string | null, string | null, string | null][] = [];
  let lit = '';
  const n = fmt.length;
  let i = 0;
  while (i < n) {
    const c = fmt[i];
    if (c === '{' || c === '}') {
      if (fmt[i + 1] === c) {
        out.push([lit + c, null, null, null]);
        lit = '';
        i += 2;
        continue;
      }
      if (c === '}') valueError("Single '}' encountered in format string");
      if (i + 1 >= n) valueError("Single '{' encountered in format string");
      let count = 1;
      let j = i + 1;
      while (j < n) {
        if (fmt[j] === '{') count++;
        else if (fmt[j] === '}' && --count === 0) break;
        j++;
      }
      if (count !== 0) valueError("expected '}' before end of string");
      const field = fmt.slice(i + 1, j);
      let k = 0;
      while (k < field.length && field[k] !== ':' && field[k] !== '!') {
        if (field[k] === '[') while (k < field.length && field[k] !== ']') k++;
        k++;
      }
      const name = field.slice(0, Math.min(k, field.length));
      let conv: string | null = null;
      let spec = '';
      if (k < field.length && field[k] === '!') {
        if (k + 1 >= field.length) valueError("unmatched '{' in format spec");
        conv = field[k + 1];
        k += 2;
        if (k < field.length && field[k] !== ':') valueError("expected ':' after conversion specifier");
      }
      if (k < field.length && field[k] === ':') spec = field.slice(k + 1);
      out.push([lit, name, spec, conv]);
      lit = '';
      i = j + 1;
      continue;
    }
    lit += c;
    i++;
  }
  if (lit) out.push([lit, null, null, null]);
  return out;
}
