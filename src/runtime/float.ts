/**
 * `float` (CPython Objects/floatobject.c). A float is a `PyFloat` (boxed
 * double); instances of user subclasses are PyFloats whose `ob_type` is the
 * subclass. Floor division/modulo follow CPython's `_float_div_mod`, `**`
 * follows `float_pow` (negative base with a fractional exponent → complex),
 * hashing is consistent with ints (`hash(1.0) == hash(1)`).
 */
import { NB } from '../bytecode/opcodes.js';
import {
  type PyValue,
  PyFloat,
  PyObject,
  FloatType,
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
  defineClassMethods,
  BytesType,
  ByteArrayType,
} from './object.js';
import { floatRepr, doubleToString } from './format_float.js';
import { intValue, intToFloat, floatToInt, intCompare, asciiDigits } from './int.js';
import { identityHash, index as pyIndex, repr as pyRepr, callSpecial } from './abstract.js';
import { complexPow, newComplex } from './complex.js';
import { PyTuple } from './tuple.js';
import { PyStrSubclass } from './str.js';
import { noKwargs } from './args.js';
import { requireNoArgs } from './iterbase.js';

/** Box a double as a Python float. */
export function newFloat(x: number): PyFloat {
  return new PyFloat(x);
}

/** The double of a float or float-subclass instance; undefined for anything else (ints included). */
export function floatValue(v: PyValue): number | undefined {
  if (v instanceof PyFloat) return v.value;
  return undefined;
}

/** int or float operand → double for mixed arithmetic (OverflowError for huge ints); undefined if neither. */
function numArg(v: PyValue): number | undefined {
  if (v instanceof PyFloat) return v.value;
  if (typeof v === 'number') return v;
  const iv = intValue(v);
  if (iv !== undefined) return intToFloat(iv);
  return undefined;
}

/** Python float `%` (CPython float_rem). */
export function floatMod(x: number, y: number): number {
  if (y === 0) throw newError(ZeroDivisionErrorType, 'float modulo');
  let mod = x % y;
  // C truthiness: NaN counts as nonzero.
  if (mod !== 0) {
    if (y < 0 !== mod < 0) mod += y;
  } else mod = y < 0 ? -0 : 0;
  return mod;
}

/** Python float divmod (CPython _float_div_mod): [floordiv, mod]. */
export function floatDivmod(x: number, y: number, what = 'float divmod()'): [number, number] {
  if (y === 0) throw newError(ZeroDivisionErrorType, what);
  let mod = x % y;
  let div = (x - mod) / y;
  if (mod !== 0) {
    if (y < 0 !== mod < 0) {
      mod += y;
      div -= 1.0;
    }
  } else mod = y < 0 ? -0 : 0;
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else floordiv = x / y < 0 || Object.is(x / y, -0) ? -0 : 0;
  return [floordiv, mod];
}

function isOddInteger(y: number): boolean {
  return Math.abs(y) % 2 === 1;
}

import { libmPow } from './dd_math.js';

/**
 * float ** float for real results (CPython float_pow), raising
 * `ZeroDivisionError: 0.0 cannot be raised to a negative power` and
 * `OverflowError: (34, 'Numerical result out of range')`. The caller handles
 * negative base with a non-integer exponent (complex result).
 */
export function floatPow(x: number, y: number): number {
  if (y === 0) return 1.0;
  if (x !== x) return x;
  if (y !== y) return x === 1.0 ? 1.0 : y;
  if (!Number.isFinite(y)) {
    const ax = Math.abs(x);
    if (ax === 1.0) return 1.0;
    if (y > 0 === ax > 1.0) return Math.abs(y);
    return 0.0;
  }
  if (!Number.isFinite(x)) {
    const odd = Number.isInteger(y) && isOddInteger(y);
    if (x > 0) return y > 0 ? x : 0.0;
    return y > 0 ? (odd ? x : -x) : odd ? -0.0 : 0.0;
  }
  if (x === 0) {
    if (y < 0) throw newError(ZeroDivisionErrorType, '0.0 cannot be raised to a negative power');
    return Number.isInteger(y) && isOddInteger(y) ? x : 0.0;
  }
  if (x === -1 && Number.isInteger(y)) return isOddInteger(y) ? -1 : 1;
  const r = libmPow(x, y);
  if (!Number.isFinite(r)) throw newError(OverflowErrorType, "(34, 'Numerical result out of range')");
  return r;
}

function powResult(x: number, y: number): PyValue {
  if (x < 0 && Number.isFinite(y) && y !== Math.floor(y)) return complexPow(x, 0, y, 0);
  return newFloat(floatPow(x, y));
}

/**
 * Arithmetic on two doubles (op = NB base 0..12) with Python semantics and
 * CPython 3.11's messages (`float division by zero`, `float floor division by zero`,
 * `float modulo`); NotImplemented for bitwise/matmul ops.
 */
export function floatBinaryOp(x: number, y: number, op: number): PyValue {
  switch (op) {
    case NB.ADD:
      return new PyFloat(x + y);
    case NB.SUBTRACT:
      return new PyFloat(x - y);
    case NB.MULTIPLY:
      return new PyFloat(x * y);
    case NB.TRUE_DIVIDE:
      if (y === 0) throw newError(ZeroDivisionErrorType, 'float division by zero');
      return new PyFloat(x / y);
    case NB.FLOOR_DIVIDE:
      return new PyFloat(floatDivmod(x, y, 'float floor division by zero')[0]);
    case NB.REMAINDER:
      return new PyFloat(floatMod(x, y));
    case NB.POWER:
      return powResult(x, y);
    default:
      return NotImplemented;
  }
}

const MODULUS = (1n << 61n) - 1n;
const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);

/** Exact decomposition of a finite nonzero double: [mantissa (bigint, >0), exponent] with |x| = m * 2**e. */
export function decomposeDouble(x: number): [bigint, number] {
  F64[0] = Math.abs(x);
  const lo = U32[0];
  const hi = U32[1];
  const bexp = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (bexp === 0) e = -1074;
  else {
    m |= 1n << 52n;
    e = bexp - 1075;
  }
  return [m, e];
}

/** Python's float hash (CPython _Py_HashDouble); NaN hashes by identity of `obj`. */
export function floatHash(x: number, obj?: PyObject): number | bigint {
  if (Number.isInteger(x) && x <= 9007199254740991 && x >= -9007199254740991) return x === -1 ? -2 : x + 0;
  if (x !== x) return obj ? identityHash(obj) : 0;
  if (x === Infinity) return 314159;
  if (x === -Infinity) return -314159;
  const [m, e] = decomposeDouble(x);
  const k = ((e % 61) + 61) % 61;
  let h = (m % MODULUS) * (1n << BigInt(k)) % MODULUS;
  if (x < 0) h = -h;
  if (h === -1n) h = -2n;
  return normInt(h);
}

/** Exact comparison of a double with an int (NaN → undefined). */
export function floatCompareInt(f: number, i: number | bigint): number | undefined {
  if (typeof i === 'number') return f < i ? -1 : f > i ? 1 : f === i ? 0 : undefined;
  if (f !== f) return undefined;
  if (f === Infinity) return 1;
  if (f === -Infinity) return -1;
  const fl = Math.floor(f);
  const c = intCompare(BigInt(fl), i);
  if (c !== 0) return c;
  return f === fl ? 0 : 1;
}

/** Banker's rounding of a double to an integer-valued double. */
export function roundHalfEven(x: number): number {
  const r = Math.round(x);
  if (Math.abs(x - Math.trunc(x)) === 0.5) return 2 * Math.round(x / 2);
  return r;
}

/** `round(x, ndigits)` for floats, correctly rounded like CPython's double_round (via exact decimal conversion). */
export function floatRound(x: number, nd: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  if (nd > 323) return x;
  if (nd < -308) return 0 * x;
  if (nd >= 0) {
    const r = parseFloat(doubleToString(x, 'f', nd));
    return r === 0 ? (x < 0 ? -0 : 0) : r;
  }
  const [m, e] = decomposeDouble(x);
  const p = 10n ** BigInt(-nd);
  // |x| = m * 2**e; q = round_half_even(|x| / p)
  let num = m;
  let den = p;
  if (e >= 0) num <<= BigInt(e);
  else den <<= BigInt(-e);
  let q = num / den;
  const r2 = 2n * (num % den);
  if (r2 > den || (r2 === den && (q & 1n) === 1n)) q += 1n;
  const res = Number(q * p);
  if (!Number.isFinite(res)) throw newError(OverflowErrorType, 'rounded value too large to represent');
  return x < 0 ? -res : res;
}

const FLOAT_RE = /^[+-]?(?:(?:\d(?:_?\d)*)?\.\d(?:_?\d)*|\d(?:_?\d)*\.?)(?:[eE][+-]?\d(?:_?\d)*)?$/;
const SPECIAL_RE = /^([+-]?)(inf|infinity|nan)$/i;

/** Parse a float literal like `float(str)` (whitespace, underscores, inf/nan); undefined when invalid. */
export function parseFloatLiteral(text: string): number | undefined {
  const s = asciiDigits(text).replace(/^[\s\u001c-\u001f\u0085]+|[\s\u001c-\u001f\u0085]+$/g, '');
  if (FLOAT_RE.test(s)) return Number(s.replace(/_/g, ''));
  const m = SPECIAL_RE.exec(s);
  if (m) {
    const v = m[2].toLowerCase() === 'nan' ? NaN : Infinity;
    return m[1] === '-' ? -v : v;
  }
  return undefined;
}

/** `float(x)` value (CPython PyNumber_Float / float_new): str/bytes parsing, `__float__`, `__index__`. */
export function floatFromValue(x: PyValue): number {
  if (x instanceof PyFloat) {
    if (x.ob_type === FloatType) return x.value;
    const r = callSpecial(x, '__float__', []);
    if (r instanceof PyFloat) return r.value;
    return x.value;
  }
  if (typeof x === 'number') return x;
  let text: string | undefined;
  if (typeof x === 'string') text = x;
  else if (x instanceof PyStrSubclass) text = x.value;
  else if (x instanceof PyObject && (x.ob_type.isSubtype(BytesType) || x.ob_type.isSubtype(ByteArrayType))) {
    const b = (x as unknown as { bytes: Uint8Array }).bytes;
    text = '';
    for (let i = 0; i < b.length; i++) text += String.fromCharCode(b[i]);
  }
  if (text !== undefined) {
    const v = parseFloatLiteral(text);
    if (v === undefined) throw newError(ValueErrorType, `could not convert string to float: ${pyRepr(x)}`);
    return v;
  }
  const t = typeOf(x);
  const f = t.lookup('__float__');
  if (f !== undefined && f !== None) {
    const r = callSpecial(x, '__float__', [])!;
    if (r instanceof PyFloat) return r.value;
    throw newError(TypeErrorType, `${t.tp_name}.__float__ returned non-float (type ${typeOf(r).tp_name})`);
  }
  const iv = intValue(x);
  if (iv !== undefined) return intToFloat(iv);
  const idx = t.lookup('__index__');
  if (idx !== undefined && idx !== None) return intToFloat(pyIndex(x));
  throw newError(TypeErrorType, `float() argument must be a string or a real number, not '${t.tp_name}'`);
}

FloatType.tp_new = (type, args, kwnames) => {
  noKwargs('float', kwnames);
  if (args.length > 1) throw newError(TypeErrorType, `float expected at most 1 argument, got ${args.length}`);
  const v = args.length === 0 ? 0 : floatFromValue(args[0]);
  const f = new PyFloat(v);
  if (type !== FloatType) f.ob_type = type;
  return f;
};

function selfFloat(v: PyValue, name: string): number {
  if (v instanceof PyFloat) return v.value;
  throw newError(TypeErrorType, `descriptor '${name}' requires a 'float' object but received a '${typeOf(v).tp_name}'`);
}

/** float.hex() (CPython float_hex). */
export function floatHex(x: number): string {
  if (x !== x) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  if (x === 0) return sign + '0x0.0p+0';
  F64[0] = Math.abs(x);
  const lo = U32[0];
  const hi = U32[1];
  const bexp = (hi >>> 20) & 0x7ff;
  const mant = ((hi & 0xfffff).toString(16).padStart(5, '0') + lo.toString(16).padStart(8, '0'));
  if (bexp === 0) return `${sign}0x0.${mant}p-1022`;
  const e = bexp - 1023;
  return `${sign}0x1.${mant}p${e >= 0 ? '+' : ''}${e}`;
}

/** float.fromhex(s) (CPython float_fromhex). */
export function floatFromHex(s: string): number {
  const t = s.trim();
  const sp = SPECIAL_RE.exec(t);
  if (sp) {
    const v = sp[2].toLowerCase() === 'nan' ? NaN : Infinity;
    return sp[1] === '-' ? -v : v;
  }
  const m = /^([+-]?)(?:0[xX])?([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?(?:[pP]([+-]?\d+))?$/.exec(t);
  if (!m || (m[2] === '' && (m[3] === undefined || m[3] === ''))) {
    throw newError(ValueErrorType, 'invalid hexadecimal floating-point string');
  }
  const intPart = m[2] || '0';
  const frac = m[3] ?? '';
  let mant = BigInt('0x' + intPart + frac);
  let exp = (m[4] ? parseInt(m[4], 10) : 0) - 4 * frac.length;
  let v: number;
  if (mant === 0n) v = 0;
  else {
    // exact scaling: Number(mant) may round; keep it simple but exact when mant fits 53 bits
    const bits = mant.toString(2).length;
    if (bits > 60) {
      const drop = bits - 60;
      const sticky = (mant & ((1n << BigInt(drop)) - 1n)) !== 0n ? 1n : 0n;
      mant = (mant >> BigInt(drop)) | sticky;
      exp += drop;
    }
    v = Number(mant) * Math.pow(2, Math.trunc(exp / 2)) * Math.pow(2, exp - Math.trunc(exp / 2));
    if (!Number.isFinite(v)) throw newError(OverflowErrorType, 'hexadecimal value too large to represent as a float');
  }
  return m[1] === '-' ? -v : v;
}

function binop(op: number, reflected: boolean) {
  return (args: PyValue[]): PyValue => {
    const a = selfFloat(args[0], 'op');
    const b = numArg(args[1]);
    if (b === undefined) return NotImplemented;
    return reflected ? floatBinaryOp(b, a, op) : floatBinaryOp(a, b, op);
  };
}
function cmp(test: (c: number) => boolean) {
  return (args: PyValue[]): PyValue => {
    const a = selfFloat(args[0], 'cmp');
    const o = args[1];
    if (o instanceof PyFloat) {
      const b = o.value;
      return a !== a || b !== b ? test(NaN) : test(a < b ? -1 : a > b ? 1 : 0);
    }
    const iv = intValue(o);
    if (iv === undefined) return NotImplemented;
    const c = floatCompareInt(a, iv);
    return c === undefined ? test(NaN) : test(c);
  };
}

function divmodFloat(x: number, y: number): PyValue {
  const [q, r] = floatDivmod(x, y);
  return new PyTuple([newFloat(q), newFloat(r)]);
}

defineMethods(FloatType, {
  __add__: binop(NB.ADD, false),
  __radd__: binop(NB.ADD, true),
  __sub__: binop(NB.SUBTRACT, false),
  __rsub__: binop(NB.SUBTRACT, true),
  __mul__: binop(NB.MULTIPLY, false),
  __rmul__: binop(NB.MULTIPLY, true),
  __truediv__: binop(NB.TRUE_DIVIDE, false),
  __rtruediv__: binop(NB.TRUE_DIVIDE, true),
  __floordiv__: binop(NB.FLOOR_DIVIDE, false),
  __rfloordiv__: binop(NB.FLOOR_DIVIDE, true),
  __mod__: binop(NB.REMAINDER, false),
  __rmod__: binop(NB.REMAINDER, true),
  __pow__(args) {
    if (args[2] !== undefined && args[2] !== None) throw newError(TypeErrorType, 'pow() 3rd argument not allowed unless all arguments are integers');
    return binop(NB.POWER, false)(args);
  },
  __rpow__(args) {
    if (args[2] !== undefined && args[2] !== None) throw newError(TypeErrorType, 'pow() 3rd argument not allowed unless all arguments are integers');
    return binop(NB.POWER, true)(args);
  },
  __divmod__(args) {
    const b = numArg(args[1]);
    return b === undefined ? NotImplemented : divmodFloat(selfFloat(args[0], '__divmod__'), b);
  },
  __rdivmod__(args) {
    const b = numArg(args[1]);
    return b === undefined ? NotImplemented : divmodFloat(b, selfFloat(args[0], '__rdivmod__'));
  },
  __lt__: cmp((c) => c < 0),
  __le__: cmp((c) => c <= 0),
  __eq__: cmp((c) => c === 0),
  __ne__: cmp((c) => c !== 0),
  __gt__: cmp((c) => c > 0),
  __ge__: cmp((c) => c >= 0),
  __neg__: (args) => newFloat(-selfFloat(args[0], '__neg__')),
  __pos__: (args) => newFloat(selfFloat(args[0], '__pos__')),
  __abs__: (args) => newFloat(Math.abs(selfFloat(args[0], '__abs__'))),
  __bool__: (args) => selfFloat(args[0], '__bool__') !== 0,
  __int__: (args) => floatToInt(selfFloat(args[0], '__int__')),
  __trunc__: (args) => floatToInt(selfFloat(args[0], '__trunc__')),
  __floor__: (args) => floatToInt(Math.floor(selfFloat(args[0], '__floor__'))),
  __ceil__: (args) => floatToInt(Math.ceil(selfFloat(args[0], '__ceil__'))),
  __float__: (args) => newFloat(selfFloat(args[0], '__float__')),
  __hash__: (args) => floatHash(selfFloat(args[0], '__hash__'), args[0] as PyObject),
  __repr__: (args) => floatRepr(selfFloat(args[0], '__repr__')),
  __getnewargs__: (args) => new PyTuple([newFloat(selfFloat(args[0], '__getnewargs__'))]),
  __round__(args) {
    const x = selfFloat(args[0], '__round__');
    const nd = args[1];
    if (nd === undefined || nd === None) return floatToInt(roundHalfEven(x));
    const n = pyIndex(nd);
    const k = typeof n === 'bigint' ? (n > 0n ? 400 : -400) : n;
    return newFloat(floatRound(x, k));
  },
  conjugate: (args) => newFloat(selfFloat(args[0], 'conjugate')),
  is_integer: (args) => Number.isInteger(selfFloat(args[0], 'is_integer')),
  as_integer_ratio(args) {
    const x = selfFloat(args[0], 'as_integer_ratio');
    if (x !== x) throw newError(ValueErrorType, 'cannot convert NaN to integer ratio');
    if (!Number.isFinite(x)) throw newError(OverflowErrorType, 'cannot convert Infinity to integer ratio');
    if (x === 0) return new PyTuple([0, 1]);
    let [m, e] = decomposeDouble(x);
    while (e < 0 && (m & 1n) === 0n) {
      m >>= 1n;
      e++;
    }
    const num = e >= 0 ? m << BigInt(e) : m;
    const den = e >= 0 ? 1n : 1n << BigInt(-e);
    return new PyTuple([normInt(x < 0 ? -num : num), normInt(den)]);
  },
  hex: (args) => floatHex(selfFloat(args[0], 'hex')),
});
defineClassMethods(FloatType, {
  fromhex(args) {
    const s = args[1];
    if (typeof s !== 'string') throw newError(TypeErrorType, `fromhex() argument must be str, not ${typeOf(s).tp_name}`);
    const v = newFloat(floatFromHex(s));
    const cls = args[0];
    if (cls === FloatType) return v;
    return v;
  },
});
defineGetSet(FloatType, 'real', (self) => newFloat(selfFloat(self, 'real')));
defineGetSet(FloatType, 'imag', () => newFloat(0));

export { newComplex };

requireNoArgs(FloatType, ['is_integer', 'as_integer_ratio', 'hex', 'conjugate']);

// --- accurate Euclidean norm (CPython 3.11 Modules/mathmodule.c vector_norm) ---

/** Veltkamp split of `x` into two 26-bit halves whose sum is exactly `x`. */
function dlSplit(x: number): [number, number] {
  const t = x * 134217729.0; // 2**27 + 1
  const hi = t - (t - x);
  return [hi, x - hi];
}

/** Dekker's exact product: `x*y === hi + lo` exactly (barring overflow). */
function dlMul(x: number, y: number): [number, number] {
  const [xh, xl] = dlSplit(x);
  const [yh, yl] = dlSplit(y);
  const p = xh * yh;
  const q = xh * yl + xl * yh;
  const z = p + q;
  return [z, p - z + q + xl * yl];
}

/**
 * `sqrt(sum(v*v for v in vec))` with CPython 3.11's algorithm (used by `math.hypot`,
 * `math.dist` and `abs(complex)`): scale by a power of two, square and sum exactly
 * in double-length arithmetic, then one Newton correction of the square root, so
 * results agree with CPython to the last bit (JS `Math.hypot` may be 1 ulp off).
 * `vec` holds absolute values and `max` their maximum.
 */
export function vectorNorm(vec: number[], max: number, foundNan: boolean): number {
  if (max === Infinity) return max;
  if (foundNan) return NaN;
  if (max === 0 || vec.length <= 1) return max;
  const maxE = frexpExp(max);
  if (maxE < -1023) {
    // ldexp(1.0, -maxE) would overflow: 3.11 divides by max instead (less exact)
    let sum = 1.0;
    let frac = 0.0;
    for (const v of vec) {
      const q = v / max;
      const x = q * q;
      const old = sum;
      sum += x;
      frac += old - sum + x;
    }
    return max * Math.sqrt(sum - 1.0 + frac);
  }
  const scale = 2 ** -maxE;
  let csum = 1.0;
  let frac1 = 0.0;
  let frac2 = 0.0;
  for (const v of vec) {
    const x = v * scale; // lossless scaling
    const [phi, plo] = dlMul(x, x); // lossless squaring
    const shi = csum + phi; // lossless addition (|csum| >= |phi|)
    const slo = csum - shi + phi;
    csum = shi;
    frac1 += plo;
    frac2 += slo;
  }
  let h = Math.sqrt(csum - 1.0 + (frac1 + frac2));
  const [phi, plo] = dlMul(-h, h);
  const shi = csum + phi;
  const slo = csum - shi + phi;
  csum = shi;
  frac1 += plo;
  frac2 += slo;
  const x = csum - 1.0 + (frac1 + frac2);
  h += x / (2.0 * h); // differential correction
  return h / scale;
}

/** The binary exponent `e` of C `frexp(x)` (x = m * 2**e, 0.5 <= |m| < 1) for finite nonzero x. */
function frexpExp(x: number): number {
  const a = Math.abs(x);
  let e = Math.floor(Math.log2(a)) + 1;
  // log2 may be off by one near powers of two; scale in two steps so 2**-e never overflows
  const half = Math.trunc(e / 2);
  const m = a * 2 ** -half * 2 ** -(e - half);
  if (m >= 1) e++;
  else if (m < 0.5) e--;
  return e;
}

/** `hypot` of the given coordinates (CPython 3.11 `math.hypot`): inf wins over nan. */
export function hypotN(coords: number[]): number {
  let max = 0;
  let foundNan = false;
  const abs = coords.map((c) => {
    const a = Math.abs(c);
    if (Number.isNaN(a)) foundNan = true;
    else if (a > max) max = a;
    return a;
  });
  return vectorNorm(abs, max, foundNan);
}

// --- two-argument hypot as C's libm computes it (glibc 2.35+ e_hypot.c, non-FMA build) ---

const HYPOT_SCALE = 2 ** -600;
const HYPOT_LARGE = 2 ** 511;
const HYPOT_TINY = 2 ** -511;
const HYPOT_EPS = 2 ** -54;

/** sqrt(ax² + ay²) for ax >= ay >= 0 in range, with one correction step (Borges' improved hypot). */
function hypotKernel(ax: number, ay: number): number {
  let h = Math.sqrt(ax * ax + ay * ay);
  let t1: number;
  let t2: number;
  if (h <= 2.0 * ay) {
    const d = h - ay;
    t1 = ax * (2.0 * d - ax);
    t2 = (d - 2.0 * (ax - ay)) * d;
  } else {
    const d = h - ax;
    t1 = 2.0 * d * (ax - 2.0 * ay);
    t2 = (4.0 * d - ay) * ay + d * d;
  }
  h -= (t1 + t2) / (2.0 * h);
  return h;
}

/**
 * C `hypot(x, y)` as CPython gets it from glibc on Linux: what `abs(complex)`,
 * complex `**` and cmath use (math.hypot uses {@link hypotN} instead). Agrees
 * bit-for-bit with glibc, which JS `Math.hypot` does not.
 */
export function libmHypot(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (Math.abs(x) === Infinity || Math.abs(y) === Infinity) return Infinity;
    return x + y; // nan
  }
  x = Math.abs(x);
  y = Math.abs(y);
  const ax = x < y ? y : x;
  const ay = x < y ? x : y;
  if (ax > HYPOT_LARGE) {
    if (ay <= ax * HYPOT_EPS) return ax + ay;
    return hypotKernel(ax * HYPOT_SCALE, ay * HYPOT_SCALE) / HYPOT_SCALE;
  }
  if (ay < HYPOT_TINY) {
    if (ax >= ay / HYPOT_EPS) return ax + ay;
    return hypotKernel(ax / HYPOT_SCALE, ay / HYPOT_SCALE) * HYPOT_SCALE;
  }
  if (ay <= ax * HYPOT_EPS) return ax + ay;
  return hypotKernel(ax, ay);
}
