/**
 * printf-style `str % args` (CPython 3.11 Objects/unicodeobject.c
 * `PyUnicode_Format`): conversions s r a d i u x X o c e E f F g G %,
 * `%(name)s` with a mapping, `*` width/precision, flags `-+ #0`, with
 * CPython's error messages.
 */
import {
  type PyValue,
  PyFloat,
  TypeErrorType,
  ValueErrorType,
  OverflowErrorType,
  TupleType,
  StrType,
  newError,
  typeName,
  isInstance,
  toBig,
} from './object.js';
import { doubleToString } from './format_float.js';
import { intRepr } from './int.js';
import { repr as pyRepr, str as pyStr, getItem, index as pyIndex } from './abstract.js';
import { lookupSpecial, call } from './attr.js';

/**
 * Escape non-ASCII characters the way `ascii()` does on a repr: `\xNN`,
 * `\uNNNN`, `\UNNNNNNNN` (CPython `PyObject_ASCII`).
 */
export function asciiEscape(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out += ch;
    else if (c < 0x100) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c < 0x10000) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  return out;
}

function typeErr(msg: string): never {
  throw newError(TypeErrorType, msg);
}

function tupleItems(v: PyValue): PyValue[] | null {
  if (typeof v === 'object' && isInstance(v, TupleType)) return (v as unknown as { items: PyValue[] }).items;
  return null;
}

/** Does `v` support `__getitem__` (CPython `PyMapping_Check`)? */
function isMappingLike(v: PyValue): boolean {
  if (typeof v !== 'object') return false;
  return v.ob_type.lookup('__getitem__') !== undefined;
}

/** Int value for %d/%i/%u: ints, bools, floats (truncated), objects with `__index__`/`__int__`. */
function intForD(v: PyValue, ch: string): bigint {
  if (typeof v === 'number') return BigInt(v);
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  if (v instanceof PyFloat) {
    const x = v.value;
    if (x !== x) throw newError(ValueErrorType, 'cannot convert float NaN to integer');
    if (!isFinite(x)) throw newError(OverflowErrorType, 'cannot convert float infinity to integer');
    return BigInt(Math.trunc(x));
  }
  if (typeof v === 'object' && (v.ob_type.lookup('__index__') !== undefined)) return toBig(pyIndex(v));
  if (typeof v === 'object') {
    const m = lookupSpecial(v, '__int__');
    if (m !== undefined) {
      const r = call(m, []);
      if (typeof r === 'number' || typeof r === 'bigint') return toBig(r);
      if (typeof r === 'boolean') return r ? 1n : 0n;
    }
  }
  typeErr(`%${ch} format: a real number is required, not ${typeName(v)}`);
}

/** Int value for %x/%X/%o: requires `__index__`. */
function intForX(v: PyValue, ch: string): bigint {
  if (typeof v === 'number') return BigInt(v);
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  if (typeof v === 'object' && v.ob_type.lookup('__index__') !== undefined) return toBig(pyIndex(v));
  typeErr(`%${ch} format: an integer is required, not ${typeName(v)}`);
}

/** Float value for %e/%f/%g (CPython `PyFloat_AsDouble`). */
function floatFor(v: PyValue): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') {
    const x = Number(v);
    if (!isFinite(x)) throw newError(OverflowErrorType, 'int too large to convert to float');
    return x;
  }
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof PyFloat) return v.value;
  if (typeof v === 'object') {
    const m = lookupSpecial(v, '__float__');
    if (m !== undefined) {
      const r = call(m, []);
      if (r instanceof PyFloat) return r.value;
      typeErr(`${typeName(v)}.__float__ returned non-float (type ${typeName(r)})`);
    }
    if (v.ob_type.lookup('__index__') !== undefined) return Number(toBig(pyIndex(v)));
  }
  typeErr(`must be real number, not ${typeName(v)}`);
}

interface Flags {
  left: boolean;
  plus: boolean;
  space: boolean;
  alt: boolean;
  zero: boolean;
}

/** Pad a formatted number: sign + prefix + digits with width and flags. */
function padNumber(sign: string, prefix: string, body: string, width: number, fl: Flags): string {
  const len = sign.length + prefix.length + body.length;
  if (width <= len) return sign + prefix + body;
  const n = width - len;
  if (fl.left) return sign + prefix + body + ' '.repeat(n);
  if (fl.zero) return sign + prefix + '0'.repeat(n) + body;
  return ' '.repeat(n) + sign + prefix + body;
}

/**
 * `fmt % args` for str (CPython `PyUnicode_Format`). `args` is a tuple (its items
 * are the values), a mapping (for `%(name)s`), or any single value.
 * Throws TypeError `not all arguments converted during string formatting`,
 * `not enough arguments for format string`, `format requires a mapping`,
 * ValueError `unsupported format character 'y' (0x79) at index 1`, `incomplete format`.
 */
export function percentFormat(fmt: string, args: PyValue, bytesHooks?: BytesPercentHooks): string {
  const tuple = tupleItems(args);
  const items: PyValue[] = tuple ?? [args];
  let argIdx = 0;
  const useTuple = tuple !== null;
  const notMapping = bytesHooks ? bytesHooks.isBytes(args) : typeof args === 'string' || isInstance(args, StrType);
  const dict = !useTuple && !notMapping && isMappingLike(args) ? args : null;
  let usedDict = false;
  const nextArg = (): PyValue => {
    if (argIdx >= items.length) typeErr('not enough arguments for format string');
    return items[argIdx++];
  };
  let out = '';
  const n = fmt.length;
  let i = 0;
  while (i < n) {
    const pct = fmt.indexOf('%', i);
    if (pct < 0) {
      out += fmt.slice(i);
      break;
    }
    out += fmt.slice(i, pct);
    i = pct + 1;
    if (i >= n) throw newError(ValueErrorType, 'incomplete format');
    if (fmt[i] === '%') {
      out += '%';
      i++;
      continue;
    }
    let value: PyValue | undefined;
    if (fmt[i] === '(') {
      if (dict === null) typeErr('format requires a mapping');
      let depth = 1;
      const start = ++i;
      while (i < n && depth > 0) {
        if (fmt[i] === '(') depth++;
        else if (fmt[i] === ')') depth--;
        i++;
      }
      if (depth > 0) throw newError(ValueErrorType, 'incomplete format key');
      const key = fmt.slice(start, i - 1);
      value = getItem(dict, bytesHooks ? bytesHooks.key(key) : key);
      usedDict = true;
      // CPython: a keyed value replaces the argument list, so a later plain %s finds none
      argIdx = items.length;
    }
    const fl: Flags = { left: false, plus: false, space: false, alt: false, zero: false };
    for (; i < n; i++) {
      const c = fmt[i];
      if (c === '-') fl.left = true;
      else if (c === '+') fl.plus = true;
      else if (c === ' ') fl.space = true;
      else if (c === '#') fl.alt = true;
      else if (c === '0') fl.zero = true;
      else break;
    }
    let width = -1;
    if (fmt[i] === '*') {
      const w = nextArg();
      if (typeof w !== 'number') typeErr('* wants int');
      width = w;
      if (width < 0) {
        fl.left = true;
        width = -width;
      }
      i++;
    } else {
      let w = 0;
      let any = false;
      while (i < n && fmt[i] >= '0' && fmt[i] <= '9') {
        w = w * 10 + (fmt.charCodeAt(i) - 48);
        i++;
        any = true;
      }
      if (any) width = w;
    }
    let prec = -1;
    if (fmt[i] === '.') {
      i++;
      if (fmt[i] === '*') {
        const p = nextArg();
        if (typeof p !== 'number') typeErr('* wants int');
        prec = Math.max(0, p);
        i++;
      } else {
        let p = 0;
        while (i < n && fmt[i] >= '0' && fmt[i] <= '9') {
          p = p * 10 + (fmt.charCodeAt(i) - 48);
          i++;
        }
        prec = p;
      }
    }
    while (i < n && (fmt[i] === 'h' || fmt[i] === 'l' || fmt[i] === 'L')) i++;
    if (i >= n) throw newError(ValueErrorType, 'incomplete format');
    const ch = fmt[i];
    const chPos = i;
    i++;
    if (ch === '%') {
      out += '%';
      continue;
    }
    if (value === undefined) value = nextArg();
    out += bytesHooks !== undefined && 'sbrac'.includes(ch) ? bytesText(ch, value, width, prec, fl, bytesHooks) : convertOne(ch, chPos, value, width, prec, fl);
  }
  if (argIdx < items.length && dict === null) typeErr(`not all arguments converted during ${bytesHooks ? 'bytes' : 'string'} formatting`);
  return out;
}

/**
 * What `bytes % args` needs from bytes.ts (kept as hooks to avoid an import
 * cycle): the %s/%b/%c operand conversions and bytes keys for `%(name)`.
 */
export interface BytesPercentHooks {
  /** Is `v` a bytes/bytearray (never used as a mapping, like str for str formatting)? */
  isBytes(v: PyValue): boolean;
  /** The mapping key for `%(name)s`: a bytes object of the latin-1 name. */
  key(name: string): PyValue;
  /** %s/%b operand as latin-1 text (bytes-like or `__bytes__`), else TypeError. */
  bytesText(v: PyValue): string;
  /** %c operand as one latin-1 char: an int in range(256) or a single byte. */
  charText(v: PyValue): string;
}

/** %s %b %r %a %c in bytes formatting (CPython _PyBytes_FormatEx): %r is %a there. */
function bytesText(ch: string, v: PyValue, width: number, prec: number, fl: Flags, hooks: BytesPercentHooks): string {
  let s: string;
  if (ch === 's' || ch === 'b') s = hooks.bytesText(v);
  else if (ch === 'c') s = hooks.charText(v);
  else s = asciiEscape(pyRepr(v));
  if (prec >= 0 && ch !== 'c') s = s.slice(0, prec);
  return padText(s, width, fl.left);
}

function convertOne(ch: string, chPos: number, v: PyValue, width: number, prec: number, fl: Flags): string {
  switch (ch) {
    case 's':
    case 'r':
    case 'a': {
      let s = ch === 's' ? pyStr(v) : ch === 'r' ? pyRepr(v) : asciiEscape(pyRepr(v));
      if (prec >= 0) s = Array.from(s).slice(0, prec).join('');
      return padText(s, width, fl.left);
    }
    case 'd':
    case 'i':
    case 'u':
    case 'x':
    case 'X':
    case 'o': {
      const b = ch === 'x' || ch === 'X' || ch === 'o' ? intForX(v, ch) : intForD(v, ch);
      const neg = b < 0n;
      const a = neg ? -b : b;
      let digits = ch === 'x' ? a.toString(16) : ch === 'X' ? a.toString(16).toUpperCase() : ch === 'o' ? a.toString(8) : intRepr(a);
      if (prec > digits.length) digits = '0'.repeat(prec - digits.length) + digits;
      const sign = neg ? '-' : fl.plus ? '+' : fl.space ? ' ' : '';
      const prefix = fl.alt ? (ch === 'x' ? '0x' : ch === 'X' ? '0X' : ch === 'o' ? '0o' : '') : '';
      return padNumber(sign, prefix, digits, width, fl);
    }
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G': {
      const x = floatFor(v);
      const lower = ch.toLowerCase() as 'e' | 'f' | 'g';
      const text = doubleToString(x, lower, prec < 0 ? 6 : prec, { alt: fl.alt, upper: ch !== lower });
      const neg = text.startsWith('-');
      const body = neg ? text.slice(1) : text;
      const sign = neg ? '-' : fl.plus ? '+' : fl.space ? ' ' : '';
      // CPython zero-pads inf and nan too ('%05f' % inf == '00inf'), unlike C's printf.
      return padNumber(sign, '', body, width, fl);
    }
    case 'c': {
      let s: string;
      if (typeof v === 'string') {
        if (Array.from(v).length !== 1) typeErr('%c requires int or char');
        s = v;
      } else if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') {
        const c = Number(v);
        if (c < 0 || c > 0x10ffff) throw newError(OverflowErrorType, '%c arg not in range(0x110000)');
        s = String.fromCodePoint(c);
      } else typeErr('%c requires int or char');
      return padText(s, width, fl.left);
    }
    default: {
      const code = ch.codePointAt(0)!;
      throw newError(ValueErrorType, `unsupported format character '${ch}' (0x${code.toString(16)}) at index ${chPos}`);
    }
  }
}

function padText(s: string, width: number, left: boolean): string {
  const len = Array.from(s).length;
  if (width <= len) return s;
  return left ? s + ' '.repeat(width - len) : ' '.repeat(width - len) + s;
}
