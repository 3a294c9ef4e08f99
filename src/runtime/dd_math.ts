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
for (let n = 1; n <= 30; n++) FACT_RECIP.push(ddDiv(FACT_RECIP[n - 1], [n, 0]));

// --- exp and log without allocation ---
// The hot paths (pow, exp, log) do the same double-double arithmetic as the
// DD helpers above, operation for operation (so the results are bit for bit
// the same), on scalars: each step leaves its result in H + L. The DD tuples
// cost about three quarters of the time of a call.

let H = 0;
let L = 0;

/** H + L = (ah + al) + (bh + bl), as ddAdd. */
function addS(ah: number, al: number, bh: number, bl: number): void {
  const s = ah + bh;
  const bb = s - ah;
  const e = ah - (s - bb) + (bh - bb);
  const t = al + bl;
  const bb2 = t - al;
  const f = al - (t - bb2) + (bl - bb2);
  const x = e + t;
  const s2 = s + x;
  const e2 = x - (s2 - s);
  const y = e2 + f;
  H = s2 + y;
  L = y - (H - s2);
}

/** H + L = (ah + al) * (bh + bl), as ddMul. */
function mulS(ah: number, al: number, bh: number, bl: number): void {
  const p = ah * bh;
  const ta = 134217729 * ah;
  const ahh = ta - (ta - ah);
  const ahl = ah - ahh;
  const tb = 134217729 * bh;
  const bhh = tb - (tb - bh);
  const bhl = bh - bhh;
  const e = ahh * bhh - p + ahh * bhl + ahl * bhh + ahl * bhl;
  const x = e + (ah * bl + al * bh);
  H = p + x;
  L = x - (H - p);
}

/** H + L = (ah + al) / (bh + bl), as ddDiv. */
function divS(ah: number, al: number, bh: number, bl: number): void {
  const q1 = ah / bh;
  mulS(bh, bl, -q1, 0);
  addS(ah, al, H, L);
  const q2 = H / bh;
  H = q1 + q2;
  L = q2 - (H - q1);
}

const ODD_H = Float64Array.from(ODD_RECIP, (d) => d[0]);
const ODD_L = Float64Array.from(ODD_RECIP, (d) => d[1]);
const FACT_H = Float64Array.from(FACT_RECIP, (d) => d[0]);
const FACT_L = Float64Array.from(FACT_RECIP, (d) => d[1]);

/** H + L = ln(x), for finite x > 0. */
function logS(x: number): void {
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
  const d = m + 1;
  const bb = d - m;
  const de = m - (d - bb) + (1 - bb);
  divS(m - 1, 0, d, de);
  const sh = H;
  const sl = L;
  mulS(sh, sl, sh, sl);
  const s2h = H;
  const s2l = L;
  let th = ODD_H[22];
  let tl = ODD_L[22];
  for (let i = 21; i >= 0; i--) {
    mulS(th, tl, s2h, s2l);
    addS(H, L, ODD_H[i], ODD_L[i]);
    th = H;
    tl = L;
  }
  mulS(sh, sl, th, tl);
  mulS(H, L, 2, 0);
  const lh = H;
  const ll = L;
  mulS(LN2[0], LN2[1], e, 0);
  addS(H, L, lh, ll);
}

/** H + L = e**(zh + zl) / 2**k, returning k (|z| < ~746). */
function expS(zh: number, zl: number): number {
  const k = Math.round(zh / LN2[0]);
  mulS(LN2[0], LN2[1], -k, 0);
  addS(zh, zl, H, L);
  const rh = H / 256;
  const rl = L / 256;
  // a = e**r - 1 by Taylor series, then (1 + a)**256 by squaring a -> 2a + a²
  // |r| <= 0.00136: terms past r⁹/9! are below 2**-110
  let ah = FACT_H[10];
  let al = FACT_L[10];
  for (let n = 9; n >= 1; n--) {
    mulS(ah, al, rh, rl);
    addS(H, L, FACT_H[n], FACT_L[n]);
    ah = H;
    al = L;
  }
  mulS(ah, al, rh, rl);
  ah = H;
  al = L;
  for (let i = 0; i < 8; i++) {
    mulS(ah, al, 2, 0);
    const xh = H;
    const xl = L;
    mulS(ah, al, ah, al);
    addS(xh, xl, H, L);
    ah = H;
    al = L;
  }
  addS(1, 0, ah, al);
  return k;
}

/** (hi + lo) * 2**k rounded once. */
function scale2S(hi: number, lo: number, k: number): number {
  // two steps so neither 2**k factor overflows or underflows on its own
  const h = Math.trunc(k / 2);
  const f1 = 2 ** h;
  const f2 = 2 ** (k - h);
  if (k >= -1021) return (hi + lo) * f1 * f2;
  // subnormal result: round once, from the exact double-double
  return hi * f1 * f2 + lo * f1 * f2;
}

/** e**z for a double-double z, as a double-double scaled by 2**k (returned separately). */
function expDD(z: DD): [DD, number] {
  const k = expS(z[0], z[1]);
  return [[H, L], k];
}

function scale2(v: DD, k: number): number {
  return scale2S(v[0], v[1], k);
}

/** Correctly rounded e**x (Infinity on overflow, 0 on underflow). */
export function crExp(x: number): number {
  if (x !== x) return x;
  if (x > 709.782712893384) return Infinity;
  if (x < -745.1332191019412) return 0;
  if (x === 0) return 1;
  const k = expS(x, 0);
  return scale2S(H, L, k);
}

/** Correctly rounded ln(x) for finite x > 0 (callers handle 0, negatives, inf, nan). */
export function crLog(x: number): number {
  if (x === 1) return 0;
  logS(x);
  return H + L;
}

/** Correctly rounded log2(x) for finite x > 0; exact for powers of two. */
export function crLog2(x: number): number {
  logS(x);
  divS(H, L, LN2[0], LN2[1]);
  return H + L;
}

/** Correctly rounded log10(x) for finite x > 0. */
export function crLog10(x: number): number {
  logS(x);
  divS(H, L, LN10[0], LN10[1]);
  return H + L;
}

/** Correctly rounded x**y for finite x > 0 and finite y (Infinity on overflow, 0 on underflow). */
export function crPow(x: number, y: number): number {
  if (x === 1 || y === 0) return 1;
  if (y === 1) return x;
  if (y === 2) return x * x;
  if (y === 0.5) return Math.sqrt(x);
  if (y === -1) return 1 / x;
  if (Math.abs(y) > 1e200) return Math.pow(x, y); // result is 0, 1 or inf; keeps the splitting finite
  logS(x);
  mulS(H, L, y, 0);
  const zh = H;
  if (zh > 709.8) return Infinity;
  if (zh < -745.2) return 0;
  const k = expS(zh, L);
  return scale2S(H, L, k);
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

// --- inverse trigonometric functions (glibc's are correctly rounded) ---

const PI: DD = [3.141592653589793, 1.2246467991473532e-16];
const PI_2: DD = [1.5707963267948966, 6.123233995736766e-17];

function ddSqrt(a: DD): DD {
  if (a[0] <= 0) return [0, 0];
  const s = Math.sqrt(a[0]);
  const [p, e] = twoProd(s, s);
  const r = (a[0] - p - e + a[1]) / (2 * s);
  return quickTwoSum(s, r);
}

/** atan of a double-double (any magnitude, finite), as a double-double. */
function atanDD(t: DD): DD {
  const neg = t[0] < 0;
  let a: DD = neg ? [-t[0], -t[1]] : t;
  const inv = a[0] > 1;
  if (inv) a = ddDiv([1, 0], a);
  // three halvings, atan(a) = 2 atan(a / (1 + sqrt(1 + a²))), leave |a| <= tan(pi/32)
  for (let i = 0; i < 3; i++) a = ddDiv(a, ddAdd([1, 0], ddSqrt(ddAdd([1, 0], ddMul(a, a)))));
  const a2 = ddMul(a, a);
  let s = ODD_RECIP[17];
  for (let k = 16; k >= 0; k--) {
    // s = 1/(2k+1) - a² s: the alternating series a - a³/3 + a⁵/5 - ... divided by a
    const m = ddMul(s, a2);
    s = ddAdd(ODD_RECIP[k], [-m[0], -m[1]]);
  }
  let r = ddMul(ddMul(a, s), [8, 0]);
  if (inv) r = ddAdd(PI_2, [-r[0], -r[1]]);
  return neg ? [-r[0], -r[1]] : r;
}

/** Correctly rounded atan(x). */
export function crAtan(x: number): number {
  if (!Number.isFinite(x) || x === 0 || Math.abs(x) < 1e-150) return Math.atan(x);
  if (Math.abs(x) > 1e20) return x > 0 ? PI_2[0] : -PI_2[0]; // pi/2 - 1/x rounds to pi/2
  const r = atanDD([x, 0]);
  return r[0] + r[1];
}

/** Correctly rounded atan2(y, x) for finite nonzero arguments; C99 special cases otherwise. */
export function crAtan2(y: number, x: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y) || x === 0 || y === 0) return Math.atan2(y, x);
  const q = Math.abs(y / x);
  if (!(q > 1e-150 && q < 1e150)) return Math.atan2(y, x);
  // keep the double-double splitting (which multiplies by 2**27) away from overflow and underflow
  const big = Math.max(Math.abs(x), Math.abs(y));
  if (big > 1e290) {
    y *= 2 ** -600;
    x *= 2 ** -600;
  } else if (big < 1e-290) {
    y *= 2 ** 600;
    x *= 2 ** 600;
  }
  let r = atanDD(ddDiv([y, 0], [x, 0]));
  if (x < 0) r = ddAdd(y > 0 ? PI : [-PI[0], -PI[1]], r);
  return r[0] + r[1];
}

/** Correctly rounded asin(x) for |x| <= 1 (NaN outside, like C). */
export function crAsin(x: number): number {
  if (!(Math.abs(x) < 1) || Math.abs(x) < 1e-150) return Math.asin(x);
  const [p, e] = twoProd(x, x);
  const c = ddSqrt(ddAdd([1, 0], [-p, -e]));
  const r = atanDD(ddDiv([x, 0], c));
  return r[0] + r[1];
}

/** Correctly rounded acos(x) for |x| <= 1 (NaN outside, like C). */
export function crAcos(x: number): number {
  if (!(Math.abs(x) < 1)) return Math.acos(x);
  if (Math.abs(x) < 1e-20) return PI_2[0]; // pi/2 - x rounds to pi/2
  const [p, e] = twoProd(x, x);
  const c = ddSqrt(ddAdd([1, 0], [-p, -e]));
  // acos(x) = atan2(sqrt(1 - x²), x)
  let r = atanDD(ddDiv(c, [x, 0]));
  if (x < 0) r = ddAdd(PI, r);
  return r[0] + r[1];
}

// --- sin, cos, tan (glibc's are correctly rounded) ---

/** pi/2 as a triple-double, for reducing arguments up to ~1e6 without losing bits. */
const PIO2_1 = 1.5707963267948966;
const PIO2_2 = 6.123233995736766e-17;
const PIO2_3 = -1.4973849048591698e-33;

/** x = k·(pi/2) + r with |r| <= ~pi/4; returns [r as double-double, k mod 4]. */
function reduce(x: number): [DD, number] {
  const k = Math.round(x / PIO2_1);
  let r = ddAdd(twoProd(k, -PIO2_1), [x, 0]);
  r = ddAdd(r, twoProd(k, -PIO2_2));
  r = ddAdd(r, [k * -PIO2_3, 0]);
  return [r, ((k % 4) + 4) % 4];
}

function sinCosDD(r: DD): [DD, DD] {
  const r2 = ddMul(r, r);
  // sin r = r (1 - r²/3! + r⁴/5! - ...), cos r = 1 - r²/2! + r⁴/4! - ...
  let s = FACT_RECIP[29];
  for (let n = 27; n >= 1; n -= 2) {
    const m = ddMul(s, r2);
    s = ddAdd(FACT_RECIP[n], [-m[0], -m[1]]);
  }
  s = ddMul(s, r);
  let c = FACT_RECIP[30];
  for (let n = 28; n >= 0; n -= 2) {
    const m = ddMul(c, r2);
    c = ddAdd(FACT_RECIP[n], [-m[0], -m[1]]);
  }
  return [s, c];
}

const neg = (a: DD): DD => [-a[0], -a[1]];

/** Correctly rounded sin(x) for |x| < 1e6 (larger arguments use Math.sin). */
export function crSin(x: number): number {
  if (!(Math.abs(x) < 1e6) || Math.abs(x) < 1e-150) return Math.sin(x);
  const [r, q] = reduce(x);
  const [s, c] = sinCosDD(r);
  const v = q === 0 ? s : q === 1 ? c : q === 2 ? neg(s) : neg(c);
  return v[0] + v[1];
}

/** Correctly rounded cos(x) for |x| < 1e6 (larger arguments use Math.cos). */
export function crCos(x: number): number {
  if (!(Math.abs(x) < 1e6)) return Math.cos(x);
  if (x === 0) return 1;
  const [r, q] = reduce(x);
  const [s, c] = sinCosDD(r);
  const v = q === 0 ? c : q === 1 ? neg(s) : q === 2 ? neg(c) : s;
  return v[0] + v[1];
}

/** Correctly rounded tan(x) for |x| < 1e6 (larger arguments use Math.tan). */
export function crTan(x: number): number {
  if (!(Math.abs(x) < 1e6) || Math.abs(x) < 1e-150) return Math.tan(x);
  const [r, q] = reduce(x);
  const [s, c] = sinCosDD(r);
  const v = q % 2 === 0 ? ddDiv(s, c) : neg(ddDiv(c, s));
  return v[0] + v[1];
}

// --- erf, erfc ---

const TWO_OVER_SQRTPI: DD = [1.1283791670955126, 1.533545961316588e-17];
const ONE_OVER_SQRTPI: DD = [0.5641895835477563, 7.66772980658294e-18];

/** erf(x) by its Maclaurin series, for |x| < 2.5 (double-double). */
function erfSeries(x: number): DD {
  const x2 = twoProd(x, x);
  // sum_n (-1)^n x^(2n+1) / (n! (2n+1)), terms t_n = t_{n-1} * (-x²) / n
  let t: DD = [x, 0];
  let sum: DD = [x, 0];
  for (let n = 1; n < 200; n++) {
    t = ddDiv(ddMul(t, [-x2[0], -x2[1]]), [n, 0]);
    const term = ddDiv(t, [2 * n + 1, 0]);
    sum = ddAdd(sum, term);
    if (Math.abs(term[0]) < Math.abs(sum[0]) * 1e-34) break;
  }
  return ddMul(sum, TWO_OVER_SQRTPI);
}

/** erfc(x) for x >= 2.5 by its continued fraction (modified Lentz), double-double. */
function erfcFraction(x: number): DD {
  // erfc(x) = exp(-x²)/sqrt(pi) · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + 2/(x + ...)))))
  // evaluated bottom-up with a fixed depth that converges to 2**-106 for x >= 2.5
  const depth = x < 3 ? 260 : x < 4 ? 160 : x < 6 ? 90 : 50;
  let f: DD = [x, 0];
  for (let k = depth; k >= 1; k--) f = ddAdd([x, 0], ddDiv([k / 2, 0], f));
  const x2 = twoProd(x, x);
  const [e, k] = expDD([-x2[0], -x2[1]]);
  const v = ddDiv(ddMul(e, ONE_OVER_SQRTPI), f);
  if (k < -1000) return [scale2(v, k), 0]; // (sub)normal edge: round once
  return [v[0] * 2 ** k, v[1] * 2 ** k];
}

/** erf(x), correctly rounded in all but rare cases. */
export function crErf(x: number): number {
  if (x !== x) return x;
  const ax = Math.abs(x);
  if (ax < 1e-150) return x * TWO_OVER_SQRTPI[0];
  if (ax >= 6) return x > 0 ? 1 : -1;
  if (ax < 2.5) {
    const r = erfSeries(x);
    return r[0] + r[1];
  }
  const c = erfcFraction(ax);
  const r = ddAdd([1, 0], [-c[0], -c[1]]);
  return x > 0 ? r[0] + r[1] : -(r[0] + r[1]);
}

/** erfc(x), correctly rounded in all but rare cases (0 beyond x ≈ 27.2). */
export function crErfc(x: number): number {
  if (x !== x) return x;
  if (x >= 27.3) return 0;
  if (x <= -6) return 2;
  if (x < 2.5) {
    const r = ddAdd([1, 0], neg(erfSeries(x)));
    return r[0] + r[1];
  }
  const c = erfcFraction(x);
  return c[0] + c[1];
}
