/**
 * `struct` / `_struct` (CPython Modules/_struct.c): `pack`, `unpack`,
 * `calcsize`, `iter_unpack`, `pack_into`, `unpack_from` and the `Struct`
 * class, with every standard format character (x c b B ? h H i I l L q Q n N
 * e f d s p P), the byte orders @ = < > !, native alignment for '@' (the
 * x86-64 Linux ABI: long, size_t and pointers are 8 bytes, little-endian) and
 * CPython's `struct.error` messages. Buffers are bytes/bytearray objects;
 * `pack_into` needs a bytearray.
 */
import {
  type PyValue, PyObject, PyType, PyBuiltinFunction, ObjectType, ExceptionType, None, PyFloat,
  TypeErrorType, OverflowErrorType, TPFLAGS_BASETYPE, TPFLAGS_BASE_EXC_SUBCLASS,
  newError, typeName, defineMethods, defineGetSet,
} from '../runtime/object.js';
import { parseArgs } from '../runtime/args.js';
import { PyBytes, PyByteArray, bytesOf } from '../runtime/bytes.js';
import { PyTuple } from '../runtime/tuple.js';
import { PyList } from '../runtime/list.js';
import { index as pyIndex, toFloat, isTrue, getIter } from '../runtime/abstract.js';
import { lookupSpecial } from '../runtime/attr.js';

/** `struct.error`. */
export const StructErrorType = new PyType('error', [ExceptionType], TPFLAGS_BASETYPE | TPFLAGS_BASE_EXC_SUBCLASS, 'struct');
const serr = (msg: string) => newError(StructErrorType, msg);

interface Item { code: string; size: number; offset: number; count: number }
/** A compiled format (CPython `PyStructObject`'s codes). */
interface Layout { little: boolean; native: boolean; items: Item[]; size: number; nvalues: number; format: string }

const NATIVE_SIZE: Record<string, number> = { x: 1, c: 1, b: 1, B: 1, '?': 1, h: 2, H: 2, i: 4, I: 4, l: 8, L: 8, q: 8, Q: 8, n: 8, N: 8, e: 2, f: 4, d: 8, s: 1, p: 1, P: 8 };
const STD_SIZE: Record<string, number> = { x: 1, c: 1, b: 1, B: 1, '?': 1, h: 2, H: 2, i: 4, I: 4, l: 4, L: 4, q: 8, Q: 8, e: 2, f: 4, d: 8, s: 1, p: 1 };

const layoutCache = new Map<string, Layout>();
function compile(format: string): Layout {
  let l = layoutCache.get(format);
  if (l) return l;
  let i = 0;
  let little = true, native = true;
  const c0 = format[0];
  if (c0 === '@') i = 1;
  else if (c0 === '=' || c0 === '<') { native = false; i = 1; }
  else if (c0 === '>' || c0 === '!') { native = false; little = false; i = 1; }
  const sizes = native ? NATIVE_SIZE : STD_SIZE;
  const items: Item[] = [];
  let size = 0, nvalues = 0;
  while (i < format.length) {
    const ch = format[i];
    if (/\s/.test(ch)) { i++; continue; }
    let count = 1;
    if (ch >= '0' && ch <= '9') {
      let j = i;
      while (j < format.length && format[j] >= '0' && format[j] <= '9') j++;
      count = Number(format.slice(i, j));
      i = j;
      if (i >= format.length) throw serr('repeat count given without format specifier');
    }
    const code = format[i++];
    const sz = sizes[code];
    if (sz === undefined) throw serr('bad char in struct format');
    if (native && code !== 's' && code !== 'p' && code !== 'x' && code !== 'c' && code !== '?') size = Math.ceil(size / sz) * sz;
    if (code === 's' || code === 'p') {
      items.push({ code, size: count, offset: size, count: 1 });
      size += count;
      nvalues++;
    } else if (code === 'x') {
      size += count;
    } else {
      for (let k = 0; k < count; k++) {
        items.push({ code, size: sz, offset: size, count: 1 });
        size += sz;
        nvalues++;
      }
    }
  }
  l = { little, native, items, size, nvalues, format };
  if (layoutCache.size > 200) layoutCache.clear();
  layoutCache.set(format, l);
  return l;
}

const RANGE_MSG: Record<string, string> = {
  b: 'byte format requires -128 <= number <= 127',
  B: 'ubyte format requires 0 <= number <= 255',
  h: 'short format requires -32768 <= number <= 32767',
  H: 'ushort format requires 0 <= number <= 65535',
};

function intArg(v: PyValue): bigint {
  if (typeof v === 'number') return BigInt(v);
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  if (v instanceof PyFloat || lookupSpecial(v, '__index__') === undefined) throw serr('required argument is not an integer');
  return BigInt(pyIndex(v));
}

function halfBits(x: number): number {
  const sign = x < 0 || Object.is(x, -0) ? 0x8000 : 0;
  const a = Math.abs(x);
  if (Number.isNaN(x)) return 0x7e00;
  if (a === Infinity) return sign | 0x7c00;
  if (a >= 65520) throw newError(OverflowErrorType, 'float too large to pack with e format');
  const rhe = (v: number) => {
    const f = Math.floor(v);
    const d = v - f;
    return d > 0.5 ? f + 1 : d < 0.5 ? f : f % 2 === 0 ? f : f + 1;
  };
  if (a < 2 ** -14) return sign | rhe(a * 2 ** 24);
  let e = Math.floor(Math.log2(a));
  if (2 ** e > a) e--;
  if (2 ** (e + 1) <= a) e++;
  let f = rhe((a / 2 ** e - 1) * 1024);
  if (f === 1024) { f = 0; e++; }
  return sign | ((e + 15) << 10) | f;
}
function halfValue(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const e = (bits >> 10) & 31, f = bits & 1023;
  if (e === 0) return sign * f * 2 ** -24;
  if (e === 31) return f ? NaN : sign * Infinity;
  return sign * (1 + f / 1024) * 2 ** (e - 15);
}

function packItem(dv: DataView, base: number, it: Item, v: PyValue, l: Layout): void {
  const o = base + it.offset;
  const le = l.little;
  switch (it.code) {
    case 'c': {
      const b = v instanceof PyBytes || v instanceof PyByteArray ? v.bytes : undefined;
      if (!b || b.length !== 1) throw serr('char format requires a bytes object of length 1');
      dv.setUint8(o, b[0]);
      return;
    }
    case 's': case 'p': {
      const b = bytesOf(v);
      if (b === undefined) throw serr(`argument for '${it.code}' must be a bytes object`);
      if (it.code === 's') {
        for (let k = 0; k < it.size; k++) dv.setUint8(o + k, k < b.length ? b[k] : 0);
      } else {
        if (it.size === 0) return;
        const n = Math.min(b.length, it.size - 1, 255);
        dv.setUint8(o, n);
        for (let k = 1; k < it.size; k++) dv.setUint8(o + k, k - 1 < n ? b[k - 1] : 0);
      }
      return;
    }
    case '?': dv.setUint8(o, isTrue(v) ? 1 : 0); return;
    case 'e': case 'f': case 'd': {
      let x: number;
      try {
        x = toFloat(v);
      } catch (e) {
        if (e instanceof PyObject && (e as PyObject).ob_type === TypeErrorType) throw serr('required argument is not a float');
        throw e;
      }
      if (it.code === 'd') dv.setFloat64(o, x, le);
      else if (it.code === 'f') {
        if (!l.native && Number.isFinite(x) && !Number.isFinite(Math.fround(x))) throw newError(OverflowErrorType, 'float too large to pack with f format');
        dv.setFloat32(o, x, le);
      } else dv.setUint16(o, halfBits(x), le);
      return;
    }
  }
  // integers
  const n = intArg(v);
  const bits = BigInt(it.size * 8);
  const signed = it.code === it.code.toLowerCase() && it.code !== 'P';
  let w: bigint;
  if (it.code === 'P') {
    if (n >= 1n << 64n || n < -(1n << 63n)) throw serr('int too large to convert');
    w = BigInt.asUintN(64, n);
  } else if (signed) {
    const lo = -(1n << (bits - 1n)), hi = (1n << (bits - 1n)) - 1n;
    if (n < lo || n > hi) {
      if (RANGE_MSG[it.code]) throw serr(RANGE_MSG[it.code]);
      if (it.size === 4) throw serr(`'${it.code}' format requires ${lo} <= number <= ${hi}`);
      throw serr('argument out of range');
    }
    w = BigInt.asUintN(Number(bits), n);
  } else {
    const hi = (1n << bits) - 1n;
    if (n < 0n || n > hi) {
      if (RANGE_MSG[it.code]) throw serr(RANGE_MSG[it.code]);
      if (n > 0n && it.size === 4) throw serr(`'${it.code}' format requires 0 <= number <= ${hi}`);
      throw serr('argument out of range');
    }
    w = n;
  }
  for (let k = 0; k < it.size; k++) {
    const byte = Number((w >> BigInt(8 * k)) & 0xffn);
    dv.setUint8(le ? o + k : o + it.size - 1 - k, byte);
  }
}

function unpackItem(dv: DataView, base: number, it: Item, l: Layout): PyValue {
  const o = base + it.offset;
  const le = l.little;
  switch (it.code) {
    case 'c': return new PyBytes(Uint8Array.of(dv.getUint8(o)));
    case 's': return new PyBytes(new Uint8Array(dv.buffer.slice(dv.byteOffset + o, dv.byteOffset + o + it.size)));
    case 'p': {
      if (it.size === 0) return new PyBytes(new Uint8Array(0));
      const n = Math.min(dv.getUint8(o), it.size - 1);
      return new PyBytes(new Uint8Array(dv.buffer.slice(dv.byteOffset + o + 1, dv.byteOffset + o + 1 + n)));
    }
    case '?': return dv.getUint8(o) !== 0;
    case 'e': return new PyFloat(halfValue(dv.getUint16(o, le)));
    case 'f': return new PyFloat(dv.getFloat32(o, le));
    case 'd': return new PyFloat(dv.getFloat64(o, le));
  }
  let w = 0n;
  for (let k = 0; k < it.size; k++) {
    const byte = BigInt(dv.getUint8(le ? o + it.size - 1 - k : o + k));
    w = (w << 8n) | byte;
  }
  const signed = it.code === it.code.toLowerCase() && it.code !== 'P';
  if (signed) w = BigInt.asIntN(it.size * 8, w);
  return Number.isSafeInteger(Number(w)) && BigInt(Number(w)) === w ? Number(w) : w;
}

function doPack(l: Layout, values: PyValue[], fname: string): Uint8Array {
  if (values.length !== l.nvalues) throw serr(`${fname} expected ${l.nvalues} items for packing (got ${values.length})`);
  const out = new Uint8Array(l.size);
  const dv = new DataView(out.buffer);
  l.items.forEach((it, i) => packItem(dv, 0, it, values[i], l));
  return out;
}
function doUnpack(l: Layout, b: Uint8Array, offset: number): PyTuple {
  const dv = new DataView(b.buffer, b.byteOffset, b.length);
  return new PyTuple(l.items.map((it) => unpackItem(dv, offset, it, l)));
}

function readBuf(v: PyValue): Uint8Array {
  const b = bytesOf(v);
  if (b === undefined) throw newError(TypeErrorType, `a bytes-like object is required, not '${typeName(v)}'`);
  return b;
}
function formatOf(v: PyValue): string {
  if (typeof v === 'string') return v;
  const b = bytesOf(v);
  if (b) return String.fromCharCode(...b);
  throw newError(TypeErrorType, `Struct() argument 1 must be a str or bytes object, not ${typeName(v)}`);
}

function unpackFrom(l: Layout, bufv: PyValue, offv: PyValue | undefined): PyTuple {
  const b = readBuf(bufv);
  let off = offv === undefined ? 0 : Number(pyIndex(offv));
  if (off < 0) {
    if (off + b.length < 0) throw serr(`offset ${off} out of range for ${b.length}-byte buffer`);
    off += b.length;
  }
  if (b.length - off < l.size) {
    if (off === 0) throw serr(`unpack_from requires a buffer of at least ${l.size} bytes for unpacking ${l.size} bytes at offset 0 (actual buffer size is ${b.length})`);
    throw serr(`unpack_from requires a buffer of at least ${l.size + off} bytes for unpacking ${l.size} bytes at offset ${off} (actual buffer size is ${b.length})`);
  }
  return doUnpack(l, b, off);
}
function packInto(l: Layout, target: PyValue, offv: PyValue, values: PyValue[]): PyValue {
  if (!(target instanceof PyByteArray)) throw newError(TypeErrorType, `argument must be read-write bytes-like object, not ${typeName(target)}`);
  const b = target.bytes;
  let off = Number(pyIndex(offv));
  if (off < 0) {
    if (off + b.length < 0) throw serr(`offset ${off} out of range for ${b.length}-byte buffer`);
    off += b.length;
  }
  if (b.length - off < l.size) throw serr(`pack_into requires a buffer of at least ${l.size + off} bytes for packing ${l.size} bytes at offset ${off} (actual buffer size is ${b.length})`);
  const packed = doPack(l, values, 'pack_into');
  b.set(packed, off);
  return None;
}
function iterUnpack(l: Layout, bufv: PyValue): PyValue {
  const b = readBuf(bufv);
  if (l.size === 0) throw serr('cannot iteratively unpack with a struct of length 0');
  if (b.length % l.size) throw serr(`iterative unpacking requires a buffer of a multiple of ${l.size} bytes`);
  const out: PyValue[] = [];
  for (let o = 0; o < b.length; o += l.size) out.push(doUnpack(l, b, o));
  return getIter(new PyList(out));
}
function unpackExact(l: Layout, bufv: PyValue): PyTuple {
  const b = readBuf(bufv);
  if (b.length !== l.size) throw serr(`unpack requires a buffer of ${l.size} bytes`);
  return doUnpack(l, b, 0);
}

/** `_struct.Struct`: a compiled format. */
export const StructType = new PyType('Struct', [ObjectType], TPFLAGS_BASETYPE, '_struct');
class PyStruct extends PyObject {
  layout: Layout | null = null;
  constructor(type: PyType) {
    super();
    this.ob_type = type;
  }
}
const S = (o: PyValue): Layout => {
  if (!(o instanceof PyStruct) || !o.layout) throw newError(TypeErrorType, `descriptor requires a '_struct.Struct' object but received '${typeName(o)}'`);
  return o.layout;
};
const STRUCT_INIT = ['format'];
const UNPACK_FROM = ['buffer', 'offset?'];
StructType.tp_new = (t) => new PyStruct(t);
defineMethods(StructType, {
  __init__: (a, k) => {
    const [f] = parseArgs('Struct', a.slice(1), k, STRUCT_INIT);
    (a[0] as PyStruct).layout = compile(formatOf(f!));
    return None;
  },
  pack: (a, k) => {
    if (k && k.length) throw newError(TypeErrorType, 'pack() takes no keyword arguments');
    return new PyBytes(doPack(S(a[0]), a.slice(1), 'pack'));
  },
  unpack: (a) => unpackExact(S(a[0]), a[1]),
  unpack_from: (a, k) => {
    const [b, off] = parseArgs('unpack_from', a.slice(1), k, UNPACK_FROM);
    return unpackFrom(S(a[0]), b!, off);
  },
  pack_into: (a) => {
    if (a.length < 3) throw newError(TypeErrorType, `pack_into expected buffer argument`);
    return packInto(S(a[0]), a[1], a[2], a.slice(3));
  },
  iter_unpack: (a) => iterUnpack(S(a[0]), a[1]),
});
defineGetSet(StructType, 'format', (o) => S(o).format);
defineGetSet(StructType, 'size', (o) => S(o).size);

const MOD_UNPACK_FROM = ['format', '/', 'buffer', 'offset?'];

/** The attributes of the `struct` module. */
export function structModuleEntries(): [string, PyValue][] {
  const out: [string, PyValue][] = [['error', StructErrorType], ['Struct', StructType]];
  const fn = (name: string, f: (a: PyValue[], k: readonly string[] | null) => PyValue) =>
    out.push([name, new PyBuiltinFunction(name, f, null, name, '_struct')]);
  const need = (name: string, a: PyValue[], n: number) => {
    if (a.length < n) throw newError(TypeErrorType, `${name} expected ${n} arguments, got ${a.length}`);
  };
  fn('calcsize', (a) => {
    need('calcsize', a, 1);
    return compile(formatOf(a[0])).size;
  });
  fn('pack', (a) => {
    if (a.length < 1) throw newError(TypeErrorType, 'pack expected at least 1 argument, got 0');
    return new PyBytes(doPack(compile(formatOf(a[0])), a.slice(1), 'pack'));
  });
  fn('unpack', (a) => {
    need('unpack', a, 2);
    return unpackExact(compile(formatOf(a[0])), a[1]);
  });
  fn('unpack_from', (a, k) => {
    const [f, b, off] = parseArgs('unpack_from', a, k, MOD_UNPACK_FROM);
    return unpackFrom(compile(formatOf(f!)), b!, off);
  });
  fn('pack_into', (a) => {
    if (a.length < 3) throw newError(TypeErrorType, `pack_into expected at least 3 arguments, got ${a.length}`);
    return packInto(compile(formatOf(a[0])), a[1], a[2], a.slice(3));
  });
  fn('iter_unpack', (a) => {
    need('iter_unpack', a, 2);
    return iterUnpack(compile(formatOf(a[0])), a[1]);
  });
  return out;
}
