import { describe, expect, it } from 'vitest';
import { bigBitLength, divmodSmallQuotient } from '../../src/runtime/bigdiv.js';
import { intDivmod, intFloorDiv, intMod, bitLength } from '../../src/runtime/int.js';

/** A deterministic stream of big operands (xorshift), so failures reproduce. */
function* operands(seed: bigint, count: number): Generator<[bigint, bigint]> {
  let s = seed;
  const next = (): bigint => {
    s ^= (s << 13n) & 0xffffffffffffffffn;
    s ^= s >> 7n;
    s ^= (s << 17n) & 0xffffffffffffffffn;
    return s;
  };
  for (let i = 0; i < count; i++) {
    const words = 16 + Number(next() % 300n);
    let y = 0n;
    for (let w = 0; w < words; w++) y = (y << 64n) | next();
    y |= 1n << BigInt(64 * words - 1);
    const q = next() >> BigInt(Number(next() % 64n));
    const r = next() % y;
    yield [q * y + r, y];
  }
}

describe('big division with a small quotient', () => {
  it('agrees with BigInt division on magnitudes of 1000 to 20000 bits', () => {
    let fast = 0;
    for (const [x, y] of operands(0x9e3779b97f4a7c15n, 300)) {
      const got = divmodSmallQuotient(x, y);
      if (got === undefined) continue;
      fast++;
      expect(got).toEqual([x / y, x % y]);
    }
    expect(fast).toBeGreaterThan(150); // quotients of 40 bits and more are left to BigInt `/`
  });

  it('edges: exact multiples, remainder y - 1, quotient 0 and 1', () => {
    const y = (1n << 5000n) + 12345n;
    for (const x of [0n, 1n, y - 1n, y, y + 1n, 7n * y, 7n * y - 1n, 7n * y + y - 1n, (1n << 5030n) - 1n]) {
      expect(divmodSmallQuotient(x, y)).toEqual([x / y, x % y]);
    }
    const p = 1n << 6000n;
    expect(divmodSmallQuotient(p * 3n - 1n, p)).toEqual([2n, p - 1n]);
  });

  it('Python floor semantics for every sign combination', () => {
    const y0 = (1n << 4000n) + 987654321n;
    const x0 = 5n * y0 + 11n;
    for (const [x, y] of [
      [x0, y0],
      [-x0, y0],
      [x0, -y0],
      [-x0, -y0],
      [5n * y0, -y0],
      [-5n * y0, y0],
    ] as [bigint, bigint][]) {
      let q = x / y;
      let r = x % y;
      if (r !== 0n && r < 0n !== y < 0n) {
        q -= 1n;
        r += y;
      }
      expect(BigInt(intFloorDiv(x, y))).toBe(q);
      expect(BigInt(intMod(x, y))).toBe(r);
      expect(intDivmod(x, y).map((v) => BigInt(v))).toEqual([q, r]);
    }
  });

  it('falls back for a big quotient or a small divisor', () => {
    expect(divmodSmallQuotient(1n << 9000n, 1n << 2000n)).toBeUndefined();
    expect(divmodSmallQuotient(1n << 500n, 3n)).toBeUndefined();
  });
});

describe('bit length of big ints', () => {
  it('is exact around powers of two', () => {
    for (const k of [1, 2, 52, 53, 54, 63, 64, 65, 1023, 1024, 1025, 5000, 40000]) {
      const p = 1n << BigInt(k);
      expect(bigBitLength(p - 1n)).toBe(k);
      expect(bigBitLength(p)).toBe(k + 1);
      expect(bigBitLength(p + 1n)).toBe(k + 1);
      expect(bitLength(-p)).toBe(k + 1);
    }
    expect(bigBitLength(0n)).toBe(0);
  });
});
