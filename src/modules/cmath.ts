/**
 * The `cmath` module (CPython Modules/cmathmodule.c semantics, our own code):
 * complex versions of the elementary functions with CPython's branch cuts,
 * its results for infinite and NaN parts (the special-value tables below were
 * recorded from CPython 3.11, one entry per class of real × imaginary part:
 * -inf, negative, -0, +0, positive, +inf, nan), and its errors: `ValueError:
 * math domain error` where C99 signals an invalid operation or a pole,
 * `OverflowError: math range error` when a finite argument overflows.
 *
 * Finite arguments use the same formulas as CPython (Kahan's algorithms for
 * sqrt and the inverse functions, scaling near overflow and underflow); the
 * libm calls are JavaScript's `Math` functions, so a result may differ from
 * CPython's in the last bit.
 */
import {
  type PyValue,
  PyFloat,
  PyComplex,
  PyBuiltinFunction,
  ValueErrorType,
  OverflowErrorType,
  TypeErrorType,
  newError,
  typeOf,
} from '../runtime/object.js';
import { toFloat, callSpecial } from '../runtime/abstract.js';
import { parseArgs, checkPositional, oneArg, noKwargs } from '../runtime/args.js';
import { PyTuple } from '../runtime/tuple.js';
import { libmHypot } from '../runtime/float.js';
import { crAtan2 } from '../runtime/dd_math.js';

type C = [number, number];

const I = Infinity;
const N = NaN;
/** Entry computed by the function's own code (never read from the table). */
const U: C = [N, N];
/** Entry that raises ValueError (C's errno EDOM). */
const E = 'E' as const;
type Entry = C | typeof E;

/* Special-value tables indexed [class of real part][class of imaginary part]. */
const T: Record<string, Entry[][]> = {
  acos: [
    [[2.356194490192345, I], [3.141592653589793, I], [3.141592653589793, I], [3.141592653589793, -I], [3.141592653589793, -I], [2.356194490192345, -I], [N, I]],
    [[1.5707963267948966, I], U, U, U, U, [1.5707963267948966, -I], [N, N]],
    [[1.5707963267948966, I], U, [1.5707963267948966, 0], [1.5707963267948966, -0], U, [1.5707963267948966, -I], [1.5707963267948966, N]],
    [[1.5707963267948966, I], U, [1.5707963267948966, 0], [1.5707963267948966, -0], U, [1.5707963267948966, -I], [1.5707963267948966, N]],
    [[1.5707963267948966, I], U, U, U, U, [1.5707963267948966, -I], [N, N]],
    [[0.7853981633974483, I], [0, I], [0, I], [0, -I], [0, -I], [0.7853981633974483, -I], [N, I]],
    [[N, I], [N, N], [N, N], [N, N], [N, N], [N, -I], [N, N]],
  ],
  acosh: [
    [[I, -2.356194490192345], [I, -3.141592653589793], [I, -3.141592653589793], [I, 3.141592653589793], [I, 3.141592653589793], [I, 2.356194490192345], [I, N]],
    [[I, -1.5707963267948966], U, U, U, U, [I, 1.5707963267948966], [N, N]],
    [[I, -1.5707963267948966], U, [0, -1.5707963267948966], [0, 1.5707963267948966], U, [I, 1.5707963267948966], [N, N]],
    [[I, -1.5707963267948966], U, [0, -1.5707963267948966], [0, 1.5707963267948966], U, [I, 1.5707963267948966], [N, N]],
    [[I, -1.5707963267948966], U, U, U, U, [I, 1.5707963267948966], [N, N]],
    [[I, -0.7853981633974483], [I, -0], [I, -0], [I, 0], [I, 0], [I, 0.7853981633974483], [I, N]],
    [[I, N], [N, N], [N, N], [N, N], [N, N], [I, N], [N, N]],
  ],
  asinh: [
    [[-I, -0.7853981633974483], [-I, -0], [-I, -0], [-I, 0], [-I, 0], [-I, 0.7853981633974483], [-I, N]],
    [[-I, -1.5707963267948966], U, U, U, U, [-I, 1.5707963267948966], [N, N]],
    [[-I, -1.5707963267948966], U, [-0, -0], [-0, 0], U, [-I, 1.5707963267948966], [N, N]],
    [[I, -1.5707963267948966], U, [0, -0], [0, 0], U, [I, 1.5707963267948966], [N, N]],
    [[I, -1.5707963267948966], U, U, U, U, [I, 1.5707963267948966], [N, N]],
    [[I, -0.7853981633974483], [I, -0], [I, -0], [I, 0], [I, 0], [I, 0.7853981633974483], [I, N]],
    [[I, N], [N, N], [N, -0], [N, 0], [N, N], [I, N], [N, N]],
  ],
  atanh: [
    [[-0, -1.5707963267948966], [-0, -1.5707963267948966], [-0, -1.5707963267948966], [-0, 1.5707963267948966], [-0, 1.5707963267948966], [-0, 1.5707963267948966], [-0, N]],
    [[-0, -1.5707963267948966], U, U, U, U, [-0, 1.5707963267948966], [N, N]],
    [[-0, -1.5707963267948966], U, [-0, -0], [-0, 0], U, [-0, 1.5707963267948966], [-0, N]],
    [[0, -1.5707963267948966], U, [0, -0], [0, 0], U, [0, 1.5707963267948966], [0, N]],
    [[0, -1.5707963267948966], U, U, U, U, [0, 1.5707963267948966], [N, N]],
    [[0, -1.5707963267948966], [0, -1.5707963267948966], [0, -1.5707963267948966], [0, 1.5707963267948966], [0, 1.5707963267948966], [0, 1.5707963267948966], [0, N]],
    [[0, -1.5707963267948966], [N, N], [N, N], [N, N], [N, N], [0, 1.5707963267948966], [N, N]],
  ],
  cosh: [
    [E, U, [I, 0], [I, -0], U, E, [I, N]],
    [E, U, U, U, U, E, [N, N]],
    [E, U, [1.0, 0], [1.0, -0], U, E, [N, 0]],
    [E, U, [1.0, -0], [1.0, 0], U, E, [N, 0]],
    [E, U, U, U, U, E, [N, N]],
    [E, U, [I, -0], [I, 0], U, E, [I, N]],
    [[N, N], [N, N], [N, 0], [N, 0], [N, N], [N, N], [N, N]],
  ],
  exp: [
    [[0, 0], U, [0, -0], [0, 0], U, [0, 0], [0, 0]],
    [E, U, U, U, U, E, [N, N]],
    [E, U, [1.0, -0], [1.0, 0], U, E, [N, N]],
    [E, U, [1.0, -0], [1.0, 0], U, E, [N, N]],
    [E, U, U, U, U, E, [N, N]],
    [E, U, [I, -0], [I, 0], U, E, [I, N]],
    [[N, N], [N, N], [N, -0], [N, 0], [N, N], [N, N], [N, N]],
  ],
  log: [
    [[I, -2.356194490192345], [I, -3.141592653589793], [I, -3.141592653589793], [I, 3.141592653589793], [I, 3.141592653589793], [I, 2.356194490192345], [I, N]],
    [[I, -1.5707963267948966], U, U, U, U, [I, 1.5707963267948966], [N, N]],
    [[I, -1.5707963267948966], U, E, E, U, [I, 1.5707963267948966], [N, N]],
    [[I, -1.5707963267948966], U, E, E, U, [I, 1.5707963267948966], [N, N]],
    [[I, -1.5707963267948966], U, U, U, U, [I, 1.5707963267948966], [N, N]],
    [[I, -0.7853981633974483], [I, -0], [I, -0], [I, 0], [I, 0], [I, 0.7853981633974483], [I, N]],
    [[I, N], [N, N], [N, N], [N, N], [N, N], [I, N], [N, N]],
  ],
  sinh: [
    [E, U, [-I, -0], [-I, 0], U, E, [I, N]],
    [E, U, U, U, U, E, [N, N]],
    [E, U, [-0, -0], [-0, 0], U, E, [0, N]],
    [E, U, [0, -0], [0, 0], U, E, [0, N]],
    [E, U, U, U, U, E, [N, N]],
    [E, U, [I, -0], [I, 0], U, E, [I, N]],
    [[N, N], [N, N], [N, -0], [N, 0], [N, N], [N, N], [N, N]],
  ],
  sqrt: [
    [[I, -I], [0, -I], [0, -I], [0, I], [0, I], [I, I], [N, I]],
    [[I, -I], U, U, U, U, [I, I], [N, N]],
    [[I, -I], U, [0, -0], [0, 0], U, [I, I], [N, N]],
    [[I, -I], U, [0, -0], [0, 0], U, [I, I], [N, N]],
    [[I, -I], U, U, U, U, [I, I], [N, N]],
    [[I, -I], [I, -0], [I, -0], [I, 0], [I, 0], [I, I], [I, N]],
    [[I, -I], [N, N], [N, N], [N, N], [N, N], [I, I], [N, N]],
  ],
  tanh: [
    [[-1.0, 0], U, [-1.0, -0], [-1.0, 0], U, [-1.0, 0], [-1.0, 0]],
    [E, U, U, U, U, E, [N, N]],
    [E, U, [-0, -0], [-0, 0], U, E, [N, N]],
    [E, U, [0, -0], [0, 0], U, E, [N, N]],
    [E, U, U, U, U, E, [N, N]],
    [[1.0, 0], U, [1.0, -0], [1.0, 0], U, [1.0, 0], [1.0, 0]],
    [[N, N], [N, N], [N, -0], [N, 0], [N, N], [N, N], [N, N]],
  ],
  rect: [
    [E, U, [-I, 0], [-I, -0], U, E, [I, N]],
    [E, U, U, U, U, E, [N, N]],
    [[0, 0], U, [-0, 0], [-0, -0], U, [0, 0], [0, 0]],
    [[0, 0], U, [0, -0], [0, 0], U, [0, 0], [0, 0]],
    [E, U, U, U, U, E, [N, N]],
    [E, U, [I, -0], [I, 0], U, E, [I, N]],
    [[N, N], [N, N], [N, 0], [N, 0], [N, N], [N, N], [N, N]],
  ],

};

const DBL_MAX = Number.MAX_VALUE;
const DBL_MIN = 2.2250738585072014e-308;
const LARGE = DBL_MAX / 4;
const SQRT_LARGE = Math.sqrt(LARGE);
const LOG_LARGE = Math.log(LARGE);
const SQRT_DBL_MIN = Math.sqrt(DBL_MIN);
const SCALE_UP = 53;
const SCALE_DOWN = -27;
const LN2 = 0.6931471805599453094;
const LN10 = 2.302585092994045684;

const EDOM = 1;
const ERANGE = 2;
/** C's errno for the current call (0, EDOM or ERANGE). */
let errno = 0;

const finite = Number.isFinite;
const isInf = (x: number) => x === Infinity || x === -Infinity;
/** C copysign, honouring the sign of zero and of NaN (JS NaNs are taken as positive). */
function copysign(x: number, y: number): number {
  const neg = y < 0 || Object.is(y, -0);
  return neg ? -Math.abs(x) : Math.abs(x);
}
const ldexp = (x: number, e: number) => x * 2 ** e;

function specialClass(d: number): number {
  if (finite(d)) {
    if (d !== 0) return d > 0 ? 4 : 1;
    return Object.is(d, -0) ? 2 : 3;
  }
  if (d !== d) return 6;
  return d > 0 ? 5 : 0;
}

/** The table entry for a non-finite z (sets errno for an 'E' entry). */
function special(name: string, z: C): C {
  const e = T[name][specialClass(z[0])][specialClass(z[1])];
  if (e === E) {
    errno = EDOM;
    return [N, N];
  }
  errno = 0;
  return e;
}

const nonFinite = (z: C) => !finite(z[0]) || !finite(z[1]);

function cSqrt(z: C): C {
  if (nonFinite(z)) return special('sqrt', z);
  const [re, im] = z;
  if (re === 0 && im === 0) return [0, im];
  let ax = Math.abs(re);
  const ay = Math.abs(im);
  let s: number;
  if (ax < DBL_MIN && ay < DBL_MIN) {
    ax = ldexp(ax, SCALE_UP);
    s = ldexp(Math.sqrt(ax + libmHypot(ax, ldexp(ay, SCALE_UP))), SCALE_DOWN);
  } else {
    ax /= 8;
    s = 2 * Math.sqrt(ax + libmHypot(ax, ay / 8));
  }
  const d = ay / (2 * s);
  errno = 0;
  return re >= 0 ? [s, copysign(d, im)] : [d, copysign(s, im)];
}

function cAcos(z: C): C {
  if (nonFinite(z)) return special('acos', z);
  const [re, im] = z;
  let r: C;
  if (Math.abs(re) > LARGE || Math.abs(im) > LARGE) {
    const l = Math.log(libmHypot(re / 2, im / 2)) + LN2 * 2;
    r = [crAtan2(Math.abs(im), re), re < 0 ? -copysign(l, im) : copysign(l, -im)];
  } else {
    const s1 = cSqrt([1 - re, -im]);
    const s2 = cSqrt([1 + re, im]);
    r = [2 * crAtan2(s1[0], s2[0]), Math.asinh(s2[0] * s1[1] - s2[1] * s1[0])];
  }
  errno = 0;
  return r;
}

function cAcosh(z: C): C {
  if (nonFinite(z)) return special('acosh', z);
  const [re, im] = z;
  let r: C;
  if (Math.abs(re) > LARGE || Math.abs(im) > LARGE) {
    r = [Math.log(libmHypot(re / 2, im / 2)) + LN2 * 2, crAtan2(im, re)];
  } else {
    const s1 = cSqrt([re - 1, im]);
    const s2 = cSqrt([re + 1, im]);
    r = [Math.asinh(s1[0] * s2[0] + s1[1] * s2[1]), 2 * crAtan2(s1[1], s2[0])];
  }
  errno = 0;
  return r;
}

function cAsinh(z: C): C {
  if (nonFinite(z)) return special('asinh', z);
  const [re, im] = z;
  let r: C;
  if (Math.abs(re) > LARGE || Math.abs(im) > LARGE) {
    const l = Math.log(libmHypot(re / 2, im / 2)) + LN2 * 2;
    r = [im >= 0 ? copysign(l, re) : -copysign(l, -re), crAtan2(im, Math.abs(re))];
  } else {
    const s1 = cSqrt([1 + im, -re]);
    const s2 = cSqrt([1 - im, re]);
    r = [Math.asinh(s1[0] * s2[1] - s2[0] * s1[1]), crAtan2(im, s1[0] * s2[0] - s1[1] * s2[1])];
  }
  errno = 0;
  return r;
}

function cAsin(z: C): C {
  const s = cAsinh([-z[1], z[0]]);
  return [s[1], -s[0]];
}

function cAtanh(z: C): C {
  if (nonFinite(z)) return special('atanh', z);
  const [re, im] = z;
  if (re < 0) {
    const r = cAtanh([-re, -im]);
    return [-r[0], -r[1]];
  }
  const ay = Math.abs(im);
  let r: C;
  if (re > SQRT_LARGE || ay > SQRT_LARGE) {
    const h = libmHypot(re / 2, im / 2);
    r = [re / 4 / h / h, -copysign(Math.PI / 2, -im)];
    errno = 0;
  } else if (re === 1 && ay < SQRT_DBL_MIN) {
    if (ay === 0) {
      r = [I, im];
      errno = EDOM;
    } else {
      r = [-Math.log(Math.sqrt(ay) / Math.sqrt(libmHypot(ay, 2))), copysign(crAtan2(2, -ay) / 2, im)];
      errno = 0;
    }
  } else {
    r = [
      Math.log1p((4 * re) / ((1 - re) * (1 - re) + ay * ay)) / 4,
      -crAtan2(-2 * im, (1 - re) * (1 + re) - ay * ay) / 2,
    ];
    errno = 0;
  }
  return r;
}

function cAtan(z: C): C {
  const s = cAtanh([-z[1], z[0]]);
  return [s[1], -s[0]];
}

function rangeCheck(r: C): C {
  errno = isInf(r[0]) || isInf(r[1]) ? ERANGE : 0;
  return r;
}

function cCosh(z: C): C {
  const [re, im] = z;
  if (nonFinite(z)) {
    let r: C;
    if (isInf(re) && finite(im) && im !== 0) {
      r = re > 0 ? [copysign(I, Math.cos(im)), copysign(I, Math.sin(im))] : [copysign(I, Math.cos(im)), -copysign(I, Math.sin(im))];
      errno = 0;
    } else r = special('cosh', z);
    return r;
  }
  if (Math.abs(re) > LOG_LARGE) {
    const x1 = re - copysign(1, re);
    return rangeCheck([Math.cos(im) * Math.cosh(x1) * Math.E, Math.sin(im) * Math.sinh(x1) * Math.E]);
  }
  return rangeCheck([Math.cos(im) * Math.cosh(re), Math.sin(im) * Math.sinh(re)]);
}

function cCos(z: C): C {
  return cCosh([-z[1], z[0]]);
}

function cSinh(z: C): C {
  const [re, im] = z;
  if (nonFinite(z)) {
    let r: C;
    if (isInf(re) && finite(im) && im !== 0) {
      r = re > 0 ? [copysign(I, Math.cos(im)), copysign(I, Math.sin(im))] : [-copysign(I, Math.cos(im)), copysign(I, Math.sin(im))];
      errno = 0;
    } else r = special('sinh', z);
    return r;
  }
  if (Math.abs(re) > LOG_LARGE) {
    const x1 = re - copysign(1, re);
    return rangeCheck([Math.cos(im) * Math.sinh(x1) * Math.E, Math.sin(im) * Math.cosh(x1) * Math.E]);
  }
  return rangeCheck([Math.cos(im) * Math.sinh(re), Math.sin(im) * Math.cosh(re)]);
}

function cSin(z: C): C {
  const s = cSinh([-z[1], z[0]]);
  return [s[1], -s[0]];
}

function cTanh(z: C): C {
  const [re, im] = z;
  if (nonFinite(z)) {
    if (isInf(re) && finite(im) && im !== 0) {
      errno = 0;
      return [re > 0 ? 1 : -1, copysign(0, 2 * Math.sin(im) * Math.cos(im))];
    }
    return special('tanh', z);
  }
  errno = 0;
  if (Math.abs(re) > LOG_LARGE) {
    return [copysign(1, re), 4 * Math.sin(im) * Math.cos(im) * Math.exp(-2 * Math.abs(re))];
  }
  const tx = Math.tanh(re);
  const ty = Math.tan(im);
  const cx = 1 / Math.cosh(re);
  const txty = tx * ty;
  const denom = 1 + txty * txty;
  return [(tx * (1 + ty * ty)) / denom, ((ty / denom) * cx) * cx];
}

function cTan(z: C): C {
  const s = cTanh([-z[1], z[0]]);
  return [s[1], -s[0]];
}

function cExp(z: C): C {
  const [re, im] = z;
  if (nonFinite(z)) {
    if (isInf(re) && finite(im) && im !== 0) {
      errno = 0;
      return re > 0 ? [copysign(I, Math.cos(im)), copysign(I, Math.sin(im))] : [copysign(0, Math.cos(im)), copysign(0, Math.sin(im))];
    }
    return special('exp', z);
  }
  if (re > LOG_LARGE) {
    const l = Math.exp(re - 1);
    return rangeCheck([l * Math.cos(im) * Math.E, l * Math.sin(im) * Math.E]);
  }
  const l = Math.exp(re);
  return rangeCheck([l * Math.cos(im), l * Math.sin(im)]);
}

function cLog(z: C): C {
  if (nonFinite(z)) return special('log', z);
  const [re, im] = z;
  const ax = Math.abs(re);
  const ay = Math.abs(im);
  let real: number;
  if (ax > LARGE || ay > LARGE) real = Math.log(libmHypot(ax / 2, ay / 2)) + LN2;
  else if (ax < DBL_MIN && ay < DBL_MIN) {
    if (ax > 0 || ay > 0) real = Math.log(libmHypot(ldexp(ax, 53), ldexp(ay, 53))) - 53 * LN2;
    else {
      errno = EDOM;
      return [-I, crAtan2(im, re)];
    }
  } else {
    const h = libmHypot(ax, ay);
    if (0.71 <= h && h <= 1.73) {
      const am = ax > ay ? ax : ay;
      const an = ax > ay ? ay : ax;
      real = Math.log1p((am - 1) * (am + 1) + an * an) / 2;
    } else real = Math.log(h);
  }
  errno = 0;
  return [real, crAtan2(im, re)];
}

/** Complex division as CPython's `_Py_c_quot` (division by zero sets errno EDOM). */
function cQuot(a: C, b: C): C {
  const abr = Math.abs(b[0]);
  const abi = Math.abs(b[1]);
  if (abr >= abi) {
    if (abr === 0) {
      errno = EDOM;
      return [0, 0];
    }
    const ratio = b[1] / b[0];
    const denom = b[0] + b[1] * ratio;
    return [(a[0] + a[1] * ratio) / denom, (a[1] - a[0] * ratio) / denom];
  }
  if (abi >= abr) {
    const ratio = b[0] / b[1];
    const denom = b[0] * ratio + b[1];
    return [(a[0] * ratio + a[1]) / denom, (a[1] * ratio - a[0]) / denom];
  }
  return [N, N];
}

/** `abs(z)` as CPython's `_Py_c_abs` (overflow of a finite z sets errno ERANGE). */
function cAbs(z: C): number {
  const [re, im] = z;
  if (nonFinite(z)) {
    errno = 0;
    if (isInf(re)) return Math.abs(re);
    if (isInf(im)) return Math.abs(im);
    return N;
  }
  const r = libmHypot(re, im);
  errno = isInf(r) ? ERANGE : 0;
  return r;
}

/** Python number → complex parts (complex, `__complex__`, then float conversion). */
function complexArg(v: PyValue): C {
  if (v instanceof PyComplex) return [v.real, v.imag];
  if (typeof v === 'object' && !(v instanceof PyFloat)) {
    const r = callSpecial(v, '__complex__', []);
    if (r !== undefined) {
      if (r instanceof PyComplex) return [r.real, r.imag];
      throw newError(TypeErrorType, `__complex__ returned non-complex (type ${typeOf(r).tp_name})`);
    }
  }
  return [toFloat(v), 0];
}

function raiseErrno(): void {
  if (errno === EDOM) throw newError(ValueErrorType, 'math domain error');
  if (errno === ERANGE) throw newError(OverflowErrorType, 'math range error');
}

const cx = (r: C) => new PyComplex(r[0], r[1]);
type Fn = (a: PyValue[], k: readonly string[] | null) => PyValue;

/** A one-argument complex function with errno → ValueError/OverflowError. */
function unary(name: string, f: (z: C) => C): Fn {
  return (a, k) => {
    const z = complexArg(oneArg(`cmath.${name}`, a, k));
    errno = 0;
    const r = f(z);
    raiseErrno();
    return cx(r);
  };
}

const ISCLOSE_SPEC = ['a', 'b', '*', 'rel_tol?', 'abs_tol?'];

/** `cmath.log(x[, base])`: natural log, or log(x)/log(base) by complex division. */
function logFn(a: PyValue[], k: readonly string[] | null): PyValue {
  if (k && k.length) noKwargs('cmath.log', k);
  checkPositional('log', a, k, 1, 2);
  errno = 0;
  let x = cLog(complexArg(a[0]));
  if (a.length > 1) {
    const y = cLog(complexArg(a[1]));
    x = cQuot(x, y);
  }
  raiseErrno();
  return cx(x);
}

/** `cmath.rect(r, phi)`: the complex number with modulus r and phase phi. */
function rectFn(a: PyValue[], k: readonly string[] | null): PyValue {
  if (k && k.length) noKwargs('cmath.rect', k);
  checkPositional('rect', a, k, 2, 2);
  const r = toFloat(a[0]);
  const phi = toFloat(a[1]);
  errno = 0;
  let z: C;
  if (!finite(r) || !finite(phi)) {
    if (isInf(r) && finite(phi) && phi !== 0) {
      z = r > 0 ? [copysign(I, Math.cos(phi)), copysign(I, Math.sin(phi))] : [-copysign(I, Math.cos(phi)), -copysign(I, Math.sin(phi))];
    } else z = special('rect', [r, phi]);
  } else if (phi === 0) z = [r, r * phi];
  else z = [r * Math.cos(phi), r * Math.sin(phi)];
  raiseErrno();
  return cx(z);
}

/** The `cmath` module's attributes. */
export function cmathModuleEntries(): [string, PyValue][] {
  const fns: [string, Fn][] = [
    ['sqrt', unary('sqrt', cSqrt)],
    ['exp', unary('exp', cExp)],
    ['log10', unary('log10', (z) => {
      const r = cLog(z);
      return [r[0] / LN10, r[1] / LN10];
    })],
    ['acos', unary('acos', cAcos)],
    ['asin', unary('asin', cAsin)],
    ['atan', unary('atan', cAtan)],
    ['acosh', unary('acosh', cAcosh)],
    ['asinh', unary('asinh', cAsinh)],
    ['atanh', unary('atanh', cAtanh)],
    ['cos', unary('cos', cCos)],
    ['sin', unary('sin', cSin)],
    ['tan', unary('tan', cTan)],
    ['cosh', unary('cosh', cCosh)],
    ['sinh', unary('sinh', cSinh)],
    ['tanh', unary('tanh', cTanh)],
    ['log', logFn],
    ['rect', rectFn],
    ['phase', (a, k) => {
      const z = complexArg(oneArg('cmath.phase', a, k));
      return new PyFloat(crAtan2(z[1], z[0]));
    }],
    ['polar', (a, k) => {
      const z = complexArg(oneArg('cmath.polar', a, k));
      const phi = crAtan2(z[1], z[0]);
      errno = 0;
      const r = cAbs(z);
      raiseErrno();
      return new PyTuple([new PyFloat(r), new PyFloat(phi)]);
    }],
    ['isfinite', (a, k) => {
      const z = complexArg(oneArg('cmath.isfinite', a, k));
      return finite(z[0]) && finite(z[1]);
    }],
    ['isinf', (a, k) => {
      const z = complexArg(oneArg('cmath.isinf', a, k));
      return isInf(z[0]) || isInf(z[1]);
    }],
    ['isnan', (a, k) => {
      const z = complexArg(oneArg('cmath.isnan', a, k));
      return z[0] !== z[0] || z[1] !== z[1];
    }],
    ['isclose', (a, k) => {
      const p = parseArgs('isclose', a, k, ISCLOSE_SPEC);
      const x = complexArg(p[0]!);
      const y = complexArg(p[1]!);
      const rel = p[2] === undefined ? 1e-9 : toFloat(p[2]);
      const abs = p[3] === undefined ? 0 : toFloat(p[3]);
      if (rel < 0 || abs < 0) throw newError(ValueErrorType, 'tolerances must be non-negative');
      if (x[0] === y[0] && x[1] === y[1]) return true;
      if (isInf(x[0]) || isInf(x[1]) || isInf(y[0]) || isInf(y[1])) return false;
      const diff = libmHypot(y[0] - x[0], y[1] - x[1]);
      return diff <= rel * libmHypot(y[0], y[1]) || diff <= rel * libmHypot(x[0], x[1]) || diff <= abs;
    }],
  ];
  const out: [string, PyValue][] = fns.map(([name, f]) => [name, new PyBuiltinFunction(name, f, null, name, 'cmath')]);
  out.push(
    ['pi', new PyFloat(Math.PI)],
    ['e', new PyFloat(Math.E)],
    ['tau', new PyFloat(2 * Math.PI)],
    ['inf', new PyFloat(I)],
    ['nan', new PyFloat(N)],
    ['infj', new PyComplex(0, I)],
    ['nanj', new PyComplex(0, N)],
  );
  return out;
}
