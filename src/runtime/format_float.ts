/**
 * Float → text conversions with CPython's exact results (Python/pystrtod.c
 * `PyOS_double_to_string` and Python/dtoa.c): the shortest round-trip `repr`,
 * and correctly rounded (round-half-even on the exact binary value) 'e', 'f',
 * 'g' and 'r' conversions at any precision. Pure functions, no object model.
 */

/** Decompose a finite double into an exact rational num/den (den a power of two). */
function toRational(x: number): [bigint, bigint] {
  // x = mant * 2^exp with integer mant, found by scaling until integral.
  if (x === 0) return [0n, 1n];
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  const hi = buf.getUint32(0);
  const lo = buf.getUint32(4);
  const bexp = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (bexp === 0) e = -1074;
  else {
    mant |= 1n << 52n;
    e = bexp - 1075;
  }
  if (e >= 0) return [mant << BigInt(e), 1n];
  return [mant, 1n << BigInt(-e)];
}

const POW10: bigint[] = [1n];
function pow10(n: number): bigint {
  while (POW10.length <= n) POW10.push(POW10[POW10.length - 1] * 10n);
  return POW10[n];
}

/** round(num/den) with ties to even; num, den >= 0. */
function divRoundHalfEven(num: bigint, den: bigint): bigint {
  const q = num / den;
  const r2 = (num % den) * 2n;
  if (r2 > den || (r2 === den && (q & 1n) === 1n)) return q + 1n;
  return q;
}

/**
 * |x| scaled by 10^k and rounded half-even to an integer (x finite, k any integer).
 */
function scaledRound(ax: number, k: number): bigint {
  let [num, den] = toRational(ax);
  if (k >= 0) num *= pow10(k);
  else den *= pow10(-k);
  return divRoundHalfEven(num, den);
}

/**
 * Correctly rounded significant digits of |x| (finite, non-zero): `digits` has
 * exactly `ndigits` chars and value ≈ d1.d2d3... × 10^e.
 */
function roundSignificant(ax: number, ndigits: number): [string, number] {
  const [num, den] = toRational(ax);
  // The exact decimal exponent first (10^e <= |x| < 10^(e+1)): the log10
  // estimate can be off by one, and deciding it from rounded digits goes
  // wrong when rounding carries (1e-7 is 9.99...95e-08, not 1.0...0e-07).
  let e = Math.floor(Math.log10(ax));
  const below = (k: number) => (k >= 0 ? num < den * pow10(k) : num * pow10(-k) < den);
  while (below(e)) e -= 1;
  while (!below(e + 1)) e += 1;
  const k = ndigits - 1 - e;
  let s = (k >= 0 ? divRoundHalfEven(num * pow10(k), den) : divRoundHalfEven(num, den * pow10(-k))).toString();
  if (s.length > ndigits) {
    // rounding carried into the next power of ten: 99.96 → 1.00e2
    s = s.slice(0, ndigits);
    e += 1;
  }
  return [s, e];
}

/** Shortest round-trip digits and exponent of |x| (x finite, non-zero): value = d1.d2... × 10^e. */
export function shortestDigits(ax: number): [string, number] {
  const s = ax.toExponential(); // V8: shortest uniquely identifying digits
  const i = s.indexOf('e');
  const mant = s.slice(0, i).replace('.', '');
  return [mant, parseInt(s.slice(i + 1), 10)];
}

function expSuffix(e: number, upper: boolean): string {
  const a = Math.abs(e);
  return (upper ? 'E' : 'e') + (e < 0 ? '-' : '+') + (a < 10 ? '0' + a : String(a));
}

/** Fixed notation from digits d1d2... with exponent e (value d1.d2 × 10^e), padding with zeros. */
function placeDigits(digits: string, e: number): string {
  const pointPos = e + 1; // number of digits before the decimal point
  if (pointPos <= 0) return '0.' + '0'.repeat(-pointPos) + digits;
  if (pointPos >= digits.length) return digits + '0'.repeat(pointPos - digits.length);
  return digits.slice(0, pointPos) + '.' + digits.slice(pointPos);
}

/**
 * Python's `repr(float)` (CPython `float_repr`, format code 'r'): shortest
 * round-trip digits; scientific when the decimal exponent is < -4 or >= 16.
 * Examples: `1.0`, `-0.0`, `1e+16`, `1e-05`, `0.0001`, `inf`, `nan`.
 */
export function floatRepr(x: number): string {
  if (x !== x) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const sign = x < 0 ? '-' : '';
  const [digits, e] = shortestDigits(Math.abs(x));
  if (e < -4 || e >= 16) {
    const m = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
    return sign + m + expSuffix(e, false);
  }
  let s = placeDigits(digits, e);
  if (!s.includes('.')) s += '.0';
  return sign + s;
}

/** Options for `formatFloatDigits`. */
export interface FloatFormatOpts {
  /** '#' flag: keep trailing zeros for g, always a decimal point. */
  alt?: boolean;
  /** Add '.0' to an integral result with no exponent (CPython Py_DTSF_ADD_DOT_0). */
  addDot0?: boolean;
  upper?: boolean;
}

/**
 * Format |x| (x finite) with conversion `type` in 'e' | 'f' | 'g' | 'r' and
 * `prec` (digits after the point for e/f, significant digits for g; ignored for r).
 * Returns the text without sign. Mirrors `PyOS_double_to_string` exactly,
 * including round-half-even on the exact binary value (`'%.0f' % 2.5 == '2'`).
 * For 'r' the exponent switch is at 16 (repr); for 'g' at `prec`.
 */
export function formatFloatDigits(ax: number, type: 'e' | 'f' | 'g' | 'r', prec: number, opts: FloatFormatOpts = {}): string {
  const upper = !!opts.upper;
  let out: string;
  if (type === 'f') {
    // Fast path: JS toFixed is exact except on exact ties (where it rounds up,
    // CPython rounds half-even). x is a tie at precision p iff x*2^(p+1) is an odd integer.
    if (ax < 1e16 && prec <= 20) {
      const y = ax * 2 ** (prec + 1);
      if (!(Number.isInteger(y) && y % 2 === 1)) {
        let s = ax.toFixed(prec);
        if (prec === 0 && opts.alt) s += '.';
        return s;
      }
    }
    const n = ax === 0 ? 0n : scaledRound(ax, prec);
    let s = n.toString();
    if (prec > 0) {
      if (s.length <= prec) s = '0'.repeat(prec - s.length + 1) + s;
      s = s.slice(0, s.length - prec) + '.' + s.slice(s.length - prec);
    } else if (opts.alt) s += '.';
    out = s;
  } else if (type === 'e') {
    let digits: string;
    let e: number;
    if (ax === 0) {
      digits = '0'.repeat(prec + 1);
      e = 0;
    } else [digits, e] = roundSignificant(ax, prec + 1);
    let m = digits[0];
    if (prec > 0) m += '.' + digits.slice(1);
    else if (opts.alt) m += '.';
    out = m + expSuffix(e, upper);
  } else {
    // 'g' and 'r'
    let digits: string;
    let e: number;
    let p: number;
    if (type === 'r') {
      if (ax === 0) [digits, e] = ['0', 0];
      else [digits, e] = shortestDigits(ax);
      p = 16; // repr switches to exponent notation at 1e16
    } else {
      p = prec === 0 ? 1 : prec;
      if (ax === 0) [digits, e] = ['0'.repeat(p), 0];
      else [digits, e] = roundSignificant(ax, p);
    }
    // with add_dot_0 (format type '' with a precision) CPython switches to exponent one digit earlier
    const useExp = e < -4 || e >= (opts.addDot0 && type === 'g' ? p - 1 : p);
    if (!opts.alt || type === 'r') digits = digits.replace(/0+$/, '') || '0';
    else if (digits.length < p) digits = digits + '0'.repeat(p - digits.length);
    if (useExp) {
      let m = digits[0];
      if (digits.length > 1) m += '.' + digits.slice(1);
      else if (opts.alt) m += '.';
      out = m + expSuffix(e, upper);
    } else {
      out = placeDigits(digits, e);
      if (opts.alt && !out.includes('.')) out += '.';
    }
    if (opts.addDot0 && !/[.eE]/.test(out)) out += '.0';
    // add_dot_0 keeps a digit after the point, also when '#' already added the point.
    else if (opts.addDot0 && !useExp && out.endsWith('.')) out += '0';
  }
  return out;
}

/**
 * Full CPython `PyOS_double_to_string` behaviour for any double: handles sign,
 * inf and nan ('inf', 'nan', upper-cased with `upper`).
 */
export function doubleToString(x: number, type: 'e' | 'f' | 'g' | 'r', prec: number, opts: FloatFormatOpts = {}): string {
  if (x !== x) return opts.upper ? 'NAN' : 'nan';
  const neg = x < 0 || Object.is(x, -0);
  const ax = Math.abs(x);
  const body = ax === Infinity ? (opts.upper ? 'INF' : 'inf') : formatFloatDigits(ax, type, prec, opts);
  return (neg ? '-' : '') + body;
}
