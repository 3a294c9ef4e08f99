/**
 * The format-spec mini-language (`format(v, spec)`, f-strings, `str.format`),
 * mirroring CPython 3.11's Python/formatter_unicode.c: spec parsing, numeric
 * layout (sign, prefix, grouping, zero padding, alignment) and the int, float,
 * complex and str renderers, with CPython's exact error messages.
 * `%`-formatting lives in format_percent.ts and `str.format` in format_str.ts.
 */
import {
  type PyValue,
  PyFloat,
  PyComplex,
  ValueErrorType,
  OverflowErrorType,
  TypeErrorType,
  newError,
  typeName,
  typeOf,
  ObjectType,
  IntType,
  FloatType,
  StrType,
  ComplexType,
  BoolType,
  defineMethods,
} from './object.js';
import { doubleToString, floatRepr } from './format_float.js';
import { intRepr } from './int.js';
import { str as pyStr } from './abstract.js';
import { lookupSpecial, call } from './attr.js';

export { floatRepr };

/** A parsed format spec (CPython `InternalFormatSpec`). */
export interface FormatSpec {
  fill: string;
  /** '<', '>', '^', '=' or '' (type default). */
  align: string;
  /** '+', '-', ' ' or ''. */
  sign: string;
  /** 'z': coerce negative zero to positive (floats). */
  noNegZero: boolean;
  alt: boolean;
  /** -1 when absent. */
  width: number;
  /** ',' '_' or ''. */
  grouping: string;
  /** -1 when absent. */
  precision: number;
  /** One character, or '' when absent. */
  type: string;
}

function valueError(msg: string): never {
  throw newError(ValueErrorType, msg);
}

const MAX_DIGITS = 2147483647;

/** Code-point length of a JS string. */
export function cpLen(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** First `n` code points of `s`. */
function cpSlice(s: string, n: number): string {
  if (n >= s.length) return s;
  let i = 0;
  let k = 0;
  while (k < n && i < s.length) {
    const c = s.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < s.length ? 2 : 1;
    k++;
  }
  return s.slice(0, i);
}

/**
 * Parse a format spec (CPython `parse_internal_render_format_spec`).
 * `defaultAlign` is '>' for numbers and '<' for strings; `objType` names the type in errors.
 */
const specCache = new Map<string, FormatSpec>();

export function parseFormatSpec(spec: string, defaultAlign: string, objType: string): FormatSpec {
  // Specs repeat (f-strings in loops): cache the parse; callers never mutate the result.
  const key = spec + '\0' + defaultAlign + objType;
  let f = specCache.get(key);
  if (f === undefined) {
    f = parseFormatSpecUncached(spec, defaultAlign, objType);
    if (specCache.size < 1000) specCache.set(key, f);
  }
  return f;
}

function parseFormatSpecUncached(spec: string, defaultAlign: string, objType: string): FormatSpec {
  const f: FormatSpec = { fill: ' ', align: '', sign: '', noNegZero: false, alt: false, width: -1, grouping: '', precision: -1, type: '' };
  const cps = Array.from(spec);
  const end = cps.length;
  let pos = 0;
  let fillSpecified = false;
  let alignSpecified = false;
  const isAlign = (c: string | undefined) => c === '<' || c === '>' || c === '=' || c === '^';
  if (end - pos >= 2 && isAlign(cps[pos + 1])) {
    f.fill = cps[pos];
    f.align = cps[pos + 1];
    fillSpecified = alignSpecified = true;
    pos += 2;
  } else if (end - pos >= 1 && isAlign(cps[pos])) {
    f.align = cps[pos];
    alignSpecified = true;
    pos++;
  }
  if (pos < end && (cps[pos] === '+' || cps[pos] === '-' || cps[pos] === ' ')) f.sign = cps[pos++];
  if (pos < end && cps[pos] === 'z') {
    f.noNegZero = true;
    pos++;
  }
  if (pos < end && cps[pos] === '#') {
    f.alt = true;
    pos++;
  }
  if (!fillSpecified && pos < end && cps[pos] === '0') {
    f.fill = '0';
    if (!alignSpecified && defaultAlign === '>') f.align = '=';
    pos++;
  }
  const readNum = (): number => {
    let n = 0;
    let digits = 0;
    while (pos < end && cps[pos] >= '0' && cps[pos] <= '9') {
      n = n * 10 + (cps[pos].charCodeAt(0) - 48);
      if (n > MAX_DIGITS) valueError('Too many decimal digits in format string');
      pos++;
      digits++;
    }
    return digits ? n : -1;
  };
  f.width = readNum();
  if (pos < end && cps[pos] === ',') {
    f.grouping = ',';
    pos++;
  }
  if (pos < end && cps[pos] === '_') {
    if (f.grouping) valueError("Cannot specify both ',' and '_'.");
    f.grouping = '_';
    pos++;
  }
  if (pos < end && cps[pos] === ',') {
    if (f.grouping) valueError("Cannot specify both ',' and '_'.");
  }
  if (pos < end && cps[pos] === '.') {
    pos++;
    f.precision = readNum();
    if (f.precision < 0) valueError('Format specifier missing precision');
  }
  if (end - pos > 1) valueError(`Invalid format specifier '${spec}' for object of type '${objType}'`);
  if (end - pos === 1) f.type = cps[pos];
  if (f.grouping) {
    switch (f.type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case '': 
        break;
      case 'b': case 'o': case 'x': case 'X':
        if (f.grouping === '_') break;
      // fallthrough
      default:
        valueError(`Cannot specify '${f.grouping}' with '${f.type}'.`);
    }
  }
  return f;
}

/** Pad `s` (already containing everything) to the spec width using fill/align. */
function pad(s: string, f: FormatSpec, defaultAlign: string): string {
  const len = cpLen(s);
  if (f.width <= len) return s;
  const n = f.width - len;
  const align = f.align || defaultAlign;
  if (align === '<') return s + f.fill.repeat(n);
  if (align === '^') {
    const left = n >> 1;
    return f.fill.repeat(left) + s + f.fill.repeat(n - left);
  }
  return f.fill.repeat(n) + s;
}

/** Insert `sep` every `group` digits from the right, left-padding with zeros up to `minWidth` chars. */
function groupDigits(digits: string, sep: string, group: number, minWidth: number): string {
  // inf/nan have no digits: CPython zero-pads them without separators
  if (!sep || digits === '') return digits.length < minWidth ? '0'.repeat(minWidth - digits.length) + digits : digits;
  let d = digits.length;
  // Grow the zero padding until the grouped text reaches minWidth (CPython pads through separators).
  while (d + Math.floor((d - 1) / group) < minWidth) d++;
  const padded = '0'.repeat(d - digits.length) + digits;
  const parts: string[] = [];
  let i = padded.length;
  while (i > group) {
    parts.unshift(padded.slice(i - group, i));
    i -= group;
  }
  parts.unshift(padded.slice(0, i));
  return parts.join(sep);
}

/**
 * Lay out a number: `sign` ('' or '-'), `prefix` ('0x' ...), `intDigits` (grouped),
 * `rest` (fraction, exponent, '%'); then fill/align (CPython `fill_number`).
 */
function layoutNumber(f: FormatSpec, negative: boolean, prefix: string, intDigits: string, rest: string, group = 3): string {
  const sign = negative ? '-' : f.sign === '+' ? '+' : f.sign === ' ' ? ' ' : '';
  const align = f.align || '>';
  let minWidth = 0;
  if (f.fill === '0' && align === '=' && f.width > 0) minWidth = f.width - sign.length - prefix.length - cpLen(rest);
  const body = groupDigits(intDigits, f.grouping, group, minWidth);
  if (align === '=') {
    const len = sign.length + prefix.length + cpLen(body) + cpLen(rest);
    const n = f.width - len;
    return sign + prefix + (n > 0 ? f.fill.repeat(n) : '') + body + rest;
  }
  return pad(sign + prefix + body + rest, f, '>');
}

/** `format(int, spec)` (CPython `format_long_internal` + float conversions for e/f/g/%). */
export function formatInt(v: number | bigint | boolean, spec: string): string {
  const iv: number | bigint = typeof v === 'boolean' ? (v ? 1 : 0) : v;
  if (spec === '') return intRepr(iv);
  const f = parseFormatSpec(spec, '>', typeof v === 'boolean' ? 'bool' : 'int');
  switch (f.type) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
      const x = Number(iv);
      if (!isFinite(x)) throw newError(OverflowErrorType, 'int too large to convert to float');
      return renderFloat(x, f, typeof v === 'boolean' ? 'bool' : 'int');
    }
    case 'b': case 'c': case 'd': case 'n': case 'o': case 'x': case 'X': case '':
      break;
    default:
      valueError(`Unknown format code '${f.type}' for object of type '${typeof v === 'boolean' ? 'bool' : 'int'}'`);
  }
  if (f.precision >= 0) valueError('Precision not allowed in integer format specifier');
  if (f.noNegZero) valueError('Negative zero coercion (z) not allowed in integer format specifier');
  if (f.type === 'c') {
    if (f.sign) valueError("Sign not allowed with integer format specifier 'c'");
    if (f.alt) valueError("Alternate form (#) not allowed with integer format specifier 'c'");
    // beyond a C long CPython fails in the conversion, before the range check
    if (typeof iv === 'bigint' && (iv > 0x7fffffffffffffffn || iv < -0x8000000000000000n)) {
      throw newError(OverflowErrorType, 'Python int too large to convert to C long');
    }
    const n = Number(iv);
    if (n < 0 || n > 0x10ffff) throw newError(OverflowErrorType, '%c arg not in range(0x110000)');
    return layoutNumber(f, false, '', '', String.fromCodePoint(n));
  }
  const negative = iv < 0;
  const abs = negative ? -iv : iv;
  let digits: string;
  let prefix = '';
  let group = 3;
  switch (f.type) {
    case 'b':
      digits = abs.toString(2);
      prefix = f.alt ? '0b' : '';
      group = 4;
      break;
    case 'o':
      digits = abs.toString(8);
      prefix = f.alt ? '0o' : '';
      group = 4;
      break;
    case 'x':
      digits = abs.toString(16);
      prefix = f.alt ? '0x' : '';
      group = 4;
      break;
    case 'X':
      digits = abs.toString(16).toUpperCase();
      prefix = f.alt ? '0X' : '';
      group = 4;
      break;
    default:
      digits = intRepr(abs);
  }
  return layoutNumber(f, negative, prefix, digits, '', group);
}

/** Split a formatted float body into its integer digits and the rest, for grouping. */
function splitFloatBody(body: string): [string, string] {
  let i = 0;
  while (i < body.length && body.charCodeAt(i) >= 48 && body.charCodeAt(i) <= 57) i++;
  return [body.slice(0, i), body.slice(i)];
}

function renderFloat(x: number, f: FormatSpec, objType: string): string {
  let type = f.type;
  let prec = f.precision;
  let addDot0 = false;
  let pct = false;
  let upper = false;
  switch (type) {
    case '':
      addDot0 = true;
      type = prec < 0 ? 'r' : 'g';
      break;
    case 'n':
      type = 'g';
      break;
    case '%':
      type = 'f';
      x *= 100;
      pct = true;
      break;
    case 'E': case 'F': case 'G':
      upper = true;
      type = type.toLowerCase();
      break;
    case 'e': case 'f': case 'g':
      break;
    default:
      valueError(`Unknown format code '${type}' for object of type '${objType}'`);
  }
  if (prec < 0) prec = 6;
  const text = doubleToString(x, type as 'e' | 'f' | 'g' | 'r', prec, { alt: f.alt, addDot0, upper });
  let negative = text.startsWith('-');
  let body = negative ? text.slice(1) : text;
  if (negative && f.noNegZero && !/[1-9]/.test(body.replace(/e.*$/i, ''))) negative = false;
  if (pct) body += '%';
  if (x !== x || !isFinite(x)) {
    // inf/nan: no grouping; zero padding still applies through '=' alignment.
    return layoutNumber(f, negative, '', '', body);
  }
  const [intPart, rest] = splitFloatBody(body);
  return layoutNumber(f, negative, '', intPart, rest);
}

/** `format(float, spec)` (CPython `format_float_internal`). */
export function formatFloat(x: number, spec: string): string {
  if (spec === '') return floatRepr(x);
  return renderFloat(x, parseFormatSpec(spec, '>', 'float'), 'float');
}

/** `format(complex, spec)` (CPython `format_complex_internal`). */
export function formatComplex(re: number, im: number, spec: string): string {
  const f = parseFormatSpec(spec, '>', 'complex');
  let type = f.type;
  let prec = f.precision;
  let skipRe = false;
  let parens = false;
  if (type === '') {
    type = 'r';
    if (re === 0 && !Object.is(re, -0)) skipRe = true;
    else parens = true;
  } else if (type === 'n') type = 'g';
  let upper = false;
  switch (type) {
    case 'r': case 'e': case 'f': case 'g':
      break;
    case 'E': case 'F': case 'G':
      upper = true;
      type = type.toLowerCase();
      break;
    default:
      valueError(`Unknown format code '${f.type}' for object of type 'complex'`);
  }
  if (f.fill === '0') valueError('Zero padding is not allowed in complex format specifier');
  if (f.align === '=') valueError("'=' alignment flag is not allowed in complex format specifier");
  if (prec < 0) prec = type === 'r' ? 0 : 6;
  else if (type === 'r') type = 'g';
  const t = type as 'e' | 'f' | 'g' | 'r';
  // thousands separators apply to each part's integer digits
  const grouped = (text: string) => {
    if (!f.grouping) return text;
    const neg = text.startsWith('-');
    const [intPart, rest] = splitFloatBody(neg ? text.slice(1) : text);
    return intPart === '' ? text : (neg ? '-' : '') + groupDigits(intPart, f.grouping, 3, 0) + rest;
  };
  const reText = grouped(doubleToString(re, t, prec, { alt: f.alt, upper }));
  const imText = grouped(doubleToString(im, t, prec, { alt: f.alt, upper }));
  let out = '';
  if (!skipRe) {
    const neg = reText.startsWith('-');
    const sign = neg ? '-' : f.sign === '+' ? '+' : f.sign === ' ' ? ' ' : '';
    out += sign + (neg ? reText.slice(1) : reText);
  }
  const imNeg = imText.startsWith('-');
  const imBody = imNeg ? imText.slice(1) : imText;
  if (skipRe) out += (imNeg ? '-' : f.sign === '+' ? '+' : f.sign === ' ' ? ' ' : '') + imBody + 'j';
  else out += (imNeg ? '-' : '+') + imBody + 'j';
  if (parens) out = '(' + out + ')';
  return pad(out, f, '>');
}

/** `format(str, spec)` (CPython `format_string_internal`). */
export function formatStr(s: string, spec: string): string {
  if (spec === '') return s;
  const f = parseFormatSpec(spec, '<', 'str');
  if (f.type !== '' && f.type !== 's') valueError(`Unknown format code '${f.type}' for object of type 'str'`);
  if (f.grouping) valueError(`Cannot specify '${f.grouping}' with 's'.`); // the type defaults to 's'
  if (f.sign) valueError(f.sign === ' ' ? 'Space not allowed in string format specifier' : 'Sign not allowed in string format specifier');
  if (f.noNegZero) valueError('Negative zero coercion (z) not allowed in string format specifier');
  if (f.alt) valueError('Alternate form (#) not allowed in string format specifier');
  if (f.align === '=') valueError("'=' alignment not allowed in string format specifier");
  if (f.precision >= 0) s = cpSlice(s, f.precision);
  return pad(s, f, '<');
}

/**
 * `format(value, spec)` (CPython `PyObject_Format`): fast paths for exact
 * int/bool/float/str/complex, otherwise calls `type(value).__format__(value, spec)`;
 * the result must be a str (`TypeError: __format__ must return a str, not int`).
 */
export function format(v: PyValue, spec: string): string {
  switch (typeof v) {
    case 'string':
      return formatStr(v, spec);
    case 'number':
    case 'bigint':
      return formatInt(v, spec);
    case 'boolean':
      return spec === '' ? (v ? 'True' : 'False') : formatInt(v, spec);
  }
  if (v.ob_type === FloatType) return formatFloat((v as PyFloat).value, spec);
  if (v.ob_type === ComplexType) {
    const c = v as PyComplex;
    return formatComplex(c.real, c.imag, spec);
  }
  const meth = lookupSpecial(v, '__format__');
  if (meth === undefined) {
    throw newError(TypeErrorType, `Type ${typeName(v)} doesn't define __format__`);
  }
  const r = call(meth, [spec]);
  if (typeof r !== 'string') throw newError(TypeErrorType, `__format__ must return a str, not ${typeName(r)}`);
  return r;
}

/** `object.__format__(self, spec)`: empty spec → str(self), else TypeError. */
function objectFormat(self: PyValue, spec: PyValue): string {
  if (typeof spec !== 'string') throw newError(TypeErrorType, `__format__() argument must be str, not ${typeName(spec)}`);
  if (spec !== '') throw newError(TypeErrorType, `unsupported format string passed to ${typeName(self)}.__format__`);
  return pyStr(self);
}

function specArg(name: string, args: PyValue[]): string {
  if (args.length !== 2) throw newError(TypeErrorType, `${name}.__format__() takes exactly one argument (${args.length - 1} given)`);
  const spec = args[1];
  if (typeof spec !== 'string') throw newError(TypeErrorType, `${name}.__format__() argument must be str, not ${typeName(spec)}`);
  return spec;
}

/**
 * Install `__format__` on object/int/bool/float/complex/str unless their owners
 * already defined one. Native subclass instances (int/float/str subclasses) reach
 * these through the generic path in `format`.
 */
export function installFormatMethods(): void {
  const add = (t: typeof ObjectType, fn: (args: PyValue[]) => PyValue) => {
    if (!t.tp_dict.has('__format__')) defineMethods(t, { __format__: (args) => fn(args) });
  };
  add(ObjectType, (args) => objectFormat(args[0], specArg('object', args)));
  add(IntType, (args) => {
    const spec = specArg('int', args);
    const self = args[0];
    if (typeof self === 'number' || typeof self === 'bigint' || typeof self === 'boolean') return formatInt(self, spec);
    return formatInt(intValueOf(self), spec);
  });
  add(FloatType, (args) => {
    const spec = specArg('float', args);
    const self = args[0];
    if (self instanceof PyFloat) return formatFloat(self.value, spec);
    return formatFloat(floatValueOf(self), spec);
  });
  add(ComplexType, (args) => {
    const spec = specArg('complex', args);
    const self = args[0];
    if (self instanceof PyComplex) return formatComplex(self.real, self.imag, spec);
    throw newError(TypeErrorType, `descriptor '__format__' requires a 'complex' object but received a '${typeName(self)}'`);
  });
  add(StrType, (args) => {
    const spec = specArg('str', args);
    const self = args[0];
    return formatStr(typeof self === 'string' ? self : pyStr(self), spec);
  });
  void BoolType;
}

/** The int value of an int (or int-subclass instance, via its `value` field). */
function intValueOf(v: PyValue): number | bigint {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const inner = (v as unknown as { value?: unknown }).value;
  if (typeof inner === 'number' || typeof inner === 'bigint') return inner;
  throw newError(TypeErrorType, `descriptor '__format__' requires a 'int' object but received a '${typeName(v)}'`);
}

function floatValueOf(v: PyValue): number {
  const inner = (v as unknown as { value?: unknown }).value;
  if (typeof inner === 'number') return inner;
  throw newError(TypeErrorType, `descriptor '__format__' requires a 'float' object but received a '${typeOf(v).tp_name}'`);
}
