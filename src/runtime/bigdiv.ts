/**
 * Big-int helpers V8's BigInt lacks or does slowly: division whose quotient
 * is small, and bit length.
 *
 * V8 divides big BigInts about 4× slower than CPython's long division
 * (Objects/longobject.c x_divrem), and most big divisions in real programs
 * have a small quotient (spigot algorithms, `x // y` with x and y of similar
 * size, `%` reductions). Such a quotient is read off the two numbers'
 * leading bits as doubles and corrected with one multiply-by-small and a
 * subtraction, each linear and cheap in V8. Bit length has no BigInt
 * primitive at all; `toString(2)` is linear with a large constant, while a
 * right shift that leaves only the top few hundred bits costs little.
 */

/** A shift that left the divisor's top bits in range last time (operands in a loop change size slowly). */
let shiftHint = 1024;

const TWO_60 = 2 ** 60;
const TWO_900 = 2 ** 900;

/**
 * A shift `s` with `2**60 <= Number(y >> s) < 2**900`, for `y >= 2**1024`
 * (where `Number(y)` is Infinity). Probes from the last shift found.
 */
function topShift(y: bigint): number {
  let s = shiftHint;
  // Bisection bounds: a shift known to leave too many bits (Infinity) and one known to leave none.
  let lo = -1;
  let hi = -1;
  for (let i = 0; i < 64; i++) {
    const v = Number(y >> BigInt(s));
    if (v === Infinity) {
      lo = s;
      s = hi < 0 ? s + s + 1024 : (s + hi) >> 1;
    } else if (v === 0) {
      hi = s;
      s = (Math.max(lo, 0) + s) >> 1;
    } else if (v < TWO_60 || v >= TWO_900) {
      // y has about s + log2(v) bits: aim its top at bit 480 above the shift.
      s = Math.max(0, s + Math.floor(Math.log2(v)) - 480);
    } else {
      shiftHint = s;
      return s;
    }
  }
  return -1;
}

/**
 * Truncated division of magnitudes, `[x / y, x % y]` for `x >= 0n`, `y > 0n`,
 * when y is at least about 2**1024 and the quotient below 2**40; undefined
 * otherwise (the caller divides with BigInt `/`). Exact: the double estimate
 * of the quotient is off by at most a few units and corrected on the remainder.
 */
export function divmodSmallQuotient(x: bigint, y: bigint): [bigint, bigint] | undefined {
  if (Number(y) !== Infinity) return undefined;
  const s = topShift(y);
  if (s < 0) return undefined;
  const sh = BigInt(s);
  const yv = Number(y >> sh);
  const xv = Number(x >> sh);
  const qe = Math.floor(xv / yv);
  if (!(qe < 2 ** 40)) return undefined;
  let q = BigInt(qe);
  let r = x - q * y;
  for (let i = 0; r < 0n; i++) {
    if (i === 8) return undefined;
    q -= 1n;
    r += y;
  }
  for (let i = 0; r >= y; i++) {
    if (i === 8) return undefined;
    q += 1n;
    r -= y;
  }
  return [q, r];
}

/** Bit length of `x >= 0n` (int.bit_length), without converting to a string. */
export function bigBitLength(x: bigint): number {
  if (x === 0n) return 0;
  const v = Number(x);
  if (v !== Infinity) return exactFrom(x, Math.floor(Math.log2(v)) + 1);
  const s = topShift(x);
  if (s < 0) return x.toString(2).length;
  return exactFrom(x, s + Math.floor(Math.log2(Number(x >> BigInt(s)))) + 1);
}

/** Correct a bit-length estimate `n` that rounding may have put one off. */
function exactFrom(x: bigint, n: number): number {
  if (x >> BigInt(n) !== 0n) return n + 1;
  if (n > 0 && x >> BigInt(n - 1) === 0n) return n - 1;
  return n;
}
