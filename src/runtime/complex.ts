/**
 * `complex` (CPython Objects/complexobject.c): arithmetic (Smith's division,
 * `c_powi` for small integral exponents), abs, hash, repr and the constructor.
 */
import {
  type PyValue,
  PyComplex,
  PyFloat,
  ComplexType,
  None,
  NotImplemented,
  TypeErrorType,
  ValueErrorType,
  ZeroDivisionErrorType,
  OverflowErrorType,
  newError,
  normInt,
  typeOf,
  defineMethods,
  defineGetSet,
} from './object.js';
import { floatRepr } from './format_float.js';
import { PyTuple } from './tuple.js';
import { intValue, intToFloat, asciiDigits } from './int.js';
import { floatHash, parseFloatLiteral, libmHypot } from './float.js';
import { crAtan2, crExp, crLog, libmPow } from './dd_math.js';
import { callSpecial, hash as pyHash, repr as pyRepr } from './abstract.js';
import { PyStrSubclass } from './str.js';

/** Make a complex value. */
export function newComplex(re: number, im: number): PyComplex {
  return new PyComplex(re, im);
}

type C = [number, number];

function quot(ar: number, ai: number, br: number, bi: number): C {
  const abr = Math.abs(br);
  const abi = Math.abs(bi);
  if (abr >= abi) {
    if (abr === 0) throw newError(ZeroDivisionErrorType, 'complex division by zero');
    const ratio = bi / br;
    const denom = br + bi * ratio;
    return [(ar + ai * ratio) / denom, (ai - ar * ratio) / denom];
  }
  if (abi >= abr) {
    const ratio = br / bi;
    const denom = br * ratio + bi;
    return [(ar * ratio + ai) / denom, (ai * ratio - ar) / denom];
  }
  return [NaN, NaN];
}

function powu(xr: number, xi: number, n: number): C {
  let rr = 1;
  let ri = 0;
  let pr = xr;
  let pi = xi;
  let mask = 1;
  while (mask > 0 && n >= mask) {
    if (n & mask) [rr, ri] = [rr * pr - ri * pi, rr * pi + ri * pr];
    mask <<= 1;
    [pr, pi] = [pr * pr - pi * pi, pr * pi + pi * pr];
  }
  return [rr, ri];
}

/** Complex power (CPython complex_pow / _Py_c_pow / c_powi). */
export function complexPow(ar: number, ai: number, br: number, bi: number): PyComplex {
  let r: C;
  if (bi === 0 && br === Math.floor(br) && Math.abs(br) <= 100) {
    const n = br;
    if (n > 0) r = powu(ar, ai, n);
    else if (n === 0) r = [1, 0];
    else {
      const p = powu(ar, ai, -n);
      if (p[0] === 0 && p[1] === 0) throw newError(ZeroDivisionErrorType, '0.0 to a negative or complex power');
      r = quot(1, 0, p[0], p[1]);
    }
  } else if (br === 0 && bi === 0) r = [1, 0];
  else if (ar === 0 && ai === 0) {
    if (bi !== 0 || br < 0) throw newError(ZeroDivisionErrorType, '0.0 to a negative or complex power');
    r = [0, 0];
  } else {
    const vabs = libmHypot(ar, ai);
    let len = libmPow(vabs, br);
    const at = crAtan2(ai, ar);
    let phase = at * br;
    if (bi !== 0) {
      len /= crExp(at * bi);
      phase += bi * (vabs > 0 && vabs < Infinity ? crLog(vabs) : Math.log(vabs));
    }
    r = [len * Math.cos(phase), len * Math.sin(phase)];
  }
  if (!Number.isFinite(r[0]) || !Number.isFinite(r[1])) {
    if (Number.isFinite(ar) && Number.isFinite(ai) && Number.isFinite(br) && Number.isFinite(bi)) {
      throw newError(OverflowErrorType, 'complex exponentiation');
    }
  }
  return new PyComplex(r[0], r[1]);
}

/** Operand → complex parts (complex, float, int); undefined otherwise. */
function parts(v: PyValue): C | undefined {
  if (v instanceof PyComplex) return [v.real, v.imag];
  if (v instanceof PyFloat) return [v.value, 0];
  const iv = intValue(v);
  if (iv !== undefined) return [intToFloat(iv), 0];
  return undefined;
}

function fmtPart(x: number): string {
  const s = floatRepr(x);
  return s.endsWith('.0') ? s.slice(0, -2) : s;
}

/** repr of a complex: `(1+2j)`, `1j`, `(-0+1j)`, `(nan+infj)`. */
export function complexRepr(re: number, im: number): string {
  const imS = fmtPart(im) + 'j';
  if (re === 0 && !Object.is(re, -0)) return imS;
  const sign = im < 0 || Object.is(im, -0) || (im !== im && false) ? '' : '+';
  return `(${fmtPart(re)}${sign}${imS})`;
}

/** hash(complex) = hash(real) + 1000003 * hash(imag) in wrapping 64-bit arithmetic. */
export function complexHash(re: number, im: number): number | bigint {
  const hr = BigInt(floatHash(re));
  const hi = BigInt(floatHash(im));
  let h = BigInt.asIntN(64, hr + 1000003n * hi);
  if (h === -1n) h = -2n;
  return normInt(h);
}

function binop(kind: string, reflected: boolean) {
  return (args: PyValue[]): PyValue => {
    const a = parts(args[0])!;
    const b = parts(args[1]);
    if (b === undefined) return NotImplemented;
    const [x, y] = reflected ? [b, a] : [a, b];
    switch (kind) {
      case 'add':
        return new PyComplex(x[0] + y[0], x[1] + y[1]);
      case 'sub':
        return new PyComplex(x[0] - y[0], x[1] - y[1]);
      case 'mul':
        return new PyComplex(x[0] * y[0] - x[1] * y[1], x[0] * y[1] + x[1] * y[0]);
      case 'truediv': {
        const r = quot(x[0], x[1], y[0], y[1]);
        return new PyComplex(r[0], r[1]);
      }
      default:
        return complexPow(x[0], x[1], y[0], y[1]);
    }
  };
}

function cmpEq(negate: boolean) {
  return (args: PyValue[]): PyValue => {
    const a = parts(args[0])!;
    const o = args[1];
    const iv = intValue(o);
    let r: boolean;
    if (iv !== undefined && typeof iv === 'bigint') r = a[1] === 0 && Number.isInteger(a[0]) && BigInt(a[0]) === iv;
    else {
      const b = parts(o);
      if (b === undefined) return NotImplemented;
      r = a[0] === b[0] && a[1] === b[1];
    }
    return negate ? !r : r;
  };
}
const noOrder = () => NotImplemented;

/** The longest float literal at the start of a string (CPython PyOS_string_to_double's prefix). */
const FLOAT_PREFIX = /^[+-]?(?:(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?|infinity|inf|nan)/i;

/**
 * `complex(str)` (CPython complex_from_string_inner): `<float>`, `<float>j`,
 * `<float><signed-float>j`, `<float><sign>j`, `<sign>j` or `j`, optionally in
 * parentheses, with surrounding whitespace.
 */
function parseComplex(text: string): C | undefined {
  let s = text.trim();
  if (s.startsWith('(')) {
    if (!s.endsWith(')')) return undefined;
    s = s.slice(1, -1).trim();
  }
  if (s === '') return undefined;
  let re = 0;
  let im = 0;
  let i = 0;
  const float = (at: number): [number, number] | undefined => {
    const m = FLOAT_PREFIX.exec(s.slice(at));
    if (!m) return undefined;
    const v = parseFloatLiteral(m[0]);
    return v === undefined ? undefined : [v, m[0].length];
  };
  const isJ = (c: string | undefined) => c === 'j' || c === 'J';
  const first = float(0);
  if (first) {
    i = first[1];
    const c = s[i];
    if (c === '+' || c === '-') {
      re = first[0];
      const second = float(i);
      if (second) {
        im = second[0];
        i += second[1];
      } else {
        im = c === '+' ? 1 : -1;
        i++;
      }
      if (!isJ(s[i])) return undefined;
      i++;
    } else if (isJ(c)) {
      im = first[0];
      i++;
    } else re = first[0];
  } else {
    if (s[0] === '+' || s[0] === '-') {
      im = s[0] === '+' ? 1 : -1;
      i = 1;
    } else im = 1;
    if (!isJ(s[i])) return undefined;
    i++;
  }
  return i === s.length ? [re, im] : undefined;
}

function toComplexParts(v: PyValue, argName: string): C {
  if (v instanceof PyComplex) return [v.real, v.imag];
  const r = callSpecial(v, '__complex__', []);
  if (r !== undefined) {
    if (r instanceof PyComplex) return [r.real, r.imag];
    throw newError(TypeErrorType, `__complex__ returned non-complex (type ${typeOf(r).tp_name})`);
  }
  const p = parts(v);
  if (p) return p;
  const f = typeOf(v).lookup('__float__') ?? typeOf(v).lookup('__index__');
  if (f !== undefined && f !== None) {
    const fr = callSpecial(v, typeOf(v).lookup('__float__') ? '__float__' : '__index__', [])!;
    const pp = parts(fr);
    if (pp) return pp;
  }
  throw newError(TypeErrorType, `complex() ${argName} must be a string or a number, not '${typeOf(v).tp_name}'`);
}

ComplexType.tp_new = (type, args, kwnames) => {
  let real: PyValue | undefined = args[0];
  let imag: PyValue | undefined = args[1];
  const nkw = kwnames ? kwnames.length : 0;
  const npos = args.length - nkw;
  if (npos > 2) throw newError(TypeErrorType, `complex() takes at most 2 arguments (${npos} given)`);
  if (npos < 1) real = undefined;
  if (npos < 2) imag = undefined;
  for (let i = 0; i < nkw; i++) {
    const k = kwnames![i];
    if (k === 'real') real = args[npos + i];
    else if (k === 'imag') imag = args[npos + i];
    else throw newError(TypeErrorType, `'${k}' is an invalid keyword argument for complex()`);
  }
  let res: C;
  const raw = typeof real === 'string' ? real : real instanceof PyStrSubclass ? real.value : undefined;
  if (raw !== undefined) {
    // CPython maps other scripts' decimal digits to ASCII first, as int() and float() do.
    const text = asciiDigits(raw);
    if (imag !== undefined) throw newError(TypeErrorType, "complex() can't take second arg if first is a string");
    // underscores only between digits (CPython _Py_string_to_number_with_underscores)
    if (text.includes('_') && /(?:^|[^0-9])_|_(?:[^0-9]|$)/.test(text)) {
      throw newError(ValueErrorType, `could not convert string to complex: ${pyRepr(raw)}`);
    }
    const p = parseComplex(text.includes('_') ? text.replace(/_/g, '') : text);
    if (!p) throw newError(ValueErrorType, 'complex() arg is a malformed string');
    res = p;
  } else {
    if (typeof imag === 'string') throw newError(TypeErrorType, "complex() second arg can't be a string");
    const a = real === undefined ? ([0, 0] as C) : toComplexParts(real, 'first argument');
    const b = imag === undefined ? ([0, 0] as C) : toComplexParts(imag, 'second argument');
    if (imag === undefined) res = a;
    else {
      // CPython complex_new: only genuinely complex parts contribute cross terms (keeps -0.0 intact).
      let re = a[0];
      let im = b[0];
      if (imag instanceof PyComplex) re -= b[1];
      if (real instanceof PyComplex) im += a[1];
      res = [re, im];
    }
  }
  const c = new PyComplex(res[0], res[1]);
  if (type !== ComplexType) c.ob_type = type;
  return c;
};

function self(v: PyValue): PyComplex {
  if (v instanceof PyComplex) return v;
  throw newError(TypeErrorType, `descriptor requires a 'complex' object but received a '${typeOf(v).tp_name}'`);
}

defineMethods(ComplexType, {
  __add__: binop('add', false),
  __radd__: binop('add', true),
  __sub__: binop('sub', false),
  __rsub__: binop('sub', true),
  __mul__: binop('mul', false),
  __rmul__: binop('mul', true),
  __truediv__: binop('truediv', false),
  __rtruediv__: binop('truediv', true),
  __pow__(args) {
    if (args[2] !== undefined && args[2] !== None) throw newError(ValueErrorType, 'complex modulo');
    return binop('pow', false)(args);
  },
  __rpow__: binop('pow', true),
  __eq__: cmpEq(false),
  __ne__: cmpEq(true),
  __lt__: noOrder,
  __le__: noOrder,
  __gt__: noOrder,
  __ge__: noOrder,
  __neg__: (args) => new PyComplex(-self(args[0]).real, -self(args[0]).imag),
  __pos__: (args) => new PyComplex(self(args[0]).real, self(args[0]).imag),
  __abs__(args) {
    const c = self(args[0]);
    const r = libmHypot(c.real, c.imag);
    if (!Number.isFinite(r) && Number.isFinite(c.real) && Number.isFinite(c.imag)) {
      throw newError(OverflowErrorType, 'absolute value too large');
    }
    return new PyFloat(r);
  },
  __bool__: (args) => self(args[0]).real !== 0 || self(args[0]).imag !== 0,
  __hash__: (args) => complexHash(self(args[0]).real, self(args[0]).imag),
  __repr__: (args) => complexRepr(self(args[0]).real, self(args[0]).imag),
  __complex__: (args) => new PyComplex(self(args[0]).real, self(args[0]).imag),
  __getnewargs__: (args) => {
    void pyHash;
    return new PyTuple([new PyFloat(self(args[0]).real), new PyFloat(self(args[0]).imag)]);
  },
  conjugate: (args) => new PyComplex(self(args[0]).real, -self(args[0]).imag),
});
defineGetSet(ComplexType, 'real', (s) => new PyFloat(self(s).real));
defineGetSet(ComplexType, 'imag', (s) => new PyFloat(self(s).imag));
