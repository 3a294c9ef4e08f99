/**
 * Correctly rounded exp, log, log2, log10 and pow for doubles, computed in
 * double-double arithmetic (~106 bits) and rounded once. CPython calls the C
 * library, and glibc's exp/log/pow are correctly rounded in practice, while
 * JS `Math.exp`/`Math.log`/`Math.pow` (fdlibm) are off by one ulp for a few
 * percent of arguments — enough to change printed results such as `1.05 ** 7`.
 */

/** A double-double value hi + lo with |lo| <= ulp(hi)/2. */
type DD = [number, number];

function twoSum(a: number, b: number): DD {
  const s = a + b;
  const bb = s - a;
  return [s, a - (s - bb) + (b - bb)];
}

function quickTwoSum(a: number, b: number): DD {
  const s = a + b;
  return [s, b - (s - a)];
}

function split(a: number): DD {
  const t = 134217729 * a; // 2**27 + 1
  const hi = t - (t - a);
  return [hi, a - hi];
}

function twoProd(a: number, b: number): DD {
  const p = a * b;
  const [ah, al] = split(a);
  const [bh, bl] = split(b);
  return [p, ah * bh - p + ah * bl + al * bh + al * bl];
}

function ddAdd(a: DD, b: DD): DD {
  const [s, e] = twoSum(a[0], b[0]);
  const [t, f] = twoSum(a[1], b[1]);
  const [s2, e2] = quickTwoSum(s, e + t);
  return quickTwoSum(s2, e2 + f);
}

function ddMul(a: DD, b: DD): DD {
  const [p, e] = twoProd(a[0], b[0]);
  return quickTwoSum(p, e + (a[0] * b[1] + a[1] * b[0]));
}

function ddDiv(a: DD, b: DD): DD {
  const q1 = a[0] / b[0];
  const r = ddAdd(a, ddMul(b, [-q1, 0]));
  const q2 = r[0] / b[0];
  return quickTwoSum(q1, q2);
}

const LN2: DD = [0.6931471805599453, 2.3190468138462996e-17];
const LN10: DD = [2.302585092994046, -2.1707562233822494e-16];

/** 1/(2k+1) for the atanh series and 1/n! for the exp series, as double-doubles. */
const ODD_RECIP: DD[] = [];
for (let k = 0; k <= 24; k++) ODD_RECIP.push(ddDiv([1, 0], [2 * k + 1, 0]));
const FACT_RECIP: DD[] = [[1, 0]];
for (let n = 1; n <= 14; n++) FACT_RECIP.push(ddDiv(FACT_RECIP[n - 1], [n, 0]));

/** ln(x) as a double-double, for finite x > 0. */
function logDD(x: number): DD {
  let e = 0;
  if (x < 2.2250738585072014e-308) {
    x *= 2 ** 54; // subnormal: make it normal first
    e = -54;
  }
  let k = Math.floor(Math.log2(x));
  let m = x * 2 ** -k;
  // log2 can be off by one next to powers of two
  if (m >= 2) {
    m /= 2;
    k++;
  } else if (m < 1) {
    m *= 2;
    k--;
  }
  if (m > Math.SQRT2) {
    m /= 2;
    k++;
  }
  e += k;
  // ln(m) = 2 atanh(s), s = (m-1)/(m+1), |s| <= 0.1716
  const s = ddDiv([m - 1, 0], twoSum(m, 1));
  const s2 = ddMul(s, s);
  let t = ODD_RECIP[24];
  for (let i = 23; i >= 0; i--) t = ddAdd(ddMul(t, s2), ODD_RECIP[i]);
  const lnm = ddMul(ddMul(s, t), [2, 0]);
  return ddAdd(ddMul(LN2, [e, 0]), lnm);
}

/** e**z for a double-double z (|z| < ~746), as a double-double scaled by 2**k (returned separately). */
function expDD(z: DD): [DD, number] {
  const k = Math.round(z[0] / LN2[0]);
  let r = ddAdd(z, ddMul(LN2, [-k, 0]));
  r = [r[0] / 256, r[1] / 256];
  // a = e**r - 1 by Taylor series, then (1 + a)**256 by squaring a -> 2a + a²
  let a = FACT_RECIP[14];
  for (let n = 13; n >= 1; n--) a = ddAdd(ddMul(a, r), FACT_RECIP[n]);
  a = ddMul(a, r);
  for (let i = 0; i < 8; i++) a = ddAdd(ddMul(a, [2, 0]), ddMul(a, a));
  return [ddAdd([1, 0], a), k];
}

function scale2(v: DD, k: number): number {
  // two steps so neither 2**k factor overflows or underflows on its own
  const h = Math.trunc(k / 2);
  const f1 = 2 ** h;
  const f2 = 2 ** (k - h);
  if (k >= -1021) return (v[0] + v[1]) * f1 * f2;
  // subnormal result: round once, from the exact double-double
  return (v[0] * f1 * f2) + v[1] * f1 * f2;
}

/** Correctly rounded e**x (Infinity on overflow, 0 on underflow). */
export function crExp(x: number): number {
  if (x !== x) return x;
  if (x > 709.782712893384) return Infinity;
  if (x < -745.1332191019412) return 0;
  if (x === 0) return 1;
  const [v, k] = expDD([x, 0]);
  return scale2(v, k);
}

/** Correctly rounded ln(x) for finite x > 0 (callers handle 0, negatives, inf, nan). */
export function crLog(x: number): number {
  if (x === 1) return 0;
  const r = logDD(x);
  return r[0] + r[1];
}

/** Correctly rounded log2(x) for finite x > 0; exact for powers of two. */
export function crLog2(x: number): number {
  const r = ddDiv(logDD(x), LN2);
  return r[0] + r[1];
}

/** Correctly rounded log10(x) for finite x > 0. */
export function crLog10(x: number): number {
  const r = ddDiv(logDD(x), LN10);
  return r[0] + r[1];
}

/** Correctly rounded x**y for finite x > 0 and finite y (Infinity on overflow, 0 on underflow). */
export function crPow(x: number, y: number): number {
  if (x === 1 || y === 0) return 1;
  if (y === 1) return x;
  if (y === 2) return x * x;
  if (y === 0.5) return Math.sqrt(x);
  if (y === -1) return 1 / x;
  const z = ddMul(logDD(x), [y, 0]);
  if (z[0] > 709.8) return Infinity;
  if (z[0] < -745.2) return 0;
  const [v, k] = expDD(z);
  return scale2(v, k);
}

/**
 * C `pow(x, y)` for finite or infinite doubles with glibc's (correctly rounded)
 * results: negative bases with integral exponents keep the sign rule, a
 * negative base with a fractional exponent is NaN; edge cases follow C99.
 */
export function libmPow(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y) || x === 0 || x !== x || y !== y) return Math.pow(x, y);
  if (x > 0) return crPow(x, y);
  if (!Number.isInteger(y)) return NaN;
  const r = crPow(-x, y);
  return Math.abs(y) < 2 ** 53 && Math.abs(y % 2) === 1 ? -r : r;
}
