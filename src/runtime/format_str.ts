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
  /** null for `format_map` (no positional arguments). */
  args: PyValue[] | null;
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
export function strFormat(fmt: string, args: PyValue[] | null, kwargs: FormatKwargs): string {
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

/** One step of CPython's MarkupIterator: literal text, then maybe a replacement field. */
export interface Markup {
  literal: string;
  /** Was there a `{...}` field after the literal? */
  field: boolean;
  name: string;
  spec: string;
  /** The conversion character, '' when absent. */
  conv: string;
  /** Does the spec contain '{' (needs recursive expansion)? */
  expand: boolean;
}

/**
 * Split `fmt` into markup pieces the way CPython's MarkupIterator_next /
 * parse_field do: streaming, so errors surface in the same order (a field
 * already rendered before a later `Single '}'` error), and a `[...]` in a field
 * name may contain braces.
 */
export class MarkupIter {
  private pos = 0;
  constructor(private readonly fmt: string) {}

  /** The next piece, or undefined at the end. */
  next(): Markup | undefined {
    const fmt = this.fmt;
    const end = fmt.length;
    if (this.pos >= end) return undefined;
    const start = this.pos;
    let c = '';
    let markup = false;
    while (this.pos < end) {
      c = fmt[this.pos++];
      if (c === '{' || c === '}') {
        markup = true;
        break;
      }
    }
    const atEnd = this.pos >= end;
    let len = this.pos - start;
    if (c === '}' && markup && (atEnd || fmt[this.pos] !== '}')) valueError("Single '}' encountered in format string");
    if (atEnd && c === '{' && markup) valueError("Single '{' encountered in format string");
    if (markup && !atEnd) {
      if (fmt[this.pos] === c) {
        // an escaped brace: the literal keeps one, no field follows
        this.pos++;
        markup = false;
      } else len--;
    }
    const m: Markup = { literal: fmt.slice(start, start + len), field: markup, name: '', spec: '', conv: '', expand: false };
    if (markup) this.parseField(m);
    return m;
  }

  private parseField(m: Markup): void {
    const fmt = this.fmt;
    const end = fmt.length;
    const nameStart = this.pos;
    let c = '';
    while (this.pos < end) {
      c = fmt[this.pos++];
      if (c === '{') valueError("unexpected '{' in field name");
      if (c === '[') {
        while (this.pos < end && fmt[this.pos] !== ']') this.pos++;
        continue;
      }
      if (c === '}' || c === ':' || c === '!') break;
    }
    m.name = fmt.slice(nameStart, this.pos - 1);
    if (c === '!' || c === ':') {
      if (c === '!') {
        if (this.pos >= end) valueError('end of string while looking for conversion specifier');
        m.conv = fmt[this.pos++];
        if (this.pos < end) {
          const d = fmt[this.pos++];
          if (d === '}') return;
          if (d !== ':') valueError("expected ':' after conversion specifier");
        }
      }
      const specStart = this.pos;
      let count = 1;
      while (this.pos < end) {
        const d = fmt[this.pos++];
        if (d === '{') {
          m.expand = true;
          count++;
        } else if (d === '}' && --count === 0) {
          m.spec = fmt.slice(specStart, this.pos - 1);
          return;
        }
      }
      valueError("unmatched '{' in format spec");
    } else if (c !== '}') {
      valueError("expected '}' before end of string");
    }
  }
}

function render(fmt: string, st: State, depth: number): string {
  if (depth <= 0) valueError('Max string recursion exceeded');
  let out = '';
  const it = new MarkupIter(fmt);
  for (let m = it.next(); m !== undefined; m = it.next()) {
    out += m.literal;
    if (m.field) out += renderField(m, st, depth);
  }
  return out;
}

/** `!r`/`!s`/`!a` on a field value (CPython do_conversion). */
export function convertField(obj: PyValue, conv: string): PyValue {
  switch (conv) {
    case 'r':
      return pyRepr(obj);
    case 's':
      return pyStr(obj);
    case 'a':
      return asciiEscape(pyRepr(obj));
    default: {
      const code = conv.codePointAt(0)!;
      valueError(`Unknown conversion specifier ${code > 32 && code < 127 ? conv : '\\x' + code.toString(16)}`);
    }
  }
}

function renderField(m: Markup, st: State, depth: number): string {
  let obj = lookupField(m.name, st);
  if (m.conv !== '') obj = convertField(obj, m.conv);
  const spec = m.expand ? render(m.spec, st, depth - 1) : m.spec;
  return format(obj, spec);
}

/** An all-digits name part as an index (CPython get_integer), else -1. */
function getInteger(s: string): number {
  if (s === '') return -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
  }
  const n = Number(s);
  if (!Number.isSafeInteger(n)) valueError('Too many decimal digits in format string');
  return n;
}

/** Where the first part of a field name ends (at the first '.' or '['). */
function firstPartEnd(name: string): number {
  let p = 0;
  while (p < name.length && name[p] !== '.' && name[p] !== '[') p++;
  return p;
}

/**
 * The `.attr` / `[key]` steps after a field name's first part, yielded lazily
 * so a malformed tail errors only after the earlier lookups (CPython FieldNameIterator).
 * Keys that are all digits come back as numbers.
 */
export function* fieldNameRest(name: string, p: number): Generator<[boolean, string | number]> {
  while (p < name.length) {
    const c = name[p++];
    let part: string;
    let isAttr: boolean;
    if (c === '.') {
      isAttr = true;
      const q0 = p;
      while (p < name.length && name[p] !== '.' && name[p] !== '[') p++;
      part = name.slice(q0, p);
    } else if (c === '[') {
      isAttr = false;
      const q = name.indexOf(']', p);
      if (q < 0) valueError("Missing ']' in format string");
      part = name.slice(p, q);
      p = q + 1;
    } else {
      valueError("Only '.' or '[' may follow ']' in format field specifier");
    }
    if (part === '') valueError('Empty attribute in format string');
    const idx = isAttr ? -1 : getInteger(part);
    yield [isAttr, idx >= 0 ? idx : part];
  }
}

/** `_string.formatter_field_name_split(name)`: the first part (an int when all digits) and the lazy rest. */
export function fieldNameSplit(name: string): [string | number, Generator<[boolean, string | number]>] {
  const p = firstPartEnd(name);
  const first = name.slice(0, p);
  const idx = getInteger(first);
  return [idx >= 0 ? idx : first, fieldNameRest(name, p)];
}

function lookupField(name: string, st: State): PyValue {
  const p = firstPartEnd(name);
  const first = name.slice(0, p);
  let obj: PyValue;
  const idx = getInteger(first);
  if (first === '') {
    if (st.mode === 2) valueError('cannot switch from manual field specification to automatic field numbering');
    st.mode = 1;
    obj = positional(st, st.autoIdx++);
  } else if (idx >= 0) {
    if (st.mode === 1) valueError('cannot switch from automatic field numbering to manual field specification');
    st.mode = 2;
    obj = positional(st, idx);
  } else {
    obj = keyword(st, first);
  }
  for (const [isAttr, key] of fieldNameRest(name, p)) {
    obj = isAttr ? getAttr(obj, key as string) : getItem(obj, key);
  }
  return obj;
}

function positional(st: State, idx: number): PyValue {
  if (st.args === null) valueError('Format string contains positional fields');
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
  const it = new MarkupIter(fmt);
  for (let m = it.next(); m !== undefined; m = it.next()) {
    out.push(m.field ? [m.literal, m.name, m.spec, m.conv === '' ? null : m.conv] : [m.literal, null, null, null]);
  }
  return out;
}
