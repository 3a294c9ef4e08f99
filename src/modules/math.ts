/**
 * The `math` module (CPython Modules/mathmodule.c) with CPython's error
 * semantics: `ValueError: math domain error` when a finite input gives NaN
 * (or an infinite result where no overflow is possible), `OverflowError: math
 * range error` on overflow; exact integer functions (factorial, gcd, lcm,
 * isqrt, comb, perm) on bigints; `fsum` exact (Shewchuk / msum).
 */
import {
  type PyValue,
  PyFloat,
  PyBuiltinFunction,
  TypeErrorType,
  ValueErrorType,
  OverflowErrorType,
  ZeroDivisionErrorType,
  newError,
  typeName,
  normInt,
  None,
  toBig,
} from '../runtime/object.js';
import { toFloat, iterToArray, binaryOp, index as pyIndex, getIter, iterNext } from '../runtime/abstract.js';
import { lookupSpecial, call } from '../runtime/attr.js';
import { parseArgs, checkPositional, oneArg } from '../runtime/args.js';
import { floatToInt, intValue } from '../runtime/int.js';
import { PyTuple } from '../runtime/tuple.js';
import { NB } from '../bytecode/opcodes.js';
import { hypotN } from '../runtime/float.js';
import { crExp, crLog, crLog2, libmPow, crAtan, crAtan2, crAsin, crAcos, crSin, crCos, crTan, crErf, crErfc } from '../runtime/dd_math.js';

/** ln for any positive double (crLog), with C's results for 0 and inf. */
const crLogAny = (x: number): number => (x > 0 && x < Infinity ? crLog(x) : Math.log(x));

const domainError = () => newError(ValueErrorType, 'math domain error');
const rangeError = () => newError(OverflowErrorType, 'math range error');
const F = (x: number) => new PyFloat(x);

/** Python int argument → bigint (`'float' object cannot be interpreted as an integer`). */
function intArg(v: PyValue): bigint {
  if (typeof v === 'number' || typeof v === 'bigint') return toBig(v);
  if (typeof v === 'boolean') return v ? 1n : 0n;
  return toBig(pyIndex(v));
}

/** CPython `math_1`: apply `f`, classify NaN/inf results as domain/range errors. */
function math1(name: string, f: (x: number) => number, canOverflow: boolean) {
  return (args: PyValue[], kw: readonly string[] | null): PyValue => {
    const x = toFloat(oneArgNamed(name, args, kw));
    const r = f(x);
    if (r !== r && x === x) throw domainError();
    if ((r === Infinity || r === -Infinity) && Number.isFinite(x)) throw canOverflow ? rangeError() : domainError();
    return F(r);
  };
}

function oneArgNamed(name: string, args: PyValue[], kw: readonly string[] | null): PyValue {
  return oneArg(name, args, kw);
}

/** log of a (possibly huge) int via frexp-style decomposition, like CPython's `loghelper`. */
function logHelper(v: PyValue, f: (x: number) => number, ln2: number): number {
  const iv = typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' ? (typeof v === 'boolean' ? (v ? 1 : 0) : v) : intValue(v);
  if (iv !== undefined) {
    if (iv <= 0) throw domainError();
    const n = Number(iv);
    if (Number.isFinite(n)) return f(n);
    const b = toBig(iv);
    const bits = b.toString(2).length;
    // x = m * 2**e with 0.5 <= m < 1
    const shift = bits - 60;
    const m = Number(b >> BigInt(shift)) / 2 ** 60;
    const e = shift + 60;
    return f(m) + e * ln2;
  }
  const x = toFloat(v);
  if (x !== x) return x;
  if (x <= 0) throw domainError();
  return f(x);
}

function log(args: PyValue[], kw: readonly string[] | null): PyValue {
  checkPositional('log', args, kw, 1, 2);
  const num = logHelper(args[0], crLog, Math.LN2);
  if (args.length === 1) return F(num);
  const den = logHelper(args[1], crLog, Math.LN2);
  if (den === 0) throw newError(ZeroDivisionErrorType, 'float division by zero');
  return F(num / den);
}

function floorCeil(name: 'floor' | 'ceil') {
  return (args: PyValue[], kw: readonly string[] | null): PyValue => {
    const v = oneArg(name, args, kw);
    if (typeof v === 'number' || typeof v === 'bigint') return v;
    if (typeof v === 'boolean') return v ? 1 : 0;
    if (v instanceof PyFloat && v.ob_type.tp_name === 'float') return floatToInt(name === 'floor' ? Math.floor(v.value) : Math.ceil(v.value));
    const m = lookupSpecial(v, `__${name}__`);
    if (m !== undefined) return call(m, [], null);
    const x = toFloat(v);
    return floatToInt(name === 'floor' ? Math.floor(x) : Math.ceil(x));
  };
}

function gcdBig(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b) [a, b] = [b, a % b];
  return a;
}

function factorialBig(n: bigint): bigint {
  // Product by binary splitting keeps the multiplications balanced (fast for big n).
  const prod = (lo: bigint, hi: bigint): bigint => {
    if (hi - lo < 16n) {
      let r = 1n;
      for (let i = lo; i <= hi; i++) r *= i;
      return r;
    }
    const mid = (lo + hi) >> 1n;
    return prod(lo, mid) * prod(mid + 1n, hi);
  };
  return n < 2n ? 1n : prod(2n, n);
}

/** Integer square root (floor) of a non-negative bigint (Newton's method). */
export function isqrtBig(n: bigint): bigint {
  if (n < 2n) return n;
  if (n < 9007199254740992n) {
    let r = BigInt(Math.floor(Math.sqrt(Number(n))));
    while (r * r > n) r--;
    while ((r + 1n) * (r + 1n) <= n) r++;
    return r;
  }
  // Newton from above: 2**ceil(bits/2) >= sqrt(n), so the iterates decrease to the floor root
  // (a float estimate can start below the root, far off for large n).
  let x = 1n << BigInt((n.toString(2).length + 1) >> 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) {
      while (x * x > n) x--;
      while ((x + 1n) * (x + 1n) <= n) x++;
      return x;
    }
    x = y;
  }
}

/** Exact sum of floats (CPython `math_fsum`: Shewchuk's partials with correct final rounding). */
export function fsum(values: number[]): number {
  const partials: number[] = [];
  let specialSum = 0;
  let infSum = 0;
  for (const xIn of values) {
    let x = xIn;
    const xsave = x;
    let i = 0;
    for (let j = 0; j < partials.length; j++) {
      let y = partials[j];
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) partials[i++] = lo;
      x = hi;
    }
    partials.length = i;
    if (x !== 0) {
      if (!Number.isFinite(x)) {
        // a nonfinite x could arise either as a result of intermediate overflow, or from an inf/nan input
        if (Number.isFinite(xsave)) throw newError(OverflowErrorType, 'intermediate overflow in fsum');
        if (xsave === Infinity || xsave === -Infinity) infSum += xsave;
        specialSum += xsave;
        partials.length = 0;
      } else partials.push(x);
    }
  }
  if (specialSum !== 0) {
    if (infSum !== infSum) throw newError(ValueErrorType, '-inf + inf in fsum');
    return specialSum;
  }
  let n = partials.length;
  let hi = 0;
  if (n > 0) {
    hi = partials[--n];
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = partials[--n];
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0) break;
    }
    // Round-half-even correction when the remaining partials push past a tie.
    if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
      const y = lo * 2;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return hi;
}

function nextafter(x: number, y: number): number {
  if (x !== x || y !== y) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  let bits = buf.getBigUint64(0);
  if ((y > x) === (x > 0)) bits += 1n;
  else bits -= 1n;
  buf.setBigUint64(0, bits);
  return buf.getFloat64(0);
}

function ulp(x: number): number {
  if (x !== x) return x;
  x = Math.abs(x);
  if (x === Infinity) return x;
  const x2 = nextafter(x, Infinity);
  if (x2 === Infinity) return x - nextafter(x, -Infinity);
  return x2 - x;
}

function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  let e = (buf.getUint16(0) >> 4) & 0x7ff;
  let m: number;
  if (e === 0) {
    // subnormal: scale up first
    buf.setFloat64(0, x * 2 ** 64);
    e = ((buf.getUint16(0) >> 4) & 0x7ff) - 64;
  }
  const exp = e - 1022;
  m = x / 2 ** exp;
  if (!Number.isFinite(m) || m === 0) m = x * 2 ** -exp;
  return [m, exp];
}

function ldexp(x: number, e: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  // Apply in steps to avoid intermediate overflow/underflow of 2**e.
  let r = x;
  while (e > 1000) {
    r *= 2 ** 1000;
    e -= 1000;
    if (!Number.isFinite(r)) return r;
  }
  while (e < -1000) {
    r *= 2 ** -1000;
    e += 1000;
    if (r === 0) return r;
  }
  return r * 2 ** e;
}

function remainder(x: number, y: number): number {
  if (x !== x) return x;
  if (y !== y) return y;
  if (!Number.isFinite(x)) throw domainError();
  if (y === Infinity || y === -Infinity) return x;
  if (y === 0) throw domainError();
  const absx = Math.abs(x);
  const absy = Math.abs(y);
  const m = absx % absy;
  const c = absy - m;
  let r: number;
  if (m < c) r = m;
  else if (m > c) r = -c;
  else r = m - 2.0 * ((0.5 * (absx - m)) % absy);
  return (x < 0 || Object.is(x, -0) ? -1 : 1) * r;
}

// Lanczos approximation (g = 6.024680040776729583740234375, n = 13), the
// published coefficients CPython's m_tgamma also uses.
const LANCZOS_G = 6.024680040776729583740234375;
const LANCZOS_NUM = [
  23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN = [0, 39916800, 120543840, 150917976, 105258076, 45995730, 13339535, 2637558, 357423, 32670, 1925, 66, 1];

function lanczosSum(x: number): number {
  let num = 0;
  let den = 0;
  if (x < 5) {
    for (let i = 12; i >= 0; i--) {
      num = num * x + LANCZOS_NUM[i];
      den = den * x + LANCZOS_DEN[i];
    }
  } else {
    for (let i = 0; i < 13; i++) {
      num = num / x + LANCZOS_NUM[i];
      den = den / x + LANCZOS_DEN[i];
    }
  }
  return num / den;
}

const GAMMA_INTEGRAL: number[] = [];
{
  let f = 1;
  for (let i = 1; i <= 23; i++) {
    GAMMA_INTEGRAL.push(f);
    f *= i;
  }
}

function sinpi(x: number): number {
  const y = Math.abs(x) % 2;
  const n = Math.round(2 * y);
  let r: number;
  switch (n) {
    case 0: r = Math.sin(Math.PI * y); break;
    case 1: r = Math.cos(Math.PI * (y - 0.5)); break;
    case 2: r = Math.sin(Math.PI * (1 - y)); break;
    case 3: r = -Math.cos(Math.PI * (y - 1.5)); break;
    default: r = Math.sin(Math.PI * (y - 2)); break;
  }
  return (x < 0 ? -1 : 1) * r;
}

function gamma(x: number): number {
  if (!Number.isFinite(x)) {
    if (x !== x || x === Infinity) return x;
    throw domainError();
  }
  if (x === 0) throw domainError();
  if (x === Math.floor(x)) {
    if (x < 0) throw domainError();
    if (x <= 23) return GAMMA_INTEGRAL[x - 1];
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return 1 / x;
  if (absx > 200) {
    if (x < 0) return 0 / sinpi(x);
    throw rangeError();
  }
  const y = absx + LANCZOS_G - 0.5;
  let q: number;
  if (absx > LANCZOS_G - 0.5) {
    q = y - absx;
    q -= LANCZOS_G - 0.5;
  } else {
    q = y - (LANCZOS_G - 0.5);
    q -= absx;
  }
  const z = q * LANCZOS_G / y;
  let r: number;
  if (x < 0) {
    r = -Math.PI / sinpi(absx) / absx * crExp(y) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140) r /= libmPow(y, absx - 0.5);
    else {
      const sqrtpow = libmPow(y, absx / 2 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczosSum(absx) / crExp(y);
    r += z * r;
    if (absx < 140) r *= libmPow(y, absx - 0.5);
    else {
      const sqrtpow = libmPow(y, absx / 2 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  if (!Number.isFinite(r)) throw rangeError();
  return r;
}

function lgamma(x: number): number {
  if (!Number.isFinite(x)) return x !== x ? x : Infinity;
  if (x === Math.floor(x) && x <= 2) {
    if (x <= 0) throw domainError();
    return 0;
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return -crLogAny(absx);
  let r = crLogAny(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (crLogAny(absx + LANCZOS_G - 0.5) - 1);
  if (x < 0) r = crLogAny(Math.PI) - crLogAny(Math.abs(sinpi(absx))) - crLogAny(absx) - r;
  if (!Number.isFinite(r)) throw rangeError();
  return r;
}

const SQRTPI = 1.772453850905516027298167483341145182798;

function erfSeries(x: number): number {
  const x2 = x * x;
  let acc = 0;
  let fk = 25 + 0.5;
  for (let i = 0; i < 25; i++) {
    acc = 2.0 + x2 * acc / fk;
    fk -= 1.0;
  }
  return acc * x * Math.exp(-x2) / SQRTPI;
}

function erfcContFrac(x: number): number {
  if (x >= 30) return 0;
  const x2 = x * x;
  let a = 0;
  let da = 0.5;
  let p = 1;
  let pLast = 0;
  let q = da + x2;
  let qLast = 1;
  for (let i = 0; i < 50; i++) {
    a += da;
    da += 2;
    const b = da + x2;
    [p, pLast] = [b * p - a * pLast, p];
    [q, qLast] = [b * q - a * qLast, q];
  }
  return p / q * x * Math.exp(-x2) / SQRTPI;
}

function erf(x: number): number {
  if (x !== x) return x;
  const absx = Math.abs(x);
  if (absx < 1.5) return erfSeries(x);
  const cf = erfcContFrac(absx);
  return x > 0 ? 1 - cf : cf - 1;
}

function erfc(x: number): number {
  if (x !== x) return x;
  const absx = Math.abs(x);
  if (absx < 1.5) return 1 - erfSeries(x);
  const cf = erfcContFrac(absx);
  return x > 0 ? cf : 2 - cf;
}

const CBRT_FACTOR = [1 / 1.5874010519681994748, 1 / 1.2599210498948731648, 1, 1.2599210498948731648, 1.5874010519681994748];
const cbrtView = new DataView(new ArrayBuffer(8));

/**
 * glibc's cbrt (sysdeps/ieee754/dbl-64/s_cbrt.c), which CPython calls: a
 * polynomial guess refined by one Halley step, not correctly rounded, and
 * different from V8's Math.cbrt in nearly half of all results.
 */
function glibcCbrt(x: number): number {
  if (!Number.isFinite(x) || x === 0) return x + x;
  // frexp(|x|): xm in [0.5, 1), |x| = xm * 2^xe
  let ax = Math.abs(x);
  let xe = 0;
  cbrtView.setFloat64(0, ax);
  if (((cbrtView.getUint32(0) >>> 20) & 0x7ff) === 0) {
    ax *= 2 ** 54;
    xe = -54;
    cbrtView.setFloat64(0, ax);
  }
  const hi = cbrtView.getUint32(0);
  xe += ((hi >>> 20) & 0x7ff) - 1022;
  cbrtView.setUint32(0, (hi & 0x800fffff) | (1022 << 20));
  const xm = cbrtView.getFloat64(0);
  const u =
    0.35489576504391984 +
    (1.508191937815849 + (-2.114994941673713 + (2.4469312256353444 + (-1.8346927748361308 + (0.7849323449766392 - 0.14526389938548637 * xm) * xm) * xm) * xm) * xm) * xm;
  const t2 = u * u * u;
  const ym = ((u * (t2 + 2 * xm)) / (2 * t2 + xm)) * CBRT_FACTOR[2 + (xe % 3)];
  const r = ym * 2 ** Math.trunc(xe / 3);
  return x < 0 ? -r : r;
}

function pow(x: number, y: number): number {
  if (x === 1 || y === 0) return 1;
  if (x !== x || y !== y) return NaN;
  if (Number.isFinite(x) && Number.isFinite(y)) {
    const r = libmPow(x, y);
    if (r !== r) throw domainError();
    if (!Number.isFinite(r)) {
      if (x === 0) throw domainError();
      throw rangeError();
    }
    return r;
  }
  if (x === -1 && !Number.isFinite(y)) return 1;
  return Math.pow(x, y);
}

const ISCLOSE_SPEC = ['a', 'b', '*', 'rel_tol?', 'abs_tol?'];
const PROD_SPEC = ['iterable', '/', '*', 'start?'];
const PERM_SPEC = ['n', 'k?', '/'];

function pyNum(v: PyValue): number {
  return toFloat(v);
}

/** The `math` module's attributes. */
export function mathModuleEntries(): [string, PyValue][] {
  const fns: [string, (a: PyValue[], k: readonly string[] | null) => PyValue][] = [
    ['sqrt', math1('sqrt', Math.sqrt, false)],
    ['exp', math1('exp', crExp, true)],
    ['exp2', math1('exp2', (x) => libmPow(2, x), true)],
    ['expm1', math1('expm1', Math.expm1, true)],
    ['cbrt', math1('cbrt', glibcCbrt, false)],
    ['sin', math1('sin', crSin, false)],
    ['cos', math1('cos', crCos, false)],
    ['tan', math1('tan', crTan, false)],
    ['asin', math1('asin', crAsin, false)],
    ['acos', math1('acos', crAcos, false)],
    ['atan', math1('atan', crAtan, false)],
    ['sinh', math1('sinh', Math.sinh, true)],
    ['cosh', math1('cosh', Math.cosh, true)],
    ['tanh', math1('tanh', Math.tanh, false)],
    ['asinh', math1('asinh', Math.asinh, false)],
    ['acosh', math1('acosh', Math.acosh, false)],
    ['atanh', math1('atanh', (x) => (Math.abs(x) >= 1 ? NaN : Math.atanh(x)), false)],
    ['fabs', math1('fabs', Math.abs, false)],
    ['erf', math1('erf', crErf, false)],
    ['erfc', math1('erfc', crErfc, false)],
    ['gamma', (a, k) => F(gamma(toFloat(oneArg('gamma', a, k))))],
    ['lgamma', (a, k) => F(lgamma(toFloat(oneArg('lgamma', a, k))))],
    ['log1p', math1('log1p', (x) => (x <= -1 ? (x === -1 ? NaN : NaN) : Math.log1p(x)), false)],
    ['degrees', (a, k) => F(toFloat(oneArg('degrees', a, k)) * (180 / Math.PI))],
    ['radians', (a, k) => F(toFloat(oneArg('radians', a, k)) * (Math.PI / 180))],
    ['log', log],
    ['log2', (a, k) => F(logHelper(oneArg('log2', a, k), crLog2, 1))],
    ['log10', (a, k) => F(logHelper(oneArg('log10', a, k), Math.log10, Math.log10(2)))], // glibc's log10 is not correctly rounded; fdlibm's agrees more often
    ['floor', floorCeil('floor')],
    ['ceil', floorCeil('ceil')],
    [
      'trunc',
      (a, k) => {
        const v = oneArg('trunc', a, k);
        if (typeof v === 'number' || typeof v === 'bigint') return v;
        if (typeof v === 'boolean') return v ? 1 : 0;
        if (v instanceof PyFloat && v.ob_type.tp_name === 'float') return floatToInt(v.value);
        const m = lookupSpecial(v, '__trunc__');
        if (m === undefined) throw newError(TypeErrorType, `type ${typeName(v)} doesn't define __trunc__ method`);
        return call(m, [], null);
      },
    ],
    [
      'pow',
      (a, k) => {
        checkPositional('pow', a, k, 2, 2);
        return F(pow(pyNum(a[0]), pyNum(a[1])));
      },
    ],
    [
      'atan2',
      (a, k) => {
        checkPositional('atan2', a, k, 2, 2);
        return F(crAtan2(pyNum(a[0]), pyNum(a[1])));
      },
    ],
    [
      'copysign',
      (a, k) => {
        checkPositional('copysign', a, k, 2, 2);
        const x = Math.abs(pyNum(a[0]));
        const y = pyNum(a[1]);
        return F(y < 0 || Object.is(y, -0) || (y !== y && signBitNaN(y)) ? -x : x);
      },
    ],
    [
      'fmod',
      (a, k) => {
        checkPositional('fmod', a, k, 2, 2);
        const x = pyNum(a[0]);
        const y = pyNum(a[1]);
        if (x !== x || y !== y) return F(NaN);
        if (!Number.isFinite(x) || y === 0) throw domainError();
        if (!Number.isFinite(y)) return F(x);
        return F(x % y);
      },
    ],
    [
      'remainder',
      (a, k) => {
        checkPositional('remainder', a, k, 2, 2);
        return F(remainder(pyNum(a[0]), pyNum(a[1])));
      },
    ],
    [
      'hypot',
      (a, k) => {
        if (k && k.length) throw newError(TypeErrorType, 'hypot() takes no keyword arguments');
        return F(hypotN(a.map(pyNum)));
      },
    ],
    [
      'dist',
      (a, k) => {
        checkPositional('dist', a, k, 2, 2);
        const p = iterToArray(a[0]).map(pyNum);
        const q = iterToArray(a[1]).map(pyNum);
        if (p.length !== q.length) throw newError(ValueErrorType, 'both points must have the same number of dimensions');
        return F(hypotN(p.map((x, i) => x - q[i])));
      },
    ],
    [
      'frexp',
      (a, k) => {
        const [m, e] = frexp(pyNum(oneArg('frexp', a, k)));
        return new PyTuple([F(m), e]);
      },
    ],
    [
      'ldexp',
      (a, k) => {
        checkPositional('ldexp', a, k, 2, 2);
        const x = pyNum(a[0]);
        const e = a[1];
        if (typeof e !== 'number' && typeof e !== 'bigint' && typeof e !== 'boolean' && intValue(e) === undefined) {
          throw newError(TypeErrorType, 'Expected an int as second argument to ldexp.');
        }
        const en = Number(typeof e === 'boolean' ? (e ? 1 : 0) : typeof e === 'object' ? intValue(e)! : e);
        const r = ldexp(x, Math.max(-100000, Math.min(100000, en)));
        if (!Number.isFinite(r) && Number.isFinite(x)) throw rangeError();
        return F(r);
      },
    ],
    [
      'modf',
      (a, k) => {
        const x = pyNum(oneArg('modf', a, k));
        if (!Number.isFinite(x)) {
          if (x !== x) return new PyTuple([F(x), F(x)]);
          return new PyTuple([F(x > 0 ? 0 : -0), F(x)]);
        }
        const ip = Math.trunc(x);
        const fp = x - ip;
        return new PyTuple([F(fp === 0 ? (x < 0 || Object.is(x, -0) ? -0 : 0) : fp), F(ip === 0 && (x < 0 || Object.is(x, -0)) ? -0 : ip)]);
      },
    ],
    ['isfinite', (a, k) => Number.isFinite(pyNum(oneArg('isfinite', a, k)))],
    [
      'isinf',
      (a, k) => {
        const x = pyNum(oneArg('isinf', a, k));
        return x === Infinity || x === -Infinity;
      },
    ],
    [
      'isnan',
      (a, k) => {
        const x = pyNum(oneArg('isnan', a, k));
        return x !== x;
      },
    ],
    [
      'isclose',
      (a, k) => {
        const p = parseArgs('isclose', a, k, ISCLOSE_SPEC);
        const x = pyNum(p[0]!);
        const y = pyNum(p[1]!);
        const rel = p[2] === undefined ? 1e-9 : pyNum(p[2]);
        const abs = p[3] === undefined ? 0 : pyNum(p[3]);
        if (rel < 0 || abs < 0) throw newError(ValueErrorType, 'tolerances must be non-negative');
        if (x === y) return true;
        if (!Number.isFinite(x) || !Number.isFinite(y)) return false;
        const diff = Math.abs(y - x);
        return diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs;
      },
    ],
    ['nextafter', (a, k) => {
      checkPositional('nextafter', a, k, 2, 2);
      return F(nextafter(pyNum(a[0]), pyNum(a[1])));
    }],
    ['ulp', (a, k) => F(ulp(pyNum(oneArg('ulp', a, k))))],
    [
      'fsum',
      (a, k) => {
        const it = getIter(oneArg('fsum', a, k));
        const xs: number[] = [];
        for (let v = iterNext(it); v !== undefined; v = iterNext(it)) xs.push(pyNum(v));
        return F(fsum(xs));
      },
    ],
    [
      'prod',
      (a, k) => {
        const p = parseArgs('prod', a, k, PROD_SPEC);
        let acc: PyValue = p[1] === undefined ? 1 : p[1];
        const it = getIter(p[0]!);
        for (let v = iterNext(it); v !== undefined; v = iterNext(it)) {
          if (typeof acc === 'number' && typeof v === 'number') {
            const r: number = acc * v;
            acc = Number.isSafeInteger(r) ? r : normInt(BigInt(acc) * BigInt(v));
          } else acc = binaryOp(acc, v, NB.MULTIPLY);
        }
        return acc;
      },
    ],
    [
      'factorial',
      (a, k) => {
        const v = oneArg('factorial', a, k);
        if (v instanceof PyFloat) throw newError(TypeErrorType, "'float' object cannot be interpreted as an integer");
        const n = intArg(v);
        if (n < 0n) throw newError(ValueErrorType, 'factorial() not defined for negative values');
        if (n > 1000000n) throw newError(OverflowErrorType, 'factorial() argument should not exceed 1000000 (tspy limit)');
        return normInt(factorialBig(n));
      },
    ],
    [
      'gcd',
      (a, k) => {
        if (k && k.length) throw newError(TypeErrorType, 'gcd() takes no keyword arguments');
        let g = 0n;
        for (const v of a) g = gcdBig(g, intArg(v));
        return normInt(g);
      },
    ],
    [
      'lcm',
      (a, k) => {
        if (k && k.length) throw newError(TypeErrorType, 'lcm() takes no keyword arguments');
        let l = 1n;
        for (const v of a) {
          const x = intArg(v);
          if (x === 0n || l === 0n) {
            l = 0n;
            continue;
          }
          l = (l / gcdBig(l, x)) * x;
          if (l < 0n) l = -l;
        }
        return normInt(l);
      },
    ],
    [
      'isqrt',
      (a, k) => {
        const n = intArg(oneArg('isqrt', a, k));
        if (n < 0n) throw newError(ValueErrorType, 'isqrt() argument must be nonnegative');
        return normInt(isqrtBig(n));
      },
    ],
    [
      'comb',
      (a, k) => {
        checkPositional('comb', a, k, 2, 2);
        const n = intArg(a[0]);
        let r = intArg(a[1]);
        if (n < 0n) throw newError(ValueErrorType, 'n must be a non-negative integer');
        if (r < 0n) throw newError(ValueErrorType, 'k must be a non-negative integer');
        if (r > n) return 0;
        if (r > n - r) r = n - r;
        let acc = 1n;
        for (let i = 1n; i <= r; i++) acc = (acc * (n - r + i)) / i;
        return normInt(acc);
      },
    ],
    [
      'perm',
      (a, k) => {
        const p = parseArgs('perm', a, k, PERM_SPEC);
        const n = intArg(p[0]!);
        if (p[1] === undefined || p[1] === None) {
          // perm(n) is factorial(n), with factorial's message
          if (n < 0n) throw newError(ValueErrorType, 'factorial() not defined for negative values');
          return normInt(factorialBig(n));
        }
        if (n < 0n) throw newError(ValueErrorType, 'n must be a non-negative integer');
        const r = intArg(p[1]);
        if (r < 0n) throw newError(ValueErrorType, 'k must be a non-negative integer');
        if (r > n) return 0;
        let acc = 1n;
        for (let i = n - r + 1n; i <= n; i++) acc *= i;
        return normInt(acc);
      },
    ],
  ];
  const out: [string, PyValue][] = fns.map(([name, f]) => [name, new PyBuiltinFunction(name, f, null, name, 'math')]);
  out.push(['pi', F(Math.PI)], ['e', F(Math.E)], ['tau', F(2 * Math.PI)], ['inf', F(Infinity)], ['nan', F(NaN)]);
  return out;
}


function signBitNaN(x: number): boolean {
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  return (buf.getUint8(0) & 0x80) !== 0;
}

