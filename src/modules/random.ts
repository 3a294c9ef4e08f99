/**
 * The `random` module, bit-for-bit compatible with CPython 3.11 for a given
 * seed: the MT19937 generator and seeding of Modules/_randommodule.c
 * (init_by_array over the 32-bit words of |seed|; str/bytes seeds via SHA-512
 * as in Lib/random.py version 2), and the Lib/random.py algorithms built on
 * `random()` / `getrandbits()` (randbelow, randrange, randint, choice,
 * shuffle, sample, choices, uniform, gauss, normalvariate, ...).
 */
import { nodeCrypto } from '../runtime/node_lazy.js';
import { bigBitLength } from '../runtime/bigdiv.js';
import { crExp, crLog, crCos, crAcos, libmPow } from '../runtime/dd_math.js';
import {
  type PyValue,
  PyObject,
  PyType,
  PyFloat,
  PyBuiltinFunction,
  None,
  TypeErrorType,
  ValueErrorType,
  IndexErrorType,
  ObjectType,
  TPFLAGS_BASETYPE,
  newError,
  typeName,
  normInt,
  defineMethods,
  isInstance,
  StrType,
  SetType,
  FrozenSetType,
  DictType,
} from '../runtime/object.js';
import { hash as pyHash, len as pyLen, getItem, setItem, iterToArray, toFloat, index as pyIndex, binaryOp, compare, LT } from '../runtime/abstract.js';
import { parseArgs, checkPositional } from '../runtime/args.js';
import { callMethod } from '../runtime/attr.js';
import { PyList } from '../runtime/list.js';
import { PyBytes } from '../runtime/bytes.js';
import { PyTuple } from '../runtime/tuple.js';
import { NB } from '../bytecode/opcodes.js';

const N = 624;
const M = 397;

/** The MT19937 state (CPython `RandomObject`). */
export class MersenneTwister {
  mt = new Uint32Array(N);
  index = N + 1;

  initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = (Math.imul(1812433253, prev) + i) >>> 0;
    }
    this.index = N;
  }

  initByArray(key: number[]): void {
    const mt = this.mt;
    this.initGenrand(19650218);
    let i = 1;
    let j = 0;
    const klen = key.length;
    for (let k = Math.max(N, klen); k; k--) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(prev, 1664525)) + key[j] + j) >>> 0;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
      if (j >= klen) j = 0;
    }
    for (let k = N - 1; k; k--) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(prev, 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
    }
    mt[0] = 0x80000000;
    this.index = N;
  }

  genrandUint32(): number {
    const mt = this.mt;
    if (this.index >= N) {
      let kk = 0;
      let y: number;
      for (; kk < N - M; kk++) {
        y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
        mt[kk] = mt[kk + M] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      }
      for (; kk < N - 1; kk++) {
        y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
        mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      }
      y = (mt[N - 1] & 0x80000000) | (mt[0] & 0x7fffffff);
      mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      this.index = 0;
    }
    let y = mt[this.index++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** random(): 53-bit float in [0, 1) (CPython `genrand_res53`). */
  random(): number {
    const a = this.genrandUint32() >>> 5;
    const b = this.genrandUint32() >>> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
  }

  /** getrandbits(k) as a bigint. */
  getrandbits(k: number): bigint {
    if (k <= 32) return k === 0 ? 0n : BigInt(this.genrandUint32() >>> (32 - k));
    let r = 0n;
    let shift = 0n;
    for (let left = k; left > 0; left -= 32) {
      let w = this.genrandUint32();
      if (left < 32) w >>>= 32 - left;
      r |= BigInt(w) << shift;
      shift += 32n;
    }
    return r;
  }

  /** getrandbits(k) for k <= 53 as a number (fast path of randbelow). */
  getrandbitsNum(k: number): number {
    if (k <= 32) return k === 0 ? 0 : this.genrandUint32() >>> (32 - k);
    const lo = this.genrandUint32();
    const hi = this.genrandUint32() >>> (64 - k);
    return hi * 4294967296 + lo;
  }
}

/** A `random.Random` instance. */
export class PyRandom extends PyObject {
  gen = new MersenneTwister();
  gaussNext: number | null = null;
  constructor(type: PyType = RandomType) {
    super();
    this.ob_type = type;
  }

  seed(a: PyValue): void {
    this.gaussNext = null;
    let key: bigint;
    if (a === None || a === undefined) {
      const buf = nodeCrypto().randomBytes(N * 4);
      const words: number[] = [];
      for (let i = 0; i < N; i++) words.push(buf.readUInt32LE(i * 4));
      this.gen.initByArray(words);
      return;
    }
    if (typeof a === 'number' || typeof a === 'bigint') key = BigInt(a);
    else if (typeof a === 'boolean') key = a ? 1n : 0n;
    else if (typeof a === 'string' || isInstance(a, StrType) || (a as { bytes?: Uint8Array }).bytes instanceof Uint8Array) {
      const bytes = typeof a === 'string' ? Buffer.from(a, 'utf8') : Buffer.from((a as unknown as { bytes: Uint8Array }).bytes ?? Buffer.from(String(a)));
      const digest = nodeCrypto().createHash('sha512').update(bytes).digest();
      const all = Buffer.concat([bytes, digest]);
      key = all.length ? BigInt('0x' + all.toString('hex')) : 0n;
    } else {
      const t = typeName(a);
      if (isInstance(a, SetType) || isInstance(a, FrozenSetType) || isInstance(a, DictType) || t === 'list') {
        throw newError(TypeErrorType, `The only supported seed types are: None,\nint, float, str, bytes, and bytearray.`);
      }
      key = BigInt(pyHash(a));
    }
    if (key < 0n) key = -key;
    const words: number[] = [];
    while (key > 0n) {
      words.push(Number(key & 0xffffffffn));
      key >>= 32n;
    }
    if (words.length === 0) words.push(0);
    this.gen.initByArray(words);
  }

  /** `self.random()`, honouring a Python subclass that overrides `random`. */
  rand(): number {
    if (this.ob_type !== RandomType && this.ob_type.lookup('random') !== RandomType.tp_dict.get('random')) {
      return toFloat(callMethod(this, 'random', []));
    }
    return this.gen.random();
  }

  /**
   * `_randbelow(n)`: uniform int in [0, n). A subclass picks its variant as
   * Random.__init_subclass__ does: its own `_randbelow`, else rejection
   * sampling on an overridden `getrandbits`, else scaling an overridden `random()`.
   */
  randbelow(n: number | bigint): number | bigint {
    if (this.ob_type !== RandomType) {
      for (const c of this.ob_type.tp_mro) {
        if (c === RandomType) break;
        if (c.tp_dict.has('_randbelow')) return pyIndex(callMethod(this, '_randbelow', [n])) as number | bigint;
        if (c.tp_dict.has('getrandbits')) {
          const k = typeof n === 'number' ? (n === 0 ? 0 : n.toString(2).length) : bigBitLength(n);
          let r = pyIndex(callMethod(this, 'getrandbits', [k]));
          while (r >= n) r = pyIndex(callMethod(this, 'getrandbits', [k]));
          return r as number | bigint;
        }
        if (c.tp_dict.has('random')) {
          const maxsize = 2 ** 53;
          if (n >= maxsize) return normInt(BigInt(Math.floor(this.rand() * Number(n))));
          const nn = Number(n);
          if (nn === 0) throw newError(ValueErrorType, 'Boundary cannot be zero');
          const limit = (maxsize - (maxsize % nn)) / maxsize;
          let r = this.rand();
          while (r >= limit) r = this.rand();
          return Math.floor(r * maxsize) % nn;
        }
      }
    }
    if (typeof n === 'number' && n <= 2 ** 53) {
      const bits = n === 0 ? 0 : n.toString(2).length;
      let r = this.gen.getrandbitsNum(bits);
      while (r >= n) r = this.gen.getrandbitsNum(bits);
      return r;
    }
    const nb = BigInt(n);
    const k = bigBitLength(nb);
    let r = this.gen.getrandbits(k);
    while (r >= nb) r = this.gen.getrandbits(k);
    return normInt(r);
  }
}

export const RandomType = new PyType('Random', [ObjectType], TPFLAGS_BASETYPE, 'random');

function self(v: PyValue): PyRandom {
  if (v instanceof PyRandom) return v;
  throw newError(TypeErrorType, `descriptor requires a 'random.Random' object but received a '${typeName(v)}'`);
}

function intOf(v: PyValue, argn: number): number | bigint {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof PyFloat) {
    if (Number.isInteger(v.value)) return v.value;
    throw newError(ValueErrorType, `non-integer arg ${argn} for randrange()`);
  }
  return pyIndex(v);
}

function sub(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === 'number' && typeof b === 'number' && Number.isSafeInteger(a - b)) return a - b;
  return normInt(BigInt(a) - BigInt(b));
}
function addI(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === 'number' && typeof b === 'number' && Number.isSafeInteger(a + b)) return a + b;
  return normInt(BigInt(a) + BigInt(b));
}
function mulI(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === 'number' && typeof b === 'number' && Number.isSafeInteger(a * b)) return a * b;
  return normInt(BigInt(a) * BigInt(b));
}
function floordiv(a: number | bigint, b: number | bigint): number | bigint {
  const A = BigInt(a);
  const B = BigInt(b);
  let q = A / B;
  if ((A % B !== 0n) && ((A < 0n) !== (B < 0n))) q -= 1n;
  return normInt(q);
}

function randrange(r: PyRandom, start: PyValue, stop: PyValue | undefined, step: PyValue | undefined): PyValue {
  const istart = intOf(start, 1);
  if (stop === undefined || stop === None) {
    if (step !== undefined && step !== 1) throw newError(TypeErrorType, 'Missing a non-None stop argument');
    if (istart > 0) return r.randbelow(istart);
    throw newError(ValueErrorType, 'empty range for randrange()');
  }
  const istop = intOf(stop, 2);
  const width = sub(istop, istart);
  const istep = step === undefined ? 1 : intOf(step, 3);
  if (istep === 1) {
    if (width > 0) return addI(istart, r.randbelow(width));
    throw newError(ValueErrorType, `empty range for randrange() (${istart}, ${istop}, ${width})`);
  }
  let n: number | bigint;
  if (istep > 0) n = floordiv(addI(width, sub(istep, 1)), istep);
  else if (istep < 0) n = floordiv(addI(width, addI(istep, 1)), istep);
  else throw newError(ValueErrorType, 'zero step for randrange()');
  if (n <= 0) throw newError(ValueErrorType, 'empty range for randrange()');
  return addI(istart, mulI(istep, r.randbelow(n)));
}

const F = (x: number) => new PyFloat(x);
/** C log() with glibc's correctly rounded results (Lib/random.py's _log). */
const cLog = (x: number): number => (x > 0 && x < Infinity ? crLog(x) : Math.log(x));

const NV_MAGICCONST = (4 * crExp(-0.5)) / Math.sqrt(2.0);
const TWOPI = 2.0 * Math.PI;

function isSequence(v: PyValue): boolean {
  if (typeof v === 'string') return true;
  if (typeof v !== 'object') return false;
  if (isInstance(v, DictType) || isInstance(v, SetType) || isInstance(v, FrozenSetType)) return false;
  return v.ob_type.lookup('__getitem__') !== undefined && v.ob_type.lookup('__len__') !== undefined;
}

type Method = (a: PyValue[], k: readonly string[] | null) => PyValue;

const METHODS: Record<string, Method> = {
  seed(a, k) {
    const p = parseArgs('seed', a, k, ['self', 'a?', 'version?']);
    let seed = p[1] ?? None;
    const version = p[2] === undefined ? 2 : p[2];
    const text = typeof seed === 'string' ? seed : seed instanceof PyBytes ? String.fromCharCode(...seed.bytes) : undefined;
    if ((version === 1 || version === true) && text !== undefined) {
      // Lib/random.py's version-1 string hash (Python 2's str hash)
      const cps = Array.from(text, (c) => BigInt(c.codePointAt(0)!));
      let x = cps.length ? cps[0] << 7n : 0n;
      for (const c of cps) x = ((1000003n * x) ^ c) & 0xffffffffffffffffn;
      x ^= BigInt(cps.length);
      seed = normInt(x);
    }
    self(p[0]!).seed(seed);
    return None;
  },
  random(a) {
    return F(self(a[0]).gen.random());
  },
  getrandbits(a, k) {
    checkPositional('getrandbits', a, k, 2, 2);
    const n = Number(pyIndex(a[1]));
    if (n < 0) throw newError(ValueErrorType, 'number of bits must be non-negative');
    return normInt(self(a[0]).gen.getrandbits(n));
  },
  randrange(a, k) {
    const p = parseArgs('randrange', a, k, ['self', 'start', 'stop?', 'step?']);
    return randrange(self(p[0]!), p[1]!, p[2], p[3]);
  },
  randint(a, k) {
    const p = parseArgs('randint', a, k, ['self', 'a', 'b']);
    return randrange(self(p[0]!), p[1]!, addI(intOf(p[2]!, 2), 1), undefined);
  },
  choice(a, k) {
    checkPositional('choice', a, k, 2, 2);
    const r = self(a[0]);
    const seq = a[1];
    const n = pyLen(seq);
    if (n === 0) throw newError(IndexErrorType, 'Cannot choose from an empty sequence');
    return getItem(seq, r.randbelow(n));
  },
  shuffle(a, k) {
    checkPositional('shuffle', a, k, 2, 2);
    const r = self(a[0]);
    const x = a[1];
    if (x instanceof PyList) {
      const items = x.items;
      for (let i = items.length - 1; i >= 1; i--) {
        const j = r.randbelow(i + 1) as number;
        const t = items[i];
        items[i] = items[j];
        items[j] = t;
      }
      return None;
    }
    for (let i = pyLen(x) - 1; i >= 1; i--) {
      const j = r.randbelow(i + 1);
      const xi = getItem(x, i);
      const xj = getItem(x, j);
      setItem(x, i, xj);
      setItem(x, j, xi);
    }
    return None;
  },
  sample(a, k) {
    const p = parseArgs('sample', a, k, ['self', 'population', 'k', '*', 'counts?']);
    const r = self(p[0]!);
    let population = p[1]!;
    if (!isSequence(population)) throw newError(TypeErrorType, 'Population must be a sequence.  For dicts or sets, use sorted(d).');
    let n = pyLen(population);
    if (p[3] !== undefined && p[3] !== None) {
      const counts = iterToArray(p[3]).map((c) => Number(pyIndex(c)));
      if (counts.length !== n) throw newError(ValueErrorType, 'The number of counts does not match the population');
      const expanded: PyValue[] = [];
      const pop = iterToArray(population);
      counts.forEach((c, i) => {
        for (let j = 0; j < c; j++) expanded.push(pop[i]);
      });
      population = new PyList(expanded);
      n = expanded.length;
    }
    const kk = Number(pyIndex(p[2]!));
    if (!(kk >= 0 && kk <= n)) throw newError(ValueErrorType, 'Sample larger than population or is negative');
    const result: PyValue[] = new Array(kk);
    let setsize = 21;
    if (kk > 5) setsize += 4 ** Math.ceil(cLog(kk * 3) / cLog(4));
    if (n <= setsize) {
      const pool = iterToArray(population);
      for (let i = 0; i < kk; i++) {
        const j = r.randbelow(n - i) as number;
        result[i] = pool[j];
        pool[j] = pool[n - i - 1];
      }
    } else {
      const selected = new Set<number>();
      for (let i = 0; i < kk; i++) {
        let j = r.randbelow(n) as number;
        while (selected.has(j)) j = r.randbelow(n) as number;
        selected.add(j);
        result[i] = getItem(population, j);
      }
    }
    return new PyList(result);
  },
  choices(a, k) {
    const p = parseArgs('choices', a, k, ['self', 'population', 'weights?', '*', 'cum_weights?', 'k?']);
    const r = self(p[0]!);
    const population = p[1]!;
    const n = pyLen(population);
    const kk = p[4] === undefined ? 1 : Number(pyIndex(p[4]));
    const out: PyValue[] = [];
    let cum: PyValue[] | null = p[3] === undefined || p[3] === None ? null : iterToArray(p[3]);
    const weights = p[2] === undefined || p[2] === None ? null : p[2];
    if (cum === null) {
      if (weights === null) {
        for (let i = 0; i < kk; i++) out.push(getItem(population, Math.floor(r.rand() * n)));
        return new PyList(out);
      }
      cum = [];
      let acc: PyValue | undefined;
      for (const w of iterToArray(weights)) {
        acc = acc === undefined ? w : binaryOp(acc, w, NB.ADD);
        cum.push(acc);
      }
    } else if (weights !== null) throw newError(TypeErrorType, 'Cannot specify both weights and cumulative weights');
    if (cum.length !== n) throw newError(ValueErrorType, 'The number of weights does not match the population');
    const total = toFloat(cum[cum.length - 1]) + 0.0;
    if (total <= 0.0) throw newError(ValueErrorType, 'Total of weights must be greater than zero');
    if (!Number.isFinite(total)) throw newError(ValueErrorType, 'Total of weights must be finite');
    const hi = n - 1;
    for (let i = 0; i < kk; i++) {
      const x = F(r.rand() * total);
      // bisect_right(cum, x, 0, hi)
      let lo = 0;
      let h = hi;
      while (lo < h) {
        const mid = (lo + h) >> 1;
        if (compare(x, cum[mid], LT)) h = mid;
        else lo = mid + 1;
      }
      out.push(getItem(population, lo));
    }
    return new PyList(out);
  },
  uniform(a, k) {
    const p = parseArgs('uniform', a, k, ['self', 'a', 'b']);
    const x = toFloat(p[1]!);
    const y = toFloat(p[2]!);
    return F(x + (y - x) * self(p[0]!).rand());
  },
  triangular(a, k) {
    const p = parseArgs('triangular', a, k, ['self', 'low?', 'high?', 'mode?']);
    const r = self(p[0]!);
    let low = p[1] === undefined ? 0 : toFloat(p[1]);
    let high = p[2] === undefined ? 1 : toFloat(p[2]);
    let u = r.rand();
    let c: number;
    if (high === low) return F(low);
    c = p[3] === undefined || p[3] === None ? 0.5 : (toFloat(p[3]) - low) / (high - low);
    if (u > c) {
      u = 1.0 - u;
      c = 1.0 - c;
      [low, high] = [high, low];
    }
    return F(low + (high - low) * Math.sqrt(u * c));
  },
  gauss(a, k) {
    const p = parseArgs('gauss', a, k, ['self', 'mu?', 'sigma?']);
    const r = self(p[0]!);
    const mu = p[1] === undefined ? 0 : toFloat(p[1]);
    const sigma = p[2] === undefined ? 1 : toFloat(p[2]);
    let z = r.gaussNext;
    r.gaussNext = null;
    if (z === null) {
      const x2pi = r.rand() * TWOPI;
      const g2rad = Math.sqrt(-2.0 * cLog(1.0 - r.rand()));
      z = crCos(x2pi) * g2rad;
      r.gaussNext = Math.sin(x2pi) * g2rad;
    }
    return F(mu + z * sigma);
  },
  normalvariate(a, k) {
    const p = parseArgs('normalvariate', a, k, ['self', 'mu?', 'sigma?']);
    const r = self(p[0]!);
    const mu = p[1] === undefined ? 0 : toFloat(p[1]);
    const sigma = p[2] === undefined ? 1 : toFloat(p[2]);
    let z: number;
    for (;;) {
      const u1 = r.rand();
      const u2 = 1.0 - r.rand();
      z = (NV_MAGICCONST * (u1 - 0.5)) / u2;
      const zz = (z * z) / 4.0;
      if (zz <= -cLog(u2)) break;
    }
    return F(mu + z * sigma);
  },
  lognormvariate(a, k) {
    const z = METHODS.normalvariate(a, k) as PyFloat;
    return F(crExp(z.value));
  },
  expovariate(a, k) {
    const p = parseArgs('expovariate', a, k, ['self', 'lambd?']);
    const lambd = p[1] === undefined ? 1 : toFloat(p[1]);
    return F(-cLog(1.0 - self(p[0]!).rand()) / lambd);
  },
  betavariate(a, k) {
    const p = parseArgs('betavariate', a, k, ['self', 'alpha', 'beta']);
    const r = self(p[0]!);
    const y = gammavariate(r, toFloat(p[1]!), 1.0);
    if (y) return F(y / (y + gammavariate(r, toFloat(p[2]!), 1.0)));
    return F(0.0);
  },
  gammavariate(a, k) {
    const p = parseArgs('gammavariate', a, k, ['self', 'alpha', 'beta']);
    return F(gammavariate(self(p[0]!), toFloat(p[1]!), toFloat(p[2]!)));
  },
  paretovariate(a, k) {
    const p = parseArgs('paretovariate', a, k, ['self', 'alpha']);
    const u = 1.0 - self(p[0]!).rand();
    return F(libmPow(u, -1.0 / toFloat(p[1]!)));
  },
  weibullvariate(a, k) {
    const p = parseArgs('weibullvariate', a, k, ['self', 'alpha', 'beta']);
    const u = 1.0 - self(p[0]!).rand();
    return F(toFloat(p[1]!) * libmPow(-cLog(u), 1.0 / toFloat(p[2]!)));
  },
  vonmisesvariate(a, k) {
    const p = parseArgs('vonmisesvariate', a, k, ['self', 'mu', 'kappa']);
    const r = self(p[0]!);
    const mu = toFloat(p[1]!);
    const kappa = toFloat(p[2]!);
    if (kappa <= 1e-6) return F(TWOPI * r.rand());
    const s = 0.5 / kappa;
    const rr = s + Math.sqrt(1.0 + s * s);
    let z: number;
    for (;;) {
      const u1 = r.rand();
      z = crCos(Math.PI * u1);
      const d = z / (rr + z);
      const u2 = r.rand();
      if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * crExp(d)) break;
    }
    const q = 1.0 / rr;
    const f = (q + z) / (1.0 + q * z);
    const u3 = r.rand();
    const theta = u3 > 0.5 ? (mu + crAcos(f)) % TWOPI : (mu - crAcos(f)) % TWOPI;
    return F(theta < 0 ? theta + TWOPI : theta);
  },
  randbytes(a, k) {
    // Lib/random.py: self.getrandbits(n * 8).to_bytes(n, 'little')
    checkPositional('randbytes', a, k, 2, 2);
    const n = Number(pyIndex(a[1]));
    if (n < 0) throw newError(ValueErrorType, 'number of bits must be non-negative');
    let v = self(a[0]).gen.getrandbits(n * 8);
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      out[i] = Number(v & 0xffn);
      v >>= 8n;
    }
    return new PyBytes(out);
  },
  getstate(a) {
    const r = self(a[0]);
    const items: PyValue[] = Array.from(r.gen.mt);
    items.push(r.gen.index);
    return new PyTuple([3, new PyTuple(items), r.gaussNext === null ? None : F(r.gaussNext)]);
  },
  setstate(a, k) {
    checkPositional('setstate', a, k, 2, 2);
    const r = self(a[0]);
    const st = iterToArray(a[1]);
    if (st.length !== 3 || st[0] !== 3) throw newError(ValueErrorType, 'state with version 3 passed to Random.setstate() of version 3');
    const words = iterToArray(st[1]);
    if (words.length !== N + 1) throw newError(ValueErrorType, 'state vector is the wrong size');
    for (let i = 0; i < N; i++) r.gen.mt[i] = Number(words[i]) >>> 0;
    r.gen.index = Number(words[N]);
    r.gaussNext = st[2] === None ? null : toFloat(st[2]);
    return None;
  },
  __init__(a, k) {
    const p = parseArgs('Random', a, k, ['self', 'x?']);
    self(p[0]!).seed(p[1] ?? None);
    return None;
  },
};

function gammavariate(r: PyRandom, alpha: number, beta: number): number {
  if (alpha <= 0.0 || beta <= 0.0) throw newError(ValueErrorType, 'gammavariate: alpha and beta must be > 0.0');
  const LOG4 = cLog(4.0);
  const SG_MAGICCONST = 1.0 + cLog(4.5);
  if (alpha > 1.0) {
    const ainv = Math.sqrt(2.0 * alpha - 1.0);
    const bbb = alpha - LOG4;
    const ccc = alpha + ainv;
    for (;;) {
      const u1 = r.rand();
      if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
      const u2 = 1.0 - r.rand();
      const v = cLog(u1 / (1.0 - u1)) / ainv;
      const x = alpha * crExp(v);
      const z = u1 * u1 * u2;
      const rr = bbb + ccc * v - x;
      if (rr + SG_MAGICCONST - 4.5 * z >= 0.0 || rr >= cLog(z)) return x * beta;
    }
  } else if (alpha === 1.0) {
    return -cLog(1.0 - r.rand()) * beta;
  } else {
    let x: number;
    for (;;) {
      const u = r.rand();
      const b = (Math.E + alpha) / Math.E;
      const p = b * u;
      if (p <= 1.0) x = libmPow(p, 1.0 / alpha);
      else x = -cLog((b - p) / alpha);
      const u1 = r.rand();
      if (p > 1.0) {
        if (u1 <= libmPow(x, alpha - 1.0)) break;
      } else if (u1 <= crExp(-x)) break;
    }
    return x * beta;
  }
}

let installed = false;
function install(): void {
  if (installed) return;
  installed = true;
  RandomType.tp_new = (type, args, kwnames) => {
    const r = new PyRandom(type);
    const npos = args.length - (kwnames?.length ?? 0);
    if (type === RandomType && kwnames && kwnames.length) throw newError(TypeErrorType, 'Random() takes no keyword arguments');
    r.seed(npos > 0 ? args[0] : None);
    return r;
  };
  defineMethods(RandomType, METHODS);
}

/** The `random` module's attributes: the Random class and the bound methods of a hidden global instance. */
export function randomModuleEntries(): [string, PyValue][] {
  install();
  const inst = new PyRandom();
  inst.seed(None);
  const out: [string, PyValue][] = [['Random', RandomType]];
  for (const [name, m] of Object.entries(METHODS)) {
    if (name.startsWith('__')) continue;
    out.push([name, new PyBuiltinFunction(name, m, inst, `Random.${name}`, 'random')]);
  }
  out.push(['SystemRandom', RandomType]);
  return out;
}

