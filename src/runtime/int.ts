/**
 * `int` (CPython Objects/longobject.c). Values are JS numbers while safe and
 * bigints beyond (always normalised with `normInt`); instances of user
 * subclasses of int are `PyIntSubclass` objects carrying the value.
 * Arithmetic follows Python: floor division and modulo take the divisor's
 * sign, true division is correctly rounded, `**` with a negative exponent
 * gives a float, shifts reject negative counts.
 */
import { NB } from '../bytecode/opcodes.js';
import {
  type PyValue,
  PyObject,
  PyType,
  PyFloat,
  IntType,
  StrType,
  BoolType,
  None,
  NotImplemented,
  TypeErrorType,
  ValueErrorType,
  ZeroDivisionErrorType,
  OverflowErrorType,
  MemoryErrorType,
  newError,
  normInt,
  toBig,
  typeOf,
  defineMethods,
  defineGetSet,
  defineClassMethods,
  BytesType,
  ByteArrayType,
} from './object.js';
import { parseArgs } from './args.js';
import { requireNoArgs } from './iterbase.js';
import { callSpecial, isTrue, iterToArray, index as pyIndex, repr as pyRepr } from './abstract.js';
import { floatPow, newFloat, floatValue } from './float.js';
import { PyTuple } from './tuple.js';
import { PyStrSubclass } from './str.js';
import { newBytes, bytesOf } from './bytes.js';
import { bigBitLength, divmodSmallQuotient } from './bigdiv.js';

const MAX_SAFE = 9007199254740991;

/** An instance of a user subclass of int (`class MyInt(int)`): the int value plus the object's type and dict. */
export class PyIntSubclass extends PyObject {
  constructor(type: PyType, public readonly value: number | bigint) {
    super();
    this.ob_type = type;
  }
}

/** The int value of an int, bool or int-subclass instance; undefined for anything else. */
export function intValue(v: PyValue): number | bigint | undefined {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return v;
    case 'boolean':
      return v ? 1 : 0;
    case 'string':
      return undefined;
  }
  if (v instanceof PyIntSubclass) return v.value;
  return undefined;
}

function selfInt(v: PyValue, name: string): number | bigint {
  const iv = intValue(v);
  if (iv === undefined) {
    throw newError(TypeErrorType, `descriptor '${name}' requires a 'int' object but received a '${typeOf(v).tp_name}'`);
  }
  return iv;
}

/** sys.get_int_max_str_digits(): 0 means no limit (CPython _PY_LONG_DEFAULT_MAX_STR_DIGITS is 4300). */
let maxStrDigits = 4300;
/** Current int<->decimal-string digit limit. */
export function getMaxStrDigits(): number {
  return maxStrDigits;
}
/** sys.set_int_max_str_digits(n): 0 (no limit) or at least 640 (the check threshold). */
export function setMaxStrDigits(n: number): void {
  if (n !== 0 && n < 640) throw newError(ValueErrorType, 'maxdigits must be 0 or larger than 640');
  maxStrDigits = n;
}

/** Decimal text of an int; CPython's int_max_str_digits limit applies (ValueError). */
export function intRepr(v: number | bigint): string {
  const s = v.toString();
  if (typeof v === 'bigint' && maxStrDigits > 0 && s.length > maxStrDigits + (v < 0n ? 1 : 0)) {
    throw newError(
      ValueErrorType,
      `Exceeds the limit (${maxStrDigits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`,
    );
  }
  return s;
}

const HASH_MODULUS = (1n << 61n) - 1n;
/** Python's int hash: |v| mod 2**61-1 with v's sign, -1 → -2 (CPython long_hash). */
export function intHash(v: number | bigint): number | bigint {
  if (typeof v === 'number') return v === -1 ? -2 : v;
  let h = (v < 0n ? -v : v) % HASH_MODULUS;
  if (v < 0n) h = -h;
  if (h === -1n) h = -2n;
  return normInt(h);
}

/** Three-way compare of two ints (number/bigint mixes compare correctly in JS). */
export function intCompare(a: number | bigint, b: number | bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** int → float (CPython PyLong_AsDouble): correctly rounded, `OverflowError: int too large to convert to float`. */
export function intToFloat(v: number | bigint): number {
  if (typeof v === 'number') return v;
  const x = Number(v);
  if (!Number.isFinite(x)) throw newError(OverflowErrorType, 'int too large to convert to float');
  return x;
}

/** Bit length of |v|. */
export function bitLength(v: number | bigint): number {
  if (typeof v === 'number') {
    const a = Math.abs(v);
    if (a < 0x80000000) return 32 - Math.clz32(a);
    return a.toString(2).length;
  }
  return bigBitLength(v < 0n ? -v : v);
}

function zeroDiv(msg: string): never {
  throw newError(ZeroDivisionErrorType, msg);
}

/** Floor division and modulo on ints, Python semantics: [q, r] with r taking b's sign. */
export function intDivmod(a: number | bigint, b: number | bigint): [number | bigint, number | bigint] {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) zeroDiv('integer division or modulo by zero');
    const q = Math.floor(a / b);
    let r = a % b;
    if (r !== 0 && r < 0 !== b < 0) r += b;
    if (q >= -MAX_SAFE && q <= MAX_SAFE) return [q + 0, r + 0];
  }
  const x = toBig(a);
  const y = toBig(b);
  if (y === 0n) zeroDiv('integer division or modulo by zero');
  const [q, r] = bigFloorDivmod(x, y);
  return [normInt(q), normInt(r)];
}

/**
 * Python floor division and modulo of bigints, `[x // y, x % y]` with the
 * remainder taking y's sign; y is nonzero. A small quotient of big operands
 * goes through `divmodSmallQuotient` (V8's BigInt division is slow there).
 */
function bigFloorDivmod(x: bigint, y: bigint): [bigint, bigint] {
  const nx = x < 0n;
  const ny = y < 0n;
  const ay = ny ? -y : y;
  const fast = divmodSmallQuotient(nx ? -x : x, ay);
  if (fast !== undefined) {
    const [q, r] = fast;
    if (nx === ny) return [q, ny ? -r : r];
    if (r === 0n) return [-q, 0n];
    return [-q - 1n, ny ? r - ay : ay - r];
  }
  let q = x / y;
  let r = x - q * y;
  if (r !== 0n && r < 0n !== ny) {
    q -= 1n;
    r += y;
  }
  return [q, r];
}

/** a // b on ints (one big division when the signs agree). */
export function intFloorDiv(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) zeroDiv('integer division or modulo by zero');
    return Math.floor(a / b) + 0;
  }
  const x = toBig(a);
  const y = toBig(b);
  if (y === 0n) zeroDiv('integer division or modulo by zero');
  if (typeof a === 'bigint' && typeof b === 'bigint') return normInt(bigFloorDivmod(x, y)[0]);
  let q = x / y;
  if (x < 0n !== y < 0n && q * y !== x) q -= 1n;
  return normInt(q);
}

/** a % b on ints (sign of the divisor). */
export function intMod(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) zeroDiv('integer modulo by zero');
    let r = a % b;
    if (r !== 0 && r < 0 !== b < 0) r += b;
    return r + 0;
  }
  const x = toBig(a);
  const y = toBig(b);
  if (y === 0n) zeroDiv('integer modulo by zero');
  if (typeof a === 'bigint' && typeof b === 'bigint') return normInt(bigFloorDivmod(x, y)[1]);
  let r = x % y;
  if (r !== 0n && r < 0n !== y < 0n) r += y;
  return normInt(r);
}

/** Correctly rounded int / int (CPython long_true_divide). */
export function intTrueDiv(a: number | bigint, b: number | bigint): number {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) zeroDiv('division by zero');
    return a / b;
  }
  let x = toBig(a);
  let y = toBig(b);
  if (y === 0n) zeroDiv('division by zero');
  if (x === 0n) return y < 0n ? -0 : 0;
  const neg = x < 0n !== y < 0n;
  if (x < 0n) x = -x;
  if (y < 0n) y = -y;
  const e = bitLength(x) - bitLength(y);
  if (e > 1025) throw newError(OverflowErrorType, 'integer division result too large for a float');
  if (e < -1100) return neg ? -0 : 0;
  const shift = 55 - e;
  let q: bigint;
  let r: bigint;
  if (shift >= 0) {
    const n = x << BigInt(shift);
    q = n / y;
    r = n % y;
  } else {
    const d = y << BigInt(-shift);
    q = x / d;
    r = x % d;
  }
  if (r !== 0n) q |= 1n;
  // q has 55..57 bits with a sticky low bit, so Number(q) rounds exactly once, half-even.
  let res = Number(q);
  // scale by 2**-shift in two steps to avoid intermediate overflow/underflow
  const s1 = Math.trunc(-shift / 2);
  const s2 = -shift - s1;
  res = res * Math.pow(2, s1) * Math.pow(2, s2);
  if (!Number.isFinite(res)) throw newError(OverflowErrorType, 'integer division result too large for a float');
  return neg ? -res : res;
}

/** a ** b for ints with b >= 0. */
function intPowNonNeg(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === 'number' && typeof b === 'number') {
    if (a === 1 || b === 0) return 1;
    if (a === 0) return 0;
    if (a === -1) return b % 2 === 0 ? 1 : -1;
    if (b < 64) {
      let r = 1;
      let base = a;
      let e = b;
      let ok = true;
      while (e > 0) {
        if (e & 1) {
          r *= base;
          if (r > MAX_SAFE || r < -MAX_SAFE) {
            ok = false;
            break;
          }
        }
        e >>= 1;
        if (e > 0) {
          base *= base;
          if (base > MAX_SAFE) {
            ok = false;
            break;
          }
        }
      }
      if (ok) return r;
    }
  }
  const x = toBig(a);
  if (x === 0n || x === 1n) return normInt(x);
  if (x === -1n) return toBig(b) % 2n === 0n ? 1 : -1;
  if (typeof b === 'bigint' || b > 0x7fffffff) throw newError(MemoryErrorType);
  try {
    return normInt(x ** BigInt(b));
  } catch {
    throw newError(MemoryErrorType);
  }
}

/** Modular exponentiation (3-arg pow) with Python's sign rules and modular inverse for negative exponents. */
export function intPowMod(a: number | bigint, b: number | bigint, m: number | bigint): number | bigint {
  let mod = toBig(m);
  if (mod === 0n) throw newError(ValueErrorType, 'pow() 3rd argument cannot be 0');
  const negMod = mod < 0n;
  if (negMod) mod = -mod;
  let base = toBig(a) % mod;
  if (base < 0n) base += mod;
  let e = toBig(b);
  if (e < 0n) {
    base = modInverse(base, mod);
    e = -e;
  }
  let r = 1n % mod;
  while (e > 0n) {
    if (e & 1n) r = (r * base) % mod;
    base = (base * base) % mod;
    e >>= 1n;
  }
  if (negMod && r !== 0n) r -= mod;
  return normInt(r);
}

function modInverse(a: bigint, m: bigint): bigint {
  let [oldR, r] = [a, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) throw newError(ValueErrorType, 'base is not invertible for the given modulus');
  let inv = oldS % m;
  if (inv < 0n) inv += m;
  return inv;
}

/** int ** int: negative exponents give a float (CPython long_pow). */
export function intPow(a: number | bigint, b: number | bigint): PyValue {
  if (b < 0) {
    return newFloat(floatPow(intToFloat(a), intToFloat(b)));
  }
  return intPowNonNeg(a, b);
}

function shiftCount(b: number | bigint): number | bigint {
  if (b < 0) throw newError(ValueErrorType, 'negative shift count');
  return b;
}

/** a << b */
export function intLshift(a: number | bigint, b: number | bigint): number | bigint {
  const n = shiftCount(b);
  if (a === 0 || a === 0n) return 0;
  if (typeof n === 'bigint' || n > 0x7fffffff) throw newError(OverflowErrorType, 'too many digits in integer');
  if (typeof a === 'number' && n < 53) {
    const r = a * Math.pow(2, n);
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
  }
  try {
    return normInt(toBig(a) << BigInt(n));
  } catch {
    throw newError(MemoryErrorType);
  }
}

/** a >> b (arithmetic: floors). */
export function intRshift(a: number | bigint, b: number | bigint): number | bigint {
  const n = shiftCount(b);
  if (typeof n === 'bigint' || n > 0x7fffffff) return a < 0 ? -1 : 0;
  if (typeof a === 'number') {
    if (n >= 64) return a < 0 ? -1 : 0;
    if (a >= -0x80000000 && a <= 0x7fffffff && n < 32) return a >> n;
    return Math.floor(a / Math.pow(2, n)) + 0;
  }
  return normInt(a >> BigInt(n));
}

function isInt32(v: number | bigint): v is number {
  return typeof v === 'number' && (v | 0) === v;
}

/**
 * Binary op on two ints (op = NB base index 0..12); NotImplemented for `@`.
 * ZeroDivisionError messages as CPython 3.11: `division by zero`,
 * `integer division or modulo by zero`, `integer modulo by zero`.
 */
export function intBinaryOp(a: number | bigint, b: number | bigint, op: number): PyValue {
  switch (op) {
    case NB.ADD:
      if (typeof a === 'number' && typeof b === 'number') {
        const r = a + b;
        if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
      }
      return normInt(toBig(a) + toBig(b));
    case NB.SUBTRACT:
      if (typeof a === 'number' && typeof b === 'number') {
        const r = a - b;
        if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
      }
      return normInt(toBig(a) - toBig(b));
    case NB.MULTIPLY:
      if (typeof a === 'number' && typeof b === 'number') {
        const r = a * b;
        if (r <= MAX_SAFE && r >= -MAX_SAFE) return r + 0;
      }
      return normInt(toBig(a) * toBig(b));
    case NB.TRUE_DIVIDE:
      return newFloat(intTrueDiv(a, b));
    case NB.FLOOR_DIVIDE:
      return intFloorDiv(a, b);
    case NB.REMAINDER:
      return intMod(a, b);
    case NB.POWER:
      return intPow(a, b);
    case NB.LSHIFT:
      return intLshift(a, b);
    case NB.RSHIFT:
      return intRshift(a, b);
    case NB.AND:
      if (isInt32(a) && isInt32(b)) return a & b;
      return normInt(toBig(a) & toBig(b));
    case NB.OR:
      if (isInt32(a) && isInt32(b)) return a | b;
      return normInt(toBig(a) | toBig(b));
    case NB.XOR:
      if (isInt32(a) && isInt32(b)) return a ^ b;
      return normInt(toBig(a) ^ toBig(b));
    default:
      return NotImplemented;
  }
}

/** `-v` for ints. */
export function intNeg(v: number | bigint): number | bigint {
  if (typeof v === 'number') return v === 0 ? 0 : -v;
  return normInt(-v);
}

/** Round an int to `ndigits` (negative: tens, hundreds...) with round-half-even (CPython long_round). */
export function intRound(v: number | bigint, nd: number | bigint): number | bigint {
  if (nd >= 0) return v;
  const k = -toBig(nd);
  if (k > 5000n) return 0;
  const p = 10n ** k;
  const x = toBig(v);
  let q = x / p;
  let r = x % p;
  if (r < 0n) {
    q -= 1n;
    r += p;
  }
  const twice = 2n * r;
  if (twice > p || (twice === p && (q & 1n) === 1n)) q += 1n;
  return normInt(q * p);
}

// ---------------------------------------------------------------------------
// int(x, base)
// ---------------------------------------------------------------------------

function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 65 && c <= 90) return c - 55;
  return 99;
}

const WS_RE = /^[\s\u001c-\u001f\u0085]+|[\s\u001c-\u001f\u0085]+$/g;

/**
 * Parse an int literal like CPython's `PyLong_FromString`: surrounding
 * whitespace, sign, base prefixes (base 0 infers; 16/8/2 accept their prefix),
 * single underscores between digits. Returns undefined when invalid.
 */
export function parseIntLiteral(text: string, base: number): number | bigint | undefined {
  let s = asciiDigits(text).replace(WS_RE, '');
  let neg = false;
  if (s[0] === '+' || s[0] === '-') {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  let i = 0;
  let prefixed = false;
  if (s[0] === '0' && s.length > 1) {
    const p = s[1].toLowerCase();
    if ((p === 'x' && (base === 16 || base === 0)) || (p === 'o' && (base === 8 || base === 0)) || (p === 'b' && (base === 2 || base === 0))) {
      if (base === 0) base = p === 'x' ? 16 : p === 'o' ? 8 : 2;
      i = 2;
      prefixed = true;
    }
  }
  if (base === 0) {
    base = 10;
    // A base-0 decimal with a leading zero must be all zeros.
    if (s[0] === '0') {
      if (!/^0(_?0)*$/.test(s)) return undefined;
      return 0;
    }
  }
  if (i >= s.length) return undefined;
  // underscores: allowed right after a prefix, and between digits
  let digits = '';
  let prevUnderscore = !prefixed; // leading underscore only allowed after prefix
  if (prefixed && s[i] === '_') {
    i++;
    prevUnderscore = true;
  } else prevUnderscore = false;
  if (s[i] === '_' || i >= s.length) return undefined;
  for (; i < s.length; i++) {
    const ch = s[i];
    if (ch === '_') {
      if (prevUnderscore) return undefined;
      prevUnderscore = true;
      continue;
    }
    prevUnderscore = false;
    const c = s.charCodeAt(i);
    if (digitValue(c) >= base) return undefined;
    digits += String.fromCharCode(c);
  }
  if (prevUnderscore || digits.length === 0) return undefined;
  let v: number | bigint;
  // the limit guards quadratic conversions: every base that is not a power of two
  if ((base & (base - 1)) !== 0 && maxStrDigits > 0 && digits.length > maxStrDigits) {
    throw newError(
      ValueErrorType,
      `Exceeds the limit (${maxStrDigits} digits) for integer string conversion: value has ${digits.length} digits; use sys.set_int_max_str_digits() to increase the limit`,
    );
  }
  if (base === 10) {
    if (digits.length <= 15) v = parseInt(digits, 10);
    else {
      v = normInt(BigInt(digits));
    }
  } else if (base === 16 || base === 8 || base === 2) {
    v = normInt(BigInt((base === 16 ? '0x' : base === 8 ? '0o' : '0b') + digits));
  } else {
    let acc = 0n;
    const B = BigInt(base);
    for (let k = 0; k < digits.length; k++) acc = acc * B + BigInt(digitValue(digits.charCodeAt(k)));
    v = normInt(acc);
  }
  return neg ? intNeg(v) : v;
}

let ndZeros: Int32Array | null = null;
/** Decimal value of a Unicode decimal digit (category Nd), or -1 (CPython _PyUnicode_ToDecimalDigit). */
export function unicodeDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c < 0x660) return -1;
  if (ndZeros === null) {
    // Nd digits come in blocks of ten starting at the digit zero; adjacent blocks
    // (e.g. the mathematical digits) are chunked by ten from the start of each run.
    const zeros: number[] = [];
    const re = /\p{Nd}/u;
    let run = -1;
    for (let cp = 0x660; cp < 0x1fc00; cp++) {
      if (re.test(String.fromCodePoint(cp))) {
        if (run < 0) run = cp;
        if ((cp - run) % 10 === 0) zeros.push(cp);
      } else run = -1;
    }
    ndZeros = Int32Array.from(zeros);
  }
  let lo = 0;
  let hi = ndZeros.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const z = ndZeros[mid];
    if (c < z) hi = mid - 1;
    else if (c >= z + 10) lo = mid + 1;
    else return /\p{Nd}/u.test(String.fromCodePoint(c)) ? c - z : -1;
  }
  return -1;
}

/** Replace non-ASCII decimal digits by ASCII ones (for int()/float() parsing); undefined if none are present. */
export function asciiDigits(s: string): string {
  if (!/[^\x00-\x7f]/.test(s)) return s;
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    const d = c > 127 ? unicodeDigit(c) : -1;
    out += d >= 0 ? String.fromCharCode(48 + d) : ch;
  }
  return out;
}

/** ValueError for a bad int literal: `invalid literal for int() with base 10: 'x'`. */
function invalidLiteral(text: PyValue, base: number, reprFn: (v: PyValue) => string): never {
  throw newError(ValueErrorType, `invalid literal for int() with base ${base}: ${reprFn(text)}`);
}

/**
 * `int(x)` / `int(x, base)` value (CPython long_new_impl / PyNumber_Long):
 * str/bytes parsing, float truncation, `__int__`, `__index__`, `__trunc__`.
 */
export function intFromValue(x: PyValue, base?: PyValue): number | bigint {
  if (base !== undefined) {
    const b = pyIndex(base);
    if (b !== 0 && (b < 2 || b > 36)) throw newError(ValueErrorType, 'int() base must be >= 2 and <= 36, or 0');
    const text = textOf(x);
    if (text === undefined) throw newError(TypeErrorType, "int() can't convert non-string with explicit base");
    const v = parseIntLiteral(text, Number(b));
    if (v === undefined) invalidLiteral(x, Number(b), literalRepr);
    return v;
  }
  const iv = intValue(x);
  if (iv !== undefined) {
    if (typeof x === 'number' || typeof x === 'bigint' || typeof x === 'boolean') return iv;
    const r = callSpecial(x, '__int__', []);
    if (r !== undefined) return checkIntResult(r, '__int__');
    return iv;
  }
  const fv = floatValue(x);
  if (fv !== undefined && x instanceof PyFloat && x.ob_type.tp_name === 'float') return floatToInt(fv);
  const text = textOf(x);
  if (text !== undefined) {
    const v = parseIntLiteral(text, 10);
    if (v === undefined) invalidLiteral(x, 10, literalRepr);
    return v;
  }
  const t = typeOf(x);
  // Other buffers (memoryview) parse like bytes when they have no int conversion of their own.
  const buf = t.lookup('__int__') === undefined && t.lookup('__index__') === undefined ? bytesOf(x) : undefined;
  if (buf !== undefined) {
    let text = '';
    for (let i = 0; i < buf.length; i++) text += String.fromCharCode(buf[i]);
    const v = parseIntLiteral(text, 10);
    if (v === undefined) invalidLiteral(x, 10, literalRepr);
    return v;
  }
  for (const name of ['__int__', '__index__']) {
    const f = t.lookup(name);
    if (f !== undefined && f !== None) {
      const r = callSpecial(x, name, [])!;
      return checkIntResult(r, name);
    }
  }
  const tr = t.lookup('__trunc__');
  if (tr !== undefined && tr !== None) {
    const r = callSpecial(x, '__trunc__', [])!;
    const rv = intValue(r);
    if (rv !== undefined) return rv;
    const idx = typeOf(r).lookup('__index__');
    if (idx === undefined) throw newError(TypeErrorType, `__trunc__ returned non-Integral (type ${typeOf(r).tp_name})`);
    return pyIndex(r);
  }
  if (fv !== undefined) return floatToInt(fv);
  throw newError(TypeErrorType, `int() argument must be a string, a bytes-like object or a real number, not '${t.tp_name}'`);
}

function checkIntResult(r: PyValue, name: string): number | bigint {
  const rv = intValue(r);
  if (rv === undefined) throw newError(TypeErrorType, `${name} returned non-int (type ${typeOf(r).tp_name})`);
  return rv;
}

/** float → int by truncation: `cannot convert float infinity to integer` / `cannot convert float NaN to integer`. */
export function floatToInt(x: number): number | bigint {
  if (x !== x) throw newError(ValueErrorType, 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw newError(OverflowErrorType, 'cannot convert float infinity to integer');
  const t = Math.trunc(x);
  if (t <= MAX_SAFE && t >= -MAX_SAFE) return t + 0;
  return normInt(BigInt(t));
}

/** Text of a str / bytes / bytearray argument (bytes decoded as latin-1, which is fine for literal parsing). */
function textOf(x: PyValue): string | undefined {
  if (typeof x === 'string') return x;
  if (x instanceof PyStrSubclass) return x.value;
  if (x instanceof PyObject && (x.ob_type.isSubtype(BytesType) || x.ob_type.isSubtype(ByteArrayType))) {
    const bytes = (x as unknown as { bytes: Uint8Array }).bytes;
    let s = '';
    for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
    return s;
  }
  return undefined;
}

function literalRepr(v: PyValue): string {
  // CPython parses a bytearray or other buffer through a bytes copy, so the message shows b'...'.
  if (v instanceof PyObject && !(v instanceof PyStrSubclass) && typeof v !== 'string') {
    const b = bytesOf(v);
    if (b !== undefined) return pyRepr(newBytes(b));
  }
  return pyRepr(v);
}

/** Wrap an int value as an instance of `type` (int itself → the plain value). */
export function makeInt(type: PyType, v: number | bigint): PyValue {
  if (type === IntType) return v;
  return new PyIntSubclass(type, v);
}

const INT_NEW_ARGS = ['x?', '/', 'base?'];

IntType.tp_new = (type, args, kwnames) => {
  const a = parseArgs('int', args, kwnames, INT_NEW_ARGS);
  const x = a[0];
  const base = a[1];
  if (x === undefined) {
    if (base !== undefined) throw newError(TypeErrorType, 'int() missing string argument');
    return makeInt(type, 0);
  }
  return makeInt(type, intFromValue(x, base));
};

// ---------------------------------------------------------------------------
// dunders and methods
// ---------------------------------------------------------------------------

function binop(op: number, name: string) {
  return (args: PyValue[]): PyValue => {
    const a = selfInt(args[0], name);
    if (args.length !== 2) throw newError(TypeErrorType, `expected 1 argument, got ${args.length - 1}`);
    const b = intValue(args[1]);
    if (b === undefined) return NotImplemented;
    return intBinaryOp(a, b, op);
  };
}
function rbinop(op: number, name: string) {
  return (args: PyValue[]): PyValue => {
    const a = selfInt(args[0], name);
    if (args.length !== 2) throw newError(TypeErrorType, `expected 1 argument, got ${args.length - 1}`);
    const b = intValue(args[1]);
    if (b === undefined) return NotImplemented;
    return intBinaryOp(b, a, op);
  };
}
function cmpop(test: (c: number) => boolean, name: string) {
  return (args: PyValue[]): PyValue => {
    const a = selfInt(args[0], name);
    const b = intValue(args[1]);
    if (b === undefined) return NotImplemented;
    return test(intCompare(a, b));
  };
}

const OPS: [string, number][] = [
  ['add', NB.ADD],
  ['sub', NB.SUBTRACT],
  ['mul', NB.MULTIPLY],
  ['truediv', NB.TRUE_DIVIDE],
  ['floordiv', NB.FLOOR_DIVIDE],
  ['mod', NB.REMAINDER],
  ['lshift', NB.LSHIFT],
  ['rshift', NB.RSHIFT],
  ['and', NB.AND],
  ['or', NB.OR],
  ['xor', NB.XOR],
];
const methods: Record<string, (args: PyValue[], kw: readonly string[] | null) => PyValue> = {};
for (const [n, op] of OPS) {
  methods[`__${n}__`] = binop(op, `__${n}__`);
  methods[`__r${n}__`] = rbinop(op, `__r${n}__`);
}

function divmodTuple(a: number | bigint, b: number | bigint): PyValue {
  const [q, r] = intDivmod(a, b);
  return new PyTuple([q, r]);
}

Object.assign(methods, {
  __lt__: cmpop((c) => c < 0, '__lt__'),
  __le__: cmpop((c) => c <= 0, '__le__'),
  __eq__: cmpop((c) => c === 0, '__eq__'),
  __ne__: cmpop((c) => c !== 0, '__ne__'),
  __gt__: cmpop((c) => c > 0, '__gt__'),
  __ge__: cmpop((c) => c >= 0, '__ge__'),
  __divmod__(args: PyValue[]) {
    const a = selfInt(args[0], '__divmod__');
    const b = intValue(args[1]);
    if (b === undefined) return NotImplemented;
    return divmodTuple(a, b);
  },
  __rdivmod__(args: PyValue[]) {
    const a = selfInt(args[0], '__rdivmod__');
    const b = intValue(args[1]);
    if (b === undefined) return NotImplemented;
    return divmodTuple(b, a);
  },
  __pow__(args: PyValue[]) {
    const a = selfInt(args[0], '__pow__');
    const b = intValue(args[1]);
    if (b === undefined) return NotImplemented;
    const m = args[2];
    if (m === undefined || m === None) return intPow(a, b);
    const mv = intValue(m);
    if (mv === undefined) return NotImplemented;
    return intPowMod(a, b, mv);
  },
  __rpow__(args: PyValue[]) {
    const a = selfInt(args[0], '__rpow__');
    const b = intValue(args[1]);
    if (b === undefined) return NotImplemented;
    const m = args[2];
    if (m === undefined || m === None) return intPow(b, a);
    const mv = intValue(m);
    if (mv === undefined) return NotImplemented;
    return intPowMod(b, a, mv);
  },
  __neg__: (args: PyValue[]) => intNeg(selfInt(args[0], '__neg__')),
  __pos__: (args: PyValue[]) => selfInt(args[0], '__pos__'),
  __abs__: (args: PyValue[]) => {
    const v = selfInt(args[0], '__abs__');
    return v < 0 ? intNeg(v) : v;
  },
  __invert__: (args: PyValue[]) => intBinaryOp(-1, selfInt(args[0], '__invert__'), NB.SUBTRACT),
  __bool__: (args: PyValue[]) => {
    const v = selfInt(args[0], '__bool__');
    return v !== 0;
  },
  __int__: (args: PyValue[]) => selfInt(args[0], '__int__'),
  __index__: (args: PyValue[]) => selfInt(args[0], '__index__'),
  __trunc__: (args: PyValue[]) => selfInt(args[0], '__trunc__'),
  __floor__: (args: PyValue[]) => selfInt(args[0], '__floor__'),
  __ceil__: (args: PyValue[]) => selfInt(args[0], '__ceil__'),
  __float__: (args: PyValue[]) => newFloat(intToFloat(selfInt(args[0], '__float__'))),
  __hash__: (args: PyValue[]) => intHash(selfInt(args[0], '__hash__')),
  __repr__: (args: PyValue[]) => intRepr(selfInt(args[0], '__repr__')),
  __round__(args: PyValue[]) {
    const v = selfInt(args[0], '__round__');
    const nd = args[1];
    if (nd === undefined || nd === None) return v;
    return intRound(v, pyIndex(nd));
  },
  __getnewargs__: (args: PyValue[]) => new PyTuple([selfInt(args[0], '__getnewargs__')]),
  conjugate: (args: PyValue[]) => selfInt(args[0], 'conjugate'),
  bit_length: (args: PyValue[]) => bitLength(selfInt(args[0], 'bit_length')),
  bit_count(args: PyValue[]) {
    let v = toBig(selfInt(args[0], 'bit_count'));
    if (v < 0n) v = -v;
    let n = 0;
    for (const ch of v.toString(2)) if (ch === '1') n++;
    return n;
  },
  as_integer_ratio: (args: PyValue[]) => new PyTuple([selfInt(args[0], 'as_integer_ratio'), 1]),
  to_bytes(args: PyValue[], kw: readonly string[] | null) {
    const v = toBig(selfInt(args[0], 'to_bytes'));
    const a = parseArgs('to_bytes', args.slice(1), kw, TO_BYTES_SPEC);
    const length = a[0] === undefined ? 1 : Number(pyIndex(a[0]));
    const order = a[1] === undefined ? 'big' : a[1];
    const signed = a[2] === undefined ? false : isTrue(a[2]);
    if (order !== 'big' && order !== 'little') throw newError(ValueErrorType, "byteorder must be either 'little' or 'big'");
    if (length < 0) throw newError(ValueErrorType, 'length argument must be non-negative');
    if (!signed && v < 0n) throw newError(OverflowErrorType, "can't convert negative int to unsigned");
    const bits = BigInt(length * 8);
    if (signed ? v >= 1n << (bits - 1n) || v < -(1n << (bits - 1n)) : v >= 1n << bits) {
      throw newError(OverflowErrorType, 'int too big to convert');
    }
    let u = v < 0n ? (1n << bits) + v : v;
    const out = new Uint8Array(length);
    for (let i = length - 1; i >= 0; i--) {
      out[i] = Number(u & 0xffn);
      u >>= 8n;
    }
    if (order === 'little') out.reverse();
    return newBytes(out);
  },
});
const TO_BYTES_SPEC = ['length?', 'byteorder?', '*', 'signed?'];
const FROM_BYTES_SPEC = ['bytes', 'byteorder?', '*', 'signed?'];


defineMethods(IntType, methods);
defineClassMethods(IntType, {
  from_bytes(args, kw) {
    const cls = args[0] as PyType;
    const a = parseArgs('from_bytes', args.slice(1), kw, FROM_BYTES_SPEC);
    let bytes = bytesOf(a[0]!);
    if (bytes === undefined) {
      // PyObject_Bytes: str and int are not byte sources here; iterables must yield ints in range(256)
      const src = a[0]!;
      const t = typeOf(src);
      if (t.lookup('__iter__') === undefined || typeof src === 'string' || t.isSubtype(StrType)) {
        throw newError(TypeErrorType, `cannot convert '${t.tp_name}' object to bytes`);
      }
      bytes = Uint8Array.from(
        iterToArray(src).map((x) => {
          const n = pyIndex(x);
          if (typeof n !== 'number' || n < 0 || n > 255) throw newError(ValueErrorType, 'bytes must be in range(0, 256)');
          return n;
        }),
      );
    }
    const order = a[1] === undefined ? 'big' : a[1];
    if (order !== 'big' && order !== 'little') throw newError(ValueErrorType, "byteorder must be either 'little' or 'big'");
    const signed = a[2] === undefined ? false : isTrue(a[2]);
    const arr = order === 'little' ? Array.from(bytes).reverse() : Array.from(bytes);
    let v = 0n;
    for (const b of arr) v = (v << 8n) | BigInt(b);
    if (signed && arr.length > 0 && arr[0] >= 0x80) v -= 1n << BigInt(arr.length * 8);
    const r = normInt(v);
    if (cls === IntType) return r;
    if (cls.isSubtype(IntType) && cls.tp_new === IntType.tp_new) return makeInt(cls, r);
    return r;
  },
});
const selfGetter = (self: PyValue) => selfInt(self, 'real');
defineGetSet(IntType, 'real', selfGetter);
defineGetSet(IntType, 'numerator', selfGetter);
defineGetSet(IntType, 'imag', () => 0);
defineGetSet(IntType, 'denominator', () => 1);

// ---------------------------------------------------------------------------
// bool
// ---------------------------------------------------------------------------

function boolOp(op: number, name: string) {
  const intOp = binop(op, name);
  return (args: PyValue[]): PyValue => {
    if (typeof args[0] === 'boolean' && typeof args[1] === 'boolean') {
      const a = args[0];
      const b = args[1];
      return op === NB.AND ? a && b : op === NB.OR ? a || b : a !== b;
    }
    return intOp(args);
  };
}
BoolType.tp_new = (_type, args, kwnames) => {
  if (kwnames && kwnames.length) throw newError(TypeErrorType, 'bool() takes no keyword arguments');
  if (args.length > 1) throw newError(TypeErrorType, `bool expected at most 1 argument, got ${args.length}`);
  return args.length === 0 ? false : isTrue(args[0]);
};
defineMethods(BoolType, {
  __and__: boolOp(NB.AND, '__and__'),
  __rand__: boolOp(NB.AND, '__rand__'),
  __or__: boolOp(NB.OR, '__or__'),
  __ror__: boolOp(NB.OR, '__ror__'),
  __xor__: boolOp(NB.XOR, '__xor__'),
  __rxor__: boolOp(NB.XOR, '__rxor__'),
  __repr__: (args) => (isTrue(args[0]) ? 'True' : 'False'),
});

export { MAX_SAFE };

requireNoArgs(IntType, ['bit_length', 'bit_count', 'conjugate', 'as_integer_ratio']);
